/*
 * A column of labelled fields: text is edited in place, choices cycle. The screen owns the value
 * buffers and decides what a field's error is; the form draws, moves focus and edits.
 */
#ifndef CIVICDESK_WIDGET_FORM_H
#define CIVICDESK_WIDGET_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include <curses.h>

#include "choice.h"
#include "keymap.h"

struct form_field {
	const char *label;
	const char *help;
	char *value;			/* borrowed buffer of `size` bytes, UTF-8 */
	size_t size;
	const struct choice *choices;	/* NULL: free text */
	bool required;
	char message[160];		/* error or warning shown beside the field */
	bool is_error;			/* message is an error (else a warning) */
};

struct form {
	struct form_field *fields;	/* borrowed */
	int count;
	int focus;
	size_t cursor;			/* in characters, within the focused text field */
	int top;			/* first field shown */
	int width;			/* columns from the left edge it may use; 0: all */
};

enum form_event {
	FORM_UNUSED,			/* not a form key */
	FORM_EDITED,			/* the focused value changed */
	FORM_LEFT,			/* focus moved; *left is the field left behind */
	FORM_STAYED,			/* used, nothing to report */
};

void form_init(struct form *f, struct form_field *fields, int count);

/* Key contexts in force: CTX_FORM, plus CTX_CHOICE on a choice field. */
unsigned form_contexts(const struct form *f);

enum form_event form_key(struct form *f, enum action a, int key, bool wide, int *left);

/*
 * Draws fields from row y for `rows` rows, the focused field's help or full message on the last
 * row, and sets *cy, *cx to where the cursor belongs.
 */
void form_draw(struct form *f, int y, int rows, int *cy, int *cx);

/*
 * Draws just the value of text field i at (y, x) in width columns, scrolled so the cursor shows;
 * when i is focused, *cx gets the cursor's column.
 */
void form_draw_text(const struct form *f, int i, int y, int x, int width, attr_t attr, int *cx);

/* Moves focus to field i (for example the first field with an error). */
void form_focus(struct form *f, int i);

#endif
