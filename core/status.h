/* Status codes returned by core/ functions, with the message a user is shown for each. */
#ifndef CIVICDESK_STATUS_H
#define CIVICDESK_STATUS_H

#define STATUS_LIST(X) \
	X(OK,        "done") \
	X(NOT_FOUND, "not found") \
	X(INVALID,   "please check the highlighted fields") \
	X(OFFLINE,   "the database cannot be reached; your work is kept and will be retried") \
	X(DENIED,    "your role does not allow this") \
	X(CONFLICT,  "someone else changed this record; reopen it to see their change") \
	X(DB_ERROR,  "the database refused the change") \
	X(NO_MEMORY, "out of memory") \
	X(IO_ERROR,  "a file could not be read or written")

enum status {
#define STATUS_ENUM(name, msg) STATUS_##name,
	STATUS_LIST(STATUS_ENUM)
#undef STATUS_ENUM
};

/*
 * What went wrong, for the caller to show. The caller owns it; functions that take one fill both
 * fields on failure and leave it alone on success.
 */
struct error {
	enum status status;
	char detail[256];
};

/* The fixed message for a status: static storage, never NULL. */
const char *status_message(enum status status);

/* Sets err (when not NULL) and returns status, so failures read `return error_set(err, ...)`. */
enum status error_set(struct error *err, enum status status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
