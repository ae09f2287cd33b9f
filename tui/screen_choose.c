/* The pick-one list behind the channel and sign-in screens. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "screen_choose.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

struct choose_screen {
	struct screen base;
	struct screen_ops ops;		/* per instance: the title differs */
	char *intro;
	char **labels;
	struct list list;
	choose_fn fn;
	void *arg;
	bool free_arg;
};

#define FIRST_ROW 3

static int
visible_rows(void)
{
	return LINES - 3 - FIRST_ROW;
}

static void
choose_draw(struct screen *s, struct app *app)
{
	struct choose_screen *c = (struct choose_screen *)s;

	text_put(1, 2, COLS - 4, c->intro, A_NORMAL, true);
	list_clamp(&c->list, visible_rows());
	for (int i = c->list.top; i < c->list.count && i - c->list.top < visible_rows(); i++) {
		int y = FIRST_ROW + i - c->list.top;
		bool sel = i == c->list.selected;

		text_put(y, 2, COLS - 4, c->labels[i], theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL),
		    true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static unsigned
choose_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static enum key_result
choose_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct choose_screen *c = (struct choose_screen *)s;

	(void)key;
	(void)wide;
	if (list_move(&c->list, a, visible_rows()))
		return KEY_USED;
	if (a != ACTION_OPEN || c->list.count == 0)
		return KEY_UNUSED;
	if (c->fn(app, c->list.selected, c->arg))
		app_pop(app);
	return KEY_USED;
}

static void
choose_close(struct screen *s)
{
	struct choose_screen *c = (struct choose_screen *)s;

	for (int i = 0; i < c->list.count; i++)
		free(c->labels[i]);
	free(c->labels);
	free(c->intro);
	if (c->free_arg)
		free(c->arg);
	free(c);
}

struct screen *
choose_screen_new(const char *title, const char *intro, const char *const *labels, int count,
    int current, choose_fn fn, void *arg, bool free_arg)
{
	struct choose_screen *c = calloc(1, sizeof *c);

	if (c == NULL)
		return NULL;
	c->ops = (struct screen_ops){ .title = title, .contexts = choose_contexts,
		.draw = choose_draw, .key = choose_key, .close = choose_close };
	c->base.ops = &c->ops;
	c->labels = calloc(count > 0 ? (size_t)count : 1, sizeof *c->labels);
	c->intro = strdup(intro);
	if (c->labels == NULL || c->intro == NULL) {
		choose_close(&c->base);
		return NULL;
	}
	for (int i = 0; i < count; i++) {
		c->labels[i] = strdup(labels[i]);
		if (c->labels[i] == NULL) {
			choose_close(&c->base);
			return NULL;
		}
		c->list.count = i + 1;
	}
	c->list.selected = current;
	c->fn = fn;
	c->arg = arg;
	c->free_arg = free_arg;
	return &c->base;
}
