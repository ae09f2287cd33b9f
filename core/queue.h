/*
 * Reception at a service point: booked customers checked in when they arrive, walk-ins given a
 * ticket, advisors calling the next customer, waiting times against the service point's
 * published standard, and appointments nobody came to.
 *
 * The order customers are called in: a booked customer whose appointment time has come, first
 * (earliest appointment first); then everyone else by when their wait began. A booked customer
 * who comes early waits from their appointment time, not from arrival. "Call next" offers an
 * advisor only the booked customers booked with them; any row can be called by choice.
 *
 * Times are the service point's civil clock (calendar_now), passed in so tests can fix it.
 */
#ifndef CIVICDESK_QUEUE_H
#define CIVICDESK_QUEUE_H

#include "calendar.h"
#include "session.h"

#define QUEUE_TICKET_LEN 8		/* "W012", "A003" */
#define QUEUE_LATE_MINUTES 15		/* after this a booked customer not yet here may be a no-show */

struct queue_entry {
	long long id;
	char ticket[QUEUE_TICKET_LEN];
	char name[128];
	long long customer_id;		/* 0: not looked up */
	long long appointment_id;	/* 0: a walk-in */
	char appointment[64];		/* booked: "10:30am Council tax advice with Sam Taylor" */
	char reason[128];
	struct moment arrived;
	int waited;			/* minutes so far (waiting) or until called */
	bool over_standard;		/* waited longer than the published standard */
};

struct queue_expected {
	long long appointment_id;
	char reference[16];
	long long customer_id;
	char customer[128];
	char type[96];
	struct moment start;
	char staff[64];
	bool late;			/* QUEUE_LATE_MINUTES past the start and not here */
};

struct queue_board {
	int standard;			/* the published wait, minutes */
	int served;			/* called today */
	int served_within;		/* of those, called within the standard */
	int longest;			/* the longest wait of those waiting now */
	struct queue_entry *waiting;	/* in calling order */
	int nwaiting;
	struct queue_expected *expected;	/* today's booked customers not yet here, by time */
	int nexpected;
};

/* Today's reception at the service point as of now. queue_board_free releases it. */
enum status queue_board_load(struct db *db, int service_point_id, struct moment now,
    struct queue_board *out, struct error *err);
void queue_board_free(struct queue_board *b);

/* Checks in a customer booked for today here; ticket gets their number ("A003"). */
enum status queue_check_in(const struct session *s, const char *request_id,
    long long appointment_id, struct moment now, char ticket[QUEUE_TICKET_LEN],
    struct error *err);

/* Adds a walk-in (customer_id 0 when not looked up; name as they gave it) to the queue. */
enum status queue_walk_in(const struct session *s, const char *request_id, const char *name,
    long long customer_id, const char *reason, struct moment now,
    char ticket[QUEUE_TICKET_LEN], struct error *err);

/*
 * Calls a customer to the advisor's desk: ticket_id, or 0 for the next in order that this
 * advisor may take. *called gets who (STATUS_NOT_FOUND: nobody is waiting for them; CONFLICT:
 * someone else called that customer a moment ago).
 */
enum status queue_call(const struct session *s, const char *request_id, long long ticket_id,
    struct moment now, struct queue_entry *called, struct error *err);

/* Takes a customer who has gone without being seen off the queue. */
enum status queue_left(const struct session *s, const char *request_id, long long ticket_id,
    struct error *err);

#endif
