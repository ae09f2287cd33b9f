/* Book it: appointment types, free times, bookings and what the customer is sent about them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "book.h"
#include "place.h"

const struct choice book_modes[] = {
	{ "face_to_face", N_("Face to face") },
	{ "phone", N_("By phone") },
	{ "video", N_("By video") },
	{ NULL, NULL },
};

const struct choice book_statuses[] = {
	{ "booked", N_("Booked") },
	{ "arrived", N_("Arrived") },
	{ "seen", N_("Seen") },
	{ "no_show", N_("Did not come") },
	{ "cancelled", N_("Cancelled") },
	{ "rebooked", N_("Moved") },
	{ NULL, NULL },
};

/* Types ----------------------------------------------------------------------------------- */

#define TYPE_COLUMNS "t.id, t.service_point_id, coalesce(p.name, sp.name) AS service_point, " \
	"t.code, t.name, t.minutes, t.mode, t.bring FROM appointment_type t " \
	"JOIN service_point sp ON sp.id = t.service_point_id " \
	"LEFT JOIN place p ON p.service_point_id = sp.id "

static void
type_from_row(void *element, const struct pg_result *res, int row)
{
	struct book_type *t = element;

	t->id = (int)db_int(res, row, "id");
	t->service_point_id = (int)db_int(res, row, "service_point_id");
	DB_COPY(t->service_point, res, row, "service_point");
	DB_COPY(t->code, res, row, "code");
	DB_COPY(t->name, res, row, "name");
	t->minutes = (int)db_int(res, row, "minutes");
	DB_COPY(t->mode, res, row, "mode");
	DB_COPY(t->bring, res, row, "bring");
}

enum status
book_types(struct db *db, int service_point_id, struct book_type **out, int *count,
    struct error *err)
{
	static const char sql[] = "SELECT " TYPE_COLUMNS "WHERE t.active "
	    "ORDER BY t.service_point_id = $1::int DESC, 3, t.name";
	char point[16];
	const char *params[] = { point };

	snprintf(point, sizeof point, "%d", service_point_id);
	*out = db_select(db, sql, 1, params, sizeof **out, type_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

enum status
book_type_get(struct db *db, int id, struct book_type *out, struct error *err)
{
	return db_get(db, "SELECT " TYPE_COLUMNS "WHERE t.id = $1", id, type_from_row, out,
	    "no such appointment type", err);
}

/* Free times ------------------------------------------------------------------------------ */

/* What is already booked for the advisors who take a type, in minutes from the search start. */
struct busy {
	int staff_id;
	struct moment start, end;	/* as read */
	int from, to;			/* minutes after the diary's origin */
};

struct diary {
	int *staff;
	int nstaff;
	struct busy *busy;
	int nbusy;
	struct moment origin;
};

static void
staff_from_row(void *element, const struct pg_result *res, int row)
{
	*(int *)element = (int)db_int(res, row, "staff_id");
}

static void
busy_from_row(void *element, const struct pg_result *res, int row)
{
	struct busy *b = element;

	b->staff_id = (int)db_int(res, row, "staff_id");
	calendar_parse_moment(db_text(res, row, "starts"), &b->start);
	calendar_parse_moment(db_text(res, row, "ends"), &b->end);
}

static enum status
diary_load(struct db *db, int type_id, struct moment from, struct date until, long long moving,
    struct diary *d, struct error *err)
{
	static const char staff_sql[] = "SELECT s.staff_id FROM appointment_type_staff s "
	    "JOIN staff ON staff.id = s.staff_id WHERE s.type_id = $1 AND staff.active "
	    "ORDER BY s.staff_id";
	static const char busy_sql[] = "SELECT a.staff_id, "
	    "to_char(a.starts_at, 'YYYY-MM-DD HH24:MI') AS starts, "
	    "to_char(a.ends_at, 'YYYY-MM-DD HH24:MI') AS ends FROM appointment a "
	    "JOIN appointment_type_staff s ON s.staff_id = a.staff_id AND s.type_id = $1 "
	    "WHERE a.status IN ('booked', 'arrived', 'seen') "
	    "AND a.ends_at > $2::date AND a.starts_at < $3::date + 1 AND a.id <> $4";
	char type[16], first[CALENDAR_DATE_SIZE], last[CALENDAR_DATE_SIZE], ignore[24];
	const char *params[] = { type, first, last, ignore };

	snprintf(type, sizeof type, "%d", type_id);
	snprintf(ignore, sizeof ignore, "%lld", moving);
	calendar_format_date(from.date, first);
	calendar_format_date(until, last);
	d->origin = (struct moment){ from.date, 0 };
	d->staff = db_select(db, staff_sql, 1, params, sizeof *d->staff, staff_from_row,
	    &d->nstaff, err);
	if (d->staff == NULL)
		return err->status;
	d->busy = db_select(db, busy_sql, 4, params, sizeof *d->busy, busy_from_row, &d->nbusy,
	    err);
	if (d->busy == NULL) {
		free(d->staff);
		return err->status;
	}
	for (int i = 0; i < d->nbusy; i++) {
		d->busy[i].from = calendar_minutes_between(d->origin, d->busy[i].start);
		d->busy[i].to = calendar_minutes_between(d->origin, d->busy[i].end);
	}
	return STATUS_OK;
}

static bool
advisor_free(const struct diary *d, int staff_id, int from, int to)
{
	for (int i = 0; i < d->nbusy; i++)
		if (d->busy[i].staff_id == staff_id && d->busy[i].from < to && from < d->busy[i].to)
			return false;
	return true;
}

static bool
anyone_free(const struct diary *d, int from, int to)
{
	for (int i = 0; i < d->nstaff; i++)
		if (advisor_free(d, d->staff[i], from, to))
			return true;
	return false;
}

/* Adds the free starts of one open session on day to out. */
static void
session_slots(const struct diary *d, const struct book_type *t, struct moment from,
    struct date day, const struct place_session *open, struct moment *out, int max, int *count)
{
	int base = calendar_minutes_between(d->origin, (struct moment){ day, 0 });

	for (int m = open->opens; m + t->minutes <= open->closes && *count < max;
	    m += BOOK_STEP_MINUTES) {
		struct moment start = { day, m };

		if (calendar_minutes_between(from, start) < 0)
			continue;
		if (anyone_free(d, base + m, base + m + t->minutes))
			out[(*count)++] = start;
	}
}

enum status
book_free_slots(struct db *db, const struct calendar *cal, const struct book_type *t,
    struct moment from, long long moving, struct moment *out, int max, int *count,
    struct error *err)
{
	struct date until = calendar_add_days(from.date, BOOK_SEARCH_DAYS);
	struct place where;
	struct place_hours *hours;
	struct diary d;

	*count = 0;
	if (place_of_service_point(db, t->service_point_id, &where, err) != STATUS_OK)
		return err->status;
	if ((hours = place_hours_load(db, where.id, from.date, until, err)) == NULL)
		return err->status;
	if (diary_load(db, t->id, from, until, moving, &d, err) != STATUS_OK) {
		place_hours_free(hours);
		return err->status;
	}
	for (struct date day = from.date; calendar_compare(day, until) <= 0 && *count < max;
	    day = calendar_add_days(day, 1)) {
		struct place_day open;

		place_hours_on(hours, cal, day, &open);
		for (int i = 0; i < open.count; i++)
			session_slots(&d, t, from, day, &open.session[i], out, max, count);
	}
	free(d.staff);
	free(d.busy);
	place_hours_free(hours);
	return STATUS_OK;
}

/* Whether the type's place is open for the whole of an appointment starting at start. */
static enum status
check_open(struct db *db, const struct calendar *cal, const struct book_type *t,
    struct moment start, struct error *err)
{
	struct place where;
	struct place_hours *hours;
	struct place_day open;
	bool fits = false;

	if (place_of_service_point(db, t->service_point_id, &where, err) != STATUS_OK)
		return err->status;
	if ((hours = place_hours_load(db, where.id, start.date, start.date, err)) == NULL)
		return err->status;
	place_hours_on(hours, cal, start.date, &open);
	place_hours_free(hours);
	for (int i = 0; i < open.count; i++)
		fits |= start.minute >= open.session[i].opens &&
		    start.minute + t->minutes <= open.session[i].closes;
	return fits ? STATUS_OK : error_set(err, STATUS_INVALID,
	    "%s is not open for the whole of that time", where.name);
}

/* One appointment ------------------------------------------------------------------------- */

#define APPOINTMENT_COLUMNS "a.id, a.reference, a.customer_id, " \
	"btrim(c.title || ' ' || c.full_name) AS customer, a.type_id, t.name AS type, t.mode, " \
	"t.bring, t.service_point_id, coalesce(p.name, sp.name) AS place, " \
	"coalesce(p.address, '') AS address, coalesce(p.phone, '') AS phone, " \
	"to_char(a.starts_at, 'YYYY-MM-DD HH24:MI') AS starts, " \
	"(extract(epoch FROM a.ends_at - a.starts_at) / 60)::int AS minutes, a.staff_id, " \
	"s.first_name || ' ' || s.last_name AS staff, a.status, a.note " \
	"FROM appointment a JOIN customer c ON c.id = a.customer_id " \
	"JOIN appointment_type t ON t.id = a.type_id " \
	"JOIN service_point sp ON sp.id = t.service_point_id " \
	"LEFT JOIN place p ON p.service_point_id = sp.id JOIN staff s ON s.id = a.staff_id "

static void
appointment_from_row(void *element, const struct pg_result *res, int row)
{
	struct book_appointment *a = element;

	a->id = db_int(res, row, "id");
	DB_COPY(a->reference, res, row, "reference");
	a->customer_id = db_int(res, row, "customer_id");
	DB_COPY(a->customer, res, row, "customer");
	a->type_id = (int)db_int(res, row, "type_id");
	DB_COPY(a->type, res, row, "type");
	DB_COPY(a->mode, res, row, "mode");
	DB_COPY(a->bring, res, row, "bring");
	a->service_point_id = (int)db_int(res, row, "service_point_id");
	DB_COPY(a->place, res, row, "place");
	DB_COPY(a->address, res, row, "address");
	DB_COPY(a->phone, res, row, "phone");
	calendar_parse_moment(db_text(res, row, "starts"), &a->start);
	a->minutes = (int)db_int(res, row, "minutes");
	a->staff_id = (int)db_int(res, row, "staff_id");
	DB_COPY(a->staff, res, row, "staff");
	DB_COPY(a->status, res, row, "status");
	DB_COPY(a->note, res, row, "note");
}

enum status
book_get(struct db *db, long long id, struct book_appointment *out, struct error *err)
{
	return db_get(db, "SELECT " APPOINTMENT_COLUMNS "WHERE a.id = $1", id,
	    appointment_from_row, out, "no such appointment", err);
}

enum status
book_of_customer(struct db *db, long long customer_id, struct book_appointment **out, int *count,
    struct error *err)
{
	static const char sql[] = "SELECT " APPOINTMENT_COLUMNS
	    "WHERE a.customer_id = $1 AND (a.status IN ('booked', 'arrived') "
	    "  OR a.starts_at > $2::date - 90) "
	    "ORDER BY a.status IN ('booked', 'arrived') AND a.starts_at >= $2::date DESC, "
	    "  CASE WHEN a.status IN ('booked', 'arrived') AND a.starts_at >= $2::date "
	    "    THEN a.starts_at END, a.starts_at DESC "
	    "LIMIT 8";
	char customer[24], today[CALENDAR_DATE_SIZE];
	const char *params[] = { customer, today };

	snprintf(customer, sizeof customer, "%lld", customer_id);
	calendar_format_date(calendar_today(), today);
	*out = db_select(db, sql, 2, params, sizeof **out, appointment_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

/* Messages -------------------------------------------------------------------------------- */

void
book_format_start(struct moment start, char *out, size_t size)
{
	static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
		"Aug", "Sep", "Oct", "Nov", "Dec" };
	char time[16];

	place_time_format(start.minute, time, sizeof time);
	snprintf(out, size, "%s %2d %s %s", days[calendar_weekday(start.date)], start.date.day,
	    months[start.date.month - 1], time);
}

/* Where the customer goes, or how they are reached, by the appointment's mode. */
static void
where_text(const struct book_appointment *a, char *out, size_t size)
{
	if (strcmp(a->mode, "phone") == 0)
		snprintf(out, size, "by phone: we will call you");
	else if (strcmp(a->mode, "video") == 0)
		snprintf(out, size, "by video: we will send you a link to join");
	else
		snprintf(out, size, "at %s, %s", a->place, a->address);
}

char *
book_message_text(const struct book_appointment *a, enum book_message which)
{
	static const char *const leads[] = {
		[BOOK_CONFIRM] = "Your appointment is booked",
		[BOOK_REMIND] = "A reminder of your appointment tomorrow",
		[BOOK_CANCEL] = "Your appointment is cancelled",
	};
	char day[48], time[16], where[256], bring[300] = "", text[1024];

	calendar_format_long(a->start.date, day, sizeof day);
	place_time_format(a->start.minute, time, sizeof time);
	where_text(a, where, sizeof where);
	if (a->bring[0] != '\0' && which != BOOK_CANCEL)
		snprintf(bring, sizeof bring, " Please bring %s.", a->bring);
	snprintf(text, sizeof text, "%s: %s, %s, on %s at %s (%d minutes).%s Your reference is %s. "
	    "%s%s.", leads[which], a->type, where, day, time, a->minutes, bring, a->reference,
	    which == BOOK_CANCEL ? "To book another time, call " : "To change or cancel it, call ",
	    a->phone);
	return strdup(text);
}

/* Puts a message about appointment id in its customer's outbox, inside the caller's write. */
static enum status
send_message(struct db *db, long long id, enum book_message which, struct error *err)
{
	struct book_appointment a;
	char customer[24], *body;
	const char *params[] = { customer, NULL };
	enum status st;

	if (book_get(db, id, &a, err) != STATUS_OK)
		return err->status;
	if ((body = book_message_text(&a, which)) == NULL)
		return error_set(err, STATUS_NO_MEMORY, NULL);
	snprintf(customer, sizeof customer, "%lld", a.customer_id);
	params[1] = body;
	st = db_run(db, "SELECT outbox_send($1, NULL, $2)", 2, params, err);
	free(body);
	return st;
}

/* Booking, cancelling --------------------------------------------------------------------- */

struct booking {
	const struct session *s;
	const char *request_id;
	const struct book_new *n;
	long long id;			/* cancel, no-show: the appointment */
	const char *reason;		/* cancel */
};

static enum status
mark_rebooked(const struct booking *b, struct error *err)
{
	char old[24];
	const char *params[] = { old };
	struct pg_result *res;

	snprintf(old, sizeof old, "%lld", b->n->rebook_of);
	res = db_exec_one(b->s->db, "UPDATE appointment SET status = 'rebooked' "
	    "WHERE id = $1 AND status = 'booked' RETURNING id", 1, params, STATUS_CONFLICT,
	    "That appointment is no longer booked, so it cannot be moved", err);
	if (res == NULL)
		return err->status;
	db_clear(res);
	return STATUS_OK;
}

static enum status
write_booking(void *arg, long long *result, struct error *err)
{
	struct booking *b = arg;
	char type[16], customer[24], start[CALENDAR_MOMENT_SIZE], staff[16], old[24];
	const char *params[] = { type, customer, start, staff, b->n->note ? b->n->note : "",
		b->n->rebook_of ? old : NULL };
	struct pg_result *res;

	snprintf(type, sizeof type, "%d", b->n->type_id);
	snprintf(customer, sizeof customer, "%lld", b->n->customer_id);
	calendar_format_moment(b->n->start, start);
	snprintf(staff, sizeof staff, "%d", b->s->staff.id);
	snprintf(old, sizeof old, "%lld", b->n->rebook_of);
	if (b->n->rebook_of != 0 && mark_rebooked(b, err) != STATUS_OK)
		return err->status;
	res = db_exec(b->s->db, "SELECT appointment_book($1, $2, $3::timestamp, $4, $5, $6) AS id",
	    6, params, err);
	if (res == NULL)
		return err->status;
	*result = db_int(res, 0, "id");
	db_clear(res);
	if (send_message(b->s->db, *result, BOOK_CONFIRM, err) != STATUS_OK)
		return err->status;
	/* One audit row per request: a rebooking is the new appointment, naming the old. */
	return audit_record(b->s, b->request_id, "create", "appointment", *result,
	    b->n->rebook_of ? "rebooked_from" : "", err);
}

enum status
book_make(const struct session *s, const struct calendar *cal, const char *request_id,
    const struct book_new *n, long long *id, struct error *err)
{
	struct booking b = { .s = s, .request_id = request_id, .n = n };
	struct book_type t;

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (calendar_minutes_between(calendar_now(), n->start) < 0)
		return error_set(err, STATUS_INVALID, "That time has already passed");
	if (book_type_get(s->db, n->type_id, &t, err) != STATUS_OK ||
	    check_open(s->db, cal, &t, n->start, err) != STATUS_OK)
		return err->status;
	return db_write(s->db, request_id, n->rebook_of ? "appointment.rebook" :
	    "appointment.book", s->staff.id, write_booking, &b, id, err);
}

/* Moves a booked appointment to status; its customer is told when which says so. */
static enum status
write_status(const struct booking *b, const char *status, long long *result, struct error *err)
{
	char key[24];
	const char *params[] = { key, status, b->reason };
	struct pg_result *res;

	snprintf(key, sizeof key, "%lld", b->id);
	res = db_exec_one(b->s->db, "UPDATE appointment SET status = $2, cancel_reason = $3 "
	    "WHERE id = $1 AND status = 'booked' RETURNING id", 3, params, STATUS_CONFLICT,
	    "That appointment is no longer booked: reopen it to see what happened", err);
	if (res == NULL)
		return err->status;
	db_clear(res);
	*result = b->id;
	return audit_record(b->s, b->request_id, "update", "appointment", b->id, "status", err);
}

static enum status
write_cancel(void *arg, long long *result, struct error *err)
{
	const struct booking *b = arg;

	if (write_status(b, "cancelled", result, err) != STATUS_OK)
		return err->status;
	return send_message(b->s->db, b->id, BOOK_CANCEL, err);
}

static enum status
write_no_show(void *arg, long long *result, struct error *err)
{
	return write_status(arg, "no_show", result, err);
}

enum status
book_cancel(const struct session *s, const char *request_id, long long id, const char *reason,
    struct error *err)
{
	struct booking b = { .s = s, .request_id = request_id, .id = id, .reason = reason };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (reason == NULL || reason[0] == '\0')
		return error_set(err, STATUS_INVALID, "Say why the appointment is cancelled");
	return db_write(s->db, request_id, "appointment.cancel", s->staff.id, write_cancel, &b,
	    NULL, err);
}

enum status
book_no_show(const struct session *s, const char *request_id, long long id, struct error *err)
{
	struct booking b = { .s = s, .request_id = request_id, .id = id };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	return db_write(s->db, request_id, "appointment.no_show", s->staff.id, write_no_show, &b,
	    NULL, err);
}

/* Reminders ------------------------------------------------------------------------------- */

struct reminding {
	struct db *db;
	const char *day;
};

static enum status
write_reminders(void *arg, long long *result, struct error *err)
{
	static const char due[] = "SELECT id FROM appointment WHERE status = 'booked' "
	    "AND reminded_at IS NULL AND starts_at >= $1::date AND starts_at < $1::date + 1 "
	    "ORDER BY starts_at FOR UPDATE SKIP LOCKED";
	struct reminding *r = arg;
	const char *params[] = { r->day };
	struct pg_result *res = db_exec(r->db, due, 1, params, err);

	if (res == NULL)
		return err->status;
	*result = 0;
	for (int i = 0; i < db_rows(res); i++) {
		const char *id[] = { db_text(res, i, "id") };

		if (send_message(r->db, db_int(res, i, "id"), BOOK_REMIND, err) != STATUS_OK ||
		    db_run(r->db, "UPDATE appointment SET reminded_at = now() WHERE id = $1", 1,
			id, err) != STATUS_OK) {
			db_clear(res);
			return err->status;
		}
		(*result)++;
	}
	db_clear(res);
	return STATUS_OK;
}

enum status
book_remind(struct db *db, struct date day, int *sent, struct error *err)
{
	char date[CALENDAR_DATE_SIZE], request[DB_REQUEST_ID_LEN];
	struct reminding r = { .db = db, .day = date };
	long long n = 0;

	calendar_format_date(day, date);
	db_new_request_id(request);
	if (db_write(db, request, "appointment.remind", 0, write_reminders, &r, &n, err) !=
	    STATUS_OK)
		return err->status;
	*sent = (int)n;
	return STATUS_OK;
}
