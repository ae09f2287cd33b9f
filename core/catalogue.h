/*
 * The service catalogue: one INI file per service line under forms/<process type>/, read at
 * start-up so a council adds a service without recompiling. forms/README.md describes the files.
 *
 * Loading never fails because of one bad file: each problem is kept as "file:line: message",
 * the file is skipped, and the rest still loads. `civicdesk forms check` prints the problems.
 */
#ifndef CIVICDESK_CATALOGUE_H
#define CIVICDESK_CATALOGUE_H

#include <stdbool.h>

#include "choice.h"
#include "status.h"

enum field_type {
	FIELD_TEXT,
	FIELD_LONGTEXT,
	FIELD_NUMBER,
	FIELD_MONEY,		/* stored as whole pence */
	FIELD_DATE,		/* stored YYYY-MM-DD */
	FIELD_TIME,		/* stored HH:MM */
	FIELD_CHOICE,
	FIELD_YESNO,
	FIELD_POSTCODE,
	FIELD_PHONE,
	FIELD_EMAIL,
	FIELD_NINO,
	FIELD_ADDRESS,		/* one line ending in its postcode: the customer's own, or another */
	FIELD_LOCATION,		/* where something is, in words: "outside 12 Mill Lane, by the bus stop" */
	FIELD_SERVICE,		/* one of the catalogue's services (what feedback is about) */
};

/* What a field may be filled from, so the customer is not asked again ("tell us once"). */
enum field_prefill {
	PREFILL_NONE,
	PREFILL_NAME,
	PREFILL_ADDRESS,
	PREFILL_POSTCODE,
	PREFILL_PHONE,
	PREFILL_EMAIL,
	PREFILL_DATE_OF_BIRTH,
};

/* Applications are asked in steps: whether the customer can get it at all, then the details. */
enum field_step {
	STEP_DETAILS,
	STEP_ELIGIBILITY,		/* asked first, before any personal details are taken */
};

struct catalogue_field {
	char *name;			/* from [field.NAME]: the answer's key */
	enum field_type type;
	enum field_step step;
	char *label;
	char *help;			/* "" when none */
	bool required;
	enum field_prefill prefill;
	struct choice *choices;		/* FIELD_CHOICE: ends with { NULL, NULL } */
	long long min, max;		/* FIELD_NUMBER */
	int max_length;			/* characters; text fields */
	char *stop_if;			/* eligibility: answer codes "no | under_3" that end it; "" */
	char *stop_reason;		/* what the advisor says when it ends; "" when no stop_if */
	char *signpost;			/* where else the customer can go; "" when none */
};

/* A document the advisor must see before an application can be decided. */
struct catalogue_evidence {
	char *name;			/* from [evidence.NAME] */
	char *label;
	char *help;			/* "" when none */
	bool required;			/* the case waits for it; otherwise it helps but is not needed */
};

/* The message owed to the customer (and followers) when a case reaches a status. */
struct catalogue_notice {
	char *status;			/* "opened" or a casework status */
	char *text;			/* a template: {{reference}}, {{due}} ... */
};

#define CATALOGUE_MAX_FIELDS 64	/* questions one service line may ask */

struct catalogue_service {
	char *id;			/* "missed-bin", also the file's name */
	char *title;
	char *type;			/* report, request, apply, book, pay, find or feedback */
	char *kind;			/* feedback only: complaint, compliment or comment; else "" */
	char *department;
	char *team;			/* who resolves it by default; "" when none */
	char *summary;			/* one line for the service picker */
	char *keywords;			/* more words the picker matches */
	char *web;			/* where the customer can do it themselves; "" when nowhere */
	char *script;			/* names under forms/scripts and forms/letters; "" when none */
	char *letters;
	int standard_days;		/* working days to resolve (or, for feedback, respond) */
	int stage2_days;		/* complaints: working days for stage 2; else 0 */
	int duplicate_days;		/* reports: look back this many days for the same report */
	long long fee_pence;		/* 0: free */
	char *fee_note;			/* "for up to three items"; "" when none */
	char *fund;			/* with a fee: the fund its payments go to (pay_funds) */
	struct catalogue_field *fields;
	int nfields;
	struct catalogue_notice *notices;
	int nnotices;
	struct catalogue_evidence *evidence;	/* in file order */
	int nevidence;
	char *path;			/* the file it came from */
};

struct catalogue {
	struct catalogue_service *services;	/* by process type, then title */
	int count;
	char **problems;		/* "file:line: message", in file order */
	int nproblems;
};

extern const struct choice catalogue_process_types[];	/* report "Report it" ... */
extern const struct choice catalogue_field_types[];	/* text "Text" ... */

/*
 * Reads every *.ini under forms_dir/<process type>/. Returns NULL only when out of memory or
 * forms_dir cannot be read (err says which); problems in files are in the result. The caller
 * frees it with catalogue_free.
 */
struct catalogue *catalogue_load(const char *forms_dir, struct error *err);
void catalogue_free(struct catalogue *c);

const struct catalogue_service *catalogue_find(const struct catalogue *c, const char *id);

/* Does this answer to an eligibility question mean the customer cannot get the service? */
bool catalogue_field_stops(const struct catalogue_field *f, const char *value);

/* How many of s's fields are asked in step. */
int catalogue_step_count(const struct catalogue_service *s, enum field_step step);

/* The notice text for status, or NULL when the service line does not notify it. */
const char *catalogue_notice(const struct catalogue_service *s, const char *status);

#endif
