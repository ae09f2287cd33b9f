/*
 * Book it: the appointments each service point offers, the next free times, booking, rebooking
 * and cancelling, and what the customer is sent: a confirmation when booked and a reminder the
 * day before, on their preferred channel through the outbox.
 *
 * A free time is one the place is open for the whole appointment and some advisor who takes
 * that type has nothing else booked. Starts fall on a grid of BOOK_STEP_MINUTES from each
 * opening time. Two advisors booking the same time at the same moment cannot both have it: the
 * database refuses the second (see appointment_book in core/sql/007_book.sql).
 */
#ifndef CIVICDESK_BOOK_H
#define CIVICDESK_BOOK_H

#include "calendar.h"
#include "session.h"

#define BOOK_STEP_MINUTES 15
#define BOOK_SEARCH_DAYS 42		/* how far ahead free times are looked for */
#define BOOK_REFERENCE_LEN 16		/* "AP-000123" */

extern const struct choice book_modes[];	/* face_to_face, phone, video */
extern const struct choice book_statuses[];	/* booked, arrived, seen, no_show, ... */

struct book_type {
	int id;
	int service_point_id;
	char service_point[96];
	char code[32];
	char name[96];
	int minutes;
	char mode[16];			/* book_modes */
	char bring[256];		/* what to bring or have to hand */
};

/* The active types, those of service_point_id first, then by service point and name. */
enum status book_types(struct db *db, int service_point_id, struct book_type **out, int *count,
    struct error *err);

enum status book_type_get(struct db *db, int id, struct book_type *out, struct error *err);

/*
 * Up to max free start times for type t from `from` on, earliest first, each time once: out
 * gets them and *count how many. Looks BOOK_SEARCH_DAYS days ahead; days the place is shut
 * (its hours, its closures, the calendar's bank holidays and closures) offer nothing. moving is
 * the appointment being moved (its own time counts as free), or 0.
 */
enum status book_free_slots(struct db *db, const struct calendar *cal, const struct book_type *t,
    struct moment from, long long moving, struct moment *out, int max, int *count,
    struct error *err);

struct book_new {
	long long customer_id;
	int type_id;
	struct moment start;
	const char *note;		/* for the advisor; may be NULL */
	long long rebook_of;		/* 0, or the appointment this one replaces */
};

/*
 * Books the first free advisor who takes the type, records the confirmation in the customer's
 * outbox and audits the change; *id gets the appointment. A rebooking marks the old one
 * 'rebooked' in the same transaction. STATUS_CONFLICT, with a sentence for the advisor, when the
 * time was taken a moment ago or the customer already has an appointment then; STATUS_INVALID
 * for a time in the past or one the place is not open for (cal: its bank holidays).
 */
enum status book_make(const struct session *s, const struct calendar *cal, const char *request_id,
    const struct book_new *n, long long *id, struct error *err);

/* Cancels a booked appointment with a reason and tells the customer through the outbox. */
enum status book_cancel(const struct session *s, const char *request_id, long long id,
    const char *reason, struct error *err);

/* Records that a booked customer did not come. */
enum status book_no_show(const struct session *s, const char *request_id, long long id,
    struct error *err);

struct book_appointment {
	long long id;
	char reference[BOOK_REFERENCE_LEN];
	long long customer_id;
	char customer[128];
	int type_id;
	char type[96];
	char mode[16];
	char bring[256];
	int service_point_id;
	char place[96];
	char address[160];
	char phone[32];			/* the place's: to change or cancel */
	struct moment start;
	int minutes;
	int staff_id;
	char staff[64];
	char status[16];		/* book_statuses */
	char note[256];
};

/* The customer's appointments: those to come first (soonest first), then the last few past. */
enum status book_of_customer(struct db *db, long long customer_id, struct book_appointment **out,
    int *count, struct error *err);

enum status book_get(struct db *db, long long id, struct book_appointment *out,
    struct error *err);

/* What the customer is sent. */
enum book_message {
	BOOK_CONFIRM,
	BOOK_REMIND,
	BOOK_CANCEL,
};

/* The message's text for appointment a; the caller frees it. NULL when out of memory. */
char *book_message_text(const struct book_appointment *a, enum book_message which);

/*
 * The day-before reminders: for each appointment on day still booked and not yet reminded, a
 * reminder in the customer's outbox, marked so a second run sends none. *sent counts them. Run
 * daily (`civicdesk remind`) for tomorrow's appointments.
 */
enum status book_remind(struct db *db, struct date day, int *sent, struct error *err);

/* "Tue 24 Nov 10:30am": a start as a list shows it. */
void book_format_start(struct moment start, char *out, size_t size);

#endif
