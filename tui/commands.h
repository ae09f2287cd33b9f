/* Subcommands with more to them than a line of main.c. */
#ifndef CIVICDESK_COMMANDS_H
#define CIVICDESK_COMMANDS_H

#include <stdbool.h>

#include "config.h"

#define LETTER_MAX_SETS 8

/* civicdesk letter REF [--template NAME] [--format text|pdf] [-o FILE] [--set N=V] [--issue] */
struct letter_options {
	const char *reference;
	const char *outcome;		/* --template; NULL: the first the reference can have */
	const char *format;		/* text (default) or pdf */
	const char *output;		/* -o; NULL: standard output (text only) */
	const char *set[LETTER_MAX_SETS];	/* NAME=VALUE */
	int nsets;
	bool issue;
};

/*
 * Takes argv[*i] (and its value, moving *i on) when it is one of the letter's options; false
 * when it is not.
 */
bool letter_option(struct letter_options *o, int argc, char **argv, int *i);

/*
 * Renders (and with --issue keeps and prints) one letter, as the operating-system user, or as
 * `as` where the configuration allows demo sign-in. Returns the exit status.
 */
int command_letter(const struct letter_options *o, const struct config *cfg, const char *as,
    const char *os_user);

#endif
