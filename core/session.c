/* Sign-in, roles and what each role may do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "session.h"

const struct choice session_roles[] = {
	{ "advisor", N_("Advisor") },
	{ "call_handler", N_("Call handler") },
	{ "floorwalker", N_("Floorwalker") },
	{ "supervisor", N_("Supervisor") },
	{ "admin", N_("Administrator") },
	{ NULL, NULL },
};

const struct choice session_channels[] = {
	{ "face_to_face", N_("Face to face") },
	{ "phone", N_("Phone") },
	{ "email", N_("Email") },
	{ "webchat", N_("Webchat") },
	{ "social_media", N_("Social media") },
	{ "letter", N_("Letter") },
	{ "assisted_digital", N_("Assisted digital") },
	{ NULL, NULL },
};

/* Rows: permission; columns: the roles in session_roles order. */
static const bool grants[][5] = {
	/*                            adv    call   floor  super  admin */
	[MAY_VIEW_CUSTOMER]       = { true,  true,  true,  true,  true },
	[MAY_EDIT_CUSTOMER]       = { true,  true,  false, true,  true },
	[MAY_CREATE_CUSTOMER]     = { true,  true,  true,  true,  true },
	[MAY_RECORD_CONTACT]      = { true,  true,  true,  true,  false },
	[MAY_TAKE_PAYMENT]        = { true,  true,  false, true,  false },
	[MAY_VOID_PAYMENT]        = { false, false, false, true,  false },
	[MAY_CLOSE_SERVICE_POINT] = { false, false, false, true,  false },
};

bool
session_may(const struct session *s, enum permission what)
{
	for (size_t r = 0; session_roles[r].code != NULL; r++)
		if (strcmp(session_roles[r].code, s->staff.role) == 0)
			return grants[what][r];
	return false;
}

static const char staff_columns[] =
    "SELECT s.id, s.username, s.first_name, s.last_name, s.team, s.role, "
    "s.service_point_id, p.name AS service_point, s.script_panel, s.ui_language "
    "FROM staff s JOIN service_point p ON p.id = s.service_point_id WHERE s.active ";

static void
copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src);
}

static void
staff_from_row(void *element, const struct pg_result *res, int row)
{
	struct staff *st = element;

	st->id = (int)db_int(res, row, "id");
	copy(st->username, sizeof st->username, db_text(res, row, "username"));
	copy(st->first_name, sizeof st->first_name, db_text(res, row, "first_name"));
	copy(st->last_name, sizeof st->last_name, db_text(res, row, "last_name"));
	copy(st->team, sizeof st->team, db_text(res, row, "team"));
	copy(st->role, sizeof st->role, db_text(res, row, "role"));
	st->service_point_id = (int)db_int(res, row, "service_point_id");
	copy(st->service_point, sizeof st->service_point, db_text(res, row, "service_point"));
	st->script_panel = db_bool(res, row, "script_panel");
	copy(st->ui_language, sizeof st->ui_language, db_text(res, row, "ui_language"));
}

enum status
session_sign_in(struct session *s, const char *username, struct error *err)
{
	char sql[sizeof staff_columns + 32];
	const char *params[] = { username };
	struct pg_result *res;

	snprintf(sql, sizeof sql, "%sAND s.username = $1", staff_columns);
	res = db_exec(s->db, sql, 1, params, err);
	if (res == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND,
		    "\"%s\" is not an active member of staff", username);
	}
	staff_from_row(&s->staff, res, 0);
	db_clear(res);
	return STATUS_OK;
}

/* One of the advisor's own settings, kept on their staff row. */
struct setting_change {
	const struct session *s;
	const char *sql;		/* UPDATE staff SET ... = $2 WHERE id = $1 */
	const char *value;
};

static enum status
write_setting(void *arg, long long *result, struct error *err)
{
	const struct setting_change *w = arg;
	char id[16];
	const char *params[] = { id, w->value };

	snprintf(id, sizeof id, "%d", w->s->staff.id);
	*result = w->s->staff.id;
	return db_run(w->s->db, w->sql, 2, params, err);
}

static enum status
set_setting(struct session *s, const char *action, const char *sql, const char *value,
    struct error *err)
{
	struct setting_change w = { s, sql, value };
	char request[DB_REQUEST_ID_LEN];
	long long result;

	db_new_request_id(request);
	return db_write(s->db, request, action, s->staff.id, write_setting, &w, &result, err);
}

enum status
session_set_script_panel(struct session *s, bool on, struct error *err)
{
	s->staff.script_panel = on;	/* this session follows the key even if the write fails */
	return set_setting(s, "staff.script_panel", "UPDATE staff SET script_panel = $2 "
	    "WHERE id = $1", on ? "true" : "false", err);
}

enum status
session_set_ui_language(struct session *s, const char *code, struct error *err)
{
	snprintf(s->staff.ui_language, sizeof s->staff.ui_language, "%s", code);
	return set_setting(s, "staff.ui_language", "UPDATE staff SET ui_language = $2 "
	    "WHERE id = $1", code, err);
}

const char *
session_default_channel(const char *role, const char *configured)
{
	if (strcmp(role, "call_handler") == 0)
		return "phone";
	if (strcmp(role, "floorwalker") == 0)
		return "assisted_digital";
	return configured;
}

enum status
session_staff_list(struct db *db, struct staff **out, int *count, struct error *err)
{
	char sql[sizeof staff_columns + 48];

	snprintf(sql, sizeof sql, "%sORDER BY s.first_name, s.last_name", staff_columns);
	*out = db_select(db, sql, 0, NULL, sizeof **out, staff_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

void
session_identify_terminal(struct session *s)
{
	char host[64] = "";
	const char *tty = ttyname(STDIN_FILENO);

	gethostname(host, sizeof host - 1);
	if (tty != NULL && strncmp(tty, "/dev/", 5) == 0)
		tty += 5;
	snprintf(s->terminal, sizeof s->terminal, "%s:%s", host, tty ? tty : "-");
}
