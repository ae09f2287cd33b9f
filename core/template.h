/*
 * The one small template language of scripts, letters and messages: {{name}} is replaced by a
 * value. No logic, so a council can edit templates without learning a language; sections and
 * partials come with letters.
 */
#ifndef CIVICDESK_TEMPLATE_H
#define CIVICDESK_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

struct template_value {
	const char *name;
	const char *value;
};

/*
 * text with every {{name}} replaced from values (ended by a NULL name); a name not there
 * becomes "". Spaces inside the braces are allowed: {{ name }}. Returns a string the caller
 * frees, or NULL when out of memory.
 */
char *template_fill(const char *text, const struct template_value *values);

/*
 * Whether every {{name}} in text is one of names (ended by NULL) and every {{ is closed. When
 * not, bad gets the first name that is not known, or "{{" for one not closed.
 */
bool template_check(const char *text, const char *const *names, char *bad, size_t size);

#endif
