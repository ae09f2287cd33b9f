/* A scrolling list of rows: selection and paging; the screen draws each row. */
#ifndef CIVICDESK_WIDGET_LIST_H
#define CIVICDESK_WIDGET_LIST_H

#include <stdbool.h>

#include "keymap.h"

struct list {
	int count;
	int selected;
	int top;		/* first row shown */
};

/* Moves the selection for an up/down/page action; false when the action is not a movement. */
bool list_move(struct list *l, enum action a, int visible);

/* Keeps the selection within count and visible within `visible` rows. */
void list_clamp(struct list *l, int visible);

#endif
