/*
 * Drafts: what an advisor typed but has not saved, kept when they step back, the terminal drops
 * or the database is away, and offered again when they next open the same record.
 */
#ifndef CIVICDESK_DRAFT_H
#define CIVICDESK_DRAFT_H

#include "session.h"

/*
 * Keeps body for (this advisor, customer_id, kind); customer_id 0 is a record not yet created.
 * Saved in the database, or, while it is unreachable, in a private file in the drafts folder
 * (moved to the database by draft_flush()). STATUS_OK when it was kept in either place.
 */
enum status draft_save(const struct session *s, long long customer_id, const char *kind,
    const char *body, struct error *err);

/*
 * The kept draft, newest first from the drafts folder and then the database: a string the
 * caller frees, with saved_at ("YYYY-MM-DD HH:MM") filled; NULL when there is none.
 */
char *draft_load(const struct session *s, long long customer_id, const char *kind,
    char saved_at[17]);

/* Forgets the draft in both places. */
void draft_discard(const struct session *s, long long customer_id, const char *kind);

/*
 * A draft's body: one "name=value" line per field, with newlines and backslashes in values
 * escaped. Returns a string the caller frees, or NULL when out of memory.
 */
char *draft_encode(const char *const *names, const char *const *values, int count);

/* Calls fn for each line of body with its name and its value unescaped (into a buffer of fn's). */
void draft_decode(const char *body, void (*fn)(const char *name, const char *value, void *arg),
    void *arg);

/* Moves drafts kept in files while offline into the database. Returns how many moved. */
int draft_flush(const struct session *s);

#endif
