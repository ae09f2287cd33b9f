/*
 * Sign-in. In production the operating-system user is the member of staff; in a demo --as or a
 * pick list chooses. While the database is unreachable this screen waits and keeps retrying.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "i18n.h"
#include "migrate.h"
#include "screen_choose.h"
#include "screens.h"
#include "text.h"
#include "theme.h"

#define TYPEAHEAD 128

/* Keys typed before sign-in finished, replayed into the search screen. */
struct typeahead {
	int keys[TYPEAHEAD];
	bool wide[TYPEAHEAD];
	int count;
};

struct signin_screen {
	struct screen base;
	char username[64];	/* empty: offer the pick list */
	char problem[256];	/* why we are still here */
	bool picking;
	struct typeahead typed;
};

/* curses' pushed-back input is a stack, so the last key goes back first. */
static void
replay(const struct typeahead *t)
{
	for (int i = t->count - 1; i >= 0; i--) {
		if (t->wide[i])
			unget_wch((wchar_t)t->keys[i]);
		else
			ungetch(t->keys[i]);
	}
}

static void
signed_in(struct app *app, const struct typeahead *typed)
{
	struct session *s = &app->session;
	struct typeahead keep = typed != NULL ? *typed : (struct typeahead){ .count = 0 };
	struct error err;
	bool language_ok;

	snprintf(s->channel, sizeof s->channel, "%s",
	    session_default_channel(s->staff.role, app->cfg.channel));
	/* The advisor's own language for the screens from here on. */
	language_ok = i18n_use(app->cfg.locales_dir, s->staff.ui_language, &err) == STATUS_OK;
	app_reset(app, search_screen_new());	/* frees the sign-in screen and its typeahead */
	if (!language_ok)
		app_message(app, MESSAGE_ERROR, _("The screens stay in English: %s"), err.detail);
	else
		app_message(app, MESSAGE_INFO, _("Signed in as %s %s. Type a name, postcode, phone "
		    "number or email to find a customer."), s->staff.first_name,
		    s->staff.last_name);
	replay(&keep);
}

static bool
picked(struct app *app, int row, void *arg)
{
	struct staff *staff = arg;

	app->session.staff = staff[row];
	signed_in(app, NULL);
	return false;		/* signed_in() replaced every screen, this list included */
}

static void
offer_pick_list(struct signin_screen *si, struct app *app)
{
	struct staff *staff;
	const char **labels;
	struct error err;
	int count;

	if (session_staff_list(app->session.db, &staff, &count, &err) != STATUS_OK) {
		snprintf(si->problem, sizeof si->problem, "%s", err.detail);
		return;
	}
	labels = calloc(count > 0 ? (size_t)count : 1, sizeof *labels);
	char (*text)[200] = calloc(count > 0 ? (size_t)count : 1, sizeof *text);
	if (labels == NULL || text == NULL) {
		free(labels);
		free(text);
		free(staff);
		return;
	}
	for (int i = 0; i < count; i++) {
		snprintf(text[i], sizeof text[i], "%-24s %-14s %s", staff[i].username,
		    _(choice_label(session_roles, staff[i].role)), staff[i].service_point);
		labels[i] = text[i];
	}
	si->picking = true;
	app_push(app, choose_screen_new(N_("Sign in"), _("Demo sign-in: choose who you are, then "
	    "Enter."), labels, count, 0, picked, staff, true));
	free(labels);
	free(text);
}

static void
try_sign_in(struct signin_screen *si, struct app *app)
{
	struct error err;
	int pending;

	if (si->picking || db_state(app->session.db) != DB_ONLINE)
		return;
	if (migrate_pending(app->session.db, &pending, &err) != STATUS_OK) {
		snprintf(si->problem, sizeof si->problem, "%s", err.detail);
		return;
	}
	if (pending > 0) {
		snprintf(si->problem, sizeof si->problem, _("The database is missing %d schema "
		    "change(s): ask an administrator to run \"civicdesk db migrate\"."), pending);
		return;
	}
	if (si->username[0] == '\0') {
		offer_pick_list(si, app);
		return;
	}
	if (session_sign_in(&app->session, si->username, &err) == STATUS_OK) {
		signed_in(app, &si->typed);
		return;
	}
	snprintf(si->problem, sizeof si->problem, "%s", err.detail);
}

static void
signin_draw(struct screen *s, struct app *app)
{
	struct signin_screen *si = (struct signin_screen *)s;
	const char *detail = db_state_detail(app->session.db);

	text_put(2, 2, COLS - 4, _("Signing in"), theme_attr(STYLE_HEADING), true);
	if (db_state(app->session.db) != DB_ONLINE) {
		text_put(4, 2, COLS - 4, _("Waiting for the database; civicdesk keeps trying."),
		    A_NORMAL, true);
		text_put(5, 2, COLS - 4, detail, theme_attr(STYLE_ERROR), true);
	} else if (si->problem[0] != '\0')
		text_put(4, 2, COLS - 4, si->problem, theme_attr(STYLE_ERROR), true);
	text_put(7, 2, COLS - 4, _("Ctrl-Q quits."), theme_attr(STYLE_HINT), true);
}

static unsigned
signin_contexts(struct screen *s)
{
	(void)s;
	return CTX_MODAL;
}

/* Keys typed while signing in are kept for the search screen: typeahead is never lost. */
static enum key_result
signin_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct typeahead *t = &((struct signin_screen *)s)->typed;

	(void)app;
	if (a != ACTION_NONE)
		return KEY_UNUSED;
	if (t->count < TYPEAHEAD) {
		t->keys[t->count] = key;
		t->wide[t->count++] = wide;
	}
	return KEY_USED;
}

static void
signin_idle(struct screen *s, struct app *app)
{
	try_sign_in((struct signin_screen *)s, app);
}

static void
signin_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops signin_ops = {
	.title = N_("Sign in"),
	.contexts = signin_contexts,
	.draw = signin_draw,
	.key = signin_key,
	.idle = signin_idle,
	.reconnected = signin_idle,
	.close = signin_close,
};

struct screen *
signin_screen_new(const char *username)
{
	struct signin_screen *si = calloc(1, sizeof *si);

	if (si == NULL)
		return NULL;
	si->base.ops = &signin_ops;
	snprintf(si->username, sizeof si->username, "%s", username ? username : "");
	return &si->base;
}
