/*
 * Tests for core/template: {{name}} filled from values the way a customer's message reads, and
 * template_check as `civicdesk forms check` uses it on a council's [notify] texts.
 */
#include <stdlib.h>

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

TEST(test_fill_leaves_unclosed_braces_as_text)
{
	check_fill("Your report {{reference is open", "Your report {{reference is open");
	check_fill("{{reference}} and {{", "RPT-000123 and {{");
}

TEST(test_fill_leaves_empty_braces_as_text)
{
	check_fill("a {{}} b", "a {{}} b");
}

TEST(test_check_accepts_known_names)
{
	char bad[64] = "unchanged";

	CHECK(template_check("Thank you {{first_name}}. Your report is {{ reference }}.",
	    notice_names, bad, sizeof bad));
	CHECK(template_check("No tags at all", notice_names, bad, sizeof bad));
	CHECK(template_check("", notice_names, bad, sizeof bad));
}

TEST(test_check_names_the_first_unknown_name)
{
	char bad[64] = "";

	CHECK(!template_check("Your {{reference}} from {{council}} on {{date}}", notice_names, bad,
	    sizeof bad));
	CHECK_STR(bad, "council");
}

TEST(test_check_unknown_name_is_trimmed)
{
	char bad[64] = "";

	CHECK(!template_check("Hello {{ ref }}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "ref");
}

TEST(test_check_reports_unclosed_braces)
{
	char bad[64] = "";

	CHECK(!template_check("Your report {{reference is open", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "{{");
}

TEST(test_check_reports_a_tag_closed_only_by_a_later_one)
{
	char bad[64] = "";

	/* "{{reference}" runs into the next tag: the first {{ is not properly closed. */
	CHECK(!template_check("Your {{reference} is due {{due}}", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "{{");
}

TEST(test_check_reports_unclosed_braces_after_a_good_tag)
{
	char bad[64] = "";

	CHECK(!template_check("{{reference}} {{", notice_names, bad, sizeof bad));
	CHECK_STR(bad, "{{");
}

static const struct test tests[] = {
	TEST_ENTRY(test_fill_replaces_several_names),
	TEST_ENTRY(test_fill_replaces_the_same_name_twice),
	TEST_ENTRY(test_fill_allows_spaces_inside_the_braces),
	TEST_ENTRY(test_fill_unknown_name_becomes_empty),
	TEST_ENTRY(test_fill_null_value_becomes_empty),
	TEST_ENTRY(test_fill_text_without_tags_is_unchanged),
	TEST_ENTRY(test_fill_empty_text_is_empty),
	TEST_ENTRY(test_fill_adjacent_tags),
	TEST_ENTRY(test_fill_tag_at_start_and_end),
	TEST_ENTRY(test_fill_leaves_unclosed_braces_as_text),
	TEST_ENTRY(test_fill_leaves_empty_braces_as_text),
	TEST_ENTRY(test_check_accepts_known_names),
	TEST_ENTRY(test_check_names_the_first_unknown_name),
	TEST_ENTRY(test_check_unknown_name_is_trimmed),
	TEST_ENTRY(test_check_reports_unclosed_braces),
	TEST_ENTRY(test_check_reports_a_tag_closed_only_by_a_later_one),
	TEST_ENTRY(test_check_reports_unclosed_braces_after_a_good_tag),
};

HARNESS_MAIN(tests)
