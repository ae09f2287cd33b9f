/*
 * Cases: what a customer asked for, with a reference they can quote, a status lifecycle whose
 * every change is on a timeline, a due date from the service standard, escalation, and the
 * messages owed to the customer (and to anyone following the case) as it changes.
 */
#ifndef CIVICDESK_CASEWORK_H
#define CIVICDESK_CASEWORK_H

#include <stdbool.h>

#include "session.h"

#define CASEWORK_REFERENCE_LEN 24	/* "RPT-2026-000123" and its NUL, with room */

extern const struct choice casework_statuses[];	/* new, in_progress ... with labels */

/* Statuses in which a case is still being worked (counted for due and overdue). */
bool casework_is_open(const char *status);

/* A document an application needs, as the advisor marked it. */
extern const struct choice casework_evidence_states[];	/* needed, later, verified */

struct casework_evidence {
	char name[48];			/* the catalogue's [evidence.NAME] */
	char label[200];
	bool required;
	char state[12];			/* casework_evidence_states */
	char verified_by[130];		/* read back only */
	char verified_on[11];		/* YYYY-MM-DD; read back only */
};

/* A case to raise. Dates are YYYY-MM-DD; the due date comes from the calendar. */
struct casework_new {
	const char *service_id;		/* catalogue id, e.g. "missed-bin" */
	const char *process_type;	/* report, request, apply, book, pay, find, feedback */
	const char *title;		/* the service line's title */
	long long customer_id;
	long long contact_id;		/* the contact it was raised in; 0 if none */
	const char *received_on;
	const char *due_on;
	const char *location;		/* "" when not a place */
	const char *postcode;
	const char *team;		/* assigned on opening; NULL or "" for none */
	int nfields;			/* the form's answers */
	const char *const *names;
	const char *const *values;
	const char *message;		/* to the customer on opening; NULL: none */
	int nevidence;			/* documents asked for; verified ones as of received_on */
	const struct casework_evidence *evidence;
	long long fee_pence;		/* a fee owed for it, 0: none (an account is raised) */
	const char *fund;		/* the fee's fund */
};

/*
 * Raises the case in one transaction: reference, answers, documents, its fee account, the
 * "opened" event, an audit row and the customer's message. It opens awaiting the customer when
 * a required document is not yet verified. Messages here and below are filled in already, except that
 * {{reference}} becomes the case's reference, which is made inside the transaction. A retried
 * request_id returns the first attempt's case.
 */
enum status casework_open(const struct session *s, const char *request_id,
    const struct casework_new *n, long long *id, char reference[CASEWORK_REFERENCE_LEN],
    struct error *err);

struct casework_summary {
	long long id;
	char reference[CASEWORK_REFERENCE_LEN];
	char service_id[48];
	char title[96];
	char status[20];
	int stage;
	char due_on[11];		/* YYYY-MM-DD */
	char customer[132];
	char location[96];
	bool overdue;			/* open and due before today */
	bool due_today;
};

enum casework_scope {
	CASEWORK_OF_CUSTOMER,		/* key: customer id; open and closed */
	CASEWORK_AT_SERVICE_POINT,	/* key: service point id; open only */
	CASEWORK_RAISED_BY,		/* key: staff id ("my cases"); open only */
};

/*
 * Cases in scope, open ones first by due date: *out (caller frees) holds *count. today is
 * YYYY-MM-DD and decides overdue and due today.
 */
enum status casework_list(struct db *db, enum casework_scope scope, long long key,
    const char *today, int limit, struct casework_summary **out, int *count, struct error *err);

/*
 * Open cases of the same service line at the same postcode (or, without one, the same
 * location text) raised in the last `days` days: the duplicate-report prompt.
 */
enum status casework_nearby(struct db *db, const char *service_id, const char *postcode,
    const char *location, int days, const char *today, struct casework_summary **out,
    int *count, struct error *err);

struct casework_detail {
	struct casework_summary summary;
	long long customer_id;
	char received_on[11];
	char assigned_team[64];
	char assigned_officer[96];
	int followers;
};

/* One case, audited as a view of the customer's record. */
enum status casework_get(const struct session *s, const char *request_id, long long id,
    struct casework_detail *out, struct error *err);

struct casework_event {
	char at[17];			/* YYYY-MM-DD HH:MM */
	char staff[130];
	char kind[12];			/* opened, status, note, assigned, extended, escalated, follower,
					   evidence */
	char status[20];
	char note[256];
	char due_on[11];		/* "" unless the event set one */
};

/* The timeline, oldest first: *out (caller frees) holds *count. */
enum status casework_timeline(struct db *db, long long id, struct casework_event **out,
    int *count, struct error *err);

/* The form's answers: *names and *values (one allocation each, caller frees) hold *count. */
enum status casework_answers(struct db *db, long long id, char ***names, char ***values,
    int *count, struct error *err);
void casework_free_answers(char **names, char **values, int count);

/*
 * Changes the status with a note. message (already filled, NULL for none) goes to the customer
 * and every follower. STATUS_INVALID for an unknown status or no change.
 */
enum status casework_set_status(const struct session *s, const char *request_id, long long id,
    const char *status, const char *note, const char *message, struct error *err);

/* Adds a note to the timeline. */
enum status casework_note(const struct session *s, const char *request_id, long long id,
    const char *note, struct error *err);

/* Assigns to a team and, optionally, a named resolution officer; the reason is required. */
enum status casework_assign(const struct session *s, const char *request_id, long long id,
    const char *team, const char *officer, const char *reason, struct error *err);

/* Moves the due date (YYYY-MM-DD, later than now due); the reason is required. */
enum status casework_extend(const struct session *s, const char *request_id, long long id,
    const char *due_on, const char *reason, struct error *err);

/*
 * Takes a complaint from stage 1 to stage 2 with its new due date, keeping the history.
 * STATUS_INVALID when already at stage 2.
 */
enum status casework_escalate(const struct session *s, const char *request_id, long long id,
    const char *due_on, const char *reason, struct error *err);

/* The case's documents in the service line's order: *out (caller frees) holds *count. */
enum status casework_evidence_list(struct db *db, long long id, struct casework_evidence **out,
    int *count, struct error *err);

/*
 * Marks one document (state: needed, later or verified, by this advisor on today, YYYY-MM-DD).
 * The case moves to in progress when the last required one is verified while it was awaiting
 * the customer, and back to awaiting the customer when a required one is no longer verified;
 * *status (20 bytes) gets the status it has afterwards.
 */
enum status casework_evidence_mark(const struct session *s, const char *request_id, long long id,
    const char *name, const char *state, const char *today, char *status, struct error *err);

/* Adds a customer to a case's updates instead of raising a duplicate. */
enum status casework_follow(const struct session *s, const char *request_id, long long id,
    long long customer_id, long long contact_id, struct error *err);

#endif
