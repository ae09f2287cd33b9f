/*
 * The plain-English checker: how easy a letter is to read, shown to the advisor before it is
 * issued and stored with it. Scores are the Flesch Reading Ease and the Flesch-Kincaid grade;
 * the rest points at what to change: long sentences, passive constructions it can spot, and
 * jargon from a word list (forms/plain-words.csv) with plainer alternatives.
 *
 * English only: other languages' letters are not scored.
 */
#ifndef CIVICDESK_PLAIN_H
#define CIVICDESK_PLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

#define PLAIN_LONG_SENTENCE 25	/* words: a sentence longer than this is flagged */
#define PLAIN_MAX_FINDINGS 32	/* findings kept of each kind; the counts go on */

/* A word or phrase to avoid, from the jargon list. */
struct plain_word {
	char *word;			/* lower case: "in order to", "utilise" */
	char *plain;			/* "to", "use"; "" when the fix is to say what is meant */
	char *fine_when;		/* the use that is fine ("for a meeting"); "" when none */
};

struct plain_words {
	struct plain_word *words;	/* longest phrase first, so phrases win over their words */
	int count;
};

/*
 * Reads the jargon list: CSV with a header line "word,plain,fine_when[,...]", fields quoted
 * when they hold a comma. Returns NULL with err set (STATUS_IO_ERROR, or STATUS_INVALID with
 * "file:line: ...") when it cannot be read. Free with plain_words_free.
 */
struct plain_words *plain_words_load(const char *path, struct error *err);
void plain_words_free(struct plain_words *w);

/* One thing found in the text, by its place so a screen can quote it. */
struct plain_finding {
	size_t offset, length;		/* bytes in the checked text */
	int words;			/* long sentences: how many words */
	const struct plain_word *word;	/* jargon: the list's entry */
};

struct plain_report {
	int sentences, words, syllables;
	double reading_ease;		/* Flesch Reading Ease: 60 and over is plain English */
	double grade;			/* Flesch-Kincaid grade level */
	double average_sentence;	/* words per sentence */
	int longest_sentence;		/* words */
	int nlong;			/* sentences over PLAIN_LONG_SENTENCE words */
	struct plain_finding longs[PLAIN_MAX_FINDINGS];
	int npassive;			/* "was sent", "will be collected", "has been agreed" */
	struct plain_finding passives[PLAIN_MAX_FINDINGS];
	int njargon;
	struct plain_finding jargon[PLAIN_MAX_FINDINGS];
};

/*
 * Checks UTF-8 text (a letter's body: the heading and paragraphs, not the address block).
 * Sentences end at . ! ? (not in "e.g.", "Mr.", "10.30", "£12.50" or a web address), or at a
 * paragraph break (a blank line) or a line that does not end in punctuation (a heading or a list
 * item). Words are runs of letters, digits, apostrophes and hyphens; a number or a reference
 * such as CS-2026-000123 counts as one word of one syllable. words NULL: no jargon check. The
 * report's jargon findings point into words: keep it while they are read.
 */
void plain_check(const char *text, const struct plain_words *words, struct plain_report *r);

/* Syllables in one English word (letters only; a heuristic good to about 90% of words). */
int plain_syllables(const char *word, size_t length);

/*
 * One line for the advisor: "Reading ease 68 (plain English) · grade 7 · 14 words a sentence,
 * longest 22 · 0 long · 1 passive · 0 jargon".
 */
void plain_summary(const struct plain_report *r, char *out, size_t size);

#endif
