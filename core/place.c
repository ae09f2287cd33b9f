/* Places and their opening hours. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "place.h"

struct closure {
	struct date day;
	char reason[96];
};

struct place_hours {
	struct place_day week[7];	/* by calendar_weekday: 0 Monday .. 6 Sunday */
	struct closure *closed;
	int nclosed;
};

void
place_row(struct place *p, const struct pg_result *res, int row)
{

	p->id = (int)db_int(res, row, "id");
	DB_COPY(p->code, res, row, "code");
	DB_COPY(p->name, res, row, "name");
	DB_COPY(p->kind, res, row, "kind");
	DB_COPY(p->address, res, row, "address");
	DB_COPY(p->phone, res, row, "phone");
	p->service_point_id = (int)db_int(res, row, "sp");
}

static void
place_from_row(void *element, const struct pg_result *res, int row)
{
	place_row(element, res, row);
}

enum status
place_get(struct db *db, int id, struct place *out, struct error *err)
{
	return db_get(db, "SELECT " PLACE_COLUMNS "FROM place WHERE id = $1", id, place_from_row,
	    out, "no such place", err);
}

enum status
place_of_service_point(struct db *db, int service_point_id, struct place *out, struct error *err)
{
	return db_get(db, "SELECT " PLACE_COLUMNS "FROM place WHERE service_point_id = $1",
	    service_point_id, place_from_row, out,
	    "no opening hours are recorded for this service point", err);
}

static int
minutes_of(const char *hhmm)
{
	int h = 0, m = 0;

	sscanf(hhmm, "%d:%d", &h, &m);
	return h * 60 + m;
}

static enum status
load_week(struct db *db, const char *place, struct place_hours *h, struct error *err)
{
	static const char sql[] = "SELECT weekday, to_char(opens, 'HH24:MI') AS opens, "
	    "to_char(closes, 'HH24:MI') AS closes FROM opening_time WHERE place_id = $1 "
	    "ORDER BY weekday, opens";
	const char *params[] = { place };
	struct pg_result *res = db_exec(db, sql, 1, params, err);

	if (res == NULL)
		return err->status;
	for (int r = 0; r < db_rows(res); r++) {
		struct place_day *d = &h->week[(db_int(res, r, "weekday") + 6) % 7];

		if (d->count == PLACE_SESSIONS)
			continue;
		d->session[d->count].opens = minutes_of(db_text(res, r, "opens"));
		d->session[d->count].closes = minutes_of(db_text(res, r, "closes"));
		d->count++;
	}
	db_clear(res);
	return STATUS_OK;
}

static void
closure_from_row(void *element, const struct pg_result *res, int row)
{
	struct closure *c = element;

	calendar_parse_date(db_text(res, row, "on_date"), &c->day);
	DB_COPY(c->reason, res, row, "reason");
}

struct place_hours *
place_hours_load(struct db *db, int place_id, struct date from, struct date to, struct error *err)
{
	static const char sql[] = "SELECT on_date::text AS on_date, reason FROM place_closure "
	    "WHERE place_id = $1 AND on_date BETWEEN $2::date AND $3::date ORDER BY on_date";
	char place[16], first[CALENDAR_DATE_SIZE], last[CALENDAR_DATE_SIZE];
	const char *params[] = { place, first, last };
	struct place_hours *h = calloc(1, sizeof *h);

	if (h == NULL) {
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	snprintf(place, sizeof place, "%d", place_id);
	calendar_format_date(from, first);
	calendar_format_date(to, last);
	if (load_week(db, place, h, err) != STATUS_OK ||
	    (h->closed = db_select(db, sql, 3, params, sizeof *h->closed, closure_from_row,
		&h->nclosed, err)) == NULL) {
		free(h);
		return NULL;
	}
	return h;
}

void
place_hours_free(struct place_hours *h)
{
	if (h == NULL)
		return;
	free(h->closed);
	free(h);
}

void
place_hours_on(const struct place_hours *h, const struct calendar *cal, struct date day,
    struct place_day *out)
{
	const char *holiday = cal ? calendar_holiday_name(cal, day) : NULL;

	*out = h->week[calendar_weekday(day)];
	out->why_closed[0] = '\0';
	for (int i = 0; i < h->nclosed; i++)
		if (calendar_compare(h->closed[i].day, day) == 0) {
			out->count = 0;
			snprintf(out->why_closed, sizeof out->why_closed, "%s", h->closed[i].reason);
			return;
		}
	if (holiday != NULL) {
		out->count = 0;
		snprintf(out->why_closed, sizeof out->why_closed, "%s", holiday);
	}
}

void
place_time_format(int minute, char *out, size_t size)
{
	int h = minute / 60 % 24, m = minute % 60;
	int h12 = h % 12 == 0 ? 12 : h % 12;
	const char *half = h < 12 ? "am" : "pm";

	if (h == 12 && m == 0)
		snprintf(out, size, "12 noon");
	else if (m == 0)
		snprintf(out, size, "%d%s", h12, half);
	else
		snprintf(out, size, "%d:%02d%s", h12, m, half);
}

void
place_day_format(const struct place_day *day, char *out, size_t size)
{
	size_t used = 0;

	if (day->count == 0) {
		snprintf(out, size, day->why_closed[0] ? "Closed (%s)" : "Closed%s", day->why_closed);
		return;
	}
	out[0] = '\0';
	for (int i = 0; i < day->count && used < size; i++) {
		char opens[16], closes[16];

		place_time_format(day->session[i].opens, opens, sizeof opens);
		place_time_format(day->session[i].closes, closes, sizeof closes);
		used += (size_t)snprintf(out + used, size - used, "%s%s to %s", i ? ", " : "",
		    opens, closes);
	}
}
