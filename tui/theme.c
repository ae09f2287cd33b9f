/* One row per style: the attributes without colour, and the colours when the terminal has them. */
#include <stdlib.h>
#include <string.h>

#include "theme.h"

struct style_def {
	attr_t mono;		/* monochrome and high contrast: bold, reverse, underline only */
	short fg, bg;		/* colour themes; -1 is the terminal's default */
	attr_t colour_extra;
};

static const struct style_def styles[STYLE_COUNT] = {
	[STYLE_NORMAL] = { A_NORMAL, -1, -1, A_NORMAL },
	[STYLE_TITLE] = { A_REVERSE | A_BOLD, COLOR_WHITE, COLOR_BLUE, A_BOLD },
	[STYLE_STATUS] = { A_REVERSE, COLOR_BLACK, COLOR_CYAN, A_NORMAL },
	[STYLE_HINT] = { A_NORMAL, COLOR_CYAN, -1, A_NORMAL },
	[STYLE_LABEL] = { A_NORMAL, -1, -1, A_NORMAL },
	[STYLE_FIELD] = { A_UNDERLINE, -1, -1, A_UNDERLINE },
	[STYLE_FOCUS] = { A_REVERSE, COLOR_BLACK, COLOR_YELLOW, A_NORMAL },
	[STYLE_SELECTED] = { A_REVERSE, COLOR_BLACK, COLOR_CYAN, A_NORMAL },
	[STYLE_HEADING] = { A_BOLD, -1, -1, A_BOLD },
	[STYLE_ERROR] = { A_BOLD, COLOR_RED, -1, A_BOLD },
	[STYLE_WARNING] = { A_BOLD, COLOR_YELLOW, -1, A_BOLD },
	[STYLE_NOTICE] = { A_BOLD | A_REVERSE, COLOR_BLACK, COLOR_YELLOW, A_BOLD },
	[STYLE_OK] = { A_NORMAL, COLOR_GREEN, -1, A_NORMAL },
};

static attr_t attrs[STYLE_COUNT];

static void
use_monochrome(attr_t extra)
{
	for (int i = 0; i < STYLE_COUNT; i++)
		attrs[i] = styles[i].mono | (i == STYLE_NORMAL ? 0 : extra);
}

static void
use_colour(void)
{
	use_default_colors();
	for (int i = 0; i < STYLE_COUNT; i++) {
		if (styles[i].fg == -1 && styles[i].bg == -1) {
			attrs[i] = styles[i].colour_extra;
			continue;
		}
		init_pair((short)i, styles[i].fg, styles[i].bg);
		attrs[i] = COLOR_PAIR(i) | styles[i].colour_extra;
	}
}

void
theme_init(const char *name)
{
	const char *no_color = getenv("NO_COLOR");
	bool want_colour = strcmp(name, "colour") == 0 || strcmp(name, "auto") == 0;

	if (strcmp(name, "high-contrast") == 0) {
		use_monochrome(A_BOLD);
		return;
	}
	if (no_color != NULL && no_color[0] != '\0' && strcmp(name, "auto") == 0)
		want_colour = false;
	if (want_colour && has_colors() && start_color() == OK && COLOR_PAIRS > STYLE_COUNT) {
		use_colour();
		return;
	}
	use_monochrome(A_NORMAL);
}

attr_t
theme_attr(enum style style)
{
	return attrs[style];
}
