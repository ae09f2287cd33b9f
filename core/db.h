/*
 * One PostgreSQL connection per session: parameterised statements, write transactions under a
 * client-made request id, and reconnection that never blocks the screen.
 */
#ifndef CIVICDESK_DB_H
#define CIVICDESK_DB_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

struct db;
struct pg_result;		/* libpq's PGresult; only core/ looks inside */

enum db_state {
	DB_ONLINE,
	DB_CONNECTING,		/* a connection attempt is under way */
	DB_OFFLINE,		/* the last attempt failed; another starts after a pause */
};

#define DB_REQUEST_ID_LEN 37	/* a UUID in text form, with its terminating NUL */

/*
 * Starts connecting with a libpq conninfo string (empty: PG* environment variables only) and the
 * given schema as search_path. Never blocks. Returns NULL only when out of memory; free with
 * db_close().
 */
struct db *db_open(const char *conninfo, const char *schema);
void db_close(struct db *db);

/* Advances a connection attempt without blocking; call it from the event loop. */
void db_poll(struct db *db);

/* Waits up to timeout_ms for the connection (for start-up and subcommands). */
enum status db_wait(struct db *db, int timeout_ms, struct error *err);

enum db_state db_state(const struct db *db);

/* Why the last connection attempt failed, for the status line: never NULL, "" when none. */
const char *db_state_detail(const struct db *db);

/* Counts connections made, so the UI can notice a reconnect and refresh what it shows. */
unsigned db_generation(const struct db *db);

/*
 * Runs one statement with $n parameters (NULL entries are SQL NULL). Returns the result, to be
 * freed with db_clear(), when the server answered with rows or "command ok"; otherwise NULL with
 * err set: STATUS_OFFLINE when the connection is lost (reconnection then starts by itself),
 * STATUS_CONFLICT for a unique or serialisation violation, STATUS_DB_ERROR for anything else.
 */
struct pg_result *db_exec(struct db *db, const char *sql, int nparams,
    const char *const *params, struct error *err);

/*
 * db_exec() for a statement that must return exactly one row: no row is STATUS `none` with
 * the message `why` (e.g. STATUS_CONFLICT for an update that found another version).
 */
struct pg_result *db_exec_one(struct db *db, const char *sql, int nparams,
    const char *const *params, enum status none, const char *why, struct error *err);

/* Runs a statement whose result is not needed. */
enum status db_run(struct db *db, const char *sql, int nparams, const char *const *params,
    struct error *err);

/*
 * Runs several statements shipped with the program (migrations, demo data): no parameters, so
 * never pass it anything a user typed.
 */
enum status db_run_script(struct db *db, const char *sql, struct error *err);

void db_clear(struct pg_result *res);

/*
 * An array of one element of `size` bytes per row of res, zeroed, for the caller to fill and
 * free(); never NULL unless out of memory (then err is set). An empty result gives one element.
 */
void *db_alloc_rows(const struct pg_result *res, size_t size, struct error *err);

/*
 * Runs a query and returns one element of `size` bytes per row (one, zeroed, for no rows), each
 * filled by fill(element, res, row); *count gets the rows. The caller frees the array. NULL with
 * err set when the query or the allocation failed.
 */
typedef void (*db_fill_fn)(void *element, const struct pg_result *res, int row);
void *db_select(struct db *db, const char *sql, int nparams, const char *const *params,
    size_t size, db_fill_fn fill, int *count, struct error *err);

/*
 * Runs sql with $1 = key and fills out from its one row with fill. STATUS_NOT_FOUND with the
 * message why when there is no row.
 */
enum status db_get(struct db *db, const char *sql, long long key, db_fill_fn fill, void *out,
    const char *why, struct error *err);

/* Reading results, columns by name. Values are borrowed from res. */
int db_rows(const struct pg_result *res);
const char *db_text(const struct pg_result *res, int row, const char *column);
long long db_int(const struct pg_result *res, int row, const char *column);
bool db_bool(const struct pg_result *res, int row, const char *column);
bool db_is_null(const struct pg_result *res, int row, const char *column);

/* Copies a column's text into out (size bytes, cut short if it must be); returns out. */
char *db_copy(const struct pg_result *res, int row, const char *column, char *out, size_t size);
#define DB_COPY(field, res, row, column) db_copy(res, row, column, field, sizeof field)

/* Abandons the transaction in progress, if any. */
void db_rollback(struct db *db);

/*
 * A write: opens a transaction and claims request_id for action, runs fn (which does the work
 * with db_exec and sets *result, e.g. the new row's id), records *result against the request
 * and commits; rolls back if anything fails. When request_id was committed before (a retry
 * after a lost connection), fn is not called and *result is the first attempt's.
 */
typedef enum status (*db_write_fn)(void *arg, long long *result, struct error *err);
enum status db_write(struct db *db, const char *request_id, const char *action, int staff_id,
    db_write_fn fn, void *arg, long long *result, struct error *err);

/* Fills out with a new random request id (version 4 UUID). */
void db_new_request_id(char out[DB_REQUEST_ID_LEN]);

#endif
