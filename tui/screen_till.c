/*
 * The end of the day at the counter: today's payments by method and fund, the cash the system
 * expects against the cash counted, and closing the day, after which nothing in it can change.
 * F11 again switches between my till and the whole service point (a supervisor closes that).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "pay.h"
#include "screen_choose.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "validate.h"
#include "widget_form.h"

enum { TILL_COUNTED, TILL_NOTE, TILL_FIELDS };

struct till_screen {
	struct screen base;
	enum pay_scope scope;
	char today[11];
	struct pay_day day;
	bool loaded;
	char problem[256];
	char values[TILL_FIELDS][256];
	struct form_field fields[TILL_FIELDS];
	struct form form;
	long long counted;
	char request[DB_REQUEST_ID_LEN];
};

static void
till_load(struct till_screen *ts, struct app *app)
{
	struct error err;

	pay_day_free(&ts->day);
	ts->loaded = false;
	ts->problem[0] = '\0';
	if (pay_day_get(&app->session, ts->scope, ts->today, &ts->day, &err) != STATUS_OK) {
		snprintf(ts->problem, sizeof ts->problem, _("Today's payments could not be read: %s"),
		    err.detail);
		return;
	}
	ts->loaded = true;
}

static int
draw_totals(const struct pay_day *d, int y)
{
	char line[200], amount[32];

	text_put(y++, 2, COLS - 4, _("Method         Fund                 Payments        Total"),
	    theme_attr(STYLE_LABEL), true);
	for (int i = 0; i < d->ntotals && y < LINES - 9; i++) {
		const struct pay_total *t = &d->totals[i];

		validate_format_pence(t->pence, amount, sizeof amount);
		snprintf(line, sizeof line, "%-14.14s %-20.20s %8d %12s",
		    _(choice_label(pay_methods, t->method)), _(choice_label(pay_funds, t->fund)),
		    t->payments, amount);
		text_put(y++, 2, COLS - 4, line, A_NORMAL, true);
	}
	if (d->ntotals == 0)
		text_put(y++, 2, COLS - 4, _("No payments taken today."), A_NORMAL, true);
	validate_format_pence(d->total_pence, amount, sizeof amount);
	snprintf(line, sizeof line, _("%-35s %8s %12s   Voided: %d"), _("Total"), "", amount,
	    d->voids);
	text_put(y++, 2, COLS - 4, line, A_BOLD, true);
	return y;
}

static void
draw_closed(const struct pay_day *d, int y)
{
	char line[300], counted[32], diff[32];

	validate_format_pence(d->counted_cash_pence, counted, sizeof counted);
	validate_format_pence(d->difference_pence < 0 ? -d->difference_pence :
	    d->difference_pence, diff, sizeof diff);
	/* closed_at is "YYYY-MM-DD HH:MM", on the day shown: the time says enough. */
	snprintf(line, sizeof line, _("CLOSED at %s by %s: cash counted %s, %s%s."),
	    d->closed_at + 11, d->closed_by, counted, d->difference_pence == 0 ? _("no difference") :
	    d->difference_pence > 0 ? _("over by ") : _("short by "),
	    d->difference_pence == 0 ? "" : diff);
	text_put(y++, 2, COLS - 4, line, theme_attr(STYLE_OK), true);
	if (d->note[0] != '\0') {
		snprintf(line, sizeof line, _("Note: %s"), d->note);
		text_put(y++, 2, COLS - 4, line, A_NORMAL, true);
	}
	text_put(y, 2, COLS - 4, _("A closed day cannot be changed."), theme_attr(STYLE_HINT),
	    true);
}

static void
till_draw(struct screen *s, struct app *app)
{
	struct till_screen *ts = (struct till_screen *)s;
	char line[300], expected[32], day[40];
	struct date d;
	int y, cy = -1, cx = -1;

	if (!calendar_parse_date(ts->today, &d))
		d = calendar_today();
	calendar_format_long(d, day, sizeof day);
	if (ts->scope == PAY_SCOPE_STAFF)
		snprintf(line, sizeof line, _("Till: %s %s, %s"), app->session.staff.first_name,
		    app->session.staff.last_name, day);
	else
		snprintf(line, sizeof line, _("Service point: %s"), app->session.staff.service_point);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	if (ts->scope == PAY_SCOPE_STAFF)
		snprintf(line, sizeof line, "%s", _("F11 shows the service point's day."));
	else
		snprintf(line, sizeof line, _("%s. F11 shows my till."), day);
	text_put(2, 2, COLS - 4, line, theme_attr(STYLE_HINT), true);
	if (!ts->loaded) {
		text_put(4, 2, COLS - 4, ts->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	y = draw_totals(&ts->day, 4);
	validate_format_pence(ts->day.expected_cash_pence, expected, sizeof expected);
	snprintf(line, sizeof line, _("Cash expected in the drawer: %s"), expected);
	text_put(y++, 2, COLS - 4, line, A_BOLD, true);
	if (ts->day.closed) {
		draw_closed(&ts->day, y + 1);
		return;
	}
	if (ts->day.nopen_tills > 0) {
		char who[200] = "";

		for (int i = 0; i < ts->day.nopen_tills; i++)
			snprintf(who + strlen(who), sizeof who - strlen(who), "%s%s", i ? ", " : "",
			    ts->day.open_tills[i]);
		snprintf(line, sizeof line, _("Tills still open: %s"), who);
		text_put(y++, 2, COLS - 4, line, theme_attr(STYLE_WARNING), true);
	}
	form_draw(&ts->form, y + 1, LINES - 3 - (y + 1), &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
till_contexts(struct screen *s)
{
	struct till_screen *ts = (struct till_screen *)s;

	return ts->loaded && !ts->day.closed ? form_contexts(&ts->form) : CTX_VIEW;
}

static void
till_close_day(struct till_screen *ts, struct app *app)
{
	struct error err;

	if (pay_day_close(&app->session, ts->request, ts->scope, ts->today, ts->counted,
	    ts->values[TILL_NOTE], &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not closed: %s"), err.detail);
		return;
	}
	app_message(app, MESSAGE_INFO, "%s", ts->scope == PAY_SCOPE_STAFF ? _("Your till is "
	    "closed for today.") : _("The service point's day is closed."));
	till_load(ts, app);
}

static bool
close_chosen(struct app *app, int row, void *arg)
{
	app_pop(app);		/* the question */
	if (row == 0)
		till_close_day(arg, app);
	return false;
}

static void
till_submit(struct till_screen *ts, struct app *app)
{
	char intro[200], counted[32], diff[32];
	const char *labels[2];
	struct validation v;
	long long difference;

	validate_money(ts->values[TILL_COUNTED], &v);
	ts->fields[TILL_COUNTED].message[0] = '\0';
	ts->fields[TILL_NOTE].message[0] = '\0';
	if (v.result == VALIDATE_INVALID || ts->values[TILL_COUNTED][0] == '\0') {
		snprintf(ts->fields[TILL_COUNTED].message, sizeof ts->fields[0].message, "%s",
		    _("Count the cash and type the total, e.g. 215.40 (0 if none)"));
		ts->fields[TILL_COUNTED].is_error = true;
		form_focus(&ts->form, TILL_COUNTED);
		return;
	}
	ts->counted = strtoll(v.normal, NULL, 10);
	difference = ts->counted - ts->day.expected_cash_pence;
	if (difference != 0 && ts->values[TILL_NOTE][0] == '\0') {
		snprintf(ts->fields[TILL_NOTE].message, sizeof ts->fields[0].message, "%s",
		    _("The count differs from what is expected: say why"));
		ts->fields[TILL_NOTE].is_error = true;
		form_focus(&ts->form, TILL_NOTE);
		return;
	}
	validate_format_pence(ts->counted, counted, sizeof counted);
	validate_format_pence(difference < 0 ? -difference : difference, diff, sizeof diff);
	snprintf(intro, sizeof intro, _("Close the day with %s counted (%s%s)? A closed day cannot "
	    "be changed."), counted, difference == 0 ? _("no difference") : difference > 0 ?
	    _("over by ") : _("short by "), difference == 0 ? "" : diff);
	labels[0] = _("Yes: close the day");
	labels[1] = _("No: not yet");
	app_push(app, choose_screen_new(N_("Close the day"), intro, labels, 2, 1, close_chosen, ts,
	    false));
}

static enum key_result
till_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct till_screen *ts = (struct till_screen *)s;
	int left;

	if (a == ACTION_TILL) {
		ts->scope = ts->scope == PAY_SCOPE_STAFF ? PAY_SCOPE_SERVICE_POINT : PAY_SCOPE_STAFF;
		memset(ts->values, 0, sizeof ts->values);	/* another till: counted afresh */
		form_init(&ts->form, ts->fields, TILL_FIELDS);
		db_new_request_id(ts->request);
		till_load(ts, app);
		return KEY_USED;
	}
	if (!ts->loaded || ts->day.closed)
		return KEY_UNUSED;
	if (a == ACTION_SAVE) {
		till_submit(ts, app);
		return KEY_USED;
	}
	switch (form_key(&ts->form, a, key, wide, &left)) {
	case FORM_UNUSED:
		return KEY_UNUSED;
	case FORM_EDITED:
		db_new_request_id(ts->request);
		break;
	default:
		break;
	}
	return KEY_USED;
}

static void
till_reconnected(struct screen *s, struct app *app)
{
	till_load((struct till_screen *)s, app);
}

static void
till_free(struct screen *s)
{
	pay_day_free(&((struct till_screen *)s)->day);
	free(s);
}

static const struct screen_ops till_ops = {
	.title = N_("Till and cash-up"),
	.contexts = till_contexts,
	.draw = till_draw,
	.key = till_key,
	.reconnected = till_reconnected,
	.close = till_free,
};

struct screen *
till_screen_new(struct app *app)
{
	static const char *const labels[TILL_FIELDS] = { N_("Cash counted"), N_("Note") };
	static const char *const help[TILL_FIELDS] = {
		N_("The cash in the drawer, counted; F10 closes the day"),
		N_("Needed when the count differs: why, e.g. change given wrongly") };
	struct till_screen *ts = calloc(1, sizeof *ts);

	if (ts == NULL)
		return NULL;
	ts->base.ops = &till_ops;
	ts->scope = PAY_SCOPE_STAFF;
	app_today(ts->today);
	for (int i = 0; i < TILL_FIELDS; i++)
		ts->fields[i] = (struct form_field){ .label = labels[i], .help = help[i],
			.value = ts->values[i], .size = sizeof ts->values[i],
			.required = i == TILL_COUNTED };
	form_init(&ts->form, ts->fields, TILL_FIELDS);
	db_new_request_id(ts->request);
	till_load(ts, app);
	return &ts->base;
}
