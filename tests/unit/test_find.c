/*
 * Tests for core/find and core/place without a database: the next bin collection of a weekly
 * or fortnightly round, moved a day by a bank holiday earlier in its week (the real England and
 * Wales calendar from forms/calendar, folder from CIVICDESK_FORMS_DIR, default "forms" from the
 * repository root), and opening times as they are said to a customer.
 */
#include <stdio.h>
#include <stdlib.h>

#include "find.h"
#include "harness.h"

#define EW "england-and-wales"

/* Rounds that collected on these days; every later collection is counted from them. */
#define FIRST_MONDAY "2026-11-02"
#define FIRST_TUESDAY "2026-11-03"
#define FIRST_WEDNESDAY "2026-11-04"
#define FIRST_FRIDAY "2026-11-06"

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

/* The real calendar for England and Wales, closures included: read once, in main. */
static struct calendar *cal;

/* One answer of find_next_collection, as text. */
struct next {
	char date[CALENDAR_DATE_SIZE];
	char moved_by[64];
};

static struct next
next(int every_weeks, const char *first, const char *from)
{
	struct next n;

	/* Something in moved_by already, so an answer that forgets to clear it shows. */
	snprintf(n.moved_by, sizeof n.moved_by, "stale");
	calendar_format_date(find_next_collection(cal, every_weeks, D(first), D(from), n.moved_by,
	    sizeof n.moved_by), n.date);
	return n;
}

/* Checks the next collection of a round from a day: its date and what moved it ("" nothing). */
#define CHECK_NEXT(weeks, first, from, want_date, want_moved_by) \
	check_next_at(__LINE__, (weeks), (first), (from), (want_date), (want_moved_by))

static void
check_next_at(int at, int every_weeks, const char *first,
    const char *from, const char *want_date, const char *want_moved_by)
{
	struct next n = next(every_weeks, first, from);

	harness_check(strcmp(n.date, want_date) == 0 && strcmp(n.moved_by, want_moved_by) == 0,
	    __FILE__, at, "every %d weeks from %s, on or after %s: got %s \"%s\", want %s \"%s\"",
	    every_weeks, first, from, n.date, n.moved_by, want_date, want_moved_by);
}

static const char *
said(int minute)
{
	static char out[32];

	place_time_format(minute, out, sizeof out);
	return out;
}

static const char *
day_said(const struct place_day *day)
{
	static char out[128];

	place_day_format(day, out, sizeof out);
	return out;
}

/* Bin rounds ------------------------------------------------------------------------------- */

TEST(test_weekly_round_collects_today_when_today_is_collection_day)
{
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-11-24", "2026-11-24", "");
	CHECK_NEXT(1, FIRST_TUESDAY, FIRST_TUESDAY, FIRST_TUESDAY, "");
}

TEST(test_weekly_round_the_day_after_collection_is_next_week)
{
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-11-25", "2026-12-01", "");
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-11-23", "2026-11-24", "");
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-11-29", "2026-12-01", "");
}

TEST(test_fortnightly_round_collects_on_its_own_weeks_only)
{
	/* 3 and 17 November, 1 and 15 December: 24 November is the week off. */
	CHECK_NEXT(2, FIRST_TUESDAY, "2026-11-17", "2026-11-17", "");
	CHECK_NEXT(2, FIRST_TUESDAY, "2026-11-18", "2026-12-01", "");
	CHECK_NEXT(2, FIRST_TUESDAY, "2026-11-24", "2026-12-01", "");
	CHECK_NEXT(2, FIRST_TUESDAY, "2026-12-01", "2026-12-01", "");
	CHECK_NEXT(2, FIRST_TUESDAY, "2026-12-02", "2026-12-15", "");
}

TEST(test_fortnightly_round_counts_from_its_first_date_a_week_later)
{
	/* The other half of the streets: 10 and 24 November, 8 December. */
	CHECK_NEXT(2, "2026-11-10", "2026-11-24", "2026-11-24", "");
	CHECK_NEXT(2, "2026-11-10", "2026-11-25", "2026-12-08", "");
}

TEST(test_friday_collection_on_christmas_day_moves_to_saturday)
{
	CHECK_NEXT(1, FIRST_FRIDAY, "2026-12-21", "2026-12-26", "Christmas Day");
	CHECK_NEXT(1, FIRST_FRIDAY, "2026-12-25", "2026-12-26", "Christmas Day");
	/* On Boxing Saturday itself the moved collection is still today's, not next week's. */
	CHECK_NEXT(1, FIRST_FRIDAY, "2026-12-26", "2026-12-26", "Christmas Day");
}

TEST(test_monday_collection_on_the_boxing_day_substitute_moves_to_tuesday)
{
	CHECK_NEXT(1, FIRST_MONDAY, "2026-12-22", "2026-12-29", "Boxing Day (substitute day)");
	CHECK_NEXT(1, FIRST_MONDAY, "2026-12-28", "2026-12-29", "Boxing Day (substitute day)");
	CHECK_NEXT(1, FIRST_MONDAY, "2026-12-29", "2026-12-29", "Boxing Day (substitute day)");
}

/* A holiday on Monday moves every later day of that week too, not only Monday's round. */
TEST(test_later_rounds_in_the_week_of_the_holiday_move_a_day)
{
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-12-28", "2026-12-30", "Boxing Day (substitute day)");
	CHECK_NEXT(1, FIRST_WEDNESDAY, "2026-12-28", "2026-12-31",
	    "Boxing Day (substitute day)");
	/* A fortnightly Tuesday round's week is 15 and 29 December: the 29th moves. */
	CHECK_NEXT(2, FIRST_TUESDAY, "2026-12-16", "2026-12-30", "Boxing Day (substitute day)");
}

/* Bin rounds follow the country's bank holidays, not the council offices' Christmas closure. */
TEST(test_council_closure_days_do_not_move_collections)
{
	/* 29 to 31 December are office closures: the Tuesday round is moved by Monday's holiday. */
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-12-29", "2026-12-30", "Boxing Day (substitute day)");
	CHECK(calendar_bank_holiday(cal, D("2026-12-30")) == NULL);
}

TEST(test_collection_before_the_holiday_in_its_week_is_not_moved)
{
	/* Christmas week: Monday to Thursday come before the Friday holiday. */
	CHECK_NEXT(1, FIRST_MONDAY, "2026-12-21", "2026-12-21", "");
	CHECK_NEXT(1, FIRST_TUESDAY, "2026-12-21", "2026-12-22", "");
	CHECK_NEXT(1, FIRST_WEDNESDAY, "2026-12-21", "2026-12-23", "");
}

TEST(test_week_without_a_bank_holiday_is_not_moved)
{
	CHECK_NEXT(1, FIRST_FRIDAY, "2026-11-24", "2026-11-27", "");
	CHECK_NEXT(1, FIRST_MONDAY, "2026-12-15", "2026-12-21", "");
	/* The week after Christmas: Monday 4 January 2027 is an ordinary Monday. */
	CHECK_NEXT(1, FIRST_MONDAY, "2026-12-30", "2027-01-04", "");
}

/*
 * New Year's Day 2027 is the Friday of the week Boxing Day's substitute began: the Friday round
 * still moves one day, to Saturday. (Which of the two holidays moved_by names is not checked
 * here: the contract does not say.)
 */
TEST(test_new_years_day_2027_moves_the_friday_round_to_saturday)
{
	CHECK_STR(next(1, FIRST_FRIDAY, "2026-12-27").date, "2027-01-02");
	CHECK_STR(next(1, FIRST_FRIDAY, "2027-01-02").date, "2027-01-02");
	CHECK(next(1, FIRST_FRIDAY, "2026-12-27").moved_by[0] != '\0');
}

/* Opening times --------------------------------------------------------------------------- */

TEST(test_times_are_said_the_way_a_customer_hears_them)
{
	CHECK_STR(said(9 * 60 + 30), "9:30am");
	CHECK_STR(said(17 * 60), "5pm");
	CHECK_STR(said(12 * 60), "12 noon");
	CHECK_STR(said(12 * 60 + 30), "12:30pm");
	CHECK_STR(said(17 * 60 + 30), "5:30pm");
	CHECK_STR(said(9 * 60 + 5), "9:05am");
	CHECK_STR(said(8 * 60), "8am");
}

TEST(test_open_day_lists_its_sessions)
{
	struct place_day one = { .count = 1, .session = { { 9 * 60 + 30, 17 * 60 + 30 } } };
	struct place_day two = { .count = 2,
		.session = { { 9 * 60 + 30, 13 * 60 }, { 14 * 60, 17 * 60 } } };

	CHECK_STR(day_said(&one), "9:30am to 5:30pm");
	CHECK_STR(day_said(&two), "9:30am to 1pm, 2pm to 5pm");
}

TEST(test_closed_day_says_why)
{
	struct place_day christmas = { .count = 0, .why_closed = "Christmas Day" };
	struct place_day sunday = { .count = 0, .why_closed = "" };

	CHECK_STR(day_said(&christmas), "Closed (Christmas Day)");
	CHECK_STR(day_said(&sunday), "Closed");
}

static const struct test tests[] = {
	TEST_ENTRY(test_weekly_round_collects_today_when_today_is_collection_day),
	TEST_ENTRY(test_weekly_round_the_day_after_collection_is_next_week),
	TEST_ENTRY(test_fortnightly_round_collects_on_its_own_weeks_only),
	TEST_ENTRY(test_fortnightly_round_counts_from_its_first_date_a_week_later),
	TEST_ENTRY(test_friday_collection_on_christmas_day_moves_to_saturday),
	TEST_ENTRY(test_monday_collection_on_the_boxing_day_substitute_moves_to_tuesday),
	TEST_ENTRY(test_later_rounds_in_the_week_of_the_holiday_move_a_day),
	TEST_ENTRY(test_council_closure_days_do_not_move_collections),
	TEST_ENTRY(test_collection_before_the_holiday_in_its_week_is_not_moved),
	TEST_ENTRY(test_week_without_a_bank_holiday_is_not_moved),
	TEST_ENTRY(test_new_years_day_2027_moves_the_friday_round_to_saturday),
	TEST_ENTRY(test_times_are_said_the_way_a_customer_hears_them),
	TEST_ENTRY(test_open_day_lists_its_sessions),
	TEST_ENTRY(test_closed_day_says_why),
};

int
main(int argc, char **argv)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");
	struct error err = { 0 };
	int status;

	cal = calendar_open(dir != NULL && dir[0] != '\0' ? dir : "forms", EW, &err);
	if (cal == NULL) {
		fprintf(stderr, "cannot open the calendar: %s\n", err.detail);
		return 1;
	}
	status = harness_main(argc, argv, tests, (int)(sizeof tests / sizeof tests[0]));
	calendar_free(cal);
	return status;
}
