/*
 * Applications against a real database: paused applications resumed by anyone, audited without
 * the answers, and a case's documents deciding whether it waits for the customer, with its fee.
 */
#include <stdlib.h>
#include <string.h>

#include "apply.h"
#include "casework.h"
#include "dbtest.h"
#include "pay.h"

#define BADGE "blue-badge"
#define BADGE_TITLE "Blue Badge (disabled parking)"
#define RECEIVED "2026-11-24"
#define MARKED "2026-11-25"

/* The answers so far, as a draft body: what must never reach the audit trail. */
#define BODY_DETAILS "ni_number=QQ123456C\nlives_here=12 Mill Lane, Eastmere\n"
#define BODY_EVIDENCE "ni_number=QQ123456C\nlives_here=12 Mill Lane, Eastmere\n" \
	"walking_aid=a frame\\nand a stick\n"

/* Two required documents, the first already seen and verified, and one optional. */
static const struct casework_evidence three_documents[] = {
	{ .name = "identity", .label = "Proof of identity", .required = true, .state = "verified" },
	{ .name = "address", .label = "Proof of address, dated in the last 3 months",
	  .required = true, .state = "needed" },
	{ .name = "benefit", .label = "Proof of a qualifying benefit", .required = false,
	  .state = "needed" },
};

/* Every required document seen at the counter; the optional one not yet. */
static const struct casework_evidence required_verified[] = {
	{ .name = "identity", .label = "Proof of identity", .required = true, .state = "verified" },
	{ .name = "address", .label = "Proof of address, dated in the last 3 months",
	  .required = true, .state = "verified" },
	{ .name = "benefit", .label = "Proof of a qualifying benefit", .required = false,
	  .state = "needed" },
};

static bool
make_customer(struct dbtest *t, struct customer *c)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Applyby%s", suffix);
	dbtest_customer(c, "Priya", last);
	return dbtest_create(&t->s, c);
}

static long long
count_for(struct db *db, const char *sql, long long id)
{
	char key[24];
	const char *params[] = { key };

	snprintf(key, sizeof key, "%lld", id);
	return dbtest_count(db, sql, 1, params);
}

static enum status
pause_badge(const struct session *s, long long customer_id, const char *step, const char *body)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return apply_pause(s, rid, customer_id, BADGE, BADGE_TITLE, step, body, &err);
}

/* The paused Blue Badge application's body (caller frees) with *info filled; NULL if none. */
static char *
resume_badge(const struct session *s, long long customer_id, struct apply_paused *info,
    enum status *status)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	char *body;

	db_new_request_id(rid);
	body = apply_resume(s, rid, customer_id, BADGE, info, &err);
	*status = body != NULL ? STATUS_OK : err.status;
	return body;
}

/* A Blue Badge application with these documents, received on RECEIVED, no fee. */
static struct casework_new
application(long long customer_id, const struct casework_evidence *e, int n)
{
	static const char *const none[] = { NULL };

	return (struct casework_new){ .service_id = BADGE, .process_type = "apply",
		.title = BADGE_TITLE, .customer_id = customer_id, .received_on = RECEIVED,
		.due_on = "2027-01-06", .location = "", .postcode = "", .names = none,
		.values = none, .nevidence = n, .evidence = e };
}

static bool
open_case(struct dbtest *t, const struct casework_new *n, long long *id,
    char reference[CASEWORK_REFERENCE_LEN])
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return harness_check(casework_open(&t->s, rid, n, id, reference, &err) == STATUS_OK,
	    __FILE__, __LINE__, "casework_open: %s", err.detail);
}

/* A new customer's Blue Badge application with these documents. */
static bool
open_application(struct dbtest *t, const struct casework_evidence *e, int n, long long *id)
{
	struct customer c;
	char reference[CASEWORK_REFERENCE_LEN];
	struct casework_new a;

	if (!make_customer(t, &c))
		return false;
	a = application(c.id, e, n);
	return open_case(t, &a, id, reference);
}

static enum status
mark(struct dbtest *t, const char *rid, long long id, const char *name, const char *state,
    char status[20])
{
	struct error err = { 0 };

	return casework_evidence_mark(&t->s, rid, id, name, state, MARKED, status, &err);
}

static enum status
mark_once(struct dbtest *t, long long id, const char *name, const char *state, char status[20])
{
	char rid[DB_REQUEST_ID_LEN];

	db_new_request_id(rid);
	return mark(t, rid, id, name, state, status);
}

/* The case's status as stored. */
static void
stored_status(struct db *db, long long id, char *out, size_t size)
{
	char key[24];
	const char *params[] = { key };

	snprintf(key, sizeof key, "%lld", id);
	dbtest_text(db, "SELECT status AS v FROM casework WHERE id = $1", 1, params, out, size);
}

/* Paused applications ------------------------------------------------------------------------ */

TEST(test_paused_application_resumes_for_another_advisor_on_another_terminal)
{
	struct dbtest t, other;
	struct customer c;
	struct apply_paused *list = NULL, info;
	enum status status;
	char *body = NULL;
	int count = 0;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&other, "aisha.khan")) {
		dbtest_end(&t);
		return;
	}
	if (make_customer(&t, &c) &&
	    CHECK_INT(pause_badge(&t.s, c.id, "details", BODY_DETAILS), STATUS_OK)) {
		if (CHECK(apply_paused_list(other.db, c.id, &list, &count, &err) == STATUS_OK) &&
		    CHECK_INT(count, 1)) {
			CHECK_STR(list[0].service_id, BADGE);
			CHECK_STR(list[0].title, BADGE_TITLE);
			CHECK_STR(list[0].step, "details");
			CHECK_STR(list[0].paused_by, "Sam Taylor");
		}
		body = resume_badge(&other.s, c.id, &info, &status);
		if (CHECK_INT(status, STATUS_OK) && CHECK(body != NULL)) {
			CHECK_STR(body, BODY_DETAILS);
			CHECK_STR(info.step, "details");
			CHECK_STR(info.paused_by, "Sam Taylor");
			CHECK_STR(info.service_id, BADGE);
		}
	}
	free(body);
	free(list);
	dbtest_end(&other);
	dbtest_end(&t);
}

TEST(test_pausing_again_replaces_the_paused_application)
{
	struct dbtest t, other;
	struct customer c;
	struct apply_paused *list = NULL, info;
	enum status status;
	char *body = NULL;
	int count = 0;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&other, "aisha.khan")) {
		dbtest_end(&t);
		return;
	}
	if (make_customer(&t, &c) &&
	    CHECK_INT(pause_badge(&t.s, c.id, "details", BODY_DETAILS), STATUS_OK) &&
	    CHECK_INT(pause_badge(&other.s, c.id, "evidence", BODY_EVIDENCE), STATUS_OK)) {
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM paused_application "
		    "WHERE customer_id = $1", c.id), 1);
		if (CHECK(apply_paused_list(t.db, c.id, &list, &count, &err) == STATUS_OK) &&
		    CHECK_INT(count, 1)) {
			CHECK_STR(list[0].step, "evidence");
			CHECK_STR(list[0].paused_by, "Aisha Khan");
		}
		body = resume_badge(&t.s, c.id, &info, &status);
		if (CHECK_INT(status, STATUS_OK) && CHECK(body != NULL))
			CHECK_STR(body, BODY_EVIDENCE);
	}
	free(body);
	free(list);
	dbtest_end(&other);
	dbtest_end(&t);
}

TEST(test_discarded_application_is_gone_and_cannot_be_resumed)
{
	struct dbtest t;
	struct customer c;
	struct apply_paused *list = NULL, info;
	char rid[DB_REQUEST_ID_LEN];
	enum status status = STATUS_OK;
	char *body = NULL;
	int count = -1;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c) &&
	    CHECK_INT(pause_badge(&t.s, c.id, "details", BODY_DETAILS), STATUS_OK)) {
		db_new_request_id(rid);
		CHECK_INT(apply_discard(&t.s, rid, c.id, BADGE, &err), STATUS_OK);
		if (CHECK(apply_paused_list(t.db, c.id, &list, &count, &err) == STATUS_OK))
			CHECK_INT(count, 0);
		body = resume_badge(&t.s, c.id, &info, &status);
		CHECK(body == NULL);
		CHECK_INT(status, STATUS_NOT_FOUND);
	}
	free(body);
	free(list);
	dbtest_end(&t);
}

/* Pausing is an update and resuming a view of the customer's record; the answers stay out. */
TEST(test_pause_and_resume_are_audited_without_the_answers)
{
	static const char *const kinds[] = { "update", "view" };
	struct dbtest t, other;
	struct customer c;
	struct apply_paused info;
	char suffix[DBTEST_SUFFIX_LEN], secret[32], body[128], key[24], staff[16];
	const char *secret_params[] = { secret };
	enum status status;
	char *resumed = NULL;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&other, "aisha.khan")) {
		dbtest_end(&t);
		return;
	}
	dbtest_suffix(suffix);
	snprintf(secret, sizeof secret, "QQ%sC", suffix);
	snprintf(body, sizeof body, "ni_number=%s\nlives_here=12 Mill Lane\n", secret);
	if (make_customer(&t, &c) && CHECK_INT(pause_badge(&t.s, c.id, "details", body), STATUS_OK)) {
		resumed = resume_badge(&other.s, c.id, &info, &status);
		CHECK_INT(status, STATUS_OK);
		snprintf(key, sizeof key, "%lld", c.id);
		for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
			const char *params[] = { key, kinds[i] };

			CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit "
			    "WHERE entity = 'application' AND entity_id = $1 AND action = $2", 2,
			    params), 1);
		}
		/* The resume is recorded against whoever resumed it. */
		snprintf(staff, sizeof staff, "%d", other.s.staff.id);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit "
		    "WHERE entity = 'application' AND entity_id = $1 AND action = 'view' "
		    "AND staff_id = $2", 2, (const char *[]){ key, staff }), 1);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit "
		    "WHERE strpos(fields, $1) > 0", 1, secret_params), 0);
	}
	free(resumed);
	dbtest_end(&other);
	dbtest_end(&t);
}

TEST(test_retried_pause_with_same_request_id_writes_once)
{
	struct dbtest t;
	struct customer c;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c)) {
		db_new_request_id(rid);
		CHECK_INT(apply_pause(&t.s, rid, c.id, BADGE, BADGE_TITLE, "details", BODY_DETAILS,
		    &err), STATUS_OK);
		CHECK_INT(apply_pause(&t.s, rid, c.id, BADGE, BADGE_TITLE, "details", BODY_DETAILS,
		    &err), STATUS_OK);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM audit WHERE entity = "
		    "'application' AND entity_id = $1 AND action = 'update'", c.id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM paused_application "
		    "WHERE customer_id = $1", c.id), 1);
	}
	dbtest_end(&t);
}

TEST(test_floorwalker_may_pause_an_application)
{
	struct dbtest t;
	struct customer c;
	struct apply_paused *list = NULL;
	struct error err = { 0 };
	int count = 0;

	if (!dbtest_begin(&t, "ben.okafor"))
		return;
	if (make_customer(&t, &c) &&
	    CHECK_INT(pause_badge(&t.s, c.id, "eligibility", BODY_DETAILS), STATUS_OK) &&
	    CHECK(apply_paused_list(t.db, c.id, &list, &count, &err) == STATUS_OK) &&
	    CHECK_INT(count, 1))
		CHECK_STR(list[0].paused_by, "Ben Okafor");
	free(list);
	dbtest_end(&t);
}

/* Administrators keep the system, not customers' applications: session.c grants no contact. */
TEST(test_admin_may_not_pause_an_application)
{
	struct dbtest t;
	struct customer c;

	if (!dbtest_begin(&t, "helen.brooks"))
		return;
	CHECK(!session_may(&t.s, MAY_RECORD_CONTACT));
	if (make_customer(&t, &c)) {
		CHECK_INT(pause_badge(&t.s, c.id, "details", BODY_DETAILS), STATUS_DENIED);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM paused_application "
		    "WHERE customer_id = $1", c.id), 0);
	}
	dbtest_end(&t);
}

/* Documents ---------------------------------------------------------------------------------- */

TEST(test_application_missing_a_required_document_opens_awaiting_customer)
{
	struct dbtest t;
	struct casework_evidence *e = NULL;
	char status[20] = "", key[24], staff[16];
	const char *params[] = { key, staff };
	struct error err = { 0 };
	long long id;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, three_documents, 3, &id)) {
		stored_status(t.db, id, status, sizeof status);
		CHECK_STR(status, "awaiting_customer");
		snprintf(key, sizeof key, "%lld", id);
		snprintf(staff, sizeof staff, "%d", t.s.staff.id);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM case_evidence "
		    "WHERE case_id = $1 AND name = 'identity' AND state = 'verified' "
		    "AND verified_by = $2 AND verified_on = '" RECEIVED "'", 2, params), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_evidence WHERE case_id = $1 "
		    "AND verified_by IS NULL AND verified_on IS NULL", id), 2);
		if (CHECK(casework_evidence_list(t.db, id, &e, &count, &err) == STATUS_OK) &&
		    CHECK_INT(count, 3)) {
			CHECK_STR(e[0].name, "identity");
			CHECK_STR(e[0].verified_by, "Sam Taylor");
			CHECK_STR(e[0].verified_on, RECEIVED);
			CHECK_STR(e[1].name, "address");
			CHECK(e[1].required);
			CHECK_STR(e[1].state, "needed");
			CHECK_STR(e[1].verified_by, "");
			CHECK_STR(e[2].name, "benefit");
			CHECK(!e[2].required);
		}
	}
	free(e);
	dbtest_end(&t);
}

TEST(test_verifying_the_last_required_document_moves_the_case_to_in_progress)
{
	struct dbtest t;
	char status[20] = "", stored[20] = "";
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, three_documents, 3, &id) &&
	    CHECK_INT(mark_once(&t, id, "address", "verified", status), STATUS_OK)) {
		CHECK_STR(status, "in_progress");
		stored_status(t.db, id, stored, sizeof stored);
		CHECK_STR(stored, "in_progress");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'evidence'", id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'status' AND status = 'in_progress'", id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_evidence WHERE case_id = $1 "
		    "AND name = 'address' AND verified_on = '" MARKED "'", id), 1);
	}
	dbtest_end(&t);
}

TEST(test_unverifying_a_required_document_puts_the_case_back_awaiting_customer)
{
	struct dbtest t;
	char status[20] = "", stored[20] = "";
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, three_documents, 3, &id) &&
	    CHECK_INT(mark_once(&t, id, "address", "verified", status), STATUS_OK) &&
	    CHECK_INT(mark_once(&t, id, "address", "needed", status), STATUS_OK)) {
		CHECK_STR(status, "awaiting_customer");
		stored_status(t.db, id, stored, sizeof stored);
		CHECK_STR(stored, "awaiting_customer");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'status' AND status = 'awaiting_customer'", id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_evidence WHERE case_id = $1 "
		    "AND name = 'address' AND verified_by IS NULL AND verified_on IS NULL", id), 1);
	}
	dbtest_end(&t);
}

TEST(test_application_with_every_required_document_opens_new_and_stays_new)
{
	struct dbtest t;
	char status[20] = "", stored[20] = "";
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, required_verified, 3, &id)) {
		stored_status(t.db, id, stored, sizeof stored);
		CHECK_STR(stored, "new");
		CHECK_INT(mark_once(&t, id, "benefit", "later", status), STATUS_OK);
		CHECK_STR(status, "new");
		stored_status(t.db, id, stored, sizeof stored);
		CHECK_STR(stored, "new");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'status'", id), 0);
	}
	dbtest_end(&t);
}

TEST(test_marking_a_document_the_case_does_not_ask_for_is_not_found)
{
	struct dbtest t;
	char status[20] = "", stored[20] = "";
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, three_documents, 3, &id)) {
		CHECK_INT(mark_once(&t, id, "passport", "verified", status), STATUS_NOT_FOUND);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'evidence'", id), 0);
		stored_status(t.db, id, stored, sizeof stored);
		CHECK_STR(stored, "awaiting_customer");
	}
	dbtest_end(&t);
}

TEST(test_marking_a_document_with_an_unknown_state_is_invalid)
{
	struct dbtest t;
	char status[20] = "";
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, three_documents, 3, &id)) {
		CHECK_INT(mark_once(&t, id, "address", "seen", status), STATUS_INVALID);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_evidence WHERE case_id = $1 "
		    "AND name = 'address' AND state = 'needed'", id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'evidence'", id), 0);
	}
	dbtest_end(&t);
}

TEST(test_retried_mark_with_same_request_id_changes_nothing_more)
{
	struct dbtest t;
	char rid[DB_REQUEST_ID_LEN], first[20] = "", again[20] = "";
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (open_application(&t, three_documents, 3, &id)) {
		db_new_request_id(rid);
		CHECK_INT(mark(&t, rid, id, "address", "verified", first), STATUS_OK);
		CHECK_INT(mark(&t, rid, id, "address", "verified", again), STATUS_OK);
		CHECK_STR(first, "in_progress");
		CHECK_STR(again, "in_progress");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'evidence'", id), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM case_event WHERE case_id = $1 "
		    "AND kind = 'status'", id), 1);
	}
	dbtest_end(&t);
}

/* Fees --------------------------------------------------------------------------------------- */

TEST(test_case_with_a_fee_raises_a_fee_account_under_its_reference)
{
	struct dbtest t;
	struct customer c;
	struct pay_account a;
	struct casework_new n;
	char reference[CASEWORK_REFERENCE_LEN];
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c)) {
		n = application(c.id, NULL, 0);
		n.service_id = "bulky-waste";
		n.process_type = "request";
		n.title = "Bulky waste collection";
		n.fee_pence = 3500;
		n.fund = "fees";
		if (open_case(&t, &n, &id, reference) &&
		    CHECK_INT(pay_account_find(t.db, reference, &a, &err), STATUS_OK)) {
			CHECK_STR(a.reference, reference);
			CHECK_INT(a.balance_pence, 3500);
			CHECK_STR(a.kind, "fee");
			CHECK_STR(a.fund, "fees");
			CHECK_INT(a.case_id, id);
			CHECK_INT(a.customer_id, c.id);
		}
	}
	dbtest_end(&t);
}

TEST(test_case_without_a_fee_has_no_account)
{
	struct dbtest t;
	struct customer c;
	struct pay_account a;
	struct casework_new n;
	char reference[CASEWORK_REFERENCE_LEN];
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c)) {
		n = application(c.id, NULL, 0);
		if (open_case(&t, &n, &id, reference))
			CHECK_INT(pay_account_find(t.db, reference, &a, &err), STATUS_NOT_FOUND);
	}
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_paused_application_resumes_for_another_advisor_on_another_terminal),
	TEST_ENTRY(test_pausing_again_replaces_the_paused_application),
	TEST_ENTRY(test_discarded_application_is_gone_and_cannot_be_resumed),
	TEST_ENTRY(test_pause_and_resume_are_audited_without_the_answers),
	TEST_ENTRY(test_retried_pause_with_same_request_id_writes_once),
	TEST_ENTRY(test_floorwalker_may_pause_an_application),
	TEST_ENTRY(test_admin_may_not_pause_an_application),
	TEST_ENTRY(test_application_missing_a_required_document_opens_awaiting_customer),
	TEST_ENTRY(test_verifying_the_last_required_document_moves_the_case_to_in_progress),
	TEST_ENTRY(test_unverifying_a_required_document_puts_the_case_back_awaiting_customer),
	TEST_ENTRY(test_application_with_every_required_document_opens_new_and_stays_new),
	TEST_ENTRY(test_marking_a_document_the_case_does_not_ask_for_is_not_found),
	TEST_ENTRY(test_marking_a_document_with_an_unknown_state_is_invalid),
	TEST_ENTRY(test_retried_mark_with_same_request_id_changes_nothing_more),
	TEST_ENTRY(test_case_with_a_fee_raises_a_fee_account_under_its_reference),
	TEST_ENTRY(test_case_without_a_fee_has_no_account),
};

HARNESS_MAIN(tests)
