/*
 * Tests for core/template: values filled the way a customer's message and a letter read,
 * sections and lists, what escaping drops, missing values, syntax errors with their lines, and
 * template_check as `civicdesk forms check` uses it on a council's [notify] texts. The
 * specification's own cases are in test_mustache.c.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "template.h"

static const struct template_value values[] = {
	{ "reference", "RPT-000123" },
	{ "first_name", "Asha" },
	{ "due", "Friday 6 March 2026" },
	{ "note", NULL },
	{ NULL, NULL },
};

static const char *const notice_names[] = { "reference", "first_name", "due", "note", NULL };

/* Fills text from values and checks the result, freeing it. */
static void
check_fill(const char *text, const char *want)
{
	char *got = template_fill(text, values);

	if (CHECK(got != NULL))
		CHECK_STR(got, want);
	free(got);
}

/* A letter's values: a customer, a case with two visits, and a few flags. */
static struct template_data *
letter_data(void)
{
	struct template_data *d = template_data_new();
	struct template_node *visits, *visit;

	if (d == NULL)
		return NULL;
	template_set(d, NULL, "customer.first_name", "Asha");
	template_set(d, NULL, "customer.last_name", "Patel");
	template_set(d, NULL, "council", "Eastmere");
	template_setf(d, NULL, "case.reference", "RPT-%06d", 123);
	template_set_bool(d, NULL, "case.urgent", true);
	template_set_bool(d, NULL, "case.paid", false);
	template_set(d, NULL, "case.note", "");
	template_set(d, NULL, "case.officer", NULL);
	visits = template_set_list(d, NULL, "case.visits");
	visit = template_add_map(d, visits);
	template_set(d, visit, "date", "2 March");
	template_set(d, visit, "officer", "Sam");
	visit = template_add_map(d, visits);
	template_set(d, visit, "date", "4 March");
	template_set_list(d, NULL, "case.photos");
	return d;
}

/* Renders text with the letter's values and options, and checks the result. */
static void
check_render_with(const char *text, struct template_options *options, const char *want)
{
	struct template_data *d = letter_data();
	struct error err = { STATUS_OK, "" };
	char *got;

	if (!CHECK(d != NULL))
		return;
	got = template_render(text, d, options, &err);
	if (harness_check(got != NULL, __FILE__, __LINE__, "render failed: %s", err.detail))
		CHECK_STR(got, want);
	free(got);
	template_data_free(d);
}

static void
check_render(const char *text, const char *want)
{
	check_render_with(text, NULL, want);
}

/* Renders text, which must not be a valid template, and checks the error's detail. */
static void
check_syntax_error(const char *text, const char *want)
{
	struct template_data *d = letter_data();
	struct error err = { STATUS_OK, "" };
	char *got;

	if (!CHECK(d != NULL))
		return;
	got = template_render(text, d, NULL, &err);
	if (harness_check(got == NULL, __FILE__, __LINE__, "\"%s\" rendered as \"%s\"", text,
	    got != NULL ? got : "")) {
		CHECK_INT(err.status, STATUS_INVALID);
		CHECK_STR(err.detail, want);
	}
	free(got);
	template_data_free(d);
}

/* template_fill ----------------------------------------------------------------------------- */

/* Renders text with the value "note" set to value, and checks the result is want. */
static void
check_note(const char *text, const char *value, const char *want)
{
	struct template_data *d = template_data_new();
	char *got;

	if (!CHECK(d != NULL))
		return;
	template_set(d, NULL, "note", value);
	got = template_render(text, d, NULL, NULL);
	if (CHECK(got != NULL))
		CHECK_STR(got, want);
	free(got);
	template_data_free(d);
}

TEST(test_fill_replaces_several_names)
{
	check_fill("Thank you {{first_name}}. Your report is {{reference}}. We aim to fix it by "
	    "{{due}}.",
	    "Thank you Asha. Your report is RPT-000123. We aim to fix it by Friday 6 March 2026.");
}

TEST(test_fill_replaces_the_same_name_twice)
{
	check_fill("{{reference}} / {{reference}}", "RPT-000123 / RPT-000123");
}

TEST(test_fill_allows_spaces_inside_the_braces)
{
	check_fill("Your report is {{ reference }} and {{first_name  }}.",
	    "Your report is RPT-000123 and Asha.");
}

TEST(test_fill_unknown_name_becomes_empty)
{
	check_fill("Dear {{title}} {{first_name}}", "Dear  Asha");
}

TEST(test_fill_null_value_becomes_empty)
{
	check_fill("Resolved: {{note}}.", "Resolved: .");
}

TEST(test_fill_text_without_tags_is_unchanged)
{
	check_fill("We have your report. {single braces} stay",
	    "We have your report. {single braces} stay");
}

TEST(test_fill_empty_text_is_empty)
{
	check_fill("", "");
}

TEST(test_fill_adjacent_tags)
{
	check_fill("{{first_name}}{{reference}}", "AshaRPT-000123");
}

TEST(test_fill_tag_at_start_and_end)
{
	check_fill("{{reference}} is due {{due}}", "RPT-000123 is due Friday 6 March 2026");
}

TEST(test_fill_keeps_braces_in_a_value_for_a_later_fill)
{
	/* screen_raise fills {{reference}} with itself: the database makes it as the case opens */
	static const struct template_value later[] = {
		{ "reference", "{{reference}}" }, { "first_name", "Asha" }, { NULL, NULL },
	};
	char *got = template_fill("Thank you {{first_name}}. Your report is {{reference}}.", later);

	if (CHECK(got != NULL))
		CHECK_STR(got, "Thank you Asha. Your report is {{reference}}.");
	free(got);
}

TEST(test_fill_refuses_an_unclosed_tag)
{
	CHECK(template_fill("Your report {{reference is open", values) == NULL);
	CHECK(template_fill("{{reference}} and {{", values) == NULL);
}

TEST(test_fill_refuses_empty_braces)
{
	CHECK(template_fill("a {{}} b", values) == NULL);
}

/* Values and escaping ----------------------------------------------------------------------- */

TEST(test_render_dotted_names)
{
	check_render("Dear {{customer.first_name}} {{ customer.last_name }}, {{case.reference}}",
	    "Dear Asha Patel, RPT-000123");
}

TEST(test_render_text_escape_drops_control_characters)
{
	/* ESC [31m, BEL, CR, DEL and C1 CSI (U+009B) would drive a terminal; tab, newline stay */
	check_note("{{note}}", "a\x1b[31mb\a\r\tc\nd\x7f" "e\xc2\x9b" "2Jf", "a[31mb\tc\nde2Jf");
}

TEST(test_render_text_escape_keeps_utf8_and_markup)
{
	/* £ is C2 A3, next to the C1 range that is dropped */
	check_note("{{note}}", "£12.50 for <Zoë> & \"Ōtaki\"", "£12.50 for <Zoë> & \"Ōtaki\"");
}

TEST(test_render_raw_value_keeps_control_characters)
{
	check_note("{{{note}}}|{{&note}}", "a\x1b[1mb", "a\x1b[1mb|a\x1b[1mb");
}

TEST(test_render_html_escape)
{
	struct template_options options = { .escape = TEMPLATE_ESCAPE_HTML };
	struct template_data *d = template_data_new();
	char *got;

	if (!CHECK(d != NULL))
		return;
	template_set(d, NULL, "name", "<b>\"Tom\" & Jerry</b>");
	got = template_render("{{name}} {{{name}}}", d, &options, NULL);
	if (CHECK(got != NULL))
		CHECK_STR(got, "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt; "
		    "<b>\"Tom\" & Jerry</b>");
	free(got);
	template_data_free(d);
}

TEST(test_render_truth_as_a_value)
{
	check_render("{{case.urgent}} {{case.paid}}", "true false");
}

/* Sections ---------------------------------------------------------------------------------- */

TEST(test_render_section_over_a_list_of_maps)
{
	check_render("{{#case.visits}}{{date}} by {{officer}}; {{/case.visits}}",
	    "2 March by Sam; 4 March by ; ");
}

TEST(test_render_section_item_falls_back_to_outer_contexts)
{
	check_render("{{#case.visits}}{{council}} {{customer.first_name}} {{date}}\n"
	    "{{/case.visits}}",
	    "Eastmere Asha 2 March\nEastmere Asha 4 March\n");
}

TEST(test_render_dotted_rest_only_inside_what_was_found)
{
	struct template_data *d = template_data_new();
	struct template_node *a;
	char *got;

	if (!CHECK(d != NULL))
		return;
	/* inside a, b is a's b, which has no c: the root's b.c must not be used */
	a = template_set_map(d, NULL, "a");
	template_set_map(d, a, "b");
	template_set(d, NULL, "b.c", "wrong");
	got = template_render("[{{#a}}{{b.c}}{{/a}}]", d, NULL, NULL);
	if (CHECK(got != NULL))
		CHECK_STR(got, "[]");
	free(got);
	template_data_free(d);
}

TEST(test_render_implicit_iterator_over_texts_and_lists)
{
	struct template_data *d = template_data_new();
	struct template_node *list, *inner;
	char *got;

	if (!CHECK(d != NULL))
		return;
	list = template_set_list(d, NULL, "bins");
	template_add(d, list, "green");
	template_add(d, list, "blue");
	list = template_set_list(d, NULL, "grid");
	inner = template_add_list(d, list);
	template_add(d, inner, "1");
	template_add(d, inner, "2");
	inner = template_add_list(d, list);
	template_add(d, inner, "3");
	got = template_render("{{#bins}}<{{.}}>{{/bins}} {{#grid}}({{#.}}{{.}}{{/.}}){{/grid}}", d,
	    NULL, NULL);
	if (CHECK(got != NULL))
		CHECK_STR(got, "<green><blue> (12)(3)");
	free(got);
	template_data_free(d);
}

TEST(test_render_section_over_text_makes_it_the_context)
{
	check_render("{{#customer.first_name}}Dear {{.}},{{/customer.first_name}}", "Dear Asha,");
}

TEST(test_render_section_over_a_map)
{
	check_render("{{#customer}}{{first_name}} {{last_name}}{{/customer}}", "Asha Patel");
}

TEST(test_render_false_null_missing_and_empty_hide_a_section)
{
	check_render("[{{#case.paid}}paid{{/case.paid}}{{#case.officer}}officer{{/case.officer}}"
	    "{{#case.nothing}}nothing{{/case.nothing}}{{#case.photos}}photos{{/case.photos}}]",
	    "[]");
}

TEST(test_render_empty_text_is_false)
{
	check_render("[{{#case.note}}Note: {{.}}{{/case.note}}|"
	    "{{^case.note}}no note{{/case.note}}]",
	    "[|no note]");
}

TEST(test_render_inverted_sections)
{
	check_render("{{^case.paid}}unpaid {{/case.paid}}"
	    "{{^case.officer}}unassigned {{/case.officer}}"
	    "{{^case.photos}}no photos {{/case.photos}}{{^case.urgent}}calm{{/case.urgent}}",
	    "unpaid unassigned no photos ");
}

TEST(test_render_standalone_tags_take_their_lines)
{
	check_render("Dear {{customer.first_name}},\n"
	    "  {{! one line per visit }}\n"
	    "{{#case.visits}}\n"
	    "  - {{date}}\n"
	    "{{/case.visits}}\n"
	    "\t{{^case.paid}}\t\r\n"
	    "Please pay.\n"
	    "{{/case.paid}}\n"
	    "Yours, {{council}}",
	    "Dear Asha,\n  - 2 March\n  - 4 March\nPlease pay.\nYours, Eastmere");
}

TEST(test_render_inline_section_keeps_its_line)
{
	check_render("  {{#case.urgent}}URGENT{{/case.urgent}}\n", "  URGENT\n");
}

TEST(test_render_comment_is_nothing)
{
	check_render("a{{! a note for\n the council }}b", "ab");
}

TEST(test_render_32_nested_sections)
{
	char text[2 * 32 * 12 + 1] = "";

	for (int i = 0; i < 32; i++)
		strcat(text, "{{#council}}");
	for (int i = 0; i < 32; i++)
		strcat(text, "{{/council}}");
	check_render(text, "");
}

/* Missing values ---------------------------------------------------------------------------- */

TEST(test_render_marks_missing_values)
{
	struct template_options options = { .mark_missing = true };

	check_render_with("Dear {{customer.title}} {{customer.first_name}} ({{case.officer}}) "
	    "{{{nope}}}", &options, "Dear [customer.title?] Asha ([case.officer?]) [nope?]");
}

TEST(test_render_missing_values_are_blank_unless_marked)
{
	check_render("Dear {{customer.title}} {{customer.first_name}}", "Dear  Asha");
}

TEST(test_render_lists_distinct_missing_names)
{
	char missing[64] = "stale";
	struct template_options options = { .missing = missing, .missing_size = sizeof missing };

	/* officer is missing for the second visit only; a false or empty value is not missing */
	check_render_with("{{title}} {{title}} {{#case.visits}}{{officer}}{{/case.visits}} "
	    "{{case.officer}} {{case.paid}}{{case.note}}", &options, "  Sam  false");
	CHECK_STR(missing, "title, officer, case.officer");
	CHECK_INT(options.nmissing, 3);
}

TEST(test_render_missing_list_is_cut_at_a_whole_name)
{
	char missing[17];
	struct template_options options = { .missing = missing, .missing_size = sizeof missing };

	check_render_with("{{alpha}}{{beta}}{{gamma}}{{delta}}", &options, "");
	CHECK_STR(missing, "alpha, beta, ...");
	CHECK_INT(options.nmissing, 4);
}

TEST(test_render_missing_count_without_a_list)
{
	struct template_options options = { 0 };

	check_render_with("{{a}}{{b}}{{a}}", &options, "");
	CHECK_INT(options.nmissing, 2);
}

/* Errors ------------------------------------------------------------------------------------ */

TEST(test_error_close_does_not_match)
{
	check_syntax_error("Dear {{customer.first_name}},\n{{#case}}\n{{/due}}\n",
	    "line 3: {{/due}} closes {{#case}}");
}

TEST(test_error_section_not_closed)
{
	check_syntax_error("a\nb\n{{^case.paid}}\nPlease pay.\n",
	    "line 3: {{^case.paid}} is not closed");
}

TEST(test_error_close_without_a_section)
{
	check_syntax_error("a\n{{/case}}", "line 2: {{/case}} closes no section");
}

TEST(test_error_unclosed_tag)
{
	check_syntax_error("line one\nYour report {{reference is open",
	    "line 2: {{ is not closed by }}");
	check_syntax_error("{{{reference}}", "line 1: {{{ is not closed by }}}");
}

TEST(test_error_tag_closed_only_by_a_later_one)
{
	check_syntax_error("Your {{reference} is due {{due}}", "line 1: {{ is not closed by }}");
}

TEST(test_error_partials_delimiters_and_inheritance_are_not_supported)
{
	check_syntax_error("{{> footer}}", "line 1: {{>footer}}: partials are not supported");
	check_syntax_error("\n{{=<% %>=}}", "line 2: {{=<% %>=}}: changing the delimiters is not "
	    "supported");
	check_syntax_error("{{<base}}{{/base}}", "line 1: {{<base}}: template inheritance is not "
	    "supported");
}

TEST(test_error_bad_names)
{
	check_syntax_error("Dear {{first name}}", "line 1: \"first name\" is not a name (letters, "
	    "digits, _ and -, in parts joined by dots)");
	check_syntax_error("{{#a..b}}{{/a..b}}", "line 1: \"a..b\" is not a name (letters, "
	    "digits, _ and -, in parts joined by dots)");
	/* the sigil comes straight after the braces, so this is a value named "#a" */
	check_syntax_error("{{ #a}}", "line 1: \"#a\" is not a name (letters, digits, _ and -, "
	    "in parts joined by dots)");
	check_syntax_error("{{ }}", "line 1: {{}} has no name");
	check_syntax_error("{{#}}", "line 1: {{#}} has no name");
}

TEST(test_error_33_nested_sections)
{
	char text[33 * 12 + 1] = "";

	for (int i = 0; i < 33; i++)
		strcat(text, "{{#council}}");
	check_syntax_error(text, "line 1: sections are nested more than 32 deep");
}

TEST(test_error_failed_data_is_out_of_memory)
{
	struct template_data *d = template_data_new();
	struct error err = { STATUS_OK, "" };

	if (!CHECK(d != NULL))
		return;
	d->failed = true;
	CHECK(template_render("{{a}}", d, NULL, &err) == NULL);
	CHECK_INT(err.status, STATUS_NO_MEMORY);
	CHECK(template_render("{{a}}", NULL, NULL, &err) == NULL);
	template_data_free(d);
}

/* Building values --------------------------------------------------------------------------- */

TEST(test_set_replaces_a_value)
{
	struct template_data *d = template_data_new();
	const struct template_node *n;

	if (!CHECK(d != NULL))
		return;
	template_add(d, template_set_list(d, NULL, "case.visits"), "x");
	template_set(d, NULL, "case.visits", "none");
	n = template_get(d, "case.visits");
	if (CHECK(n != NULL) && CHECK_INT(n->kind, TEMPLATE_TEXT))
		CHECK_STR(n->text, "none");
	CHECK(template_get(d, "case.missing") == NULL);
	template_data_free(d);
}

TEST(test_set_through_a_non_map_fails_without_failing_the_data)
{
	struct template_data *d = template_data_new();

	if (!CHECK(d != NULL))
		return;
	template_set(d, NULL, "reference", "RPT-1");
	CHECK(template_set(d, NULL, "reference.part", "x") == NULL);
	CHECK(template_set(d, NULL, "a..b", "x") == NULL);
	CHECK(template_add(d, d->root.first, "x") == NULL);
	CHECK(!d->failed);
	template_data_free(d);
}

TEST(test_set_dot_makes_the_root_a_list)
{
	struct template_data *d = template_data_new();
	struct template_node *root;
	char *got;

	if (!CHECK(d != NULL))
		return;
	root = template_set_list(d, NULL, ".");
	template_add(d, root, "a");
	template_add(d, root, "b");
	got = template_render("{{#.}}({{.}}){{/.}}", d, NULL, NULL);
	if (CHECK(got != NULL))
		CHECK_STR(got, "(a)(b)");
	free(got);
	template_data_free(d);
}

/* template_check ---------------------------------------------------------------------------- */

TEST(test_check_accepts_known_names)
{
	char bad[64] = "unchanged";

	CHECK(template_check("Thank you {{first_name}}. Your report is {{ reference }}.",
	    notice_names, bad, sizeof bad));
	CHECK(template_check("No tags at all", notice_names, bad, sizeof bad));
	CHECK(template_check("", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "unchanged");
}

TEST(test_check_names_the_first_unknown_name)
{
	char bad[64] = "";

	CHECK(!template_check("Your {{reference}}\nfrom {{council}} on {{date}}", notice_names, bad,
	    sizeof bad));
	CHECK_STR(bad, "line 2: unknown name {{council}}");
}

TEST(test_check_unknown_name_is_trimmed)
{
	char bad[64] = "";

	CHECK(!template_check("Hello {{ ref }}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 1: unknown name {{ref}}");
}

TEST(test_check_checks_the_first_part_of_a_dotted_name)
{
	char bad[64] = "";

	CHECK(template_check("{{due.day}}", notice_names, bad, sizeof bad));
	CHECK(!template_check("{{custmer.first_name}}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 1: unknown name {{custmer.first_name}}");
}

TEST(test_check_skips_names_inside_sections)
{
	char bad[64] = "";

	CHECK(template_check("{{#note}}{{.}} {{date}} {{officer}}{{/note}}", notice_names, bad,
	    sizeof bad));
	CHECK(!template_check("{{#visits}}{{date}}{{/visits}}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 1: unknown name {{#visits}}");
}

TEST(test_check_checks_names_inside_inverted_sections)
{
	char bad[64] = "";

	CHECK(!template_check("{{^note}}\nDear {{frist_name}}\n{{/note}}", notice_names, bad,
	    sizeof bad));
	CHECK_STR(bad, "line 2: unknown name {{frist_name}}");
}

TEST(test_check_reports_syntax_errors)
{
	char bad[64] = "";

	CHECK(!template_check("Your report {{reference is open", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 1: {{ is not closed by }}");
	CHECK(!template_check("{{reference}}\n\n{{#note}}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 3: {{#note}} is not closed");
	CHECK(!template_check("{{> footer}}", NULL, bad, sizeof bad));
	CHECK_STR(bad, "line 1: {{>footer}}: partials are not supported");
}

TEST(test_check_reports_a_tag_closed_only_by_a_later_one)
{
	char bad[64] = "";

	/* "{{reference}" runs into the next tag: the first {{ is not properly closed. */
	CHECK(!template_check("Your {{reference} is due {{due}}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 1: {{ is not closed by }}");
}

TEST(test_check_without_names_checks_only_syntax)
{
	char bad[64] = "";

	CHECK(template_check("{{anything}} {{#at.all}}{{/at.all}}", NULL, bad, sizeof bad));
	CHECK(!template_check("{{reference}} {{", NULL, bad, sizeof bad));
	CHECK_STR(bad, "line 1: {{ is not closed by }}");
}

TEST(test_check_cuts_its_sentence_to_fit)
{
	char bad[12] = "";

	CHECK(!template_check("{{council}}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "line 1: unk");
}

TEST(test_problem_gives_the_line_and_what_is_wrong)
{
	int line = 0;

	CHECK_STR(template_problem("line 3: {{#case}} is not closed", &line),
	    "{{#case}} is not closed");
	CHECK_INT(line, 3);
	CHECK_STR(template_problem("out of memory", &line), "out of memory");
	CHECK_INT(line, 1);
}

static const struct test tests[] = {
	TEST_ENTRY(test_problem_gives_the_line_and_what_is_wrong),
	TEST_ENTRY(test_fill_replaces_several_names),
	TEST_ENTRY(test_fill_replaces_the_same_name_twice),
	TEST_ENTRY(test_fill_allows_spaces_inside_the_braces),
	TEST_ENTRY(test_fill_unknown_name_becomes_empty),
	TEST_ENTRY(test_fill_null_value_becomes_empty),
	TEST_ENTRY(test_fill_text_without_tags_is_unchanged),
	TEST_ENTRY(test_fill_empty_text_is_empty),
	TEST_ENTRY(test_fill_adjacent_tags),
	TEST_ENTRY(test_fill_tag_at_start_and_end),
	TEST_ENTRY(test_fill_keeps_braces_in_a_value_for_a_later_fill),
	TEST_ENTRY(test_fill_refuses_an_unclosed_tag),
	TEST_ENTRY(test_fill_refuses_empty_braces),
	TEST_ENTRY(test_render_dotted_names),
	TEST_ENTRY(test_render_text_escape_drops_control_characters),
	TEST_ENTRY(test_render_text_escape_keeps_utf8_and_markup),
	TEST_ENTRY(test_render_raw_value_keeps_control_characters),
	TEST_ENTRY(test_render_html_escape),
	TEST_ENTRY(test_render_truth_as_a_value),
	TEST_ENTRY(test_render_section_over_a_list_of_maps),
	TEST_ENTRY(test_render_section_item_falls_back_to_outer_contexts),
	TEST_ENTRY(test_render_dotted_rest_only_inside_what_was_found),
	TEST_ENTRY(test_render_implicit_iterator_over_texts_and_lists),
	TEST_ENTRY(test_render_section_over_text_makes_it_the_context),
	TEST_ENTRY(test_render_section_over_a_map),
	TEST_ENTRY(test_render_false_null_missing_and_empty_hide_a_section),
	TEST_ENTRY(test_render_empty_text_is_false),
	TEST_ENTRY(test_render_inverted_sections),
	TEST_ENTRY(test_render_standalone_tags_take_their_lines),
	TEST_ENTRY(test_render_inline_section_keeps_its_line),
	TEST_ENTRY(test_render_comment_is_nothing),
	TEST_ENTRY(test_render_32_nested_sections),
	TEST_ENTRY(test_render_marks_missing_values),
	TEST_ENTRY(test_render_missing_values_are_blank_unless_marked),
	TEST_ENTRY(test_render_lists_distinct_missing_names),
	TEST_ENTRY(test_render_missing_list_is_cut_at_a_whole_name),
	TEST_ENTRY(test_render_missing_count_without_a_list),
	TEST_ENTRY(test_error_close_does_not_match),
	TEST_ENTRY(test_error_section_not_closed),
	TEST_ENTRY(test_error_close_without_a_section),
	TEST_ENTRY(test_error_unclosed_tag),
	TEST_ENTRY(test_error_tag_closed_only_by_a_later_one),
	TEST_ENTRY(test_error_partials_delimiters_and_inheritance_are_not_supported),
	TEST_ENTRY(test_error_bad_names),
	TEST_ENTRY(test_error_33_nested_sections),
	TEST_ENTRY(test_error_failed_data_is_out_of_memory),
	TEST_ENTRY(test_set_replaces_a_value),
	TEST_ENTRY(test_set_through_a_non_map_fails_without_failing_the_data),
	TEST_ENTRY(test_set_dot_makes_the_root_a_list),
	TEST_ENTRY(test_check_accepts_known_names),
	TEST_ENTRY(test_check_names_the_first_unknown_name),
	TEST_ENTRY(test_check_unknown_name_is_trimmed),
	TEST_ENTRY(test_check_checks_the_first_part_of_a_dotted_name),
	TEST_ENTRY(test_check_skips_names_inside_sections),
	TEST_ENTRY(test_check_checks_names_inside_inverted_sections),
	TEST_ENTRY(test_check_reports_syntax_errors),
	TEST_ENTRY(test_check_reports_a_tag_closed_only_by_a_later_one),
	TEST_ENTRY(test_check_without_names_checks_only_syntax),
	TEST_ENTRY(test_check_cuts_its_sentence_to_fit),
};

HARNESS_MAIN(tests)
