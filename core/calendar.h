/*
 * Dates and working days: which days a council in England and Wales, Scotland or Northern
 * Ireland works, and the due dates and "working days late" counted from them.
 *
 * Two files in forms/calendar/ say which days are not worked:
 * - uk-bank-holidays.csv (`nation,date,title`): GOV.UK's bank holidays, kept byte for byte as
 *   shared/reference/uk-bank-holidays.csv so it can be refreshed from
 *   https://www.gov.uk/bank-holidays.json. 2018 to 2028 are GOV.UK's; 2029 and 2030 are computed
 *   from the usual rules and must be replaced when GOV.UK publishes them (see calendar_covers).
 * - closures.csv (`nation,date,title,effect`): the council's own days on top of bank holidays.
 *   effect `closed` adds a day off (a Scottish local holiday, the Christmas closure); `open`
 *   makes a day a working day (the council works on a bank holiday). nation may be `all`. The
 *   rows shipped are demo data for the fictional Borough of Eastmere: a council replaces them.
 * Both files: a header line exactly as above, dates YYYY-MM-DD, fields quoted as in RFC 4180
 * when they hold a comma, no line breaks inside fields, blank lines ignored.
 */
#ifndef CIVICDESK_CALENDAR_H
#define CIVICDESK_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

/* A calendar date with no time of day or time zone. Functions below expect a valid date. */
struct date {
	int year, month, day;
};

/* Room for "YYYY-MM-DD" or "DD/MM/YYYY" and the NUL. */
#define CALENDAR_DATE_SIZE 11

/* 28 to 31: the days in month (1 to 12) of year, by the Gregorian rules. */
int calendar_days_in_month(int year, int month);

/* Reads exactly "YYYY-MM-DD" (year 0001 to 9999, a day that exists); false leaves out alone. */
bool calendar_parse_date(const char *iso, struct date *out);

/* "2026-12-31": for storage and the database. */
void calendar_format_date(struct date d, char out[CALENDAR_DATE_SIZE]);

/* "31/12/2026": for screens and letters. */
void calendar_format_british(struct date d, char out[CALENDAR_DATE_SIZE]);

/* "Thursday 26 November 2026": for what is read or sent to a customer. */
void calendar_format_long(struct date d, char *out, size_t size);

/* Negative, zero or positive as a is before, the same as or after b. */
int calendar_compare(struct date a, struct date b);

/* The date n days after d (n may be negative). */
struct date calendar_add_days(struct date d, int n);

/* 0 Monday, 1 Tuesday ... 5 Saturday, 6 Sunday. */
int calendar_weekday(struct date d);

/* The days one council in one nation does not work. */
struct calendar;

/*
 * Reads the bank holidays of nation ("england-and-wales", "scotland" or "northern-ireland") from
 * holidays_csv, then the council's closures_csv on top; closures_csv may be NULL or name a file
 * that does not exist, meaning no closures. Closure rows apply in order, so where two name the
 * same day the later wins (`all` open, then `scotland` closed). The caller frees the result
 * with calendar_free. On failure returns NULL with err set:
 * - STATUS_INVALID: an unknown nation, no bank holidays for it, or malformed lines (every line
 *   is checked, whatever its nation); err->detail names the first as "file:line: what is
 *   wrong" and counts the rest.
 * - STATUS_IO_ERROR: holidays_csv (or an existing closures_csv) cannot be read.
 * - STATUS_NO_MEMORY.
 */
struct calendar *calendar_load(const char *holidays_csv, const char *closures_csv,
    const char *nation, struct error *err);

/* calendar_load of forms_dir/calendar/uk-bank-holidays.csv and forms_dir/calendar/closures.csv. */
struct calendar *calendar_open(const char *forms_dir, const char *nation, struct error *err);

/* Frees c and everything it holds; NULL is fine. */
void calendar_free(struct calendar *c);

/*
 * Monday to Friday, unless a bank holiday or `closed` row says otherwise; any day (a Saturday
 * too) that an `open` row names.
 */
bool calendar_is_working_day(const struct calendar *c, struct date d);

/*
 * Why d is not a working day, when a bank holiday or closure is the reason: its title (the bank
 * holiday's where both fall on d), borrowed from c. NULL on working days, so also on a bank
 * holiday the council opens, and NULL on ordinary weekends.
 */
const char *calendar_holiday_name(const struct calendar *c, struct date d);

/*
 * The bank holiday on d, borrowed from c, or NULL: whether or not the council works it, and
 * never a council closure. For what follows the country's holidays rather than the offices
 * (bin rounds).
 */
const char *calendar_bank_holiday(const struct calendar *c, struct date d);

/*
 * Whether the bank holiday file lists d's year for this nation. Outside those years only
 * weekends and closures count, so due dates there may be early: screens should say so.
 */
bool calendar_covers(const struct calendar *c, struct date d);

/* When counting starts. Complaint codes differ, so callers always say which one they follow. */
enum calendar_count {
	/* The first working day after the day of receipt is day 1 (the usual rule, the default). */
	CALENDAR_NEXT_WORKING_DAY_IS_DAY_1,
	/* The day of receipt is day 1 when it is a working day, else the next working day is. */
	CALENDAR_RECEIPT_DAY_IS_DAY_1_IF_WORKING,
};

/*
 * The date of working day n counted from received under how. n <= 0 returns received itself
 * under either convention: nothing is left to count, even when received is not a working day.
 */
struct date calendar_due(const struct calendar *c, struct date received, int n,
    enum calendar_count how);

/*
 * The working days in (a, b] when b is after a, that is after a up to and including b; minus
 * the working days in (b, a] when b is before a; 0 when they are the same day. So
 * calendar_working_days_between(c, r, calendar_due(c, r, n, CALENDAR_NEXT_WORKING_DAY_IS_DAY_1))
 * is n; from today to a due date it is "due in N working days" (0 when due today); from a due
 * date to today it is "overdue by N working days" (0 if only a weekend has passed since). Takes
 * the same time whatever the distance.
 */
int calendar_working_days_between(const struct calendar *c, struct date a, struct date b);

/*
 * Today in the local time zone. The environment variable CIVICDESK_TODAY=YYYY-MM-DD (or the
 * date of CIVICDESK_NOW) fixes the clock for tests, demonstrations and training; a value that is
 * not such a date is ignored.
 */
struct date calendar_today(void);

/* A civil date and time of day at the service point, to the minute, with no time zone. */
struct moment {
	struct date date;
	int minute;		/* after midnight: 0 to 1439 */
};

/* Room for "YYYY-MM-DD HH:MM" and the NUL. */
#define CALENDAR_MOMENT_SIZE 17

/*
 * Now, in the local time zone. CIVICDESK_NOW=YYYY-MM-DDTHH:MM fixes the whole clock (tests of
 * queues and slots); otherwise CIVICDESK_TODAY fixes the date and the time of day is real.
 */
struct moment calendar_now(void);

/* Reads "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM", seconds after it ignored. */
bool calendar_parse_moment(const char *text, struct moment *out);

/* "2026-11-24 09:30": for the database. */
void calendar_format_moment(struct moment m, char out[CALENDAR_MOMENT_SIZE]);

/* Minutes from a to b: negative when b is before a. */
int calendar_minutes_between(struct moment a, struct moment b);

#endif
