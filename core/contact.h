/*
 * One contact is one conversation with a customer: its channel, why they got in touch, how it
 * ended, whether it was avoidable (failure demand) and how satisfied they were.
 */
#ifndef CIVICDESK_CONTACT_H
#define CIVICDESK_CONTACT_H

#include <stdbool.h>

#include "session.h"

extern const struct choice contact_failure_demand[];	/* "" first: not avoidable */
extern const struct choice contact_satisfaction[];	/* "" first: not given, then 1-5 */
extern const struct choice contact_ad_completion[];
extern const struct choice contact_ad_barriers[];

struct contact_outcome {
	bool resolved_first;		/* resolved at first point of contact */
	char reason[160];		/* what the customer got in touch about */
	char failure_demand[24];	/* a contact_failure_demand code; "" when not avoidable */
	char satisfaction[2];		/* "1" to "5"; "" when not given */
	char notes[512];
	/* Assisted digital sessions only. */
	char ad_task[160];
	char ad_completion[16];
	char ad_barrier[16];
	char ad_signposted[160];
};

struct contact_entry {
	long long id;
	char started_at[17];		/* YYYY-MM-DD HH:MM */
	char channel[24];
	char staff[130];
	char reason[160];
	bool open;
	bool resolved_first;
	char failure_demand[24];
	char satisfaction[2];
};

/* Starts a contact with the customer on the session's channel. */
enum status contact_start(const struct session *s, const char *request_id, long long customer_id,
    long long *contact_id, struct error *err);

/* The contact this advisor left open with this customer (after a restart), or 0 in *contact_id. */
enum status contact_find_open(const struct session *s, long long customer_id,
    long long *contact_id, struct error *err);

/*
 * Ends the contact with its outcome. STATUS_INVALID when the outcome is incomplete (an assisted
 * digital session needs its task and completion); STATUS_NOT_FOUND when it was already ended.
 */
enum status contact_end(const struct session *s, const char *request_id, long long contact_id,
    const struct contact_outcome *outcome, struct error *err);

/* The customer's contacts, newest first: *out (caller frees) holds *count entries. */
enum status contact_history(struct db *db, long long customer_id, int limit,
    struct contact_entry **out, int *count, struct error *err);

#endif
