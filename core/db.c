/*
 * The session's PostgreSQL connection. Connecting and reconnecting are non-blocking so the screen
 * keeps answering keys while the server is away; statements are always parameterised.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "db.h"

#define RETRY_FIRST_MS	500
#define RETRY_MAX_MS	5000

struct db {
	char *conninfo;
	char *schema;
	PGconn *conn;
	enum db_state state;
	char detail[160];
	long long retry_at_ms;	/* when DB_OFFLINE: when to try again */
	int retry_ms;
	unsigned generation;
	PostgresPollingStatusType polling;	/* what PQconnectPoll last asked to wait for */
};

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* libpq's default notice processor writes to stderr, which would scribble over the screen. */
static void
ignore_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* Keeps the first line of a libpq message: later lines can quote statement text. */
static void
set_detail(struct db *db, const char *message)
{
	size_t n = strcspn(message, "\n");

	if (n >= sizeof db->detail)
		n = sizeof db->detail - 1;
	memcpy(db->detail, message, n);
	db->detail[n] = '\0';
}

static void
start_connect(struct db *db)
{
	/* Defaults first; the council's conninfo comes last so its values win. */
	const char *keys[] = { "keepalives", "keepalives_idle", "keepalives_interval",
	    "keepalives_count", "tcp_user_timeout", "connect_timeout", "application_name",
	    "dbname", NULL };
	const char *values[] = { "1", "30", "10", "3", "30000", "5", "civicdesk",
	    db->conninfo[0] != '\0' ? db->conninfo : NULL, NULL };

	if (db->conn != NULL)
		PQfinish(db->conn);
	db->conn = PQconnectStartParams(keys, values, 1);
	db->state = DB_CONNECTING;
	db->polling = PGRES_POLLING_WRITING;
	if (db->conn == NULL || PQstatus(db->conn) == CONNECTION_BAD) {
		set_detail(db, db->conn ? PQerrorMessage(db->conn) : "out of memory");
		db->state = DB_OFFLINE;
		db->retry_at_ms = now_ms() + db->retry_ms;
	}
}

static void
went_offline(struct db *db, const char *why)
{
	set_detail(db, why);
	db->state = DB_OFFLINE;
	db->retry_at_ms = now_ms() + db->retry_ms;
	if (db->retry_ms < RETRY_MAX_MS)
		db->retry_ms *= 2;
}

static void
connected(struct db *db)
{
	static const char sql[] = "SELECT pg_catalog.set_config('search_path', $1, false)";
	const char *params[] = { db->schema };
	PGresult *res;

	PQsetNoticeProcessor(db->conn, ignore_notice, NULL);
	res = PQexecParams(db->conn, sql, 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		went_offline(db, PQerrorMessage(db->conn));
		PQclear(res);
		return;
	}
	PQclear(res);
	db->state = DB_ONLINE;
	db->detail[0] = '\0';
	db->retry_ms = RETRY_FIRST_MS;
	db->generation++;
}

struct db *
db_open(const char *conninfo, const char *schema)
{
	struct db *db = calloc(1, sizeof *db);

	if (db == NULL)
		return NULL;
	db->conninfo = strdup(conninfo ? conninfo : "");
	db->schema = strdup(schema && schema[0] ? schema : "public");
	if (db->conninfo == NULL || db->schema == NULL) {
		db_close(db);
		return NULL;
	}
	db->retry_ms = RETRY_FIRST_MS;
	start_connect(db);
	return db;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	if (db->conn != NULL)
		PQfinish(db->conn);
	free(db->conninfo);
	free(db->schema);
	free(db);
}

/* One step of PQconnectPoll, taken only when the socket is ready so it never blocks. */
static void
poll_connect(struct db *db, int wait_ms)
{
	struct pollfd pfd = { .fd = PQsocket(db->conn) };
	PostgresPollingStatusType st;

	if (pfd.fd >= 0) {
		pfd.events = db->polling == PGRES_POLLING_READING ? POLLIN : POLLOUT;
		if (poll(&pfd, 1, wait_ms) == 0)
			return;
	}
	st = PQconnectPoll(db->conn);
	db->polling = st;
	if (st == PGRES_POLLING_OK)
		connected(db);
	else if (st == PGRES_POLLING_FAILED)
		went_offline(db, PQerrorMessage(db->conn));
}

/* A few handshake steps, waiting at most ~20 ms in all: a local connection completes at once. */
void
db_poll(struct db *db)
{
	if (db->state == DB_OFFLINE && now_ms() >= db->retry_at_ms)
		start_connect(db);
	for (int step = 0; step < 10 && db->state == DB_CONNECTING; step++)
		poll_connect(db, 2);
}

enum status
db_wait(struct db *db, int timeout_ms, struct error *err)
{
	long long deadline = now_ms() + timeout_ms;

	while (db->state != DB_ONLINE) {
		long long left = deadline - now_ms();

		if (left <= 0)
			break;
		if (db->state == DB_OFFLINE) {
			start_connect(db);
			if (db->state == DB_OFFLINE)
				break;
		}
		poll_connect(db, left > 100 ? 100 : (int)left);
		if (db->state == DB_OFFLINE)
			break;
	}
	if (db->state == DB_ONLINE)
		return STATUS_OK;
	return error_set(err, STATUS_OFFLINE, "cannot connect to the database: %s",
	    db->detail[0] ? db->detail : "no answer");
}

enum db_state
db_state(const struct db *db)
{
	return db->state;
}

const char *
db_state_detail(const struct db *db)
{
	return db->detail;
}

unsigned
db_generation(const struct db *db)
{
	return db->generation;
}

/*
 * A failed-over or dropped connection can report PGRES_FATAL_ERROR with no SQLSTATE while
 * PQstatus still says CONNECTION_OK, so the SQLSTATE decides: none, class 08 and 57P01-57P03 mean
 * the connection is gone.
 */
static bool
connection_lost(const PGconn *conn, const PGresult *res)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;

	if (PQstatus(conn) == CONNECTION_BAD || state == NULL)
		return true;
	return strncmp(state, "08", 2) == 0 || strcmp(state, "57P01") == 0 ||
	    strcmp(state, "57P02") == 0 || strcmp(state, "57P03") == 0;
}

static enum status
classify_failure(struct db *db, PGresult *res, struct error *err)
{
	const char *state;

	if (connection_lost(db->conn, res)) {
		went_offline(db, PQerrorMessage(db->conn));
		return error_set(err, STATUS_OFFLINE, NULL);
	}
	state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	if (strcmp(state, "23505") == 0 || strcmp(state, "40001") == 0)
		return error_set(err, STATUS_CONFLICT, NULL);
	if (strcmp(state, "42501") == 0)
		return error_set(err, STATUS_DENIED, NULL);
	/* Class CD is civicdesk's own: a rule the database keeps, worded for the advisor. */
	if (strncmp(state, "CD", 2) == 0)
		return error_set(err, STATUS_CONFLICT, "%s",
		    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
	/* The primary message names the constraint or column, never the values. */
	return error_set(err, STATUS_DB_ERROR, "%s",
	    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
}

struct pg_result *
db_exec(struct db *db, const char *sql, int nparams, const char *const *params, struct error *err)
{
	PGresult *res;
	ExecStatusType st;

	if (db->state != DB_ONLINE)
		db_poll(db);
	if (db->state != DB_ONLINE) {
		error_set(err, STATUS_OFFLINE, NULL);
		return NULL;
	}
	res = PQexecParams(db->conn, sql, nparams, NULL, params, NULL, NULL, 0);
	st = PQresultStatus(res);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return res;
	classify_failure(db, res, err);
	PQclear(res);
	return NULL;
}

struct pg_result *
db_exec_one(struct db *db, const char *sql, int nparams, const char *const *params,
    enum status none, const char *why, struct error *err)
{
	struct pg_result *res = db_exec(db, sql, nparams, params, err);

	if (res == NULL || db_rows(res) == 1)
		return res;
	PQclear(res);
	error_set(err, none, "%s", why);
	return NULL;
}

enum status
db_run(struct db *db, const char *sql, int nparams, const char *const *params, struct error *err)
{
	struct pg_result *res = db_exec(db, sql, nparams, params, err);

	if (res == NULL)
		return err ? err->status : STATUS_DB_ERROR;
	PQclear(res);
	return STATUS_OK;
}

enum status
db_run_script(struct db *db, const char *sql, struct error *err)
{
	PGresult *res;
	ExecStatusType st;

	if (db->state != DB_ONLINE)
		return error_set(err, STATUS_OFFLINE, NULL);
	res = PQexec(db->conn, sql);
	st = PQresultStatus(res);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
		PQclear(res);
		return STATUS_OK;
	}
	classify_failure(db, res, err);
	PQclear(res);
	return err ? err->status : STATUS_DB_ERROR;
}

void
db_clear(struct pg_result *res)
{
	PQclear(res);
}

void *
db_alloc_rows(const struct pg_result *res, size_t size, struct error *err)
{
	int n = PQntuples(res);
	void *rows = calloc(n > 0 ? (size_t)n : 1, size);

	if (rows == NULL)
		error_set(err, STATUS_NO_MEMORY, NULL);
	return rows;
}

void *
db_select(struct db *db, const char *sql, int nparams, const char *const *params, size_t size,
    db_fill_fn fill, int *count, struct error *err)
{
	struct pg_result *res = db_exec(db, sql, nparams, params, err);
	char *rows;

	*count = 0;
	if (res == NULL)
		return NULL;
	if ((rows = db_alloc_rows(res, size, err)) != NULL) {
		*count = PQntuples(res);
		for (int r = 0; r < *count; r++)
			fill(rows + (size_t)r * size, res, r);
	}
	PQclear(res);
	return rows;
}

int
db_rows(const struct pg_result *res)
{
	return PQntuples(res);
}

const char *
db_text(const struct pg_result *res, int row, const char *column)
{
	int col = PQfnumber(res, column);

	return col < 0 ? "" : PQgetvalue(res, row, col);
}

long long
db_int(const struct pg_result *res, int row, const char *column)
{
	return strtoll(db_text(res, row, column), NULL, 10);
}

bool
db_bool(const struct pg_result *res, int row, const char *column)
{
	return db_text(res, row, column)[0] == 't';
}

enum status
db_get(struct db *db, const char *sql, long long key, db_fill_fn fill, void *out,
    const char *why, struct error *err)
{
	char text[24];
	const char *params[] = { text };
	struct pg_result *res;

	snprintf(text, sizeof text, "%lld", key);
	if ((res = db_exec_one(db, sql, 1, params, STATUS_NOT_FOUND, why, err)) == NULL)
		return err->status;
	fill(out, res, 0);
	db_clear(res);
	return STATUS_OK;
}

char *
db_copy(const struct pg_result *res, int row, const char *column, char *out, size_t size)
{
	snprintf(out, size, "%s", db_text(res, row, column));
	return out;
}

bool
db_is_null(const struct pg_result *res, int row, const char *column)
{
	int col = PQfnumber(res, column);

	return col < 0 || PQgetisnull(res, row, col);
}

static enum status
db_write_begin(struct db *db, const char *request_id, const char *action, int staff_id,
    bool *replayed, long long *earlier, struct error *err)
{
	static const char claim[] =
	    "INSERT INTO request_log (request_id, action, staff_id) VALUES ($1, $2, NULLIF($3, '0')::int) "
	    "ON CONFLICT (request_id) DO NOTHING";
	static const char lookup[] =
	    "SELECT result_id FROM request_log WHERE request_id = $1";
	char staff[16];
	const char *params[] = { request_id, action, staff };
	struct pg_result *res;
	int claimed;

	*replayed = false;
	snprintf(staff, sizeof staff, "%d", staff_id);
	if (db_run(db, "BEGIN", 0, NULL, err) != STATUS_OK)
		return err ? err->status : STATUS_DB_ERROR;
	res = db_exec(db, claim, 3, params, err);
	if (res == NULL)
		goto fail;
	claimed = atoi(PQcmdTuples(res));
	PQclear(res);
	if (claimed == 1)
		return STATUS_OK;

	res = db_exec(db, lookup, 1, params, err);
	if (res == NULL)
		goto fail;
	*replayed = true;
	*earlier = db_rows(res) == 1 ? db_int(res, 0, "result_id") : 0;
	PQclear(res);
	db_rollback(db);
	return STATUS_OK;
fail:
	db_rollback(db);
	return err ? err->status : STATUS_DB_ERROR;
}

static enum status
db_write_commit(struct db *db, const char *request_id, long long result_id, struct error *err)
{
	static const char record[] =
	    "UPDATE request_log SET result_id = $2 WHERE request_id = $1";
	char result[24];
	const char *params[] = { request_id, result };

	snprintf(result, sizeof result, "%lld", result_id);
	if (db_run(db, record, 2, params, err) != STATUS_OK ||
	    db_run(db, "COMMIT", 0, NULL, err) != STATUS_OK) {
		db_rollback(db);
		return err ? err->status : STATUS_DB_ERROR;
	}
	return STATUS_OK;
}

enum status
db_write(struct db *db, const char *request_id, const char *action, int staff_id,
    db_write_fn fn, void *arg, long long *result, struct error *err)
{
	long long id = 0;
	bool replayed;
	enum status st;

	st = db_write_begin(db, request_id, action, staff_id, &replayed, &id, err);
	if (st != STATUS_OK || replayed) {
		if (st == STATUS_OK && result != NULL)
			*result = id;
		return st;
	}
	if (fn(arg, &id, err) != STATUS_OK) {
		db_rollback(db);
		return err->status;
	}
	if (result != NULL)
		*result = id;
	return db_write_commit(db, request_id, id, err);
}

void
db_rollback(struct db *db)
{
	PGresult *res;

	if (db->state != DB_ONLINE || PQtransactionStatus(db->conn) == PQTRANS_IDLE)
		return;
	res = PQexec(db->conn, "ROLLBACK");
	PQclear(res);
}

void
db_new_request_id(char out[DB_REQUEST_ID_LEN])
{
	unsigned char b[16];
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	ssize_t got = fd >= 0 ? read(fd, b, sizeof b) : -1;

	if (fd >= 0)
		close(fd);
	if (got != (ssize_t)sizeof b) {
		/* Uniqueness, not secrecy, is what matters here. */
		struct timespec ts;

		clock_gettime(CLOCK_REALTIME, &ts);
		srand((unsigned)(ts.tv_nsec ^ ts.tv_sec ^ getpid()));
		for (size_t i = 0; i < sizeof b; i++)
			b[i] = (unsigned char)rand();
	}
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	snprintf(out, DB_REQUEST_ID_LEN,
	    "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
	    b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
	    b[13], b[14], b[15]);
}
