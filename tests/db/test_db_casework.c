/* Cases against a real database: references, timeline, outbox, escalation, duplicates avoided. */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "casework.h"
#include "catalogue.h"
#include "dbtest.h"

/* A postcode unique to this run, so "nearby" sees only what the test raised. */
static void
unique_postcode(char *out, size_t size)
{
	char suffix[DBTEST_SUFFIX_LEN];

	dbtest_suffix(suffix);
	snprintf(out, size, "EM%d %d%c%c", 1 + (suffix[0] % 9), suffix[1] % 10,
	    'A' + (suffix[2] % 2), 'B' + (suffix[3] % 2));
}

static bool
make_customer(struct dbtest *t, struct customer *c, const char *channel)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Caseby%s", suffix);
	dbtest_customer(c, "Rita", last);
	snprintf(c->preferred_channel, sizeof c->preferred_channel, "%s", channel);
	snprintf(c->email, sizeof c->email, "rita.%s@example.com", suffix);
	return dbtest_create(&t->s, c);
}

static bool
raise(struct dbtest *t, long long customer_id, const char *service, const char *type,
    const char *postcode, const char *due, long long *id, char *reference)
{
	static const char *const names[] = { "bin_type", "collection_day" };
	static const char *const values[] = { "recycling", "Tuesday" };
	struct casework_new n = { .service_id = service, .process_type = type,
		.title = "Report a missed bin", .customer_id = customer_id,
		.received_on = "2026-11-24", .due_on = due, .location = "1 Station Road",
		.postcode = postcode, .nfields = 2, .names = names, .values = values,
		.message = "We have your report." };
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return harness_check(casework_open(&t->s, rid, &n, id, reference, &err) == STATUS_OK,
	    __FILE__, __LINE__, "casework_open: %s", err.detail);
}

static long long
count_for(struct db *db, const char *sql, long long id)
{
	char cid[24];
	const char *params[] = { cid };

	snprintf(cid, sizeof cid, "%lld", id);
	return dbtest_count(db, sql, 1, params);
}

TEST(test_open_gives_readable_reference_for_the_process_type)
{
	struct dbtest t;
	struct customer c;
	char reference[CASEWORK_REFERENCE_LEN], postcode[10];
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "email") &&
	    raise(&t, c.id, "missed-bin", "report", postcode, "2026-11-26", &id, reference)) {
		CHECK(strncmp(reference, "RPT-2026-", 9) == 0);
		CHECK_INT(strlen(reference), 15);
	}
	dbtest_end(&t);
}

TEST(test_two_cases_get_different_references)
{
	struct dbtest t;
	struct customer c;
	char a[CASEWORK_REFERENCE_LEN], b[CASEWORK_REFERENCE_LEN], postcode[10];
	long long ia, ib;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "email") &&
	    raise(&t, c.id, "missed-bin", "report", postcode, "2026-11-26", &ia, a) &&
	    raise(&t, c.id, "replacement-bin", "request", postcode, "2026-12-01", &ib, b)) {
		CHECK(strcmp(a, b) != 0);
		CHECK(strncmp(b, "REQ-2026-", 9) == 0);
	}
	dbtest_end(&t);
}

TEST(test_retried_open_with_same_request_id_makes_one_case)
{
	static const char *const none[] = { NULL };
	struct dbtest t;
	struct customer c;
	char r1[CASEWORK_REFERENCE_LEN], r2[CASEWORK_REFERENCE_LEN], rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long i1 = 0, i2 = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone")) {
		struct casework_new n = { .service_id = "pothole", .process_type = "report",
			.title = "Report a pothole", .customer_id = c.id, .received_on = "2026-11-24",
			.due_on = "2026-12-08", .names = none, .values = none };

		db_new_request_id(rid);
		CHECK(casework_open(&t.s, rid, &n, &i1, r1, &err) == STATUS_OK);
		CHECK(casework_open(&t.s, rid, &n, &i2, r2, &err) == STATUS_OK);
		CHECK_INT(i2, i1);
		CHECK_STR(r2, r1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM casework WHERE customer_id = $1",
		    c.id), 1);
	}
	dbtest_end(&t);
}

TEST(test_open_records_answers_timeline_and_message_on_preferred_channel)
{
	struct dbtest t;
	struct customer c;
	char reference[CASEWORK_REFERENCE_LEN], postcode[10], channel[16] = "", to[160] = "";
	char cid[24];
	const char *params[] = { cid };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "email") &&
	    raise(&t, c.id, "missed-bin", "report", postcode, "2026-11-26", &id, reference)) {
		snprintf(cid, sizeof cid, "%lld", id);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_field WHERE case_id = $1", id),
		    2);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'opened'", id), 1);
		CHECK(dbtest_text(t.db, "SELECT channel AS v FROM outbox WHERE case_id = $1", 1, params,
		    channel, sizeof channel));
		CHECK_STR(channel, "email");
		CHECK(dbtest_text(t.db, "SELECT recipient AS v FROM outbox WHERE case_id = $1", 1, params,
		    to, sizeof to));
		CHECK_STR(to, c.email);
	}
	dbtest_end(&t);
}

TEST(test_status_change_is_on_timeline_and_tells_customer_and_followers)
{
	struct dbtest t;
	struct customer c, other;
	char reference[CASEWORK_REFERENCE_LEN], postcode[10], rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "email") && make_customer(&t, &other, "letter") &&
	    raise(&t, c.id, "fly-tipping", "report", postcode, "2026-11-27", &id, reference)) {
		db_new_request_id(rid);
		CHECK(casework_follow(&t.s, rid, id, other.id, 0, &err) == STATUS_OK);
		db_new_request_id(rid);
		CHECK(casework_set_status(&t.s, rid, id, "resolved", "Cleared today",
		    "Your report has been resolved.", &err) == STATUS_OK);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'status' AND status = 'resolved'", id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE case_id = $1 "
		    "AND body = 'Your report has been resolved.'", id), 2);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE case_id = $1 "
		    "AND channel = 'letter'", id), 1);
	}
	dbtest_end(&t);
}

TEST(test_setting_the_same_status_again_is_invalid)
{
	struct dbtest t;
	struct customer c;
	char reference[CASEWORK_REFERENCE_LEN], postcode[10], rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "phone") &&
	    raise(&t, c.id, "graffiti", "report", postcode, "2026-12-01", &id, reference)) {
		db_new_request_id(rid);
		CHECK(casework_set_status(&t.s, rid, id, "new", "", NULL, &err) == STATUS_INVALID);
	}
	dbtest_end(&t);
}

TEST(test_nearby_finds_open_report_of_same_service_at_same_postcode)
{
	struct dbtest t;
	struct customer c;
	struct casework_summary *m = NULL;
	char reference[CASEWORK_REFERENCE_LEN], other[CASEWORK_REFERENCE_LEN], postcode[10];
	struct error err = { 0 };
	long long id, other_id;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "phone") &&
	    raise(&t, c.id, "missed-bin", "report", postcode, "2026-11-26", &id, reference) &&
	    raise(&t, c.id, "pothole", "report", postcode, "2026-12-08", &other_id, other)) {
		CHECK(casework_nearby(t.db, "missed-bin", postcode, "", 30, "2026-11-24", &m, &count,
		    &err) == STATUS_OK);
		CHECK(count >= 1);
		for (int i = 0; i < count; i++)
			CHECK_STR(m[i].service_id, "missed-bin");
	}
	free(m);
	dbtest_end(&t);
}

TEST(test_list_marks_overdue_and_due_today_on_a_fixed_clock)
{
	struct dbtest t;
	struct customer c;
	struct casework_summary *m = NULL;
	char a[CASEWORK_REFERENCE_LEN], b[CASEWORK_REFERENCE_LEN], postcode[10];
	struct error err = { 0 };
	long long ia, ib;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "phone") &&
	    raise(&t, c.id, "missed-bin", "report", postcode, "2026-11-20", &ia, a) &&
	    raise(&t, c.id, "pothole", "report", postcode, "2026-11-24", &ib, b) &&
	    CHECK(casework_list(t.db, CASEWORK_OF_CUSTOMER, c.id, "2026-11-24", 20, &m, &count,
	    &err) == STATUS_OK) && CHECK_INT(count, 2)) {
		/* Open cases come by due date: the overdue one first. */
		CHECK_STR(m[0].reference, a);
		CHECK(m[0].overdue && !m[0].due_today);
		CHECK(!m[1].overdue && m[1].due_today);
	}
	free(m);
	dbtest_end(&t);
}

TEST(test_complaint_escalates_once_to_stage_two_keeping_its_history)
{
	struct dbtest t;
	struct customer c;
	struct casework_detail d;
	char reference[CASEWORK_REFERENCE_LEN], rid[DB_REQUEST_ID_LEN], view[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "email") &&
	    raise(&t, c.id, "complaint", "feedback", "", "2026-12-01", &id, reference)) {
		db_new_request_id(rid);
		CHECK(casework_escalate(&t.s, rid, id, "2026-12-23", "Customer unhappy with reply",
		    &err) == STATUS_OK);
		db_new_request_id(view);
		if (CHECK(casework_get(&t.s, view, id, &d, &err) == STATUS_OK)) {
			CHECK_INT(d.summary.stage, 2);
			CHECK_STR(d.summary.due_on, "2026-12-23");
		}
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1", id),
		    2);
		db_new_request_id(rid);
		CHECK(casework_escalate(&t.s, rid, id, "2027-01-20", "again", &err) ==
		    STATUS_INVALID);
	}
	dbtest_end(&t);
}

TEST(test_extension_needs_a_reason)
{
	struct dbtest t;
	struct customer c;
	char reference[CASEWORK_REFERENCE_LEN], rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "email") &&
	    raise(&t, c.id, "complaint", "feedback", "", "2026-12-01", &id, reference)) {
		db_new_request_id(rid);
		CHECK(casework_extend(&t.s, rid, id, "2026-12-08", "", &err) == STATUS_INVALID);
		CHECK(casework_extend(&t.s, rid, id, "2026-12-08", "Waiting for the crew's report",
		    &err) == STATUS_OK);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM casework WHERE id = $1 "
		    "AND due_on = '2026-12-08'", id), 1);
	}
	dbtest_end(&t);
}

TEST(test_assignment_names_team_and_officer_on_the_timeline)
{
	struct dbtest t;
	struct customer c;
	struct casework_event *e = NULL;
	char reference[CASEWORK_REFERENCE_LEN], rid[DB_REQUEST_ID_LEN], postcode[10];
	struct error err = { 0 };
	long long id;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "phone") &&
	    raise(&t, c.id, "street-light-fault", "report", postcode, "2026-12-08", &id,
	    reference)) {
		db_new_request_id(rid);
		CHECK(casework_assign(&t.s, rid, id, "Street Lighting", "Dev Sharma",
		    "Column needs an electrician", &err) == STATUS_OK);
		if (CHECK(casework_timeline(t.db, id, &e, &count, &err) == STATUS_OK) &&
		    CHECK_INT(count, 2)) {
			CHECK_STR(e[1].kind, "assigned");
			CHECK(strstr(e[1].note, "Dev Sharma") != NULL);
		}
	}
	free(e);
	dbtest_end(&t);
}


/*
 * A complaint raised as the screens raise it: the catalogue's standard on the council's calendar
 * gives the due date, the team comes from the service line, and the opening message carries the
 * reference the database made.
 */
TEST(test_complaint_from_the_catalogue_is_due_in_five_working_days_with_its_reference)
{
	const char *forms = getenv("CIVICDESK_FORMS_DIR") ? getenv("CIVICDESK_FORMS_DIR") : "forms";
	struct catalogue *cat = catalogue_load(forms, NULL);
	struct calendar *cal = calendar_open(forms, "england-and-wales", NULL);
	const struct catalogue_service *svc = cat != NULL ? catalogue_find(cat, "complaint") : NULL;
	static const char *const names[] = { "what_happened" };
	static const char *const values[] = { "The crew left the bin in the road" };
	char reference[CASEWORK_REFERENCE_LEN], due[11], rid[DB_REQUEST_ID_LEN], cid[24];
	char body[400] = "", stored[11] = "", team[64] = "";
	const char *params[] = { cid };
	struct error err = { 0 };
	struct customer c;
	struct dbtest t;
	long long id;

	if (!CHECK(svc != NULL && cal != NULL) || !dbtest_begin(&t, "demo"))
		goto out;
	calendar_format_date(calendar_due(cal, (struct date){ 2026, 11, 24 }, svc->standard_days,
	    CALENDAR_NEXT_WORKING_DAY_IS_DAY_1), due);
	CHECK_STR(due, "2026-12-01");
	db_new_request_id(rid);
	if (make_customer(&t, &c, "email") && CHECK(casework_open(&t.s, rid,
	    &(struct casework_new){ .service_id = svc->id, .process_type = svc->type,
	    .title = svc->title, .customer_id = c.id, .received_on = "2026-11-24", .due_on = due,
	    .team = svc->team, .nfields = 1, .names = names, .values = values,
	    .message = "Your complaint is {{reference}}." }, &id, reference, &err) == STATUS_OK)) {
		snprintf(cid, sizeof cid, "%lld", id);
		CHECK(strncmp(reference, "FBK-2026-", 9) == 0);
		dbtest_text(t.db, "SELECT due_on::text AS v FROM casework WHERE id = $1", 1, params,
		    stored, sizeof stored);
		CHECK_STR(stored, "2026-12-01");
		dbtest_text(t.db, "SELECT assigned_team AS v FROM casework WHERE id = $1", 1, params,
		    team, sizeof team);
		CHECK_STR(team, svc->team);
		dbtest_text(t.db, "SELECT body AS v FROM outbox WHERE case_id = $1", 1, params, body,
		    sizeof body);
		CHECK(strstr(body, reference) != NULL && strstr(body, "{{") == NULL);
	}
	dbtest_end(&t);
out:
	calendar_free(cal);
	catalogue_free(cat);
}

/* The customer is found by the reference they read out, typed in any case, whole or begun. */
TEST(test_search_by_case_reference_finds_the_customer)
{
	struct customer_match *m = NULL;
	char reference[CASEWORK_REFERENCE_LEN], postcode[10], begun[12], lower[24];
	struct error err = { 0 };
	struct customer c;
	struct dbtest t;
	long long id;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	unique_postcode(postcode, sizeof postcode);
	if (make_customer(&t, &c, "email") &&
	    raise(&t, c.id, "missed-bin", "report", postcode, "2026-11-26", &id, reference)) {
		for (int i = 0; reference[i] != '\0'; i++)
			lower[i + 1] = '\0', lower[i] = (char)(reference[i] | 0x20);
		CHECK(customer_search(t.db, lower, 10, &m, &count, &err) == STATUS_OK);
		CHECK_INT(count, 1);
		CHECK(count == 1 && m[0].id == c.id && strcmp(m[0].why, "case reference") == 0);
		free(m);
		snprintf(begun, sizeof begun, "%.9s", reference);	/* "RPT-2026-" */
		CHECK(customer_search(t.db, begun, 50, &m, &count, &err) == STATUS_OK);
		CHECK(dbtest_find_match(m, count, c.id) || count == 50);
		free(m);
	}
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_search_by_case_reference_finds_the_customer),
	TEST_ENTRY(test_complaint_from_the_catalogue_is_due_in_five_working_days_with_its_reference),
	TEST_ENTRY(test_open_gives_readable_reference_for_the_process_type),
	TEST_ENTRY(test_two_cases_get_different_references),
	TEST_ENTRY(test_retried_open_with_same_request_id_makes_one_case),
	TEST_ENTRY(test_open_records_answers_timeline_and_message_on_preferred_channel),
	TEST_ENTRY(test_status_change_is_on_timeline_and_tells_customer_and_followers),
	TEST_ENTRY(test_setting_the_same_status_again_is_invalid),
	TEST_ENTRY(test_nearby_finds_open_report_of_same_service_at_same_postcode),
	TEST_ENTRY(test_list_marks_overdue_and_due_today_on_a_fixed_clock),
	TEST_ENTRY(test_complaint_escalates_once_to_stage_two_keeping_its_history),
	TEST_ENTRY(test_extension_needs_a_reason),
	TEST_ENTRY(test_assignment_names_team_and_officer_on_the_timeline),
};

HARNESS_MAIN(tests)
