/*
 * Every action and its keys in one table: dispatch, the help overlay and the hint line are all
 * drawn from it, so help cannot drift from what the keys do.
 */
#ifndef CIVICDESK_KEYMAP_H
#define CIVICDESK_KEYMAP_H

#include <stdbool.h>

enum action {
	ACTION_NONE,
	ACTION_HELP,
	ACTION_SEARCH,
	ACTION_NEW_CUSTOMER,
	ACTION_EDIT,
	ACTION_CHANNEL,
	ACTION_END_CONTACT,
	ACTION_CASE_ACTIONS,
	ACTION_RAISE,
	ACTION_CASES,
	ACTION_TILL,
	ACTION_BOOK,
	ACTION_FIND,
	ACTION_QUEUE,
	ACTION_SAVE,
	ACTION_BACK,
	ACTION_QUIT,
	ACTION_OPEN,
	ACTION_UP,
	ACTION_DOWN,
	ACTION_PAGE_UP,
	ACTION_PAGE_DOWN,
	ACTION_NEXT_FIELD,
	ACTION_PREV_FIELD,
	ACTION_NEXT_CHOICE,
	ACTION_PREV_CHOICE,
	ACTION_REDRAW,
	ACTION_SCRIPT,
	ACTION_TICK,
	ACTION_LETTER,
	ACTION_LANGUAGE,
	ACTION_ISPEAK,
	ACTION_SCREEN_LANGUAGE,
};

/* Where a binding applies; a screen says which contexts it is in. */
enum {
	CTX_GLOBAL = 1 << 0,
	CTX_LIST = 1 << 1,	/* a list of rows to move through */
	CTX_FORM = 1 << 2,	/* fields being edited */
	CTX_SEARCH = 1 << 3,
	CTX_CUSTOMER = 1 << 4,
	CTX_VIEW = 1 << 5,	/* nothing is being typed, so printable keys are free */
	CTX_CHOICE = 1 << 6,	/* the focused field is a list of choices */
	CTX_MODAL = 1 << 7,	/* sign-in: only help, quit and redraw */
	CTX_CASE = 1 << 8,	/* one case */
	CTX_ACCOUNT = 1 << 9,	/* an account or a receipt */
	CTX_APPOINTMENT = 1 << 10,	/* one appointment */
	CTX_SCRIPT = 1 << 11,	/* a form with a script to follow */
	CTX_LETTER = 1 << 12,	/* a letter's preview */
	CTX_RECEIPT = 1 << 13,	/* one receipt */
	CTX_INTERPRETER = 1 << 14,	/* the steps to get an interpreter */
};

#define KEYMAP_KEYS 3

struct keydef {
	enum action action;
	unsigned contexts;
	int keys[KEYMAP_KEYS];	/* curses key codes; 0 ends the list early */
	const char *keys_text;	/* as the help shows them, fallbacks included */
	const char *hint;	/* short form for the hint line; NULL: help overlay only */
	const char *help;
};

/* The action bound to key in any of contexts, or ACTION_NONE. */
enum action keymap_lookup(int key, unsigned contexts);

/* Calls fn for each binding in contexts, in table order. */
void keymap_each(unsigned contexts, void (*fn)(const struct keydef *k, void *arg), void *arg);

/* Turns "ESC then digit" into the function key it stands for: '1'..'9' F1..F9, '0' F10. */
int keymap_escape_digit(int digit);

#endif
