/*
 * Call and visit scripts: what an advisor says, step by step, so every customer gets the same
 * clear answer. forms/scripts/TYPE.ini is a process type's script; forms/scripts/NAME.ini (the
 * service line's `script`, by default its id) changes the steps it sets. Each step is a template
 * filled from the council, the advisor, the customer, the service line and the case
 * (forms/scripts/README.md lists the names).
 */
#ifndef CIVICDESK_SCRIPT_H
#define CIVICDESK_SCRIPT_H

#include "calendar.h"
#include "catalogue.h"
#include "choice.h"
#include "config.h"
#include "customer.h"
#include "session.h"
#include "status.h"

/* The steps, in the order they are said. */
enum script_step {
	SCRIPT_GREETING,
	SCRIPT_IDENTITY,
	SCRIPT_QUESTIONS,
	SCRIPT_EXPECTATIONS,
	SCRIPT_ONLINE,
	SCRIPT_ANYTHING_ELSE,
	SCRIPT_CLOSING,
	SCRIPT_NSTEPS,
};

extern const struct choice script_steps[];	/* greeting "Greeting" ... in step order */

struct scripts;

/*
 * Reads each .ini file in forms_dir/scripts. Like the catalogue, a bad file is a problem kept as
 * "file:line: message" and skipped; NULL only when out of memory. A missing folder is no
 * scripts. Free with scripts_free.
 */
struct scripts *scripts_load(const char *forms_dir, struct error *err);
void scripts_free(struct scripts *sc);
int scripts_problem_count(const struct scripts *sc);
const char *scripts_problem(const struct scripts *sc, int i);

/* The template for one step of svc's script: its own, else its process type's; NULL: none. */
const char *scripts_step(const struct scripts *sc, const struct catalogue_service *svc,
    enum script_step step);

/* What a script is filled from. customer and reference may be NULL or "". */
struct script_context {
	const struct config *cfg;
	const struct staff *advisor;
	const struct customer *customer;
	const struct catalogue_service *svc;
	const char *channel;		/* session_channels: phone, face_to_face ... */
	const char *reference;		/* the case's, once saved */
	struct date due;		/* from the service standard */
	struct moment now;
};

/*
 * Fills each step of svc's script into text[step] (the caller frees each with free()); a step
 * with nothing to say (none in the files, or empty once filled, as the online step is for a
 * customer who cannot use the website) is NULL. STATUS_NO_MEMORY or STATUS_INVALID (a broken
 * template) with err set; text is then all NULL.
 */
enum status script_fill(const struct scripts *sc, const struct script_context *ctx,
    char *text[SCRIPT_NSTEPS], struct error *err);

#endif
