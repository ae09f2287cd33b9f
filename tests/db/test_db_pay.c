/*
 * Pay it against a real database: payments and receipts, retries, voids, the cash-up and the
 * closed day the database itself protects. Each test makes its own customer and account, and
 * takes payments on till days of its own far in the future (2031 to 2040), so closing one never
 * touches the demo's 24 November 2026 or another test's day.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dbtest.h"
#include "pay.h"

#define POUND "\xc2\xa3"

/* A till day no other test uses: a random start for this run, then one day per call. */
static void
next_day(char out[CALENDAR_DATE_SIZE])
{
	static struct date start;
	static int used;
	char suffix[DBTEST_SUFFIX_LEN];

	if (start.year == 0) {
		dbtest_suffix(suffix);
		start.year = 2031;
		start.month = 1;
		start.day = 1;
		start = calendar_add_days(start, ((suffix[0] - 'a') * 16 + (suffix[1] - 'a')) * 12);
	}
	calendar_format_date(calendar_add_days(start, used++), out);
}

static long long
count_for(struct db *db, const char *sql, long long id)
{
	char key[24];
	const char *params[] = { key };

	snprintf(key, sizeof key, "%lld", id);
	return dbtest_count(db, sql, 1, params);
}

/* A new customer with an account (council tax or rent) owing owed pence; its id, or 0. */
static long long
make_account(struct dbtest *t, long long owed, const char *fund)
{
	static const char account[] =
	    "INSERT INTO account (reference, kind, fund, title, customer_id) "
	    "VALUES ($1, CASE $2 WHEN 'rent' THEN 'rent' ELSE 'council_tax' END, $2, "
	    "'1 Test Street EM1 1AA', $3) RETURNING id AS n";
	static const char charge[] =
	    "INSERT INTO account_transaction (account_id, on_date, kind, description, "
	    "amount_pence) VALUES ($1, '2031-01-01', 'charge', 'Annual charge', $2) "
	    "RETURNING account_id AS n";
	struct customer c;
	char suffix[DBTEST_SUFFIX_LEN], last[64], reference[PAY_REFERENCE_LEN], customer[24];
	char id[24], pence[24];
	const char *aparams[] = { reference, fund, customer };
	const char *cparams[] = { id, pence };
	long long account_id;

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Payer%s", suffix);
	dbtest_customer(&c, "Pat", last);
	if (!dbtest_create(&t->s, &c))
		return 0;
	/* CT-9....... is beyond the demo's 10,000 accounts. */
	snprintf(reference, sizeof reference, "%s-9", strcmp(fund, "rent") == 0 ? "RT" : "CT");
	for (int i = 0; i < 7; i++)
		reference[4 + i] = (char)('0' + (suffix[i] - 'a') % 10);
	reference[11] = '\0';
	snprintf(customer, sizeof customer, "%lld", c.id);
	account_id = dbtest_count(t->db, account, 3, aparams);
	if (account_id <= 0)
		return 0;
	snprintf(id, sizeof id, "%lld", account_id);
	snprintf(pence, sizeof pence, "%lld", owed);
	return dbtest_count(t->db, charge, 2, cparams) == account_id ? account_id : 0;
}

static long long
balance_of(struct dbtest *t, long long account_id)
{
	return count_for(t->db, "SELECT coalesce(sum(amount_pence), 0) AS n "
	    "FROM account_transaction WHERE account_id = $1", account_id);
}

static long long
payments_of(struct dbtest *t, long long account_id)
{
	return count_for(t->db, "SELECT count(*) AS n FROM payment WHERE account_id = $1",
	    account_id);
}

/* A payment on day under a new request id. */
static enum status
take(struct dbtest *t, long long account_id, long long pence, const char *method,
    const char *auth, const char *day, bool confirmed, struct pay_receipt *r,
    struct error *err)
{
	struct pay_new n = { .account_id = account_id, .amount_pence = pence, .method = method,
		.auth_code = auth, .business_date = day, .overpay_confirmed = confirmed };
	char rid[DB_REQUEST_ID_LEN];

	if (strcmp(method, "cheque") == 0)
		n.cheque_number = auth;
	db_new_request_id(rid);
	return pay_take(&t->s, rid, &n, r, err);
}

/* A payment that must succeed; its id, or 0 after a failed check. */
static long long
take_ok(struct dbtest *t, long long account_id, long long pence, const char *method,
    const char *auth, const char *day)
{
	struct pay_receipt r;
	struct error err = { 0 };

	if (!harness_check(take(t, account_id, pence, method, auth, day, false, &r, &err) ==
	    STATUS_OK, __FILE__, __LINE__, "pay_take: %s", err.detail))
		return 0;
	return r.payment_id;
}

static enum status
void_it(struct dbtest *t, long long payment_id, const char *reason, struct error *err)
{
	char rid[DB_REQUEST_ID_LEN];

	db_new_request_id(rid);
	return pay_void(&t->s, rid, payment_id, reason, err);
}

static enum status
close_day(struct dbtest *t, enum pay_scope scope, const char *day, long long counted,
    const char *note, struct error *err)
{
	char rid[DB_REQUEST_ID_LEN];

	db_new_request_id(rid);
	return pay_day_close(&t->s, rid, scope, day, counted, note, err);
}

static bool
says(const struct error *err, const char *want)
{
	return harness_check(strstr(err->detail, want) != NULL, __FILE__, __LINE__,
	    "message \"%s\" lacks \"%s\"", err->detail, want);
}

/* Payments ---------------------------------------------------------------------------------- */

/* An advisor (demo) and a supervisor (fiona.mcleod), each on a connection of their own. */
static bool
begin_with_supervisor(struct dbtest *t, struct dbtest *boss)
{
	if (!dbtest_begin(t, "demo"))
		return false;
	if (!dbtest_begin(boss, "fiona.mcleod")) {
		dbtest_end(t);
		return false;
	}
	return true;
}

TEST(test_retried_payment_records_one_payment_and_the_same_receipt)
{
	struct dbtest t;
	struct pay_new n = { .amount_pence = 2000, .method = "cash" };
	struct pay_receipt first, again;
	struct error err = { 0 };
	char rid[DB_REQUEST_ID_LEN], day[CALENDAR_DATE_SIZE];

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	n.business_date = day;
	n.account_id = make_account(&t, 5000, "council_tax");
	db_new_request_id(rid);
	if (CHECK(n.account_id > 0) &&
	    CHECK_INT(pay_take(&t.s, rid, &n, &first, &err), STATUS_OK) &&
	    CHECK_INT(pay_take(&t.s, rid, &n, &again, &err), STATUS_OK)) {
		CHECK_STR(again.number, first.number);
		CHECK_INT(again.payment_id, first.payment_id);
		CHECK_INT(payments_of(&t, n.account_id), 1);
		CHECK_INT(balance_of(&t, n.account_id), 3000);
		CHECK_INT(again.balance_after_pence, 3000);
	}
	dbtest_end(&t);
}

TEST(test_zero_and_negative_amounts_are_refused)
{
	struct dbtest t;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	if (CHECK(account > 0)) {
		CHECK_INT(take(&t, account, 0, "cash", NULL, day, false, &r, &err), STATUS_INVALID);
		says(&err, "The amount must be more than " POUND "0.00");
		CHECK_INT(take(&t, account, -500, "cash", NULL, day, true, &r, &err),
		    STATUS_INVALID);
		CHECK_INT(payments_of(&t, account), 0);
		CHECK_INT(balance_of(&t, account), 5000);
	}
	dbtest_end(&t);
}

TEST(test_overpayment_is_refused_until_confirmed)
{
	struct dbtest t;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 3500, "council_tax");
	if (CHECK(account > 0)) {
		CHECK_INT(take(&t, account, 4700, "cash", NULL, day, false, &r, &err),
		    STATUS_INVALID);
		CHECK_STR(err.detail, "That is " POUND "12.00 more than the " POUND "35.00 owed: "
		    "confirm to take it");
		CHECK_INT(payments_of(&t, account), 0);
		CHECK_INT(take(&t, account, 4700, "cash", NULL, day, true, &r, &err), STATUS_OK);
		CHECK_INT(balance_of(&t, account), -1200);
		CHECK_INT(r.balance_after_pence, -1200);
	}
	dbtest_end(&t);
}

TEST(test_card_payment_without_an_auth_code_is_refused)
{
	struct dbtest t;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	if (CHECK(account > 0)) {
		CHECK_INT(take(&t, account, 1000, "card", NULL, day, false, &r, &err),
		    STATUS_INVALID);
		says(&err, "authorisation code");
		CHECK_INT(take(&t, account, 1000, "card", "AB1", day, false, &r, &err),
		    STATUS_INVALID);
		CHECK_INT(payments_of(&t, account), 0);
	}
	dbtest_end(&t);
}

TEST(test_card_number_typed_as_the_auth_code_is_refused_and_not_kept)
{
	static const char kept[] =
	    "SELECT count(*) AS n FROM payment WHERE auth_code LIKE '%4111%' "
	    "OR receipt_number LIKE '%4111%'";
	struct dbtest t;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	if (CHECK(account > 0)) {
		CHECK_INT(take(&t, account, 1000, "card", "4111 1111 1111 1111", day, false, &r,
		    &err), STATUS_INVALID);
		says(&err, "card number");
		CHECK_INT(payments_of(&t, account), 0);
		CHECK_INT(dbtest_count(t.db, kept, 0, NULL), 0);
	}
	dbtest_end(&t);
}

TEST(test_cheque_needs_its_six_digit_number)
{
	struct dbtest t;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	if (CHECK(account > 0)) {
		CHECK_INT(take(&t, account, 1000, "cheque", "12345", day, false, &r, &err),
		    STATUS_INVALID);
		says(&err, "6-digit");
		CHECK_INT(take(&t, account, 1000, "cheque", " 100234 ", day, false, &r, &err),
		    STATUS_OK);
		CHECK_STR(r.cheque_number, "100234");
		CHECK_INT(payments_of(&t, account), 1);
	}
	dbtest_end(&t);
}

TEST(test_receipt_numbers_are_unique_and_the_receipt_shows_them)
{
	struct dbtest t;
	struct pay_receipt a, b, again;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE], text[2048], lower[PAY_REFERENCE_LEN], prefix[16];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 10000, "council_tax");
	if (!CHECK(account > 0) ||
	    !CHECK_INT(take(&t, account, 3500, "card", "ab12cd", day, false, &a, &err),
	    STATUS_OK) ||
	    !CHECK_INT(take(&t, account, 1500, "cash", NULL, day, false, &b, &err), STATUS_OK)) {
		dbtest_end(&t);
		return;
	}
	snprintf(prefix, sizeof prefix, "RCP-%.4s-", day);
	CHECK(strncmp(a.number, prefix, 9) == 0);
	CHECK(strcmp(a.number, b.number) != 0);
	CHECK_STR(a.auth_code, "AB12CD");
	CHECK_STR(a.staff, "Sam Taylor");
	CHECK_INT(a.balance_after_pence, 6500);
	CHECK_INT(b.balance_after_pence, 5000);
	pay_receipt_text(&a, "Borough of Eastmere", text, sizeof text);
	CHECK(strstr(text, a.number) != NULL);
	CHECK(strstr(text, POUND "35.00") != NULL);
	CHECK(strstr(text, "Card, authorisation code AB12CD") != NULL);
	/* Reprinted by the number read out, in any case. */
	for (size_t i = 0; i <= strlen(a.number); i++)
		lower[i] = (char)tolower((unsigned char)a.number[i]);
	if (CHECK_INT(pay_receipt_get(t.db, lower, &again, &err), STATUS_OK))
		CHECK_INT(again.payment_id, a.payment_id);
	CHECK_INT(pay_receipt_get(t.db, "RCP-1999-000001", &again, &err), STATUS_NOT_FOUND);
	dbtest_end(&t);
}

TEST(test_call_handler_may_take_and_floorwalker_may_not)
{
	struct dbtest t, walker;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account;

	if (!dbtest_begin(&t, "tom.hughes"))
		return;
	if (!dbtest_begin(&walker, "ben.okafor")) {
		dbtest_end(&t);
		return;
	}
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	if (CHECK(account > 0)) {
		CHECK_INT(take(&walker, account, 1000, "cash", NULL, day, false, &r, &err),
		    STATUS_DENIED);
		CHECK_INT(payments_of(&t, account), 0);
		CHECK_INT(take(&t, account, 1000, "card", "X7Y8Z9", day, false, &r, &err),
		    STATUS_OK);
		CHECK_INT(payments_of(&t, account), 1);
	}
	dbtest_end(&walker);
	dbtest_end(&t);
}

/* Accounts ---------------------------------------------------------------------------------- */

TEST(test_demo_council_tax_account_of_customer_43_owes_money)
{
	struct db *db = dbtest_open();
	struct pay_account a;
	struct error err = { 0 };

	if (db == NULL)
		return;
	if (CHECK_INT(pay_account_find(db, "ct43", &a, &err), STATUS_OK)) {
		CHECK_STR(a.reference, "CT-00000043");
		CHECK_INT(a.customer_id, 43);
		CHECK_STR(a.kind, "council_tax");
		CHECK(strncmp(a.title, "Council tax, ", 13) == 0);
		CHECK(a.balance_pence > 0);
	}
	CHECK_INT(pay_account_find(db, "CT-09999999", &a, &err), STATUS_NOT_FOUND);
	says(&err, "CT-09999999");
	db_close(db);
}

TEST(test_accounts_of_a_customer_list_council_tax_first)
{
	struct db *db = dbtest_open();
	struct pay_account *a = NULL;
	struct error err = { 0 };
	int n = 0;

	if (db == NULL)
		return;
	/* Demo customer 15 pays council tax and rent. */
	if (CHECK_INT(pay_accounts_of(db, 15, &a, &n, &err), STATUS_OK) && CHECK(n >= 2)) {
		CHECK_STR(a[0].reference, "CT-00000015");
		CHECK_STR(a[1].reference, "RT-00000015");
		CHECK_STR(a[1].fund, "rent");
	}
	free(a);
	db_close(db);
}

TEST(test_viewing_an_account_is_audited)
{
	static const char seen[] =
	    "SELECT count(*) AS n FROM audit WHERE action = 'view' AND entity = 'account' "
	    "AND entity_id = $1";
	struct dbtest t;
	struct pay_account a;
	struct error err = { 0 };
	char rid[DB_REQUEST_ID_LEN];
	long long account;

	if (!dbtest_begin(&t, "demo"))
		return;
	account = make_account(&t, 5000, "council_tax");
	db_new_request_id(rid);
	if (CHECK(account > 0) && CHECK_INT(pay_account_get(&t.s, rid, account, &a, &err),
	    STATUS_OK)) {
		CHECK_INT(a.balance_pence, 5000);
		CHECK_INT(count_for(t.db, seen, account), 1);
	}
	dbtest_end(&t);
}

TEST(test_fee_raised_with_a_case_is_owed_on_its_reference)
{
	static const char kase[] =
	    "INSERT INTO casework (reference, service_id, process_type, title, customer_id, "
	    "staff_id, service_point_id, received_on, due_on) "
	    "SELECT $1, 'bulky-waste', 'book', 'Book a bulky waste collection', $2, s.id, "
	    "s.service_point_id, '2031-03-02', '2031-03-09' FROM staff s "
	    "WHERE s.username = 'demo' RETURNING id AS n";
	struct dbtest t;
	struct customer c;
	struct pay_account a;
	struct pay_transaction *tx = NULL;
	struct error err = { 0 };
	char suffix[DBTEST_SUFFIX_LEN], last[64], reference[PAY_REFERENCE_LEN], customer[24];
	const char *params[] = { reference, customer };
	long long case_id;
	int n = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Feeby%s", suffix);
	dbtest_customer(&c, "Fay", last);
	/* BKG-3999-nnnnnn: a year no real case has. */
	snprintf(reference, sizeof reference, "BKG-3999-%06d",
	    ((suffix[0] - 'a') * 26 * 26 + (suffix[1] - 'a') * 26 + (suffix[2] - 'a')) * 50 +
	    (suffix[3] - 'a') % 50);
	if (!dbtest_create(&t.s, &c)) {
		dbtest_end(&t);
		return;
	}
	snprintf(customer, sizeof customer, "%lld", c.id);
	CHECK_INT(db_run(t.db, "BEGIN", 0, NULL, &err), STATUS_OK);
	case_id = dbtest_count(t.db, kase, 2, params);
	if (CHECK(case_id > 0))
		CHECK_INT(pay_add_fee(&t.s, case_id, reference, "Bulky waste collection", c.id,
		    3800, "fees", &err), STATUS_OK);
	CHECK_INT(db_run(t.db, "COMMIT", 0, NULL, &err), STATUS_OK);
	if (CHECK_INT(pay_account_find(t.db, reference, &a, &err), STATUS_OK)) {
		CHECK_STR(a.kind, "fee");
		CHECK_STR(a.fund, "fees");
		CHECK_INT(a.case_id, case_id);
		CHECK_INT(a.balance_pence, 3800);
		if (CHECK_INT(pay_transactions(t.db, a.id, 10, &tx, &n, &err), STATUS_OK) &&
		    CHECK_INT(n, 1)) {
			CHECK_STR(tx[0].description, "Fee: Bulky waste collection");
			CHECK_STR(tx[0].on, "2031-03-02");
		}
		free(tx);
	}
	dbtest_end(&t);
}

/* Voids ------------------------------------------------------------------------------------- */

TEST(test_void_by_an_advisor_is_denied_and_changes_nothing)
{
	struct dbtest t;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account, payment;

	if (!dbtest_begin(&t, "aisha.khan"))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	payment = account > 0 ? take_ok(&t, account, 2000, "cash", NULL, day) : 0;
	if (CHECK(payment > 0)) {
		CHECK_INT(void_it(&t, payment, "keyed twice", &err), STATUS_DENIED);
		CHECK_STR(err.detail, "Only a supervisor can void a payment");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM payment_void "
		    "WHERE payment_id = $1", payment), 0);
		CHECK_INT(balance_of(&t, account), 3000);
	}
	dbtest_end(&t);
}

TEST(test_void_by_a_supervisor_keeps_the_payment_and_owes_again)
{
	static const char row[] = "SELECT md5(p::text) AS v FROM payment p WHERE id = $1";
	struct dbtest t, boss;
	struct pay_receipt r;
	struct pay_transaction *tx = NULL;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE], before[40], after[40], id[24];
	const char *params[] = { id };
	long long account, payment;
	int n = 0;

	if (!begin_with_supervisor(&t, &boss))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	payment = account > 0 ? take_ok(&t, account, 2000, "card", "VX99AA", day) : 0;
	snprintf(id, sizeof id, "%lld", payment);
	if (CHECK(payment > 0) && dbtest_text(t.db, row, 1, params, before, sizeof before) &&
	    CHECK_INT(void_it(&boss, payment, "Keyed twice", &err), STATUS_OK)) {
		dbtest_text(t.db, row, 1, params, after, sizeof after);
		CHECK_STR(after, before);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM payment_void "
		    "WHERE payment_id = $1", payment), 1);
		CHECK_INT(balance_of(&t, account), 5000);
		if (CHECK_INT(pay_transactions(t.db, account, 10, &tx, &n, &err), STATUS_OK) &&
		    CHECK_INT(n, 3)) {
			CHECK_STR(tx[0].kind, "void");
			CHECK_STR(tx[0].description, "Void: Keyed twice");
			CHECK_STR(tx[1].kind, "payment");
			CHECK(tx[1].voided);
			CHECK_STR(tx[0].receipt, tx[1].receipt);
			if (CHECK_INT(pay_receipt_get(t.db, tx[1].receipt, &r, &err), STATUS_OK)) {
				CHECK(r.voided);
				CHECK_STR(r.voided_by, "Fiona McLeod");
				CHECK_STR(r.void_reason, "Keyed twice");
			}
		}
		free(tx);
	}
	dbtest_end(&boss);
	dbtest_end(&t);
}

TEST(test_voiding_twice_is_refused)
{
	struct dbtest t, boss;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account, payment;

	if (!begin_with_supervisor(&t, &boss))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	payment = account > 0 ? take_ok(&t, account, 2000, "cash", NULL, day) : 0;
	if (CHECK(payment > 0) &&
	    CHECK_INT(void_it(&boss, payment, "wrong account", &err), STATUS_OK)) {
		CHECK_INT(void_it(&boss, payment, "wrong account", &err), STATUS_INVALID);
		says(&err, "already voided");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM payment_void "
		    "WHERE payment_id = $1", payment), 1);
		CHECK_INT(balance_of(&t, account), 5000);
	}
	dbtest_end(&boss);
	dbtest_end(&t);
}

TEST(test_void_needs_a_reason)
{
	struct dbtest boss;
	struct error err = { 0 };

	if (!dbtest_begin(&boss, "fiona.mcleod"))
		return;
	CHECK_INT(void_it(&boss, 1, "   ", &err), STATUS_INVALID);
	says(&err, "Say why");
	dbtest_end(&boss);
}

/* The day's cash-up ------------------------------------------------------------------------- */

static const struct pay_total *
total_of(const struct pay_day *d, const char *method, const char *fund)
{
	for (int i = 0; i < d->ntotals; i++) {
		const struct pay_total *t = &d->totals[i];

		if (strcmp(t->method, method) == 0 && strcmp(t->fund, fund) == 0)
			return t;
	}
	return NULL;
}

TEST(test_staff_cashup_counts_by_method_and_fund_and_records_the_difference)
{
	struct dbtest t, boss;
	struct pay_day d;
	struct error err = { 0 };
	const struct pay_total *cash;
	char day[CALENDAR_DATE_SIZE];
	long long tax, rent, wrong;

	if (!dbtest_begin(&t, "aisha.khan"))
		return;
	if (!dbtest_begin(&boss, "fiona.mcleod")) {
		dbtest_end(&t);
		return;
	}
	next_day(day);
	tax = make_account(&t, 50000, "council_tax");
	rent = make_account(&t, 50000, "rent");
	if (!CHECK(tax > 0 && rent > 0) || !take_ok(&t, tax, 1000, "cash", NULL, day) ||
	    !take_ok(&t, tax, 2500, "cash", NULL, day) ||
	    !take_ok(&t, tax, 4000, "card", "AUTH01", day) ||
	    !take_ok(&t, rent, 1500, "cheque", "100200", day) ||
	    !take_ok(&t, rent, 600, "cash", NULL, day) ||
	    !(wrong = take_ok(&t, tax, 700, "cash", NULL, day)) ||
	    !CHECK_INT(void_it(&boss, wrong, "keyed twice", &err), STATUS_OK)) {
		dbtest_end(&boss);
		dbtest_end(&t);
		return;
	}
	if (CHECK_INT(pay_day_get(&t.s, PAY_SCOPE_STAFF, day, &d, &err), STATUS_OK)) {
		CHECK_INT(d.ntotals, 4);
		cash = total_of(&d, "cash", "council_tax");
		if (CHECK(cash != NULL)) {
			CHECK_INT(cash->payments, 2);
			CHECK_INT(cash->pence, 3500);
		}
		CHECK(total_of(&d, "card", "council_tax") != NULL);
		CHECK(total_of(&d, "cheque", "rent") != NULL);
		CHECK_STR(d.totals[0].method, "cash");
		CHECK_INT(d.expected_cash_pence, 4100);
		CHECK_INT(d.total_pence, 9600);
		CHECK_INT(d.voids, 1);
		CHECK(!d.closed);
		pay_day_free(&d);
	}
	/* £2.00 short: closing needs a note saying why. */
	CHECK_INT(close_day(&t, PAY_SCOPE_STAFF, day, 3900, "", &err), STATUS_INVALID);
	CHECK_STR(err.detail, "The cash counted is " POUND "2.00 short of the " POUND
	    "41.00 expected: add a note saying why");
	CHECK_INT(close_day(&t, PAY_SCOPE_STAFF, day, 3900, "Gave too much change", &err),
	    STATUS_OK);
	if (CHECK_INT(pay_day_get(&t.s, PAY_SCOPE_STAFF, day, &d, &err), STATUS_OK)) {
		CHECK(d.closed);
		CHECK_INT(d.counted_cash_pence, 3900);
		CHECK_INT(d.difference_pence, -200);
		CHECK_STR(d.note, "Gave too much change");
		CHECK_STR(d.closed_by, "Aisha Khan");
		pay_day_free(&d);
	}
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM cashup_total ct JOIN cashup c "
	    "ON c.id = ct.cashup_id JOIN staff s ON s.id = c.staff_id "
	    "WHERE s.username = 'aisha.khan' AND c.business_date = $1::date", 1,
	    (const char *[]){ day }), 4);
	dbtest_end(&boss);
	dbtest_end(&t);
}

TEST(test_closed_till_refuses_payments_and_voids)
{
	struct dbtest t, boss;
	struct pay_receipt r;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long account, payment;

	if (!begin_with_supervisor(&t, &boss))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	payment = account > 0 ? take_ok(&t, account, 1200, "cash", NULL, day) : 0;
	if (CHECK(payment > 0) &&
	    CHECK_INT(close_day(&t, PAY_SCOPE_STAFF, day, 1200, NULL, &err), STATUS_OK)) {
		CHECK_INT(take(&t, account, 500, "cash", NULL, day, false, &r, &err),
		    STATUS_CONFLICT);
		says(&err, "is cashed up: no more payments can be taken in it");
		CHECK_INT(void_it(&boss, payment, "keyed twice", &err), STATUS_CONFLICT);
		says(&err, "cashed up");
		CHECK_INT(payments_of(&t, account), 1);
		CHECK_INT(balance_of(&t, account), 3800);
		CHECK_INT(close_day(&t, PAY_SCOPE_STAFF, day, 1200, NULL, &err), STATUS_CONFLICT);
		says(&err, "already cashed up");
	}
	dbtest_end(&boss);
	dbtest_end(&t);
}

TEST(test_database_refuses_changes_to_a_closed_day)
{
	static const char latest[] =
	    "SELECT max(id) AS n FROM cashup WHERE staff_id = "
	    "(SELECT id FROM staff WHERE username = 'demo') AND business_date = $1::date";
	static const char sneak[] =
	    "INSERT INTO payment (receipt_number, account_id, customer_id, amount_pence, fund, "
	    "method, staff_id, service_point_id, business_date) "
	    "SELECT 'RCP-TEST-' || a.id, a.id, a.customer_id, 100, a.fund, 'cash', s.id, "
	    "s.service_point_id, $2::date FROM account a, staff s "
	    "WHERE a.id = $1 AND s.username = 'demo'";
	struct dbtest t;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE], id[24], aid[24];
	const char *params[] = { id };
	long long account, cashup;

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	account = make_account(&t, 5000, "council_tax");
	if (!CHECK(account > 0) || !take_ok(&t, account, 1000, "cash", NULL, day) ||
	    !CHECK_INT(close_day(&t, PAY_SCOPE_STAFF, day, 1000, "", &err), STATUS_OK)) {
		dbtest_end(&t);
		return;
	}
	cashup = dbtest_count(t.db, latest, 1, (const char *[]){ day });
	snprintf(id, sizeof id, "%lld", cashup);
	CHECK(db_run(t.db, "UPDATE cashup SET counted_cash_pence = 0 WHERE id = $1", 1, params,
	    &err) != STATUS_OK);
	CHECK(db_run(t.db, "DELETE FROM cashup_total WHERE cashup_id = $1", 1, params, &err) !=
	    STATUS_OK);
	CHECK_INT(count_for(t.db, "SELECT counted_cash_pence AS n FROM cashup WHERE id = $1",
	    cashup), 1000);
	/* Around pay_take: the trigger alone refuses a payment into the closed day. */
	snprintf(aid, sizeof aid, "%lld", account);
	CHECK(db_run(t.db, sneak, 2, (const char *[]){ aid, day }, &err) != STATUS_OK);
	CHECK_INT(payments_of(&t, account), 1);
	CHECK(db_run(t.db, "UPDATE payment SET amount_pence = 1 WHERE account_id = $1", 1,
	    (const char *[]){ aid }, &err) != STATUS_OK);
	CHECK_INT(balance_of(&t, account), 4000);
	dbtest_end(&t);
}

TEST(test_service_point_close_is_refused_to_an_advisor)
{
	struct dbtest t;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];

	if (!dbtest_begin(&t, "demo"))
		return;
	next_day(day);
	CHECK_INT(close_day(&t, PAY_SCOPE_SERVICE_POINT, day, 0, NULL, &err), STATUS_DENIED);
	says(&err, "Only a supervisor");
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM cashup "
	    "WHERE business_date = $1::date", 1, (const char *[]){ day }), 0);
	dbtest_end(&t);
}

TEST(test_service_point_closes_only_when_every_till_is_closed)
{
	struct dbtest sam, aisha, boss;
	struct pay_receipt r;
	struct pay_day d;
	struct error err = { 0 };
	char day[CALENDAR_DATE_SIZE];
	long long a1, a2;

	if (!dbtest_begin(&sam, "demo"))
		return;
	if (!dbtest_begin(&aisha, "aisha.khan")) {
		dbtest_end(&sam);
		return;
	}
	if (!dbtest_begin(&boss, "fiona.mcleod")) {
		dbtest_end(&aisha);
		dbtest_end(&sam);
		return;
	}
	next_day(day);
	a1 = make_account(&sam, 9000, "council_tax");
	a2 = make_account(&aisha, 9000, "council_tax");
	if (!CHECK(a1 > 0 && a2 > 0) || !take_ok(&sam, a1, 2000, "cash", NULL, day) ||
	    !take_ok(&aisha, a2, 3000, "cash", NULL, day) ||
	    !take_ok(&aisha, a2, 1000, "card", "QW12ER", day))
		goto done;
	CHECK_INT(close_day(&boss, PAY_SCOPE_SERVICE_POINT, day, 5000, NULL, &err),
	    STATUS_CONFLICT);
	CHECK_STR(err.detail, "Every till must be cashed up first. Still open: Aisha Khan, "
	    "Sam Taylor");
	CHECK_INT(close_day(&sam, PAY_SCOPE_STAFF, day, 2000, NULL, &err), STATUS_OK);
	CHECK_INT(close_day(&boss, PAY_SCOPE_SERVICE_POINT, day, 5000, NULL, &err),
	    STATUS_CONFLICT);
	says(&err, "Still open: Aisha Khan");
	CHECK_INT(close_day(&aisha, PAY_SCOPE_STAFF, day, 3000, NULL, &err), STATUS_OK);
	if (CHECK_INT(pay_day_get(&boss.s, PAY_SCOPE_SERVICE_POINT, day, &d, &err), STATUS_OK)) {
		CHECK_INT(d.nopen_tills, 0);
		CHECK_INT(d.expected_cash_pence, 5000);
		CHECK_INT(d.total_pence, 6000);
		pay_day_free(&d);
	}
	CHECK_INT(close_day(&boss, PAY_SCOPE_SERVICE_POINT, day, 5000, NULL, &err), STATUS_OK);
	if (CHECK_INT(pay_day_get(&boss.s, PAY_SCOPE_SERVICE_POINT, day, &d, &err), STATUS_OK)) {
		CHECK(d.closed);
		CHECK_STR(d.closed_by, "Fiona McLeod");
		CHECK_INT(d.difference_pence, 0);
		pay_day_free(&d);
	}
	/* The supervisor's own till is closed with the service point's day. */
	CHECK_INT(take(&boss, a1, 500, "cash", NULL, day, false, &r, &err), STATUS_CONFLICT);
	says(&err, "service point");
	CHECK_INT(payments_of(&sam, a1), 1);
done:
	dbtest_end(&boss);
	dbtest_end(&aisha);
	dbtest_end(&sam);
}

static const struct test tests[] = {
	TEST_ENTRY(test_retried_payment_records_one_payment_and_the_same_receipt),
	TEST_ENTRY(test_zero_and_negative_amounts_are_refused),
	TEST_ENTRY(test_overpayment_is_refused_until_confirmed),
	TEST_ENTRY(test_card_payment_without_an_auth_code_is_refused),
	TEST_ENTRY(test_card_number_typed_as_the_auth_code_is_refused_and_not_kept),
	TEST_ENTRY(test_cheque_needs_its_six_digit_number),
	TEST_ENTRY(test_receipt_numbers_are_unique_and_the_receipt_shows_them),
	TEST_ENTRY(test_call_handler_may_take_and_floorwalker_may_not),
	TEST_ENTRY(test_demo_council_tax_account_of_customer_43_owes_money),
	TEST_ENTRY(test_accounts_of_a_customer_list_council_tax_first),
	TEST_ENTRY(test_viewing_an_account_is_audited),
	TEST_ENTRY(test_fee_raised_with_a_case_is_owed_on_its_reference),
	TEST_ENTRY(test_void_by_an_advisor_is_denied_and_changes_nothing),
	TEST_ENTRY(test_void_by_a_supervisor_keeps_the_payment_and_owes_again),
	TEST_ENTRY(test_voiding_twice_is_refused),
	TEST_ENTRY(test_void_needs_a_reason),
	TEST_ENTRY(test_staff_cashup_counts_by_method_and_fund_and_records_the_difference),
	TEST_ENTRY(test_closed_till_refuses_payments_and_voids),
	TEST_ENTRY(test_database_refuses_changes_to_a_closed_day),
	TEST_ENTRY(test_service_point_close_is_refused_to_an_advisor),
	TEST_ENTRY(test_service_point_closes_only_when_every_till_is_closed),
};

HARNESS_MAIN(tests)
