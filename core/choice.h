/* Coded values with their labels: channels, outcomes, roles. The code is what the database holds. */
#ifndef CIVICDESK_CHOICE_H
#define CIVICDESK_CHOICE_H

#include <stddef.h>

/*
 * Marks a label for translation where it is shown (the screens look it up); core/ itself
 * always works in English.
 */
#ifndef N_
#define N_(s) (s)
#endif

struct choice {
	const char *code;
	const char *label;
};

/* Lists end with { NULL, NULL }. */
const char *choice_label(const struct choice *list, const char *code);
const struct choice *choice_find(const struct choice *list, const char *code);
size_t choice_count(const struct choice *list);

#endif
