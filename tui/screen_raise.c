/*
 * Raising a case for the customer on screen: pick the service line, answer its questions (those
 * the record already answers are filled in), then open the case and read out its reference.
 * Answers are checked as the advisor leaves each field and kept as a draft at every field exit.
 * A report first shows open reports of the same problem nearby, to follow instead.
 *
 * An application is asked in steps: eligibility (a customer who cannot get it is told why before
 * any personal details are taken), details, then the documents seen. Leaving it pauses it on
 * the customer's record, for any advisor to resume at a later contact.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "apply.h"
#include "casework.h"
#include "draft.h"
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

#define FORM_TOP 6	/* below the heading, standard, web address, fee and question */

/* The steps, in the order asked; their codes are apply_steps'. */
enum stage { STAGE_ELIGIBILITY, STAGE_DETAILS, STAGE_EVIDENCE, STAGE_COUNT };

/* Draft lines that are not answers: names no field can have. */
#define DRAFT_STAGE ".stage"
#define DRAFT_EVIDENCE "evidence."

struct raise_screen {
	struct screen base;
	const struct catalogue_service *svc;
	struct customer customer;	/* as loaded: prefill and save-back */
	char **values;			/* one buffer per field, as typed or shown */
	char **normal;			/* checked values, filled by check_all */
	struct choice **choices;	/* per field: its choices with a "not given" first */
	struct form_field *fields;
	struct form form;
	char draft_kind[64];
	char request[DB_REQUEST_ID_LEN];
	struct date due;
	bool duplicates_seen;		/* the advisor chose to raise a new report anyway */
	bool application;		/* paused on the record when left, not just drafted */
	enum stage stage;
	int neligible;			/* fields[0 .. neligible) are the eligibility step */
	int first;			/* the stage's first field: the form's field 0 */
	struct casework_evidence *evidence;	/* the service line's documents, as marked */
	int evidence_selected;
	struct script_panel script;
};

static void raise_finish(struct raise_screen *rs, struct app *app);

/* Answers ---------------------------------------------------------------------------------- */

/* Room for every answer, every document and the stage. */
#define DRAFT_LINES (2 * CATALOGUE_MAX_FIELDS + 1)

/* The answers so far, the documents as marked and the stage, as a draft body (caller frees). */
static char *
draft_body(const struct raise_screen *rs)
{
	const char *names[DRAFT_LINES], *values[DRAFT_LINES];
	char evidence_names[CATALOGUE_MAX_FIELDS][64];
	int n = 0;

	for (int i = 0; i < rs->svc->nfields && i < CATALOGUE_MAX_FIELDS; i++, n++) {
		names[n] = rs->svc->fields[i].name;
		values[n] = rs->values[i];
	}
	for (int i = 0; i < rs->svc->nevidence && i < CATALOGUE_MAX_FIELDS; i++, n++) {
		snprintf(evidence_names[i], sizeof evidence_names[i], DRAFT_EVIDENCE "%s",
		    rs->evidence[i].name);
		names[n] = evidence_names[i];
		values[n] = rs->evidence[i].state;
	}
	names[n] = DRAFT_STAGE;
	values[n++] = apply_steps[rs->stage].code;
	return draft_encode(names, values, n);
}

static void
keep_draft(struct raise_screen *rs, struct app *app)
{
	struct error err;
	char *body = draft_body(rs);

	if (body == NULL)
		return;
	if (draft_save(&app->session, rs->customer.id, rs->draft_kind, body, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Draft not kept: %s"), err.detail);
	free(body);
}

/* Pauses an application on the customer's record; the advisor's own draft stays if it fails. */
static void
pause_application(struct raise_screen *rs, struct app *app)
{
	char request[DB_REQUEST_ID_LEN];
	struct error err;
	char *body = draft_body(rs);

	if (body == NULL)
		return;
	db_new_request_id(request);
	if (apply_pause(&app->session, request, rs->customer.id, rs->svc->id, rs->svc->title,
	    apply_steps[rs->stage].code, body, &err) == STATUS_OK) {
		draft_discard(&app->session, rs->customer.id, rs->draft_kind);
		app_message(app, MESSAGE_INFO, _("%s paused on the customer's record: any advisor "
		    "can resume it at their next contact."), rs->svc->title);
	} else {
		keep_draft(rs, app);
		app_message(app, MESSAGE_ERROR, _("Not paused on the record (%s): kept as your "
		    "draft; F7 and %s resume it."), err.detail, rs->svc->title);
	}
	free(body);
}

static void
resume_field(const char *name, const char *value, void *arg)
{
	struct raise_screen *rs = arg;

	if (strcmp(name, DRAFT_STAGE) == 0) {
		for (int i = 0; i < STAGE_COUNT; i++)
			if (strcmp(apply_steps[i].code, value) == 0)
				rs->stage = (enum stage)i;
		return;
	}
	if (strncmp(name, DRAFT_EVIDENCE, strlen(DRAFT_EVIDENCE)) == 0) {
		for (int i = 0; i < rs->svc->nevidence; i++)
			if (strcmp(rs->evidence[i].name, name + strlen(DRAFT_EVIDENCE)) == 0 &&
			    choice_find(casework_evidence_states, value) != NULL)
				snprintf(rs->evidence[i].state, sizeof rs->evidence[i].state, "%s",
				    value);
		return;
	}
	for (int i = 0; i < rs->svc->nfields; i++)
		if (strcmp(rs->svc->fields[i].name, name) == 0)
			snprintf(rs->values[i], rs->fields[i].size, "%s", value);
}

/* Checks field i into rs->normal[i]; shows the value as it will be read back when it is good. */
static bool
check_field(struct raise_screen *rs, struct app *app, int i)
{
	const struct catalogue_field *f = &rs->svc->fields[i];
	struct form_field *fl = &rs->fields[i];
	struct answer_result v;
	char shown[ANSWER_SIZE];

	answer_check(app->catalogue, f, rs->values[i], &v);
	fl->message[0] = '\0';
	fl->is_error = v.result == VALIDATE_INVALID;
	if (v.result == VALIDATE_INVALID && f->type == FIELD_NUMBER && rs->values[i][0] != '\0')
		snprintf(fl->message, sizeof fl->message, _("Give a whole number from %lld to %lld"),
		    f->min, f->max);
	else if (v.message != NULL)
		snprintf(fl->message, sizeof fl->message, "%s", _(v.message));
	if (v.result == VALIDATE_INVALID)
		return false;
	snprintf(rs->normal[i], ANSWER_SIZE, "%s", v.normal);
	if (fl->choices == NULL)
		snprintf(rs->values[i], fl->size, "%s",
		    answer_display(app->catalogue, f, v.normal, shown, sizeof shown));
	return true;
}

/* Shows a step: the form holds that step's fields (the evidence step has none). */
static void
show_stage(struct raise_screen *rs, enum stage stage)
{
	int n = rs->svc->nfields;

	rs->stage = stage;
	rs->first = stage == STAGE_ELIGIBILITY ? 0 : rs->neligible;
	form_init(&rs->form, rs->fields + rs->first, stage == STAGE_ELIGIBILITY ? rs->neligible :
	    stage == STAGE_DETAILS ? n - rs->neligible : 0);
}

/* Checks fields [from, to); a bad one is shown, in its step, with focus on it. */
static bool
check_range(struct raise_screen *rs, struct app *app, int from, int to)
{
	int first_bad = -1;

	for (int i = from; i < to; i++)
		if (!check_field(rs, app, i) && first_bad < 0)
			first_bad = i;
	if (first_bad < 0)
		return true;
	show_stage(rs, first_bad < rs->neligible ? STAGE_ELIGIBILITY : STAGE_DETAILS);
	form_focus(&rs->form, first_bad - rs->first);
	app_message(app, MESSAGE_ERROR, "%s", _("Please correct the fields marked !"));
	keep_draft(rs, app);
	return false;
}

/* The script ------------------------------------------------------------------------------- */

/* The script for this customer; reference once the case is raised. */
static void
fill_script(struct raise_screen *rs, struct app *app, const char *reference)
{
	const struct script_context ctx = { &app->cfg, &app->session.staff, &rs->customer,
		rs->svc, app->session.channel, reference, rs->due, calendar_now() };
	char *text[SCRIPT_NSTEPS];
	struct error err;

	if (script_fill(app->scripts, &ctx, text, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("The script could not be filled: %s"), err.detail);
		return;
	}
	script_panel_set(&rs->script, text);
	rs->script.message = app->cfg.script_message;
}

/* The panel is not drawn over the documents' checklist, which needs the whole width. */
static bool
script_shown(const struct raise_screen *rs, const struct app *app)
{
	return script_panel_shown(&rs->script, app) && rs->stage != STAGE_EVIDENCE;
}

/* Opening the case ------------------------------------------------------------------------- */

static char *
opening_message(struct raise_screen *rs, struct app *app)
{
	const char *text = catalogue_notice(rs->svc, "opened");
	char due[40];

	if (text == NULL)
		return NULL;
	calendar_format_long(rs->due, due, sizeof due);
	return template_fill(text, (const struct template_value[]){
		{ "reference", "{{reference}}" },	/* made by the database as the case opens */
		{ "title", rs->svc->title },
		{ "due", due },
		{ "status", _("New") },
		{ "council", app->cfg.council },
		{ "first_name", rs->customer.first_name },
		{ NULL, NULL } });
}

/* The fields that differ from the record, as a record with those changes. */
static bool
changed_record(struct raise_screen *rs, struct customer *edited)
{
	bool changed = false;

	*edited = rs->customer;
	for (int i = 0; i < rs->svc->nfields; i++)
		changed |= answer_save_back(&rs->svc->fields[i], rs->normal[i], edited);
	return changed;
}

struct save_back {
	struct customer before, after;
	char request[DB_REQUEST_ID_LEN];
};

static bool
save_back_chosen(struct app *app, int row, void *arg)
{
	struct save_back *sb = arg;
	struct error err;

	if (row != 0)
		return true;
	if (customer_update(&app->session, sb->request, &sb->before, &sb->after, &err) !=
	    STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("The record was not updated: %s"), err.detail);
	else
		app_message(app, MESSAGE_INFO, "%s", _("The customer's record is updated."));
	return true;
}

/* Tell us once: what the customer told us differently, to offer back to their record. */
static struct save_back *
save_back_new(struct raise_screen *rs, struct app *app)
{
	struct save_back *sb;

	if (!session_may(&app->session, MAY_EDIT_CUSTOMER) || (sb = malloc(sizeof *sb)) == NULL)
		return NULL;
	sb->before = rs->customer;
	if (!changed_record(rs, &sb->after)) {
		free(sb);
		return NULL;
	}
	db_new_request_id(sb->request);
	return sb;
}

static void
offer_save_back(struct app *app, struct save_back *sb)
{
	const char *labels[] = {
		_("Yes: update the customer's record with what they told us"),
		_("No: use it for this case only"),
	};

	app_push(app, choose_screen_new(N_("Update the record?"), _("The customer gave details "
	    "that differ from their record. Update the record?"), labels, 2, 0, save_back_chosen,
	    sb, true));
}

/* Pay it now: the fee the case raised, taken in the same contact. */
static bool
fee_chosen(struct app *app, int row, void *arg)
{
	struct pay_account fee = *(struct pay_account *)arg;
	struct screen *s;

	app_pop(app);		/* the question, freeing arg */
	if (row == 0 && (s = payment_screen_new(app, &fee)) != NULL)
		app_push(app, s);
	return false;
}

static void
offer_fee(struct app *app, const char *reference)
{
	struct pay_account *fee = malloc(sizeof *fee);
	char amount[32], intro[200];
	const char *labels[2];
	struct error err;

	if (fee == NULL || !session_may(&app->session, MAY_TAKE_PAYMENT) ||
	    pay_account_find(app->session.db, reference, fee, &err) != STATUS_OK ||
	    fee->balance_pence <= 0) {
		free(fee);
		return;
	}
	validate_format_pence(fee->balance_pence, amount, sizeof amount);
	snprintf(intro, sizeof intro, _("The fee for %s is %s. Take it now, in this contact?"),
	    reference, amount);
	labels[0] = _("Yes: take the payment now");
	labels[1] = _("No: they will pay later (F6 on the case takes it)");
	app_push(app, choose_screen_new(N_("Pay the fee"), intro, labels, 2, 0, fee_chosen, fee,
	    true));
}

static bool
open_case(struct raise_screen *rs, struct app *app)
{
	const char *names[CATALOGUE_MAX_FIELDS], *values[CATALOGUE_MAX_FIELDS];
	char location[200], postcode[10], today[11], due[11], reference[CASEWORK_REFERENCE_LEN];
	char discard[DB_REQUEST_ID_LEN];
	char *message = opening_message(rs, app);
	bool has_fee;
	struct casework_new n;
	struct script_panel script;
	struct error err;
	long long id;
	int count = 0;

	for (int i = 0; i < rs->svc->nfields && count < CATALOGUE_MAX_FIELDS; i++)
		if (rs->normal[i][0] != '\0') {
			names[count] = rs->svc->fields[i].name;
			values[count++] = rs->normal[i];
		}
	answer_place(rs->svc, rs->normal, location, sizeof location, postcode);
	app_today(today);
	calendar_format_date(rs->due, due);
	n = (struct casework_new){ .service_id = rs->svc->id, .process_type = rs->svc->type,
		.title = rs->svc->title, .customer_id = rs->customer.id,
		.contact_id = app->contact.customer_id == rs->customer.id ? app->contact.id : 0,
		.received_on = today, .due_on = due, .location = location, .postcode = postcode,
		.team = rs->svc->team, .nfields = count, .names = names, .values = values,
		.message = message, .nevidence = rs->svc->nevidence, .evidence = rs->evidence,
		.fee_pence = rs->svc->fee_pence, .fund = rs->svc->fund };
	if (casework_open(&app->session, rs->request, &n, &id, reference, &err) != STATUS_OK) {
		free(message);
		keep_draft(rs, app);
		app_message(app, MESSAGE_ERROR, _("Not raised: %s. The answers are kept as a draft; "
		    "F10 tries again."), err.detail);
		return false;
	}
	free(message);
	draft_discard(&app->session, rs->customer.id, rs->draft_kind);
	db_new_request_id(discard);
	if (rs->application && apply_discard(&app->session, discard, rs->customer.id,
	    rs->svc->id, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("The paused copy is still on the record: %s"),
		    err.detail);
	has_fee = rs->svc->fee_pence > 0;
	/* The script goes on beside the case, now with the reference to read out. */
	fill_script(rs, app, reference);
	script_panel_reach(&rs->script, SCRIPT_EXPECTATIONS);
	script = rs->script;
	memset(&rs->script, 0, sizeof rs->script);
	app_pop(app);		/* rs is gone from here on: only what was copied is used */
	app_push(app, case_screen_new(app, id));
	case_screen_script(app->top, &script);
	if (has_fee)
		offer_fee(app, reference);
	app_message(app, MESSAGE_INFO, _("Case %s raised: read the reference to the customer."),
	    reference);
	return true;
}

/* Reports: the same problem already reported nearby ---------------------------------------- */

struct nearby_screen {
	struct screen base;
	struct raise_screen *rs;	/* the form below this screen */
	struct casework_summary *cases;
	struct list list;
	char request[DB_REQUEST_ID_LEN];
};

static void
nearby_draw(struct screen *s, struct app *app)
{
	struct nearby_screen *ns = (struct nearby_screen *)s;
	char line[300], due[CALENDAR_DATE_SIZE];
	struct date d;

	text_put(1, 2, COLS - 4, _("This may already be reported. Enter adds the customer to that "
	    "case's updates instead."), theme_attr(STYLE_WARNING), true);
	text_put(2, 2, COLS - 4, _("F10 raises a new report anyway; Esc Esc returns to the form."),
	    theme_attr(STYLE_WARNING), true);
	for (int i = 0; i < ns->list.count && 4 + i < LINES - 3; i++) {
		const struct casework_summary *c = &ns->cases[i];
		bool sel = i == ns->list.selected;

		if (!calendar_parse_date(c->due_on, &d))
			d = calendar_today();
		calendar_format_british(d, due);
		snprintf(line, sizeof line, _("%-16s %-40.40s %s, due %s"), c->reference,
		    c->location, _(choice_label(casework_statuses, c->status)), due);
		text_put(4 + i, 2, COLS - 4, line, theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL),
		    true);
		if (sel)
			app_cursor(app, 4 + i, 2);
	}
}

static unsigned
nearby_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_FORM | CTX_VIEW;
}

static void
follow(struct nearby_screen *ns, struct app *app)
{
	const struct casework_summary *c = &ns->cases[ns->list.selected];
	struct raise_screen *rs = ns->rs;
	long long contact = app->contact.customer_id == rs->customer.id ? app->contact.id : 0;
	char reference[CASEWORK_REFERENCE_LEN];
	struct error err;
	long long id = c->id;

	if (casework_follow(&app->session, ns->request, id, rs->customer.id, contact, &err) !=
	    STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not added: %s"), err.detail);
		return;
	}
	snprintf(reference, sizeof reference, "%s", c->reference);
	draft_discard(&app->session, rs->customer.id, rs->draft_kind);
	app_pop(app);		/* this screen */
	app_pop(app);		/* the form */
	app_push(app, case_screen_new(app, id));
	app_message(app, MESSAGE_INFO, _("The customer will get the updates on %s: read them "
	    "the reference."), reference);
}

static enum key_result
nearby_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct nearby_screen *ns = (struct nearby_screen *)s;
	struct raise_screen *rs = ns->rs;

	(void)key;
	(void)wide;
	if (list_move(&ns->list, a, LINES - 7))
		return KEY_USED;
	switch (a) {
	case ACTION_OPEN:
		follow(ns, app);
		return KEY_USED;
	case ACTION_SAVE:
		rs->duplicates_seen = true;
		app_pop(app);
		raise_finish(rs, app);
		return KEY_USED;
	default:
		return KEY_UNUSED;
	}
}

static void
nearby_close(struct screen *s)
{
	struct nearby_screen *ns = (struct nearby_screen *)s;

	free(ns->cases);
	free(ns);
}

static const struct screen_ops nearby_ops = {
	.title = N_("Already reported?"),
	.contexts = nearby_contexts,
	.draw = nearby_draw,
	.key = nearby_key,
	.close = nearby_close,
};

/* Pushes the nearby reports, if there are any; true when it did. */
static bool
show_nearby(struct raise_screen *rs, struct app *app)
{
	char location[200], postcode[10], today[11];
	struct nearby_screen *ns;
	struct casework_summary *cases;
	struct error err;
	int count;

	if (strcmp(rs->svc->type, "report") != 0 || rs->duplicates_seen)
		return false;
	answer_place(rs->svc, rs->normal, location, sizeof location, postcode);
	app_today(today);
	if (casework_nearby(app->session.db, rs->svc->id, postcode, location,
	    rs->svc->duplicate_days, today, &cases, &count, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Could not look for the same report nearby: %s"),
		    err.detail);
		return true;	/* the advisor tries again, rather than raising blind */
	}
	if (count == 0 || (ns = calloc(1, sizeof *ns)) == NULL) {
		free(cases);
		return false;
	}
	ns->base.ops = &nearby_ops;
	ns->rs = rs;
	ns->cases = cases;
	ns->list.count = count;
	db_new_request_id(ns->request);
	app_push(app, &ns->base);
	return true;
}

/* The form --------------------------------------------------------------------------------- */

/* Every answer checked: the nearby reports, then the case, then the record's changes. */
static void
raise_finish(struct raise_screen *rs, struct app *app)
{
	struct save_back *sb;

	if (!check_range(rs, app, 0, rs->svc->nfields) || show_nearby(rs, app))
		return;
	sb = save_back_new(rs, app);
	if (!open_case(rs, app))
		free(sb);
	else if (sb != NULL)
		offer_save_back(app, sb);	/* over the new case */
}

/* An eligibility answer that rules the customer out: shown with why; true when one did. */
static bool
stopped(struct raise_screen *rs, struct app *app)
{
	char shown[ANSWER_SIZE];

	for (int i = 0; i < rs->neligible; i++) {
		const struct catalogue_field *f = &rs->svc->fields[i];
		struct screen *s;

		if (!catalogue_field_stops(f, rs->normal[i]))
			continue;
		keep_draft(rs, app);
		if ((s = ineligible_screen_new(rs->svc, f, answer_display(app->catalogue, f,
		    rs->normal[i], shown, sizeof shown), rs->customer.id,
		    rs->draft_kind)) != NULL)
			app_push(app, s);
		return true;
	}
	return false;
}

/* F10: on to the next step, or raise the case from the last. */
static void
raise_next(struct raise_screen *rs, struct app *app)
{
	int n = rs->svc->nfields;

	switch (rs->stage) {
	case STAGE_ELIGIBILITY:
		if (!check_range(rs, app, 0, rs->neligible) || stopped(rs, app))
			return;
		show_stage(rs, STAGE_DETAILS);
		keep_draft(rs, app);
		app_message(app, MESSAGE_INFO, "%s", _("They can apply. Now the details; what the "
		    "record holds is filled in already."));
		return;
	case STAGE_DETAILS:
		if (rs->svc->nevidence == 0 || !check_range(rs, app, rs->neligible, n))
			break;
		show_stage(rs, STAGE_EVIDENCE);
		keep_draft(rs, app);
		app_message(app, MESSAGE_INFO, "%s", _("Now the documents: mark each one seen or to "
		    "come later, then F10 sends the application."));
		return;
	default:
		break;
	}
	raise_finish(rs, app);
}

/* "Step 2 of 3: Details" for a service asked in steps; "" for one asked all at once. */
static void
stage_words(const struct raise_screen *rs, char *out, size_t size)
{
	int steps = 1 + (rs->neligible > 0) + (rs->svc->nevidence > 0);
	int at = rs->stage == STAGE_ELIGIBILITY ? 1 : rs->stage == STAGE_DETAILS ?
	    1 + (rs->neligible > 0) : steps;

	out[0] = '\0';
	if (steps > 1)
		snprintf(out, size, _("Step %d of %d, %s: "), at, steps,
		    _(apply_steps[rs->stage].label));
}

static void
raise_draw(struct screen *s, struct app *app)
{
	struct raise_screen *rs = (struct raise_screen *)s;
	const struct catalogue_service *svc = rs->svc;
	char line[400], due[40], fee[32], step[64];
	int cy = -1, cx = -1, width = COLS - 4;

	rs->form.width = 0;
	if (script_shown(rs, app)) {
		rs->form.width = COLS - script_panel_width();
		width = rs->form.width - 3;
		script_panel_draw(&rs->script, 1, rs->form.width, LINES - 4);
	}
	snprintf(line, sizeof line, "%s: %s (%s)", _(choice_label(catalogue_process_types,
	    svc->type)), svc->title, svc->department);
	text_put(1, 2, width, line, theme_attr(STYLE_HEADING), true);
	calendar_format_long(rs->due, due, sizeof due);
	snprintf(line, sizeof line, ngettext("Service standard %d working day: due %s.",
	    "Service standard %d working days: due %s.", svc->standard_days), svc->standard_days,
	    due);
	text_put(2, 2, width, line, A_NORMAL, true);
	if (svc->web[0] != '\0') {
		snprintf(line, sizeof line, _("Online next time: %s"), svc->web);
		text_put(3, 2, width, line, theme_attr(STYLE_HINT), true);
	}
	if (svc->fee_pence > 0) {
		validate_format_pence(svc->fee_pence, fee, sizeof fee);
		snprintf(line, sizeof line, _("Fee %s %s."), fee, svc->fee_note);
		text_put(4, 2, width, line, A_NORMAL, true);
	}
	stage_words(rs, step, sizeof step);
	if (rs->stage == STAGE_EVIDENCE) {
		snprintf(line, sizeof line, "%s%s", step, _("which documents have you seen?"));
		text_put(FORM_TOP - 1, 2, width, line, theme_attr(STYLE_LABEL), true);
		screens_evidence_draw(app, rs->evidence, svc->nevidence, rs->evidence_selected,
		    FORM_TOP, LINES - 3 - FORM_TOP);
		return;
	}
	snprintf(line, sizeof line, "%s%s", step, _(rs->fields[rs->first + rs->form.focus].label));
	text_put(FORM_TOP - 1, 2, width, line, theme_attr(STYLE_LABEL), true);
	form_draw(&rs->form, FORM_TOP, LINES - 3 - FORM_TOP, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
raise_contexts(struct screen *s)
{
	struct raise_screen *rs = (struct raise_screen *)s;

	unsigned script = script_panel_has_text(&rs->script) ? CTX_SCRIPT : 0;

	/* The checklist: F10 still sends, Up and Down move, letters mark. */
	if (rs->stage == STAGE_EVIDENCE)
		return CTX_FORM | CTX_VIEW | script;
	return form_contexts(&rs->form) | script;
}

/* The documents step: moving through the checklist and marking what was seen. */
static enum key_result
evidence_key(struct raise_screen *rs, enum action a, int key)
{
	struct casework_evidence *e = &rs->evidence[rs->evidence_selected];
	int last = rs->svc->nevidence - 1;
	const char *state;

	switch (a) {
	case ACTION_UP:
	case ACTION_PREV_FIELD:
		if (rs->evidence_selected == 0) {
			show_stage(rs, STAGE_DETAILS);	/* back up into the details */
			form_focus(&rs->form, rs->form.count - 1);
		} else
			rs->evidence_selected--;
		return KEY_USED;
	case ACTION_DOWN:
	case ACTION_NEXT_FIELD:
		if (rs->evidence_selected < last)
			rs->evidence_selected++;
		return KEY_USED;
	case ACTION_NONE:
		if ((state = screens_evidence_key(key, e->state)) != NULL) {
			snprintf(e->state, sizeof e->state, "%s", state);
			if (rs->evidence_selected < last && strcmp(state, "needed") != 0)
				rs->evidence_selected++;
			return KEY_USED;
		}
		return KEY_UNUSED;
	default:
		return KEY_UNUSED;
	}
}

/* Up from the first question of a step goes back to the step before. */
static bool
step_back(struct raise_screen *rs, enum action a)
{
	if ((a != ACTION_UP && a != ACTION_PREV_FIELD) || rs->form.focus != 0 ||
	    rs->stage != STAGE_DETAILS || rs->neligible == 0)
		return false;
	show_stage(rs, STAGE_ELIGIBILITY);
	form_focus(&rs->form, rs->form.count - 1);
	return true;
}

static enum key_result
raise_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct raise_screen *rs = (struct raise_screen *)s;
	int left;

	switch (a) {
	case ACTION_SAVE:
		raise_next(rs, app);
		return KEY_USED;
	case ACTION_BACK:
		if (rs->application) {
			pause_application(rs, app);
		} else {
			keep_draft(rs, app);
			if (app->message[0] == '\0')
				app_message(app, MESSAGE_INFO, _("The answers are kept: F7 and %s "
				    "resume them."), rs->svc->title);
		}
		app_pop(app);
		return KEY_USED;
	default:
		break;
	}
	if (script_panel_key(&rs->script, app, a))
		return KEY_USED;
	if (rs->stage == STAGE_EVIDENCE)
		return evidence_key(rs, a, key);
	if (step_back(rs, a))
		return KEY_USED;
	switch (form_key(&rs->form, a, key, wide, &left)) {
	case FORM_UNUSED:
		return KEY_UNUSED;
	case FORM_EDITED:
		rs->fields[rs->first + rs->form.focus].message[0] = '\0';
		rs->duplicates_seen = false;
		db_new_request_id(rs->request);
		break;
	case FORM_LEFT:
		check_field(rs, app, rs->first + left);
		keep_draft(rs, app);
		break;
	case FORM_STAYED:
		break;
	}
	return KEY_USED;
}

static void
raise_leaving(struct screen *s, struct app *app)
{
	struct raise_screen *rs = (struct raise_screen *)s;

	keep_draft(rs, app);
	if (rs->application)
		pause_application(rs, app);
}

static void
raise_close(struct screen *s)
{
	struct raise_screen *rs = (struct raise_screen *)s;

	script_panel_free(&rs->script);
	for (int i = 0; i < rs->svc->nfields; i++) {
		free(rs->values[i]);
		free(rs->normal[i]);
		free(rs->choices[i]);
	}
	free(rs->values);
	free(rs->normal);
	free(rs->choices);
	free(rs->fields);
	free(rs->evidence);
	free(rs);
}

static const struct screen_ops raise_ops = {
	.title = N_("Raise a case"),
	.contexts = raise_contexts,
	.draw = raise_draw,
	.key = raise_key,
	.leaving = raise_leaving,
	.close = raise_close,
};

/* f's choices with a first entry meaning "not answered yet"; NULL for typed fields. */
static struct choice *
field_choices(const struct catalogue *cat, const struct catalogue_field *f, bool *oom)
{
	static const struct choice yes_no[] = { { "yes", N_("Yes") }, { "no", N_("No") },
		{ NULL, NULL } };
	const struct choice *from = f->type == FIELD_YESNO ? yes_no : f->choices;
	struct choice *list;
	size_t n;

	if (f->type != FIELD_CHOICE && f->type != FIELD_YESNO && f->type != FIELD_SERVICE)
		return NULL;
	n = f->type == FIELD_SERVICE ? (size_t)cat->count : choice_count(from);
	if ((list = calloc(n + 2, sizeof *list)) == NULL) {
		*oom = true;
		return NULL;
	}
	list[0] = (struct choice){ "", f->required ? N_("(choose one)") : N_("(not given)") };
	for (size_t i = 0; i < n; i++)
		list[i + 1] = f->type == FIELD_SERVICE ?
		    (struct choice){ cat->services[i].id, cat->services[i].title } : from[i];
	return list;
}

static bool
build_fields(struct raise_screen *rs, struct app *app)
{
	int n = rs->svc->nfields;
	bool oom = false;

	rs->values = calloc((size_t)n, sizeof *rs->values);
	rs->normal = calloc((size_t)n, sizeof *rs->normal);
	rs->choices = calloc((size_t)n, sizeof *rs->choices);
	rs->fields = calloc((size_t)n, sizeof *rs->fields);
	rs->evidence = calloc((size_t)rs->svc->nevidence + 1, sizeof *rs->evidence);
	if (!rs->values || !rs->normal || !rs->choices || !rs->fields || !rs->evidence)
		return false;
	for (int i = 0; i < rs->svc->nevidence; i++) {
		const struct catalogue_evidence *ce = &rs->svc->evidence[i];
		struct casework_evidence *e = &rs->evidence[i];

		snprintf(e->name, sizeof e->name, "%s", ce->name);
		snprintf(e->label, sizeof e->label, "%s", ce->label);
		e->required = ce->required;
		snprintf(e->state, sizeof e->state, "needed");
	}
	for (int i = 0; i < n; i++) {
		const struct catalogue_field *f = &rs->svc->fields[i];
		size_t size = (size_t)f->max_length * 4 + 1;	/* UTF-8 */

		rs->values[i] = calloc(1, size);
		rs->normal[i] = calloc(1, ANSWER_SIZE);
		rs->choices[i] = field_choices(app->catalogue, f, &oom);
		if (rs->values[i] == NULL || rs->normal[i] == NULL || oom)
			return false;
		answer_prefill(f, &rs->customer, rs->values[i], size);
		rs->fields[i] = (struct form_field){ .label = f->label, .help = f->help,
			.value = rs->values[i], .size = size, .choices = rs->choices[i],
			.required = f->required };
	}
	return true;
}

/*
 * Picks up where the answers were left: this advisor's own draft first (the newest work, kept
 * even when the database was away), else an application paused by anyone on the record.
 */
static void
resume(struct raise_screen *rs, struct app *app)
{
	char request[DB_REQUEST_ID_LEN], saved[17];
	struct apply_paused paused;
	struct error err;
	char *body;

	if ((body = draft_load(&app->session, rs->customer.id, rs->draft_kind, saved)) != NULL) {
		app_message(app, MESSAGE_INFO, _("Resumed the answers kept at %s."), saved);
	} else if (rs->application) {
		db_new_request_id(request);
		body = apply_resume(&app->session, request, rs->customer.id, rs->svc->id, &paused,
		    &err);
		if (body != NULL)
			app_message(app, MESSAGE_INFO, _("Resumed the application %s paused at %s."),
			    paused.paused_by, paused.paused_at);
		else if (err.status != STATUS_NOT_FOUND)
			app_message(app, MESSAGE_ERROR, _("A paused application could not be read: "
			    "%s"), err.detail);
	}
	if (body == NULL)
		return;
	draft_decode(body, resume_field, rs);
	free(body);
}

struct screen *
raise_screen_new(struct app *app, const struct catalogue_service *svc, long long customer_id)
{
	struct raise_screen *rs = calloc(1, sizeof *rs);
	char request[DB_REQUEST_ID_LEN];
	struct error err;

	if (rs == NULL) {
		app_message(app, MESSAGE_ERROR, "%s", _("Out of memory: that screen cannot open."));
		return NULL;
	}
	rs->base.ops = &raise_ops;
	rs->svc = svc;
	db_new_request_id(request);
	if (customer_get(&app->session, request, customer_id, &rs->customer, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("The record could not be read: %s"), err.detail);
		free(rs);
		return NULL;
	}
	if (!build_fields(rs, app)) {
		raise_close(&rs->base);
		app_message(app, MESSAGE_ERROR, "%s", _("Out of memory: that screen cannot open."));
		return NULL;
	}
	snprintf(rs->draft_kind, sizeof rs->draft_kind, "case:%s", svc->id);
	rs->application = strcmp(svc->type, "apply") == 0;
	rs->neligible = catalogue_step_count(svc, STEP_ELIGIBILITY);
	rs->stage = rs->neligible > 0 ? STAGE_ELIGIBILITY : STAGE_DETAILS;
	resume(rs, app);
	/* The service line may have changed since the draft: never a step it no longer has. */
	if ((rs->stage == STAGE_EVIDENCE && svc->nevidence == 0) ||
	    (rs->stage == STAGE_ELIGIBILITY && rs->neligible == 0))
		rs->stage = STAGE_DETAILS;
	show_stage(rs, rs->stage);
	rs->due = calendar_due(app->calendar, calendar_today(), svc->standard_days,
	    CALENDAR_NEXT_WORKING_DAY_IS_DAY_1);
	fill_script(rs, app, "");
	db_new_request_id(rs->request);
	return &rs->base;
}

/* The service picker ----------------------------------------------------------------------- */

struct pick {
	long long customer_id;
};

static bool
service_chosen(struct app *app, int row, void *arg)
{
	const struct pick *p = arg;
	const struct catalogue_service *svc = &app->catalogue->services[row];
	long long customer_id = p->customer_id;

	struct screen *form;

	app_pop(app);		/* the picker, and p with it */
	if ((form = raise_screen_new(app, svc, customer_id)) != NULL)
		app_push(app, form);
	return false;
}

void
screens_raise(struct app *app, long long customer_id)
{
	const struct catalogue *c = app->catalogue;
	struct pick *p;
	char (*rows)[160];
	const char **labels;

	if (app->calendar == NULL) {
		app_message(app, MESSAGE_ERROR, _("Cases cannot be raised: the council's calendar "
		    "did not load, so due dates are unknown (%s)."), app->forms_problem);
		return;
	}
	if (c->count == 0) {
		app_message(app, MESSAGE_ERROR, "%s", _("The service catalogue is empty: see the "
		    "home screen."));
		return;
	}
	rows = calloc((size_t)c->count, sizeof *rows);
	labels = calloc((size_t)c->count, sizeof *labels);
	p = malloc(sizeof *p);
	if (rows != NULL && labels != NULL && p != NULL) {
		for (int i = 0; i < c->count; i++) {
			const struct catalogue_service *s = &c->services[i];

			snprintf(rows[i], sizeof rows[i], "%-10.10s %-34.34s %s", _(choice_label(
			    catalogue_process_types, s->type)), s->title, s->summary);
			labels[i] = rows[i];
		}
		p->customer_id = customer_id;
		app_push(app, choose_screen_new(N_("Raise a case"), _("Which service? Type words to "
		    "narrow the list, Up and Down to choose, Enter to start."), labels, c->count, 0,
		    service_chosen, p, true));
	} else
		free(p);
	free(rows);
	free(labels);
}
