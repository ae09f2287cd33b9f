/* The script panel beside a form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "text.h"
#include "theme.h"
#include "widget_script.h"

static void
first_unticked(struct script_panel *p)
{
	p->current = 0;
	while (p->current < SCRIPT_NSTEPS &&
	    (p->text[p->current] == NULL || p->ticked[p->current]))
		p->current++;
}

void
script_panel_set(struct script_panel *p, char *text[SCRIPT_NSTEPS])
{
	for (int i = 0; i < SCRIPT_NSTEPS; i++) {
		/* A step whose words changed (the reference arrived) is to be said again. */
		if (p->text[i] == NULL || text[i] == NULL || strcmp(p->text[i], text[i]) != 0)
			p->ticked[i] = false;
		free(p->text[i]);
		p->text[i] = text[i];
	}
	first_unticked(p);
}

void
script_panel_free(struct script_panel *p)
{
	for (int i = 0; i < SCRIPT_NSTEPS; i++) {
		free(p->text[i]);
		p->text[i] = NULL;
	}
}

void
script_panel_tick(struct script_panel *p)
{
	if (p->current < SCRIPT_NSTEPS)
		p->ticked[p->current] = true;
	first_unticked(p);
}

void
script_panel_reach(struct script_panel *p, enum script_step step)
{
	for (int i = 0; i < (int)step; i++)
		p->ticked[i] = true;
	first_unticked(p);
}

/* Which steps get their whole text: the one in hand, then those after it, while they fit. */
static void
choose_open(const struct script_panel *p, int width, int rows, bool open[SCRIPT_NSTEPS])
{
	int used = 0, order[SCRIPT_NSTEPS], n = 0;

	for (int i = 0; i < SCRIPT_NSTEPS; i++) {
		open[i] = false;
		used += p->text[i] != NULL;
	}
	if (p->current < SCRIPT_NSTEPS)
		order[n++] = p->current;
	for (int i = 0; i < SCRIPT_NSTEPS; i++)
		if (i != p->current && p->text[i] != NULL && !p->ticked[i])
			order[n++] = i;
	for (int k = 0; k < n; k++) {
		int more = text_wrap_rows(width, p->text[order[k]]);

		if (used + more > rows)
			break;
		open[order[k]] = true;
		used += more;
	}
}

void
script_panel_draw(const struct script_panel *p, int y, int x, int rows)
{
	int width = COLS - x - 3, row = y;
	bool open[SCRIPT_NSTEPS];

	for (int r = 0; r < rows; r++) {
		mvaddch(y + r, x, (chtype)'|' | theme_attr(STYLE_HINT));
		move(y + r, x + 1);
		clrtoeol();
	}
	text_put(row++, x + 2, width, _("Script (F3 hides, F4 ticks)"),
	    theme_attr(STYLE_HEADING), true);
	if (p->message != NULL && p->message[0] != '\0')
		row += text_wrap(row, x + 2, width, 3, p->message, theme_attr(STYLE_WARNING));
	choose_open(p, width - 2, y + rows - row, open);
	for (int i = 0; i < SCRIPT_NSTEPS && row < y + rows; i++) {
		char head[96];
		bool here = i == p->current;

		if (p->text[i] == NULL)
			continue;
		snprintf(head, sizeof head, "%s %s", p->ticked[i] ? "[x]" : here ? "[>]" : "[ ]",
		    _(script_steps[i].label));
		text_put(row++, x + 2, width, head,
		    theme_attr(here ? STYLE_FOCUS : p->ticked[i] ? STYLE_HINT : STYLE_LABEL), true);
		if (open[i])
			row += text_wrap(row, x + 4, width - 2, y + rows - row, p->text[i],
			    here ? A_NORMAL : theme_attr(STYLE_HINT));
	}
}

int
script_panel_width(void)
{
	return COLS / 3 > 33 ? COLS / 3 : 33;
}

bool
script_panel_has_text(const struct script_panel *p)
{
	for (int i = 0; i < SCRIPT_NSTEPS; i++)
		if (p->text[i] != NULL)
			return true;
	return false;
}

bool
script_panel_shown(const struct script_panel *p, const struct app *app)
{
	return app->session.staff.script_panel && script_panel_has_text(p) && COLS >= 72;
}

static void
toggle(struct app *app)
{
	struct error err;
	bool on = !app->session.staff.script_panel;

	if (session_set_script_panel(&app->session, on, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Not remembered for next time: %s"), err.detail);
	else
		app_message(app, MESSAGE_INFO, "%s", on ? _("Script shown (F3 hides it).") :
		    _("Script hidden (F3 shows it)."));
}

bool
script_panel_key(struct script_panel *p, struct app *app, enum action a)
{
	if (a == ACTION_SCRIPT)
		toggle(app);
	else if (a == ACTION_TICK)
		script_panel_tick(p);
	else
		return false;
	return true;
}
