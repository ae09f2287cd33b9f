/* Reception: tickets, the calling order, waiting times and the day's figures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "queue.h"

#define TEXT(x) #x
#define NUMBER_TEXT(x) TEXT(x)

/* The calling order; $3 is now. */
#define QUEUE_ORDER "ORDER BY (q.appointment_id IS NOT NULL AND q.due_at <= $3::timestamp) DESC, " \
	"q.due_at, q.id "

/* One ticket with its wait: until now while waiting, until called after. */
#define ENTRY_SELECT "SELECT q.id, q.ticket, q.name, coalesce(q.customer_id, 0) AS customer_id, " \
	"coalesce(q.appointment_id, 0) AS appointment_id, coalesce(to_char(a.starts_at, " \
	"'HH24:MI') || ' ' || t.name || ' with ' || s.first_name || ' ' || s.last_name, '') " \
	"AS appointment, q.reason, to_char(q.arrived_at, 'YYYY-MM-DD HH24:MI') AS arrived, " \
	"greatest(0, floor(extract(epoch FROM coalesce(q.called_at, $3::timestamp) - q.due_at) " \
	"/ 60))::int AS waited, sp.wait_standard_minutes AS standard " \
	"FROM queue_ticket q JOIN service_point sp ON sp.id = q.service_point_id " \
	"LEFT JOIN appointment a ON a.id = q.appointment_id " \
	"LEFT JOIN appointment_type t ON t.id = a.type_id LEFT JOIN staff s ON s.id = a.staff_id "

static void
entry_from_row(void *element, const struct pg_result *res, int row)
{
	struct queue_entry *e = element;

	e->id = db_int(res, row, "id");
	DB_COPY(e->ticket, res, row, "ticket");
	DB_COPY(e->name, res, row, "name");
	e->customer_id = db_int(res, row, "customer_id");
	e->appointment_id = db_int(res, row, "appointment_id");
	DB_COPY(e->appointment, res, row, "appointment");
	DB_COPY(e->reason, res, row, "reason");
	calendar_parse_moment(db_text(res, row, "arrived"), &e->arrived);
	e->waited = (int)db_int(res, row, "waited");
	e->over_standard = e->waited > db_int(res, row, "standard");
}

static void
expected_from_row(void *element, const struct pg_result *res, int row)
{
	struct queue_expected *e = element;

	e->appointment_id = db_int(res, row, "id");
	DB_COPY(e->reference, res, row, "reference");
	e->customer_id = db_int(res, row, "customer_id");
	DB_COPY(e->customer, res, row, "customer");
	DB_COPY(e->type, res, row, "type");
	calendar_parse_moment(db_text(res, row, "starts"), &e->start);
	DB_COPY(e->staff, res, row, "staff");
	e->late = db_bool(res, row, "late");
}

static enum status
load_figures(struct db *db, const char *const *params, struct queue_board *b, struct error *err)
{
	static const char sql[] = "SELECT sp.wait_standard_minutes AS standard, "
	    "count(q.id) FILTER (WHERE q.status = 'called') AS served, "
	    "count(q.id) FILTER (WHERE q.status = 'called' AND q.called_at - q.due_at "
	    "  <= make_interval(mins => sp.wait_standard_minutes)) AS within "
	    "FROM service_point sp LEFT JOIN queue_ticket q ON q.service_point_id = sp.id "
	    "  AND q.business_date = $2::date "
	    "WHERE sp.id = $1 GROUP BY sp.wait_standard_minutes";
	struct pg_result *res = db_exec_one(db, sql, 2, params, STATUS_NOT_FOUND,
	    "no such service point", err);

	if (res == NULL)
		return err->status;
	b->standard = (int)db_int(res, 0, "standard");
	b->served = (int)db_int(res, 0, "served");
	b->served_within = (int)db_int(res, 0, "within");
	db_clear(res);
	return STATUS_OK;
}

enum status
queue_board_load(struct db *db, int service_point_id, struct moment now, struct queue_board *out,
    struct error *err)
{
	static const char waiting[] = ENTRY_SELECT
	    "WHERE q.service_point_id = $1 AND q.business_date = $2::date "
	    "AND q.status = 'waiting' " QUEUE_ORDER;
	static const char expected[] = "SELECT a.id, a.reference, a.customer_id, "
	    "btrim(c.title || ' ' || c.full_name) AS customer, t.name AS type, "
	    "to_char(a.starts_at, 'YYYY-MM-DD HH24:MI') AS starts, "
	    "s.first_name || ' ' || s.last_name AS staff, "
	    "a.starts_at + make_interval(mins => " NUMBER_TEXT(QUEUE_LATE_MINUTES) ") < $3::timestamp AS late "
	    "FROM appointment a JOIN appointment_type t ON t.id = a.type_id "
	    "JOIN customer c ON c.id = a.customer_id JOIN staff s ON s.id = a.staff_id "
	    "WHERE t.service_point_id = $1 AND t.mode = 'face_to_face' AND a.status = 'booked' "
	    "AND a.starts_at >= $2::date AND a.starts_at < $2::date + 1 ORDER BY a.starts_at, a.id";
	char point[16], day[CALENDAR_DATE_SIZE], at[CALENDAR_MOMENT_SIZE];
	const char *params[] = { point, day, at };

	memset(out, 0, sizeof *out);
	snprintf(point, sizeof point, "%d", service_point_id);
	calendar_format_date(now.date, day);
	calendar_format_moment(now, at);
	if (load_figures(db, params, out, err) != STATUS_OK)
		return err->status;
	out->waiting = db_select(db, waiting, 3, params, sizeof *out->waiting, entry_from_row,
	    &out->nwaiting, err);
	if (out->waiting == NULL)
		return err->status;
	out->expected = db_select(db, expected, 3, params, sizeof *out->expected,
	    expected_from_row, &out->nexpected, err);
	if (out->expected == NULL) {
		queue_board_free(out);
		return err->status;
	}
	for (int i = 0; i < out->nwaiting; i++)
		if (out->waiting[i].waited > out->longest)
			out->longest = out->waiting[i].waited;
	return STATUS_OK;
}

void
queue_board_free(struct queue_board *b)
{
	free(b->waiting);
	free(b->expected);
	b->waiting = NULL;
	b->expected = NULL;
	b->nwaiting = b->nexpected = 0;
}

/* Writing --------------------------------------------------------------------------------- */

struct arrival {
	const struct session *s;
	const char *request_id;
	struct moment now;
	long long appointment_id;	/* check-in */
	const char *name;		/* walk-in */
	long long customer_id;		/* walk-in, optional */
	const char *reason;
	long long ticket_id;		/* call, left */
	char *ticket;			/* out: the number given */
};

/* The next number of the day for prefix at the service point: "W001", "W002" ... */
static enum status
next_ticket(const struct arrival *a, const char *prefix, struct error *err)
{
	static const char sql[] = "INSERT INTO queue_counter AS k "
	    "(service_point_id, business_date, prefix, last_number) VALUES ($1, $2::date, $3, 1) "
	    "ON CONFLICT (service_point_id, business_date, prefix) "
	    "DO UPDATE SET last_number = k.last_number + 1 RETURNING last_number";
	char point[16], day[CALENDAR_DATE_SIZE];
	const char *params[] = { point, day, prefix };
	struct pg_result *res;

	snprintf(point, sizeof point, "%d", a->s->staff.service_point_id);
	calendar_format_date(a->now.date, day);
	if ((res = db_exec(a->s->db, sql, 3, params, err)) == NULL)
		return err->status;
	snprintf(a->ticket, QUEUE_TICKET_LEN, "%s%03lld", prefix,
	    db_int(res, 0, "last_number") % 1000);
	db_clear(res);
	return STATUS_OK;
}

/* Inserts the ticket; $6 is the appointment (or NULL) and due_at comes from it when later. */
static enum status
add_ticket(const struct arrival *a, const char *name, const char *customer,
    const char *appointment, long long *result, struct error *err)
{
	static const char sql[] = "INSERT INTO queue_ticket (service_point_id, business_date, "
	    "ticket, name, customer_id, appointment_id, reason, arrived_at, due_at, checked_in_by) "
	    "SELECT $1, $2::date, $3, $4, $5, $6, $7, $8::timestamp, "
	    "greatest($8::timestamp, (SELECT starts_at FROM appointment WHERE id = $6)), $9 "
	    "RETURNING id";
	char point[16], day[CALENDAR_DATE_SIZE], at[CALENDAR_MOMENT_SIZE], staff[16];
	const char *params[] = { point, day, a->ticket, name, customer, appointment,
		a->reason ? a->reason : "", at, staff };
	struct pg_result *res;

	snprintf(point, sizeof point, "%d", a->s->staff.service_point_id);
	calendar_format_date(a->now.date, day);
	calendar_format_moment(a->now, at);
	snprintf(staff, sizeof staff, "%d", a->s->staff.id);
	if ((res = db_exec(a->s->db, sql, 9, params, err)) == NULL)
		return err->status;
	*result = db_int(res, 0, "id");
	db_clear(res);
	return audit_record(a->s, a->request_id, "create", "queue_ticket", *result,
	    appointment ? "appointment" : "", err);
}

static enum status
write_check_in(void *arg, long long *result, struct error *err)
{
	static const char sql[] = "UPDATE appointment a SET status = 'arrived' "
	    "FROM appointment_type t, customer c WHERE a.id = $1 AND t.id = a.type_id "
	    "AND c.id = a.customer_id AND t.service_point_id = $2 AND a.status = 'booked' "
	    "AND a.starts_at >= $3::date AND a.starts_at < $3::date + 1 "
	    "RETURNING a.customer_id, btrim(c.title || ' ' || c.full_name) AS name";
	struct arrival *a = arg;
	char id[24], point[16], day[CALENDAR_DATE_SIZE], customer[24], name[128];
	const char *params[] = { id, point, day };
	struct pg_result *res;

	snprintf(id, sizeof id, "%lld", a->appointment_id);
	snprintf(point, sizeof point, "%d", a->s->staff.service_point_id);
	calendar_format_date(a->now.date, day);
	res = db_exec_one(a->s->db, sql, 3, params, STATUS_CONFLICT,
	    "That appointment is not booked here for today, or is checked in already", err);
	if (res == NULL)
		return err->status;
	DB_COPY(customer, res, 0, "customer_id");
	DB_COPY(name, res, 0, "name");
	db_clear(res);
	if (next_ticket(a, "A", err) != STATUS_OK)
		return err->status;
	return add_ticket(a, name, customer, id, result, err);
}

static enum status
write_walk_in(void *arg, long long *result, struct error *err)
{
	struct arrival *a = arg;
	char customer[24];

	snprintf(customer, sizeof customer, "%lld", a->customer_id);
	if (next_ticket(a, "W", err) != STATUS_OK)
		return err->status;
	return add_ticket(a, a->name, a->customer_id ? customer : NULL, NULL, result, err);
}

enum status
queue_check_in(const struct session *s, const char *request_id, long long appointment_id,
    struct moment now, char ticket[QUEUE_TICKET_LEN], struct error *err)
{
	struct arrival a = { .s = s, .request_id = request_id, .now = now,
		.appointment_id = appointment_id, .ticket = ticket };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	return db_write(s->db, request_id, "queue.check_in", s->staff.id, write_check_in, &a,
	    NULL, err);
}

enum status
queue_walk_in(const struct session *s, const char *request_id, const char *name,
    long long customer_id, const char *reason, struct moment now,
    char ticket[QUEUE_TICKET_LEN], struct error *err)
{
	struct arrival a = { .s = s, .request_id = request_id, .now = now, .name = name,
		.customer_id = customer_id, .reason = reason, .ticket = ticket };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (name == NULL || name[strspn(name, " ")] == '\0')
		return error_set(err, STATUS_INVALID, "Type the customer's name so they can be called");
	return db_write(s->db, request_id, "queue.walk_in", s->staff.id, write_walk_in, &a, NULL,
	    err);
}

/* Locks the ticket to call: the one asked for, or the next this advisor may take. */
static enum status
pick_ticket(const struct arrival *a, long long *picked, struct error *err)
{
	static const char next[] = "SELECT q.id FROM queue_ticket q "
	    "LEFT JOIN appointment a ON a.id = q.appointment_id "
	    "WHERE q.service_point_id = $1 AND q.business_date = $2::date AND q.status = 'waiting' "
	    "AND (a.id IS NULL OR a.staff_id = $4) " QUEUE_ORDER
	    "LIMIT 1 FOR UPDATE OF q SKIP LOCKED";
	static const char chosen[] = "SELECT id FROM queue_ticket WHERE id = $1 "
	    "AND service_point_id = $2 AND status = 'waiting' FOR UPDATE";
	char point[16], day[CALENDAR_DATE_SIZE], at[CALENDAR_MOMENT_SIZE], staff[16], id[24];
	const char *params[] = { point, day, at, staff };
	const char *by_id[] = { id, point };
	struct pg_result *res;

	snprintf(point, sizeof point, "%d", a->s->staff.service_point_id);
	calendar_format_date(a->now.date, day);
	calendar_format_moment(a->now, at);
	snprintf(staff, sizeof staff, "%d", a->s->staff.id);
	snprintf(id, sizeof id, "%lld", a->ticket_id);
	res = a->ticket_id ?
	    db_exec_one(a->s->db, chosen, 2, by_id, STATUS_CONFLICT,
		"That customer has just been called by someone else", err) :
	    db_exec_one(a->s->db, next, 4, params, STATUS_NOT_FOUND,
		"Nobody is waiting for you", err);
	if (res == NULL)
		return err->status;
	*picked = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

static enum status
write_call(void *arg, long long *result, struct error *err)
{
	static const char sql[] = "WITH called AS (UPDATE queue_ticket SET status = 'called', "
	    "called_at = $2::timestamp, called_by = $3 WHERE id = $1 RETURNING appointment_id) "
	    "UPDATE appointment SET status = 'seen' WHERE id = (SELECT appointment_id FROM called)";
	struct arrival *a = arg;
	char id[24], at[CALENDAR_MOMENT_SIZE], staff[16];
	const char *params[] = { id, at, staff };

	if (pick_ticket(a, result, err) != STATUS_OK)
		return err->status;
	snprintf(id, sizeof id, "%lld", *result);
	calendar_format_moment(a->now, at);
	snprintf(staff, sizeof staff, "%d", a->s->staff.id);
	if (db_run(a->s->db, sql, 3, params, err) != STATUS_OK)
		return err->status;
	return audit_record(a->s, a->request_id, "update", "queue_ticket", *result, "status", err);
}

enum status
queue_call(const struct session *s, const char *request_id, long long ticket_id,
    struct moment now, struct queue_entry *called, struct error *err)
{
	static const char sql[] = ENTRY_SELECT "WHERE q.id = $1 AND q.service_point_id = $2";
	struct arrival a = { .s = s, .request_id = request_id, .now = now, .ticket_id = ticket_id };
	char id[24], point[16], at[CALENDAR_MOMENT_SIZE];
	const char *params[] = { id, point, at };
	struct queue_entry *row;
	long long picked;
	int n;

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (db_write(s->db, request_id, "queue.call", s->staff.id, write_call, &a, &picked, err)
	    != STATUS_OK)
		return err->status;
	snprintf(id, sizeof id, "%lld", picked);
	snprintf(point, sizeof point, "%d", s->staff.service_point_id);
	calendar_format_moment(now, at);
	if ((row = db_select(s->db, sql, 3, params, sizeof *row, entry_from_row, &n, err)) == NULL)
		return err->status;
	*called = *row;
	free(row);
	return n == 1 ? STATUS_OK : error_set(err, STATUS_NOT_FOUND, "that ticket is gone");
}

static enum status
write_left(void *arg, long long *result, struct error *err)
{
	struct arrival *a = arg;
	char id[24];
	const char *params[] = { id };
	struct pg_result *res;

	snprintf(id, sizeof id, "%lld", a->ticket_id);
	res = db_exec_one(a->s->db, "UPDATE queue_ticket SET status = 'left' WHERE id = $1 "
	    "AND status = 'waiting' RETURNING id", 1, params, STATUS_CONFLICT,
	    "That customer is no longer waiting", err);
	if (res == NULL)
		return err->status;
	db_clear(res);
	*result = a->ticket_id;
	return audit_record(a->s, a->request_id, "update", "queue_ticket", a->ticket_id, "status",
	    err);
}

enum status
queue_left(const struct session *s, const char *request_id, long long ticket_id,
    struct error *err)
{
	struct arrival a = { .s = s, .request_id = request_id, .ticket_id = ticket_id };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	return db_write(s->db, request_id, "queue.left", s->staff.id, write_left, &a, NULL, err);
}
