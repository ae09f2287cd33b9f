/* Paused applications, kept in the database so that the next contact can be anywhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apply.h"
#include "audit.h"

const struct choice apply_steps[] = {
	{ "eligibility", N_("Eligibility") },
	{ "details", N_("Details") },
	{ "evidence", N_("Evidence") },
	{ NULL, NULL },
};

struct pausing {
	const struct session *s;
	long long customer_id;
	const char *service_id, *title, *step, *body;
	const char *sql;		/* the statement this write runs */
	const char *audit;		/* its audit action */
};

static enum status
write_paused(void *arg, long long *result, struct error *err)
{
	const struct pausing *p = arg;
	char customer[24], staff[16], request[DB_REQUEST_ID_LEN];
	const char *params[] = { customer, p->service_id, p->title, p->step, p->body, staff };

	snprintf(customer, sizeof customer, "%lld", p->customer_id);
	snprintf(staff, sizeof staff, "%d", p->s->staff.id);
	db_new_request_id(request);
	if (db_run(p->s->db, p->sql, p->body != NULL ? 6 : 2, params, err) != STATUS_OK ||
	    audit_record(p->s, request, p->audit, "application", p->customer_id, p->service_id,
	    err) != STATUS_OK)
		return err->status;
	*result = p->customer_id;
	return STATUS_OK;
}

enum status
apply_pause(const struct session *s, const char *request_id, long long customer_id,
    const char *service_id, const char *title, const char *step, const char *body,
    struct error *err)
{
	struct pausing p = { .s = s, .customer_id = customer_id, .service_id = service_id,
		.title = title, .step = step, .body = body, .audit = "update",
		.sql = "INSERT INTO paused_application (customer_id, service_id, title, step, body, "
		    "paused_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (customer_id, service_id) "
		    "DO UPDATE SET title = $3, step = $4, body = $5, paused_by = $6, paused_at = now()" };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (choice_find(apply_steps, step) == NULL)
		return error_set(err, STATUS_INVALID, "unknown step \"%s\"", step);
	if (body == NULL)
		return error_set(err, STATUS_INVALID, "nothing to pause");
	return db_write(s->db, request_id, "application.pause", s->staff.id, write_paused, &p,
	    NULL, err);
}

enum status
apply_discard(const struct session *s, const char *request_id, long long customer_id,
    const char *service_id, struct error *err)
{
	struct pausing p = { .s = s, .customer_id = customer_id, .service_id = service_id,
		.audit = "update",
		.sql = "DELETE FROM paused_application WHERE customer_id = $1 AND service_id = $2" };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	return db_write(s->db, request_id, "application.discard", s->staff.id, write_paused, &p,
	    NULL, err);
}

#define PAUSED_COLUMNS \
	"p.service_id, p.title, p.step, s.first_name || ' ' || s.last_name AS paused_by, " \
	"to_char(p.paused_at, 'YYYY-MM-DD HH24:MI') AS paused_at "

static void
paused_from_row(void *row, const struct pg_result *res, int r)
{
	struct apply_paused *a = row;

	snprintf(a->service_id, sizeof a->service_id, "%s", db_text(res, r, "service_id"));
	snprintf(a->title, sizeof a->title, "%s", db_text(res, r, "title"));
	snprintf(a->step, sizeof a->step, "%s", db_text(res, r, "step"));
	snprintf(a->paused_by, sizeof a->paused_by, "%s", db_text(res, r, "paused_by"));
	snprintf(a->paused_at, sizeof a->paused_at, "%s", db_text(res, r, "paused_at"));
}

enum status
apply_paused_list(struct db *db, long long customer_id, struct apply_paused **out, int *count,
    struct error *err)
{
	static const char sql[] = "SELECT " PAUSED_COLUMNS "FROM paused_application p "
	    "JOIN staff s ON s.id = p.paused_by WHERE p.customer_id = $1 ORDER BY p.paused_at DESC";
	char customer[24];
	const char *params[] = { customer };

	snprintf(customer, sizeof customer, "%lld", customer_id);
	*out = db_select(db, sql, 1, params, sizeof **out, paused_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

char *
apply_resume(const struct session *s, const char *request_id, long long customer_id,
    const char *service_id, struct apply_paused *info, struct error *err)
{
	static const char sql[] =
	    "WITH seen AS (INSERT INTO audit (staff_id, action, entity, entity_id, fields, terminal, "
	    "  request_id) SELECT $3, 'view', 'application', $1, $2, $4, $5 FROM paused_application "
	    "  WHERE customer_id = $1 AND service_id = $2 ON CONFLICT (request_id) DO NOTHING) "
	    "SELECT " PAUSED_COLUMNS ", p.body FROM paused_application p "
	    "JOIN staff s ON s.id = p.paused_by WHERE p.customer_id = $1 AND p.service_id = $2";
	char customer[24], staff[16];
	const char *params[] = { customer, service_id, staff, s->terminal, request_id };
	struct pg_result *res;
	char *body;

	snprintf(customer, sizeof customer, "%lld", customer_id);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	if ((res = db_exec(s->db, sql, 5, params, err)) == NULL)
		return NULL;
	if (db_rows(res) != 1) {
		db_clear(res);
		error_set(err, STATUS_NOT_FOUND, "no paused application");
		return NULL;
	}
	paused_from_row(info, res, 0);
	if ((body = strdup(db_text(res, 0, "body"))) == NULL)
		error_set(err, STATUS_NO_MEMORY, NULL);
	db_clear(res);
	return body;
}
