/*
 * Working days: dates become day numbers, and a calendar is the sorted list of days that differ
 * from "Monday to Friday", so lookups are binary searches and counts need no walk day by day.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>

#include "calendar.h"
#include "files.h"

/* A day that is not what its weekday alone says, or a bank holiday on a weekend. */
struct entry {
	int day;		/* day number, see day_number() */
	bool working;		/* an `open` row made it a working day */
	bool bank_holiday;	/* title is the bank holiday's, which a closure does not replace */
	char *title;		/* owned; NULL only for a day an `open` row added */
};

struct calendar {
	struct entry *entries;	/* sorted by day, one per day */
	size_t count, size;
	int *adjust;		/* adjust[i]: what entries[0..i-1] add to a count of Mondays-Fridays */
	int first_year, last_year;	/* the years holding this nation's bank holidays */
};

/* One CSV file being read; problems are counted, and the first kept for the error. */
struct reader {
	struct calendar *cal;
	const char *nation;
	const char *path;
	unsigned line;		/* number of the line being read, from 1 */
	unsigned problems;
	char first[200];	/* "path:line: what", short enough to add the count of the rest */
};

/* What one of the two files looks like. */
struct format {
	const char *header;
	int columns;
	enum status (*row)(struct reader *r, char **fields);	/* fields: columns of them */
};

#define MAX_COLUMNS 8
#define EPOCH_WEEKDAY 3		/* 1970-01-01, day number 0, was a Thursday */
#define FIRST_MONDAY 4		/* 1970-01-05 */

static const char *const nations[] = { "england-and-wales", "scotland", "northern-ireland" };

static enum status holiday_row(struct reader *r, char **fields);
static enum status closure_row(struct reader *r, char **fields);

static const struct format holidays_format = { "nation,date,title", 3, holiday_row };
static const struct format closures_format = { "nation,date,title,effect", 4, closure_row };

/* Dates as day numbers (days since 1970-01-01), after Howard Hinnant's civil calendar algorithms. */

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
calendar_days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

static int
day_number(struct date d)
{
	int y = d.year - (d.month <= 2);
	int era = (y >= 0 ? y : y - 399) / 400;
	int year_of_era = y - era * 400;
	int day_of_year = (153 * ((d.month + 9) % 12) + 2) / 5 + d.day - 1;	/* from 1 March */
	int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

	return era * 146097 + day_of_era - 719468;
}

static struct date
from_day_number(int z)
{
	int shifted = z + 719468;
	int era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
	int day_of_era = shifted - era * 146097;
	int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 -
	    day_of_era / 146096) / 365;
	int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	int month_from_march = (5 * day_of_year + 2) / 153;
	struct date d;

	d.day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
	d.month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
	d.year = year_of_era + era * 400 + (d.month <= 2);
	return d;
}

static int
weekday_of(int day)
{
	return (day % 7 + 7 + EPOCH_WEEKDAY) % 7;
}

/* Mondays to Fridays before day, counted from 1970-01-05 (negative before it): differences count. */
static int
weekdays_before(int day)
{
	int since = day - FIRST_MONDAY;
	int weeks = since >= 0 ? since / 7 : -((-since + 6) / 7);
	int rest = since - weeks * 7;

	return weeks * 5 + (rest < 5 ? rest : 5);
}

static int
digits(const char *s, int n)
{
	int value = 0;

	while (n-- > 0)
		value = value * 10 + (*s++ - '0');
	return value;
}

bool
calendar_parse_date(const char *iso, struct date *out)
{
	struct date d;

	if (iso == NULL || strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)iso[i]))
			return false;
	d.year = digits(iso, 4);
	d.month = digits(iso + 5, 2);
	d.day = digits(iso + 8, 2);
	if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
	    d.day > calendar_days_in_month(d.year, d.month))
		return false;
	*out = d;
	return true;
}

void
calendar_format_date(struct date d, char out[CALENDAR_DATE_SIZE])
{
	snprintf(out, CALENDAR_DATE_SIZE, "%04d-%02d-%02d", d.year, d.month, d.day);
}

void
calendar_format_british(struct date d, char out[CALENDAR_DATE_SIZE])
{
	snprintf(out, CALENDAR_DATE_SIZE, "%02d/%02d/%04d", d.day, d.month, d.year);
}

void
calendar_format_long(struct date d, char *out, size_t size)
{
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
		"Friday", "Saturday", "Sunday" };
	static const char *const months[] = { "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December" };

	snprintf(out, size, "%s %d %s %d", days[calendar_weekday(d)], d.day, months[d.month - 1],
	    d.year);
}

int
calendar_compare(struct date a, struct date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	return (a.day > b.day) - (a.day < b.day);
}

struct date
calendar_add_days(struct date d, int n)
{
	return from_day_number(day_number(d) + n);
}

int
calendar_weekday(struct date d)
{
	return weekday_of(day_number(d));
}

/* The calendar's entries. */

/* Index of the first entry on or after day (count when there is none). */
static size_t
first_from(const struct calendar *c, int day)
{
	size_t lo = 0, hi = c->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->entries[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const struct entry *
find(const struct calendar *c, int day)
{
	size_t i = first_from(c, day);

	return i < c->count && c->entries[i].day == day ? &c->entries[i] : NULL;
}

/* The entry for day, added (not working, no title) when there is none; NULL if out of memory. */
static struct entry *
entry_for(struct calendar *c, int day)
{
	size_t i = first_from(c, day);

	if (i < c->count && c->entries[i].day == day)
		return &c->entries[i];
	if (c->count == c->size) {
		size_t size = c->size == 0 ? 64 : c->size * 2;
		struct entry *grown = realloc(c->entries, size * sizeof *grown);

		if (grown == NULL)
			return NULL;
		c->entries = grown;
		c->size = size;
	}
	memmove(&c->entries[i + 1], &c->entries[i], (c->count - i) * sizeof c->entries[0]);
	c->entries[i] = (struct entry){ .day = day };
	c->count++;
	return &c->entries[i];
}

static bool
working_on(const struct calendar *c, int day)
{
	const struct entry *e = find(c, day);

	return e != NULL ? e->working : weekday_of(day) < 5;
}

/* What one entry adds to a count of Mondays to Fridays: -1, 0 or +1. */
static int
correction(const struct entry *e)
{
	bool weekday = weekday_of(e->day) < 5;

	return (e->working && !weekday) - (!e->working && weekday);
}

static enum status
build_adjust(struct calendar *c, struct error *err)
{
	c->adjust = malloc((c->count + 1) * sizeof c->adjust[0]);
	if (c->adjust == NULL)
		return error_set(err, STATUS_NO_MEMORY, NULL);
	c->adjust[0] = 0;
	for (size_t i = 0; i < c->count; i++)
		c->adjust[i + 1] = c->adjust[i] + correction(&c->entries[i]);
	return STATUS_OK;
}

/* Reading the CSV files. */

static enum status problem(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Records a malformed line; returns STATUS_INVALID, and reading goes on to find the others. */
static enum status
problem(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (r->problems++ > 0)
		return STATUS_INVALID;
	n = snprintf(r->first, sizeof r->first, "%s:%u: ", r->path, r->line);
	if (n < 0 || (size_t)n >= sizeof r->first)
		return STATUS_INVALID;
	va_start(ap, fmt);
	vsnprintf(r->first + n, sizeof r->first - (size_t)n, fmt, ap);
	va_end(ap);
	return STATUS_INVALID;
}

static bool
is_nation(const char *name)
{
	for (size_t i = 0; i < sizeof nations / sizeof nations[0]; i++)
		if (strcmp(name, nations[i]) == 0)
			return true;
	return false;
}

static enum status
holiday_row(struct reader *r, char **fields)
{
	struct date d;
	struct entry *e;

	if (!is_nation(fields[0]))
		return problem(r, "unknown nation \"%.40s\"", fields[0]);
	if (!calendar_parse_date(fields[1], &d))
		return problem(r, "\"%.40s\" is not a date like 2026-12-25", fields[1]);
	if (fields[2][0] == '\0')
		return problem(r, "the title is empty");
	if (strcmp(fields[0], r->nation) != 0)
		return STATUS_OK;
	if (d.year < r->cal->first_year)
		r->cal->first_year = d.year;
	if (d.year > r->cal->last_year)
		r->cal->last_year = d.year;
	if ((e = entry_for(r->cal, day_number(d))) == NULL)
		return STATUS_NO_MEMORY;
	if (e->title != NULL)
		return STATUS_OK;	/* listed twice: the first title stays */
	if ((e->title = strdup(fields[2])) == NULL)
		return STATUS_NO_MEMORY;
	e->bank_holiday = true;
	return STATUS_OK;
}

static enum status
apply_closure(struct calendar *c, struct date d, bool open, const char *title)
{
	struct entry *e = entry_for(c, day_number(d));
	char *copy;

	if (e == NULL)
		return STATUS_NO_MEMORY;
	e->working = open;
	if (open || e->bank_holiday)
		return STATUS_OK;
	if ((copy = strdup(title)) == NULL)
		return STATUS_NO_MEMORY;
	free(e->title);
	e->title = copy;
	return STATUS_OK;
}

static enum status
closure_row(struct reader *r, char **fields)
{
	bool all = strcmp(fields[0], "all") == 0;
	bool open = strcmp(fields[3], "open") == 0;
	struct date d;

	if (!all && !is_nation(fields[0]))
		return problem(r, "unknown nation \"%.40s\" (england-and-wales, scotland, "
		    "northern-ireland or all)", fields[0]);
	if (!calendar_parse_date(fields[1], &d))
		return problem(r, "\"%.40s\" is not a date like 2026-12-29", fields[1]);
	if (fields[2][0] == '\0')
		return problem(r, "the title is empty");
	if (!open && strcmp(fields[3], "closed") != 0)
		return problem(r, "effect \"%.20s\" should be closed or open", fields[3]);
	if (!all && strcmp(fields[0], r->nation) != 0)
		return STATUS_OK;
	return apply_closure(r->cal, d, open, fields[2]);
}

static enum status
read_line(struct reader *r, const struct format *fmt, char *text)
{
	char *fields[MAX_COLUMNS];
	int n;

	if (r->line == 1) {
		if (strncmp(text, "\xef\xbb\xbf", 3) == 0)
			text += 3;	/* the byte order mark spreadsheets write */
		if (strcmp(text, fmt->header) != 0)
			return problem(r, "the first line should be \"%s\"", fmt->header);
		return STATUS_OK;
	}
	if (text[0] == '\0')
		return STATUS_OK;
	n = files_csv_split(text, fields, MAX_COLUMNS);
	if (n < 0)
		return problem(r, "a quote mark is not closed, or stands inside a field");
	if (n != fmt->columns)
		return problem(r, "%d fields where there should be %d (%s)", n, fmt->columns,
		    fmt->header);
	return fmt->row(r, fields);
}

static enum status
read_lines(struct reader *r, FILE *f, const struct format *fmt, struct error *err)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	enum status st = STATUS_OK;

	r->line = 0;
	while (st != STATUS_NO_MEMORY && (len = getline(&line, &cap, f)) >= 0) {
		r->line++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		st = read_line(r, fmt, line);
	}
	free(line);
	if (st == STATUS_NO_MEMORY || (!feof(f) && errno == ENOMEM))
		return error_set(err, STATUS_NO_MEMORY, NULL);
	if (!feof(f))
		return error_set(err, STATUS_IO_ERROR, "%s:%u: %s", r->path, r->line + 1,
		    strerror(errno));
	if (r->line == 0) {
		r->line = 1;
		problem(r, "the file is empty; it should start \"%s\"", fmt->header);
	}
	return STATUS_OK;
}

/* Reads path into r->cal; a missing file is an error only when required. */
static enum status
read_csv(struct reader *r, const char *path, const struct format *fmt, bool required,
    struct error *err)
{
	FILE *f = fopen(path, "r");
	enum status st;

	if (f == NULL) {
		if (!required && errno == ENOENT)
			return STATUS_OK;
		return error_set(err, STATUS_IO_ERROR, "%s: %s", path, strerror(errno));
	}
	r->path = path;
	r->problems = 0;
	st = read_lines(r, f, fmt, err);
	fclose(f);
	if (st != STATUS_OK || r->problems == 0)
		return st;
	if (r->problems == 1)
		return error_set(err, STATUS_INVALID, "%s", r->first);
	return error_set(err, STATUS_INVALID, "%s (and %u more problem%s)", r->first,
	    r->problems - 1, r->problems == 2 ? "" : "s");
}

struct calendar *
calendar_load(const char *holidays_csv, const char *closures_csv, const char *nation,
    struct error *err)
{
	struct reader r = { .nation = nation };

	if (nation == NULL || !is_nation(nation)) {
		error_set(err, STATUS_INVALID, "unknown nation \"%s\": use england-and-wales, "
		    "scotland or northern-ireland", nation != NULL ? nation : "");
		return NULL;
	}
	if ((r.cal = calloc(1, sizeof *r.cal)) == NULL) {
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	r.cal->first_year = INT_MAX;
	r.cal->last_year = INT_MIN;
	if (read_csv(&r, holidays_csv, &holidays_format, true, err) != STATUS_OK)
		goto fail;
	if (r.cal->count == 0) {
		error_set(err, STATUS_INVALID, "%s: no bank holidays for %s", holidays_csv, nation);
		goto fail;
	}
	if (closures_csv != NULL &&
	    read_csv(&r, closures_csv, &closures_format, false, err) != STATUS_OK)
		goto fail;
	if (build_adjust(r.cal, err) != STATUS_OK)
		goto fail;
	return r.cal;
fail:
	calendar_free(r.cal);
	return NULL;
}

struct calendar *
calendar_open(const char *forms_dir, const char *nation, struct error *err)
{
	char holidays[1024], closures[1024];
	int n = snprintf(holidays, sizeof holidays, "%s/calendar/uk-bank-holidays.csv", forms_dir);
	int m = snprintf(closures, sizeof closures, "%s/calendar/closures.csv", forms_dir);

	if (n < 0 || (size_t)n >= sizeof holidays || m < 0 || (size_t)m >= sizeof closures) {
		error_set(err, STATUS_IO_ERROR, "the forms folder's name is too long: %.100s...",
		    forms_dir);
		return NULL;
	}
	return calendar_load(holidays, closures, nation, err);
}

void
calendar_free(struct calendar *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->count; i++)
		free(c->entries[i].title);
	free(c->entries);
	free(c->adjust);
	free(c);
}

bool
calendar_is_working_day(const struct calendar *c, struct date d)
{
	return working_on(c, day_number(d));
}

const char *
calendar_holiday_name(const struct calendar *c, struct date d)
{
	const struct entry *e = find(c, day_number(d));

	return e != NULL && !e->working ? e->title : NULL;
}

const char *
calendar_bank_holiday(const struct calendar *c, struct date d)
{
	const struct entry *e = find(c, day_number(d));

	return e != NULL && e->bank_holiday ? e->title : NULL;
}

bool
calendar_covers(const struct calendar *c, struct date d)
{
	return d.year >= c->first_year && d.year <= c->last_year;
}

/* The n-th working day after day (n > 0), walking the entries alongside the days. */
static int
nth_working_day_after(const struct calendar *c, int day, int n)
{
	size_t next = first_from(c, day + 1);
	bool working;

	while (n > 0) {
		day++;
		if (next < c->count && c->entries[next].day == day)
			working = c->entries[next++].working;
		else
			working = weekday_of(day) < 5;
		if (working)
			n--;
	}
	return day;
}

struct date
calendar_due(const struct calendar *c, struct date received, int n, enum calendar_count how)
{
	int day = day_number(received);

	if (n <= 0)
		return received;
	if (how == CALENDAR_RECEIPT_DAY_IS_DAY_1_IF_WORKING)
		day--;		/* counting from the day before lets received itself be day 1 */
	return from_day_number(nth_working_day_after(c, day, n));
}

/* Working days in (from, to], from <= to: Mondays to Fridays, corrected by the entries there. */
static int
working_days_after(const struct calendar *c, int from, int to)
{
	return weekdays_before(to + 1) - weekdays_before(from + 1) +
	    c->adjust[first_from(c, to + 1)] - c->adjust[first_from(c, from + 1)];
}

int
calendar_working_days_between(const struct calendar *c, struct date a, struct date b)
{
	int from = day_number(a), to = day_number(b);

	return to >= from ? working_days_after(c, from, to) : -working_days_after(c, to, from);
}

struct moment
calendar_now(void)
{
	const char *fixed = getenv("CIVICDESK_NOW");
	struct moment m;
	struct tm tm;
	time_t now;

	if (fixed != NULL && calendar_parse_moment(fixed, &m))
		return m;
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL) {
		m.date = from_day_number((int)(now / 86400));
		m.minute = (int)(now % 86400 / 60);
	} else {
		m.date = (struct date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
		m.minute = tm.tm_hour * 60 + tm.tm_min;
	}
	fixed = getenv("CIVICDESK_TODAY");
	if (fixed != NULL)
		calendar_parse_date(fixed, &m.date);
	return m;
}

struct date
calendar_today(void)
{
	return calendar_now().date;
}

bool
calendar_parse_moment(const char *text, struct moment *out)
{
	char day[CALENDAR_DATE_SIZE];
	unsigned hour, minute;
	int used = 0;
	struct date d;

	if (strlen(text) < 16 || (text[10] != ' ' && text[10] != 'T'))
		return false;
	memcpy(day, text, 10);
	day[10] = '\0';
	if (!calendar_parse_date(day, &d) ||
	    sscanf(text + 11, "%2u:%2u%n", &hour, &minute, &used) != 2 || used != 5 ||
	    hour > 23 || minute > 59 || (text[16] != '\0' && text[16] != ':'))
		return false;
	out->date = d;
	out->minute = (int)(hour * 60 + minute);
	return true;
}

void
calendar_format_moment(struct moment m, char out[CALENDAR_MOMENT_SIZE])
{
	calendar_format_date(m.date, out);
	snprintf(out + 10, CALENDAR_MOMENT_SIZE - 10, " %02d:%02d", m.minute / 60 % 24, m.minute % 60);
}

int
calendar_minutes_between(struct moment a, struct moment b)
{
	return (day_number(b.date) - day_number(a.date)) * 1440 + b.minute - a.minute;
}
