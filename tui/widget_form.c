/* Field editing by characters, not bytes, so any script can be typed and deleted cleanly. */
#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "term.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"

#define LABEL_WIDTH 18		/* the required mark stays in the last column */
#define VALUE_WIDTH 36
#define NARROW_LABEL_WIDTH 14	/* beside the script panel */

static int
columns(const struct form *f)
{
	return f->width > 0 && f->width < COLS ? f->width : COLS;
}

static int
label_width(const struct form *f)
{
	return columns(f) >= 2 + LABEL_WIDTH + 2 + VALUE_WIDTH ? LABEL_WIDTH : NARROW_LABEL_WIDTH;
}

static int
value_width(const struct form *f)
{
	int room = columns(f) - 2 - label_width(f) - 2 - 1;

	return room < VALUE_WIDTH ? room : VALUE_WIDTH;
}
#define CTRL(c) ((c) & 0x1f)

void
form_init(struct form *f, struct form_field *fields, int count)
{
	f->fields = fields;
	f->count = count;
	f->width = 0;
	form_focus(f, 0);
}

void
form_focus(struct form *f, int i)
{
	if (i < 0 || i >= f->count)
		return;
	f->focus = i;
	f->cursor = text_chars(f->fields[i].value);
}

unsigned
form_contexts(const struct form *f)
{
	return CTX_FORM | (f->fields[f->focus].choices != NULL ? CTX_CHOICE : 0);
}

static void
cycle_choice(struct form_field *fl, int step)
{
	size_t n = choice_count(fl->choices), at = 0;

	for (size_t i = 0; i < n; i++)
		if (strcmp(fl->choices[i].code, fl->value) == 0)
			at = i;
	at = (at + n + (size_t)(step + (int)n)) % n;
	snprintf(fl->value, fl->size, "%s", fl->choices[at].code);
}

/* Choice fields jump to the first choice whose label starts with the typed letter. */
static bool
choose_by_letter(struct form_field *fl, int key)
{
	for (const struct choice *c = fl->choices; c->code != NULL; c++) {
		const char *label = _(c->label);

		if (key < 128 && (label[0] | 0x20) == (key | 0x20)) {
			snprintf(fl->value, fl->size, "%s", c->code);
			return true;
		}
	}
	return false;
}

static bool
insert_char(struct form *f, wchar_t wc)
{
	struct form_field *fl = &f->fields[f->focus];
	char mb[4];
	size_t n = term_encode(wc, mb), len = strlen(fl->value), at;

	/* Values are UTF-8 whatever the terminal's character set. */
	if (n == 0 || len + n >= fl->size)
		return false;
	at = text_offset(fl->value, f->cursor);
	memmove(fl->value + at + n, fl->value + at, len - at + 1);
	memcpy(fl->value + at, mb, n);
	f->cursor++;
	return true;
}

/* Deletes the character at index `chars` of the focused value. */
static bool
delete_char(struct form *f, size_t chars)
{
	struct form_field *fl = &f->fields[f->focus];
	size_t from = text_offset(fl->value, chars), to = text_offset(fl->value, chars + 1);

	if (from == to)
		return false;
	memmove(fl->value + from, fl->value + to, strlen(fl->value + to) + 1);
	return true;
}

static enum form_event
move_focus(struct form *f, int step, int *left)
{
	int next = f->focus + step;

	if (next < 0 || next >= f->count)
		return FORM_STAYED;
	*left = f->focus;
	form_focus(f, next);
	return FORM_LEFT;
}

static enum form_event
edit_text(struct form *f, int key, bool wide)
{
	struct form_field *fl = &f->fields[f->focus];
	size_t chars = text_chars(fl->value);

	if (wide && key >= ' ' && key != 127)
		return insert_char(f, (wchar_t)key) ? FORM_EDITED : FORM_STAYED;
	switch (key) {
	case KEY_BACKSPACE:
	case 127:
	case CTRL('h'):
		if (f->cursor == 0)
			return FORM_STAYED;
		f->cursor--;
		return delete_char(f, f->cursor) ? FORM_EDITED : FORM_STAYED;
	case KEY_DC:
	case CTRL('d'):
		return delete_char(f, f->cursor) ? FORM_EDITED : FORM_STAYED;
	case KEY_LEFT:
		if (f->cursor > 0)
			f->cursor--;
		return FORM_STAYED;
	case KEY_RIGHT:
		if (f->cursor < chars)
			f->cursor++;
		return FORM_STAYED;
	case KEY_HOME:
	case CTRL('a'):
		f->cursor = 0;
		return FORM_STAYED;
	case KEY_END:
	case CTRL('e'):
		f->cursor = chars;
		return FORM_STAYED;
	case CTRL('u'):
		fl->value[0] = '\0';
		f->cursor = 0;
		return FORM_EDITED;
	}
	return FORM_UNUSED;
}

enum form_event
form_key(struct form *f, enum action a, int key, bool wide, int *left)
{
	struct form_field *fl = &f->fields[f->focus];

	switch (a) {
	case ACTION_NEXT_FIELD:
	case ACTION_DOWN:
		return move_focus(f, 1, left);
	case ACTION_PREV_FIELD:
	case ACTION_UP:
		return move_focus(f, -1, left);
	case ACTION_NEXT_CHOICE:
		cycle_choice(fl, 1);
		return FORM_EDITED;
	case ACTION_PREV_CHOICE:
		cycle_choice(fl, -1);
		return FORM_EDITED;
	case ACTION_NONE:
		break;
	default:
		return FORM_UNUSED;
	}
	if (fl->choices != NULL)
		return wide && choose_by_letter(fl, key) ? FORM_EDITED : FORM_UNUSED;
	return edit_text(f, key, wide);
}

void
form_draw_text(const struct form *f, int i, int y, int x, int width, attr_t attr, int *cx)
{
	const struct form_field *fl = &f->fields[i];
	bool focused = i == f->focus;
	size_t skipped = 0, before;
	const char *shown;
	char head[512];

	/* Scrolled by characters so the cursor stays in view (wide scripts are rare here). */
	if (focused && f->cursor >= (size_t)width)
		skipped = f->cursor - (size_t)width + 1;
	shown = fl->value + text_offset(fl->value, skipped);
	text_put(y, x, width, shown, attr, true);
	if (!focused || cx == NULL)
		return;
	before = text_offset(shown, f->cursor - skipped);
	snprintf(head, sizeof head, "%.*s", (int)before, shown);
	*cx = x + text_width(head);
}

static void
draw_field(struct form *f, int i, int y, int *cy, int *cx)
{
	struct form_field *fl = &f->fields[i];
	bool focused = i == f->focus;
	int lw = label_width(f), vw = value_width(f), vx = 2 + lw + 2, mx = vx + vw + 1;
	int cols = columns(f);
	attr_t label_attr = theme_attr(focused ? STYLE_HEADING : STYLE_LABEL);

	/* A long label is cut, never its mark: the screen shows the focused one in full. */
	text_put(y, 2, lw - 2, fl->label[0] ? _(fl->label) : "", label_attr, true);
	text_put(y, 2 + lw - 2, 2, fl->required ? " *" : "", label_attr, true);
	if (fl->choices != NULL) {
		char shown_choice[96];

		snprintf(shown_choice, sizeof shown_choice, "< %s >",
		    _(choice_label(fl->choices, fl->value)));
		text_put(y, vx, vw, shown_choice,
		    theme_attr(focused ? STYLE_FOCUS : STYLE_FIELD), true);
		if (focused)
			*cy = y, *cx = vx + 2;
	} else {
		form_draw_text(f, i, y, vx, vw,
		    theme_attr(focused ? STYLE_FOCUS : STYLE_FIELD), cx);
		if (focused)
			*cy = y;
	}
	if (fl->message[0] != '\0' && mx < cols - 2) {
		char note[200];

		snprintf(note, sizeof note, "%s %s", fl->is_error ? "!" : "?", fl->message);
		text_put(y, mx, cols - mx - 1, note,
		    theme_attr(fl->is_error ? STYLE_ERROR : STYLE_WARNING), false);
	}
}

void
form_draw(struct form *f, int y, int rows, int *cy, int *cx)
{
	const struct form_field *focused = &f->fields[f->focus];
	int visible = rows - 2;

	if (f->focus < f->top)
		f->top = f->focus;
	if (f->focus >= f->top + visible)
		f->top = f->focus - visible + 1;
	for (int i = f->top; i < f->count && i - f->top < visible; i++)
		draw_field(f, i, y + i - f->top, cy, cx);
	if (focused->message[0] != '\0')
		text_put(y + rows - 1, 2, columns(f) - 4, focused->message,
		    theme_attr(focused->is_error ? STYLE_ERROR : STYLE_WARNING), true);
	else
		text_put(y + rows - 1, 2, columns(f) - 4, focused->help ? _(focused->help) : "",
		    theme_attr(STYLE_HINT), true);
}
