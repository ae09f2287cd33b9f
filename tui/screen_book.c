/*
 * Book it on screen: pick the kind of appointment, then one of the next free times (the first
 * offered is the earliest that fits); one appointment with F6 to move it, cancel it, or record
 * that the customer did not come.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book.h"
#include "i18n.h"
#include "place.h"
#include "screen_choose.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

#define SLOTS 30
#define TYPES 40
#define SLOT_FIRST 5

void
screens_appointment_row(const struct book_appointment *a, char *out, size_t size)
{
	char when[32], type[96], staff[64];

	book_format_start(a->start, when, sizeof when);
	snprintf(out, size, "%-18s %s %s %s", when, text_column(a->type, 28, type, sizeof type),
	    text_column(a->staff, 14, staff, sizeof staff),
	    _(choice_label(book_statuses, a->status)));
}

/* Free times ------------------------------------------------------------------------------ */

struct slots_screen {
	struct screen base;
	long long customer_id;
	long long rebook_of;		/* moving this appointment; 0 for a new one */
	struct book_type type;
	struct moment slots[SLOTS];
	struct list list;
	char problem[256];
};

static int
slot_rows(void)
{
	return LINES - 3 - SLOT_FIRST;
}

static void
slots_load(struct slots_screen *ss, struct app *app)
{
	struct error err;
	int n = 0;

	ss->problem[0] = '\0';
	if (book_free_slots(app->session.db, app->calendar, &ss->type, calendar_now(), ss->rebook_of, ss->slots,
	    SLOTS, &n, &err) != STATUS_OK)
		snprintf(ss->problem, sizeof ss->problem, _("Free times not shown: %s"), err.detail);
	else if (n == 0)
		snprintf(ss->problem, sizeof ss->problem, _("No free time in the next %d days: offer "
		    "another kind of appointment or another service point."), BOOK_SEARCH_DAYS);
	ss->list.count = n;
	list_clamp(&ss->list, slot_rows());
}

static void
slots_draw(struct screen *s, struct app *app)
{
	struct slots_screen *ss = (struct slots_screen *)s;
	char line[300], when[48], day[48];
	struct date today = calendar_today();

	snprintf(line, sizeof line, ss->rebook_of ? _("Move to: %s, %d minutes, %s") :
	    _("Book: %s, %d minutes, %s"), ss->type.name, ss->type.minutes,
	    _(choice_label(book_modes, ss->type.mode)));
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	snprintf(line, sizeof line, _("At %s. Bring: %s"), ss->type.service_point, ss->type.bring);
	text_put(2, 2, COLS - 4, line, A_NORMAL, true);
	text_put(3, 2, COLS - 4, ss->problem[0] ? ss->problem :
	    _("The next free times, earliest first. Enter books the highlighted one."),
	    theme_attr(ss->problem[0] ? STYLE_ERROR : STYLE_LABEL), true);
	for (int i = ss->list.top; i < ss->list.count && i - ss->list.top < slot_rows(); i++) {
		int y = SLOT_FIRST + i - ss->list.top;
		bool sel = i == ss->list.selected;

		int days = calendar_minutes_between((struct moment){ today, 0 },
		    (struct moment){ ss->slots[i].date, 0 }) / 1440;

		book_format_start(ss->slots[i], when, sizeof when);
		snprintf(day, sizeof day, days == 0 ? _("today") : days == 1 ? _("tomorrow") :
		    _("in %d days"), days);
		snprintf(line, sizeof line, "%-18s %s", when, day);
		text_put(y, 2, COLS - 4, line, theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL), true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static unsigned
slots_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static void
book_selected(struct slots_screen *ss, struct app *app)
{
	struct book_new n = { .customer_id = ss->customer_id, .type_id = ss->type.id,
		.start = ss->slots[ss->list.selected], .rebook_of = ss->rebook_of };
	struct book_appointment a;
	char request[DB_REQUEST_ID_LEN], when[48];
	struct error err;
	long long id;

	db_new_request_id(request);
	if (book_make(&app->session, app->calendar, request, &n, &id, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, "%s", err.detail[0] ? err.detail :
		    _(status_message(err.status)));
		if (err.status == STATUS_CONFLICT)
			slots_load(ss, app);	/* someone took it: show what is still free */
		return;
	}
	book_format_start(n.start, when, sizeof when);
	if (book_get(app->session.db, id, &a, &err) == STATUS_OK)
		app_message(app, MESSAGE_INFO, _("Booked %s with %s: %s. Confirmation in the "
		    "outbox."), when, a.staff, a.reference);
	app_pop(app);
}

static enum key_result
slots_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct slots_screen *ss = (struct slots_screen *)s;

	(void)key;
	(void)wide;
	if (list_move(&ss->list, a, slot_rows()))
		return KEY_USED;
	if (a != ACTION_OPEN)
		return KEY_UNUSED;
	if (ss->list.count > 0)
		book_selected(ss, app);
	return KEY_USED;
}

static void
slots_reconnected(struct screen *s, struct app *app)
{
	slots_load((struct slots_screen *)s, app);
}

static void
slots_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops slots_ops = {
	.title = N_("Free times"),
	.contexts = slots_contexts,
	.draw = slots_draw,
	.key = slots_key,
	.reconnected = slots_reconnected,
	.close = slots_close,
};

static struct screen *
slots_screen_new(struct app *app, long long customer_id, const struct book_type *type,
    long long rebook_of)
{
	struct slots_screen *ss = calloc(1, sizeof *ss);

	if (ss == NULL)
		return NULL;
	ss->base.ops = &slots_ops;
	ss->customer_id = customer_id;
	ss->rebook_of = rebook_of;
	ss->type = *type;
	slots_load(ss, app);
	return &ss->base;
}

/* Choosing the kind ----------------------------------------------------------------------- */

struct type_pick {
	long long customer_id;
	int count;
	struct book_type types[TYPES];
};

static bool
type_chosen(struct app *app, int row, void *arg)
{
	const struct type_pick *p = arg;
	struct book_type type = p->types[row];
	long long customer_id = p->customer_id;
	struct screen *next;

	app_pop(app);		/* the picker, and p with it */
	if ((next = slots_screen_new(app, customer_id, &type, 0)) != NULL)
		app_push(app, next);
	return false;
}

void
screens_book(struct app *app, long long customer_id)
{
	struct type_pick *p = calloc(1, sizeof *p);
	struct book_type *types = NULL;
	const char *labels[TYPES];
	char rows[TYPES][160];
	struct error err;
	int n = 0;

	if (p == NULL)
		return;
	if (app->calendar == NULL || book_types(app->session.db,
	    app->session.staff.service_point_id, &types, &n, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Appointments cannot be booked: %s"),
		    app->calendar == NULL ? app->forms_problem : err.detail);
		free(p);
		return;
	}
	p->customer_id = customer_id;
	p->count = n < TYPES ? n : TYPES;
	for (int i = 0; i < p->count; i++) {
		p->types[i] = types[i];
		snprintf(rows[i], sizeof rows[i], "%-30.30s %3d min  %-12.12s %s", types[i].name,
		    types[i].minutes, _(choice_label(book_modes, types[i].mode)),
		    types[i].service_point);
		labels[i] = rows[i];
	}
	free(types);
	app_push(app, choose_screen_new(N_("Book an appointment"), _("Which kind? Type words to "
	    "narrow the list, Enter to see the free times. This service point's come first."),
	    labels, p->count, 0, type_chosen, p, true));
}

/* One appointment ------------------------------------------------------------------------- */

struct appointment_screen {
	struct screen base;
	long long id;
	struct book_appointment a;
	bool loaded;
	char problem[256];
};

static void
appointment_load(struct appointment_screen *as, struct app *app)
{
	struct error err;

	as->loaded = book_get(app->session.db, as->id, &as->a, &err) == STATUS_OK;
	snprintf(as->problem, sizeof as->problem, "%s", as->loaded ? "" : err.detail);
}

static void
put_line(int y, const char *label, const char *value)
{
	int used = text_put(y, 2, 20, label, theme_attr(STYLE_LABEL), false);

	text_put(y, 2 + used + 1, COLS - 5 - used, value, A_BOLD, true);
}

static void
appointment_draw(struct screen *s, struct app *app)
{
	struct appointment_screen *as = (struct appointment_screen *)s;
	const struct book_appointment *a = &as->a;
	char line[300], day[48], time[16];
	int y = 1;

	(void)app;
	if (!as->loaded) {
		text_put(2, 2, COLS - 4, as->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	snprintf(line, sizeof line, "%s  %s", a->reference, a->type);
	text_put(y++, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	put_line(y++, _("Customer:"), a->customer);
	calendar_format_long(a->start.date, day, sizeof day);
	place_time_format(a->start.minute, time, sizeof time);
	snprintf(line, sizeof line, _("%s at %s, %d minutes"), day, time, a->minutes);
	put_line(y++, _("When:"), line);
	snprintf(line, sizeof line, "%s, %s", _(choice_label(book_modes, a->mode)), a->place);
	put_line(y++, _("Where:"), line);
	put_line(y++, _("With:"), a->staff);
	put_line(y++, _("Status:"), _(choice_label(book_statuses, a->status)));
	put_line(y++, _("Bring:"), a->bring);
	if (strcmp(a->status, "booked") == 0)
		text_put(y + 1, 2, COLS - 4, _("F6 moves or cancels it, or records that the customer "
		    "did not come."), theme_attr(STYLE_LABEL), true);
	app_cursor(app, 1, 2);
}

static unsigned
appointment_contexts(struct screen *s)
{
	(void)s;
	return CTX_APPOINTMENT | CTX_VIEW;
}

static bool
cancel_given(struct app *app, char *const *values, void *arg)
{
	long long id = *(long long *)arg;
	char request[DB_REQUEST_ID_LEN];
	struct error err;

	db_new_request_id(request);
	if (book_cancel(&app->session, request, id, values[0], &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, "%s", err.detail);
		return false;
	}
	app_message(app, MESSAGE_INFO, "%s", _("Cancelled; the customer is told through the "
	    "outbox."));
	return true;
}

enum { DO_MOVE, DO_CANCEL, DO_NO_SHOW };

static bool
action_chosen(struct app *app, int row, void *arg)
{
	static const char *const labels[] = { N_("Reason") };
	static const char *const helps[] = { N_("Why it is cancelled: kept on the appointment") };
	struct appointment_screen *as = arg;
	char request[DB_REQUEST_ID_LEN];
	struct book_type type;
	struct error err;

	app_pop(app);		/* the list of actions */
	if (row == DO_CANCEL) {
		app_push(app, prompt_screen_new(_("Cancel the appointment"), as->a.reference, labels,
		    helps, 1, cancel_given, &as->id));
		return false;
	}
	if (row == DO_MOVE) {
		if (book_type_get(app->session.db, as->a.type_id, &type, &err) == STATUS_OK)
			app_push(app, slots_screen_new(app, as->a.customer_id, &type, as->id));
		else
			app_message(app, MESSAGE_ERROR, "%s", err.detail);
		return false;
	}
	db_new_request_id(request);
	if (book_no_show(&app->session, request, as->id, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, "%s", err.detail);
	else
		app_message(app, MESSAGE_INFO, "%s", _("Recorded: the customer did not come."));
	appointment_load(as, app);
	return false;
}

static enum key_result
appointment_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	static const char *const labels[] = { N_("Move it to another time"),
		N_("Cancel it"), N_("The customer did not come") };
	struct appointment_screen *as = (struct appointment_screen *)s;
	const char *shown[3];

	(void)key;
	(void)wide;
	if (a == ACTION_LETTER && as->loaded) {
		screens_letters(app, as->a.reference, NULL);
		return KEY_USED;
	}
	if (a != ACTION_CASE_ACTIONS)
		return KEY_UNUSED;
	if (!as->loaded || strcmp(as->a.status, "booked") != 0) {
		app_message(app, MESSAGE_ERROR, "%s", _("Only a booked appointment can be changed."));
		return KEY_USED;
	}
	for (int i = 0; i < 3; i++)
		shown[i] = _(labels[i]);
	app_push(app, choose_screen_new(N_("Appointment"), _("What do you want to do?"), shown, 3,
	    0, action_chosen, as, false));
	return KEY_USED;
}

static void
appointment_uncovered(struct screen *s, struct app *app)
{
	appointment_load((struct appointment_screen *)s, app);
}

static void
appointment_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops appointment_ops = {
	.title = N_("Appointment"),
	.contexts = appointment_contexts,
	.draw = appointment_draw,
	.key = appointment_key,
	.uncovered = appointment_uncovered,
	.reconnected = appointment_uncovered,
	.close = appointment_close,
};

struct screen *
appointment_screen_new(struct app *app, long long appointment_id)
{
	struct appointment_screen *as = calloc(1, sizeof *as);

	if (as == NULL)
		return NULL;
	as->base.ops = &appointment_ops;
	as->id = appointment_id;
	appointment_load(as, app);
	return &as->base;
}
