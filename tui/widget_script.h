/*
 * The script panel: the steps of what to say, filled for this customer and case, beside the
 * form. The step in hand is shown in full; the advisor ticks it off and the next one opens.
 * When not everything fits, steps already ticked fold to one line first.
 */
#ifndef CIVICDESK_WIDGET_SCRIPT_H
#define CIVICDESK_WIDGET_SCRIPT_H

#include <stdbool.h>

#include "app.h"
#include "keymap.h"
#include "script.h"


struct script_panel {
	char *text[SCRIPT_NSTEPS];	/* owned; NULL: nothing to say at this step */
	bool ticked[SCRIPT_NSTEPS];
	int current;			/* the step in hand; SCRIPT_NSTEPS when all are ticked */
	const char *message;		/* message of the week, borrowed; "" none */
};

/* Takes text (filled by script_fill); keeps the ticks of steps whose text is unchanged. */
void script_panel_set(struct script_panel *p, char *text[SCRIPT_NSTEPS]);
void script_panel_free(struct script_panel *p);

/* Ticks the step in hand and moves to the next with something to say. */
void script_panel_tick(struct script_panel *p);

/* Ticks every step before step (they are done: the form was saved) and moves to it or on. */
void script_panel_reach(struct script_panel *p, enum script_step step);

/* Columns it takes at the right, its border included: a third of the screen, 33 of 80. */
int script_panel_width(void);

/* Draws the panel with its left border at column x, from row y, over rows rows. */
void script_panel_draw(const struct script_panel *p, int y, int x, int rows);

/* Has it anything to say? */
bool script_panel_has_text(const struct script_panel *p);

/*
 * Whether it is shown: the advisor wants it (F3, kept for them) and the terminal is wide enough
 * to keep the screen beside it usable.
 */
bool script_panel_shown(const struct script_panel *p, const struct app *app);

/* F3 and F4 on a screen with a script: true when a was one of them. */
bool script_panel_key(struct script_panel *p, struct app *app, enum action a);

#endif
