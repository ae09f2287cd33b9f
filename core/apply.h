/*
 * Apply for it: applications stopped part-way (the customer went to fetch a document, or ran out
 * of time) are paused on the customer's record, so any advisor on any terminal can resume them
 * at the next contact. The answers are kept as a draft body (draft_encode).
 */
#ifndef CIVICDESK_APPLY_H
#define CIVICDESK_APPLY_H

#include "session.h"

extern const struct choice apply_steps[];	/* eligibility, details, evidence */

struct apply_paused {
	char service_id[48];
	char title[96];
	char step[12];			/* apply_steps: where it stopped */
	char paused_by[130];
	char paused_at[17];		/* YYYY-MM-DD HH:MM */
};

/* Keeps (or replaces) the customer's paused application for a service line. */
enum status apply_pause(const struct session *s, const char *request_id, long long customer_id,
    const char *service_id, const char *title, const char *step, const char *body,
    struct error *err);

/* The customer's paused applications, newest first: *out (caller frees) holds *count. */
enum status apply_paused_list(struct db *db, long long customer_id, struct apply_paused **out,
    int *count, struct error *err);

/*
 * The paused application's body (caller frees) with *info filled, audited as a view of the
 * customer's record; NULL with err STATUS_NOT_FOUND when there is none.
 */
char *apply_resume(const struct session *s, const char *request_id, long long customer_id,
    const char *service_id, struct apply_paused *info, struct error *err);

/* Forgets it: the application was made, or abandoned. */
enum status apply_discard(const struct session *s, const char *request_id, long long customer_id,
    const char *service_id, struct error *err);

#endif
