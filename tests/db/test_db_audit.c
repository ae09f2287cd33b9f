/*
 * Tests for the audit trail against the demo database: every view, creation and change of a
 * customer is recorded once, with who and where, and field names but never their values.
 */
#include "dbtest.h"

/* A customer of the test's own with some personal data; false after a failed check. */
static bool
new_customer(struct dbtest *t, struct customer *c)
{
	char suffix[DBTEST_SUFFIX_LEN], first[64], last[64];

	dbtest_suffix(suffix);
	snprintf(first, sizeof first, "Audra%s", suffix);
	snprintf(last, sizeof last, "Trail%s", suffix);
	dbtest_customer(c, first, last);
	snprintf(c->email, sizeof c->email, "audra.%s@example.org", suffix);
	snprintf(c->address_line1, sizeof c->address_line1, "%s House", suffix);
	snprintf(c->date_of_birth, sizeof c->date_of_birth, "03/11/1957");
	return dbtest_unused_phone(t->db, c->phone, sizeof c->phone) && dbtest_create(&t->s, c);
}

/* Audit rows for the customer with this action. */
static long long
audit_rows(struct db *db, long long customer_id, const char *action)
{
	char id[24];
	const char *params[] = { id, action };

	snprintf(id, sizeof id, "%lld", customer_id);
	return dbtest_count(db, "SELECT count(*) AS n FROM audit WHERE entity = 'customer' "
	    "AND entity_id = $1 AND action = $2", 2, params);
}

/* Audit rows anywhere whose text, any column, contains value. */
static long long
audit_rows_containing(struct db *db, const char *value)
{
	const char *params[] = { value };

	return dbtest_count(db, "SELECT count(*) AS n FROM audit a WHERE strpos(a::text, $1) > 0",
	    1, params);
}

static enum status
get(struct dbtest *t, const char *rid, long long id, struct customer *out)
{
	struct error err = { 0 };

	return customer_get(&t->s, rid, id, out, &err);
}

TEST(test_get_writes_one_view_row_with_staff_and_terminal)
{
	struct dbtest t;
	struct customer c, got;
	char rid[DB_REQUEST_ID_LEN], id[24], staff[16];
	const char *params[] = { id, staff, DBTEST_TERMINAL, rid };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (new_customer(&t, &c)) {
		CHECK_INT(audit_rows(t.db, c.id, "view"), 0);
		db_new_request_id(rid);
		CHECK_INT(get(&t, rid, c.id, &got), STATUS_OK);
		CHECK_INT(audit_rows(t.db, c.id, "view"), 1);
		snprintf(id, sizeof id, "%lld", c.id);
		snprintf(staff, sizeof staff, "%d", t.s.staff.id);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit WHERE action = 'view' "
		    "AND entity = 'customer' AND entity_id = $1 AND staff_id = $2 "
		    "AND terminal = $3 AND request_id = $4::uuid", 4, params), 1);
	}
	dbtest_end(&t);
}

TEST(test_get_retried_with_same_request_id_writes_no_second_row)
{
	struct dbtest t;
	struct customer c, got;
	char rid[DB_REQUEST_ID_LEN];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (new_customer(&t, &c)) {
		db_new_request_id(rid);
		CHECK_INT(get(&t, rid, c.id, &got), STATUS_OK);
		CHECK_INT(get(&t, rid, c.id, &got), STATUS_OK);
		CHECK_INT(got.id, c.id);	/* the retry still shows the record */
		CHECK_INT(audit_rows(t.db, c.id, "view"), 1);
	}
	dbtest_end(&t);
}

TEST(test_create_writes_create_row)
{
	struct dbtest t;
	struct customer c;
	char id[24], staff[16];
	const char *params[] = { id, staff };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (new_customer(&t, &c)) {
		snprintf(id, sizeof id, "%lld", c.id);
		snprintf(staff, sizeof staff, "%d", t.s.staff.id);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit WHERE action = 'create' "
		    "AND entity = 'customer' AND entity_id = $1 AND staff_id = $2", 2, params), 1);
	}
	dbtest_end(&t);
}

/* Loads c, changes its phone and email and saves; false after a failed check. */
static bool
change_phone_and_email(struct dbtest *t, const struct customer *c, struct customer *after)
{
	char rid[DB_REQUEST_ID_LEN];
	struct customer before;
	struct error err = { 0 };

	db_new_request_id(rid);
	if (!CHECK_INT(get(t, rid, c->id, &before), STATUS_OK))
		return false;
	*after = before;
	if (!dbtest_unused_phone(t->db, after->phone, sizeof after->phone))
		return false;
	snprintf(after->email, sizeof after->email, "new.%s", c->email);
	db_new_request_id(rid);
	return harness_check(customer_update(&t->s, rid, &before, after, &err) == STATUS_OK,
	    __FILE__, __LINE__, "customer_update: %s", err.detail);
}

TEST(test_update_row_lists_exactly_the_changed_fields)
{
	struct dbtest t;
	struct customer c, after;
	char id[24], fields[512];
	const char *params[] = { id };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (new_customer(&t, &c) && change_phone_and_email(&t, &c, &after)) {
		snprintf(id, sizeof id, "%lld", c.id);
		CHECK(dbtest_text(t.db, "SELECT string_agg(fields, '|') AS v FROM audit "
		    "WHERE action = 'update' AND entity = 'customer' AND entity_id = $1", 1, params,
		    fields, sizeof fields));
		CHECK_STR(fields, "phone,email");
	}
	dbtest_end(&t);
}

TEST(test_update_row_holds_no_new_phone_number)
{
	struct dbtest t;
	struct customer c, after;
	char digits[16];
	size_t n = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (new_customer(&t, &c) && change_phone_and_email(&t, &c, &after)) {
		CHECK_INT(audit_rows(t.db, c.id, "update"), 1);
		CHECK_INT(audit_rows_containing(t.db, after.phone), 0);
		for (const char *p = after.phone; *p != '\0'; p++)
			if (*p != ' ')
				digits[n++] = *p;
		digits[n] = '\0';
		CHECK_INT(audit_rows_containing(t.db, digits), 0);
		CHECK_INT(audit_rows_containing(t.db, after.email), 0);
	}
	dbtest_end(&t);
}

TEST(test_audit_rows_hold_no_personal_data)
{
	struct dbtest t;
	struct customer c, after, got;
	char rid[DB_REQUEST_ID_LEN];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (new_customer(&t, &c) && change_phone_and_email(&t, &c, &after)) {
		db_new_request_id(rid);
		CHECK_INT(get(&t, rid, c.id, &got), STATUS_OK);
		/* Created, viewed twice and changed: four rows, none holding what the customer told us. */
		CHECK_INT(audit_rows(t.db, c.id, "create") + audit_rows(t.db, c.id, "view") +
		    audit_rows(t.db, c.id, "update"), 4);
		CHECK_INT(audit_rows_containing(t.db, c.first_name), 0);
		CHECK_INT(audit_rows_containing(t.db, c.last_name), 0);
		CHECK_INT(audit_rows_containing(t.db, c.email), 0);
		CHECK_INT(audit_rows_containing(t.db, c.phone), 0);
		CHECK_INT(audit_rows_containing(t.db, c.address_line1), 0);
		CHECK_INT(audit_rows_containing(t.db, c.date_of_birth), 0);
	}
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_get_writes_one_view_row_with_staff_and_terminal),
	TEST_ENTRY(test_get_retried_with_same_request_id_writes_no_second_row),
	TEST_ENTRY(test_create_writes_create_row),
	TEST_ENTRY(test_update_row_lists_exactly_the_changed_fields),
	TEST_ENTRY(test_update_row_holds_no_new_phone_number),
	TEST_ENTRY(test_audit_rows_hold_no_personal_data),
};

HARNESS_MAIN(tests)
