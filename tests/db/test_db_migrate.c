/*
 * Tests for core/migrate on the test database, which tests/run has already migrated and loaded
 * with the demo council: running either again changes nothing.
 */
#include "dbtest.h"
#include "migrate.h"

#define DEMO_CUSTOMERS 10000	/* what `civicdesk db demo` loads, as tests/run does */

TEST(test_migrated_database_has_no_pending_migrations)
{
	struct db *db = dbtest_open();
	struct error err = { 0 };
	int pending = -1;

	if (db == NULL)
		return;
	CHECK_INT(migrate_pending(db, &pending, &err), STATUS_OK);
	CHECK_INT(pending, 0);
	db_close(db);
}

TEST(test_applying_migrations_again_applies_none)
{
	struct db *db = dbtest_open();
	struct error err = { 0 };
	int applied = -1, pending = -1;

	if (db == NULL)
		return;
	CHECK_INT(migrate_apply(db, &applied, &err), STATUS_OK);
	CHECK_INT(applied, 0);
	CHECK_INT(migrate_pending(db, &pending, &err), STATUS_OK);
	CHECK_INT(pending, 0);
	db_close(db);
}

TEST(test_loading_demo_again_adds_no_customers_or_staff)
{
	static const char customers[] = "SELECT count(*) AS n FROM customer";
	static const char staff[] = "SELECT count(*) AS n FROM staff";
	struct db *db = dbtest_open();
	struct error err = { 0 };
	long long customers_before, staff_before;

	if (db == NULL)
		return;
	customers_before = dbtest_count(db, customers, 0, NULL);
	staff_before = dbtest_count(db, staff, 0, NULL);
	CHECK(customers_before >= DEMO_CUSTOMERS);
	if (!harness_check(migrate_demo(db, DEMO_CUSTOMERS, &err) == STATUS_OK, __FILE__, __LINE__,
	    "migrate_demo: %s", err.detail)) {
		db_close(db);
		return;
	}
	CHECK_INT(dbtest_count(db, customers, 0, NULL), customers_before);
	CHECK_INT(dbtest_count(db, staff, 0, NULL), staff_before);
	db_close(db);
}

TEST(test_customer_can_be_created_after_demo_is_loaded_again)
{
	struct dbtest t;
	struct customer first, second;
	struct error err = { 0 };
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	if (!dbtest_begin(&t, "demo"))
		return;
	/* A customer made after the demo, then the demo again, then another customer. */
	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Afterload%s", suffix);
	dbtest_customer(&first, "Mia", last);
	dbtest_customer(&second, "Max", last);
	if (dbtest_create(&t.s, &first) &&
	    CHECK_INT(migrate_demo(t.db, DEMO_CUSTOMERS, &err), STATUS_OK) &&
	    dbtest_create(&t.s, &second))
		CHECK(second.id > first.id);
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_migrated_database_has_no_pending_migrations),
	TEST_ENTRY(test_applying_migrations_again_applies_none),
	TEST_ENTRY(test_loading_demo_again_adds_no_customers_or_staff),
	TEST_ENTRY(test_customer_can_be_created_after_demo_is_loaded_again),
};

HARNESS_MAIN(tests)
