/* Cases: raised from a form, worked through their statuses, kept on a timeline. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "casework.h"
#include "pay.h"

const struct choice casework_statuses[] = {
	{ "new", N_("New") },
	{ "in_progress", N_("In progress") },
	{ "awaiting_customer", N_("Awaiting customer") },
	{ "resolved", N_("Resolved") },
	{ "closed", N_("Closed") },
	{ "cancelled", N_("Cancelled") },
	{ NULL, NULL },
};

const struct choice casework_evidence_states[] = {
	{ "needed", N_("Not seen yet") },
	{ "later", N_("To be provided later") },
	{ "verified", N_("Seen and verified") },
	{ NULL, NULL },
};

/* Reference prefixes by process type: what the customer reads out tells staff what it is. */
static const struct choice prefixes[] = {
	{ "report", "RPT" },
	{ "request", "REQ" },
	{ "apply", "APP" },
	{ "book", "BKG" },
	{ "pay", "PAY" },
	{ "find", "FND" },
	{ "feedback", "FBK" },
	{ NULL, NULL },
};

#define OPEN_STATUSES "('new', 'in_progress', 'awaiting_customer')"

bool
casework_is_open(const char *status)
{
	return strcmp(status, "new") == 0 || strcmp(status, "in_progress") == 0 ||
	    strcmp(status, "awaiting_customer") == 0;
}

/* A case's write: the session, the case and what the change carries. */
struct change {
	const struct session *s;
	long long id;
	const char *kind;		/* event kind */
	const char *status;		/* new status, or "" */
	const char *note;
	const char *due_on;		/* new due date, or NULL */
	const char *team, *officer;
	const char *message;		/* to the customer and followers, or NULL */
	long long customer_id;		/* follow only */
	long long contact_id;
	const struct casework_new *n;	/* open only */
	char *reference;		/* open only: filled */
};

static enum status
add_event(const struct change *c, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO case_event (case_id, staff_id, kind, status, note, due_on) "
	    "VALUES ($1, $2, $3, $4, $5, $6::date)";
	char id[24], staff[16];
	const char *params[] = { id, staff, c->kind, c->status ? c->status : "",
		c->note ? c->note : "", c->due_on };

	snprintf(id, sizeof id, "%lld", c->id);
	snprintf(staff, sizeof staff, "%d", c->s->staff.id);
	return db_run(c->s->db, sql, 6, params, err);
}

/* The message goes to the case's customer and its followers, each on their preferred channel. */
static enum status
queue_message(const struct change *c, struct error *err)
{
	static const char sql[] =
	    "SELECT outbox_send(u.customer_id, $1, "
	    "  replace($2, '{{reference}}', (SELECT reference FROM casework WHERE id = $1))) "
	    "FROM (SELECT customer_id FROM casework WHERE id = $1 "
	    "  UNION SELECT customer_id FROM case_follower WHERE case_id = $1) u";
	char id[24];
	const char *params[] = { id, c->message };

	if (c->message == NULL || c->message[0] == '\0')
		return STATUS_OK;
	snprintf(id, sizeof id, "%lld", c->id);
	return db_run(c->s->db, sql, 2, params, err);
}

static enum status
touch(const struct change *c, const char *set, int nparams, const char *const *params,
    struct error *err)
{
	char sql[256];
	struct pg_result *res;

	snprintf(sql, sizeof sql, "UPDATE casework SET %s, updated_at = now() WHERE id = $1 "
	    "RETURNING id", set);
	res = db_exec(c->s->db, sql, nparams, params, err);
	if (res == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND, "no such case");
	}
	db_clear(res);
	return STATUS_OK;
}

/* Opening -------------------------------------------------------------------------------- */

static enum status
next_reference(struct change *c, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO case_counter (prefix, year, last_number) VALUES ($1, $2, 1) "
	    "ON CONFLICT (prefix, year) DO UPDATE SET last_number = case_counter.last_number + 1 "
	    "RETURNING last_number";
	const char *prefix = choice_label(prefixes, c->n->process_type);
	char year[8];
	const char *params[] = { prefix, year };
	struct pg_result *res;

	snprintf(year, sizeof year, "%.4s", c->n->received_on);
	res = db_exec(c->s->db, sql, 2, params, err);
	if (res == NULL)
		return err->status;
	snprintf(c->reference, CASEWORK_REFERENCE_LEN, "%s-%s-%06lld", prefix, year,
	    db_int(res, 0, "last_number"));
	db_clear(res);
	return STATUS_OK;
}

static enum status
insert_case(struct change *c, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO casework (reference, service_id, process_type, title, customer_id, "
	    "contact_id, staff_id, service_point_id, received_on, due_on, location, postcode, "
	    "assigned_team, status) "
	    "VALUES ($1, $2, $3, $4, $5, NULLIF($6, '0')::bigint, $7, $8, $9::date, $10::date, $11, "
	    "$12, $13, $14) RETURNING id";
	const struct casework_new *n = c->n;
	char customer[24], contact[24], staff[16], point[16];
	const char *params[] = { c->reference, n->service_id, n->process_type, n->title, customer,
		contact, staff, point, n->received_on, n->due_on, n->location ? n->location : "",
		n->postcode ? n->postcode : "", n->team ? n->team : "", c->status };
	struct pg_result *res;

	snprintf(customer, sizeof customer, "%lld", n->customer_id);
	snprintf(contact, sizeof contact, "%lld", n->contact_id);
	snprintf(staff, sizeof staff, "%d", c->s->staff.id);
	snprintf(point, sizeof point, "%d", c->s->staff.service_point_id);
	res = db_exec(c->s->db, sql, 14, params, err);
	if (res == NULL)
		return err->status;
	c->id = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

static enum status
insert_answers(const struct change *c, struct error *err)
{
	static const char sql[] = "INSERT INTO case_field (case_id, name, value) VALUES ($1, $2, $3)";
	char id[24];

	snprintf(id, sizeof id, "%lld", c->id);
	for (int i = 0; i < c->n->nfields; i++) {
		const char *params[] = { id, c->n->names[i], c->n->values[i] };

		if (db_run(c->s->db, sql, 3, params, err) != STATUS_OK)
			return err->status;
	}
	return STATUS_OK;
}

static enum status
insert_evidence(const struct change *c, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO case_evidence (case_id, name, position, label, required, state, "
	    "verified_by, verified_on) VALUES ($1, $2, $3, $4, $5, $6, "
	    "CASE WHEN $6 = 'verified' THEN $7::int END, CASE WHEN $6 = 'verified' THEN $8::date END)";
	char id[24], position[8], staff[16];

	snprintf(id, sizeof id, "%lld", c->id);
	snprintf(staff, sizeof staff, "%d", c->s->staff.id);
	for (int i = 0; i < c->n->nevidence; i++) {
		const struct casework_evidence *e = &c->n->evidence[i];
		const char *params[] = { id, e->name, position, e->label, e->required ? "t" : "f",
			e->state, staff, c->n->received_on };

		snprintf(position, sizeof position, "%d", i);
		if (db_run(c->s->db, sql, 8, params, err) != STATUS_OK)
			return err->status;
	}
	return STATUS_OK;
}

static enum status
raise_fee(const struct change *c, struct error *err)
{
	const struct casework_new *n = c->n;

	if (n->fee_pence <= 0)
		return STATUS_OK;
	return pay_add_fee(c->s, c->id, c->reference, n->title, n->customer_id, n->fee_pence,
	    n->fund != NULL && n->fund[0] != '\0' ? n->fund : "fees", err);
}

static enum status
open_case(void *arg, long long *result, struct error *err)
{
	struct change *c = arg;
	char request[DB_REQUEST_ID_LEN];

	if (next_reference(c, err) != STATUS_OK || insert_case(c, err) != STATUS_OK ||
	    insert_answers(c, err) != STATUS_OK || insert_evidence(c, err) != STATUS_OK ||
	    raise_fee(c, err) != STATUS_OK || add_event(c, err) != STATUS_OK ||
	    queue_message(c, err) != STATUS_OK)
		return err->status;
	db_new_request_id(request);
	if (audit_record(c->s, request, "create", "case", c->id, "", err) != STATUS_OK)
		return err->status;
	*result = c->id;
	return STATUS_OK;
}

static enum status
reference_of(struct db *db, long long id, char reference[CASEWORK_REFERENCE_LEN],
    struct error *err)
{
	char cid[24];
	const char *params[] = { cid };
	struct pg_result *res;

	snprintf(cid, sizeof cid, "%lld", id);
	res = db_exec(db, "SELECT reference FROM casework WHERE id = $1", 1, params, err);
	if (res == NULL)
		return err->status;
	snprintf(reference, CASEWORK_REFERENCE_LEN, "%s",
	    db_rows(res) == 1 ? db_text(res, 0, "reference") : "");
	db_clear(res);
	return STATUS_OK;
}

enum status
casework_open(const struct session *s, const char *request_id, const struct casework_new *n,
    long long *id, char reference[CASEWORK_REFERENCE_LEN], struct error *err)
{
	struct change c = { .s = s, .kind = "opened", .status = "new", .due_on = n->due_on,
		.message = n->message, .n = n, .reference = reference };

	for (int i = 0; i < n->nevidence; i++)
		if (n->evidence[i].required && strcmp(n->evidence[i].state, "verified") != 0)
			c.status = "awaiting_customer";
	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (choice_find(prefixes, n->process_type) == NULL)
		return error_set(err, STATUS_INVALID, "unknown process type \"%s\"", n->process_type);
	reference[0] = '\0';
	if (db_write(s->db, request_id, "case.open", s->staff.id, open_case, &c, id, err) !=
	    STATUS_OK)
		return err->status;
	/* A replayed request did not run open_case: read the reference it made. */
	return reference[0] != '\0' ? STATUS_OK : reference_of(s->db, *id, reference, err);
}

/* Changes ---------------------------------------------------------------------------------- */

static enum status
change_status(void *arg, long long *result, struct error *err)
{
	const struct change *c = arg;
	char id[24];
	const char *params[] = { id, c->status };

	snprintf(id, sizeof id, "%lld", c->id);
	if (touch(c, "status = $2", 2, params, err) != STATUS_OK ||
	    add_event(c, err) != STATUS_OK || queue_message(c, err) != STATUS_OK)
		return err->status;
	*result = c->id;
	return STATUS_OK;
}

static enum status
current_status(struct db *db, long long id, char *status, size_t size, int *stage,
    struct error *err)
{
	char cid[24];
	const char *params[] = { cid };
	struct pg_result *res;

	snprintf(cid, sizeof cid, "%lld", id);
	res = db_exec(db, "SELECT status, stage FROM casework WHERE id = $1", 1, params, err);
	if (res == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND, "no such case");
	}
	snprintf(status, size, "%s", db_text(res, 0, "status"));
	*stage = (int)db_int(res, 0, "stage");
	db_clear(res);
	return STATUS_OK;
}

enum status
casework_set_status(const struct session *s, const char *request_id, long long id,
    const char *status, const char *note, const char *message, struct error *err)
{
	struct change c = { .s = s, .id = id, .kind = "status", .status = status, .note = note,
		.message = message };
	char now[20];
	int stage;

	if (choice_find(casework_statuses, status) == NULL)
		return error_set(err, STATUS_INVALID, "unknown status \"%s\"", status);
	if (current_status(s->db, id, now, sizeof now, &stage, err) != STATUS_OK)
		return err->status;
	if (strcmp(now, status) == 0)
		return error_set(err, STATUS_INVALID, "the case is already %s",
		    choice_label(casework_statuses, status));
	return db_write(s->db, request_id, "case.status", s->staff.id, change_status, &c, NULL,
	    err);
}

static enum status
note_only(void *arg, long long *result, struct error *err)
{
	const struct change *c = arg;
	char id[24];
	const char *params[] = { id };

	snprintf(id, sizeof id, "%lld", c->id);
	if (touch(c, "updated_at = now()", 1, params, err) != STATUS_OK ||
	    add_event(c, err) != STATUS_OK)
		return err->status;
	*result = c->id;
	return STATUS_OK;
}

enum status
casework_note(const struct session *s, const char *request_id, long long id, const char *note,
    struct error *err)
{
	struct change c = { .s = s, .id = id, .kind = "note", .note = note };

	if (note == NULL || note[0] == '\0')
		return error_set(err, STATUS_INVALID, "the note is empty");
	return db_write(s->db, request_id, "case.note", s->staff.id, note_only, &c, NULL, err);
}

static enum status
assign(void *arg, long long *result, struct error *err)
{
	const struct change *c = arg;
	char id[24];
	const char *params[] = { id, c->team, c->officer };

	snprintf(id, sizeof id, "%lld", c->id);
	if (touch(c, "assigned_team = $2, assigned_officer = $3", 3, params, err) != STATUS_OK ||
	    add_event(c, err) != STATUS_OK)
		return err->status;
	*result = c->id;
	return STATUS_OK;
}

enum status
casework_assign(const struct session *s, const char *request_id, long long id,
    const char *team, const char *officer, const char *reason, struct error *err)
{
	char note[256];
	struct change c = { .s = s, .id = id, .kind = "assigned", .note = note, .team = team,
		.officer = officer ? officer : "" };

	if (team == NULL || team[0] == '\0' || reason == NULL || reason[0] == '\0')
		return error_set(err, STATUS_INVALID, "say which team, and why");
	snprintf(note, sizeof note, "%s%s%s: %s", team, c.officer[0] ? ", " : "", c.officer,
	    reason);
	return db_write(s->db, request_id, "case.assign", s->staff.id, assign, &c, NULL, err);
}

static enum status
move_due(void *arg, long long *result, struct error *err)
{
	const struct change *c = arg;
	char id[24];
	const char *params[] = { id, c->due_on };
	const char *set = strcmp(c->kind, "escalated") == 0 ?
	    "due_on = $2::date, stage = 2" : "due_on = $2::date";

	snprintf(id, sizeof id, "%lld", c->id);
	if (touch(c, set, 2, params, err) != STATUS_OK || add_event(c, err) != STATUS_OK)
		return err->status;
	*result = c->id;
	return STATUS_OK;
}

enum status
casework_extend(const struct session *s, const char *request_id, long long id,
    const char *due_on, const char *reason, struct error *err)
{
	struct change c = { .s = s, .id = id, .kind = "extended", .note = reason, .due_on = due_on };

	if (reason == NULL || reason[0] == '\0' || due_on == NULL || due_on[0] == '\0')
		return error_set(err, STATUS_INVALID, "an extension needs a reason and a new date");
	return db_write(s->db, request_id, "case.extend", s->staff.id, move_due, &c, NULL, err);
}

enum status
casework_escalate(const struct session *s, const char *request_id, long long id,
    const char *due_on, const char *reason, struct error *err)
{
	struct change c = { .s = s, .id = id, .kind = "escalated", .note = reason,
		.due_on = due_on };
	char now[20];
	int stage;

	if (current_status(s->db, id, now, sizeof now, &stage, err) != STATUS_OK)
		return err->status;
	if (stage == 2)
		return error_set(err, STATUS_INVALID, "the complaint is already at stage 2");
	if (reason == NULL || reason[0] == '\0')
		return error_set(err, STATUS_INVALID, "say why it goes to stage 2");
	return db_write(s->db, request_id, "case.escalate", s->staff.id, move_due, &c, NULL, err);
}

/* Evidence --------------------------------------------------------------------------------- */

struct marking {
	struct change c;
	const char *name, *state, *today;
	char *status;			/* filled: the case's status afterwards */
};

/* Which status the documents now call for: unchanged unless the case waits on them or did. */
static enum status
follow_evidence(struct marking *m, struct error *err)
{
	static const char sql[] =
	    "SELECT k.status, bool_and(e.state = 'verified') FILTER (WHERE e.required) AS complete "
	    "FROM casework k LEFT JOIN case_evidence e ON e.case_id = k.id WHERE k.id = $1 "
	    "GROUP BY k.status";
	char id[24];
	const char *params[] = { id };
	struct pg_result *res;
	const char *to = NULL;
	struct change sc;
	long long ignored;
	bool complete;

	snprintf(id, sizeof id, "%lld", m->c.id);
	if ((res = db_exec(m->c.s->db, sql, 1, params, err)) == NULL)
		return err->status;
	snprintf(m->status, 20, "%s", db_text(res, 0, "status"));
	complete = db_is_null(res, 0, "complete") || db_bool(res, 0, "complete");
	db_clear(res);
	if (complete && strcmp(m->status, "awaiting_customer") == 0)
		to = "in_progress";
	else if (!complete && (strcmp(m->status, "new") == 0 ||
	    strcmp(m->status, "in_progress") == 0))
		to = "awaiting_customer";
	if (to == NULL)
		return STATUS_OK;
	sc = (struct change){ .s = m->c.s, .id = m->c.id, .kind = "status", .status = to,
		.note = complete ? "every required document is seen and verified" :
		    "waiting for the customer's documents" };
	snprintf(m->status, 20, "%s", to);
	return change_status(&sc, &ignored, err);
}

static enum status
mark(void *arg, long long *result, struct error *err)
{
	static const char sql[] =
	    "UPDATE case_evidence SET state = $3, "
	    "verified_by = CASE WHEN $3 = 'verified' THEN $4::int END, "
	    "verified_on = CASE WHEN $3 = 'verified' THEN $5::date END "
	    "WHERE case_id = $1 AND name = $2 RETURNING label";
	struct marking *m = arg;
	char id[24], staff[16], note[300];
	const char *params[] = { id, m->name, m->state, staff, m->today };
	struct pg_result *res;

	snprintf(id, sizeof id, "%lld", m->c.id);
	snprintf(staff, sizeof staff, "%d", m->c.s->staff.id);
	if ((res = db_exec(m->c.s->db, sql, 5, params, err)) == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND, "the case does not ask for that document");
	}
	snprintf(note, sizeof note, "%s: %s", db_text(res, 0, "label"),
	    choice_label(casework_evidence_states, m->state));
	db_clear(res);
	m->c.note = note;
	if (add_event(&m->c, err) != STATUS_OK || follow_evidence(m, err) != STATUS_OK)
		return err->status;
	*result = m->c.id;
	return STATUS_OK;
}

enum status
casework_evidence_mark(const struct session *s, const char *request_id, long long id,
    const char *name, const char *state, const char *today, char *status, struct error *err)
{
	struct marking m = { .c = { .s = s, .id = id, .kind = "evidence" }, .name = name,
		.state = state, .today = today, .status = status };

	if (choice_find(casework_evidence_states, state) == NULL)
		return error_set(err, STATUS_INVALID, "unknown document state \"%s\"", state);
	status[0] = '\0';
	if (db_write(s->db, request_id, "case.evidence", s->staff.id, mark, &m, NULL, err) !=
	    STATUS_OK)
		return err->status;
	/* A replayed request did not run mark: read the status as it is. */
	if (status[0] == '\0') {
		int stage;

		return current_status(s->db, id, status, 20, &stage, err);
	}
	return STATUS_OK;
}

static void
evidence_from_row(void *row, const struct pg_result *res, int r)
{
	struct casework_evidence *e = row;

	snprintf(e->name, sizeof e->name, "%s", db_text(res, r, "name"));
	snprintf(e->label, sizeof e->label, "%s", db_text(res, r, "label"));
	e->required = db_bool(res, r, "required");
	snprintf(e->state, sizeof e->state, "%s", db_text(res, r, "state"));
	snprintf(e->verified_by, sizeof e->verified_by, "%s", db_text(res, r, "verified_by"));
	snprintf(e->verified_on, sizeof e->verified_on, "%s", db_text(res, r, "verified_on"));
}

enum status
casework_evidence_list(struct db *db, long long id, struct casework_evidence **out, int *count,
    struct error *err)
{
	static const char sql[] =
	    "SELECT e.name, e.label, e.required, e.state, "
	    "coalesce(s.first_name || ' ' || s.last_name, '') AS verified_by, "
	    "coalesce(to_char(e.verified_on, 'YYYY-MM-DD'), '') AS verified_on "
	    "FROM case_evidence e LEFT JOIN staff s ON s.id = e.verified_by "
	    "WHERE e.case_id = $1 ORDER BY e.position";
	char cid[24];
	const char *params[] = { cid };

	snprintf(cid, sizeof cid, "%lld", id);
	*out = db_select(db, sql, 1, params, sizeof **out, evidence_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

static enum status
follow(void *arg, long long *result, struct error *err)
{
	const struct change *c = arg;
	static const char sql[] =
	    "INSERT INTO case_follower (case_id, customer_id, contact_id) "
	    "VALUES ($1, $2, NULLIF($3, '0')::bigint) ON CONFLICT DO NOTHING";
	char id[24], customer[24], contact[24];
	const char *params[] = { id, customer, contact };

	snprintf(id, sizeof id, "%lld", c->id);
	snprintf(customer, sizeof customer, "%lld", c->customer_id);
	snprintf(contact, sizeof contact, "%lld", c->contact_id);
	if (db_run(c->s->db, sql, 3, params, err) != STATUS_OK || add_event(c, err) != STATUS_OK)
		return err->status;
	*result = c->id;
	return STATUS_OK;
}

enum status
casework_follow(const struct session *s, const char *request_id, long long id,
    long long customer_id, long long contact_id, struct error *err)
{
	struct change c = { .s = s, .id = id, .kind = "follower",
		.note = "another customer asked to be kept informed", .customer_id = customer_id,
		.contact_id = contact_id };

	return db_write(s->db, request_id, "case.follow", s->staff.id, follow, &c, NULL, err);
}

/* Reading ---------------------------------------------------------------------------------- */

/* $2 is today, which decides overdue and due today. */
#define SUMMARY_COLUMNS \
	"k.id, k.reference, k.service_id, k.title, k.status, k.stage, " \
	"to_char(k.due_on, 'YYYY-MM-DD') AS due, u.first_name || ' ' || u.last_name AS customer, " \
	"k.location, (k.status IN " OPEN_STATUSES " AND k.due_on < $2::date) AS overdue, " \
	"(k.status IN " OPEN_STATUSES " AND k.due_on = $2::date) AS due_today "
#define SUMMARY_FROM "FROM casework k JOIN customer u ON u.id = k.customer_id "

static void
summary_from_row(void *row, const struct pg_result *res, int r)
{
	struct casework_summary *c = row;

	c->id = db_int(res, r, "id");
	snprintf(c->reference, sizeof c->reference, "%s", db_text(res, r, "reference"));
	snprintf(c->service_id, sizeof c->service_id, "%s", db_text(res, r, "service_id"));
	snprintf(c->title, sizeof c->title, "%s", db_text(res, r, "title"));
	snprintf(c->status, sizeof c->status, "%s", db_text(res, r, "status"));
	c->stage = (int)db_int(res, r, "stage");
	snprintf(c->due_on, sizeof c->due_on, "%s", db_text(res, r, "due"));
	snprintf(c->customer, sizeof c->customer, "%s", db_text(res, r, "customer"));
	snprintf(c->location, sizeof c->location, "%s", db_text(res, r, "location"));
	c->overdue = db_bool(res, r, "overdue");
	c->due_today = db_bool(res, r, "due_today");
}

static enum status
summaries(struct db *db, const char *sql, int nparams, const char *const *params,
    struct casework_summary **out, int *count, struct error *err)
{
	*out = db_select(db, sql, nparams, params, sizeof **out, summary_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

enum status
casework_list(struct db *db, enum casework_scope scope, long long key, const char *today,
    int limit, struct casework_summary **out, int *count, struct error *err)
{
	static const char *const where[] = {
		[CASEWORK_OF_CUSTOMER] = "WHERE k.customer_id = $1",
		[CASEWORK_AT_SERVICE_POINT] = "WHERE k.service_point_id = $1 "
		    "AND k.status IN " OPEN_STATUSES,
		[CASEWORK_RAISED_BY] = "WHERE k.staff_id = $1 AND k.status IN " OPEN_STATUSES,
	};
	char sql[1024], id[24], lim[16];
	const char *params[] = { id, today, lim };

	snprintf(id, sizeof id, "%lld", key);
	snprintf(lim, sizeof lim, "%d", limit);
	snprintf(sql, sizeof sql, "SELECT " SUMMARY_COLUMNS SUMMARY_FROM "%s ORDER BY (k.status IN "
	    OPEN_STATUSES ") DESC, k.due_on, k.id LIMIT $3", where[scope]);
	return summaries(db, sql, 3, params, out, count, err);
}

enum status
casework_nearby(struct db *db, const char *service_id, const char *postcode,
    const char *location, int days, const char *today, struct casework_summary **out,
    int *count, struct error *err)
{
	static const char sql[] =
	    "SELECT " SUMMARY_COLUMNS SUMMARY_FROM
	    "WHERE k.service_id = $1 AND k.status IN " OPEN_STATUSES
	    " AND k.created_at >= $2::date - $5::int "
	    " AND ((k.postcode = $3 AND $3 <> '') OR ($3 = '' AND $4 <> '' "
	    "      AND lower(k.location) = lower($4))) "
	    "ORDER BY k.created_at DESC LIMIT 10";
	char since[16];
	const char *params[] = { service_id, today, postcode ? postcode : "",
		location ? location : "", since };

	snprintf(since, sizeof since, "%d", days);
	return summaries(db, sql, 5, params, out, count, err);
}

enum status
casework_get(const struct session *s, const char *request_id, long long id,
    struct casework_detail *out, struct error *err)
{
	static const char sql[] =
	    "WITH seen AS (INSERT INTO audit (staff_id, action, entity, entity_id, terminal, "
	    "  request_id) SELECT $3, 'view', 'case', id, $4, $5 FROM casework WHERE id = $1 "
	    "  ON CONFLICT (request_id) DO NOTHING) "
	    "SELECT " SUMMARY_COLUMNS ", k.customer_id, to_char(k.received_on, 'YYYY-MM-DD') AS "
	    "received, k.assigned_team, k.assigned_officer, "
	    "(SELECT count(*) FROM case_follower f WHERE f.case_id = k.id) AS followers "
	    SUMMARY_FROM "WHERE k.id = $1";
	char cid[24], staff[16];
	/* 'today' is the server's date: the database decides overdue here as everywhere. */
	const char *params[] = { cid, "today", staff, s->terminal, request_id };
	struct pg_result *res;

	snprintf(cid, sizeof cid, "%lld", id);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	res = db_exec(s->db, sql, 5, params, err);
	if (res == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND, "no such case");
	}
	memset(out, 0, sizeof *out);
	summary_from_row(&out->summary, res, 0);
	out->customer_id = db_int(res, 0, "customer_id");
	snprintf(out->received_on, sizeof out->received_on, "%s", db_text(res, 0, "received"));
	snprintf(out->assigned_team, sizeof out->assigned_team, "%s",
	    db_text(res, 0, "assigned_team"));
	snprintf(out->assigned_officer, sizeof out->assigned_officer, "%s",
	    db_text(res, 0, "assigned_officer"));
	out->followers = (int)db_int(res, 0, "followers");
	db_clear(res);
	return STATUS_OK;
}

static void
event_from_row(void *row, const struct pg_result *res, int r)
{
	struct casework_event *e = row;

	snprintf(e->at, sizeof e->at, "%s", db_text(res, r, "at"));
	snprintf(e->staff, sizeof e->staff, "%s", db_text(res, r, "staff"));
	snprintf(e->kind, sizeof e->kind, "%s", db_text(res, r, "kind"));
	snprintf(e->status, sizeof e->status, "%s", db_text(res, r, "status"));
	snprintf(e->note, sizeof e->note, "%s", db_text(res, r, "note"));
	snprintf(e->due_on, sizeof e->due_on, "%s", db_text(res, r, "due"));
}

enum status
casework_timeline(struct db *db, long long id, struct casework_event **out, int *count,
    struct error *err)
{
	static const char sql[] =
	    "SELECT to_char(e.at, 'YYYY-MM-DD HH24:MI') AS at, s.first_name || ' ' || s.last_name "
	    "AS staff, e.kind, e.status, e.note, coalesce(to_char(e.due_on, 'YYYY-MM-DD'), '') AS due "
	    "FROM case_event e JOIN staff s ON s.id = e.staff_id WHERE e.case_id = $1 "
	    "ORDER BY e.at, e.id";
	char cid[24];
	const char *params[] = { cid };

	snprintf(cid, sizeof cid, "%lld", id);
	*out = db_select(db, sql, 1, params, sizeof **out, event_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

void
casework_free_answers(char **names, char **values, int count)
{
	for (int i = 0; i < count; i++) {
		free(names[i]);
		free(values[i]);
	}
	free(names);
	free(values);
}

enum status
casework_answers(struct db *db, long long id, char ***names, char ***values, int *count,
    struct error *err)
{
	static const char sql[] = "SELECT name, value FROM case_field WHERE case_id = $1 "
	    "ORDER BY name";
	char cid[24];
	const char *params[] = { cid };
	struct pg_result *res;
	int n;

	snprintf(cid, sizeof cid, "%lld", id);
	res = db_exec(db, sql, 1, params, err);
	if (res == NULL)
		return err->status;
	n = db_rows(res);
	*names = db_alloc_rows(res, sizeof **names, err);
	*values = db_alloc_rows(res, sizeof **values, err);
	*count = 0;
	for (int r = 0; r < n && *names != NULL && *values != NULL; r++) {
		(*names)[r] = strdup(db_text(res, r, "name"));
		(*values)[r] = strdup(db_text(res, r, "value"));
		*count = r + 1;
		if ((*names)[r] == NULL || (*values)[r] == NULL)
			break;
	}
	db_clear(res);
	if (*names != NULL && *values != NULL && *count == n)
		return STATUS_OK;
	casework_free_answers(*names, *values, *names != NULL && *values != NULL ? *count : 0);
	return error_set(err, STATUS_NO_MEMORY, NULL);
}
