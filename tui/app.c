/*
 * The event loop: keys in, one repaint out. Keys typed while the database answers wait in the
 * terminal's input queue and are read next, so typeahead is never lost; deferred work (search as
 * you type) runs only once no key is waiting.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>

#include "app.h"
#include "contact.h"
#include "draft.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"

#define TICK_MS 1000
#define MIN_LINES 24
#define MIN_COLS 80

static volatile sig_atomic_t hangup_signal;

static void
on_hangup(int sig)
{
	hangup_signal = sig;
}

void
app_push(struct app *app, struct screen *s)
{
	if (s == NULL) {
		app_message(app, MESSAGE_ERROR, "%s", _("Out of memory: that screen cannot open."));
		return;
	}
	s->below = app->top;
	app->top = s;
}

void
app_pop(struct app *app)
{
	struct screen *s = app->top;

	if (s == NULL || s->below == NULL)
		return;
	app->top = s->below;
	if (s->ops->close != NULL)
		s->ops->close(s);
	if (app->top->ops->uncovered != NULL)
		app->top->ops->uncovered(app->top, app);
}

void
app_pop_to_bottom(struct app *app)
{
	while (app->top != NULL && app->top->below != NULL)
		app_pop(app);
}

void
app_reset(struct app *app, struct screen *s)
{
	if (s == NULL)
		return;
	while (app->top != NULL) {
		struct screen *old = app->top;

		app->top = old->below;
		if (old->ops->close != NULL)
			old->ops->close(old);
	}
	s->below = NULL;
	app->top = s;
}

void
app_message(struct app *app, enum message_kind kind, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
	app->message_kind = kind;
}

void
app_cursor(struct app *app, int y, int x)
{
	app->cursor_y = y;
	app->cursor_x = x;
}

void
app_today(char out[11])
{
	calendar_format_date(calendar_today(), out);
}

bool
app_start_contact(struct app *app, long long customer_id, const char *name)
{
	char request[DB_REQUEST_ID_LEN];
	struct error err;
	long long id = 0;
	time_t now = time(NULL);

	if (app->contact.id != 0 && app->contact.customer_id == customer_id)
		return true;
	if (contact_find_open(&app->session, customer_id, &id, &err) != STATUS_OK)
		id = 0;
	if (id == 0) {
		db_new_request_id(request);
		if (contact_start(&app->session, request, customer_id, &id, &err) != STATUS_OK) {
			app_message(app, MESSAGE_ERROR, _("Contact not started: %s"), err.detail);
			return false;
		}
	}
	app->contact.id = id;
	app->contact.customer_id = customer_id;
	snprintf(app->contact.customer_name, sizeof app->contact.customer_name, "%s", name);
	strftime(app->contact.started, sizeof app->contact.started, "%H:%M", localtime(&now));
	return true;
}

/* Drawing --------------------------------------------------------------------------------- */

static void
draw_title(struct app *app)
{
	char line[256];

	snprintf(line, sizeof line, " civicdesk | %s | %s", app->cfg.council,
	    _(app->top->ops->title));
	text_put(0, 0, COLS, line, theme_attr(STYLE_TITLE), true);
}

struct hints {
	int x;
};

static void
draw_hint(const struct keydef *k, void *arg)
{
	struct hints *h = arg;
	char key[16];
	int need;

	if (k->hint == NULL || h->x >= COLS)
		return;
	snprintf(key, sizeof key, "%.*s", (int)strcspn(k->keys_text, ","), k->keys_text);
	need = text_width(key) + 1 + text_width(_(k->hint)) + 2;
	if (h->x + need > COLS)
		return;
	h->x += text_put(LINES - 2, h->x, COLS - h->x, key, theme_attr(STYLE_HINT) | A_BOLD, false);
	h->x += text_put(LINES - 2, h->x, COLS - h->x, " ", A_NORMAL, false);
	h->x += text_put(LINES - 2, h->x, COLS - h->x, _(k->hint), A_NORMAL, false);
	h->x += text_put(LINES - 2, h->x, COLS - h->x, "  ", A_NORMAL, false);
}

static unsigned
contexts_now(struct app *app)
{
	unsigned ctx = app->top->ops->contexts != NULL ? app->top->ops->contexts(app->top) : 0;

	/* A modal screen (sign-in) offers only the bindings marked for it. */
	return ctx & CTX_MODAL ? ctx : ctx | CTX_GLOBAL;
}

static void
draw_message_line(struct app *app)
{
	struct hints h = { 1 };

	if (app->esc_pending) {
		text_put(LINES - 2, 0, COLS, _(" Esc: press a digit for that function key, or Esc "
		    "again to go back"), theme_attr(STYLE_HINT), true);
		return;
	}
	if (app->message[0] != '\0') {
		text_put(LINES - 2, 0, COLS, app->message, theme_attr(
		    app->message_kind == MESSAGE_ERROR ? STYLE_ERROR : STYLE_OK), true);
		return;
	}
	keymap_each(contexts_now(app), draw_hint, &h);
}

static const char *
db_label(const struct app *app)
{
	switch (db_state(app->session.db)) {
	case DB_ONLINE:
		return _("DB online");
	case DB_CONNECTING:
		return _("DB connecting");
	case DB_OFFLINE:
		break;
	}
	return _("DB OFFLINE, retrying");
}

static void
draw_status(struct app *app)
{
	const struct staff *st = &app->session.staff;
	char left[320], right[64], clock[6];
	time_t now = time(NULL);
	int rw;

	strftime(clock, sizeof clock, "%H:%M", localtime(&now));
	/* The service point comes last: a long name is the one thing that may be cut. */
	if (st->id != 0)
		snprintf(left, sizeof left, " %s %s, %s | %s | %s", st->first_name, st->last_name,
		    _(choice_label(session_roles, st->role)),
		    _(choice_label(session_channels, app->session.channel)), st->service_point);
	else
		snprintf(left, sizeof left, " %s", _("Not signed in"));
	snprintf(right, sizeof right, " | %s | %s ", db_label(app), clock);
	rw = text_width(right);
	text_put(LINES - 1, 0, COLS - rw, left, theme_attr(STYLE_STATUS), true);
	text_put(LINES - 1, COLS - rw, rw, right, theme_attr(db_state(app->session.db) ==
	    DB_ONLINE ? STYLE_STATUS : STYLE_NOTICE), true);
}

static void
draw(struct app *app)
{
	erase();
	app->cursor_y = -1;
	if (LINES < MIN_LINES || COLS < MIN_COLS) {
		mvprintw(0, 0, _("The terminal is %dx%d; civicdesk needs at least %dx%d."), COLS,
		    LINES, MIN_COLS, MIN_LINES);
		mvprintw(1, 0, "%s", _("Make the window larger. Nothing you typed is lost."));
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	draw_title(app);
	app->top->ops->draw(app->top, app);
	draw_message_line(app);
	draw_status(app);
	if (app->cursor_y >= 0) {
		curs_set(1);
		move(app->cursor_y, app->cursor_x);
	} else {
		curs_set(0);
		move(LINES - 1, COLS - 1);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/* Keys ------------------------------------------------------------------------------------ */

static void
global_action(struct app *app, enum action a)
{
	switch (a) {
	case ACTION_HELP:
		app_push(app, help_screen_new(contexts_now(app)));
		break;
	case ACTION_SEARCH:
		app_pop_to_bottom(app);
		break;
	case ACTION_CHANNEL:
		app_push(app, channel_screen_new(app));
		break;
	case ACTION_CASES:
		app_push(app, cases_screen_new(app));
		break;
	case ACTION_TILL:
		app_push(app, till_screen_new(app));
		break;
	case ACTION_FIND:
		app_push(app, find_screen_new(app));
		break;
	case ACTION_QUEUE:
		app_push(app, queue_screen_new(app));
		break;
	case ACTION_SCREEN_LANGUAGE:
		screens_screen_language(app);
		break;
	case ACTION_BACK:
		app_pop(app);
		break;
	case ACTION_QUIT:
		if (app->contact.id != 0) {
			app_message(app, MESSAGE_ERROR, _("Contact with %s open: F8 ends it; Ctrl-Q "
			    "again quits."), app->contact.customer_name);
			app->quit_armed = true;
			return;
		}
		app->quit = true;
		break;
	case ACTION_REDRAW:
		clearok(curscr, TRUE);
		break;
	default:
		break;
	}
}

static void
handle_key(struct app *app, int key, bool wide)
{
	enum action a;

	if (!wide && key == KEY_RESIZE)
		return;
	if (app->esc_pending) {
		app->esc_pending = false;
		if (key == 27) {
			key = KEY_F(12);
			wide = false;
		} else if (keymap_escape_digit(key) != 0) {
			key = keymap_escape_digit(key);
			wide = false;
		}
	} else if (key == 27) {
		app->esc_pending = true;
		return;
	}
	a = keymap_lookup(key, contexts_now(app));
	app->message[0] = '\0';
	if (a == ACTION_QUIT && app->quit_armed) {
		app->quit = true;
		return;
	}
	app->quit_armed = false;
	/* A screen with nothing to do with keys has no key function. */
	if (app->top->ops->key == NULL || app->top->ops->key(app->top, app, a, key, wide) ==
	    KEY_UNUSED)
		global_action(app, a);
}

/* The loop -------------------------------------------------------------------------------- */

static void
each_screen(struct app *app, void (*pick)(struct screen *, struct app *, int), int which)
{
	for (struct screen *s = app->top; s != NULL; s = s->below)
		pick(s, app, which);
}

enum hook { HOOK_RECONNECTED, HOOK_LEAVING };

static void
call_hook(struct screen *s, struct app *app, int which)
{
	if (which == HOOK_RECONNECTED && s->ops->reconnected != NULL)
		s->ops->reconnected(s, app);
	if (which == HOOK_LEAVING && s->ops->leaving != NULL)
		s->ops->leaving(s, app);
}

static void
tick(struct app *app)
{
	unsigned gen;

	db_poll(app->session.db);
	gen = db_generation(app->session.db);
	if (gen == app->db_generation)
		return;
	app->db_generation = gen;
	if (app->session.staff.id != 0) {
		int moved = draft_flush(&app->session);

		app_message(app, MESSAGE_INFO, moved ? _("Database connection restored; drafts "
		    "kept while it was away are saved.") : _("Database connection restored."));
	}
	each_screen(app, call_hook, HOOK_RECONNECTED);
}

/*
 * A terminal that went away makes reads fail at once instead of timing out; noticing that stops
 * the spin at 100% CPU seen in other curses programs after an SSH drop.
 */
static bool
terminal_gone(void)
{
	struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };

	if (poll(&pfd, 1, 0) < 0)
		return errno != EINTR;
	if (pfd.revents & (POLLHUP | POLLERR | POLLNVAL))
		return true;
	return !isatty(STDIN_FILENO);
}

/* Reads one key: 1 key, 0 nothing within wait_ms, -1 the terminal is gone. */
static int
read_key(int wait_ms, int *key, bool *wide)
{
	wint_t wch;
	int r;

	timeout(wait_ms);
	r = get_wch(&wch);
	if (r == ERR)
		return hangup_signal || (wait_ms > 0 && terminal_gone()) ? -1 : 0;
	*key = (int)wch;
	*wide = r == OK;
	return 1;
}

int
app_run(struct app *app)
{
	struct sigaction sa;
	int key, got;
	bool wide;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_hangup;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	app->db_generation = db_generation(app->session.db);

	while (!app->quit && !hangup_signal) {
		draw(app);
		got = read_key(0, &key, &wide);
		if (got == 0) {
			if (app->top->ops->idle != NULL) {
				app->top->ops->idle(app->top, app);
				draw(app);
			}
			/* Tick faster while reconnecting so the database is back soon after it is. */
			got = read_key(db_state(app->session.db) == DB_ONLINE ? TICK_MS : TICK_MS / 5,
			    &key, &wide);
		}
		if (got < 0)
			break;
		if (got == 0)
			tick(app);
		else
			handle_key(app, key, wide);
	}
	/* Quit or hang-up: what was typed is kept as drafts either way. */
	each_screen(app, call_hook, HOOK_LEAVING);
	return app->quit ? 0 : 1;
}
