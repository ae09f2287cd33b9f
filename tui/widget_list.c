/* List selection and scrolling. */
#include "widget_list.h"

void
list_clamp(struct list *l, int visible)
{
	if (l->selected >= l->count)
		l->selected = l->count - 1;
	if (l->selected < 0)
		l->selected = 0;
	if (visible < 1)
		visible = 1;
	if (l->top > l->selected)
		l->top = l->selected;
	if (l->top < l->selected - visible + 1)
		l->top = l->selected - visible + 1;
	if (l->top < 0)
		l->top = 0;
}

bool
list_move(struct list *l, enum action a, int visible)
{
	switch (a) {
	case ACTION_UP:
		l->selected--;
		break;
	case ACTION_DOWN:
		l->selected++;
		break;
	case ACTION_PAGE_UP:
		l->selected -= visible;
		break;
	case ACTION_PAGE_DOWN:
		l->selected += visible;
		break;
	default:
		return false;
	}
	list_clamp(l, visible);
	return true;
}
