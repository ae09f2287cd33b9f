/*
 * Tests for core/answer: what an advisor types for each kind of question, how a stored answer is
 * read back out, and the customer's record filled in and saved back ("tell us once"). Fields are
 * built by hand; the service questions use the shipped catalogue under forms/.
 */
#include <stdio.h>
#include <stdlib.h>

#include "answer.h"
#include "harness.h"

static const struct choice bins[] = {
	{ "general", "General waste (grey bin)" },
	{ "recycling", "Mixed recycling (blue bin)" },
	{ "food", "Food waste caddy" },
	{ NULL, NULL },
};

static struct catalogue *shipped;

static const struct catalogue *
forms(void)
{
	struct error err = { 0 };

	if (shipped == NULL)
		shipped = catalogue_load("forms", &err);
	CHECK(shipped != NULL);
	return shipped;
}

/* A question of type, as a catalogue file would give it with no max_length, min or max set. */
static struct catalogue_field
field(enum field_type type, bool required)
{
	struct catalogue_field f = {
		.name = "answer",
		.type = type,
		.label = "The question",
		.help = "",
		.required = required,
		.max_length = type == FIELD_LONGTEXT ? 2000 : 200,
		.min = 0,
		.max = 1000000000LL,
	};

	if (type == FIELD_CHOICE)
		f.choices = (struct choice *)bins;
	return f;
}

static struct answer_result v;

/* Checks what input for a field of type gives: OK with normal, or INVALID when normal is NULL. */
static void
check_answer(enum field_type type, const char *input, const char *normal)
{
	struct catalogue_field f = field(type, true);

	answer_check(forms(), &f, input, &v);
	if (normal == NULL) {
		CHECK_INT(v.result, VALIDATE_INVALID);
		CHECK_STR(v.normal, "");
		CHECK(v.message != NULL && v.message[0] != '\0');
	} else {
		CHECK_INT(v.result, VALIDATE_OK);
		CHECK_STR(v.normal, normal);
		CHECK(v.message == NULL);
	}
}

TEST(test_required_empty_is_invalid_for_every_type)
{
	for (int t = FIELD_TEXT; t <= FIELD_SERVICE; t++) {
		struct catalogue_field f = field((enum field_type)t, true);

		answer_check(forms(), &f, "", &v);
		harness_check(v.result == VALIDATE_INVALID, __FILE__, __LINE__,
		    "an empty required %s is not invalid", catalogue_field_types[t].code);
		CHECK_STR(v.message, "This is needed: ask the customer");
		CHECK_STR(v.normal, "");
	}
}

TEST(test_required_white_space_only_is_invalid)
{
	struct catalogue_field f = field(FIELD_TEXT, true);

	answer_check(NULL, &f, "  \t ", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
	CHECK_STR(v.message, "This is needed: ask the customer");
	answer_check(NULL, &f, NULL, &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
}

TEST(test_optional_empty_is_ok_and_empty_for_every_type)
{
	for (int t = FIELD_TEXT; t <= FIELD_SERVICE; t++) {
		struct catalogue_field f = field((enum field_type)t, false);

		answer_check(forms(), &f, "  ", &v);
		harness_check(v.result == VALIDATE_OK, __FILE__, __LINE__,
		    "an empty optional %s is not OK", catalogue_field_types[t].code);
		CHECK_STR(v.normal, "");
		CHECK(v.message == NULL);
	}
}

TEST(test_text_is_trimmed)
{
	check_answer(FIELD_TEXT, "  silver Ford Focus \n", "silver Ford Focus");
	check_answer(FIELD_LOCATION, " outside 14 Mill Lane, by the bus stop ",
	    "outside 14 Mill Lane, by the bus stop");
}

TEST(test_text_over_max_length_is_invalid)
{
	struct catalogue_field f = field(FIELD_TEXT, true);

	f.max_length = 10;
	answer_check(NULL, &f, "EM12 ABCDE", &v);
	CHECK_INT(v.result, VALIDATE_OK);
	answer_check(NULL, &f, "EM12 ABCDEF", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
	CHECK_STR(v.message, "Keep this to 10 characters");
	CHECK_STR(v.normal, "");
}

TEST(test_text_length_counts_characters_not_bytes)
{
	struct catalogue_field f = field(FIELD_TEXT, true);

	f.max_length = 4;
	answer_check(NULL, &f, "Ffré", &v);		/* 4 characters, 5 bytes */
	CHECK_INT(v.result, VALIDATE_OK);
	CHECK_STR(v.normal, "Ffré");
	answer_check(NULL, &f, "éééé", &v);		/* 4 characters, 8 bytes */
	CHECK_INT(v.result, VALIDATE_OK);
	answer_check(NULL, &f, "ééééé", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
	CHECK_STR(v.message, "Keep this to 4 characters");
}

TEST(test_address_postcode_is_normalised)
{
	check_answer(FIELD_ADDRESS, "12 Mill Lane, Eastmere, em1 2ab",
	    "12 Mill Lane, Eastmere, EM1 2AB");
	check_answer(FIELD_ADDRESS, "12 Mill Lane, Eastmere, em12ab",
	    "12 Mill Lane, Eastmere, EM1 2AB");
}

TEST(test_address_without_comma_before_postcode_is_accepted)
{
	check_answer(FIELD_ADDRESS, "12 Mill Lane EM1 2AB", "12 Mill Lane, EM1 2AB");
	check_answer(FIELD_ADDRESS, "12 Mill Lane, Eastmere em1 2ab",
	    "12 Mill Lane, Eastmere, EM1 2AB");
}

TEST(test_address_without_postcode_is_invalid)
{
	check_answer(FIELD_ADDRESS, "12 Mill Lane, Eastmere", NULL);
	CHECK_STR(v.message, "End the address with its postcode, like 12 Mill Lane, EM1 2AB");
}

TEST(test_address_of_only_a_postcode_is_invalid)
{
	check_answer(FIELD_ADDRESS, "EM1 2AB", NULL);
	CHECK_STR(v.message, "Give the house number and street before the postcode");
}

TEST(test_address_over_max_length_is_invalid)
{
	struct catalogue_field f = field(FIELD_ADDRESS, true);

	f.max_length = 21;
	answer_check(NULL, &f, "12 Mill Lane, EM1 2AB", &v);
	CHECK_INT(v.result, VALIDATE_OK);
	answer_check(NULL, &f, "112 Mill Lane, EM1 2AB", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
	CHECK_STR(v.message, "Keep this to 21 characters");
}

TEST(test_choice_by_code_or_label_gives_code)
{
	check_answer(FIELD_CHOICE, "food", "food");
	check_answer(FIELD_CHOICE, "RECYCLING", "recycling");
	check_answer(FIELD_CHOICE, "general waste (GREY bin)", "general");
	check_answer(FIELD_CHOICE, " Food waste caddy ", "food");
}

TEST(test_choice_not_in_the_list_is_invalid)
{
	check_answer(FIELD_CHOICE, "glass", NULL);
	CHECK_STR(v.message, "Choose one of the list");
	check_answer(FIELD_CHOICE, "grey", NULL);
}

TEST(test_yesno_accepts_y_and_n)
{
	check_answer(FIELD_YESNO, "y", "yes");
	check_answer(FIELD_YESNO, "N", "no");
	check_answer(FIELD_YESNO, "Yes", "yes");
	check_answer(FIELD_YESNO, "NO", "no");
	check_answer(FIELD_YESNO, "maybe", NULL);
}

TEST(test_service_by_title_or_id_gives_id)
{
	check_answer(FIELD_SERVICE, "Missed bin collection", "missed-bin");
	check_answer(FIELD_SERVICE, "missed BIN collection", "missed-bin");
	check_answer(FIELD_SERVICE, "pothole", "pothole");
	check_answer(FIELD_SERVICE, "Council tax", NULL);
	CHECK_STR(v.message, "Choose one of the list");
}

TEST(test_money_is_stored_in_pence)
{
	check_answer(FIELD_MONEY, "£35", "3500");
	check_answer(FIELD_MONEY, "25.50", "2550");
	check_answer(FIELD_MONEY, "-5", NULL);
}

TEST(test_number_keeps_to_the_field_range)
{
	struct catalogue_field f = field(FIELD_NUMBER, true);

	f.min = 1;
	f.max = 10;
	answer_check(NULL, &f, " 3 ", &v);
	CHECK_INT(v.result, VALIDATE_OK);
	CHECK_STR(v.normal, "3");
	answer_check(NULL, &f, "11", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
	answer_check(NULL, &f, "0", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
	answer_check(NULL, &f, "three", &v);
	CHECK_INT(v.result, VALIDATE_INVALID);
}

TEST(test_other_types_use_their_validators)
{
	check_answer(FIELD_DATE, "25/12/2026", "2026-12-25");
	check_answer(FIELD_DATE, "31/02/2026", NULL);
	check_answer(FIELD_TIME, "9.30pm", "21:30");
	check_answer(FIELD_POSTCODE, "em1 2ab", "EM1 2AB");
	check_answer(FIELD_POSTCODE, "EM1", NULL);
	check_answer(FIELD_PHONE, "01632 960123", "01632 960123");
	check_answer(FIELD_PHONE, "12345", NULL);
	check_answer(FIELD_EMAIL, "asha.patel@Example.ORG", "asha.patel@example.org");
	check_answer(FIELD_EMAIL, "asha.patel", NULL);
	check_answer(FIELD_NINO, "ab 12 34 56 c", "AB123456C");
	check_answer(FIELD_NINO, "AB123456", NULL);
}

TEST(test_longtext_allows_more_than_text)
{
	struct catalogue_field f = field(FIELD_LONGTEXT, true);
	char text[2002];

	/* A whole long answer is kept, not cut at a validator's 320 bytes. */
	memset(text, 'a', 2000);
	text[2000] = '\0';
	answer_check(NULL, &f, text, &v);
	CHECK_INT(v.result, VALIDATE_OK);
	CHECK_STR(v.normal, text);
}

/* answer_display */

static void
check_display(enum field_type type, const char *value, const char *want)
{
	struct catalogue_field f = field(type, false);
	char buf[64];

	CHECK_STR(answer_display(forms(), &f, value, buf, sizeof buf), want);
}

TEST(test_display_money_in_pounds)
{
	check_display(FIELD_MONEY, "3500", "£35.00");
	check_display(FIELD_MONEY, "123456", "£1,234.56");
	check_display(FIELD_MONEY, "5", "£0.05");
}

TEST(test_display_date_as_day_month_year)
{
	check_display(FIELD_DATE, "2026-12-25", "25/12/2026");
}

TEST(test_display_choice_label)
{
	check_display(FIELD_CHOICE, "general", "General waste (grey bin)");
	check_display(FIELD_CHOICE, "glass", "glass");	/* a choice since removed */
}

TEST(test_display_yesno)
{
	check_display(FIELD_YESNO, "yes", "Yes");
	check_display(FIELD_YESNO, "no", "No");
}

TEST(test_display_service_title)
{
	struct catalogue_field f = field(FIELD_SERVICE, false);
	char buf[64];

	check_display(FIELD_SERVICE, "missed-bin", "Missed bin collection");
	check_display(FIELD_SERVICE, "council-tax", "council-tax");
	CHECK_STR(answer_display(NULL, &f, "missed-bin", buf, sizeof buf), "missed-bin");
}

TEST(test_display_empty_and_text_as_stored)
{
	check_display(FIELD_MONEY, "", "");
	check_display(FIELD_DATE, "", "");
	check_display(FIELD_TEXT, "silver Ford Focus", "silver Ford Focus");
	check_display(FIELD_TIME, "21:30", "21:30");
}

/* answer_prefill */

static struct customer
asha(void)
{
	struct customer c;

	memset(&c, 0, sizeof c);
	snprintf(c.first_name, sizeof c.first_name, "Asha");
	snprintf(c.last_name, sizeof c.last_name, "Patel");
	snprintf(c.date_of_birth, sizeof c.date_of_birth, "03/04/1985");
	snprintf(c.phone, sizeof c.phone, "01632 960123");
	snprintf(c.email, sizeof c.email, "asha.patel@example.org");
	snprintf(c.address_line1, sizeof c.address_line1, "12 Mill Lane");
	snprintf(c.address_line2, sizeof c.address_line2, "Flat 2");
	snprintf(c.town, sizeof c.town, "Eastmere");
	snprintf(c.postcode, sizeof c.postcode, "EM1 2AB");
	return c;
}

static void
check_prefill(enum field_prefill prefill, const struct customer *c, const char *want)
{
	struct catalogue_field f = field(FIELD_TEXT, false);
	char out[ANSWER_SIZE];

	f.prefill = prefill;
	memset(out, 'x', sizeof out);
	answer_prefill(&f, c, out, sizeof out);
	CHECK_STR(out, want);
}

TEST(test_prefill_from_the_record)
{
	struct customer c = asha();

	check_prefill(PREFILL_NAME, &c, "Asha Patel");
	check_prefill(PREFILL_PHONE, &c, "01632 960123");
	check_prefill(PREFILL_EMAIL, &c, "asha.patel@example.org");
	check_prefill(PREFILL_DATE_OF_BIRTH, &c, "03/04/1985");
	check_prefill(PREFILL_POSTCODE, &c, "EM1 2AB");
	check_prefill(PREFILL_NONE, &c, "");
}

TEST(test_prefill_name_without_first_name)
{
	struct customer c = asha();

	c.first_name[0] = '\0';
	check_prefill(PREFILL_NAME, &c, "Patel");
}

TEST(test_prefill_address_joins_the_lines)
{
	struct customer c = asha();

	check_prefill(PREFILL_ADDRESS, &c, "12 Mill Lane, Flat 2, Eastmere, EM1 2AB");
}

TEST(test_prefill_address_skips_empty_lines)
{
	struct customer c = asha();

	c.address_line2[0] = '\0';
	check_prefill(PREFILL_ADDRESS, &c, "12 Mill Lane, Eastmere, EM1 2AB");
	c.town[0] = '\0';
	check_prefill(PREFILL_ADDRESS, &c, "12 Mill Lane, EM1 2AB");
	c = asha();
	c.address_line1[0] = '\0';
	check_prefill(PREFILL_ADDRESS, &c, "Flat 2, Eastmere, EM1 2AB");
	c.address_line2[0] = '\0';
	check_prefill(PREFILL_ADDRESS, &c, "Eastmere, EM1 2AB");
	c.postcode[0] = '\0';
	check_prefill(PREFILL_ADDRESS, &c, "Eastmere");
}

TEST(test_prefill_of_empty_record_is_empty)
{
	struct customer c;

	memset(&c, 0, sizeof c);
	check_prefill(PREFILL_ADDRESS, &c, "");
	check_prefill(PREFILL_PHONE, &c, "");
	check_prefill(PREFILL_NAME, &c, "");
}

TEST(test_prefilled_address_passes_its_own_check)
{
	struct catalogue_field f = field(FIELD_ADDRESS, true);
	struct customer c = asha();
	char out[ANSWER_SIZE];

	f.prefill = PREFILL_ADDRESS;
	answer_prefill(&f, &c, out, sizeof out);
	answer_check(NULL, &f, out, &v);
	CHECK_INT(v.result, VALIDATE_OK);
	CHECK_STR(v.normal, "12 Mill Lane, Flat 2, Eastmere, EM1 2AB");
}

/* answer_save_back */

static struct catalogue_field
prefilled(enum field_type type, enum field_prefill prefill)
{
	struct catalogue_field f = field(type, false);

	f.prefill = prefill;
	return f;
}

TEST(test_save_back_changed_phone)
{
	struct catalogue_field f = prefilled(FIELD_PHONE, PREFILL_PHONE);
	struct customer c = asha();

	CHECK(answer_save_back(&f, "07700 900123", &c));
	CHECK_STR(c.phone, "07700 900123");
}

TEST(test_save_back_same_phone_is_no_change)
{
	struct catalogue_field f = prefilled(FIELD_PHONE, PREFILL_PHONE);
	struct customer c = asha();

	CHECK(!answer_save_back(&f, "01632 960123", &c));
	CHECK_STR(c.phone, "01632 960123");
}

TEST(test_save_back_empty_answer_keeps_the_record)
{
	struct catalogue_field f = prefilled(FIELD_PHONE, PREFILL_PHONE);
	struct customer c = asha();

	CHECK(!answer_save_back(&f, "", &c));
	CHECK_STR(c.phone, "01632 960123");
}

TEST(test_save_back_email_and_postcode)
{
	struct catalogue_field email = prefilled(FIELD_EMAIL, PREFILL_EMAIL);
	struct catalogue_field postcode = prefilled(FIELD_POSTCODE, PREFILL_POSTCODE);
	struct customer c = asha();

	CHECK(answer_save_back(&email, "asha@example.net", &c));
	CHECK_STR(c.email, "asha@example.net");
	CHECK(answer_save_back(&postcode, "EM2 9ZZ", &c));
	CHECK_STR(c.postcode, "EM2 9ZZ");
	CHECK(!answer_save_back(&postcode, "EM2 9ZZ", &c));
}

TEST(test_save_back_date_of_birth_in_record_form)
{
	struct catalogue_field f = prefilled(FIELD_DATE, PREFILL_DATE_OF_BIRTH);
	struct customer c = asha();

	CHECK(!answer_save_back(&f, "1985-04-03", &c));
	CHECK(answer_save_back(&f, "1985-04-04", &c));
	CHECK_STR(c.date_of_birth, "04/04/1985");
}

TEST(test_save_back_never_changes_name)
{
	struct catalogue_field f = prefilled(FIELD_TEXT, PREFILL_NAME);
	struct catalogue_field none = prefilled(FIELD_PHONE, PREFILL_NONE);
	struct customer c = asha();

	CHECK(!answer_save_back(&f, "Asha Shah", &c));
	CHECK_STR(c.last_name, "Patel");
	CHECK(!answer_save_back(&none, "07700 900123", &c));
	CHECK_STR(c.phone, "01632 960123");
}

TEST(test_save_back_address_into_lines)
{
	struct catalogue_field f = prefilled(FIELD_ADDRESS, PREFILL_ADDRESS);
	struct customer c = asha();

	CHECK(answer_save_back(&f, "7 Station Road, Northside, Westmere, WM4 1XY", &c));
	CHECK_STR(c.address_line1, "7 Station Road");
	CHECK_STR(c.address_line2, "Northside");
	CHECK_STR(c.town, "Westmere");
	CHECK_STR(c.postcode, "WM4 1XY");
}

TEST(test_save_back_same_address_is_no_change)
{
	struct catalogue_field f = prefilled(FIELD_ADDRESS, PREFILL_ADDRESS);
	struct customer c = asha();

	CHECK(!answer_save_back(&f, "12 Mill Lane, Flat 2, Eastmere, EM1 2AB", &c));
	CHECK_STR(c.address_line1, "12 Mill Lane");
	CHECK_STR(c.address_line2, "Flat 2");
}

TEST(test_save_back_short_address_clears_town_and_line_2)
{
	struct catalogue_field f = prefilled(FIELD_ADDRESS, PREFILL_ADDRESS);
	struct customer c = asha();

	CHECK(answer_save_back(&f, "14 Mill Lane, Eastmere, EM1 2AB", &c));
	CHECK_STR(c.address_line1, "14 Mill Lane");
	CHECK_STR(c.address_line2, "");
	CHECK_STR(c.town, "Eastmere");
	CHECK(answer_save_back(&f, "14 Mill Lane, EM1 2AB", &c));
	CHECK_STR(c.town, "");
	CHECK_STR(c.postcode, "EM1 2AB");
}

TEST(test_save_back_long_address_keeps_every_part)
{
	struct catalogue_field f = prefilled(FIELD_ADDRESS, PREFILL_ADDRESS);
	struct customer c = asha();

	CHECK(answer_save_back(&f, "Flat 2, Mill House, 12 Mill Lane, Northside, Eastmere, "
	    "Eastmereshire, EM1 2AB", &c));
	CHECK_STR(c.address_line1, "Flat 2");
	CHECK_STR(c.address_line2, "Mill House, 12 Mill Lane, Northside, Eastmere");
	CHECK_STR(c.town, "Eastmereshire");
	CHECK_STR(c.postcode, "EM1 2AB");
}

TEST(test_save_back_address_without_comma_keeps_the_record)
{
	struct catalogue_field f = prefilled(FIELD_ADDRESS, PREFILL_ADDRESS);
	struct customer c = asha();

	CHECK(!answer_save_back(&f, "12 Mill Lane", &c));
	CHECK_STR(c.address_line1, "12 Mill Lane");
	CHECK_STR(c.postcode, "EM1 2AB");
}

/* answer_place */

/* Places answers for a service whose fields have types (n of them). */
static void
place(const enum field_type *types, int n, char *const *values, char *location, size_t lsize,
    char postcode[10])
{
	struct catalogue_field fields[8];
	struct catalogue_service s = { .fields = fields, .nfields = n };

	for (int i = 0; i < n; i++)
		fields[i] = field(types[i], false);
	answer_place(&s, values, location, lsize, postcode);
}

TEST(test_place_from_missed_bin_address)
{
	const struct catalogue *c = forms();
	const struct catalogue_service *s = c != NULL ? catalogue_find(c, "missed-bin") : NULL;
	char *values[] = { "12 Mill Lane, Eastmere, EM1 2AB", "general", "2026-03-02", "yes", "",
	    "01632 960123", "" };
	char location[200], postcode[10];

	if (!CHECK(s != NULL) || !CHECK_INT(s->nfields, 7))
		return;
	answer_place(s, values, location, sizeof location, postcode);
	CHECK_STR(location, "12 Mill Lane, Eastmere, EM1 2AB");
	CHECK_STR(postcode, "EM1 2AB");
}

TEST(test_place_from_location_and_postcode_fields)
{
	static const enum field_type types[] = { FIELD_LOCATION, FIELD_POSTCODE, FIELD_CHOICE };
	char *values[] = { "outside 14 Mill Lane, by the bus stop", "EM1 2AB", "road" };
	char location[200], postcode[10];

	place(types, 3, values, location, sizeof location, postcode);
	CHECK_STR(location, "outside 14 Mill Lane, by the bus stop");
	CHECK_STR(postcode, "EM1 2AB");
}

TEST(test_place_location_without_postcode)
{
	static const enum field_type types[] = { FIELD_LOCATION, FIELD_POSTCODE };
	char *values[] = { "outside 14 Mill Lane", "" };
	char location[200], postcode[10] = "junk";

	place(types, 2, values, location, sizeof location, postcode);
	CHECK_STR(location, "outside 14 Mill Lane");
	CHECK_STR(postcode, "");
}

TEST(test_place_takes_the_first_answered_place)
{
	static const enum field_type types[] = { FIELD_TEXT, FIELD_LOCATION, FIELD_ADDRESS,
	    FIELD_LOCATION };
	char *values[] = { "a silver Ford Focus", "", "7 Station Road, Westmere, WM4 1XY",
	    "by the bus stop" };
	char location[200], postcode[10];

	place(types, 4, values, location, sizeof location, postcode);
	CHECK_STR(location, "7 Station Road, Westmere, WM4 1XY");
	CHECK_STR(postcode, "WM4 1XY");
}

TEST(test_place_with_no_place_is_empty)
{
	static const enum field_type types[] = { FIELD_SERVICE, FIELD_LONGTEXT };
	char *values[] = { "missed-bin", "The crew was rude" };
	char location[200] = "junk", postcode[10] = "junk";

	place(types, 2, values, location, sizeof location, postcode);
	CHECK_STR(location, "");
	CHECK_STR(postcode, "");
}

TEST(test_place_cuts_location_to_its_buffer)
{
	static const enum field_type types[] = { FIELD_LOCATION };
	char *values[] = { "outside 14 Mill Lane" };
	char location[8], postcode[10];

	place(types, 1, values, location, sizeof location, postcode);
	CHECK_STR(location, "outside");
}

static void
free_shipped(void)
{
	catalogue_free(shipped);
	shipped = NULL;
}

TEST(test_catalogue_is_freed)
{
	free_shipped();
	CHECK(shipped == NULL);
}

static const struct test tests[] = {
	TEST_ENTRY(test_required_empty_is_invalid_for_every_type),
	TEST_ENTRY(test_required_white_space_only_is_invalid),
	TEST_ENTRY(test_optional_empty_is_ok_and_empty_for_every_type),
	TEST_ENTRY(test_text_is_trimmed),
	TEST_ENTRY(test_text_over_max_length_is_invalid),
	TEST_ENTRY(test_text_length_counts_characters_not_bytes),
	TEST_ENTRY(test_address_postcode_is_normalised),
	TEST_ENTRY(test_address_without_comma_before_postcode_is_accepted),
	TEST_ENTRY(test_address_without_postcode_is_invalid),
	TEST_ENTRY(test_address_of_only_a_postcode_is_invalid),
	TEST_ENTRY(test_address_over_max_length_is_invalid),
	TEST_ENTRY(test_choice_by_code_or_label_gives_code),
	TEST_ENTRY(test_choice_not_in_the_list_is_invalid),
	TEST_ENTRY(test_yesno_accepts_y_and_n),
	TEST_ENTRY(test_service_by_title_or_id_gives_id),
	TEST_ENTRY(test_money_is_stored_in_pence),
	TEST_ENTRY(test_number_keeps_to_the_field_range),
	TEST_ENTRY(test_other_types_use_their_validators),
	TEST_ENTRY(test_longtext_allows_more_than_text),
	TEST_ENTRY(test_display_money_in_pounds),
	TEST_ENTRY(test_display_date_as_day_month_year),
	TEST_ENTRY(test_display_choice_label),
	TEST_ENTRY(test_display_yesno),
	TEST_ENTRY(test_display_service_title),
	TEST_ENTRY(test_display_empty_and_text_as_stored),
	TEST_ENTRY(test_prefill_from_the_record),
	TEST_ENTRY(test_prefill_name_without_first_name),
	TEST_ENTRY(test_prefill_address_joins_the_lines),
	TEST_ENTRY(test_prefill_address_skips_empty_lines),
	TEST_ENTRY(test_prefill_of_empty_record_is_empty),
	TEST_ENTRY(test_prefilled_address_passes_its_own_check),
	TEST_ENTRY(test_save_back_changed_phone),
	TEST_ENTRY(test_save_back_same_phone_is_no_change),
	TEST_ENTRY(test_save_back_empty_answer_keeps_the_record),
	TEST_ENTRY(test_save_back_email_and_postcode),
	TEST_ENTRY(test_save_back_date_of_birth_in_record_form),
	TEST_ENTRY(test_save_back_never_changes_name),
	TEST_ENTRY(test_save_back_address_into_lines),
	TEST_ENTRY(test_save_back_same_address_is_no_change),
	TEST_ENTRY(test_save_back_short_address_clears_town_and_line_2),
	TEST_ENTRY(test_save_back_long_address_keeps_every_part),
	TEST_ENTRY(test_save_back_address_without_comma_keeps_the_record),
	TEST_ENTRY(test_place_from_missed_bin_address),
	TEST_ENTRY(test_place_from_location_and_postcode_fields),
	TEST_ENTRY(test_place_location_without_postcode),
	TEST_ENTRY(test_place_takes_the_first_answered_place),
	TEST_ENTRY(test_place_with_no_place_is_empty),
	TEST_ENTRY(test_place_cuts_location_to_its_buffer),
	TEST_ENTRY(test_catalogue_is_freed),
};

HARNESS_MAIN(tests)
