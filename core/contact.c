/* Contacts: started when an advisor opens a customer, ended with the outcome the council reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "contact.h"

const struct choice contact_failure_demand[] = {
	{ "", N_("Not avoidable") },
	{ "not_done", N_("We did not do something") },
	{ "done_wrong", N_("We did something wrong") },
	{ "clarification", N_("Customer needed clarification") },
	{ "repeat_information", N_("Repeat contact giving the same information") },
	{ "progress_chasing", N_("Progress chasing") },
	{ "not_online", N_("Could not do it online") },
	{ NULL, NULL },
};

const struct choice contact_satisfaction[] = {
	{ "", N_("Not given") },
	{ "1", N_("1 Very dissatisfied") },
	{ "2", N_("2 Dissatisfied") },
	{ "3", N_("3 Neither") },
	{ "4", N_("4 Satisfied") },
	{ "5", N_("5 Very satisfied") },
	{ NULL, NULL },
};

const struct choice contact_ad_completion[] = {
	{ "alone", N_("Completed alone") },
	{ "with_help", N_("Completed with help") },
	{ "not_completed", N_("Not completed") },
	{ NULL, NULL },
};

const struct choice contact_ad_barriers[] = {
	{ "none", N_("No barrier") },
	{ "no_device", N_("No device or internet") },
	{ "skills", N_("Digital skills") },
	{ "confidence", N_("Confidence") },
	{ "language", N_("Language") },
	{ "accessibility", N_("Accessibility") },
	{ NULL, NULL },
};

/* One statement returning the row's id: the body of a simple write. */
struct returning {
	struct db *db;
	const char *sql;
	int nparams;
	const char *const *params;
	enum status none;
	const char *why;
};

static enum status
run_returning(void *arg, long long *result, struct error *err)
{
	const struct returning *w = arg;
	struct pg_result *res = db_exec_one(w->db, w->sql, w->nparams, w->params, w->none, w->why,
	    err);

	if (res == NULL)
		return err->status;
	*result = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

enum status
contact_start(const struct session *s, const char *request_id, long long customer_id,
    long long *contact_id, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO contact (customer_id, staff_id, service_point_id, channel) "
	    "VALUES ($1, $2, $3, $4) RETURNING id";
	char cid[24], staff[16], point[16];
	const char *params[] = { cid, staff, point, s->channel };
	struct returning w = { s->db, sql, 4, params, STATUS_DB_ERROR, "" };

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	snprintf(cid, sizeof cid, "%lld", customer_id);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	snprintf(point, sizeof point, "%d", s->staff.service_point_id);
	return db_write(s->db, request_id, "contact.start", s->staff.id, run_returning, &w,
	    contact_id, err);
}

enum status
contact_find_open(const struct session *s, long long customer_id, long long *contact_id,
    struct error *err)
{
	static const char sql[] =
	    "SELECT id FROM contact WHERE staff_id = $1 AND customer_id = $2 AND ended_at IS NULL "
	    "ORDER BY started_at DESC LIMIT 1";
	char cid[24], staff[16];
	const char *params[] = { staff, cid };
	struct pg_result *res;

	snprintf(cid, sizeof cid, "%lld", customer_id);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	res = db_exec(s->db, sql, 2, params, err);
	if (res == NULL)
		return err->status;
	*contact_id = db_rows(res) == 1 ? db_int(res, 0, "id") : 0;
	db_clear(res);
	return STATUS_OK;
}

static enum status
check_outcome(const char *channel, const struct contact_outcome *o, struct error *err)
{
	if (o->failure_demand[0] && !choice_find(contact_failure_demand, o->failure_demand))
		return error_set(err, STATUS_INVALID, "unknown kind of failure demand");
	if (o->satisfaction[0] && !choice_find(contact_satisfaction, o->satisfaction))
		return error_set(err, STATUS_INVALID, "satisfaction is from 1 to 5");
	if (strcmp(channel, "assisted_digital") != 0)
		return STATUS_OK;
	if (o->ad_task[0] == '\0')
		return error_set(err, STATUS_INVALID, "say which online task the customer did");
	if (!choice_find(contact_ad_completion, o->ad_completion))
		return error_set(err, STATUS_INVALID, "say whether the customer completed it");
	if (o->ad_barrier[0] && !choice_find(contact_ad_barriers, o->ad_barrier))
		return error_set(err, STATUS_INVALID, "unknown barrier");
	return STATUS_OK;
}

/* The channel the contact was started on, which decides what its outcome must say. */
static enum status
contact_channel(const struct session *s, const char *cid, char *out, size_t size,
    struct error *err)
{
	static const char sql[] = "SELECT channel FROM contact WHERE id = $1";
	const char *params[] = { cid };
	struct pg_result *res = db_exec(s->db, sql, 1, params, err);

	if (res == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND, "no such contact");
	}
	snprintf(out, size, "%s", db_text(res, 0, "channel"));
	db_clear(res);
	return STATUS_OK;
}

static const char *
or_null(const char *v)
{
	return v[0] != '\0' ? v : NULL;
}

enum status
contact_end(const struct session *s, const char *request_id, long long contact_id,
    const struct contact_outcome *o, struct error *err)
{
	static const char sql[] =
	    "UPDATE contact SET ended_at = now(), resolved_first = $2, reason = $3, "
	    "failure_demand = $4, satisfaction = $5::smallint, notes = $6, ad_task = $7, "
	    "ad_completion = $8, ad_barrier = $9, ad_signposted = $10 "
	    "WHERE id = $1 AND ended_at IS NULL AND staff_id = $11 RETURNING id";
	char cid[24], staff[16], channel[24];
	const char *params[] = { cid, o->resolved_first ? "true" : "false", o->reason,
		or_null(o->failure_demand), or_null(o->satisfaction), o->notes, or_null(o->ad_task),
		or_null(o->ad_completion), or_null(o->ad_barrier), or_null(o->ad_signposted), staff };
	struct returning w = { s->db, sql, 11, params, STATUS_NOT_FOUND,
		"this contact was already ended" };

	snprintf(cid, sizeof cid, "%lld", contact_id);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	if (contact_channel(s, cid, channel, sizeof channel, err) != STATUS_OK ||
	    check_outcome(channel, o, err) != STATUS_OK)
		return err->status;
	return db_write(s->db, request_id, "contact.end", s->staff.id, run_returning, &w, NULL,
	    err);
}

static void
entry_from_row(void *row, const struct pg_result *res, int r)
{
	struct contact_entry *e = row;

	e->id = db_int(res, r, "id");
	snprintf(e->started_at, sizeof e->started_at, "%s", db_text(res, r, "started"));
	snprintf(e->channel, sizeof e->channel, "%s", db_text(res, r, "channel"));
	snprintf(e->staff, sizeof e->staff, "%s", db_text(res, r, "staff"));
	snprintf(e->reason, sizeof e->reason, "%s", db_text(res, r, "reason"));
	e->open = db_bool(res, r, "open");
	e->resolved_first = db_bool(res, r, "resolved");
	snprintf(e->failure_demand, sizeof e->failure_demand, "%s", db_text(res, r, "fd"));
	snprintf(e->satisfaction, sizeof e->satisfaction, "%s", db_text(res, r, "sat"));
}

enum status
contact_history(struct db *db, long long customer_id, int limit, struct contact_entry **out,
    int *count, struct error *err)
{
	static const char sql[] =
	    "SELECT c.id, to_char(c.started_at, 'YYYY-MM-DD HH24:MI') AS started, c.channel, "
	    "s.first_name || ' ' || s.last_name AS staff, c.reason, c.ended_at IS NULL AS open, "
	    "coalesce(c.resolved_first, false) AS resolved, coalesce(c.failure_demand, '') AS fd, "
	    "coalesce(c.satisfaction::text, '') AS sat "
	    "FROM contact c JOIN staff s ON s.id = c.staff_id WHERE c.customer_id = $1 "
	    "ORDER BY c.started_at DESC, c.id DESC LIMIT $2";
	char cid[24], lim[16];
	const char *params[] = { cid, lim };

	snprintf(cid, sizeof cid, "%lld", customer_id);
	snprintf(lim, sizeof lim, "%d", limit);
	*out = db_select(db, sql, 2, params, sizeof **out, entry_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}
