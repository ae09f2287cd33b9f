/*
 * Tests for core/catalogue: the shipped catalogue under forms/ (tests run from the repository
 * root), and broken service line files in a temporary forms folder (under $CIVICDESK_TEST_TMP,
 * or /tmp), each reported at its line and skipped while a good file beside it still loads.
 */
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalogue.h"
#include "choice.h"
#include "harness.h"

/* The shipped catalogue, loaded once for the tests that read it. */
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

static const struct catalogue_service *
service(const char *id)
{
	const struct catalogue *c = forms();
	const struct catalogue_service *s = c != NULL ? catalogue_find(c, id) : NULL;

	harness_check(s != NULL, __FILE__, __LINE__, "no service \"%s\" in forms/", id);
	return s;
}

static int
count_type(const struct catalogue *c, const char *type)
{
	int n = 0;

	for (int i = 0; i < c->count; i++)
		n += strcmp(c->services[i].type, type) == 0;
	return n;
}

static int
type_rank(const char *type)
{
	const struct choice *t = choice_find(catalogue_process_types, type);

	return t != NULL ? (int)(t - catalogue_process_types) : -1;
}

TEST(test_shipped_catalogue_has_no_problems)
{
	const struct catalogue *c = forms();

	if (c == NULL)
		return;
	for (int i = 0; i < c->nproblems; i++)
		harness_check(false, __FILE__, __LINE__, "%s", c->problems[i]);
	CHECK_INT(c->nproblems, 0);
}

TEST(test_shipped_catalogue_has_reports_requests_and_feedback)
{
	const struct catalogue *c = forms();

	if (c == NULL)
		return;
	CHECK(count_type(c, "report") >= 6);
	CHECK(count_type(c, "request") >= 5);
	CHECK_INT(count_type(c, "feedback"), 3);
	for (int i = 0; i < c->count; i++)
		harness_check(type_rank(c->services[i].type) >= 0, __FILE__, __LINE__,
		    "%s has unknown type %s", c->services[i].id, c->services[i].type);
}

TEST(test_shipped_feedback_has_complaint_compliment_and_comment)
{
	static const char *const kinds[] = { "complaint", "compliment", "comment" };

	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		const struct catalogue_service *s = service(kinds[i]);

		if (s == NULL)
			continue;
		CHECK_STR(s->type, "feedback");
		CHECK_STR(s->kind, kinds[i]);
		CHECK_INT(s->fields[0].type, FIELD_SERVICE);
	}
}

TEST(test_services_are_sorted_by_process_type_then_title)
{
	const struct catalogue *c = forms();

	if (c == NULL)
		return;
	for (int i = 1; i < c->count; i++) {
		const struct catalogue_service *a = &c->services[i - 1], *b = &c->services[i];
		int d = type_rank(a->type) - type_rank(b->type);

		harness_check(d < 0 || (d == 0 && strcmp(a->title, b->title) < 0), __FILE__,
		    __LINE__, "\"%s\" (%s) comes before \"%s\" (%s)", a->title, a->type, b->title,
		    b->type);
	}
	CHECK_STR(c->services[0].id, "abandoned-vehicle");
	CHECK_STR(c->services[c->count - 1].type, "feedback");
}

TEST(test_missed_bin_service_settings)
{
	const struct catalogue_service *s = service("missed-bin");

	if (s == NULL)
		return;
	CHECK_STR(s->title, "Missed bin collection");
	CHECK_STR(s->type, "report");
	CHECK_STR(s->kind, "");
	CHECK_STR(s->department, "Waste and Recycling");
	CHECK_STR(s->team, "Waste collections");
	CHECK_STR(s->web, "https://www.eastmere.gov.uk/report/missed-bin");
	CHECK_STR(s->script, "missed-bin");
	CHECK_STR(s->letters, "acknowledgement");
	CHECK_INT(s->standard_days, 2);
	CHECK_INT(s->stage2_days, 0);
	CHECK_INT(s->fee_pence, 0);
	CHECK_STR(s->fee_note, "");
	CHECK_STR(s->path, "forms/report/missed-bin.ini");
}

TEST(test_missed_bin_fields_in_file_order)
{
	static const struct { const char *name; enum field_type type; bool required; } want[] = {
		{ "address", FIELD_ADDRESS, true },
		{ "bin", FIELD_CHOICE, true },
		{ "collection_date", FIELD_DATE, true },
		{ "out_by_7am", FIELD_YESNO, true },
		{ "street_missed", FIELD_YESNO, false },
		{ "phone", FIELD_PHONE, false },
		{ "notes", FIELD_LONGTEXT, false },
	};
	const struct catalogue_service *s = service("missed-bin");

	if (s == NULL || !CHECK_INT(s->nfields, (int)(sizeof want / sizeof want[0])))
		return;
	for (int i = 0; i < s->nfields; i++) {
		CHECK_STR(s->fields[i].name, want[i].name);
		CHECK_INT(s->fields[i].type, want[i].type);
		CHECK_INT(s->fields[i].required, want[i].required);
	}
}

TEST(test_missed_bin_first_field_is_prefilled_address)
{
	const struct catalogue_service *s = service("missed-bin");

	if (s == NULL)
		return;
	CHECK_INT(s->fields[0].prefill, PREFILL_ADDRESS);
	CHECK_STR(s->fields[0].label, "Address of the missed bin");
	CHECK_STR(s->fields[0].help, "Where the bin was left out, ending with the postcode");
	CHECK_INT(s->fields[0].max_length, 200);
	CHECK_INT(s->fields[5].prefill, PREFILL_PHONE);
	CHECK_INT(s->fields[1].prefill, PREFILL_NONE);
}

TEST(test_missed_bin_choices_and_lengths)
{
	const struct catalogue_service *s = service("missed-bin");
	const struct choice *bins;

	if (s == NULL)
		return;
	bins = s->fields[1].choices;
	if (!CHECK(bins != NULL))
		return;
	CHECK_INT(choice_count(bins), 5);
	CHECK_STR(bins[0].code, "general");
	CHECK_STR(bins[0].label, "General waste (grey bin)");
	CHECK_STR(bins[4].code, "glass");
	CHECK_STR(bins[4].label, "Glass box");
	CHECK(s->fields[0].choices == NULL);
	CHECK_STR(s->fields[2].help, "We can only return for bins missed in the last 2 working days");
	CHECK_STR(s->fields[4].help, "");
	CHECK_INT(s->fields[6].max_length, 500);
}

TEST(test_complaint_has_stage_two)
{
	const struct catalogue_service *s = service("complaint");

	if (s == NULL)
		return;
	CHECK_INT(s->standard_days, 5);
	CHECK_INT(s->stage2_days, 20);
	CHECK_INT(s->duplicate_days, 0);
}

TEST(test_report_duplicate_days_defaults_to_30)
{
	const struct catalogue *c = forms();

	if (c == NULL)
		return;
	for (int i = 0; i < c->count; i++)
		if (strcmp(c->services[i].type, "report") == 0)
			CHECK_INT(c->services[i].duplicate_days, 30);
		else
			CHECK_INT(c->services[i].duplicate_days, 0);
}

TEST(test_bulky_waste_fee_and_number_range)
{
	const struct catalogue_service *s = service("bulky-waste");

	if (s == NULL)
		return;
	CHECK_INT(s->fee_pence, 3500);
	CHECK_STR(s->fee_note, "for up to three items");
	CHECK_STR(s->fund, "fees");
	CHECK_STR(s->fields[2].name, "item_count");
	CHECK_INT(s->fields[2].type, FIELD_NUMBER);
	CHECK_INT(s->fields[2].min, 1);
	CHECK_INT(s->fields[2].max, 10);
	CHECK_INT(s->fields[1].max_length, 1000);
}

TEST(test_notice_texts)
{
	const struct catalogue_service *bin = service("missed-bin");
	const struct catalogue_service *complaint = service("complaint");

	if (bin == NULL || complaint == NULL)
		return;
	CHECK_STR(catalogue_notice(bin, "opened"), "Thank you {{first_name}}. Your missed bin report "
	    "is {{reference}}. We aim to collect it by {{due}}.");
	CHECK_STR(catalogue_notice(bin, "resolved"),
	    "Your missed bin report {{reference}} is resolved: {{note}}");
	CHECK(catalogue_notice(bin, "awaiting_customer") == NULL);
	CHECK(catalogue_notice(bin, "closed") == NULL);
	CHECK_STR(catalogue_notice(complaint, "closed"), "Your complaint {{reference}} is closed. "
	    "If you are still unhappy, contact us to ask for a stage 2 review.");
	CHECK(catalogue_notice(complaint, "cancelled") == NULL);
}

TEST(test_find_unknown_id_is_null)
{
	const struct catalogue *c = forms();

	if (c == NULL)
		return;
	CHECK(catalogue_find(c, "no-such-service") == NULL);
	CHECK(catalogue_find(c, "") == NULL);
}

TEST(test_missing_forms_dir_is_io_error)
{
	struct error err = { 0 };
	const char *dir = "tests/no-such-forms-dir";
	struct catalogue *c = catalogue_load(dir, &err);

	CHECK(c == NULL);
	CHECK_INT(err.status, STATUS_IO_ERROR);
	CHECK(strstr(err.detail, dir) != NULL);
	catalogue_free(c);
}

/* A temporary forms folder. */

static char tmp_forms[512];

static int
remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Makes an empty forms folder with report/, request/ and feedback/ in tmp_forms. */
static bool
make_forms(void)
{
	static const char *const folders[] = { "report", "request", "apply", "feedback" };
	const char *tmp = getenv("CIVICDESK_TEST_TMP");
	char path[600];

	snprintf(tmp_forms, sizeof tmp_forms, "%s/civicdesk-forms-XXXXXX",
	    tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
	if (!CHECK(mkdtemp(tmp_forms) != NULL))
		return false;
	for (size_t i = 0; i < sizeof folders / sizeof folders[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", tmp_forms, folders[i]);
		if (!CHECK(mkdir(path, 0700) == 0))
			return false;
	}
	return true;
}

static void
remove_forms(void)
{
	CHECK(nftw(tmp_forms, remove_entry, 8, FTW_DEPTH | FTW_PHYS) == 0);
}

/* Writes text to tmp_forms/folder/name.ini. */
static bool
write_form(const char *folder, const char *name, const char *text)
{
	char path[700];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s/%s.ini", tmp_forms, folder, name);
	if (!CHECK((f = fopen(path, "w")) != NULL))
		return false;
	fputs(text, f);
	return CHECK(fclose(f) == 0);
}

/* A service line with nothing wrong with it, for folder. */
static bool
write_good(const char *folder)
{
	char text[512];

	snprintf(text, sizeof text,
	    "[service]\n"
	    "id = \"good\"\n"
	    "title = \"Good service\"\n"
	    "type = %s\n"
	    "%s"
	    "department = \"Highways\"\n"
	    "standard_days = 5\n"
	    "[field.where]\n"
	    "type = location\n"
	    "label = \"Where is it?\"\n",
	    folder, strcmp(folder, "feedback") == 0 ? "kind = comment\n" : "");
	return write_form(folder, "good", text);
}

/*
 * Loads a forms folder holding folder/good.ini and folder/bad.ini (text), and checks that
 * bad.ini is skipped with exactly the problems in want (each "LINE: message", after the file's
 * path; NULL ends them) while good.ini still loads.
 */
static void
check_bad(const char *folder, const char *text, const char *const *want)
{
	struct error err = { 0 };
	struct catalogue *c;
	char expected[1200];
	int n = 0;

	if (!make_forms())
		return;
	if (!write_good(folder) || !write_form(folder, "bad", text)) {
		remove_forms();
		return;
	}
	c = catalogue_load(tmp_forms, &err);
	if (CHECK(c != NULL)) {
		for (; want[n] != NULL; n++) {
			snprintf(expected, sizeof expected, "%s/%s/bad.ini:%s", tmp_forms, folder,
			    want[n]);
			CHECK_STR(n < c->nproblems ? c->problems[n] : "(no problem)", expected);
		}
		for (int i = n; i < c->nproblems; i++)
			harness_check(false, __FILE__, __LINE__, "also: %s", c->problems[i]);
		CHECK_INT(c->nproblems, n);
		CHECK(catalogue_find(c, "bad") == NULL);
		CHECK(catalogue_find(c, "good") != NULL);
		CHECK_INT(c->count, 1);
	}
	catalogue_free(c);
	remove_forms();
}

/* check_bad with one problem. */
static void
check_problem(const char *folder, const char *text, const char *want)
{
	const char *const list[] = { want, NULL };

	check_bad(folder, text, list);
}

/* The first seven lines of a broken file, so later lines have known numbers. */
#define SERVICE(type) \
	"; A service line with one thing wrong with it\n"	/* 1 */ \
	"[service]\n"						/* 2 */ \
	"id = \"bad\"\n"					/* 3 */ \
	"title = \"Broken service\"\n"				/* 4 */ \
	"type = " type "\n"					/* 5 */ \
	"department = \"Highways\"\n"				/* 6 */ \
	"standard_days = 10\n"					/* 7 */

/* Lines 8 to 10, after SERVICE. */
#define FIELD \
	"[field.where]\n"					/* 8 */ \
	"type = location\n"					/* 9 */ \
	"label = \"Where is it?\"\n"				/* 10 */

/* Checks that bad.ini, with text, loads without problems beside good.ini after all. */
static void
check_loads(const char *folder, const char *text)
{
	struct error err = { 0 };
	struct catalogue *c;

	if (!make_forms())
		return;
	if (write_good(folder) && write_form(folder, "bad", text)) {
		c = catalogue_load(tmp_forms, &err);
		if (CHECK(c != NULL)) {
			for (int i = 0; i < c->nproblems; i++)
				harness_check(false, __FILE__, __LINE__, "%s", c->problems[i]);
			CHECK_INT(c->nproblems, 0);
			CHECK_INT(c->count, 2);
			CHECK(catalogue_find(c, "bad") != NULL);
		}
		catalogue_free(c);
	}
	remove_forms();
}

TEST(test_good_temporary_file_loads)
{
	check_loads("report", SERVICE("report") FIELD);
}

TEST(test_inline_comment_after_a_space_is_fine)
{
	check_loads("report", SERVICE("report") FIELD
	    "required = yes ; ask every time\n"
	    "help = \"Street; and landmark\" # quoted, so kept whole\n");
}

TEST(test_unquoted_hash_in_value)
{
	check_problem("report", SERVICE("report")
	    "web = https://www.eastmere.gov.uk/report#bad\n"	/* 8 */
	    FIELD,
	    "8: put this value in double quotes: unquoted, it is cut at the '#'");
}

TEST(test_unquoted_semicolon_in_value)
{
	check_problem("report", SERVICE("report") FIELD
	    "help = Bins;boxes and caddies\n",			/* 11 */
	    "11: put this value in double quotes: unquoted, it is cut at the ';'");
}

TEST(test_quote_not_closed_at_end_of_value)
{
	check_problem("report", SERVICE("report")
	    "summary = \"Bins\" and boxes\n"			/* 8 */
	    FIELD,
	    "8: the quote that starts this value is not closed at its end");
}

TEST(test_garbage_line)
{
	check_problem("report", SERVICE("report") FIELD
	    "this line is nonsense\n",				/* 11 */
	    "11: not a [section], a \"key = value\" line or a ; comment");
}

TEST(test_broken_section_line)
{
	check_problem("report", SERVICE("report") FIELD
	    "[field.bin\n",					/* 11 */
	    "11: a section line looks like [service]");
}

TEST(test_setting_before_any_section)
{
	check_problem("report",
	    "; Missed bins\n"					/* 1 */
	    "title = \"Missed bin\"\n"				/* 2 */
	    "[service]\n"					/* 3 */
	    "id = \"bad\"\n"
	    "type = report\n"
	    "department = \"Highways\"\n"
	    "standard_days = 10\n"
	    FIELD,
	    "2: a setting before any [section]");
}

TEST(test_unknown_section)
{
	check_problem("report", SERVICE("report") FIELD
	    "\n"						/* 11 */
	    "[fields.extra]\n",					/* 12 */
	    "12: unknown section [fields.extra]: use [service], [field.NAME], [evidence.NAME] "
	    "(NAME in lower case letters, digits and _) or [notify]");
}

TEST(test_field_name_with_a_space_is_unknown_section)
{
	check_problem("report", SERVICE("report") FIELD
	    "[field.bin colour]\n",				/* 11 */
	    "11: unknown section [field.bin colour]: use [service], [field.NAME], [evidence.NAME] "
	    "(NAME in lower case letters, digits and _) or [notify]");
}

TEST(test_unknown_key_in_service)
{
	check_problem("report", SERVICE("report")
	    "colour = red\n"					/* 8 */
	    FIELD,
	    "8: unknown setting \"colour\" in [service]");
}

TEST(test_unknown_key_in_field)
{
	check_problem("report", SERVICE("report") FIELD
	    "placeholder = \"14 Mill Lane\"\n",			/* 11 */
	    "11: unknown setting \"placeholder\" in [field.where]");
}

TEST(test_missing_required_key_names_the_service_line)
{
	check_problem("report",
	    "; Missed bins\n"					/* 1 */
	    "\n"						/* 2 */
	    "[service]\n"					/* 3 */
	    "id = \"bad\"\n"
	    "title = \"Broken service\"\n"
	    "type = report\n"
	    "standard_days = 10\n"
	    FIELD,
	    "3: [service] needs department");
}

TEST(test_missing_field_label_names_the_field_line)
{
	check_problem("report", SERVICE("report")
	    "[field.where]\n"					/* 8 */
	    "type = location\n",				/* 9 */
	    "8: [field.where] needs label");
}

TEST(test_missing_service_section)
{
	check_problem("report",
	    "; Only a field\n"
	    FIELD,
	    "1: the file has no [service] section");
}

TEST(test_service_without_fields)
{
	check_problem("report", SERVICE("report"),
	    "2: a service line needs at least one [field.NAME]");
}

TEST(test_id_must_be_the_file_name)
{
	check_problem("report",
	    "[service]\n"					/* 1 */
	    "title = \"Broken service\"\n"			/* 2 */
	    "id = \"missed-bins\"\n"				/* 3 */
	    "type = report\n"
	    "department = \"Highways\"\n"
	    "standard_days = 10\n"
	    FIELD,
	    "3: id \"missed-bins\" should be the file's name, \"bad\"");
}

TEST(test_type_must_be_the_folder)
{
	check_problem("report", SERVICE("request") FIELD,
	    "5: type \"request\" should be the folder's name, \"report\"");
}

TEST(test_id_must_be_unique_across_folders)
{
	struct error err = { 0 };
	struct catalogue *c;
	char want[700];

	if (!make_forms())
		return;
	if (write_form("report", "bad", SERVICE("report") FIELD) &&
	    write_form("request", "bad", SERVICE("request") FIELD)) {
		c = catalogue_load(tmp_forms, &err);
		snprintf(want, sizeof want, "%s/request/bad.ini:3: another file already has id "
		    "\"bad\"", tmp_forms);
		if (CHECK(c != NULL) && CHECK_INT(c->nproblems, 1)) {
			CHECK_STR(c->problems[0], want);
			CHECK_INT(c->count, 1);
			CHECK_STR(c->services[0].type, "report");
		}
		catalogue_free(c);
	}
	remove_forms();
}

TEST(test_standard_days_out_of_range)
{
	check_problem("report",
	    "[service]\n"					/* 1 */
	    "id = \"bad\"\n"
	    "title = \"Broken service\"\n"
	    "type = report\n"
	    "department = \"Highways\"\n"
	    "standard_days = 0\n"				/* 6 */
	    FIELD,
	    "6: standard_days should be a whole number from 1 to 365");
}

TEST(test_choice_field_without_choices)
{
	check_problem("report", SERVICE("report") FIELD
	    "\n"						/* 11 */
	    "[field.bin]\n"					/* 12 */
	    "type = choice\n"
	    "label = \"Which bin?\"\n",
	    "12: a choice field needs choices");
}

TEST(test_choices_on_a_text_field)
{
	check_problem("report", SERVICE("report")
	    "[field.bin]\n"					/* 8 */
	    "type = text\n"
	    "label = \"Which bin?\"\n"
	    "choices = \"general: General | food: Food\"\n",
	    "8: only a choice field has choices");
}

#define CHOICE_FIELD(choices) \
	SERVICE("report") \
	"[field.bin]\n"						/* 8 */ \
	"type = choice\n"					/* 9 */ \
	"label = \"Which bin?\"\n"				/* 10 */ \
	"choices = " choices "\n"				/* 11 */

TEST(test_choices_without_labels)
{
	check_problem("report", CHOICE_FIELD("\"general | recycling\""),
	    "11: choices: write each choice as \"code: Label\", separated by |");
}

TEST(test_choices_with_capital_code)
{
	check_problem("report", CHOICE_FIELD("\"General: General waste | food: Food caddy\""),
	    "11: choices: a choice's code is lower case letters, digits and _");
}

TEST(test_choices_with_empty_label)
{
	check_problem("report", CHOICE_FIELD("\"general: | food: Food caddy\""),
	    "11: choices: a choice's code is lower case letters, digits and _");
}

TEST(test_choices_need_two)
{
	check_problem("report", CHOICE_FIELD("\"general: General waste\""),
	    "11: choices: give at least two choices");
}

TEST(test_min_on_a_text_field)
{
	check_problem("report", SERVICE("report") FIELD
	    "min = 1\n",					/* 11 */
	    "11: only a number field has min and max");
}

TEST(test_max_on_a_text_field)
{
	check_problem("report", SERVICE("report") FIELD
	    "help = \"Street and landmark\"\n"			/* 11 */
	    "max = 5\n",					/* 12 */
	    "12: only a number field has min and max");
}

TEST(test_number_min_not_a_number)
{
	check_problem("report", SERVICE("report")
	    "[field.bins]\n"					/* 8 */
	    "type = number\n"
	    "label = \"How many bins?\"\n"
	    "min = one\n",					/* 11 */
	    "11: min should be a whole number");
}

TEST(test_number_max_below_min)
{
	check_problem("report", SERVICE("report")
	    "[field.bins]\n"					/* 8 */
	    "type = number\n"
	    "label = \"How many bins?\"\n"
	    "min = 5\n"
	    "max = 3\n",					/* 12 */
	    "12: max is smaller than min");
}

TEST(test_unknown_field_type)
{
	check_problem("report", SERVICE("report")
	    "[field.where]\n"					/* 8 */
	    "type = colour\n"					/* 9 */
	    "label = \"Where is it?\"\n",
	    "9: unknown type \"colour\"");
}

TEST(test_unknown_prefill)
{
	check_problem("report", SERVICE("report") FIELD
	    "prefill = nickname\n",				/* 11 */
	    "11: unknown prefill \"nickname\"");
}

TEST(test_required_must_be_yes_or_no)
{
	check_problem("report", SERVICE("report") FIELD
	    "required = true\n",				/* 11 */
	    "11: required should be yes or no");
}

TEST(test_notify_key_not_a_status)
{
	check_problem("report", SERVICE("report") FIELD
	    "[notify]\n"					/* 11 */
	    "opened = \"We have it: {{reference}}\"\n"		/* 12 */
	    "sent = \"We sent it\"\n",				/* 13 */
	    "13: [notify] keys are opened or a status (in_progress, awaiting_customer, resolved, "
	    "closed, cancelled), not \"sent\"");
}

TEST(test_notify_key_new_is_not_a_moment)
{
	check_problem("report", SERVICE("report") FIELD
	    "[notify]\n"					/* 11 */
	    "new = \"We have it: {{reference}}\"\n",		/* 12 */
	    "12: [notify] keys are opened or a status (in_progress, awaiting_customer, resolved, "
	    "closed, cancelled), not \"new\"");
}

TEST(test_notify_unknown_placeholder)
{
	check_problem("report", SERVICE("report") FIELD
	    "[notify]\n"					/* 11 */
	    "opened = \"Your report {{ref}} is open\"\n",	/* 12 */
	    "12: unknown name {{ref}} (names: reference, title, due, status, note, council, "
	    "first_name)");
}

TEST(test_notify_unclosed_placeholder)
{
	check_problem("report", SERVICE("report") FIELD
	    "[notify]\n"					/* 11 */
	    "opened = \"Your report {{reference} is open\"\n",	/* 12 */
	    "12: {{ is not closed by }} (names: reference, title, due, status, note, council, "
	    "first_name)");
}

TEST(test_line_over_1000_characters)
{
	char text[2000], summary[1001];

	memset(summary, 'x', 1000);
	summary[1000] = '\0';
	/* 11 + 1000 + 1 = 1012 characters, then the newline */
	snprintf(text, sizeof text, "%s" "summary = \"%s\"\n" "%s", SERVICE("report"), summary,
	    FIELD);
	check_problem("report", text, "8: the line is 1012 characters long; keep it under 1000");
}

TEST(test_line_of_1000_characters_with_crlf)
{
	char text[2000], summary[1000];

	memset(summary, 'x', 988);
	summary[988] = '\0';
	snprintf(text, sizeof text, "[service]\r\nsummary = \"%s\"\r\n", summary);
	check_problem("report", text, "2: the line is 1000 characters long; keep it under 1000");
}

TEST(test_crlf_file_loads)
{
	check_loads("report",
	    "[service]\r\n"
	    "id = \"bad\"\r\n"
	    "title = \"Written on Windows\"\r\n"
	    "type = report\r\n"
	    "department = \"Highways\"\r\n"
	    "standard_days = 10\r\n"
	    "[field.where]\r\n"
	    "type = location\r\n"
	    "label = \"Where is it?\"\r\n");
}

TEST(test_line_of_999_characters_is_fine)
{
	char text[2000], summary[1000];

	memset(summary, 'x', 987);
	summary[987] = '\0';
	snprintf(text, sizeof text, "%s" "summary = \"%s\"\n" "%s", SERVICE("report"), summary,
	    FIELD);
	check_loads("report", text);
}

TEST(test_comment_ending_in_backslash)
{
	/* iniparser would swallow the [service] line into the comment */
	check_problem("report",
	    "; Service lines live in forms\\\n"		/* 1 */
	    "[service]\n"
	    "id = \"bad\"\n"
	    "title = \"Broken service\"\n"
	    "type = report\n"
	    "department = \"Highways\"\n"
	    "standard_days = 10\n"
	    FIELD,
	    "1: a line must not end in \\: iniparser would join the next line to it");
}

TEST(test_line_ending_in_backslash)
{
	check_problem("report", SERVICE("report") FIELD
	    "[notify]\n"					/* 11 */
	    "opened = Thank you, we have report {{reference}} \\\n"	/* 12 */
	    "resolved = \"Report {{reference}} is resolved\"\n",
	    "12: a line must not end in \\: iniparser would join the next line to it");
}

TEST(test_key_set_twice)
{
	check_problem("report", SERVICE("report")
	    "title = \"Another title\"\n"			/* 8 */
	    FIELD,
	    "8: \"title\" is set twice in [service]");
}

TEST(test_section_twice)
{
	check_problem("report", SERVICE("report") FIELD
	    "[field.where]\n",					/* 11 */
	    "11: [field.where] appears twice");
}

TEST(test_empty_file)
{
	check_problem("report", "", "1: the file is empty");
}

TEST(test_feedback_without_kind)
{
	check_problem("feedback", SERVICE("feedback") FIELD,
	    "2: feedback needs kind = complaint, compliment or comment");
}

TEST(test_kind_outside_feedback)
{
	check_problem("report", SERVICE("report")
	    "kind = complaint\n"				/* 8 */
	    FIELD,
	    "8: only feedback has a kind");
}

TEST(test_complaint_without_stage2_days)
{
	check_problem("feedback", SERVICE("feedback")
	    "kind = complaint\n"				/* 8 */
	    FIELD,
	    "2: a complaint, and only a complaint, needs stage2_days");
}

TEST(test_stage2_days_outside_complaints)
{
	check_problem("feedback", SERVICE("feedback")
	    "kind = comment\n"					/* 8 */
	    "stage2_days = 20\n"				/* 9 */
	    FIELD,
	    "9: a complaint, and only a complaint, needs stage2_days");
}

TEST(test_duplicate_days_outside_reports)
{
	check_problem("request", SERVICE("request")
	    "duplicate_days = 30\n"				/* 8 */
	    FIELD,
	    "8: only reports look for duplicates");
}

TEST(test_web_must_be_https)
{
	check_problem("report", SERVICE("report")
	    "web = \"http://www.eastmere.gov.uk/report/bad\"\n"	/* 8 */
	    FIELD,
	    "8: web should start https://");
}

TEST(test_two_problems_in_one_file_are_both_reported)
{
	static const char *const want[] = {
		"11: unknown prefill \"nickname\"",
		"13: unknown name {{ref}} (names: reference, title, due, status, note, council, "
		"first_name)",
		NULL,
	};

	check_bad("report", SERVICE("report") FIELD
	    "prefill = nickname\n"				/* 11 */
	    "[notify]\n"					/* 12 */
	    "opened = \"Your report {{ref}} is open\"\n",	/* 13 */
	    want);
}

TEST(test_two_line_problems_in_one_file_are_both_reported)
{
	static const char *const want[] = {
		"8: not a [section], a \"key = value\" line or a ; comment",
		"10: put this value in double quotes: unquoted, it is cut at the '#'",
		NULL,
	};

	check_bad("report", SERVICE("report")
	    "Where is it?\n"					/* 8 */
	    "[field.where]\n"					/* 9 */
	    "label = Where#is it\n"				/* 10 */
	    "type = location\n",
	    want);
}


/* Applications ------------------------------------------------------------------------------ */

TEST(test_blue_badge_asks_eligibility_first_then_details_then_documents)
{
	const struct catalogue_service *s = service("blue-badge");
	int eligible;

	if (s == NULL)
		return;
	eligible = catalogue_step_count(s, STEP_ELIGIBILITY);
	CHECK_INT(eligible, 3);
	CHECK_INT(catalogue_step_count(s, STEP_DETAILS), s->nfields - 3);
	for (int i = 0; i < s->nfields; i++)
		harness_check((s->fields[i].step == STEP_ELIGIBILITY) == (i < eligible), __FILE__,
		    __LINE__, "field %s is asked out of its step", s->fields[i].name);
	CHECK_STR(s->fields[0].name, "lives_here");
	CHECK(s->fields[0].stop_reason[0] != '\0');
	CHECK(s->nevidence >= 3);
	CHECK_STR(s->evidence[0].name, "identity");
	CHECK(s->evidence[0].required);
	CHECK(!s->evidence[s->nevidence - 1].required);
}

TEST(test_an_eligibility_answer_stops_only_on_its_codes)
{
	const struct catalogue_service *s = service("blue-badge");

	if (s == NULL)
		return;
	CHECK(catalogue_field_stops(&s->fields[0], "no"));
	CHECK(!catalogue_field_stops(&s->fields[0], "yes"));
	CHECK(!catalogue_field_stops(&s->fields[0], ""));
	CHECK(catalogue_field_stops(&s->fields[1], "under_3_no_equipment"));
	CHECK(!catalogue_field_stops(&s->fields[1], "under_3_equipment"));
	CHECK(!catalogue_field_stops(&s->fields[1], "under_3"));	/* a prefix is not a code */
	CHECK(!catalogue_field_stops(&s->fields[3], "no"));		/* details never stop */
}

TEST(test_shipped_catalogue_has_five_applications)
{
	const struct catalogue *c = forms();

	if (c != NULL)
		CHECK(count_type(c, "apply") >= 5);
}

/* An eligibility question with a stop, lines 8 to 14, after SERVICE("apply"). */
#define ELIGIBILITY \
	"[field.lives_here]\n"					/* 8 */ \
	"type = yesno\n"					/* 9 */ \
	"step = eligibility\n"					/* 10 */ \
	"label = \"Do you live here?\"\n"			/* 11 */ \
	"stop_if = no\n"					/* 12 */ \
	"stop_reason = \"Apply to your own council.\"\n"	/* 13 */ \
	"signpost = \"https://www.gov.uk\"\n"			/* 14 */

TEST(test_good_application_loads)
{
	check_loads("apply", SERVICE("apply") ELIGIBILITY FIELD
	    "[evidence.identity]\n"
	    "label = \"Proof of identity\"\n"
	    "[evidence.photo]\n"
	    "label = \"A photo\"\n"
	    "required = no\n");
}

TEST(test_stop_if_needs_a_reason)
{
	check_problem("apply", SERVICE("apply")
	    "[field.lives_here]\n"				/* 8 */
	    "type = yesno\n"
	    "step = eligibility\n"
	    "label = \"Do you live here?\"\n"
	    "stop_if = no\n",					/* 12 */
	    "12: stop_if needs a stop_reason: what the advisor tells the customer");
}

TEST(test_stop_if_names_an_answer_not_offered)
{
	check_problem("apply", SERVICE("apply")
	    "[field.lives_here]\n"				/* 8 */
	    "type = yesno\n"
	    "step = eligibility\n"
	    "label = \"Do you live here?\"\n"
	    "stop_if = \"no | maybe\"\n"			/* 12 */
	    "stop_reason = \"Apply to your own council.\"\n",
	    "12: stop_if lists answers by their codes, separated by |: \"no | maybe\" names one "
	    "this question does not offer");
}

TEST(test_stop_if_only_on_an_eligibility_question)
{
	check_problem("apply", SERVICE("apply")
	    "[field.lives_here]\n"				/* 8 */
	    "type = yesno\n"
	    "label = \"Do you live here?\"\n"
	    "stop_if = no\n"					/* 11 */
	    "stop_reason = \"Apply to your own council.\"\n",
	    "11: only an eligibility question (step = eligibility) has stop_if");
}

TEST(test_eligibility_comes_before_details)
{
	check_problem("apply", SERVICE("apply") FIELD 
	    "[field.lives_here]\n"				/* 11 */
	    "type = yesno\n"
	    "step = eligibility\n"				/* 13 */
	    "label = \"Do you live here?\"\n",
	    "13: eligibility questions come before every other question");
}

TEST(test_eligibility_is_not_prefilled)
{
	check_problem("apply", SERVICE("apply")
	    "[field.where]\n"					/* 8 */
	    "type = address\n"
	    "step = eligibility\n"
	    "label = \"Where do you live?\"\n"
	    "prefill = address\n",				/* 12 */
	    "12: an eligibility question comes before personal details are taken, so it is not "
	    "filled from the record");
}

TEST(test_unknown_step)
{
	check_problem("apply", SERVICE("apply") FIELD
	    "step = later\n",					/* 11 */
	    "11: unknown step \"later\"");
}

TEST(test_evidence_needs_a_label)
{
	check_problem("apply", SERVICE("apply") FIELD
	    "[evidence.identity]\n"				/* 11 */
	    "help = \"A passport\"\n",
	    "11: [evidence.identity] needs label");
}

TEST(test_fund_needs_a_fee)
{
	check_problem("request", SERVICE("request")
	    "fund = fees\n"					/* 8 */
	    "[field.where]\n"
	    "type = location\n"
	    "label = \"Where is it?\"\n",
	    "8: only a service line with fee_pence has a fund");
}

TEST(test_fund_must_be_known)
{
	check_problem("request", SERVICE("request")
	    "fee_pence = 500\n"
	    "fund = parking\n"					/* 9 */
	    "[field.where]\n"
	    "type = location\n"
	    "label = \"Where is it?\"\n",
	    "9: fund should be council_tax, rent, sundry or fees");
}

static void
free_shipped(void)
{
	catalogue_free(shipped);
	shipped = NULL;
}

TEST(test_free_accepts_null)
{
	catalogue_free(NULL);
	free_shipped();
}

static const struct test tests[] = {
	TEST_ENTRY(test_shipped_catalogue_has_no_problems),
	TEST_ENTRY(test_shipped_catalogue_has_reports_requests_and_feedback),
	TEST_ENTRY(test_shipped_feedback_has_complaint_compliment_and_comment),
	TEST_ENTRY(test_services_are_sorted_by_process_type_then_title),
	TEST_ENTRY(test_missed_bin_service_settings),
	TEST_ENTRY(test_missed_bin_fields_in_file_order),
	TEST_ENTRY(test_missed_bin_first_field_is_prefilled_address),
	TEST_ENTRY(test_missed_bin_choices_and_lengths),
	TEST_ENTRY(test_complaint_has_stage_two),
	TEST_ENTRY(test_report_duplicate_days_defaults_to_30),
	TEST_ENTRY(test_bulky_waste_fee_and_number_range),
	TEST_ENTRY(test_notice_texts),
	TEST_ENTRY(test_find_unknown_id_is_null),
	TEST_ENTRY(test_missing_forms_dir_is_io_error),
	TEST_ENTRY(test_good_temporary_file_loads),
	TEST_ENTRY(test_inline_comment_after_a_space_is_fine),
	TEST_ENTRY(test_unquoted_hash_in_value),
	TEST_ENTRY(test_unquoted_semicolon_in_value),
	TEST_ENTRY(test_quote_not_closed_at_end_of_value),
	TEST_ENTRY(test_garbage_line),
	TEST_ENTRY(test_broken_section_line),
	TEST_ENTRY(test_setting_before_any_section),
	TEST_ENTRY(test_unknown_section),
	TEST_ENTRY(test_field_name_with_a_space_is_unknown_section),
	TEST_ENTRY(test_unknown_key_in_service),
	TEST_ENTRY(test_unknown_key_in_field),
	TEST_ENTRY(test_missing_required_key_names_the_service_line),
	TEST_ENTRY(test_missing_field_label_names_the_field_line),
	TEST_ENTRY(test_missing_service_section),
	TEST_ENTRY(test_service_without_fields),
	TEST_ENTRY(test_id_must_be_the_file_name),
	TEST_ENTRY(test_type_must_be_the_folder),
	TEST_ENTRY(test_id_must_be_unique_across_folders),
	TEST_ENTRY(test_standard_days_out_of_range),
	TEST_ENTRY(test_choice_field_without_choices),
	TEST_ENTRY(test_choices_on_a_text_field),
	TEST_ENTRY(test_choices_without_labels),
	TEST_ENTRY(test_choices_with_capital_code),
	TEST_ENTRY(test_choices_with_empty_label),
	TEST_ENTRY(test_choices_need_two),
	TEST_ENTRY(test_min_on_a_text_field),
	TEST_ENTRY(test_max_on_a_text_field),
	TEST_ENTRY(test_number_min_not_a_number),
	TEST_ENTRY(test_number_max_below_min),
	TEST_ENTRY(test_unknown_field_type),
	TEST_ENTRY(test_unknown_prefill),
	TEST_ENTRY(test_required_must_be_yes_or_no),
	TEST_ENTRY(test_notify_key_not_a_status),
	TEST_ENTRY(test_notify_key_new_is_not_a_moment),
	TEST_ENTRY(test_notify_unknown_placeholder),
	TEST_ENTRY(test_notify_unclosed_placeholder),
	TEST_ENTRY(test_line_over_1000_characters),
	TEST_ENTRY(test_line_of_1000_characters_with_crlf),
	TEST_ENTRY(test_crlf_file_loads),
	TEST_ENTRY(test_line_of_999_characters_is_fine),
	TEST_ENTRY(test_line_ending_in_backslash),
	TEST_ENTRY(test_comment_ending_in_backslash),
	TEST_ENTRY(test_key_set_twice),
	TEST_ENTRY(test_section_twice),
	TEST_ENTRY(test_empty_file),
	TEST_ENTRY(test_feedback_without_kind),
	TEST_ENTRY(test_kind_outside_feedback),
	TEST_ENTRY(test_complaint_without_stage2_days),
	TEST_ENTRY(test_stage2_days_outside_complaints),
	TEST_ENTRY(test_duplicate_days_outside_reports),
	TEST_ENTRY(test_blue_badge_asks_eligibility_first_then_details_then_documents),
	TEST_ENTRY(test_an_eligibility_answer_stops_only_on_its_codes),
	TEST_ENTRY(test_shipped_catalogue_has_five_applications),
	TEST_ENTRY(test_good_application_loads),
	TEST_ENTRY(test_stop_if_needs_a_reason),
	TEST_ENTRY(test_stop_if_names_an_answer_not_offered),
	TEST_ENTRY(test_stop_if_only_on_an_eligibility_question),
	TEST_ENTRY(test_eligibility_comes_before_details),
	TEST_ENTRY(test_eligibility_is_not_prefilled),
	TEST_ENTRY(test_unknown_step),
	TEST_ENTRY(test_evidence_needs_a_label),
	TEST_ENTRY(test_fund_needs_a_fee),
	TEST_ENTRY(test_fund_must_be_known),
	TEST_ENTRY(test_web_must_be_https),
	TEST_ENTRY(test_two_problems_in_one_file_are_both_reported),
	TEST_ENTRY(test_two_line_problems_in_one_file_are_both_reported),
	TEST_ENTRY(test_free_accepts_null),
};

HARNESS_MAIN(tests)
