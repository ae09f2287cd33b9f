/* The screen stack, the event loop, and the lines every screen shares (title, hints, status). */
#ifndef CIVICDESK_APP_H
#define CIVICDESK_APP_H

#include <stdbool.h>

#include "calendar.h"
#include "catalogue.h"
#include "language.h"
#include "script.h"
#include "config.h"
#include "keymap.h"
#include "session.h"

struct app;
struct screen;

enum key_result {
	KEY_UNUSED,		/* not this screen's: the app tries the global bindings */
	KEY_USED,
};

/*
 * What a screen does. Actions don't draw: key() changes state, and the loop calls draw() for the
 * top screen before one doupdate(). Only key and draw are required.
 */
struct screen_ops {
	const char *title;
	/* Key contexts in force now (see keymap.h); may depend on the focused field. */
	unsigned (*contexts)(struct screen *s);
	/* Draws the body: rows 1 to LINES - 3. Sets the cursor with app_cursor() if it shows. */
	void (*draw)(struct screen *s, struct app *app);
	/*
	 * An action from the key table, or ACTION_NONE with the raw key (a wide char if wide); NULL
	 * for a screen that only shows something.
	 */
	enum key_result (*key)(struct screen *s, struct app *app, enum action a, int key, bool wide);
	/* Work put off while keys were waiting: search as you type runs here. */
	void (*idle)(struct screen *s, struct app *app);
	/* The screen above closed: what it did may change what this one shows. */
	void (*uncovered)(struct screen *s, struct app *app);
	/* The database came back: reload what is shown. */
	void (*reconnected)(struct screen *s, struct app *app);
	/* The session is ending (quit, or the terminal went away): keep what was typed. */
	void (*leaving)(struct screen *s, struct app *app);
	void (*close)(struct screen *s);
};

struct screen {
	const struct screen_ops *ops;
	struct screen *below;
};

/* The contact in progress, if any: at most one at a time per session. */
struct current_contact {
	long long id;
	long long customer_id;
	char customer_name[132];
	char started[6];	/* HH:MM */
};

enum message_kind { MESSAGE_INFO, MESSAGE_ERROR };

struct app {
	struct config cfg;
	struct session session;
	struct current_contact contact;
	struct catalogue *catalogue;	/* the service lines; never NULL once running */
	struct calendar *calendar;	/* the council's working days; NULL if it could not load */
	struct scripts *scripts;	/* what to say; never NULL once running */
	struct phrasebook *phrasebook;	/* phrases in customers' languages; never NULL once running */
	char forms_problem[256];	/* forms/ or the calendar could not be read */
	struct screen *top;
	char message[240];
	enum message_kind message_kind;
	bool quit;
	bool quit_armed;	/* warned that a contact is open; Ctrl-Q again quits */
	bool esc_pending;	/* ESC seen: a digit next means a function key, ESC again Back */
	int cursor_y, cursor_x;	/* -1: hidden */
	unsigned db_generation;
};

/* Runs the event loop until quit or hang-up. Returns the process exit status. */
int app_run(struct app *app);

/* Takes ownership of s and puts it on top. */
void app_push(struct app *app, struct screen *s);
/* Closes the top screen (never the last one). */
void app_pop(struct app *app);
/* Closes every screen and makes s the only one (after sign-in). */
void app_reset(struct app *app, struct screen *s);
/* Closes every screen above the bottom one. */
void app_pop_to_bottom(struct app *app);

void app_message(struct app *app, enum message_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void app_cursor(struct app *app, int y, int x);

/* Starts a contact with the customer (ending none); fills app->contact. */
bool app_start_contact(struct app *app, long long customer_id, const char *name);

/* Today as YYYY-MM-DD (CIVICDESK_TODAY fixes it for tests and training). */
void app_today(char out[11]);

#endif
