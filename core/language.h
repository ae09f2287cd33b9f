/*
 * Language support and access needs: what a customer needs to be served (their languages, an
 * interpreter, accessible formats, other adjustments), the interpreting used on a contact, and
 * the phrase catalogues (locales/phrases/LANG.po) whose short phrases an advisor shows a
 * customer in the customer's own language.
 */
#ifndef CIVICDESK_LANGUAGE_H
#define CIVICDESK_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "choice.h"
#include "customer.h"
#include "session.h"
#include "status.h"

/* Accessible formats, as the customer's record names them: "large print", "braille" ... */
extern const struct choice language_formats[];	/* large_print "large print" ... */

/*
 * "Braille , LARGE print" becomes "large print, braille": the formats' own words, in the list's
 * order, without repeats. false when a word is not a format (out says which).
 */
bool language_formats_normalise(const char *text, char *out, size_t size);

/* How interpreting was given on a contact. */
extern const struct choice language_interpreting_kinds[];	/* telephone, video, face_to_face, bsl */

/* Does the customer need anything to be served well: an interpreter, another language, a
 * format or an adjustment? */
bool language_has_needs(const struct customer *c);

/*
 * The needs in plain sentences for the prompt at the start of a contact: "Needs a Polish
 * interpreter. Writes in English. Letters in large print. Adjustments: hearing loop." tr
 * translates each sentence's format (NULL: English).
 */
void language_needs_text(const struct customer *c, const char *(*tr)(const char *), char *out,
    size_t size);

/* The language letters and phrases go to the customer in: written, else spoken. */
const char *language_written(const struct customer *c);

/* A phrase catalogue: one language's phrases and what is known about it. */
struct phrase_language {
	char code[16];			/* pl, zh_Hans: the file's name */
	char name[64];			/* in English: "Polish" */
	char native[96];		/* in its own script: "Polski", "العربية" */
	char latin[96];			/* its own name in Latin letters: "al-Arabiyya" */
	char ascii[64];			/* the same in ASCII: "Lietuviu" */
	char script[8];			/* ISO 15924: Latn, Arab ... */
	bool rtl;
	char review[16];		/* draft or reviewed */
	struct po *po;
};

struct phrasebook {
	struct phrase_language *languages;	/* by English name */
	int count;
	char **problems;		/* catalogues that could not be read: "file:line: what" */
	int nproblems;
};

/*
 * Reads each .po file in locales_dir/phrases. A catalogue that cannot be read is a problem, kept,
 * and left out. NULL only when out of memory. Free with phrasebook_free.
 */
struct phrasebook *phrasebook_load(const char *locales_dir, struct error *err);
void phrasebook_free(struct phrasebook *pb);

/*
 * The catalogue for a language as the customer's record names it: "Polish", "polish", "Chinese
 * (Mandarin)" (the part before the bracket when nothing matches whole), or a code "pl"; NULL
 * when there is none.
 */
const struct phrase_language *phrasebook_find(const struct phrasebook *pb, const char *language);

/* The phrase in lang, or NULL when the catalogue does not have it. */
const char *phrase_text(const struct phrase_language *lang, const char *english);

/* The phrases an advisor can show, in English (the catalogues' msgids), ended by NULL. */
extern const char *const language_phrases[];

/* "I speak this language" and "Please point to your language.": the I-speak card's. */
#define PHRASE_I_SPEAK "I speak this language"
#define PHRASE_POINT "Please point to your language."
#define PHRASE_LETTER_HELP "If you need help to read this letter, call %s. We can get an " \
	"interpreter for you."

/* Interpreting on a contact, as recorded. */
struct language_interpreting {
	const char *language;
	const char *kind;		/* language_interpreting_kinds */
	int minutes;
	const char *booking;		/* the interpreting service's reference; may be "" */
};

/*
 * Records interpreting used on contact (one of the advisor's, in progress or ended today),
 * audited as a change to the customer's record. STATUS_INVALID for an unknown kind, minutes
 * outside 1..600 or no language.
 */
enum status language_record_interpreting(const struct session *s, const char *request_id,
    long long contact_id, const struct language_interpreting *li, long long *id,
    struct error *err);

/*
 * Sets the customer's spoken language (from the I-speak card), and the written one when it was
 * the same, audited; before is the record as read (its version guards against a lost update).
 */
enum status language_set_spoken(const struct session *s, const char *request_id,
    const struct customer *before, const char *language, struct customer *after,
    struct error *err);

#endif
