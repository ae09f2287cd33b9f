/* The pick-one list behind the channel, sign-in and service screens; typing filters it. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "i18n.h"
#include "screen_choose.h"
#include "term.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

struct choose_screen {
	struct screen base;
	struct screen_ops ops;		/* per instance: the title differs */
	char *intro;
	char **labels;
	int count;
	int *shown;			/* indexes of the labels the filter lets through */
	char filter[64];		/* UTF-8 */
	struct list list;
	choose_fn fn;
	void *arg;
	bool free_arg;
};

#define FILTER_ROW 2
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

	char line[128];

	text_put(1, 2, COLS - 4, c->intro, A_NORMAL, true);
	if (c->filter[0] != '\0') {
		snprintf(line, sizeof line, _("Showing those matching \"%s\" (%d of %d); "
		    "Backspace widens."), c->filter, c->list.count, c->count);
		text_put(FILTER_ROW, 2, COLS - 4, line, theme_attr(STYLE_LABEL), true);
	}
	if (c->list.count == 0)
		text_put(FIRST_ROW, 2, COLS - 4, _("Nothing matches: Backspace to widen."),
		    theme_attr(STYLE_WARNING), true);
	list_clamp(&c->list, visible_rows());
	for (int i = c->list.top; i < c->list.count && i - c->list.top < visible_rows(); i++) {
		int y = FIRST_ROW + i - c->list.top;
		bool sel = i == c->list.selected;

		text_put(y, 2, COLS - 4, c->labels[c->shown[i]], theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL),
		    true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static unsigned
choose_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST;	/* not CTX_VIEW: printable keys filter */
}

/* Whether word is in text, ignoring the case of ASCII letters. */
static bool
contains(const char *text, const char *word)
{
	size_t n = strlen(word);

	for (; *text != '\0'; text++)
		if (strncasecmp(text, word, n) == 0)
			return true;
	return n == 0;
}

/* Every word of the filter appears in the label. */
static bool
matches(const char *label, const char *filter)
{
	char words[sizeof ((struct choose_screen *)0)->filter], *w, *save = NULL;

	snprintf(words, sizeof words, "%s", filter);
	for (w = strtok_r(words, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		if (!contains(label, w))
			return false;
	return true;
}

static void
refilter(struct choose_screen *c)
{
	c->list.count = 0;
	for (int i = 0; i < c->count; i++)
		if (matches(c->labels[i], c->filter))
			c->shown[c->list.count++] = i;
	c->list.selected = 0;
	c->list.top = 0;
}

/* Printable keys add to the filter, Backspace takes the last character off. */
static bool
edit_filter(struct choose_screen *c, int key, bool wide)
{
	size_t len = strlen(c->filter);
	char mb[MB_LEN_MAX];
	int n;

	if (!wide && (key == KEY_BACKSPACE || key == 127 || key == 8)) {
		if (len == 0)
			return true;
		while (len > 0 && ((unsigned char)c->filter[--len] & 0xC0) == 0x80)
			;
		c->filter[len] = '\0';
	} else if ((wide && key >= ' ') || (!wide && key >= ' ' && key < 127)) {
		if ((n = (int)term_encode((wchar_t)key, mb)) <= 0 ||
		    len + (size_t)n >= sizeof c->filter)
			return true;
		memcpy(c->filter + len, mb, (size_t)n);
		c->filter[len + (size_t)n] = '\0';
	} else {
		return false;
	}
	refilter(c);
	return true;
}

static enum key_result
choose_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct choose_screen *c = (struct choose_screen *)s;

	if (list_move(&c->list, a, visible_rows()))
		return KEY_USED;
	if (a == ACTION_NONE)
		return edit_filter(c, key, wide) ? KEY_USED : KEY_UNUSED;
	if (a != ACTION_OPEN || c->list.count == 0)
		return KEY_UNUSED;
	if (c->fn(app, c->shown[c->list.selected], c->arg))
		app_pop(app);
	return KEY_USED;
}

static void
choose_close(struct screen *s)
{
	struct choose_screen *c = (struct choose_screen *)s;

	for (int i = 0; i < c->count; i++)
		free(c->labels[i]);
	free(c->labels);
	free(c->shown);
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
	c->shown = calloc(count > 0 ? (size_t)count : 1, sizeof *c->shown);
	c->intro = strdup(intro);
	if (c->labels == NULL || c->shown == NULL || c->intro == NULL) {
		choose_close(&c->base);
		return NULL;
	}
	for (int i = 0; i < count; i++) {
		c->labels[i] = strdup(labels[i]);
		if (c->labels[i] == NULL) {
			choose_close(&c->base);
			return NULL;
		}
		c->count = i + 1;
	}
	refilter(c);
	c->list.selected = current;
	c->fn = fn;
	c->arg = arg;
	c->free_arg = free_arg;
	return &c->base;
}
