/*
 * Tests for core/pay without a database: account references as advisors type them,
 * authorisation codes, card numbers typed by mistake, and the printed receipt.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "pay.h"

static void
check_reference(const char *typed, const char *want)
{
	char out[PAY_REFERENCE_LEN];

	if (harness_check(pay_reference_normalise(typed, out), __FILE__, __LINE__,
	    "\"%s\" refused", typed))
		CHECK_STR(out, want);
}

static void
check_not_reference(const char *typed)
{
	char out[PAY_REFERENCE_LEN];

	harness_check(!pay_reference_normalise(typed, out), __FILE__, __LINE__,
	    "\"%s\" taken as %s", typed, out);
	CHECK_STR(out, "");
}

TEST(test_reference_keeps_the_normal_form)
{
	check_reference("CT-00000015", "CT-00000015");
	check_reference("RT-00000123", "RT-00000123");
	check_reference("SD-00009999", "SD-00009999");
}

TEST(test_reference_short_forms_read_out_by_customers)
{
	check_reference("ct15", "CT-00000015");
	check_reference("  ct 15 ", "CT-00000015");
	check_reference("rt-123", "RT-00000123");
	check_reference("Sd000000007", "SD-00000007");
}

TEST(test_reference_of_a_case_with_a_fee)
{
	check_reference("BKG-2026-000123", "BKG-2026-000123");
	check_reference("bkg 2026 123", "BKG-2026-000123");
	check_reference("app2026000045", "APP-2026-000045");
}

TEST(test_reference_refuses_other_text)
{
	check_not_reference(NULL);
	check_not_reference("");
	check_not_reference("15");
	check_not_reference("CT");
	check_not_reference("XX15");
	check_not_reference("CT123456789");
	check_not_reference("CT15A");
	check_not_reference("ABCD-2026-1");
	check_not_reference("BKG-26-000123");
	check_not_reference("BKG-2026-1234567");
	check_not_reference("Mrs Sanchez");
}

static void
check_auth(const char *typed, const char *want)
{
	char out[16];

	if (harness_check(pay_auth_code_normalise(typed, out), __FILE__, __LINE__,
	    "\"%s\" refused", typed))
		CHECK_STR(out, want);
}

TEST(test_auth_code_is_upper_cased_and_trimmed)
{
	check_auth("ab12cd", "AB12CD");
	check_auth(" 1234 ", "1234");
	check_auth("A1B2C3D4", "A1B2C3D4");
}

TEST(test_auth_code_refuses_wrong_lengths_and_symbols)
{
	char out[16];

	CHECK(!pay_auth_code_normalise(NULL, out));
	CHECK(!pay_auth_code_normalise("", out));
	CHECK(!pay_auth_code_normalise("AB1", out));
	CHECK(!pay_auth_code_normalise("AB12CD345", out));
	CHECK(!pay_auth_code_normalise("AB 12", out));
	CHECK(!pay_auth_code_normalise("AB-12", out));
	CHECK(!pay_auth_code_normalise("4111 1111 1111 1111", out));
	CHECK_STR(out, "");
}

TEST(test_card_number_found_however_it_is_spaced)
{
	CHECK(pay_looks_like_card_number("4111 1111 1111 1111"));
	CHECK(pay_looks_like_card_number("4111111111111111"));
	CHECK(pay_looks_like_card_number("4111-1111-1111-1111"));
	CHECK(pay_looks_like_card_number("3782 822463 10005"));
}

TEST(test_card_number_found_inside_other_words)
{
	CHECK(pay_looks_like_card_number("customer read out 5555555555554444 by mistake"));
	CHECK(pay_looks_like_card_number("card 4111 1111 1111 1111 12 28"));
}

TEST(test_card_number_with_a_wrong_check_digit_is_not_one)
{
	CHECK(!pay_looks_like_card_number("4111 1111 1111 1112"));
}

TEST(test_twelve_digits_are_not_a_card_number)
{
	/* Passes the Luhn check, but no card number is that short. */
	CHECK(!pay_looks_like_card_number("411111111117"));
}

TEST(test_phone_numbers_and_amounts_are_not_card_numbers)
{
	CHECK(!pay_looks_like_card_number("07700 900123"));
	CHECK(!pay_looks_like_card_number("+44 7700 900123"));
	CHECK(!pay_looks_like_card_number("020 7946 0123"));
	CHECK(!pay_looks_like_card_number("call 07700 900123 or 01632 960123"));
	CHECK(!pay_looks_like_card_number("paid 35.00 on 24/11/2026"));
	CHECK(!pay_looks_like_card_number(""));
	CHECK(!pay_looks_like_card_number(NULL));
}

/* Receipts ---------------------------------------------------------------------------------- */

static void
sample_receipt(struct pay_receipt *r)
{
	memset(r, 0, sizeof *r);
	r->payment_id = 7;
	snprintf(r->number, sizeof r->number, "RCP-2026-000123");
	snprintf(r->taken_at, sizeof r->taken_at, "2026-11-24 10:32");
	snprintf(r->business_date, sizeof r->business_date, "2026-11-24");
	snprintf(r->account_reference, sizeof r->account_reference, "CT-00000015");
	snprintf(r->account_title, sizeof r->account_title,
	    "Council tax, 30 Kingfisher Way EM7 2YG");
	snprintf(r->customer, sizeof r->customer, "Mrs Laura S\xc3\xa1nchez");
	r->amount_pence = 3500;
	snprintf(r->method, sizeof r->method, "card");
	snprintf(r->fund, sizeof r->fund, "council_tax");
	snprintf(r->auth_code, sizeof r->auth_code, "AB12CD");
	r->balance_after_pence = 34056;
	snprintf(r->staff, sizeof r->staff, "Sam Taylor");
	snprintf(r->service_point, sizeof r->service_point,
	    "Eastmere Town Hall customer service centre");
}

/* Characters, not bytes: "£" is two bytes and one character on the paper. */
static size_t
longest_line(const char *text)
{
	size_t longest = 0, chars = 0;

	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '\n') {
			chars = 0;
			continue;
		}
		if (((unsigned char)*p & 0xc0) != 0x80 && ++chars > longest)
			longest = chars;
	}
	return longest;
}

static bool
holds(const char *text, const char *want)
{
	return harness_check(strstr(text, want) != NULL, __FILE__, __LINE__,
	    "receipt lacks \"%s\":\n%s", want, text);
}

TEST(test_receipt_shows_number_amount_card_and_balance)
{
	struct pay_receipt r;
	char text[2048];
	int n;

	sample_receipt(&r);
	n = pay_receipt_text(&r, "Borough of Eastmere", text, sizeof text);
	CHECK_INT(n, strlen(text));
	CHECK(strncmp(text, "Borough of Eastmere\n", 20) == 0);
	holds(text, "RCP-2026-000123");
	holds(text, "\xc2\xa3" "35.00");
	holds(text, "Card, authorisation code AB12CD");
	holds(text, "\xc2\xa3" "340.56 still to pay");
	holds(text, "CT-00000015");
	holds(text, "Mrs Laura S\xc3\xa1nchez");
	holds(text, "24/11/2026 10:32");
	CHECK(strstr(text, "VOID") == NULL);
}

TEST(test_receipt_for_cash_and_cheque_names_the_method)
{
	struct pay_receipt r;
	char text[2048];

	sample_receipt(&r);
	snprintf(r.method, sizeof r.method, "cash");
	r.auth_code[0] = '\0';
	pay_receipt_text(&r, "Borough of Eastmere", text, sizeof text);
	holds(text, "Cash");
	CHECK(strstr(text, "authorisation") == NULL);
	snprintf(r.method, sizeof r.method, "cheque");
	snprintf(r.cheque_number, sizeof r.cheque_number, "100234");
	pay_receipt_text(&r, "Borough of Eastmere", text, sizeof text);
	holds(text, "Cheque number 100234");
}

TEST(test_receipt_says_paid_in_full_or_in_credit)
{
	struct pay_receipt r;
	char text[2048];

	sample_receipt(&r);
	r.balance_after_pence = 0;
	pay_receipt_text(&r, "Borough of Eastmere", text, sizeof text);
	holds(text, "paid in full");
	r.balance_after_pence = -1200;
	pay_receipt_text(&r, "Borough of Eastmere", text, sizeof text);
	holds(text, "\xc2\xa3" "12.00 in credit");
}

TEST(test_receipt_of_a_voided_payment_says_so)
{
	struct pay_receipt r;
	char text[2048];

	sample_receipt(&r);
	r.voided = true;
	snprintf(r.voided_by, sizeof r.voided_by, "Fiona McLeod");
	snprintf(r.void_reason, sizeof r.void_reason, "keyed twice");
	pay_receipt_text(&r, "Borough of Eastmere", text, sizeof text);
	holds(text, "VOID");
	holds(text, "Fiona McLeod: keyed twice");
}

TEST(test_receipt_lines_stay_under_60_characters)
{
	struct pay_receipt r;
	char text[4096];

	sample_receipt(&r);
	snprintf(r.account_title, sizeof r.account_title, "Council tax, Flat 12, The Old Granary, "
	    "Paper Mill Road, Millbrook Supercalifragilisticexpialidociousandlonger EM10");
	r.voided = true;
	snprintf(r.voided_by, sizeof r.voided_by, "Fiona McLeod");
	snprintf(r.void_reason, sizeof r.void_reason, "The customer paid twice by mistake at "
	    "the counter and asked for the second payment to be cancelled straight away");
	pay_receipt_text(&r, "The Royal Borough of Eastmere and Saltcote Metropolitan District "
	    "Council", text, sizeof text);
	CHECK(longest_line(text) < 60);
	/* Wrapped, not cut: every word is still there. */
	holds(text, "Millbrook");
	holds(text, "EM10");
	holds(text, "straight away");
	holds(text, "District");
}

TEST(test_receipt_cut_to_a_small_buffer_reports_the_full_length)
{
	struct pay_receipt r;
	char full[2048], small[40];
	int n;

	sample_receipt(&r);
	n = pay_receipt_text(&r, "Borough of Eastmere", full, sizeof full);
	CHECK_INT(pay_receipt_text(&r, "Borough of Eastmere", small, sizeof small), n);
	CHECK_INT(strlen(small), sizeof small - 1);
	CHECK(strncmp(full, small, strlen(small)) == 0);
}

TEST(test_receipt_cut_never_splits_the_pound_sign)
{
	struct pay_receipt r;
	char full[2048], cut[2048];
	const char *pound;
	size_t at;

	sample_receipt(&r);
	pay_receipt_text(&r, "Borough of Eastmere", full, sizeof full);
	pound = strstr(full, "\xc2\xa3");
	if (!CHECK(pound != NULL))
		return;
	/* Room for everything before the pound sign and its first byte only. */
	at = (size_t)(pound - full);
	pay_receipt_text(&r, "Borough of Eastmere", cut, at + 2);
	CHECK_INT(strlen(cut), at);
}

static const struct test tests[] = {
	TEST_ENTRY(test_reference_keeps_the_normal_form),
	TEST_ENTRY(test_reference_short_forms_read_out_by_customers),
	TEST_ENTRY(test_reference_of_a_case_with_a_fee),
	TEST_ENTRY(test_reference_refuses_other_text),
	TEST_ENTRY(test_auth_code_is_upper_cased_and_trimmed),
	TEST_ENTRY(test_auth_code_refuses_wrong_lengths_and_symbols),
	TEST_ENTRY(test_card_number_found_however_it_is_spaced),
	TEST_ENTRY(test_card_number_found_inside_other_words),
	TEST_ENTRY(test_card_number_with_a_wrong_check_digit_is_not_one),
	TEST_ENTRY(test_twelve_digits_are_not_a_card_number),
	TEST_ENTRY(test_phone_numbers_and_amounts_are_not_card_numbers),
	TEST_ENTRY(test_receipt_shows_number_amount_card_and_balance),
	TEST_ENTRY(test_receipt_for_cash_and_cheque_names_the_method),
	TEST_ENTRY(test_receipt_says_paid_in_full_or_in_credit),
	TEST_ENTRY(test_receipt_of_a_voided_payment_says_so),
	TEST_ENTRY(test_receipt_lines_stay_under_60_characters),
	TEST_ENTRY(test_receipt_cut_to_a_small_buffer_reports_the_full_length),
	TEST_ENTRY(test_receipt_cut_never_splits_the_pound_sign),
};

HARNESS_MAIN(tests)
