/* {{name}} replacement: one pass to measure, one to write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "template.h"

#define NAME_MAX_LEN 64

/*
 * If s starts a {{name}}, copies the name (spaces trimmed) into name and returns the length of
 * the whole tag; 0 when s does not start a tag; -1 when the tag is not closed or too long.
 */
static int
tag(const char *s, char name[NAME_MAX_LEN])
{
	const char *start, *end, *close;
	size_t len;

	if (s[0] != '{' || s[1] != '{')
		return 0;
	if ((close = strstr(s + 2, "}}")) == NULL)
		return -1;
	for (start = s + 2; *start == ' '; start++)
		;
	for (end = close; end > start && end[-1] == ' '; end--)
		;
	len = (size_t)(end - start);
	if (len == 0 || len >= NAME_MAX_LEN || memchr(start, '{', len) != NULL)
		return -1;
	memcpy(name, start, len);
	name[len] = '\0';
	return (int)(close + 2 - s);
}

static const char *
lookup(const struct template_value *values, const char *name)
{
	for (; values->name != NULL; values++)
		if (strcmp(values->name, name) == 0)
			return values->value != NULL ? values->value : "";
	return "";
}

/* Writes the filled text to out when it is not NULL; returns its length either way. */
static size_t
expand(const char *text, const struct template_value *values, char *out)
{
	char name[NAME_MAX_LEN];
	size_t n = 0;

	while (*text != '\0') {
		int len = tag(text, name);

		if (len > 0) {
			const char *v = lookup(values, name);
			size_t vlen = strlen(v);

			if (out != NULL)
				memcpy(out + n, v, vlen);
			n += vlen;
			text += len;
			continue;
		}
		if (out != NULL)
			out[n] = *text;
		n++;
		text++;
	}
	return n;
}

char *
template_fill(const char *text, const struct template_value *values)
{
	size_t len = expand(text, values, NULL);
	char *out = malloc(len + 1);

	if (out == NULL)
		return NULL;
	expand(text, values, out);
	out[len] = '\0';
	return out;
}

static bool
known(const char *const *names, const char *name)
{
	for (; *names != NULL; names++)
		if (strcmp(*names, name) == 0)
			return true;
	return false;
}

bool
template_check(const char *text, const char *const *names, char *bad, size_t size)
{
	char name[NAME_MAX_LEN];

	for (; *text != '\0'; text++) {
		int len = tag(text, name);

		if (len < 0 || (len > 0 && !known(names, name))) {
			if (size > 0)
				snprintf(bad, size, "%s", len < 0 ? "{{" : name);
			return false;
		}
		if (len > 0)
			text += len - 1;
	}
	return true;
}
