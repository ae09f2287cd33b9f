/* Constructors of the screens; each returns a screen for app_push() or NULL when out of memory. */
#ifndef CIVICDESK_SCREENS_H
#define CIVICDESK_SCREENS_H

#include "app.h"
#include "book.h"
#include "casework.h"
#include "customer.h"
#include "pay.h"

/* Waits for the database if needed, then signs in `username` or offers the staff pick list. */
struct screen *signin_screen_new(const char *username);

/* The home screen: search as you type. */
struct screen *search_screen_new(void);

/* The single view of a customer; starts (or resumes) a contact with them when `start`. */
struct screen *customer_screen_new(struct app *app, long long customer_id, bool start);

/* Edits `existing` (NULL: a new customer). A kept draft is loaded when resume is true. */
struct screen *edit_screen_new(struct app *app, const struct customer *existing, bool resume);

/* Likely duplicates of `draft`, found before creating it; Enter opens one instead. */
struct screen *duplicates_screen_new(const struct customer *draft, struct customer_match *matches,
    int count);

/* The outcome of the contact in progress. */
struct screen *outcome_screen_new(struct app *app);

/* The keys for the contexts the screen below was in. */
struct screen *help_screen_new(unsigned contexts);

/* Picks the channel for new contacts. */
struct screen *channel_screen_new(struct app *app);

/* F7: picks a service line, then its form, for the customer; the case opens on submit. */
void screens_raise(struct app *app, long long customer_id);

/* The form for one service line (an application resumes where it was paused). */
struct screen *raise_screen_new(struct app *app, const struct catalogue_service *svc,
    long long customer_id);

/*
 * An eligibility answer rules the customer out: why, and where else to go. Enter ends the
 * application (closing the form below, forgetting its drafts); Back returns to the form.
 */
struct screen *ineligible_screen_new(const struct catalogue_service *svc,
    const struct catalogue_field *field, const char *answer, long long customer_id,
    const char *draft_kind);

/* A document as a checklist row: "[Verified]  Proof of identity: seen 24/11/2026 by ...". */
void screens_evidence_row(const struct casework_evidence *e, char *out, size_t size);

/* The state a key gives a document (V, L, N, Space cycles from current); NULL: not such a key. */
const char *screens_evidence_key(int key, const char *current);

/*
 * Draws the key line and the checklist from row y in `rows` rows; returns how many required
 * documents are not yet verified.
 */
int screens_evidence_draw(struct app *app, const struct casework_evidence *e, int count,
    int selected, int y, int rows);

/* How many required documents are not yet verified. */
int screens_evidence_missing(const struct casework_evidence *e, int count);

/* A case's documents, marked (and saved) as the customer brings them. */
struct screen *evidence_screen_new(struct app *app, long long case_id, const char *reference);

/* One case: what was asked, its timeline, and (F6) what can be done with it. */
struct screen *case_screen_new(struct app *app, long long case_id);
struct script_panel;
/* Gives the case screen s the script of the form that raised it (taken; freed if s is not one). */
void case_screen_script(struct screen *s, struct script_panel *script);

/* A case as one list row: reference, service, status, due date, OVERDUE or DUE TODAY. */
void screens_case_row(const struct casework_summary *c, bool with_customer, char *out,
    size_t size);
/* The theme style of that row: overdue and due today stand out where colour exists. */
int screens_case_style(const struct casework_summary *c, bool selected);

/* F9: cases raised by me, or at my service point, open ones due first. */
struct screen *cases_screen_new(struct app *app);

/* An account: balance, recent transactions; F6 takes a payment or voids one. */
struct screen *account_screen_new(struct app *app, long long account_id);

/* Taking a payment into an account (NULL, with a message, when the role may not). */
struct screen *payment_screen_new(struct app *app, const struct pay_account *account);

/* A receipt by number: shown, printed with P, voided by a supervisor through F6. */
struct screen *receipt_screen_new(struct app *app, const char *number);

/* F11: today's takings in my till or at my service point, and the end-of-day cash-up. */
struct screen *till_screen_new(struct app *app);

/* F6 on a customer: the kinds of appointment, then free times; Enter books one. */
void screens_book(struct app *app, long long customer_id);
/* One appointment; F6 moves or cancels it, or records a no-show. */
struct screen *appointment_screen_new(struct app *app, long long appointment_id);
/* An appointment as a list row: "Tue  1 Dec 10:30am  Council tax advice  Sam Taylor  Booked". */
void screens_appointment_row(const struct book_appointment *a, char *out, size_t size);
/* Ctrl-R: reception at my service point: waiting customers, expected arrivals, calling. */
struct screen *queue_screen_new(struct app *app);
/* Ctrl-K: Find it, for the customer of the contact in progress if there is one. */
struct screen *find_screen_new(struct app *app);
/*
 * A few lines of text to fill in (the first is required): fn gets the values when F10 (or
 * Enter on the last) is pressed and returns true to close. labels and helps have count entries; arg is borrowed.
 */
typedef bool (*prompt_fn)(struct app *app, char *const *values, void *arg);
struct screen *prompt_screen_new(const char *title, const char *intro, const char *const *labels,
    const char *const *helps, int count, prompt_fn fn, void *arg);

/* L on a customer: the I speak card, phrases in their language, an interpreter. */
void screens_language(struct app *app, const struct customer *c, const char *reference);
/* As a contact starts: the customer's needs, which the advisor must acknowledge. */
void screens_needs_prompt(struct app *app, const struct customer *c, const char *reference);
/* Ctrl-O: the language of these screens, kept for the advisor. */
void screens_screen_language(struct app *app);
/* F4 on search: the I speak card for someone not yet found. */
void screens_ispeak(struct app *app);

/* F7 on a case or appointment: the letters it can have, and those sent, to reprint. */
void screens_letters(struct app *app, const char *reference, const char *service_id);

/*
 * Loads the customer screen in place of whatever is above the search screen (closing those
 * screens: callers must not touch their own screen afterwards).
 */
void screens_open_customer(struct app *app, long long customer_id, bool start);
/* The same over the screens already open (reception stays below), needs prompt included. */
void screens_push_customer(struct app *app, long long customer_id, bool start);

#endif
