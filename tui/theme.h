/* Named styles with a colour form and a monochrome form: colour never carries meaning alone. */
#ifndef CIVICDESK_THEME_H
#define CIVICDESK_THEME_H

#include <curses.h>

enum style {
	STYLE_NORMAL,
	STYLE_TITLE,		/* top line */
	STYLE_STATUS,		/* bottom line: who, where, channel, clock, database */
	STYLE_HINT,		/* key hints */
	STYLE_LABEL,
	STYLE_FIELD,		/* an editable value */
	STYLE_FOCUS,		/* the field being edited */
	STYLE_SELECTED,		/* highlighted row */
	STYLE_HEADING,
	STYLE_ERROR,		/* always also says so in words */
	STYLE_WARNING,
	STYLE_NOTICE,		/* access needs and other things an advisor must not miss */
	STYLE_OK,
	STYLE_COUNT
};

/* Sets up the styles for name (auto, colour, monochrome, high-contrast); honours NO_COLOR. */
void theme_init(const char *name);
attr_t theme_attr(enum style style);

#endif
