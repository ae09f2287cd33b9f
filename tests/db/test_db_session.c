/* Tests for core/session against the demo staff: signing in, what each role may do, the pick list. */
#include <stdlib.h>

#include "dbtest.h"

TEST(test_sign_in_as_demo_gives_advisor_at_town_hall)
{
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_STR(t.s.staff.username, "demo");
	CHECK_STR(t.s.staff.first_name, "Sam");
	CHECK_STR(t.s.staff.last_name, "Taylor");
	CHECK_STR(t.s.staff.role, "advisor");
	CHECK_STR(t.s.staff.service_point, "Eastmere Town Hall customer service centre");
	CHECK(t.s.staff.id > 0);
	dbtest_end(&t);
}

TEST(test_sign_in_with_unknown_username_is_not_found_naming_it)
{
	struct config cfg;
	struct session s;
	struct error err = { 0 };
	struct db *db = dbtest_open();

	if (db == NULL)
		return;
	config_defaults(&cfg);
	memset(&s, 0, sizeof s);
	s.cfg = &cfg;
	s.db = db;
	CHECK_INT(session_sign_in(&s, "no.such.person", &err), STATUS_NOT_FOUND);
	CHECK(strstr(err.detail, "no.such.person") != NULL);
	CHECK_INT(s.staff.id, 0);
	db_close(db);
}

/* What a role may do, signed in as a demo member of staff with that role. */
static bool
may(const char *username, enum permission what)
{
	struct dbtest t;
	bool allowed;

	if (!dbtest_begin(&t, username))
		return false;
	allowed = session_may(&t.s, what);
	dbtest_end(&t);
	return allowed;
}

TEST(test_floorwalker_may_not_edit_customers)
{
	CHECK(!may("ben.okafor", MAY_EDIT_CUSTOMER));
	CHECK(may("ben.okafor", MAY_VIEW_CUSTOMER));
}

TEST(test_advisor_may_edit_customers)
{
	CHECK(may("demo", MAY_EDIT_CUSTOMER));
}

TEST(test_admin_may_not_record_contacts)
{
	CHECK(!may("helen.brooks", MAY_RECORD_CONTACT));
	CHECK(may("demo", MAY_RECORD_CONTACT));
}

TEST(test_unknown_role_may_do_nothing)
{
	struct session s;

	memset(&s, 0, sizeof s);
	snprintf(s.staff.role, sizeof s.staff.role, "visitor");
	CHECK(!session_may(&s, MAY_VIEW_CUSTOMER));
	CHECK(!session_may(&s, MAY_EDIT_CUSTOMER));
	CHECK(!session_may(&s, MAY_CREATE_CUSTOMER));
	CHECK(!session_may(&s, MAY_RECORD_CONTACT));
}

TEST(test_staff_list_includes_every_demo_member_of_staff)
{
	static const char *const demo_staff[][2] = {
		{ "demo", "advisor" }, { "aisha.khan", "advisor" }, { "ciaran.obrien", "advisor" },
		{ "tom.hughes", "call_handler" }, { "priya.patel", "call_handler" },
		{ "kasia.nowak", "call_handler" }, { "ben.okafor", "floorwalker" },
		{ "megan.lloyd", "floorwalker" }, { "fiona.mcleod", "supervisor" },
		{ "david.osei", "supervisor" }, { "helen.brooks", "admin" },
	};
	struct db *db = dbtest_open();
	struct staff *list = NULL;
	struct error err = { 0 };
	int count = 0;

	if (db == NULL)
		return;
	if (CHECK_INT(session_staff_list(db, &list, &count, &err), STATUS_OK)) {
		for (size_t i = 0; i < sizeof demo_staff / sizeof demo_staff[0]; i++) {
			const struct staff *found = NULL;

			for (int k = 0; k < count && found == NULL; k++)
				if (strcmp(list[k].username, demo_staff[i][0]) == 0)
					found = &list[k];
			if (harness_check(found != NULL, __FILE__, __LINE__, "%s is not listed",
			    demo_staff[i][0]))
				CHECK_STR(found->role, demo_staff[i][1]);
		}
		free(list);
	}
	db_close(db);
}

static const struct test tests[] = {
	TEST_ENTRY(test_sign_in_as_demo_gives_advisor_at_town_hall),
	TEST_ENTRY(test_sign_in_with_unknown_username_is_not_found_naming_it),
	TEST_ENTRY(test_floorwalker_may_not_edit_customers),
	TEST_ENTRY(test_advisor_may_edit_customers),
	TEST_ENTRY(test_admin_may_not_record_contacts),
	TEST_ENTRY(test_unknown_role_may_do_nothing),
	TEST_ENTRY(test_staff_list_includes_every_demo_member_of_staff),
};

HARNESS_MAIN(tests)
