/*
 * Reception at my service point: who is waiting, in the order they will be called, each with
 * their wait so far (a wait over the published standard says so in words, not only colour);
 * booked customers expected today and not yet here. Enter calls the highlighted customer or
 * checks in the highlighted arrival; N calls the next customer for me; W adds a walk-in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "place.h"
#include "queue.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

#define LIST_FIRST 4

struct queue_screen {
	struct screen base;
	struct queue_board board;
	struct moment loaded_at;
	struct list list;		/* "Waiting" heading, waiting rows, "Expected" heading, rows */
	char problem[256];
};

static int
visible_rows(void)
{
	return LINES - 3 - LIST_FIRST;
}

static void
load(struct queue_screen *qs, struct app *app)
{
	struct error err;

	queue_board_free(&qs->board);
	qs->problem[0] = '\0';
	qs->loaded_at = calendar_now();
	if (queue_board_load(app->session.db, app->session.staff.service_point_id, qs->loaded_at,
	    &qs->board, &err) != STATUS_OK)
		snprintf(qs->problem, sizeof qs->problem, _("Reception not shown: %s"), err.detail);
	qs->list.count = 2 + qs->board.nwaiting + qs->board.nexpected;
	list_clamp(&qs->list, visible_rows());
}

/* Row i as an index into waiting (*expected false) or expected; -1 for a heading. */
static int
row_at(const struct queue_screen *qs, int i, bool *expected)
{
	*expected = i > qs->board.nwaiting;
	if (!*expected)
		return i - 1;
	return i - qs->board.nwaiting - 2;
}

static void
waiting_text(const struct queue_screen *qs, const struct queue_entry *e, char *line,
    size_t size)
{
	char over[48] = "";

	if (e->over_standard)
		snprintf(over, sizeof over, _("OVER %d MIN"), qs->board.standard);
	char name[96];

	snprintf(line, size, _("%-5s %s %3d min  %-12s %s"), e->ticket,
	    text_column(e->name, 22, name, sizeof name), e->waited, over,
	    e->appointment_id ? e->appointment : e->reason);
}

static void
expected_text(const struct queue_expected *e, char *line, size_t size)
{
	char time[16], name[96], type[96], staff[64];

	place_time_format(e->start.minute, time, sizeof time);
	snprintf(line, size, "%-7s %s %s %s %s", time, text_column(e->customer, 22, name,
	    sizeof name), text_column(e->type, 26, type, sizeof type), text_column(e->staff, 14,
	    staff, sizeof staff), e->late ? _("LATE") : "");
}

static void
row_text(const struct queue_screen *qs, int i, char *line, size_t size, enum style *style)
{
	bool expected;
	int item = row_at(qs, i, &expected);

	*style = STYLE_NORMAL;
	if (item < 0) {
		*style = STYLE_HEADING;
		if (expected)
			snprintf(line, size, _("Expected today, not yet here (%d): Enter checks in; X "
			    "did not come"), qs->board.nexpected);
		else
			snprintf(line, size, _("Waiting (%d), in calling order: Enter calls; L left"),
			    qs->board.nwaiting);
		return;
	}
	if (expected) {
		expected_text(&qs->board.expected[item], line, size);
		*style = qs->board.expected[item].late ? STYLE_WARNING : STYLE_NORMAL;
	} else {
		waiting_text(qs, &qs->board.waiting[item], line, size);
		*style = qs->board.waiting[item].over_standard ? STYLE_ERROR : STYLE_NORMAL;
	}
}

static void
queue_draw(struct screen *s, struct app *app)
{
	struct queue_screen *qs = (struct queue_screen *)s;
	char line[300], now[16];
	enum style style;

	place_time_format(qs->loaded_at.minute, now, sizeof now);
	snprintf(line, sizeof line, _("Reception: %s"), app->session.staff.service_point);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	snprintf(line, sizeof line, _("%s: %d waiting, longest %d min (standard %d). Seen today "
	    "%d, %d in time."), now, qs->board.nwaiting, qs->board.longest,
	    qs->board.standard, qs->board.served, qs->board.served_within);
	text_put(2, 2, COLS - 4, qs->problem[0] ? qs->problem : line,
	    theme_attr(qs->problem[0] ? STYLE_ERROR : STYLE_NORMAL), true);
	text_put(3, 2, COLS - 4, _("N call next   W walk-in   Enter call or check in   "
	    "X did not come   L left"), theme_attr(STYLE_LABEL), true);
	list_clamp(&qs->list, visible_rows());
	for (int i = qs->list.top; i < qs->list.count && i - qs->list.top < visible_rows(); i++) {
		int y = LIST_FIRST + i - qs->list.top;
		bool sel = i == qs->list.selected;

		row_text(qs, i, line, sizeof line, &style);
		text_put(y, 2, COLS - 2, line, theme_attr(sel ? STYLE_SELECTED : style), true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static unsigned
queue_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

/* Calls a customer (ticket 0: the next for me) and opens their record when we know them. */
static void
call(struct queue_screen *qs, struct app *app, long long ticket)
{
	char request[DB_REQUEST_ID_LEN];
	struct queue_entry called;
	struct error err;

	db_new_request_id(request);
	if (queue_call(&app->session, request, ticket, calendar_now(), &called, &err) !=
	    STATUS_OK) {
		app_message(app, err.status == STATUS_NOT_FOUND ? MESSAGE_INFO : MESSAGE_ERROR, "%s",
		    err.detail);
		load(qs, app);
		return;
	}
	app_message(app, MESSAGE_INFO, _("Calling %s, %s (waited %d min)."), called.ticket,
	    called.name, called.waited);
	if (called.customer_id != 0)
		screens_push_customer(app, called.customer_id, true);
	else
		load(qs, app);
}

static void
check_in(struct queue_screen *qs, struct app *app, const struct queue_expected *e)
{
	char request[DB_REQUEST_ID_LEN], ticket[QUEUE_TICKET_LEN];
	struct error err;

	db_new_request_id(request);
	if (queue_check_in(&app->session, request, e->appointment_id, calendar_now(), ticket,
	    &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, "%s", err.detail);
	else
		app_message(app, MESSAGE_INFO, _("%s checked in: ticket %s."), e->customer, ticket);
	load(qs, app);
}

static bool
walk_in_given(struct app *app, char *const *values, void *arg)
{
	char request[DB_REQUEST_ID_LEN], ticket[QUEUE_TICKET_LEN];
	struct error err;

	(void)arg;
	db_new_request_id(request);
	if (queue_walk_in(&app->session, request, values[0], 0, values[1], calendar_now(), ticket,
	    &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, "%s", err.detail);
		return false;
	}
	app_message(app, MESSAGE_INFO, _("%s joins the queue: ticket %s."), values[0], ticket);
	return true;
}

static void
walk_in(struct app *app)
{
	static const char *const labels[] = { N_("Name"), N_("Here about") };
	static const char *const helps[] = { N_("As they would like to be called: Mrs Jones"),
		N_("In a few words, so the right advisor can see them") };
	const char *shown[2] = { _(labels[0]), _(labels[1]) };
	const char *help[2] = { _(helps[0]), _(helps[1]) };

	app_push(app, prompt_screen_new(_("A walk-in customer"), _("They get the next ticket "
	    "number and wait in arrival order. F10 or Enter on the last line adds them."), shown,
	    help, 2, walk_in_given, NULL));
}

/* X on a booked arrival, L on a waiting customer. */
static void
take_off(struct queue_screen *qs, struct app *app, bool expected, int item)
{
	char request[DB_REQUEST_ID_LEN];
	struct error err;
	enum status st;

	db_new_request_id(request);
	st = expected ? book_no_show(&app->session, request,
	    qs->board.expected[item].appointment_id, &err) :
	    queue_left(&app->session, request, qs->board.waiting[item].id, &err);
	if (st != STATUS_OK)
		app_message(app, MESSAGE_ERROR, "%s", err.detail);
	else
		app_message(app, MESSAGE_INFO, expected ? _("Recorded: %s did not come.") :
		    _("%s left without being seen."), expected ? qs->board.expected[item].customer :
		    qs->board.waiting[item].name);
	load(qs, app);
}

static enum key_result
queue_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct queue_screen *qs = (struct queue_screen *)s;
	bool expected;
	int item = row_at(qs, qs->list.selected, &expected);

	if (list_move(&qs->list, a, visible_rows()))
		return KEY_USED;
	if (a == ACTION_OPEN) {
		if (item >= 0 && expected)
			check_in(qs, app, &qs->board.expected[item]);
		else if (item >= 0)
			call(qs, app, qs->board.waiting[item].id);
		return KEY_USED;
	}
	(void)wide;		/* letters come as wide characters */
	if (a != ACTION_NONE)
		return KEY_UNUSED;
	switch (key) {
	case 'n': case 'N':
		call(qs, app, 0);
		return KEY_USED;
	case 'w': case 'W':
		walk_in(app);
		return KEY_USED;
	case 'x': case 'X':
		if (item >= 0 && expected)
			take_off(qs, app, true, item);
		return KEY_USED;
	case 'l': case 'L':
		if (item >= 0 && !expected)
			take_off(qs, app, false, item);
		return KEY_USED;
	default:
		return KEY_UNUSED;
	}
}

/* Waits grow by the minute: reload when the clock's minute moves on. */
static void
queue_idle(struct screen *s, struct app *app)
{
	struct queue_screen *qs = (struct queue_screen *)s;
	struct moment now = calendar_now();

	if (calendar_minutes_between(qs->loaded_at, now) != 0 &&
	    db_state(app->session.db) == DB_ONLINE)
		load(qs, app);
}

static void
queue_refresh(struct screen *s, struct app *app)
{
	load((struct queue_screen *)s, app);
}

static void
queue_close(struct screen *s)
{
	queue_board_free(&((struct queue_screen *)s)->board);
	free(s);
}

static const struct screen_ops queue_ops = {
	.title = N_("Reception"),
	.contexts = queue_contexts,
	.draw = queue_draw,
	.key = queue_key,
	.idle = queue_idle,
	.uncovered = queue_refresh,
	.reconnected = queue_refresh,
	.close = queue_close,
};

struct screen *
queue_screen_new(struct app *app)
{
	struct queue_screen *qs = calloc(1, sizeof *qs);

	if (qs == NULL)
		return NULL;
	qs->base.ops = &queue_ops;
	load(qs, app);
	return &qs->base;
}
