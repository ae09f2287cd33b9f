/*
 * The single view of the customer: what we hold, how they want to be contacted, what they need
 * from us, applications paused part-way, appointments, cases and accounts, and every contact
 * so far.
 * Opening it starts the contact being recorded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apply.h"
#include "book.h"
#include "casework.h"
#include "contact.h"
#include "customer.h"
#include "draft.h"
#include "i18n.h"
#include "pay.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "validate.h"
#include "widget_list.h"

#define LIST_FIRST 9
#define HISTORY_LIMIT 100
#define CASES_LIMIT 100

/* The list's sections, in the order shown; each is a heading and its rows. */
enum section { SEC_PAUSED, SEC_APPOINTMENTS, SEC_CASES, SEC_ACCOUNTS, SEC_HISTORY, SEC_COUNT };

struct customer_screen {
	struct screen base;
	long long id;
	struct customer customer;
	bool loaded;
	char problem[256];
	char draft_saved[17];		/* when a kept draft was saved; "" when none */
	struct apply_paused *paused;
	struct book_appointment *appointments;
	struct casework_summary *cases;
	struct pay_account *accounts;
	struct contact_entry *history;
	int count[SEC_COUNT];
	struct list list;		/* every section's heading and rows */
	bool start;			/* start a contact once the record is loaded */
};

/* Cases and history always show; the other sections only when there are some. */
static bool
section_shown(const struct customer_screen *cs, enum section sec)
{
	return cs->count[sec] > 0 || sec == SEC_CASES || sec == SEC_HISTORY;
}

/* Row i as a section and an item in it; item -1 is the section's heading. */
static enum section
row_at(const struct customer_screen *cs, int i, int *item)
{
	for (int sec = 0; sec < SEC_COUNT; sec++) {
		if (!section_shown(cs, sec))
			continue;
		if (i <= cs->count[sec]) {
			*item = i - 1;
			return sec;
		}
		i -= cs->count[sec] + 1;
	}
	*item = -1;
	return SEC_HISTORY;
}

static int
visible_rows(void)
{
	return LINES - 3 - LIST_FIRST;
}

static void
free_lists(struct customer_screen *cs)
{
	free(cs->paused);
	free(cs->appointments);
	free(cs->cases);
	free(cs->accounts);
	free(cs->history);
	cs->paused = NULL;
	cs->appointments = NULL;
	cs->cases = NULL;
	cs->accounts = NULL;
	cs->history = NULL;
	memset(cs->count, 0, sizeof cs->count);
}

static void
load(struct customer_screen *cs, struct app *app)
{
	char request[DB_REQUEST_ID_LEN], today[11];
	struct error err;
	char *draft;

	cs->problem[0] = '\0';
	db_new_request_id(request);
	if (customer_get(&app->session, request, cs->id, &cs->customer, &err) != STATUS_OK) {
		snprintf(cs->problem, sizeof cs->problem, "%s", err.detail);
		return;
	}
	cs->loaded = true;
	free_lists(cs);
	app_today(today);
	/* What cannot be read is shown as none; the record itself is still worth having. */
	if (apply_paused_list(app->session.db, cs->id, &cs->paused, &cs->count[SEC_PAUSED],
	    &err) != STATUS_OK)
		cs->count[SEC_PAUSED] = 0;
	if (book_of_customer(app->session.db, cs->id, &cs->appointments,
	    &cs->count[SEC_APPOINTMENTS], &err) != STATUS_OK)
		cs->count[SEC_APPOINTMENTS] = 0;
	if (casework_list(app->session.db, CASEWORK_OF_CUSTOMER, cs->id, today, CASES_LIMIT,
	    &cs->cases, &cs->count[SEC_CASES], &err) != STATUS_OK)
		cs->count[SEC_CASES] = 0;
	if (pay_accounts_of(app->session.db, cs->id, &cs->accounts, &cs->count[SEC_ACCOUNTS],
	    &err) != STATUS_OK)
		cs->count[SEC_ACCOUNTS] = 0;
	if (contact_history(app->session.db, cs->id, HISTORY_LIMIT, &cs->history,
	    &cs->count[SEC_HISTORY], &err) != STATUS_OK)
		cs->count[SEC_HISTORY] = 0;
	cs->list.count = 0;
	for (int sec = 0; sec < SEC_COUNT; sec++)
		if (section_shown(cs, sec))
			cs->list.count += 1 + cs->count[sec];
	draft = draft_load(&app->session, cs->id, "customer", cs->draft_saved);
	if (draft == NULL)
		cs->draft_saved[0] = '\0';
	free(draft);
}

static void
start_contact(struct customer_screen *cs, struct app *app)
{
	char name[132];

	if (app->contact.id != 0 && app->contact.customer_id != cs->id) {
		app_message(app, MESSAGE_ERROR, _("The contact with %s is still open: end it on "
		    "their record (F8) before starting another."), app->contact.customer_name);
		return;
	}
	snprintf(name, sizeof name, "%s %s", cs->customer.first_name, cs->customer.last_name);
	if (app_start_contact(app, cs->id, name))
		load(cs, app);	/* the history now shows the contact in progress */
}

static void
put_pair(int y, int x, int width, const char *label, const char *value)
{
	int used = text_put(y, x, width, label, theme_attr(STYLE_LABEL), false);

	text_put(y, x + used + 1, width - used - 1, value[0] ? value : "-", A_BOLD, true);
}

/* "12 Station Road, Flat 2, Eastmere EM1 4QT": the parts present, commas between. */
static void
address_line(const struct customer *c, char *out, size_t size)
{
	const char *parts[] = { c->address_line1, c->address_line2, c->town };
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (parts[i][0] != '\0' && used < size)
			used += (size_t)snprintf(out + used, size - used, "%s%s", used ? ", " : "",
			    parts[i]);
	if (c->postcode[0] != '\0' && used < size)
		snprintf(out + used, size - used, "%s%s", used ? " " : "", c->postcode);
}

/* Language and access needs: shown so that they cannot be missed, in words, not colour. */
static void
draw_needs(const struct customer *c, int y)
{
	char needs[320], line[340];

	if (!language_has_needs(c)) {
		text_put(y, 2, COLS - 4, _("No language or access needs recorded."), A_NORMAL,
		    true);
		return;
	}
	language_needs_text(c, i18n_text, needs, sizeof needs);
	snprintf(line, sizeof line, _("NEEDS: %s L: language support."), needs);
	text_put(y, 2, COLS - 4, line, theme_attr(STYLE_NOTICE), true);
}

static void
draw_profile(struct customer_screen *cs, struct app *app)
{
	const struct customer *c = &cs->customer;
	char line[400];
	int half = (COLS - 4) / 2;

	snprintf(line, sizeof line, "%s%s%s %s", c->title, c->title[0] ? " " : "", c->first_name,
	    c->last_name);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	address_line(c, line, sizeof line);
	put_pair(2, 2, COLS - 4, _("Address:"), line);
	put_pair(3, 2, half, _("Phone:"), c->phone);
	put_pair(3, 2 + half, half, _("Born:"), c->date_of_birth);
	put_pair(4, 2, half, _("Email:"), c->email);
	put_pair(4, 2 + half, half, _("Website:"), _(choice_label(customer_online, c->online)));
	put_pair(5, 2, half, _("Contact by:"), _(choice_label(customer_channels,
	    c->preferred_channel)));
	put_pair(5, 2 + half, half, _("Language:"), c->language);
	draw_needs(c, 6);
	if (app->contact.id != 0 && app->contact.customer_id == cs->id)
		snprintf(line, sizeof line, _("Contact in progress since %s (%s). F8 ends it."),
		    app->contact.started, _(choice_label(session_channels, app->session.channel)));
	else
		snprintf(line, sizeof line, "%s", _("No contact in progress with this customer."));
	text_put(7, 2, COLS - 4, line, theme_attr(STYLE_OK), true);
	if (cs->draft_saved[0] != '\0') {
		snprintf(line, sizeof line, _("Unsaved changes to this record were kept (%s): F4 "
		    "to resume them."), cs->draft_saved);
		text_put(8, 2, COLS - 4, line, theme_attr(STYLE_WARNING), true);
	}
}

static void
outcome_text(const struct contact_entry *e, char *out, size_t size)
{
	if (e->open) {
		snprintf(out, size, "%s", _("in progress"));
		return;
	}
	snprintf(out, size, "%s%s%s%s%s", e->resolved_first ? _("resolved") : _("not resolved"),
	    e->failure_demand[0] ? "; " : "", e->failure_demand[0] ?
	    _(choice_label(contact_failure_demand, e->failure_demand)) : "",
	    e->satisfaction[0] ? _("; satisfaction ") : "", e->satisfaction);
}

static void
heading_text(const struct customer_screen *cs, enum section sec, char *line, size_t size)
{
	int n = cs->count[sec];

	switch (sec) {
	case SEC_PAUSED:
		snprintf(line, size, _("Paused applications (%d): Enter resumes one"), n);
		break;
	case SEC_APPOINTMENTS:
		snprintf(line, size, _("Appointments (%d): Enter opens one; F6 books another"), n);
		break;
	case SEC_CASES:
		snprintf(line, size, n > 0 ? _("Cases (%d): Enter opens one") :
		    _("Cases: none yet. F7 raises one."), n);
		break;
	case SEC_ACCOUNTS:
		snprintf(line, size, _("Accounts (%d): Enter shows one and takes a payment"), n);
		break;
	default:
		snprintf(line, size, _("Contact history (%d)"), n);
		break;
	}
}

/* "CT-00000015  Council tax, 12 Mill Lane EM4 7QT      owes £1,234.50" */
static void
account_text(const struct pay_account *a, char *line, size_t size)
{
	char balance[32];

	validate_format_pence(a->balance_pence < 0 ? -a->balance_pence : a->balance_pence,
	    balance, sizeof balance);
	snprintf(line, size, "%-16s %-42.42s %s %s", a->reference, a->title,
	    a->balance_pence > 0 ? _("owes") : a->balance_pence < 0 ? _("in credit") :
	    _("clear"), a->balance_pence != 0 ? balance : "");
}

/* Row i of the list: a heading, a paused application, a case, an account or a contact. */
static void
row_text(struct customer_screen *cs, int i, char *line, size_t size, enum style *style)
{
	char outcome[200];
	const struct contact_entry *e;
	const char *at;
	int item;
	enum section sec = row_at(cs, i, &item);

	*style = STYLE_NORMAL;
	if (item < 0) {
		*style = STYLE_HEADING;
		heading_text(cs, sec, line, size);
		return;
	}
	switch (sec) {
	case SEC_PAUSED:
		/* A paused application is unfinished business: it stands out. */
		*style = STYLE_WARNING;
		/* "2026-11-24 14:05" as "24/11 14:05" */
		at = cs->paused[item].paused_at;
		snprintf(line, size, _("%-34.34s paused at %s by %s, %.2s/%.2s %s"),
		    cs->paused[item].title, _(choice_label(apply_steps, cs->paused[item].step)),
		    cs->paused[item].paused_by, at + 8, at + 5, at + 11);
		return;
	case SEC_APPOINTMENTS:
		screens_appointment_row(&cs->appointments[item], line, size);
		return;
	case SEC_CASES:
		screens_case_row(&cs->cases[item], false, line, size);
		*style = (enum style)screens_case_style(&cs->cases[item], false);
		return;
	case SEC_ACCOUNTS:
		account_text(&cs->accounts[item], line, size);
		return;
	default:
		break;
	}
	/* 24/11/26 14:05 Phone        Sam Taylor    Council tax query: resolved */
	e = &cs->history[item];
	outcome_text(e, outcome, sizeof outcome);
	snprintf(line, size, "%.2s/%.2s/%.2s %s %-12.12s %-13.13s %s%s%s",
	    e->started_at + 8, e->started_at + 5, e->started_at + 2, e->started_at + 11,
	    _(choice_label(session_channels, e->channel)), e->staff, e->reason,
	    e->reason[0] ? ": " : "", outcome);
}

static void
draw_rows(struct customer_screen *cs, struct app *app)
{
	char line[400];
	enum style style;

	list_clamp(&cs->list, visible_rows());
	for (int i = cs->list.top; i < cs->list.count && i - cs->list.top < visible_rows(); i++) {
		int y = LIST_FIRST + i - cs->list.top;
		bool sel = i == cs->list.selected;

		row_text(cs, i, line, sizeof line, &style);
		text_put(y, 2, COLS - 2, line, theme_attr(sel ? STYLE_SELECTED : style), true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static void
customer_draw(struct screen *s, struct app *app)
{
	struct customer_screen *cs = (struct customer_screen *)s;

	if (!cs->loaded) {
		text_put(2, 2, COLS - 4, cs->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	draw_profile(cs, app);
	draw_rows(cs, app);
	if (app->cursor_y < 0)
		app_cursor(app, 1, 2);
}

static unsigned
customer_contexts(struct screen *s)
{
	(void)s;
	return CTX_CUSTOMER | CTX_LIST | CTX_VIEW;
}

static void
open_row(struct customer_screen *cs, struct app *app)
{
	const struct catalogue_service *svc;
	struct screen *next = NULL;
	int item;

	switch (row_at(cs, cs->list.selected, &item)) {
	case SEC_PAUSED:
		if (item < 0)
			break;
		svc = catalogue_find(app->catalogue, cs->paused[item].service_id);
		if (svc == NULL)
			app_message(app, MESSAGE_ERROR, _("%s is no longer in the service catalogue."),
			    cs->paused[item].title);
		else
			next = raise_screen_new(app, svc, cs->id);
		break;
	case SEC_APPOINTMENTS:
		if (item >= 0)
			next = appointment_screen_new(app, cs->appointments[item].id);
		break;
	case SEC_CASES:
		if (item >= 0)
			next = case_screen_new(app, cs->cases[item].id);
		break;
	case SEC_ACCOUNTS:
		if (item >= 0)
			next = account_screen_new(app, cs->accounts[item].id);
		break;
	default:
		break;
	}
	if (next != NULL)
		app_push(app, next);
}

/* The reference a customer is most likely asking about: their newest case's. */
static const char *
latest_reference(const struct customer_screen *cs)
{
	return cs->count[SEC_CASES] > 0 ? cs->cases[0].reference : "";
}

static enum key_result
customer_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct customer_screen *cs = (struct customer_screen *)s;

	(void)key;
	(void)wide;
	if (list_move(&cs->list, a, visible_rows()))
		return KEY_USED;
	if (!cs->loaded)
		return KEY_UNUSED;
	switch (a) {
	case ACTION_EDIT:
		if (!session_may(&app->session, MAY_EDIT_CUSTOMER)) {
			app_message(app, MESSAGE_ERROR, "%s", _(status_message(STATUS_DENIED)));
			return KEY_USED;
		}
		app_push(app, edit_screen_new(app, &cs->customer, cs->draft_saved[0] != '\0'));
		return KEY_USED;
	case ACTION_OPEN:
		open_row(cs, app);
		return KEY_USED;
	case ACTION_RAISE:
		screens_raise(app, cs->id);
		return KEY_USED;
	case ACTION_BOOK:
		screens_book(app, cs->id);
		return KEY_USED;
	case ACTION_LANGUAGE:
		screens_language(app, &cs->customer, latest_reference(cs));
		return KEY_USED;
	case ACTION_END_CONTACT:
		if (app->contact.id == 0 || app->contact.customer_id != cs->id)
			app_message(app, MESSAGE_ERROR, "%s", _("There is no contact in progress with "
			    "this customer."));
		else
			app_push(app, outcome_screen_new(app));
		return KEY_USED;
	default:
		return KEY_UNUSED;
	}
}

static void
customer_reconnected(struct screen *s, struct app *app)
{
	struct customer_screen *cs = (struct customer_screen *)s;
	bool was_loaded = cs->loaded;

	load(cs, app);
	/* Opened while the database was away: the contact starts now. */
	if (!was_loaded && cs->loaded && cs->start)
		start_contact(cs, app);
}

static void
customer_uncovered(struct screen *s, struct app *app)
{
	struct customer_screen *cs = (struct customer_screen *)s;

	if (cs->loaded)
		load(cs, app);	/* a case raised or a contact ended above */
}

static void
customer_close(struct screen *s)
{
	struct customer_screen *cs = (struct customer_screen *)s;

	free_lists(cs);
	free(cs);
}

static const struct screen_ops customer_ops = {
	.title = N_("Customer"),
	.contexts = customer_contexts,
	.draw = customer_draw,
	.key = customer_key,
	.uncovered = customer_uncovered,
	.reconnected = customer_reconnected,
	.close = customer_close,
};

struct screen *
customer_screen_new(struct app *app, long long customer_id, bool start)
{
	struct customer_screen *cs = calloc(1, sizeof *cs);

	if (cs == NULL)
		return NULL;
	cs->base.ops = &customer_ops;
	cs->id = customer_id;
	cs->start = start;
	load(cs, app);
	if (cs->loaded && start)
		start_contact(cs, app);
	return &cs->base;
}

void
screens_open_customer(struct app *app, long long customer_id, bool start)
{
	app_pop_to_bottom(app);
	screens_push_customer(app, customer_id, start);
}

void
screens_push_customer(struct app *app, long long customer_id, bool start)
{
	struct screen *s = customer_screen_new(app, customer_id, start);

	app_push(app, s);
	/* Their needs come first, where the advisor cannot miss them. */
	if (s != NULL && start && ((struct customer_screen *)s)->loaded)
		screens_needs_prompt(app, &((struct customer_screen *)s)->customer,
		    latest_reference((struct customer_screen *)s));
}
