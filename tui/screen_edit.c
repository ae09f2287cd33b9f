/*
 * Creating and editing a customer record. Each field is checked as the advisor leaves it, and
 * what was typed is kept as a draft at every field exit, so a dropped terminal loses nothing.
 * A new record is checked against likely duplicates before it is created.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "customer.h"
#include "draft.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"
#include "widget_list.h"

#define DRAFT_KIND "customer"
#define MAX_FIELDS 24

struct edit_screen {
	struct screen base;
	struct customer before;		/* as loaded (or blank for a new record) */
	struct customer edited;
	struct form_field fields[MAX_FIELDS];
	struct form form;
	char request[DB_REQUEST_ID_LEN];	/* reused when a save is retried unchanged */
};

static bool
is_new(const struct edit_screen *es)
{
	return es->before.id == 0;
}

static bool
changed(const struct edit_screen *es)
{
	for (size_t i = 0; i < customer_field_count; i++)
		if (strcmp(customer_field_cvalue(&es->before, &customer_fields[i]),
		    customer_field_cvalue(&es->edited, &customer_fields[i])) != 0)
			return true;
	return false;
}

static void
keep_draft(struct edit_screen *es, struct app *app)
{
	char *body;
	struct error err;

	if (!changed(es))
		return;
	body = customer_to_draft(&es->edited);
	if (body == NULL)
		return;
	if (draft_save(&app->session, es->before.id, DRAFT_KIND, body, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Draft not kept: %s"), err.detail);
	free(body);
}

/* Checks field i, storing its normalised value; true when acceptable. */
static bool
check_field(struct edit_screen *es, int i)
{
	struct form_field *fl = &es->fields[i];
	char today[11];
	bool ok;

	app_today(today);
	ok = customer_check_field(&es->edited, &customer_fields[i], today, fl->message,
	    sizeof fl->message);
	fl->is_error = !ok;
	return ok;
}

/* Checks every field; focuses the first that fails. */
static bool
check_all(struct edit_screen *es)
{
	int first_bad = -1;

	for (int i = 0; i < es->form.count; i++)
		if (!check_field(es, i) && first_bad < 0)
			first_bad = i;
	if (first_bad >= 0)
		form_focus(&es->form, first_bad);
	return first_bad < 0;
}

static void
create_and_open(struct app *app, struct customer *c, const char *request)
{
	struct error err;

	if (customer_create(&app->session, request, c, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not created: %s"), err.detail);
		return;
	}
	draft_discard(&app->session, 0, DRAFT_KIND);
	screens_open_customer(app, c->id, true);
	if (app->message[0] == '\0')	/* opening it may have had something to say */
		app_message(app, MESSAGE_INFO, "%s", _("Customer record created."));
}

static void
save(struct edit_screen *es, struct app *app)
{
	struct customer_match *matches;
	struct error err;
	long long id;
	int count;

	if (!check_all(es)) {
		app_message(app, MESSAGE_ERROR, "%s", _("Please correct the fields marked !"));
		return;
	}
	if (is_new(es)) {
		if (customer_duplicates(app->session.db, &es->edited, &matches, &count, &err) !=
		    STATUS_OK) {
			keep_draft(es, app);
			app_message(app, MESSAGE_ERROR, _("Not created: %s"), err.detail);
			return;
		}
		if (count > 0) {
			app_push(app, duplicates_screen_new(&es->edited, matches, count));
			return;
		}
		create_and_open(app, &es->edited, es->request);
		return;
	}
	if (customer_update(&app->session, es->request, &es->before, &es->edited, &err) !=
	    STATUS_OK) {
		keep_draft(es, app);
		app_message(app, MESSAGE_ERROR, _("Not saved: %s. Your changes are kept as a "
		    "draft."), err.detail);
		return;
	}
	id = es->before.id;
	draft_discard(&app->session, id, DRAFT_KIND);
	screens_open_customer(app, id, true);
	app_message(app, MESSAGE_INFO, _("Changes saved."));
}

static void
edit_draw(struct screen *s, struct app *app)
{
	struct edit_screen *es = (struct edit_screen *)s;
	int cy = -1, cx = -1;

	text_put(1, 2, COLS - 4, is_new(es) ? _("New customer. Fields marked * are needed.") :
	    _("Edit the customer's details. Fields marked * are needed."), A_NORMAL, true);
	form_draw(&es->form, 2, LINES - 5, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
edit_contexts(struct screen *s)
{
	return form_contexts(&((struct edit_screen *)s)->form);
}

static enum key_result
edit_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct edit_screen *es = (struct edit_screen *)s;
	int left;

	switch (a) {
	case ACTION_SAVE:
		save(es, app);
		return KEY_USED;
	case ACTION_BACK:
		keep_draft(es, app);
		if (changed(es) && app->message[0] == '\0')
			app_message(app, MESSAGE_INFO, "%s", _("Your changes are kept as a draft: "
			    "F4 on the record resumes them."));
		app_pop(app);
		return KEY_USED;
	default:
		break;
	}
	switch (form_key(&es->form, a, key, wide, &left)) {
	case FORM_UNUSED:
		return KEY_UNUSED;
	case FORM_EDITED:
		es->fields[es->form.focus].message[0] = '\0';
		db_new_request_id(es->request);
		break;
	case FORM_LEFT:
		if (!check_field(es, left))
			app_message(app, MESSAGE_ERROR, "%s: %s", _(es->fields[left].label),
			    es->fields[left].message);
		keep_draft(es, app);
		break;
	case FORM_STAYED:
		break;
	}
	return KEY_USED;
}

static void
edit_leaving(struct screen *s, struct app *app)
{
	keep_draft((struct edit_screen *)s, app);
}

static void
edit_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops edit_ops = {
	.title = N_("Customer details"),
	.contexts = edit_contexts,
	.draw = edit_draw,
	.key = edit_key,
	.leaving = edit_leaving,
	.close = edit_close,
};

static void
blank_customer(struct customer *c)
{
	memset(c, 0, sizeof *c);
	snprintf(c->preferred_channel, sizeof c->preferred_channel, "phone");
	snprintf(c->language, sizeof c->language, "English");
	snprintf(c->interpreter, sizeof c->interpreter, "none");
	snprintf(c->online, sizeof c->online, "unknown");
}

struct screen *
edit_screen_new(struct app *app, const struct customer *existing, bool resume)
{
	struct edit_screen *es = calloc(1, sizeof *es);
	char saved[17];
	char *draft;

	if (es == NULL)
		return NULL;
	es->base.ops = &edit_ops;
	if (existing != NULL)
		es->before = *existing;
	else
		blank_customer(&es->before);
	es->edited = es->before;
	/* A new record always offers its draft: there is no record to show a banner on. */
	if (resume || existing == NULL) {
		draft = draft_load(&app->session, es->before.id, DRAFT_KIND, saved);
		if (draft != NULL) {
			customer_from_draft(&es->edited, draft);
			app_message(app, MESSAGE_INFO, _("Resumed the changes kept at %s. Esc Esc "
			    "keeps them for later; F10 saves."), saved);
		}
		free(draft);
	}
	for (size_t i = 0; i < customer_field_count && i < MAX_FIELDS; i++) {
		const struct customer_field *f = &customer_fields[i];

		es->fields[i] = (struct form_field){ .label = f->label, .help = f->help,
			.value = customer_field_value(&es->edited, f), .size = f->size,
			.choices = f->choices, .required = f->required };
	}
	form_init(&es->form, es->fields, (int)customer_field_count);
	db_new_request_id(es->request);
	return &es->base;
}

/* Likely duplicates ---------------------------------------------------------------------- */

struct duplicates_screen {
	struct screen base;
	struct customer draft;
	struct customer_match *matches;
	struct list list;
	char request[DB_REQUEST_ID_LEN];
};

static void
duplicates_draw(struct screen *s, struct app *app)
{
	struct duplicates_screen *ds = (struct duplicates_screen *)s;
	char line[400];

	text_put(1, 2, COLS - 4, _("This customer may already have a record. Enter opens it."),
	    theme_attr(STYLE_WARNING), true);
	text_put(2, 2, COLS - 4, _("F10 creates a new record anyway; Esc Esc returns to the form."),
	    theme_attr(STYLE_WARNING), true);
	for (int i = 0; i < ds->list.count && 4 + i < LINES - 3; i++) {
		const struct customer_match *m = &ds->matches[i];
		bool sel = i == ds->list.selected;

		snprintf(line, sizeof line, "%-22.22s %-24.24s %-8s  %s", m->name, m->address,
		    m->postcode, _(m->why));
		text_put(4 + i, 2, COLS - 4, line, theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL),
		    true);
		if (sel)
			app_cursor(app, 4 + i, 2);
	}
}

static unsigned
duplicates_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_FORM | CTX_VIEW;
}

static enum key_result
duplicates_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct duplicates_screen *ds = (struct duplicates_screen *)s;

	(void)key;
	(void)wide;
	if (list_move(&ds->list, a, LINES - 7))
		return KEY_USED;
	if (a == ACTION_OPEN) {
		/* The draft of the new record is no longer wanted: they are already known. */
		draft_discard(&app->session, 0, DRAFT_KIND);
		screens_open_customer(app, ds->matches[ds->list.selected].id, true);
		return KEY_USED;
	}
	if (a == ACTION_SAVE) {
		create_and_open(app, &ds->draft, ds->request);
		return KEY_USED;
	}
	return KEY_UNUSED;
}

static void
duplicates_close(struct screen *s)
{
	struct duplicates_screen *ds = (struct duplicates_screen *)s;

	free(ds->matches);
	free(ds);
}

static const struct screen_ops duplicates_ops = {
	.title = N_("Possible duplicates"),
	.contexts = duplicates_contexts,
	.draw = duplicates_draw,
	.key = duplicates_key,
	.close = duplicates_close,
};

struct screen *
duplicates_screen_new(const struct customer *draft, struct customer_match *matches, int count)
{
	struct duplicates_screen *ds = calloc(1, sizeof *ds);

	if (ds == NULL) {
		free(matches);
		return NULL;
	}
	ds->base.ops = &duplicates_ops;
	ds->draft = *draft;
	ds->matches = matches;
	ds->list.count = count;
	db_new_request_id(ds->request);
	return &ds->base;
}
