/*
 * The home screen: search as you type. Typing only edits the query; the search itself runs when
 * no key is waiting, so fast typists get one query for a burst of keys and lose none of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "customer.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"
#include "widget_list.h"

#define QUERY_ROW 2
#define HEAD_ROW 4
#define FIRST_ROW 5

struct search_screen {
	struct screen base;
	char query[128];
	struct form_field field;
	struct form form;
	char searched[128];		/* the query the results are for */
	bool stale;			/* query changed since the last search */
	struct customer_match *matches;
	struct list list;
	char problem[256];
};

static int
visible_rows(void)
{
	return LINES - 3 - FIRST_ROW;
}

/* Column widths for the current terminal width. */
struct columns {
	int name, dob, address, postcode, phone;
};

static struct columns
layout(void)
{
	struct columns c = { 24, 10, 0, 8, 13 };

	c.address = COLS - 4 - c.name - c.dob - c.postcode - c.phone - 4;
	if (c.address > 50) {
		c.name += c.address - 50;
		c.address = 50;
	}
	return c;
}

static void
draw_row(int y, const struct columns *c, const char *name, const char *dob,
    const char *address, const char *postcode, const char *phone, attr_t attr)
{
	int x = 2;

	text_put(y, x, c->name, name, attr, true);
	x += c->name + 1;
	text_put(y, x, c->dob, dob, attr, true);
	x += c->dob + 1;
	text_put(y, x, c->address, address, attr, true);
	x += c->address + 1;
	text_put(y, x, c->postcode, postcode, attr, true);
	x += c->postcode + 1;
	text_put(y, x, c->phone, phone, attr, true);
}

/* A service line whose file is broken is skipped; the home screen says so until it is fixed. */
static void
draw_forms_problems(struct app *app)
{
	const struct catalogue *c = app->catalogue;
	char line[400];
	int y = HEAD_ROW;

	if (app->forms_problem[0] != '\0')
		text_put(y++, 2, COLS - 4, app->forms_problem, theme_attr(STYLE_WARNING), true);
	if (c->nproblems == 0)
		return;
	snprintf(line, sizeof line, ngettext("%d problem in the service catalogue: the files "
	    "named are skipped. `civicdesk forms check` lists them.", "%d problems in the service "
	    "catalogue: the files named are skipped. `civicdesk forms check` lists them.",
	    c->nproblems), c->nproblems);
	text_put(y++, 2, COLS - 4, line, theme_attr(STYLE_WARNING), true);
	for (int i = 0; i < c->nproblems && y < LINES - 3; i++)
		text_put(y++, 4, COLS - 6, c->problems[i], theme_attr(STYLE_WARNING), true);
}

static void
draw_results(struct search_screen *ss, struct app *app)
{
	struct columns c = layout();
	char count[96];

	if (ss->problem[0] != '\0') {
		text_put(HEAD_ROW, 2, COLS - 4, ss->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	if (ss->searched[0] == '\0') {
		draw_forms_problems(app);
		return;
	}
	if (ss->list.count == 0) {
		snprintf(count, sizeof count, "%s", _("No customers found. F3 creates a record."));
		text_put(HEAD_ROW, 2, COLS - 4, count, theme_attr(STYLE_HEADING), true);
		return;
	}
	draw_row(HEAD_ROW, &c, _("Name"), _("Born"), _("Address"), _("Postcode"), _("Phone"),
	    theme_attr(STYLE_HEADING));
	list_clamp(&ss->list, visible_rows());
	for (int i = ss->list.top; i < ss->list.count && i - ss->list.top < visible_rows(); i++) {
		const struct customer_match *m = &ss->matches[i];
		int y = FIRST_ROW + i - ss->list.top;
		bool sel = i == ss->list.selected;

		draw_row(y, &c, m->name, m->date_of_birth, m->address, m->postcode, m->phone,
		    theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL));
		if (sel)
			text_put(y, 0, 2, ">", theme_attr(STYLE_SELECTED), true);
	}
}

static void
search_draw(struct screen *s, struct app *app)
{
	struct search_screen *ss = (struct search_screen *)s;
	char found[64] = "";
	int cx = -1;

	text_put(1, 2, COLS - 4, _("Find a customer: name, postcode, phone, email, case or account reference"),
	    A_NORMAL, true);
	text_put(QUERY_ROW, 2, 8, _("Search"), theme_attr(STYLE_HEADING), true);
	/* The cursor stays in the query so a screen reader reads what is typed. */
	form_draw_text(&ss->form, 0, QUERY_ROW, 11, COLS - 30, theme_attr(STYLE_FOCUS), &cx);
	if (ss->list.count > 0)
		snprintf(found, sizeof found, _("%d found"), ss->list.count);
	text_put(QUERY_ROW, COLS - 18, 16, ss->stale ? _("searching...") : found,
	    theme_attr(STYLE_HINT), true);
	draw_results(ss, app);
	app_cursor(app, QUERY_ROW, cx);
}

static void
run_search(struct search_screen *ss, struct app *app)
{
	struct error err;
	int count;

	free(ss->matches);
	ss->matches = NULL;
	ss->list = (struct list){ 0 };
	ss->problem[0] = '\0';
	snprintf(ss->searched, sizeof ss->searched, "%s", ss->query);
	ss->stale = false;
	if (customer_search(app->session.db, ss->query, app->cfg.search_limit, &ss->matches,
	    &count, &err) != STATUS_OK) {
		snprintf(ss->problem, sizeof ss->problem, _("Search failed: %s"), err.detail);
		ss->stale = err.status == STATUS_OFFLINE;	/* retried when the database is back */
		return;
	}
	ss->list.count = count;
}

static void
search_idle(struct screen *s, struct app *app)
{
	struct search_screen *ss = (struct search_screen *)s;

	if (ss->stale && db_state(app->session.db) == DB_ONLINE)
		run_search(ss, app);
}

static unsigned
search_contexts(struct screen *s)
{
	(void)s;
	return CTX_SEARCH | CTX_LIST;
}

static enum key_result
search_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct search_screen *ss = (struct search_screen *)s;
	int left;

	if (list_move(&ss->list, a, visible_rows()))
		return KEY_USED;
	switch (a) {
	case ACTION_OPEN:
		if (ss->list.count > 0)
			screens_open_customer(app, ss->matches[ss->list.selected].id, true);
		return KEY_USED;
	case ACTION_NEW_CUSTOMER:
		app_push(app, edit_screen_new(app, NULL, false));
		return KEY_USED;
	case ACTION_ISPEAK:
		screens_ispeak(app);
		return KEY_USED;
	case ACTION_SEARCH:
		ss->query[0] = '\0';
		ss->form.cursor = 0;
		ss->stale = true;
		return KEY_USED;
	case ACTION_NONE:
		break;
	default:
		return KEY_UNUSED;
	}
	if (form_key(&ss->form, ACTION_NONE, key, wide, &left) == FORM_EDITED)
		ss->stale = true;
	return KEY_USED;
}

static void
search_reconnected(struct screen *s, struct app *app)
{
	struct search_screen *ss = (struct search_screen *)s;

	(void)app;
	if (ss->searched[0] != '\0' || ss->query[0] != '\0')
		ss->stale = true;
}

static void
search_close(struct screen *s)
{
	struct search_screen *ss = (struct search_screen *)s;

	free(ss->matches);
	free(ss);
}

static const struct screen_ops search_ops = {
	.title = N_("Search"),
	.contexts = search_contexts,
	.draw = search_draw,
	.key = search_key,
	.idle = search_idle,
	.reconnected = search_reconnected,
	.close = search_close,
};

struct screen *
search_screen_new(void)
{
	struct search_screen *ss = calloc(1, sizeof *ss);

	if (ss == NULL)
		return NULL;
	ss->base.ops = &search_ops;
	ss->field = (struct form_field){ .label = "", .value = ss->query,
		.size = sizeof ss->query };
	form_init(&ss->form, &ss->field, 1);
	return &ss->base;
}
