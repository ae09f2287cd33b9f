/* The help overlay, drawn from the key table so it always matches the bindings. */
#include <stdlib.h>

#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"

struct help_screen {
	struct screen base;
	unsigned contexts;
	int first;		/* scroll position */
};

struct help_draw {
	int row, skip, y, last;
};

static void
draw_binding(const struct keydef *k, void *arg)
{
	struct help_draw *d = arg;

	if (d->row++ < d->skip || d->y > d->last)
		return;
	text_put(d->y, 2, 24, k->keys_text, theme_attr(STYLE_HEADING), true);
	text_put(d->y, 28, COLS - 30, _(k->help), A_NORMAL, true);
	d->y++;
}

static void
help_draw(struct screen *s, struct app *app)
{
	struct help_screen *h = (struct help_screen *)s;
	struct help_draw d = { 0, h->first, 3, LINES - 4 };

	(void)app;
	text_put(1, 2, COLS - 4, _("Function keys also work as Esc then the digit (Esc 0 is "
	    "F10)."), A_NORMAL, true);
	keymap_each(h->contexts, draw_binding, &d);
}

static unsigned
help_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static enum key_result
help_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct help_screen *h = (struct help_screen *)s;

	(void)key;
	(void)wide;
	if (a == ACTION_DOWN && h->first < 20)
		h->first++;
	else if (a == ACTION_UP && h->first > 0)
		h->first--;
	else if (a == ACTION_HELP || a == ACTION_OPEN)
		app_pop(app);
	else
		return KEY_UNUSED;
	return KEY_USED;
}

static void
help_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops help_ops = {
	.title = N_("Help"),
	.contexts = help_contexts,
	.draw = help_draw,
	.key = help_key,
	.close = help_close,
};

struct screen *
help_screen_new(unsigned contexts)
{
	struct help_screen *h = calloc(1, sizeof *h);

	if (h == NULL)
		return NULL;
	h->base.ops = &help_ops;
	h->contexts = contexts;
	return &h->base;
}
