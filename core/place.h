/*
 * Places the public can go to (council offices, libraries, recycling centres) and when they are
 * open: a service point's hours for appointments, a library's hours today. A place is shut on
 * the council's bank holidays and closures (the calendar) and on its own closure days.
 */
#ifndef CIVICDESK_PLACE_H
#define CIVICDESK_PLACE_H

#include "calendar.h"
#include "db.h"

#define PLACE_SESSIONS 4

struct place {
	int id;
	char code[32];
	char name[96];
	char kind[24];			/* office, library, recycling_centre, other */
	char address[160];
	char phone[32];
	int service_point_id;		/* 0: nobody works here for the council */
};

/* Open from opens to closes, in minutes after midnight. */
struct place_session {
	int opens, closes;
};

struct place_day {
	int count;			/* 0: shut all day */
	struct place_session session[PLACE_SESSIONS];
	char why_closed[96];		/* when shut: the bank holiday, the closure's reason, or "" */
};

enum status place_get(struct db *db, int id, struct place *out, struct error *err);

/* The columns PLACE_COLUMNS selects, from one row of a query. */
#define PLACE_COLUMNS "id, code, name, kind, address, phone, coalesce(service_point_id, 0) AS sp "
void place_row(struct place *p, const struct pg_result *res, int row);

/* The place a service point works from; STATUS_NOT_FOUND when none is recorded. */
enum status place_of_service_point(struct db *db, int service_point_id, struct place *out,
    struct error *err);

/* A place's weekly hours and its closures from one day to another, loaded once. */
struct place_hours;

struct place_hours *place_hours_load(struct db *db, int place_id, struct date from,
    struct date to, struct error *err);
void place_hours_free(struct place_hours *h);

/* When the place is open on day (a day outside the loaded range knows no closures). */
void place_hours_on(const struct place_hours *h, const struct calendar *cal, struct date day,
    struct place_day *out);

/* "9:30am to 1pm, 2pm to 5pm" or "Closed (Christmas Day)". */
void place_day_format(const struct place_day *day, char *out, size_t size);

/* "9:30am", "1pm", "12 noon": the way a time is said to a customer. */
void place_time_format(int minute, char *out, size_t size);

#endif
