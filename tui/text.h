/* Putting UTF-8 text on the screen by display width, never by bytes. */
#ifndef CIVICDESK_TEXT_H
#define CIVICDESK_TEXT_H

#include <curses.h>
#include <stddef.h>

/*
 * Draws s at (y, x) in at most width columns, padded with spaces to exactly width when pad is
 * true. Characters the terminal's locale cannot show are drawn as '?'. Returns columns used.
 */
int text_put(int y, int x, int width, const char *s, attr_t attr, bool pad);

/*
 * Draws s from row y over at most `rows` rows of width columns, breaking lines at spaces (a word
 * wider than a line is cut). Returns the rows used.
 */
int text_wrap(int y, int x, int width, int rows, const char *s, attr_t attr);

/* The rows text_wrap would use for s at width, however many there are. */
int text_wrap_rows(int width, const char *s);

/* Display width of s (invalid bytes count one column each). */
int text_width(const char *s);

/*
 * s cut or padded with spaces to exactly width columns, into out (size bytes): a column of a
 * table that stays straight whatever the letters (printf's %-20s counts bytes). Returns out.
 */
char *text_column(const char *s, int width, char *out, size_t size);

/* Byte length of the first `chars` characters of s. */
size_t text_offset(const char *s, size_t chars);

/* Number of characters (not bytes) in s. */
size_t text_chars(const char *s);

#endif
