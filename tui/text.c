/* Text on the terminal, measured in columns with wcwidth so names in any script line up. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "term.h"
#include "text.h"

/*
 * One character as the terminal shows it (see term.h); *wc gets the first of what it becomes,
 * which is all callers measuring text need.
 */
static size_t
next_char(const char *s, wchar_t *wc, int *cols)
{
	wchar_t shown[TERM_CHAR_MAX];
	int n;
	size_t len = term_char(s, shown, &n, cols);

	*wc = n > 0 ? shown[0] : L' ';
	return len;
}

int
text_put(int y, int x, int width, const char *s, attr_t attr, bool pad)
{
	int used = 0;

	if (width <= 0)
		return 0;
	attrset(attr);
	move(y, x);
	while (s != NULL && *s != '\0') {
		wchar_t shown[TERM_CHAR_MAX];
		int n, cols;
		size_t len = term_char(s, shown, &n, &cols);

		if (used + cols > width)
			break;
		addnwstr(shown, n);
		used += cols;
		s += len;
	}
	for (; pad && used < width; used++)
		addch(' ');
	attrset(A_NORMAL);
	return used;
}

/* Bytes of s that fit in width columns, ending after a word where one ends in time. */
static size_t
line_fit(const char *s, int width)
{
	size_t fit = 0, last_space = 0;
	int used = 0;

	while (s[fit] != '\0') {
		wchar_t wc;
		int cols;
		size_t n = next_char(s + fit, &wc, &cols);

		if (used + cols > width)
			return last_space > 0 ? last_space : fit;
		if (wc == L' ')
			last_space = fit;
		used += cols;
		fit += n;
	}
	return fit;
}

int
text_wrap(int y, int x, int width, int rows, const char *s, attr_t attr)
{
	char line[1024];
	int used = 0;

	while (*s != '\0' && used < rows) {
		size_t n = line_fit(s, width);

		if (n == 0)
			break;
		snprintf(line, sizeof line, "%.*s", (int)n, s);
		text_put(y + used++, x, width, line, attr, true);
		s += n;
		while (*s == ' ')
			s++;
	}
	return used;
}

int
text_wrap_rows(int width, const char *s)
{
	int used = 0;

	while (*s != '\0') {
		size_t n = line_fit(s, width);

		if (n == 0)
			break;
		used++;
		s += n;
		while (*s == ' ')
			s++;
	}
	return used;
}

int
text_width(const char *s)
{
	int total = 0;

	while (*s != '\0') {
		wchar_t wc;
		int cols;

		s += next_char(s, &wc, &cols);
		total += cols;
	}
	return total;
}

char *
text_column(const char *s, int width, char *out, size_t size)
{
	const char *p = s;
	int used = 0;
	size_t n;

	while (*p != '\0') {
		wchar_t wc;
		int cols;
		size_t len = next_char(p, &wc, &cols);

		if (used + cols > width)
			break;
		used += cols;
		p += len;
	}
	n = (size_t)(p - s);
	snprintf(out, size, "%.*s%*s", (int)n, s, width - used, "");
	return out;
}

size_t
text_offset(const char *s, size_t chars)
{
	const char *p = s;

	while (chars-- > 0 && *p != '\0') {
		wchar_t wc;
		int cols;

		p += next_char(p, &wc, &cols);
	}
	return (size_t)(p - s);
}

size_t
text_chars(const char *s)
{
	size_t n = 0;

	while (*s != '\0') {
		wchar_t wc;
		int cols;

		s += next_char(s, &wc, &cols);
		n++;
	}
	return n;
}
