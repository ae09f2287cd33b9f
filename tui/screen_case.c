/*
 * One case: what the customer asked (the form's answers), where it stands, and its timeline.
 * F6 offers what can be done with it: change the status (telling the customer when the service
 * line says to), add a note, mark the documents an application needs, take its fee, assign,
 * extend the due date, escalate a complaint to stage 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "casework.h"
#include "i18n.h"
#include "pay.h"
#include "screen_choose.h"
#include "screens.h"
#include "template.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"
#include "widget_list.h"
#include "widget_script.h"

#define HEAD_ROWS 5
#define LINE_SIZE 300

/* F6's rows, in the order offered; which are offered depends on the case. */
enum case_action { DO_STATUS, DO_NOTE, DO_DOCUMENTS, DO_FEE, DO_ASSIGN, DO_EXTEND, DO_ESCALATE,
	DO_COUNT };

struct case_screen {
	struct screen base;
	long long id;
	struct casework_detail detail;
	bool loaded;
	char problem[256];
	char (*lines)[LINE_SIZE];	/* answers, documents, then the timeline, as shown */
	struct list list;
	int ndocuments;
	struct pay_account fee;		/* the fee's account; fee.id 0 when it has none */
	enum case_action offered[DO_COUNT];	/* F6's rows */
	struct script_panel script;	/* the raise form's script, when it opened this case */
};

static int
visible_rows(void)
{
	return LINES - 3 - HEAD_ROWS - 1;
}

static const struct catalogue_service *
service_of(const struct case_screen *cs, const struct app *app)
{
	return catalogue_find(app->catalogue, cs->detail.summary.service_id);
}

/* Loading ---------------------------------------------------------------------------------- */

static void
answer_line(struct case_screen *cs, struct app *app, const struct catalogue_field *f,
    const char *name, const char *value, int *at)
{
	char shown[ANSWER_SIZE];

	snprintf(cs->lines[(*at)++], LINE_SIZE, "  %s: %s", f != NULL ? f->label : name,
	    f != NULL ? answer_display(app->catalogue, f, value, shown, sizeof shown) : value);
}

/* In the order the form asks, then any the service line no longer asks. */
static void
answer_lines(struct case_screen *cs, struct app *app, char **names, char **values, int n,
    int *at)
{
	const struct catalogue_service *svc = service_of(cs, app);
	int nfields = svc != NULL ? svc->nfields : 0;

	snprintf(cs->lines[(*at)++], LINE_SIZE, "%s", _("What the customer told us"));
	for (int f = 0; f < nfields; f++)
		for (int i = 0; i < n; i++)
			if (strcmp(svc->fields[f].name, names[i]) == 0)
				answer_line(cs, app, &svc->fields[f], names[i], values[i], at);
	for (int i = 0; i < n; i++) {
		int f = 0;

		while (f < nfields && strcmp(svc->fields[f].name, names[i]) != 0)
			f++;
		if (f == nfields)
			answer_line(cs, app, NULL, names[i], values[i], at);
	}
}

/* "2026-11-26" as "26/11/2026"; anything else as it is. */
static const char *
british(const char *iso, char out[CALENDAR_DATE_SIZE])
{
	struct date d;

	if (!calendar_parse_date(iso, &d))
		return iso;
	calendar_format_british(d, out);
	return out;
}

/* Timeline entries in words; "opened" and "status" also name the status. */
static const struct choice event_kinds[] = {
	{ "opened", N_("Opened:") },
	{ "status", N_("Status:") },
	{ "note", N_("Note") },
	{ "assigned", N_("Assigned") },
	{ "extended", N_("Due date moved") },
	{ "escalated", N_("To stage 2") },
	{ "follower", N_("Another customer follows it") },
	{ "evidence", N_("Document") },
	{ "letter", N_("Letter sent") },
	{ NULL, NULL },
};

static void
event_line(const struct casework_event *e, char *out, size_t size)
{
	char what[120], due[CALENDAR_DATE_SIZE];

	const char *kind = choice_find(event_kinds, e->kind) ? _(choice_label(event_kinds,
	    e->kind)) : e->kind;

	if (strcmp(e->kind, "status") == 0 || strcmp(e->kind, "opened") == 0)
		snprintf(what, sizeof what, "%s %s", kind, _(choice_label(casework_statuses,
		    e->status)));
	else
		snprintf(what, sizeof what, "%s", kind);
	snprintf(out, size, "  %.2s/%.2s/%.4s %s %-18.18s %s%s%s%s%s", e->at + 8, e->at + 5, e->at,
	    e->at + 11, e->staff, what, e->due_on[0] ? _(", due ") : "", british(e->due_on, due),
	    e->note[0] ? ": " : "", e->note);
}

static void
document_lines(struct case_screen *cs, const struct casework_evidence *e, int n, int *at)
{
	int missing = screens_evidence_missing(e, n);

	snprintf(cs->lines[(*at)++], LINE_SIZE, missing > 0 ? _("Documents: %d required still to "
	    "see (F6 marks them)") : _("Documents: all required seen"), missing);
	for (int i = 0; i < n; i++) {
		cs->lines[*at][0] = ' ';
		cs->lines[*at][1] = ' ';
		screens_evidence_row(&e[i], cs->lines[*at] + 2, LINE_SIZE - 2);
		(*at)++;
	}
}

/* The account of the fee this case raised, if any: cs->fee.id stays 0 otherwise. */
static void
load_fee(struct case_screen *cs, struct app *app)
{
	struct error err;

	memset(&cs->fee, 0, sizeof cs->fee);
	if (pay_account_find(app->session.db, cs->detail.summary.reference, &cs->fee, &err) !=
	    STATUS_OK)
		memset(&cs->fee, 0, sizeof cs->fee);
}

static void
load(struct case_screen *cs, struct app *app)
{
	char request[DB_REQUEST_ID_LEN], **names = NULL, **values = NULL;
	struct casework_event *events = NULL;
	struct casework_evidence *documents = NULL;
	int nanswers = 0, nevents = 0, at = 0;
	struct error err;

	cs->problem[0] = '\0';
	db_new_request_id(request);
	if (casework_get(&app->session, request, cs->id, &cs->detail, &err) != STATUS_OK ||
	    casework_answers(app->session.db, cs->id, &names, &values, &nanswers, &err) !=
	    STATUS_OK ||
	    casework_timeline(app->session.db, cs->id, &events, &nevents, &err) != STATUS_OK ||
	    casework_evidence_list(app->session.db, cs->id, &documents, &cs->ndocuments, &err) !=
	    STATUS_OK) {
		snprintf(cs->problem, sizeof cs->problem, _("The case could not be read: %s"),
		    err.detail);
		casework_free_answers(names, values, nanswers);
		free(events);
		return;
	}
	load_fee(cs, app);
	free(cs->lines);
	cs->lines = calloc((size_t)(nanswers + nevents + cs->ndocuments + 3), sizeof *cs->lines);
	if (cs->lines != NULL) {
		answer_lines(cs, app, names, values, nanswers, &at);
		if (cs->ndocuments > 0)
			document_lines(cs, documents, cs->ndocuments, &at);
		snprintf(cs->lines[at++], LINE_SIZE, "%s", _("Timeline"));
		for (int i = 0; i < nevents; i++)
			event_line(&events[i], cs->lines[at++], LINE_SIZE);
	}
	cs->list.count = at;
	cs->loaded = true;
	casework_free_answers(names, values, nanswers);
	free(events);
	free(documents);
}

/* Drawing ---------------------------------------------------------------------------------- */

/* In words, counted on the council's calendar from the app's today; *style says how loud. */
static void
due_words(const struct case_screen *cs, struct app *app, char *out, size_t size,
    enum style *style)
{
	const struct casework_summary *c = &cs->detail.summary;
	struct date due, today = calendar_today();
	char shown[40];
	int days;

	if (!calendar_parse_date(c->due_on, &due)) {
		snprintf(out, size, "%s", c->due_on);
		return;
	}
	calendar_format_long(due, shown, sizeof shown);
	*style = STYLE_NORMAL;
	if (!casework_is_open(c->status) || app->calendar == NULL) {
		snprintf(out, size, _("Due %s"), shown);
		return;
	}
	days = calendar_working_days_between(app->calendar, today, due);
	if (calendar_compare(due, today) < 0) {
		*style = STYLE_ERROR;
		/* Due on a Friday, looked at on Saturday: overdue, though no working day is lost. */
		snprintf(out, size, ngettext("Due %s: OVERDUE by %d working day",
		    "Due %s: OVERDUE by %d working days", -days), shown, -days);
	} else if (calendar_compare(due, today) == 0) {
		*style = STYLE_WARNING;
		snprintf(out, size, _("Due %s: DUE TODAY"), shown);
	} else
		snprintf(out, size, ngettext("Due %s: %d working day left",
		    "Due %s: %d working days left", days), shown, days);
}

static void
case_draw(struct screen *s, struct app *app)
{
	struct case_screen *cs = (struct case_screen *)s;
	const struct casework_detail *d = &cs->detail;
	char line[400], due[120], received[CALENDAR_DATE_SIZE];
	enum style style;
	int width = COLS - 4;

	if (script_panel_shown(&cs->script, app)) {
		width = COLS - script_panel_width() - 3;
		script_panel_draw(&cs->script, 1, COLS - script_panel_width(), LINES - 4);
	}
	if (!cs->loaded) {
		text_put(2, 2, width, cs->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	snprintf(line, sizeof line, "%s  %s", d->summary.reference, d->summary.title);
	text_put(1, 2, width, line, theme_attr(STYLE_HEADING), true);
	due_words(cs, app, due, sizeof due, &style);
	snprintf(line, sizeof line, _("%s, stage %d. %s."), _(choice_label(casework_statuses,
	    d->summary.status)), d->summary.stage, due);
	text_put(2, 2, width, line, theme_attr(style), true);
	snprintf(line, sizeof line, _("Customer: %s. Received %s. Following: %d."),
	    d->summary.customer, british(d->received_on, received), d->followers);
	text_put(3, 2, width, line, A_NORMAL, true);
	snprintf(line, sizeof line, _("Assigned to: %s%s%s"), d->assigned_team[0] ?
	    d->assigned_team : _("nobody yet"), d->assigned_officer[0] ? ", " : "",
	    d->assigned_officer);
	text_put(4, 2, width, line, A_NORMAL, true);
	if (cs->problem[0] != '\0')
		text_put(5, 2, width, cs->problem, theme_attr(STYLE_ERROR), true);
	list_clamp(&cs->list, visible_rows());
	for (int i = cs->list.top; i < cs->list.count && i - cs->list.top < visible_rows(); i++) {
		int y = HEAD_ROWS + 1 + i - cs->list.top;
		bool heading = cs->lines[i][0] != ' ';

		text_put(y, 2, width, cs->lines[i], theme_attr(i == cs->list.selected ?
		    STYLE_SELECTED : heading ? STYLE_HEADING : STYLE_NORMAL), true);
		if (i == cs->list.selected)
			app_cursor(app, y, 2);
	}
}

/* Actions ---------------------------------------------------------------------------------- */

#define MAX_ACTION_FIELDS 3

/* What each action asks; a NULL label ends the list. */
static const struct action_spec {
	const char *name;
	const char *done;
	const char *labels[MAX_ACTION_FIELDS];
	bool required[MAX_ACTION_FIELDS];
	const char *help[MAX_ACTION_FIELDS];
} actions[DO_COUNT] = {
	[DO_STATUS] = { N_("Change the status"), N_("Status changed."), { N_("New status"), N_("Note") }, { true, false },
		{ N_("Left and Right choose"), N_("What happened; the customer may be sent it") } },
	[DO_NOTE] = { N_("Add a note"), N_("Note added."), { N_("Note") }, { true }, { N_("Shown on the timeline") } },
	/* These two open their own screens. */
	[DO_DOCUMENTS] = { N_("Mark the documents seen") },
	[DO_FEE] = { N_("Take the fee") },
	[DO_ASSIGN] = { N_("Assign to a team or officer"), N_("Case assigned."), { N_("Team"), N_("Officer"),
		N_("Reason") }, { true, false, true }, { N_("The team that will resolve it"),
		N_("A named resolution officer, if there is one"), N_("Why it goes to them") } },
	[DO_EXTEND] = { N_("Extend the due date"), N_("Due date moved."), { N_("New due date"), N_("Reason") },
		{ true, true }, { N_("DD/MM/YYYY, later than the current due date"),
		N_("Why more time is needed: the customer is told") } },
	[DO_ESCALATE] = { N_("Escalate to stage 2"), N_("Escalated to stage 2."), { N_("Reason") }, { true },
		{ N_("Why the customer is not satisfied with the stage 1 response") } },
};

struct action_screen {
	struct screen base;
	struct case_screen *cs;		/* below this screen */
	enum case_action what;
	char values[MAX_ACTION_FIELDS][256];
	struct form_field fields[MAX_ACTION_FIELDS];
	struct form form;
	char request[DB_REQUEST_ID_LEN];
};

static struct choice status_choices[8];

/* The message for status from the service line's [notify], filled; NULL when none is owed. */
static char *
status_message_text(struct case_screen *cs, struct app *app, const char *status,
    const char *note)
{
	const struct catalogue_service *svc = service_of(cs, app);
	const char *text = svc != NULL ? catalogue_notice(svc, status) : NULL;
	char first[64], due[40];
	struct date d;

	if (text == NULL)
		return NULL;
	snprintf(first, sizeof first, "%.*s", (int)strcspn(cs->detail.summary.customer, " "),
	    cs->detail.summary.customer);
	if (calendar_parse_date(cs->detail.summary.due_on, &d))
		calendar_format_long(d, due, sizeof due);
	else
		snprintf(due, sizeof due, "%s", cs->detail.summary.due_on);
	return template_fill(text, (const struct template_value[]){
		{ "reference", cs->detail.summary.reference }, { "title", cs->detail.summary.title },
		{ "due", due }, { "status", _(choice_label(casework_statuses, status)) },
		{ "note", note }, { "council", app->cfg.council }, { "first_name", first },
		{ NULL, NULL } });
}

/* A typed date as YYYY-MM-DD; false (with a message shown) when it is not a later date. */
static bool
later_date(struct action_screen *as, struct app *app, const char *typed, char out[11])
{
	struct validation v;

	validate_date(typed, &v);
	if (v.result == VALIDATE_INVALID || v.normal[0] == '\0') {
		app_message(app, MESSAGE_ERROR, "%s", v.message ? _(v.message) :
		    _("Give the new due date"));
		return false;
	}
	if (strcmp(v.normal, as->cs->detail.summary.due_on) <= 0) {
		app_message(app, MESSAGE_ERROR, "%s", _("The new due date must be later than the "
		    "current one."));
		return false;
	}
	snprintf(out, 11, "%s", v.normal);
	return true;
}

static enum status
do_action(struct action_screen *as, struct app *app, struct error *err)
{
	const struct session *s = &app->session;
	const struct catalogue_service *svc = service_of(as->cs, app);
	long long id = as->cs->id;
	char (*v)[256] = as->values, due[11];
	char *message;
	enum status st;

	switch (as->what) {
	case DO_STATUS:
		message = status_message_text(as->cs, app, v[0], v[1]);
		st = casework_set_status(s, as->request, id, v[0], v[1], message, err);
		free(message);
		return st;
	case DO_NOTE:
		return casework_note(s, as->request, id, v[0], err);
	case DO_ASSIGN:
		return casework_assign(s, as->request, id, v[0], v[1], v[2], err);
	case DO_EXTEND:
		if (!later_date(as, app, v[0], due))
			return error_set(err, STATUS_INVALID, "%s", app->message);
		return casework_extend(s, as->request, id, due, v[1], err);
	case DO_ESCALATE:
		calendar_format_date(calendar_due(app->calendar, calendar_today(),
		    svc != NULL && svc->stage2_days > 0 ? svc->stage2_days : 20,
		    CALENDAR_NEXT_WORKING_DAY_IS_DAY_1), due);
		return casework_escalate(s, as->request, id, due, v[0], err);
	case DO_DOCUMENTS:	/* their own screens, never this form */
	case DO_FEE:
	case DO_COUNT:
		break;
	}
	return error_set(err, STATUS_INVALID, "unknown action");
}

static bool
action_complete(struct action_screen *as, struct app *app)
{
	for (int i = 0; i < as->form.count; i++)
		if (as->fields[i].required && as->values[i][0] == '\0') {
			form_focus(&as->form, i);
			app_message(app, MESSAGE_ERROR, _("%s is needed."), _(as->fields[i].label));
			return false;
		}
	return true;
}

static void
action_save(struct action_screen *as, struct app *app)
{
	struct case_screen *cs = as->cs;
	enum case_action what = as->what;
	struct error err;

	if (!action_complete(as, app))
		return;
	if (do_action(as, app, &err) != STATUS_OK) {
		if (err.status != STATUS_INVALID || app->message[0] == '\0')
			app_message(app, MESSAGE_ERROR, _("Not done: %s"), err.detail);
		return;
	}
	app_pop(app);		/* as is gone */
	load(cs, app);
	app_message(app, MESSAGE_INFO, "%s", _(actions[what].done));
}

static void
action_draw(struct screen *s, struct app *app)
{
	struct action_screen *as = (struct action_screen *)s;
	char line[200];
	int cy = -1, cx = -1;

	snprintf(line, sizeof line, "%s: %s", as->cs->detail.summary.reference,
	    _(actions[as->what].name));
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	form_draw(&as->form, 3, LINES - 6, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
action_contexts(struct screen *s)
{
	return form_contexts(&((struct action_screen *)s)->form);
}

static enum key_result
action_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct action_screen *as = (struct action_screen *)s;
	int left;

	if (a == ACTION_SAVE) {
		action_save(as, app);
		return KEY_USED;
	}
	switch (form_key(&as->form, a, key, wide, &left)) {
	case FORM_UNUSED:
		return KEY_UNUSED;
	case FORM_EDITED:
		db_new_request_id(as->request);
		break;
	default:
		break;
	}
	return KEY_USED;
}

static void
action_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops action_ops = {
	.title = N_("Case action"),
	.contexts = action_contexts,
	.draw = action_draw,
	.key = action_key,
	.close = action_close,
};

static struct screen *
action_screen_new(struct case_screen *cs, enum case_action what)
{
	struct action_screen *as = calloc(1, sizeof *as);
	const struct action_spec *spec = &actions[what];
	int n = 0;

	if (as == NULL)
		return NULL;
	as->base.ops = &action_ops;
	as->cs = cs;
	as->what = what;
	if (status_choices[0].code == NULL)	/* the statuses other than "new" */
		for (int i = 1, j = 0; casework_statuses[i].code != NULL; i++, j++)
			status_choices[j] = casework_statuses[i];
	for (; n < MAX_ACTION_FIELDS && spec->labels[n] != NULL; n++)
		as->fields[n] = (struct form_field){ .label = spec->labels[n],
			.help = spec->help[n], .value = as->values[n], .size = sizeof as->values[n],
			.required = spec->required[n] };
	if (what == DO_STATUS) {
		as->fields[0].choices = status_choices;
		snprintf(as->values[0], sizeof as->values[0], "%s", status_choices[0].code);
	}
	form_init(&as->form, as->fields, n);
	db_new_request_id(as->request);
	return &as->base;
}

static bool
action_chosen(struct app *app, int row, void *arg)
{
	struct case_screen *cs = arg;
	enum case_action what = cs->offered[row];
	struct screen *s;

	app_pop(app);		/* the list of actions */
	if (what == DO_DOCUMENTS)
		s = evidence_screen_new(app, cs->id, cs->detail.summary.reference);
	else if (what == DO_FEE)
		s = payment_screen_new(app, &cs->fee);
	else
		s = action_screen_new(cs, what);
	if (s != NULL)
		app_push(app, s);
	return false;
}

/* Whether F6 offers what: documents when asked for, a fee still owed, escalation once. */
static bool
offered(const struct case_screen *cs, const struct catalogue_service *svc, enum case_action what)
{
	switch (what) {
	case DO_DOCUMENTS:
		return cs->ndocuments > 0;
	case DO_FEE:
		return cs->fee.id != 0 && cs->fee.balance_pence > 0;
	case DO_ESCALATE:
		return cs->detail.summary.stage == 1 && svc != NULL && svc->stage2_days != 0;
	default:
		return true;
	}
}

static void
offer_actions(struct case_screen *cs, struct app *app)
{
	const char *labels[DO_COUNT];
	int n = 0;
	const struct catalogue_service *svc = service_of(cs, app);

	for (int i = 0; i < DO_COUNT; i++)
		if (offered(cs, svc, (enum case_action)i)) {
			cs->offered[n] = (enum case_action)i;
			labels[n++] = _(actions[i].name);
		}
	app_push(app, choose_screen_new(N_("Case actions"), _("What do you want to do with this "
	    "case?"), labels, n, 0, action_chosen, cs, false));
}

/* The screen ------------------------------------------------------------------------------- */

static unsigned
case_contexts(struct screen *s)
{
	struct case_screen *cs = (struct case_screen *)s;

	return CTX_CASE | CTX_LIST | CTX_VIEW |
	    (script_panel_has_text(&cs->script) ? CTX_SCRIPT : 0);
}

static enum key_result
case_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct case_screen *cs = (struct case_screen *)s;

	(void)key;
	(void)wide;
	if (list_move(&cs->list, a, visible_rows()) || script_panel_key(&cs->script, app, a))
		return KEY_USED;
	if (a == ACTION_LETTER && cs->loaded) {
		screens_letters(app, cs->detail.summary.reference, cs->detail.summary.service_id);
		return KEY_USED;
	}
	if (a != ACTION_CASE_ACTIONS || !cs->loaded)
		return KEY_UNUSED;
	offer_actions(cs, app);
	return KEY_USED;
}

/* The database came back, or a screen above (documents, a payment) changed the case. */
static void
case_refresh(struct screen *s, struct app *app)
{
	load((struct case_screen *)s, app);
}

static void
case_close(struct screen *s)
{
	struct case_screen *cs = (struct case_screen *)s;

	script_panel_free(&cs->script);
	free(cs->lines);
	free(cs);
}

static const struct screen_ops case_ops = {
	.title = N_("Case"),
	.contexts = case_contexts,
	.draw = case_draw,
	.key = case_key,
	.uncovered = case_refresh,
	.reconnected = case_refresh,
	.close = case_close,
};

struct screen *
case_screen_new(struct app *app, long long case_id)
{
	struct case_screen *cs = calloc(1, sizeof *cs);

	if (cs == NULL)
		return NULL;
	cs->base.ops = &case_ops;
	cs->id = case_id;
	load(cs, app);
	return &cs->base;
}

void
case_screen_script(struct screen *s, struct script_panel *script)
{
	if (s == NULL || s->ops != &case_ops) {
		script_panel_free(script);
		return;
	}
	((struct case_screen *)s)->script = *script;
}
