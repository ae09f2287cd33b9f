/*
 * Letters: a template per outcome (and per service line where it says something particular),
 * filled from the case, appointment or receipt it is about, framed by the council's layout,
 * checked for plain English, then issued: kept with its score, spooled as text and PDF.
 *
 * Files under forms/letters/ (forms/letters/README.md): OUTCOME.txt, SERVICE/OUTCOME.txt,
 * layout.txt (the frame) and signatories.ini (who signs, by department); the jargon list is
 * forms/plain-words.csv.
 */
#ifndef CIVICDESK_LETTER_H
#define CIVICDESK_LETTER_H

#include <stdbool.h>

#include "catalogue.h"
#include "plain.h"
#include "session.h"
#include "status.h"
#include "template.h"

enum letter_outcome {
	LETTER_ACKNOWLEDGEMENT,
	LETTER_DECISION,
	LETTER_APPOINTMENT,
	LETTER_RECEIPT,
	LETTER_COMPLAINT_RESPONSE,
};

extern const struct choice letter_outcomes[];	/* acknowledgement "Acknowledgement" ... */

/* What the officer must say for a letter that no record holds: a decision and its reason. */
struct letter_question {
	const char *name;		/* the template's name: decision.approved */
	const char *label;
	bool yesno;			/* answered yes or no, filled as a truth */
};

/* The questions for an outcome, ended by a NULL name (none for most). */
const struct letter_question *letter_questions(enum letter_outcome outcome);

#define LETTER_ABOUT_LEN 24
#define LETTER_MAX_CHOICES 8

/* The letters that can be sent about one reference. */
struct letter_choices {
	int count;
	enum letter_outcome outcome[LETTER_MAX_CHOICES];
};

/*
 * What can be sent about reference (a case's, an appointment's AP-000123 or a receipt's
 * RCP-2026-000012): a case's service line lists its letters; an appointment has its
 * confirmation and a receipt its receipt. Needs no database.
 */
void letter_choices_for(const struct catalogue *cat, const char *reference,
    const char *service_id, struct letter_choices *out);

struct letter {
	char about[LETTER_ABOUT_LEN];	/* the reference, as stored */
	long long customer_id;
	long long case_id;		/* 0: not about a case */
	enum letter_outcome outcome;
	char template_name[128];	/* "missed-bin/acknowledgement" or "receipt" */
	char *heading;
	char *body;			/* heading and body as checked, without the frame */
	char *text;			/* the whole letter, UTF-8 */
	struct plain_report report;
	struct plain_words *words;	/* the jargon list the report's findings point into */
	char missing[256];		/* names with no value, "case.note, ..." */
	int nmissing;
};

/*
 * Fills a letter about reference. outcome < 0: the first the reference can have. answers
 * (ended by a NULL name; may be NULL) answer the outcome's letter_questions: "yes"/"no" for
 * yes-or-no ones. preview marks missing values in the text as "[name?]" (always listed in
 * missing). Reading the case and the customer is audited as a view. STATUS_NOT_FOUND for an
 * unknown reference or a template not in forms/letters; STATUS_INVALID for a broken template.
 * Free with letter_free.
 */
enum status letter_prepare(const struct session *s, const struct catalogue *cat,
    const char *reference, int outcome, const struct template_value *answers, bool preview,
    struct letter *out, struct error *err);
void letter_free(struct letter *l);

/*
 * Keeps the letter (text, template, score, who, when) with its case and customer, and notes it
 * on the case's timeline; *id gets it. Audited as a change to the customer's record.
 */
enum status letter_issue(const struct session *s, const char *request_id, const struct letter *l,
    long long *id, struct error *err);

/* A letter issued before, for the list on a case or customer and for reprinting. */
struct letter_issued {
	long long id;
	char about[LETTER_ABOUT_LEN];
	char outcome[24];
	char heading[160];
	char template_name[128];
	double reading_ease;
	char staff[130];		/* who issued it; "" for a batch */
	char issued_at[17];		/* YYYY-MM-DD HH:MM */
	int printed;
};

/* The letters issued about reference, newest first; the caller frees *out. */
enum status letter_list(struct db *db, const char *reference, struct letter_issued **out,
    int *count, struct error *err);

/*
 * A letter issued before, exactly as it was sent: *text (the caller frees it) and its heading.
 * Counts a reprint and audits it as a view of the customer's record.
 */
enum status letter_reprint(const struct session *s, const char *request_id, long long id,
    struct letter_issued *out, char **text, struct error *err);

/*
 * Spools letter id about a reference as letter-ABOUT-ID.txt and .pdf ("letter-RPT-2026-000123-7";
 * a reprint writes the same files again) and hands the PDF to the print command when there is
 * one, the text when the PDF could not be made. text_path and pdf_path (size bytes each) get
 * where they are; pdf_path is "" without a PDF.
 */
enum status letter_spool(const struct config *cfg, const char *about, long long id,
    const char *text, const char *heading, char *text_path, char *pdf_path, size_t size,
    struct error *err);

/*
 * Checks every template under forms_dir/letters (and layout.txt) for syntax and known names,
 * calling problem for each "file:line: message". Returns how many problems.
 */
int letter_check_files(const char *forms_dir, void (*problem)(const char *text, void *arg),
    void *arg);

#endif
