/* The screens' language: one catalogue at a time, swapped when an advisor signs in. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "po.h"

const struct choice i18n_languages[] = {
	{ "en", "English" },
	{ "cy", "Cymraeg" },
	{ NULL, NULL },
};

static struct po *catalogue;
static char language[8] = "en";

const char *
i18n_text(const char *msgid)
{
	const char *t = catalogue != NULL && msgid[0] != '\0' ? po_text(catalogue, msgid) : NULL;

	return t != NULL ? t : msgid;
}

const char *
i18n_plural(const char *msgid, const char *plural, unsigned long n)
{
	const char *t = catalogue != NULL ? po_plural(catalogue, msgid, n) : NULL;

	return t != NULL ? t : n == 1 ? msgid : plural;
}

enum status
i18n_use(const char *locales_dir, const char *code, struct error *err)
{
	char path[1100];
	struct po *next = NULL;

	if (choice_find(i18n_languages, code) == NULL)
		return error_set(err, STATUS_INVALID, "no screens in language \"%s\"", code);
	if (strcmp(code, "en") != 0) {
		snprintf(path, sizeof path, "%s/%s.po", locales_dir, code);
		if ((next = po_load(path, err)) == NULL)
			return err->status;
	}
	po_free(catalogue);
	catalogue = next;
	snprintf(language, sizeof language, "%s", code);
	return STATUS_OK;
}

const char *
i18n_language(void)
{
	return language;
}

void
i18n_end(void)
{
	po_free(catalogue);
	catalogue = NULL;
}
