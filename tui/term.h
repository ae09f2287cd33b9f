/*
 * The terminal's character set. Text is UTF-8 everywhere in civicdesk; a terminal that is not
 * UTF-8 (LANG=en_GB.ISO-8859-1 on an xterm, LANG=C on a vt100) is shown each character as it
 * has it, else as iconv transliterates it into the terminal's set, else the letter without its
 * accent from our own table (the C locale has no transliterations), else "?": never bytes it
 * would misread, and always in the columns the layout counted.
 */
#ifndef CIVICDESK_TERM_H
#define CIVICDESK_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#define TERM_CHAR_MAX 8		/* wide characters one character may become */

/* Reads the locale's character set; call after setlocale(). */
void term_init(void);

/* Is the terminal UTF-8, so every script can be shown? */
bool term_utf8(void);

/*
 * One UTF-8 character of s as the terminal shows it: out gets *n wide characters (for
 * addnwstr) taking *cols columns. Returns the bytes of s it used (1 for an invalid byte, shown
 * as "?"). s must not be at its end.
 */
size_t term_char(const char *s, wchar_t out[TERM_CHAR_MAX], int *n, int *cols);

/*
 * A typed character (what get_wch gives, in any locale) as UTF-8 in out; returns its bytes, 0
 * for a control character or one that is not a character.
 */
size_t term_encode(wchar_t wc, char out[4]);

/* Can the terminal show every character of s as it is (nothing replaced)? */
bool term_can_show(const char *s);

#endif
