/* A few lines of text to fill in and hand to a callback: a walk-in's name, a reason to cancel. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"

#define PROMPT_FIELDS 4
#define PROMPT_VALUE 160
#define PROMPT_FORM_ROW 4

struct prompt_screen {
	struct screen base;
	char title[96];
	char intro[240];
	struct form_field fields[PROMPT_FIELDS];
	char values[PROMPT_FIELDS][PROMPT_VALUE];
	struct form form;
	prompt_fn fn;
	void *arg;
};

static void
prompt_draw(struct screen *s, struct app *app)
{
	struct prompt_screen *ps = (struct prompt_screen *)s;
	int cy, cx;

	text_put(1, 2, COLS - 4, ps->title, theme_attr(STYLE_HEADING), true);
	text_wrap(2, 2, COLS - 4, PROMPT_FORM_ROW - 2, ps->intro, A_NORMAL);
	form_draw(&ps->form, PROMPT_FORM_ROW, LINES - 3 - PROMPT_FORM_ROW, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
prompt_contexts(struct screen *s)
{
	return form_contexts(&((struct prompt_screen *)s)->form);
}

static void
submit(struct prompt_screen *ps, struct app *app)
{
	char *values[PROMPT_FIELDS];

	for (int i = 0; i < ps->form.count; i++) {
		ps->fields[i].message[0] = '\0';
		if (ps->fields[i].required && ps->values[i][strspn(ps->values[i], " ")] == '\0') {
			snprintf(ps->fields[i].message, sizeof ps->fields[i].message, "%s",
			    _("Needed"));
			ps->fields[i].is_error = true;
			form_focus(&ps->form, i);
			return;
		}
		values[i] = ps->values[i];
	}
	if (ps->fn(app, values, ps->arg))
		app_pop(app);
}

static enum key_result
prompt_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct prompt_screen *ps = (struct prompt_screen *)s;
	int left;

	if (a == ACTION_SAVE ||
	    (a == ACTION_NEXT_FIELD && key != '\t' && ps->form.focus == ps->form.count - 1)) {
		submit(ps, app);
		return KEY_USED;
	}
	return form_key(&ps->form, a, key, wide, &left) == FORM_UNUSED ? KEY_UNUSED : KEY_USED;
}

static void
prompt_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops prompt_ops = {
	.title = N_("Details"),
	.contexts = prompt_contexts,
	.draw = prompt_draw,
	.key = prompt_key,
	.close = prompt_close,
};

struct screen *
prompt_screen_new(const char *title, const char *intro, const char *const *labels,
    const char *const *helps, int count, prompt_fn fn, void *arg)
{
	struct prompt_screen *ps = calloc(1, sizeof *ps);

	if (ps == NULL)
		return NULL;
	ps->base.ops = &prompt_ops;
	snprintf(ps->title, sizeof ps->title, "%s", title);
	snprintf(ps->intro, sizeof ps->intro, "%s", intro);
	if (count > PROMPT_FIELDS)
		count = PROMPT_FIELDS;
	for (int i = 0; i < count; i++)
		ps->fields[i] = (struct form_field){ .label = labels[i], .help = helps[i],
			.value = ps->values[i], .size = PROMPT_VALUE, .required = i == 0 };
	form_init(&ps->form, ps->fields, count);
	ps->fn = fn;
	ps->arg = arg;
	return &ps->base;
}
