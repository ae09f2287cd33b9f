/*
 * Case lists: mine and my service point's (F9), due first. Overdue and due-today cases say so in
 * words, so the list reads the same in monochrome and to a screen reader.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casework.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

#define LIST_LIMIT 200
#define FIRST_ROW 4

void
screens_case_row(const struct casework_summary *c, bool with_customer, char *out, size_t size)
{
	struct date d;
	char due[CALENDAR_DATE_SIZE] = "", title[120];
	const char *when = c->overdue ? _("OVERDUE") : c->due_today ? _("DUE TODAY") : "";

	if (calendar_parse_date(c->due_on, &d))
		calendar_format_british(d, due);
	snprintf(title, sizeof title, c->stage == 2 ? _("%s, stage 2") : "%s", c->title);
	/* 77 columns up to the customer or place: OVERDUE shows at 80x24 from column 2. */
	snprintf(out, size, "%-15s %-22.22s %-17.17s %-10s %-9s %s", c->reference, title,
	    _(choice_label(casework_statuses, c->status)), due, when,
	    with_customer ? c->customer : c->location);
}

int
screens_case_style(const struct casework_summary *c, bool selected)
{
	if (selected)
		return STYLE_SELECTED;
	return c->overdue ? STYLE_ERROR : c->due_today ? STYLE_WARNING : STYLE_NORMAL;
}

struct cases_screen {
	struct screen base;
	enum casework_scope scope;
	struct casework_summary *cases;
	struct list list;
	char problem[256];
};

static int
visible_rows(void)
{
	return LINES - 3 - FIRST_ROW;
}

static void
load(struct cases_screen *cs, struct app *app)
{
	long long key = cs->scope == CASEWORK_RAISED_BY ? app->session.staff.id :
	    app->session.staff.service_point_id;
	char today[11];
	struct error err;
	int count = 0;

	free(cs->cases);
	cs->cases = NULL;
	cs->problem[0] = '\0';
	app_today(today);
	if (casework_list(app->session.db, cs->scope, key, today, LIST_LIMIT, &cs->cases, &count,
	    &err) != STATUS_OK)
		snprintf(cs->problem, sizeof cs->problem, _("Cases not shown: %s"), err.detail);
	cs->list.count = count;
	list_clamp(&cs->list, visible_rows());
}

static void
cases_draw(struct screen *s, struct app *app)
{
	struct cases_screen *cs = (struct cases_screen *)s;
	int overdue = 0, today = 0;
	char line[300];

	for (int i = 0; i < cs->list.count; i++) {
		overdue += cs->cases[i].overdue;
		today += cs->cases[i].due_today;
	}
	snprintf(line, sizeof line, _("%s: %d open, %d overdue, %d due today. Tab: %s."),
	    cs->scope == CASEWORK_RAISED_BY ? _("Cases I raised") : _("Cases at my service point"),
	    cs->list.count, overdue, today, cs->scope == CASEWORK_RAISED_BY ?
	    _("my service point") : _("mine"));
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	if (cs->problem[0] != '\0')
		text_put(2, 2, COLS - 4, cs->problem, theme_attr(STYLE_ERROR), true);
	text_put(3, 2, COLS - 4, _("Reference       Service                Status            "
	    "Due        When      Customer"), theme_attr(STYLE_LABEL), true);
	list_clamp(&cs->list, visible_rows());
	for (int i = cs->list.top; i < cs->list.count && i - cs->list.top < visible_rows(); i++) {
		int y = FIRST_ROW + i - cs->list.top;
		bool sel = i == cs->list.selected;

		screens_case_row(&cs->cases[i], true, line, sizeof line);
		text_put(y, 2, COLS - 2, line, theme_attr(screens_case_style(&cs->cases[i], sel)),
		    true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static unsigned
cases_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static enum key_result
cases_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct cases_screen *cs = (struct cases_screen *)s;

	if (list_move(&cs->list, a, visible_rows()))
		return KEY_USED;
	if (a == ACTION_NONE && !wide && (key == '\t' || key == KEY_BTAB))
		a = ACTION_NEXT_FIELD;	/* Tab switches between mine and my service point's */
	switch (a) {
	case ACTION_OPEN:
		if (cs->list.count > 0)
			app_push(app, case_screen_new(app, cs->cases[cs->list.selected].id));
		return KEY_USED;
	case ACTION_NEXT_FIELD:
		cs->scope = cs->scope == CASEWORK_RAISED_BY ? CASEWORK_AT_SERVICE_POINT :
		    CASEWORK_RAISED_BY;
		cs->list = (struct list){ 0 };
		load(cs, app);
		return KEY_USED;
	case ACTION_CASES:
		load(cs, app);
		return KEY_USED;
	default:
		return KEY_UNUSED;
	}
}

static void
cases_reconnected(struct screen *s, struct app *app)
{
	load((struct cases_screen *)s, app);
}

static void
cases_close(struct screen *s)
{
	free(((struct cases_screen *)s)->cases);
	free(s);
}

static const struct screen_ops cases_ops = {
	.title = N_("Cases"),
	.contexts = cases_contexts,
	.draw = cases_draw,
	.key = cases_key,
	.reconnected = cases_reconnected,
	.close = cases_close,
};

struct screen *
cases_screen_new(struct app *app)
{
	struct cases_screen *cs = calloc(1, sizeof *cs);

	if (cs == NULL)
		return NULL;
	cs->base.ops = &cases_ops;
	cs->scope = CASEWORK_RAISED_BY;
	load(cs, app);
	return &cs->base;
}
