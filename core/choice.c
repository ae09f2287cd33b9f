/* Look-ups in the { code, label } lists that name channels, outcomes and roles. */
#include <string.h>

#include "choice.h"

const struct choice *
choice_find(const struct choice *list, const char *code)
{
	for (; list->code != NULL; list++)
		if (strcmp(list->code, code) == 0)
			return list;
	return NULL;
}

const char *
choice_label(const struct choice *list, const char *code)
{
	const struct choice *c = choice_find(list, code);

	return c != NULL ? c->label : code;
}

size_t
choice_count(const struct choice *list)
{
	size_t n = 0;

	while (list[n].code != NULL)
		n++;
	return n;
}
