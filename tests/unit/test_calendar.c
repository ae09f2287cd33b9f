/*
 * Tests for core/calendar: due dates and working days for each nation, read from the real
 * forms/calendar files (folder from CIVICDESK_FORMS_DIR, default "forms" from the repository
 * root), then dates themselves, and CSV files good and bad written under $CIVICDESK_TEST_TMP.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "harness.h"

#define EW "england-and-wales"
#define SCO "scotland"
#define NI "northern-ireland"

#define NEXT CALENDAR_NEXT_WORKING_DAY_IS_DAY_1
#define RECEIPT CALENDAR_RECEIPT_DAY_IS_DAY_1_IF_WORKING

#define CLOSURE_TITLE "Council offices closed for Christmas (Eastmere demo)"
#define HOLIDAYS_HEADER "nation,date,title\n"
#define CLOSURES_HEADER "nation,date,title,effect\n"

static const char *const all_nations[] = { EW, SCO, NI };

/* A date written as text, so a failed check shows the date. */
struct iso {
	char s[CALENDAR_DATE_SIZE];
};

/* The date text names; the test fails (and gets 1970-01-01) when text is not one. */
static struct date
D(const char *text)
{
	struct date d = { 1970, 1, 1 };

	harness_check(calendar_parse_date(text, &d), __FILE__, __LINE__, "\"%s\" is not a date",
	    text);
	return d;
}

static struct iso
iso(struct date d)
{
	struct iso text;

	calendar_format_date(d, text.s);
	return text;
}

/* The due date as text: working day n from received, counted as how says. */
static struct iso
due(const struct calendar *c, const char *received, int n, enum calendar_count how)
{
	return iso(calendar_due(c, D(received), n, how));
}

static bool
working(const struct calendar *c, const char *day)
{
	return calendar_is_working_day(c, D(day));
}

/* The holiday name on day, "" for none, so CHECK_STR can compare it. */
static const char *
name(const struct calendar *c, const char *day)
{
	const char *title = calendar_holiday_name(c, D(day));

	return title != NULL ? title : "";
}

static void
forms_path(const char *file, char *path, size_t size)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");

	snprintf(path, size, "%s/calendar/%s", dir != NULL && dir[0] != '\0' ? dir : "forms",
	    file);
}

/* The real bank holidays for nation, with the real closures or none; NULL after a failed check. */
static struct calendar *
load_real(const char *nation, bool with_closures)
{
	char holidays[512], closures[512];
	struct error err = { 0 };
	struct calendar *c;

	forms_path("uk-bank-holidays.csv", holidays, sizeof holidays);
	forms_path("closures.csv", closures, sizeof closures);
	c = calendar_load(holidays, with_closures ? closures : NULL, nation, &err);
	harness_check(c != NULL, __FILE__, __LINE__, "loading %s for %s: %s", holidays, nation,
	    err.detail);
	return c;
}

/* The real bank holidays for nation with closures_text as the closures file. */
static struct calendar *
load_with_closures(const char *nation, const char *closures_text)
{
	char holidays[512], closures[512];
	struct error err = { 0 };
	struct calendar *c;

	if (!harness_write_temp("calendar", closures_text, closures, sizeof closures))
		return NULL;
	forms_path("uk-bank-holidays.csv", holidays, sizeof holidays);
	c = calendar_load(holidays, closures, nation, &err);
	harness_check(c != NULL, __FILE__, __LINE__, "loading closures for %s: %s", nation,
	    err.detail);
	unlink(closures);
	return c;
}

/*
 * Loads holidays_text (and closures_text unless NULL) for England and Wales, expecting failure;
 * the status, with err filled. Paths of the files written go in holidays_path and closures_path.
 */
static enum status
load_bad(const char *holidays_text, const char *closures_text, struct error *err,
    char *holidays_path, char *closures_path, size_t size)
{
	struct calendar *c;

	memset(err, 0, sizeof *err);
	holidays_path[0] = closures_path[0] = '\0';
	if (!harness_write_temp("calendar", holidays_text, holidays_path, size))
		return STATUS_OK;
	if (closures_text != NULL && !harness_write_temp("calendar", closures_text, closures_path, size)) {
		unlink(holidays_path);
		return STATUS_OK;
	}
	c = calendar_load(holidays_path, closures_text != NULL ? closures_path : NULL, EW, err);
	CHECK(c == NULL);
	calendar_free(c);
	unlink(holidays_path);
	if (closures_text != NULL)
		unlink(closures_path);
	return c == NULL ? err->status : STATUS_OK;
}

/* Checks err->detail holds words; a failure names the caller's line. */
#define mentions(err, words) mentions_at(__LINE__, (err), (words))

static bool
mentions_at(int at, const struct error *err, const char *words)
{
	return harness_check(strstr(err->detail, words) != NULL, __FILE__, at,
	    "\"%s\" does not mention \"%s\"", err->detail, words);
}

/* Checks err->detail starts "path:line: "; a failure names the caller's line. */
#define names_line(err, path, line) names_line_at(__LINE__, (err), (path), (line))

static bool
names_line_at(int at, const struct error *err, const char *path, unsigned line)
{
	char want[600];

	snprintf(want, sizeof want, "%s:%u: ", path, line);
	return harness_check(strncmp(err->detail, want, strlen(want)) == 0, __FILE__, at,
	    "\"%s\" does not start \"%s\"", err->detail, want);
}

/* Christmas and New Year. */

TEST(test_christmas_2026_england_and_wales_skips_25_28_december_and_1_january)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-12-23", 1, NEXT).s, "2026-12-24");
	CHECK_STR(due(c, "2026-12-23", 2, NEXT).s, "2026-12-29");
	CHECK_STR(due(c, "2026-12-23", 4, NEXT).s, "2026-12-31");
	CHECK_STR(due(c, "2026-12-23", 5, NEXT).s, "2027-01-04");
	CHECK_STR(due(c, "2026-12-23", 10, NEXT).s, "2027-01-11");
	CHECK_STR(name(c, "2026-12-28"), "Boxing Day (substitute day)");
	calendar_free(c);
}

TEST(test_christmas_2026_scotland_also_skips_2_january_substitute)
{
	struct calendar *c = load_real(SCO, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-12-23", 4, NEXT).s, "2026-12-31");
	CHECK_STR(due(c, "2026-12-23", 5, NEXT).s, "2027-01-05");
	CHECK_STR(due(c, "2026-12-23", 10, NEXT).s, "2027-01-12");
	CHECK_STR(name(c, "2027-01-04"), "2nd January (substitute day)");
	calendar_free(c);
}

TEST(test_christmas_2026_northern_ireland_matches_england_and_wales)
{
	struct calendar *c = load_real(NI, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-12-23", 5, NEXT).s, "2027-01-04");
	CHECK_STR(due(c, "2026-12-23", 10, NEXT).s, "2027-01-11");
	CHECK(working(c, "2027-01-04"));
	calendar_free(c);
}

TEST(test_christmas_2027_on_a_weekend_moves_to_27_and_28_december)
{
	for (size_t i = 0; i < sizeof all_nations / sizeof all_nations[0]; i++) {
		struct calendar *c = load_real(all_nations[i], false);

		if (c == NULL)
			return;
		CHECK_STR(due(c, "2027-12-24", 1, NEXT).s, "2027-12-29");
		CHECK_STR(name(c, "2027-12-27"), "Christmas Day (substitute day)");
		CHECK_STR(name(c, "2027-12-28"), "Boxing Day (substitute day)");
		calendar_free(c);
	}
}

TEST(test_new_year_2028_scotland_skips_two_substitute_days)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);

	if (ew != NULL)
		CHECK_STR(due(ew, "2027-12-31", 1, NEXT).s, "2028-01-04");
	if (sco != NULL)
		CHECK_STR(due(sco, "2027-12-31", 1, NEXT).s, "2028-01-05");
	calendar_free(ew);
	calendar_free(sco);
}

/* Easter. */

TEST(test_good_friday_is_a_holiday_in_every_nation)
{
	for (size_t i = 0; i < sizeof all_nations / sizeof all_nations[0]; i++) {
		struct calendar *c = load_real(all_nations[i], false);

		if (c == NULL)
			return;
		CHECK(!working(c, "2026-04-03"));
		CHECK_STR(name(c, "2026-04-03"), "Good Friday");
		CHECK(!working(c, "2027-03-26"));
		CHECK_STR(name(c, "2027-03-26"), "Good Friday");
		calendar_free(c);
	}
}

TEST(test_easter_monday_is_a_holiday_except_in_scotland)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);
	struct calendar *ni = load_real(NI, false);

	if (ew == NULL || sco == NULL || ni == NULL)
		goto done;
	CHECK(!working(ew, "2026-04-06"));
	CHECK_STR(name(ew, "2026-04-06"), "Easter Monday");
	CHECK(!working(ni, "2027-03-29"));
	CHECK_STR(name(ni, "2027-03-29"), "Easter Monday");
	CHECK(working(sco, "2026-04-06"));
	CHECK(working(sco, "2027-03-29"));
	CHECK_STR(name(sco, "2026-04-06"), "");
done:
	calendar_free(ew);
	calendar_free(sco);
	calendar_free(ni);
}

TEST(test_due_dates_across_easter_2026)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);
	struct calendar *ni = load_real(NI, false);

	if (ew == NULL || sco == NULL || ni == NULL)
		goto done;
	CHECK_STR(due(ew, "2026-04-02", 1, NEXT).s, "2026-04-07");
	CHECK_STR(due(ni, "2026-04-02", 1, NEXT).s, "2026-04-07");
	CHECK_STR(due(sco, "2026-04-02", 1, NEXT).s, "2026-04-06");
	CHECK_STR(due(ew, "2026-04-02", 3, NEXT).s, "2026-04-09");
	CHECK_STR(due(sco, "2026-04-02", 3, NEXT).s, "2026-04-08");
done:
	calendar_free(ew);
	calendar_free(sco);
	calendar_free(ni);
}

TEST(test_due_dates_across_easter_2027)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);
	struct calendar *ni = load_real(NI, false);

	if (ew == NULL || sco == NULL || ni == NULL)
		goto done;
	CHECK_STR(due(ew, "2027-03-25", 1, NEXT).s, "2027-03-30");
	CHECK_STR(due(ni, "2027-03-25", 1, NEXT).s, "2027-03-30");
	CHECK_STR(due(sco, "2027-03-25", 1, NEXT).s, "2027-03-29");
done:
	calendar_free(ew);
	calendar_free(sco);
	calendar_free(ni);
}

/* Days of one nation. */

TEST(test_st_patricks_day_is_a_holiday_only_in_northern_ireland)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);
	struct calendar *ni = load_real(NI, false);

	if (ew == NULL || sco == NULL || ni == NULL)
		goto done;
	CHECK_STR(name(ni, "2026-03-17"), "St Patrick's Day");
	CHECK_STR(due(ni, "2026-03-16", 1, NEXT).s, "2026-03-18");
	CHECK_STR(due(ew, "2026-03-16", 1, NEXT).s, "2026-03-17");
	CHECK_STR(due(sco, "2026-03-16", 1, NEXT).s, "2026-03-17");
done:
	calendar_free(ew);
	calendar_free(sco);
	calendar_free(ni);
}

TEST(test_battle_of_the_boyne_on_a_weekend_moves_to_monday_in_northern_ireland)
{
	struct calendar *ew = load_real(EW, false), *ni = load_real(NI, false);

	if (ew == NULL || ni == NULL)
		goto done;
	/* 12 July 2026 is a Sunday, 12 July 2025 a Saturday. */
	CHECK_STR(name(ni, "2026-07-12"), "");
	CHECK_STR(name(ni, "2026-07-13"), "Battle of the Boyne (Orangemen's Day) (substitute day)");
	CHECK_STR(due(ni, "2026-07-10", 1, NEXT).s, "2026-07-14");
	CHECK_STR(due(ew, "2026-07-10", 1, NEXT).s, "2026-07-13");
	CHECK_STR(due(ni, "2025-07-11", 1, NEXT).s, "2025-07-15");
	/* 12 July 2027 is a Monday itself. */
	CHECK_STR(name(ni, "2027-07-12"), "Battle of the Boyne (Orangemen's Day)");
	CHECK_STR(due(ni, "2027-07-09", 1, NEXT).s, "2027-07-13");
done:
	calendar_free(ew);
	calendar_free(ni);
}

TEST(test_st_andrews_day_on_a_sunday_moves_to_monday_in_scotland)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);

	if (ew == NULL || sco == NULL)
		goto done;
	CHECK_STR(name(sco, "2025-12-01"), "St Andrew's Day (substitute day)");
	CHECK_STR(due(sco, "2025-11-28", 1, NEXT).s, "2025-12-02");
	CHECK_STR(due(ew, "2025-11-28", 1, NEXT).s, "2025-12-01");
	CHECK_STR(name(sco, "2026-11-30"), "St Andrew's Day");
	CHECK(working(ew, "2026-11-30"));
done:
	calendar_free(ew);
	calendar_free(sco);
}

TEST(test_2_january_is_a_holiday_only_in_scotland)
{
	struct calendar *ew = load_real(EW, false), *sco = load_real(SCO, false);

	if (ew == NULL || sco == NULL)
		goto done;
	CHECK_STR(name(sco, "2026-01-02"), "2nd January");
	CHECK_STR(due(sco, "2025-12-31", 1, NEXT).s, "2026-01-05");
	CHECK_STR(due(ew, "2025-12-31", 1, NEXT).s, "2026-01-02");
done:
	calendar_free(ew);
	calendar_free(sco);
}

/* The council's closures. */

TEST(test_christmas_closure_2026_applies_in_every_nation)
{
	static const char *const days[] = { "2026-12-29", "2026-12-30", "2026-12-31" };

	for (size_t i = 0; i < sizeof all_nations / sizeof all_nations[0]; i++) {
		struct calendar *without = load_real(all_nations[i], false);
		struct calendar *with = load_real(all_nations[i], true);

		if (without == NULL || with == NULL) {
			calendar_free(without);
			calendar_free(with);
			return;
		}
		for (size_t j = 0; j < sizeof days / sizeof days[0]; j++) {
			CHECK(working(without, days[j]));
			CHECK(!working(with, days[j]));
			CHECK_STR(name(with, days[j]), CLOSURE_TITLE);
		}
		calendar_free(without);
		calendar_free(with);
	}
}

TEST(test_christmas_closure_2026_pushes_due_dates_into_january)
{
	struct calendar *ew = load_real(EW, true), *sco = load_real(SCO, true);
	struct calendar *ni = load_real(NI, true);

	if (ew == NULL || sco == NULL || ni == NULL)
		goto done;
	CHECK_STR(due(ew, "2026-12-23", 2, NEXT).s, "2027-01-04");
	CHECK_STR(due(ew, "2026-12-23", 5, NEXT).s, "2027-01-07");
	CHECK_STR(due(ni, "2026-12-23", 5, NEXT).s, "2027-01-07");
	CHECK_STR(due(sco, "2026-12-23", 2, NEXT).s, "2027-01-05");
	CHECK_STR(due(sco, "2026-12-23", 5, NEXT).s, "2027-01-08");
done:
	calendar_free(ew);
	calendar_free(sco);
	calendar_free(ni);
}

TEST(test_open_row_makes_a_bank_holiday_a_working_day_for_its_nation)
{
	static const char csv[] = CLOSURES_HEADER
	    "england-and-wales,2026-05-04,Open for the elections,open\n";
	struct calendar *ew = load_with_closures(EW, csv), *sco = load_with_closures(SCO, csv);

	if (ew == NULL || sco == NULL)
		goto done;
	CHECK(working(ew, "2026-05-04"));
	CHECK_STR(name(ew, "2026-05-04"), "");
	CHECK_STR(due(ew, "2026-05-01", 1, NEXT).s, "2026-05-04");
	CHECK_INT(calendar_working_days_between(ew, D("2026-05-01"), D("2026-05-08")), 5);
	CHECK(!working(sco, "2026-05-04"));
	CHECK_STR(name(sco, "2026-05-04"), "Early May bank holiday");
done:
	calendar_free(ew);
	calendar_free(sco);
}

TEST(test_open_row_makes_a_saturday_a_working_day)
{
	static const char csv[] = CLOSURES_HEADER
	    "all,2026-03-07,Saturday surgery,open\n";
	struct calendar *c = load_with_closures(NI, csv);

	if (c == NULL)
		return;
	CHECK(working(c, "2026-03-07"));
	CHECK_STR(due(c, "2026-03-06", 1, NEXT).s, "2026-03-07");
	CHECK_STR(due(c, "2026-03-06", 2, NEXT).s, "2026-03-09");
	CHECK_INT(calendar_working_days_between(c, D("2026-03-06"), D("2026-03-09")), 2);
	CHECK_INT(calendar_working_days_between(c, D("2026-03-09"), D("2026-03-06")), -2);
	calendar_free(c);
}

TEST(test_later_closure_row_wins_and_bank_holiday_keeps_its_title)
{
	static const char open_then_closed[] = CLOSURES_HEADER
	    "all,2026-05-04,Open for the elections,open\n"
	    "scotland,2026-05-04,Closed in Scotland after all,closed\n";
	static const char closed_then_open[] = CLOSURES_HEADER
	    "scotland,2026-05-04,Closed in Scotland,closed\n"
	    "all,2026-05-04,Open for the elections,open\n";
	struct calendar *ew = load_with_closures(EW, open_then_closed);
	struct calendar *sco = load_with_closures(SCO, open_then_closed);
	struct calendar *sco_open = load_with_closures(SCO, closed_then_open);

	if (ew == NULL || sco == NULL || sco_open == NULL)
		goto done;
	CHECK(working(ew, "2026-05-04"));
	CHECK(!working(sco, "2026-05-04"));
	CHECK_STR(name(sco, "2026-05-04"), "Early May bank holiday");
	CHECK(working(sco_open, "2026-05-04"));
done:
	calendar_free(ew);
	calendar_free(sco);
	calendar_free(sco_open);
}

TEST(test_closure_on_a_bank_holiday_keeps_the_bank_holiday_title)
{
	static const char csv[] = CLOSURES_HEADER "all,2026-12-25,Council closed,closed\n";
	struct calendar *c = load_with_closures(EW, csv);

	if (c == NULL)
		return;
	CHECK(!working(c, "2026-12-25"));
	CHECK_STR(name(c, "2026-12-25"), "Christmas Day");
	calendar_free(c);
}

TEST(test_closure_titles_may_be_quoted)
{
	static const char csv[] = CLOSURES_HEADER
	    "all,2026-10-05,\"Closed: training, all staff\",closed\n"
	    "\"scotland\",\"2026-10-06\",\"The \"\"big\"\" move\",\"closed\"\n";
	struct calendar *c = load_with_closures(SCO, csv);

	if (c == NULL)
		return;
	CHECK_STR(name(c, "2026-10-05"), "Closed: training, all staff");
	CHECK_STR(name(c, "2026-10-06"), "The \"big\" move");
	CHECK_STR(due(c, "2026-10-02", 1, NEXT).s, "2026-10-07");
	calendar_free(c);
}

TEST(test_crlf_lines_byte_order_mark_and_blank_lines_are_accepted)
{
	static const char csv[] = "\xef\xbb\xbf" "nation,date,title,effect\r\n"
	    "\r\n"
	    "all,2026-10-05,Staff training,closed\r\n"
	    "\n";
	struct calendar *c = load_with_closures(EW, csv);

	if (c == NULL)
		return;
	CHECK_STR(name(c, "2026-10-05"), "Staff training");
	calendar_free(c);
}

TEST(test_calendar_open_reads_holidays_and_closures_from_forms_dir)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");
	struct error err = { 0 };
	struct calendar *c;

	c = calendar_open(dir != NULL && dir[0] != '\0' ? dir : "forms", SCO, &err);
	if (!CHECK(c != NULL))
		return;
	CHECK_STR(name(c, "2026-12-30"), CLOSURE_TITLE);
	CHECK_STR(name(c, "2027-01-04"), "2nd January (substitute day)");
	calendar_free(c);
}

/* Counting conventions. */

TEST(test_next_working_day_is_day_1_from_a_working_day)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-03-02", 1, NEXT).s, "2026-03-03");
	CHECK_STR(due(c, "2026-03-02", 5, NEXT).s, "2026-03-09");
	CHECK_STR(due(c, "2026-03-02", 20, NEXT).s, "2026-03-30");
	calendar_free(c);
}

TEST(test_receipt_day_is_day_1_when_it_is_a_working_day)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-03-02", 1, RECEIPT).s, "2026-03-02");
	CHECK_STR(due(c, "2026-03-02", 5, RECEIPT).s, "2026-03-06");
	CHECK_STR(due(c, "2026-12-23", 5, RECEIPT).s, "2026-12-31");
	calendar_free(c);
}

TEST(test_received_on_a_saturday_counts_from_monday_either_way)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-03-07", 1, NEXT).s, "2026-03-09");
	CHECK_STR(due(c, "2026-03-07", 1, RECEIPT).s, "2026-03-09");
	CHECK_STR(due(c, "2026-03-08", 5, NEXT).s, "2026-03-13");
	CHECK_STR(due(c, "2026-03-08", 5, RECEIPT).s, "2026-03-13");
	calendar_free(c);
}

TEST(test_received_on_a_bank_holiday_counts_from_next_working_day_either_way)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_STR(due(c, "2026-04-03", 1, NEXT).s, "2026-04-07");
	CHECK_STR(due(c, "2026-04-03", 1, RECEIPT).s, "2026-04-07");
	CHECK_STR(due(c, "2026-12-25", 2, NEXT).s, "2026-12-30");
	CHECK_STR(due(c, "2026-12-25", 2, RECEIPT).s, "2026-12-30");
	calendar_free(c);
}

TEST(test_zero_or_negative_working_days_returns_the_day_received)
{
	static const char *const days[] = { "2026-03-02", "2026-03-07", "2026-12-25" };
	static const int ns[] = { 0, -1, -20, INT_MIN };
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
		for (size_t j = 0; j < sizeof ns / sizeof ns[0]; j++) {
			CHECK_STR(due(c, days[i], ns[j], NEXT).s, days[i]);
			CHECK_STR(due(c, days[i], ns[j], RECEIPT).s, days[i]);
		}
	calendar_free(c);
}

/* Working days between two dates. */

TEST(test_working_days_between_the_same_day_is_zero)
{
	static const char *const days[] = { "2026-03-02", "2026-03-07", "2026-12-25",
	    "2026-12-30" };
	struct calendar *c = load_real(SCO, true);

	if (c == NULL)
		return;
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
		CHECK_INT(calendar_working_days_between(c, D(days[i]), D(days[i])), 0);
	calendar_free(c);
}

TEST(test_working_days_between_reversed_dates_is_negative)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_INT(calendar_working_days_between(c, D("2026-12-23"), D("2027-01-04")), 5);
	CHECK_INT(calendar_working_days_between(c, D("2027-01-04"), D("2026-12-23")), -5);
	CHECK_INT(calendar_working_days_between(c, D("2026-01-01"), D("2027-01-01")), 253);
	CHECK_INT(calendar_working_days_between(c, D("2027-01-01"), D("2026-01-01")), -253);
	calendar_free(c);
}

TEST(test_overdue_by_only_a_weekend_is_zero_working_days)
{
	struct calendar *c = load_real(EW, false);

	if (c == NULL)
		return;
	CHECK_INT(calendar_working_days_between(c, D("2026-03-06"), D("2026-03-07")), 0);
	CHECK_INT(calendar_working_days_between(c, D("2026-03-06"), D("2026-03-08")), 0);
	CHECK_INT(calendar_working_days_between(c, D("2026-03-06"), D("2026-03-09")), 1);
	/* Due Thursday 24 December 2026: Christmas and a weekend pass, then Tuesday 29th. */
	CHECK_INT(calendar_working_days_between(c, D("2026-12-24"), D("2026-12-28")), 0);
	CHECK_INT(calendar_working_days_between(c, D("2026-12-24"), D("2026-12-29")), 1);
	calendar_free(c);
}

/* Checks between(r, due(r, n)) is n from each day of 2025-2028, n 1 to 25; shows the first miss. */
static void
check_round_trip(const struct calendar *c, const char *nation)
{
	struct date r = D("2025-01-01"), end = D("2029-01-01");
	unsigned misses = 0;
	char first[160] = "";

	for (; calendar_compare(r, end) < 0; r = calendar_add_days(r, 1))
		for (int n = 1; n <= 25; n++) {
			struct date next = calendar_due(c, r, n, NEXT);
			struct date receipt = calendar_due(c, r, n, RECEIPT);
			int got_next = calendar_working_days_between(c, r, next);
			int got_receipt = calendar_working_days_between(c,
			    calendar_add_days(r, -1), receipt);
			int back = calendar_working_days_between(c, next, r);

			if (got_next == n && got_receipt == n && back == -n &&
			    calendar_is_working_day(c, next) && calendar_is_working_day(c, receipt))
				continue;
			if (misses++ == 0)
				snprintf(first, sizeof first, "%s from %s, n %d: %d, %d, %d",
				    nation, iso(r).s, n, got_next, got_receipt, back);
		}
	harness_check(misses == 0, __FILE__, __LINE__, "%u misses, first %s", misses, first);
}

TEST(test_working_days_between_round_trips_calendar_due)
{
	for (size_t i = 0; i < sizeof all_nations / sizeof all_nations[0]; i++) {
		struct calendar *without = load_real(all_nations[i], false);
		struct calendar *with = load_real(all_nations[i], true);

		if (without != NULL)
			check_round_trip(without, all_nations[i]);
		if (with != NULL)
			check_round_trip(with, all_nations[i]);
		calendar_free(without);
		calendar_free(with);
	}
}

/* Checks between(a, b) against counting day by day for every pair of days in [from, to). */
static void
check_against_day_by_day(const struct calendar *c, const char *from, const char *to, int step)
{
	struct date first = D(from), end = D(to);
	int days = 0, *before, misses = 0;
	char example[160] = "";

	for (struct date d = first; calendar_compare(d, end) < 0; d = calendar_add_days(d, 1))
		days++;
	if (!CHECK((before = malloc((size_t)(days + 1) * sizeof *before)) != NULL))
		return;
	/* before[i]: working days in [first, first + i). */
	before[0] = 0;
	for (int i = 0; i < days; i++)
		before[i + 1] = before[i] + calendar_is_working_day(c, calendar_add_days(first, i));
	for (int i = 0; i < days; i += step)
		for (int j = 0; j < days; j += step) {
			struct date a = calendar_add_days(first, i);
			struct date b = calendar_add_days(first, j);
			int want = before[j + 1] - before[i + 1];
			int got = calendar_working_days_between(c, a, b);

			if (got != want && misses++ == 0)
				snprintf(example, sizeof example, "%s to %s: %d, want %d",
				    iso(a).s, iso(b).s, got, want);
		}
	harness_check(misses == 0, __FILE__, __LINE__, "%d misses, first %s", misses, example);
	free(before);
}

TEST(test_working_days_between_matches_counting_day_by_day)
{
	static const char csv[] = CLOSURES_HEADER
	    "all,2026-03-07,Saturday surgery,open\n"
	    "all,2026-03-08,Sunday surgery,open\n"
	    "all,2026-05-04,Open for the elections,open\n"
	    "all,2026-10-05,Staff training,closed\n"
	    "all,2026-10-10,Closed on a Saturday,closed\n"
	    "all,1970-01-03,Saturday before the epoch's first Monday,open\n"
	    "all,1969-12-31,Closed before the epoch,closed\n";
	struct calendar *c = load_with_closures(NI, csv);

	if (c == NULL)
		return;
	check_against_day_by_day(c, "2025-11-01", "2027-03-01", 1);
	check_against_day_by_day(c, "1969-11-01", "1970-02-01", 1);
	check_against_day_by_day(c, "1960-01-01", "2040-01-01", 97);
	calendar_free(c);
}

/* Dates. */

TEST(test_parse_date_accepts_days_that_exist)
{
	struct date d;

	CHECK(calendar_parse_date("2026-12-31", &d) && d.year == 2026 && d.month == 12 &&
	    d.day == 31);
	CHECK(calendar_parse_date("2028-02-29", &d) && d.year == 2028 && d.month == 2 &&
	    d.day == 29);
	CHECK(calendar_parse_date("2000-02-29", &d));
	CHECK(calendar_parse_date("0001-01-01", &d) && d.year == 1);
	CHECK(calendar_parse_date("9999-12-31", &d) && d.year == 9999);
}

TEST(test_parse_date_rejects_days_that_do_not_exist)
{
	static const char *const bad[] = { "2026-02-29", "1900-02-29", "2100-02-29",
	    "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01" };
	struct date d = { 1234, 5, 6 };

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		harness_check(!calendar_parse_date(bad[i], &d), __FILE__, __LINE__,
		    "\"%s\" was accepted", bad[i]);
	CHECK(d.year == 1234 && d.month == 5 && d.day == 6);
}

TEST(test_parse_date_rejects_other_shapes)
{
	static const char *const bad[] = { "2026-1-01", "2026-01-1", "26-01-01", "2026/01/01",
	    "2026-01-01x", "2026-01-01 ", " 2026-01-01", "2026-01-01\n", "", "31/12/2026",
	    "2026-0a-01", "+026-01-01", "2026-01--1", "2026 01 01", "20260101" };
	struct date d = { 1234, 5, 6 };

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		harness_check(!calendar_parse_date(bad[i], &d), __FILE__, __LINE__,
		    "\"%s\" was accepted", bad[i]);
	CHECK(!calendar_parse_date(NULL, &d));
	CHECK(d.year == 1234 && d.month == 5 && d.day == 6);
}

TEST(test_format_date_and_british_pad_with_zeros)
{
	char out[CALENDAR_DATE_SIZE];

	calendar_format_date((struct date){ 2026, 1, 5 }, out);
	CHECK_STR(out, "2026-01-05");
	calendar_format_british((struct date){ 2026, 1, 5 }, out);
	CHECK_STR(out, "05/01/2026");
	calendar_format_date((struct date){ 1, 1, 1 }, out);
	CHECK_STR(out, "0001-01-01");
	calendar_format_british((struct date){ 2026, 12, 31 }, out);
	CHECK_STR(out, "31/12/2026");
}

TEST(test_weekday_is_0_for_monday_to_6_for_sunday)
{
	CHECK_INT(calendar_weekday(D("2026-12-21")), 0);
	CHECK_INT(calendar_weekday(D("2026-12-23")), 2);
	CHECK_INT(calendar_weekday(D("2026-12-25")), 4);
	CHECK_INT(calendar_weekday(D("2026-12-26")), 5);
	CHECK_INT(calendar_weekday(D("2026-12-27")), 6);
	CHECK_INT(calendar_weekday(D("2028-02-29")), 1);
	CHECK_INT(calendar_weekday(D("1970-01-01")), 3);
	CHECK_INT(calendar_weekday(D("1969-12-31")), 2);
	CHECK_INT(calendar_weekday(D("0001-01-01")), 0);
	CHECK_INT(calendar_weekday(D("9999-12-31")), 4);
}

TEST(test_add_days_crosses_month_year_and_leap_day)
{
	CHECK_STR(iso(calendar_add_days(D("2026-01-31"), 1)).s, "2026-02-01");
	CHECK_STR(iso(calendar_add_days(D("2026-02-28"), 1)).s, "2026-03-01");
	CHECK_STR(iso(calendar_add_days(D("2028-02-28"), 1)).s, "2028-02-29");
	CHECK_STR(iso(calendar_add_days(D("2028-03-01"), -1)).s, "2028-02-29");
	CHECK_STR(iso(calendar_add_days(D("2100-02-28"), 1)).s, "2100-03-01");
	CHECK_STR(iso(calendar_add_days(D("2000-02-28"), 1)).s, "2000-02-29");
	CHECK_STR(iso(calendar_add_days(D("2026-12-31"), 1)).s, "2027-01-01");
	CHECK_STR(iso(calendar_add_days(D("2027-01-01"), -1)).s, "2026-12-31");
	CHECK_STR(iso(calendar_add_days(D("1970-01-01"), -1)).s, "1969-12-31");
	CHECK_STR(iso(calendar_add_days(D("2026-03-01"), 365)).s, "2027-03-01");
	CHECK_STR(iso(calendar_add_days(D("2028-01-01"), 366)).s, "2029-01-01");
	CHECK_STR(iso(calendar_add_days(D("2026-06-15"), 0)).s, "2026-06-15");
}

/* The day after d, worked out without day numbers. */
static struct date
next_day(struct date d)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
	int last = d.month == 2 && leap ? 29 : days[d.month - 1];

	if (d.day < last)
		return (struct date){ d.year, d.month, d.day + 1 };
	if (d.month < 12)
		return (struct date){ d.year, d.month + 1, 1 };
	return (struct date){ d.year + 1, 1, 1 };
}

TEST(test_add_days_and_weekday_agree_with_counting_every_day_from_1600_to_2400)
{
	struct date d = D("1600-01-01"), end = D("2401-01-01");
	int weekday = calendar_weekday(d), misses = 0;
	char example[80] = "";

	CHECK_INT(weekday, 5);	/* 1 January 1600 was a Saturday */
	for (; calendar_compare(d, end) < 0; d = next_day(d)) {
		struct date after = calendar_add_days(d, 1), want = next_day(d);

		if ((calendar_compare(after, want) != 0 || calendar_weekday(d) != weekday ||
		    calendar_compare(calendar_add_days(want, -1), d) != 0) && misses++ == 0)
			snprintf(example, sizeof example, "at %s", iso(d).s);
		weekday = (weekday + 1) % 7;
	}
	harness_check(misses == 0, __FILE__, __LINE__, "%d misses, first %s", misses, example);
}

TEST(test_compare_orders_by_year_then_month_then_day)
{
	CHECK(calendar_compare(D("2026-12-31"), D("2027-01-01")) < 0);
	CHECK(calendar_compare(D("2027-01-01"), D("2026-12-31")) > 0);
	CHECK(calendar_compare(D("2026-02-28"), D("2026-03-01")) < 0);
	CHECK(calendar_compare(D("2026-03-02"), D("2026-03-01")) > 0);
	CHECK_INT(calendar_compare(D("2026-03-01"), D("2026-03-01")), 0);
}

/* Files that cannot be used. */

TEST(test_malformed_holiday_line_names_file_and_line)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad(HOLIDAYS_HEADER
	    "england-and-wales,2026-01-01,New Year's Day\n"
	    "england-and-wales,2026-02-30,Not a day\n"
	    "england-and-wales,2026-12-25,Christmas Day\n",
	    NULL, &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, holidays, 3);
	mentions(&err, "\"2026-02-30\" is not a date");
	CHECK(strstr(err.detail, "more problem") == NULL);
}

TEST(test_further_malformed_lines_are_counted)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad(HOLIDAYS_HEADER
	    "england-and-wales,2026-01-01,New Year's Day\n"
	    "\n"
	    "england-and-wales,2026-01-01\n"
	    "wales,2026-03-01,St David's Day\n"
	    "scotland,2026-11-30,\n",
	    NULL, &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, holidays, 4);
	mentions(&err, "2 fields where there should be 3");
	mentions(&err, "(and 2 more problems)");
}

TEST(test_one_further_malformed_line_is_one_more_problem)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad(HOLIDAYS_HEADER
	    "england-and-wales,2026-01-01,\n"
	    "england-and-wales,2026-01-01,New Year's Day,extra\n",
	    NULL, &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, holidays, 2);
	mentions(&err, "the title is empty");
	mentions(&err, "(and 1 more problem)");
}

TEST(test_each_kind_of_malformed_holiday_line_is_reported)
{
	static const struct {
		const char *line, *words;
	} cases[] = {
		{ "wales,2026-03-01,St David's Day\n", "unknown nation \"wales\"" },
		{ "england-and-wales,26-12-25,Christmas Day\n", "\"26-12-25\" is not a date" },
		{ "england-and-wales,2026-12-25,\n", "the title is empty" },
		{ "england-and-wales,2026-12-25\n", "2 fields where there should be 3" },
		{ "england-and-wales,2026-12-25,Christmas,Day\n",
		    "4 fields where there should be 3" },
		{ "england-and-wales,2026-12-25,\"Christmas Day\n", "a quote mark is not closed" },
		{ "england-and-wales,2026-12-25,Christ\"mas Day\n", "stands inside a field" },
		{ "england-and-wales,2026-12-25,\"Christmas\" Day\n", "stands inside a field" },
	};
	char holidays[512], closures[512], text[200];
	struct error err;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(text, sizeof text, HOLIDAYS_HEADER
		    "england-and-wales,2026-01-01,New Year's Day\n%s", cases[i].line);
		CHECK_INT(load_bad(text, NULL, &err, holidays, closures, sizeof holidays),
		    STATUS_INVALID);
		names_line(&err, holidays, 3);
		mentions(&err, cases[i].words);
	}
}

TEST(test_lines_for_other_nations_are_still_checked)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad(HOLIDAYS_HEADER
	    "england-and-wales,2026-01-01,New Year's Day\n"
	    "scotland,2026-01-02,\n",
	    NULL, &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, holidays, 3);
}

TEST(test_wrong_header_is_reported_on_line_1)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad("nation,date,name\n"
	    "england-and-wales,2026-01-01,New Year's Day\n",
	    NULL, &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, holidays, 1);
	mentions(&err, "the first line should be \"nation,date,title\"");
}

TEST(test_empty_holidays_file_is_invalid)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad("", NULL, &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, holidays, 1);
	mentions(&err, "the file is empty");
}

TEST(test_holidays_file_without_the_nation_is_invalid)
{
	char holidays[512];
	struct error err;
	struct calendar *c;

	if (!harness_write_temp("calendar", HOLIDAYS_HEADER "scotland,2026-01-02,2nd January\n", holidays,
	    sizeof holidays))
		return;
	memset(&err, 0, sizeof err);
	c = calendar_load(holidays, NULL, EW, &err);
	CHECK(c == NULL);
	CHECK_INT(err.status, STATUS_INVALID);
	mentions(&err, "no bank holidays for england-and-wales");
	calendar_free(c);
	c = calendar_load(holidays, NULL, SCO, &err);
	CHECK(c != NULL);
	calendar_free(c);
	unlink(holidays);
}

TEST(test_malformed_closures_line_names_the_closures_file)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad(HOLIDAYS_HEADER "england-and-wales,2026-01-01,New Year's Day\n",
	    CLOSURES_HEADER
	    "all,2026-12-29,Christmas closure,closed\n"
	    "all,2026-12-30,Christmas closure,shut\n"
	    "wales,2026-12-31,Christmas closure,closed\n",
	    &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, closures, 3);
	mentions(&err, "effect \"shut\" should be closed or open");
	mentions(&err, "(and 1 more problem");
}

TEST(test_closures_file_with_holidays_header_is_invalid)
{
	char holidays[512], closures[512];
	struct error err;

	CHECK_INT(load_bad(HOLIDAYS_HEADER "england-and-wales,2026-01-01,New Year's Day\n",
	    HOLIDAYS_HEADER "all,2026-12-29,Christmas closure\n",
	    &err, holidays, closures, sizeof holidays), STATUS_INVALID);
	names_line(&err, closures, 1);
	mentions(&err, "nation,date,title,effect");
}

TEST(test_missing_holidays_file_is_an_io_error)
{
	struct error err = { 0 };
	struct calendar *c = calendar_load("/nonexistent/uk-bank-holidays.csv", NULL, EW, &err);

	CHECK(c == NULL);
	CHECK_INT(err.status, STATUS_IO_ERROR);
	mentions(&err, "/nonexistent/uk-bank-holidays.csv");
	calendar_free(c);
}

TEST(test_missing_closures_file_means_no_closures)
{
	char holidays[512];
	struct error err = { 0 };
	struct calendar *c;

	forms_path("uk-bank-holidays.csv", holidays, sizeof holidays);
	c = calendar_load(holidays, "/nonexistent/closures.csv", EW, &err);
	if (!CHECK(c != NULL))
		return;
	CHECK(working(c, "2026-12-29"));
	CHECK(!working(c, "2026-12-25"));
	calendar_free(c);
}

TEST(test_closures_path_that_cannot_be_read_is_an_io_error)
{
	const char *tmp = getenv("CIVICDESK_TEST_TMP");
	char holidays[512];
	struct error err = { 0 };
	struct calendar *c;

	forms_path("uk-bank-holidays.csv", holidays, sizeof holidays);
	c = calendar_load(holidays, tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp", EW, &err);
	CHECK(c == NULL);
	CHECK_INT(err.status, STATUS_IO_ERROR);
	calendar_free(c);
}

TEST(test_unknown_nation_argument_is_invalid)
{
	static const char *const bad[] = { "wales", "England-and-Wales", "all", "" };
	char holidays[512];
	struct error err;
	struct calendar *c;

	forms_path("uk-bank-holidays.csv", holidays, sizeof holidays);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		c = calendar_load(holidays, NULL, bad[i], &err);
		CHECK(c == NULL);
		CHECK_INT(err.status, STATUS_INVALID);
		mentions(&err, "unknown nation");
		calendar_free(c);
	}
	memset(&err, 0, sizeof err);
	c = calendar_load(holidays, NULL, NULL, &err);
	CHECK(c == NULL);
	CHECK_INT(err.status, STATUS_INVALID);
	calendar_free(c);
}

/* Coverage and today. */

TEST(test_covers_only_years_in_the_bank_holiday_file)
{
	struct calendar *c = load_real(SCO, false);

	if (c == NULL)
		return;
	CHECK(calendar_covers(c, D("2026-06-15")));
	CHECK(calendar_covers(c, D("2018-01-01")));
	CHECK(calendar_covers(c, D("2030-12-31")));
	CHECK(!calendar_covers(c, D("2017-12-31")));
	CHECK(!calendar_covers(c, D("2031-01-01")));
	CHECK(!calendar_covers(c, D("2040-01-01")));
	calendar_free(c);
}

/* Sets CIVICDESK_TODAY to value (unset when NULL) and returns calendar_today(). */
static struct date
today_with(const char *value)
{
	if (value != NULL)
		setenv("CIVICDESK_TODAY", value, 1);
	else
		unsetenv("CIVICDESK_TODAY");
	return calendar_today();
}

static struct date
local_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return (struct date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

TEST(test_today_honours_civicdesk_today)
{
	CHECK_STR(iso(today_with("2026-12-23")).s, "2026-12-23");
	CHECK_STR(iso(today_with("2028-02-29")).s, "2028-02-29");
	unsetenv("CIVICDESK_TODAY");
}

TEST(test_today_ignores_a_civicdesk_today_that_is_not_a_date)
{
	static const char *const bad[] = { "2026-02-30", "tomorrow", "23/12/2026", "" };

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct date before = local_today();
		struct date got = today_with(bad[i]);
		struct date after = local_today();

		harness_check(calendar_compare(got, before) == 0 ||
		    calendar_compare(got, after) == 0, __FILE__, __LINE__,
		    "CIVICDESK_TODAY=\"%s\" gave %s", bad[i], iso(got).s);
	}
	CHECK(calendar_compare(today_with(NULL), local_today()) == 0);
}

static const struct test tests[] = {
	TEST_ENTRY(test_christmas_2026_england_and_wales_skips_25_28_december_and_1_january),
	TEST_ENTRY(test_christmas_2026_scotland_also_skips_2_january_substitute),
	TEST_ENTRY(test_christmas_2026_northern_ireland_matches_england_and_wales),
	TEST_ENTRY(test_christmas_2027_on_a_weekend_moves_to_27_and_28_december),
	TEST_ENTRY(test_new_year_2028_scotland_skips_two_substitute_days),
	TEST_ENTRY(test_good_friday_is_a_holiday_in_every_nation),
	TEST_ENTRY(test_easter_monday_is_a_holiday_except_in_scotland),
	TEST_ENTRY(test_due_dates_across_easter_2026),
	TEST_ENTRY(test_due_dates_across_easter_2027),
	TEST_ENTRY(test_st_patricks_day_is_a_holiday_only_in_northern_ireland),
	TEST_ENTRY(test_battle_of_the_boyne_on_a_weekend_moves_to_monday_in_northern_ireland),
	TEST_ENTRY(test_st_andrews_day_on_a_sunday_moves_to_monday_in_scotland),
	TEST_ENTRY(test_2_january_is_a_holiday_only_in_scotland),
	TEST_ENTRY(test_christmas_closure_2026_applies_in_every_nation),
	TEST_ENTRY(test_christmas_closure_2026_pushes_due_dates_into_january),
	TEST_ENTRY(test_open_row_makes_a_bank_holiday_a_working_day_for_its_nation),
	TEST_ENTRY(test_open_row_makes_a_saturday_a_working_day),
	TEST_ENTRY(test_later_closure_row_wins_and_bank_holiday_keeps_its_title),
	TEST_ENTRY(test_closure_on_a_bank_holiday_keeps_the_bank_holiday_title),
	TEST_ENTRY(test_closure_titles_may_be_quoted),
	TEST_ENTRY(test_crlf_lines_byte_order_mark_and_blank_lines_are_accepted),
	TEST_ENTRY(test_calendar_open_reads_holidays_and_closures_from_forms_dir),
	TEST_ENTRY(test_next_working_day_is_day_1_from_a_working_day),
	TEST_ENTRY(test_receipt_day_is_day_1_when_it_is_a_working_day),
	TEST_ENTRY(test_received_on_a_saturday_counts_from_monday_either_way),
	TEST_ENTRY(test_received_on_a_bank_holiday_counts_from_next_working_day_either_way),
	TEST_ENTRY(test_zero_or_negative_working_days_returns_the_day_received),
	TEST_ENTRY(test_working_days_between_the_same_day_is_zero),
	TEST_ENTRY(test_working_days_between_reversed_dates_is_negative),
	TEST_ENTRY(test_overdue_by_only_a_weekend_is_zero_working_days),
	TEST_ENTRY(test_working_days_between_round_trips_calendar_due),
	TEST_ENTRY(test_working_days_between_matches_counting_day_by_day),
	TEST_ENTRY(test_parse_date_accepts_days_that_exist),
	TEST_ENTRY(test_parse_date_rejects_days_that_do_not_exist),
	TEST_ENTRY(test_parse_date_rejects_other_shapes),
	TEST_ENTRY(test_format_date_and_british_pad_with_zeros),
	TEST_ENTRY(test_weekday_is_0_for_monday_to_6_for_sunday),
	TEST_ENTRY(test_add_days_crosses_month_year_and_leap_day),
	TEST_ENTRY(test_add_days_and_weekday_agree_with_counting_every_day_from_1600_to_2400),
	TEST_ENTRY(test_compare_orders_by_year_then_month_then_day),
	TEST_ENTRY(test_malformed_holiday_line_names_file_and_line),
	TEST_ENTRY(test_further_malformed_lines_are_counted),
	TEST_ENTRY(test_one_further_malformed_line_is_one_more_problem),
	TEST_ENTRY(test_each_kind_of_malformed_holiday_line_is_reported),
	TEST_ENTRY(test_lines_for_other_nations_are_still_checked),
	TEST_ENTRY(test_wrong_header_is_reported_on_line_1),
	TEST_ENTRY(test_empty_holidays_file_is_invalid),
	TEST_ENTRY(test_holidays_file_without_the_nation_is_invalid),
	TEST_ENTRY(test_malformed_closures_line_names_the_closures_file),
	TEST_ENTRY(test_closures_file_with_holidays_header_is_invalid),
	TEST_ENTRY(test_missing_holidays_file_is_an_io_error),
	TEST_ENTRY(test_missing_closures_file_means_no_closures),
	TEST_ENTRY(test_closures_path_that_cannot_be_read_is_an_io_error),
	TEST_ENTRY(test_unknown_nation_argument_is_invalid),
	TEST_ENTRY(test_covers_only_years_in_the_bank_holiday_file),
	TEST_ENTRY(test_today_honours_civicdesk_today),
	TEST_ENTRY(test_today_ignores_a_civicdesk_today_that_is_not_a_date),
};

HARNESS_MAIN(tests)
