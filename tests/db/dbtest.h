/*
 * Shared set-up for the database tests: a connection from the PG* environment (tests/run sets it
 * to a migrated demo council), a signed-in session, unique names and row counts. Other test
 * programs write to the same database, so a test makes its own customers and asserts on them.
 */
#ifndef CIVICDESK_DBTEST_H
#define CIVICDESK_DBTEST_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "customer.h"
#include "db.h"
#include "harness.h"
#include "session.h"

/* The clock for date-of-birth checks, so tests do not depend on the day they run. */
#define DBTEST_TODAY "2025-06-15"

/* Written to the audit trail by every test session. */
#define DBTEST_TERMINAL "dbtest:pts/99"

#define DBTEST_SUFFIX_LEN 9	/* 8 letters and the NUL */

/* A connection to the test database, or NULL after a failed check. Free with db_close(). */
static inline struct db *
dbtest_open(void)
{
	struct db *db = db_open("", "public");
	struct error err = { 0 };

	if (!CHECK(db != NULL))
		return NULL;
	if (!harness_check(db_wait(db, 10000, &err) == STATUS_OK, __FILE__, __LINE__,
	    "cannot connect: %s", err.detail)) {
		db_close(db);
		return NULL;
	}
	return db;
}

/*
 * Signs s in as a demo member of staff on db, with cfg filled from config_defaults(); the
 * channel is the role's natural one. s borrows cfg and db. Returns false after a failed check.
 */
static inline bool
dbtest_sign_in(struct session *s, struct config *cfg, struct db *db, const char *username)
{
	struct error err = { 0 };

	config_defaults(cfg);
	memset(s, 0, sizeof *s);
	s->cfg = cfg;
	s->db = db;
	snprintf(s->terminal, sizeof s->terminal, "%s", DBTEST_TERMINAL);
	if (!harness_check(session_sign_in(s, username, &err) == STATUS_OK, __FILE__, __LINE__,
	    "cannot sign in as %s: %s", username, err.detail))
		return false;
	snprintf(s->channel, sizeof s->channel, "%s",
	    session_default_channel(s->staff.role, cfg->channel));
	return true;
}

/* Everything a database test needs: open with dbtest_begin(), close with dbtest_end(). */
struct dbtest {
	struct config cfg;
	struct db *db;
	struct session s;
};

static inline bool
dbtest_begin(struct dbtest *t, const char *username)
{
	memset(t, 0, sizeof *t);
	t->db = dbtest_open();
	if (t->db == NULL)
		return false;
	if (!dbtest_sign_in(&t->s, &t->cfg, t->db, username)) {
		db_close(t->db);
		t->db = NULL;
		return false;
	}
	return true;
}

static inline void
dbtest_end(struct dbtest *t)
{
	db_close(t->db);
	t->db = NULL;
}

/* Eight random lower-case letters (from a request id), to make names no other test uses. */
static inline void
dbtest_suffix(char out[DBTEST_SUFFIX_LEN])
{
	char id[DB_REQUEST_ID_LEN];
	size_t n = 0;

	db_new_request_id(id);
	for (const char *p = id; *p != '\0' && n + 1 < DBTEST_SUFFIX_LEN; p++) {
		if (*p == '-')
			continue;
		out[n++] = (char)('a' + (*p <= '9' ? *p - '0' : *p - 'a' + 10));
	}
	out[n] = '\0';
}

/*
 * Runs a statement whose first row has a column named "n" (SELECT count(*) AS n ...) and returns
 * it; -1 after a failed check.
 */
static inline long long
dbtest_count(struct db *db, const char *sql, int nparams, const char *const *params)
{
	struct error err = { 0 };
	struct pg_result *res = db_exec(db, sql, nparams, params, &err);
	long long n;

	if (!harness_check(res != NULL, __FILE__, __LINE__, "%s: %s", sql, err.detail))
		return -1;
	n = db_rows(res) > 0 ? db_int(res, 0, "n") : -1;
	db_clear(res);
	return n;
}

/*
 * Copies column "v" of the first row of a statement into out (size bytes); "" and false when the
 * statement failed or found no row.
 */
static inline bool
dbtest_text(struct db *db, const char *sql, int nparams, const char *const *params, char *out,
    size_t size)
{
	struct error err = { 0 };
	struct pg_result *res = db_exec(db, sql, nparams, params, &err);
	bool found;

	out[0] = '\0';
	if (!harness_check(res != NULL, __FILE__, __LINE__, "%s: %s", sql, err.detail))
		return false;
	found = db_rows(res) > 0;
	if (found)
		snprintf(out, size, "%s", db_text(res, 0, "v"));
	db_clear(res);
	return found;
}

/*
 * A drama-range landline ("01632 960123") that no customer has yet, so a phone search or
 * duplicate check finds only the customers the test gives it to.
 */
static inline bool
dbtest_unused_phone(struct db *db, char *out, size_t size)
{
	static const char sql[] =
	    "SELECT '01632 960' || lpad(n::text, 3, '0') AS v FROM generate_series(0, 999) AS n "
	    "WHERE NOT EXISTS (SELECT 1 FROM customer "
	    "                  WHERE phone_key = '01632960' || lpad(n::text, 3, '0')) "
	    "ORDER BY random() LIMIT 1";

	return CHECK(dbtest_text(db, sql, 0, NULL, out, size));
}

/*
 * Fills c as the new-customer form would (defaults for the choice fields), with the given names
 * and nothing else; the caller may set more fields before dbtest_create().
 */
static inline void
dbtest_customer(struct customer *c, const char *first_name, const char *last_name)
{
	memset(c, 0, sizeof *c);
	snprintf(c->first_name, sizeof c->first_name, "%s", first_name);
	snprintf(c->last_name, sizeof c->last_name, "%s", last_name);
	snprintf(c->preferred_channel, sizeof c->preferred_channel, "phone");
	snprintf(c->language, sizeof c->language, "English");
	snprintf(c->interpreter, sizeof c->interpreter, "none");
	snprintf(c->online, sizeof c->online, "unknown");
}

/* Checks and normalises every field as the form does; false (after a failed check) if one fails. */
static inline bool
dbtest_normalise(struct customer *c)
{
	char message[200];
	bool ok = true;

	for (size_t i = 0; i < customer_field_count; i++) {
		const struct customer_field *f = &customer_fields[i];

		if (!customer_check_field(c, f, DBTEST_TODAY, message, sizeof message))
			ok = harness_check(false, __FILE__, __LINE__, "%s \"%s\": %s", f->name,
			    customer_field_cvalue(c, f), message);
	}
	return ok;
}

/* Normalises and saves c under a new request id; false after a failed check. */
static inline bool
dbtest_create(const struct session *s, struct customer *c)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	if (!dbtest_normalise(c))
		return false;
	db_new_request_id(rid);
	return harness_check(customer_create(s, rid, c, &err) == STATUS_OK && c->id > 0, __FILE__,
	    __LINE__, "customer_create: %s", err.detail);
}

/* Is the customer with this id among the matches? */
static inline const struct customer_match *
dbtest_find_match(const struct customer_match *m, int count, long long id)
{
	for (int i = 0; i < count; i++)
		if (m[i].id == id)
			return &m[i];
	return NULL;
}

#endif
