/*
 * Tests for core/contact against the demo database: starting and ending contacts, what the
 * history shows, retries, assisted digital sessions and who may record contacts.
 */
#include <stdlib.h>

#include "contact.h"
#include "dbtest.h"

/* A customer of the test's own, created by the session's advisor; 0 after a failed check. */
static long long
new_customer(const struct session *s, const char *surname)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];
	struct customer c;

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "%s%s", surname, suffix);
	dbtest_customer(&c, "Carys", last);
	return dbtest_create(s, &c) ? c.id : 0;
}

/* Starts a contact under a new request id; 0 after a failed check. */
static long long
start(const struct session *s, long long customer_id)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id = 0;

	db_new_request_id(rid);
	if (!harness_check(contact_start(s, rid, customer_id, &id, &err) == STATUS_OK, __FILE__,
	    __LINE__, "contact_start: %s", err.detail))
		return 0;
	return id;
}

static void
resolved_outcome(struct contact_outcome *o, const char *satisfaction)
{
	memset(o, 0, sizeof *o);
	o->resolved_first = true;
	snprintf(o->reason, sizeof o->reason, "Missed bin collection");
	snprintf(o->failure_demand, sizeof o->failure_demand, "progress_chasing");
	snprintf(o->satisfaction, sizeof o->satisfaction, "%s", satisfaction);
}

static enum status
end(const struct session *s, const char *rid, long long contact_id,
    const struct contact_outcome *o)
{
	struct error err = { 0 };

	return contact_end(s, rid, contact_id, o, &err);
}

/* The customer's only contact, from contact_history; false after a failed check. */
static bool
only_contact(struct db *db, long long customer_id, struct contact_entry *out)
{
	struct contact_entry *list = NULL;
	struct error err = { 0 };
	int count = 0;
	bool ok;

	if (!harness_check(contact_history(db, customer_id, 10, &list, &count, &err) == STATUS_OK,
	    __FILE__, __LINE__, "contact_history: %s", err.detail))
		return false;
	ok = CHECK_INT(count, 1);
	if (ok)
		*out = list[0];
	free(list);
	return ok;
}

/* The contact's end time to the microsecond, to tell whether it was written again. */
static void
ended_at(struct db *db, long long contact_id, char *out, size_t size)
{
	char id[24];
	const char *params[] = { id };

	snprintf(id, sizeof id, "%lld", contact_id);
	dbtest_text(db, "SELECT coalesce(ended_at::text, '') AS v FROM contact WHERE id = $1", 1,
	    params, out, size);
}

TEST(test_ended_contact_shows_outcome_in_history)
{
	struct dbtest t;
	struct contact_outcome o;
	struct contact_entry e;
	char rid[DB_REQUEST_ID_LEN];
	long long customer, contact;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((customer = new_customer(&t.s, "Ended")) != 0 && (contact = start(&t.s, customer)) != 0) {
		resolved_outcome(&o, "4");
		db_new_request_id(rid);
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_OK);
		if (only_contact(t.db, customer, &e)) {
			CHECK_INT(e.id, contact);
			CHECK(!e.open);
			CHECK(e.resolved_first);
			CHECK_STR(e.failure_demand, "progress_chasing");
			CHECK_STR(e.satisfaction, "4");
			CHECK_STR(e.reason, "Missed bin collection");
			CHECK_STR(e.channel, t.s.channel);
			CHECK_STR(e.staff, "Sam Taylor");
		}
	}
	dbtest_end(&t);
}

TEST(test_ending_a_contact_twice_is_not_found)
{
	struct dbtest t;
	struct contact_outcome o;
	char rid[DB_REQUEST_ID_LEN];
	long long customer, contact;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((customer = new_customer(&t.s, "Twice")) != 0 && (contact = start(&t.s, customer)) != 0) {
		resolved_outcome(&o, "");
		db_new_request_id(rid);
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_OK);
		db_new_request_id(rid);
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_NOT_FOUND);
	}
	dbtest_end(&t);
}

TEST(test_retried_end_with_same_request_id_writes_nothing_new)
{
	struct dbtest t;
	struct contact_outcome o;
	struct contact_entry e;
	char rid[DB_REQUEST_ID_LEN], first[40], second[40];
	long long customer, contact;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((customer = new_customer(&t.s, "Retry")) != 0 && (contact = start(&t.s, customer)) != 0) {
		resolved_outcome(&o, "5");
		db_new_request_id(rid);
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_OK);
		ended_at(t.db, contact, first, sizeof first);
		/* The retry carries other values: none of them may reach the database. */
		resolved_outcome(&o, "1");
		o.resolved_first = false;
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_OK);
		ended_at(t.db, contact, second, sizeof second);
		CHECK(first[0] != '\0');
		CHECK_STR(second, first);
		if (only_contact(t.db, customer, &e)) {
			CHECK_STR(e.satisfaction, "5");
			CHECK(e.resolved_first);
		}
	}
	dbtest_end(&t);
}

TEST(test_assisted_digital_end_without_task_is_invalid)
{
	struct dbtest t;
	struct contact_outcome o;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long customer, contact, open = 0;

	if (!dbtest_begin(&t, "megan.lloyd"))
		return;
	snprintf(t.s.channel, sizeof t.s.channel, "assisted_digital");
	if ((customer = new_customer(&t.s, "Digital")) != 0 &&
	    (contact = start(&t.s, customer)) != 0) {
		resolved_outcome(&o, "");
		snprintf(o.ad_completion, sizeof o.ad_completion, "with_help");
		db_new_request_id(rid);
		CHECK_INT(contact_end(&t.s, rid, contact, &o, &err), STATUS_INVALID);
		CHECK(strstr(err.detail, "task") != NULL);
		/* Nothing was written: the contact is still open. */
		CHECK_INT(contact_find_open(&t.s, customer, &open, &err), STATUS_OK);
		CHECK_INT(open, contact);
	}
	dbtest_end(&t);
}

TEST(test_assisted_digital_end_records_task_and_completion)
{
	struct dbtest t;
	struct contact_outcome o;
	struct contact_entry e;
	char rid[DB_REQUEST_ID_LEN], id[24];
	const char *params[] = { id };
	long long customer, contact;

	if (!dbtest_begin(&t, "megan.lloyd"))
		return;
	snprintf(t.s.channel, sizeof t.s.channel, "assisted_digital");
	if ((customer = new_customer(&t.s, "Digital")) != 0 &&
	    (contact = start(&t.s, customer)) != 0) {
		resolved_outcome(&o, "");
		snprintf(o.ad_task, sizeof o.ad_task, "Apply for a parking permit");
		snprintf(o.ad_completion, sizeof o.ad_completion, "with_help");
		snprintf(o.ad_barrier, sizeof o.ad_barrier, "confidence");
		db_new_request_id(rid);
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_OK);
		snprintf(id, sizeof id, "%lld", contact);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM contact WHERE id = $1 "
		    "AND channel = 'assisted_digital' AND ad_task = 'Apply for a parking permit' "
		    "AND ad_completion = 'with_help' AND ad_barrier = 'confidence' "
		    "AND ended_at IS NOT NULL", 1, params), 1);
		if (only_contact(t.db, customer, &e)) {
			CHECK_STR(e.channel, "assisted_digital");
			CHECK(!e.open);
		}
	}
	dbtest_end(&t);
}

TEST(test_find_open_returns_contact_left_open)
{
	struct dbtest t;
	struct error err = { 0 };
	long long customer, contact, open = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((customer = new_customer(&t.s, "Open")) != 0 && (contact = start(&t.s, customer)) != 0) {
		CHECK_INT(contact_find_open(&t.s, customer, &open, &err), STATUS_OK);
		CHECK_INT(open, contact);
	}
	dbtest_end(&t);
}

TEST(test_find_open_ignores_ended_contact)
{
	struct dbtest t;
	struct contact_outcome o;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long customer, contact, open = -1;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((customer = new_customer(&t.s, "Closed")) != 0 &&
	    (contact = start(&t.s, customer)) != 0) {
		resolved_outcome(&o, "");
		db_new_request_id(rid);
		CHECK_INT(end(&t.s, rid, contact, &o), STATUS_OK);
		CHECK_INT(contact_find_open(&t.s, customer, &open, &err), STATUS_OK);
		CHECK_INT(open, 0);
	}
	dbtest_end(&t);
}

TEST(test_admin_may_not_start_contact)
{
	struct dbtest t;
	char rid[DB_REQUEST_ID_LEN], id[24];
	const char *params[] = { id };
	struct error err = { 0 };
	long long customer, contact = 0;

	if (!dbtest_begin(&t, "helen.brooks"))
		return;
	if ((customer = new_customer(&t.s, "Admin")) != 0) {
		db_new_request_id(rid);
		CHECK_INT(contact_start(&t.s, rid, customer, &contact, &err), STATUS_DENIED);
		snprintf(id, sizeof id, "%lld", customer);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM contact WHERE customer_id = $1",
		    1, params), 0);
	}
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_ended_contact_shows_outcome_in_history),
	TEST_ENTRY(test_ending_a_contact_twice_is_not_found),
	TEST_ENTRY(test_retried_end_with_same_request_id_writes_nothing_new),
	TEST_ENTRY(test_assisted_digital_end_without_task_is_invalid),
	TEST_ENTRY(test_assisted_digital_end_records_task_and_completion),
	TEST_ENTRY(test_find_open_returns_contact_left_open),
	TEST_ENTRY(test_find_open_ignores_ended_contact),
	TEST_ENTRY(test_admin_may_not_start_contact),
};

HARNESS_MAIN(tests)
