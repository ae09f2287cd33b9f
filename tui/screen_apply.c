/*
 * What is particular to applications: the screen that stops one kindly when an eligibility answer
 * rules the customer out, and the checklist of documents an advisor marks as seen and verified
 * or to be provided later, both in the form's last step and later on the case.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apply.h"
#include "draft.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

/* Documents -------------------------------------------------------------------------------- */

/* The state as a word in brackets: the checklist never relies on colour alone. */
static const struct choice state_marks[] = {
	{ "needed", N_("[Not seen]") },
	{ "later", N_("[Later]") },
	{ "verified", N_("[Verified]") },
	{ NULL, NULL },
};

void
screens_evidence_row(const struct casework_evidence *e, char *out, size_t size)
{
	char on[CALENDAR_DATE_SIZE] = "";
	struct date d;

	if (calendar_parse_date(e->verified_on, &d))
		calendar_format_british(d, on);
	snprintf(out, size, "%-11s %s%s%s%s%s", _(choice_label(state_marks, e->state)), e->label,
	    e->required ? "" : _(" (if they have it)"), on[0] ? _(": seen ") : "", on,
	    e->verified_by[0] ? _(" by ") : "");
	if (e->verified_by[0] != '\0')
		snprintf(out + strlen(out), size - strlen(out), "%s", e->verified_by);
}

/* Letters arrive as wide characters or plain codes alike; neither collides with KEY_ codes. */
const char *
screens_evidence_key(int key, const char *current)
{
	static const char *const cycle[] = { "needed", "verified", "later" };

	switch (key) {
	case 'v': case 'V':
		return "verified";
	case 'l': case 'L':
		return "later";
	case 'n': case 'N':
		return "needed";
	case ' ':
		for (int i = 0; i < 3; i++)
			if (strcmp(cycle[i], current) == 0)
				return cycle[(i + 1) % 3];
		return "verified";
	default:
		return NULL;
	}
}

int
screens_evidence_draw(struct app *app, const struct casework_evidence *e, int count,
    int selected, int y, int rows)
{
	char line[400];

	text_put(y, 2, COLS - 4, _("V seen and verified today   L they bring it later   N not seen"
	    "   Space next"), theme_attr(STYLE_HINT), true);
	for (int i = 0; i < count && i + 1 < rows; i++) {
		bool sel = i == selected;

		screens_evidence_row(&e[i], line, sizeof line);
		text_put(y + 1 + i, 2, COLS - 4, line, theme_attr(sel ? STYLE_SELECTED :
		    strcmp(e[i].state, "verified") == 0 ? STYLE_NORMAL : STYLE_WARNING), true);
		if (sel)
			app_cursor(app, y + 1 + i, 2);
	}
	return screens_evidence_missing(e, count);
}

int
screens_evidence_missing(const struct casework_evidence *e, int count)
{
	int missing = 0;

	for (int i = 0; i < count; i++)
		missing += e[i].required && strcmp(e[i].state, "verified") != 0;
	return missing;
}

/* A case's documents, marked as the customer brings them. */
struct evidence_screen {
	struct screen base;
	long long case_id;
	char reference[CASEWORK_REFERENCE_LEN];
	struct casework_evidence *items;
	struct list list;
	char problem[256];
};

static void
evidence_load(struct evidence_screen *es, struct app *app)
{
	struct error err;

	free(es->items);
	es->items = NULL;
	es->list.count = 0;
	es->problem[0] = '\0';
	if (casework_evidence_list(app->session.db, es->case_id, &es->items, &es->list.count,
	    &err) != STATUS_OK)
		snprintf(es->problem, sizeof es->problem, _("The documents could not be read: %s"),
		    err.detail);
}

static void
evidence_draw(struct screen *s, struct app *app)
{
	struct evidence_screen *es = (struct evidence_screen *)s;
	char line[200];
	int missing;

	snprintf(line, sizeof line, _("Documents for %s"), es->reference);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	if (es->problem[0] != '\0') {
		text_put(2, 2, COLS - 4, es->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	missing = screens_evidence_draw(app, es->items, es->list.count, es->list.selected, 3,
	    LINES - 6);
	if (missing > 0)
		snprintf(line, sizeof line, ngettext("%d required document still to see: the case "
		    "waits for the customer.", "%d required documents still to see: the case waits "
		    "for the customer.", missing), missing);
	else
		snprintf(line, sizeof line, "%s", _("Every required document is seen and verified."));
	text_put(2, 2, COLS - 4, line, theme_attr(missing > 0 ? STYLE_WARNING : STYLE_OK), true);
}

static unsigned
evidence_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static void
evidence_mark(struct evidence_screen *es, struct app *app, const char *state)
{
	struct casework_evidence *e = &es->items[es->list.selected];
	char request[DB_REQUEST_ID_LEN], today[11], status[20];
	struct error err;

	if (strcmp(e->state, state) == 0)
		return;
	db_new_request_id(request);
	app_today(today);
	if (casework_evidence_mark(&app->session, request, es->case_id, e->name, state, today,
	    status, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not marked: %s"), err.detail);
		return;
	}
	app_message(app, MESSAGE_INFO, _("%s: %s. The case is %s."), e->label,
	    _(choice_label(casework_evidence_states, state)),
	    _(choice_label(casework_statuses, status)));
	evidence_load(es, app);
}

static enum key_result
evidence_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct evidence_screen *es = (struct evidence_screen *)s;
	const char *state;

	(void)wide;

	if (list_move(&es->list, a, LINES - 7))
		return KEY_USED;
	if (a != ACTION_NONE || es->list.count == 0)
		return KEY_UNUSED;
	state = screens_evidence_key(key, es->items[es->list.selected].state);
	if (state == NULL)
		return KEY_UNUSED;
	evidence_mark(es, app, state);
	return KEY_USED;
}

static void
evidence_close(struct screen *s)
{
	free(((struct evidence_screen *)s)->items);
	free(s);
}

static const struct screen_ops evidence_ops = {
	.title = N_("Documents"),
	.contexts = evidence_contexts,
	.draw = evidence_draw,
	.key = evidence_key,
	.close = evidence_close,
};

struct screen *
evidence_screen_new(struct app *app, long long case_id, const char *reference)
{
	struct evidence_screen *es = calloc(1, sizeof *es);

	if (es == NULL)
		return NULL;
	es->base.ops = &evidence_ops;
	es->case_id = case_id;
	snprintf(es->reference, sizeof es->reference, "%s", reference);
	evidence_load(es, app);
	return &es->base;
}

/* Not eligible ----------------------------------------------------------------------------- */

struct ineligible_screen {
	struct screen base;
	const struct catalogue_service *svc;
	const struct catalogue_field *field;
	char answer[200];
	long long customer_id;
	char draft_kind[64];
	char request[DB_REQUEST_ID_LEN];
};

static void
ineligible_draw(struct screen *s, struct app *app)
{
	struct ineligible_screen *is = (struct ineligible_screen *)s;
	char line[400];
	int y = 1;

	(void)app;
	snprintf(line, sizeof line, _("%s: the customer cannot apply"), is->svc->title);
	text_put(y++, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	snprintf(line, sizeof line, "%s %s", is->field->label, is->answer);
	text_put(++y, 2, COLS - 4, line, A_NORMAL, true);
	y += 2;
	text_put(y++, 2, COLS - 4, _("Tell them, kindly:"), theme_attr(STYLE_LABEL), true);
	y += text_wrap(y, 4, COLS - 6, 5, is->field->stop_reason, theme_attr(STYLE_NOTICE));
	if (is->field->signpost[0] != '\0') {
		y++;
		text_put(y++, 2, COLS - 4, _("Where else they can go:"), theme_attr(STYLE_LABEL),
		    true);
		y += text_wrap(y, 4, COLS - 6, 5, is->field->signpost, A_NORMAL);
	}
	y++;
	text_wrap(y, 2, COLS - 4, 2, _("No personal details have been taken. Enter ends the "
	    "application; Esc Esc goes back to the questions to correct an answer."),
	    theme_attr(STYLE_HINT));
}

static unsigned
ineligible_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static enum key_result
ineligible_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct ineligible_screen *is = (struct ineligible_screen *)s;
	char title[96];
	struct error err;

	(void)key;
	(void)wide;
	if (a != ACTION_OPEN)
		return KEY_UNUSED;
	/* Nothing of this application is kept: not the draft, not a paused copy. */
	draft_discard(&app->session, is->customer_id, is->draft_kind);
	if (apply_discard(&app->session, is->request, is->customer_id, is->svc->id, &err) !=
	    STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("A paused copy could not be removed: %s"),
		    err.detail);
	snprintf(title, sizeof title, "%s", is->svc->title);
	app_pop(app);		/* this screen */
	app_pop(app);		/* the form */
	if (app->message[0] == '\0')
		app_message(app, MESSAGE_INFO, _("%s: not eligible; the customer was told why and "
		    "where else to go."), title);
	return KEY_USED;
}

static void
ineligible_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops ineligible_ops = {
	.title = N_("Not eligible"),
	.contexts = ineligible_contexts,
	.draw = ineligible_draw,
	.key = ineligible_key,
	.close = ineligible_close,
};

struct screen *
ineligible_screen_new(const struct catalogue_service *svc, const struct catalogue_field *field,
    const char *answer, long long customer_id, const char *draft_kind)
{
	struct ineligible_screen *is = calloc(1, sizeof *is);

	if (is == NULL)
		return NULL;
	is->base.ops = &ineligible_ops;
	is->svc = svc;
	is->field = field;
	snprintf(is->answer, sizeof is->answer, "%s", answer);
	is->customer_id = customer_id;
	snprintf(is->draft_kind, sizeof is->draft_kind, "%s", draft_kind);
	db_new_request_id(is->request);
	return &is->base;
}
