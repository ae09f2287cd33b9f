/*
 * Appointments and reception against a real database: free times, no double booking however
 * two advisors race, confirmations and reminders in the outbox, rebooking and cancelling, and the
 * reception queue's order and waiting times on a fixed clock.
 *
 * Each test works on its own day well after the demo's bookings, so tests do not take each
 * other's times. The clock is fixed (CIVICDESK_NOW) before anything reads it.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "book.h"
#include "dbtest.h"
#include "queue.h"

#define NOW "2026-11-24T09:00"

static struct calendar *cal;

static bool
make_customer(struct dbtest *t, struct customer *c, const char *channel)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Bookby%s", suffix);
	dbtest_customer(c, "Amira", last);
	snprintf(c->preferred_channel, sizeof c->preferred_channel, "%s", channel);
	if (strcmp(channel, "email") == 0)
		snprintf(c->email, sizeof c->email, "amira.%s@example.org", suffix);
	return dbtest_create(&t->s, c);
}

/* The TOWNHALL type with this code. */
static bool
type_of(struct dbtest *t, const char *code, struct book_type *out)
{
	struct book_type *types;
	struct error err = { 0 };
	int n;
	bool found = false;

	if (!CHECK(book_types(t->db, t->s.staff.service_point_id, &types, &n, &err) == STATUS_OK))
		return false;
	for (int i = 0; i < n && !found; i++)
		if (types[i].service_point_id == t->s.staff.service_point_id &&
		    strcmp(types[i].code, code) == 0) {
			*out = types[i];
			found = true;
		}
	free(types);
	return harness_check(found, __FILE__, __LINE__, "no appointment type %s", code);
}

static struct moment
at(const char *text)
{
	struct moment m = { { 0, 0, 0 }, 0 };

	CHECK(calendar_parse_moment(text, &m));
	return m;
}

static enum status
book(struct dbtest *t, long long customer, const struct book_type *type, const char *when,
    long long rebook_of, long long *id, struct error *err)
{
	struct book_new n = { .customer_id = customer, .type_id = type->id, .start = at(when),
		.rebook_of = rebook_of };
	char rid[DB_REQUEST_ID_LEN];

	db_new_request_id(rid);
	return book_make(&t->s, cal, rid, &n, id, err);
}

static long long
count_for(struct db *db, const char *sql, long long id)
{
	char key[24];
	const char *params[] = { key };

	snprintf(key, sizeof key, "%lld", id);
	return dbtest_count(db, sql, 1, params);
}

static void
text_for(struct db *db, const char *sql, long long id, char *out, size_t size)
{
	char key[24];
	const char *params[] = { key };

	snprintf(key, sizeof key, "%lld", id);
	CHECK(dbtest_text(db, sql, 1, params, out, size));
}

/* Free times ------------------------------------------------------------------------------ */

/* Wednesday: the Town Hall opens at 10:00, so the first time offered is 10:00. */
TEST(test_first_free_time_offered_is_the_earliest_that_fits)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge;
	struct moment slots[4];
	char first[CALENDAR_MOMENT_SIZE];
	struct error err = { 0 };
	long long id;
	int n;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "blue-badge", &badge)) {
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-02-03 08:00"), 0, slots, 4, &n,
		    &err) == STATUS_OK);
		CHECK_INT(n, 4);
		calendar_format_moment(slots[0], first);
		CHECK_STR(first, "2027-02-03 10:00");
		calendar_format_moment(slots[1], first);
		CHECK_STR(first, "2027-02-03 10:15");

		/* Booked at 10:00 for 30 minutes, the one advisor is free again at 10:30. */
		CHECK(book(&t, c.id, &badge, "2027-02-03 10:00", 0, &id, &err) == STATUS_OK);
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-02-03 08:00"), 0, slots, 4, &n,
		    &err) == STATUS_OK);
		calendar_format_moment(slots[0], first);
		CHECK_STR(first, "2027-02-03 10:30");

		/* Later the same day: the grid goes on from where the clock is. */
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-02-03 16:20"), 0, slots, 4, &n,
		    &err) == STATUS_OK);
		calendar_format_moment(slots[0], first);
		CHECK_STR(first, "2027-02-03 16:30");
		calendar_format_moment(slots[1], first);
		CHECK_STR(first, "2027-02-04 09:00");
	}
	dbtest_end(&t);
}

/* Christmas 2027: Saturday and Sunday, then the substitute days on Monday 27 and Tuesday 28. */
TEST(test_no_times_are_offered_on_bank_holidays_or_after_closing)
{
	struct dbtest t;
	struct book_type badge;
	struct moment slots[1];
	char first[CALENDAR_MOMENT_SIZE];
	struct error err = { 0 };
	int n;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (type_of(&t, "blue-badge", &badge)) {
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-12-24 16:45"), 0, slots, 1, &n,
		    &err) == STATUS_OK);
		CHECK_INT(n, 1);
		calendar_format_moment(slots[0], first);
		CHECK_STR(first, "2027-12-29 10:00");
	}
	dbtest_end(&t);
}

TEST(test_booking_outside_opening_hours_or_in_the_past_is_refused)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge;
	struct error err = { 0 };
	long long id = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "blue-badge", &badge)) {
		CHECK_INT(book(&t, c.id, &badge, "2027-02-05 16:45", 0, &id, &err), STATUS_INVALID);
		CHECK(strstr(err.detail, "not open") != NULL);
		CHECK_INT(book(&t, c.id, &badge, "2027-02-06 10:00", 0, &id, &err), STATUS_INVALID);
		CHECK_INT(book(&t, c.id, &badge, "2026-11-23 10:00", 0, &id, &err), STATUS_INVALID);
		CHECK(strstr(err.detail, "passed") != NULL);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM appointment "
		    "WHERE customer_id = $1", c.id), 0);
	}
	dbtest_end(&t);
}

/* Two advisors, one time --------------------------------------------------------------------- */

struct racer {
	struct dbtest t;
	long long customer;
	const struct book_type *type;
	const char *when;
	pthread_barrier_t *start;
	enum status status;
	char detail[256];
	long long id;
};

static void *
race(void *arg)
{
	struct racer *r = arg;
	struct error err = { 0 };

	if (r->start != NULL)
		pthread_barrier_wait(r->start);
	r->status = book(&r->t, r->customer, r->type, r->when, 0, &r->id, &err);
	snprintf(r->detail, sizeof r->detail, "%s", err.detail);
	return NULL;
}

/* Waits until some session of the test database is waiting for a lock; false after 10 s. */
static bool
someone_waits_for_a_lock(struct db *db)
{
	for (int i = 0; i < 200; i++) {
		if (dbtest_count(db, "SELECT count(*) AS n FROM pg_stat_activity "
		    "WHERE datname = current_database() AND wait_event_type = 'Lock'", 0, NULL) > 0)
			return true;
		usleep(50000);
	}
	return false;
}

static void
check_one_booking_one_refusal(struct dbtest *t, const char *when, struct racer *a,
    struct racer *b)
{
	struct racer *won = a->status == STATUS_OK ? a : b, *lost = won == a ? b : a;
	const char *params[] = { when };

	CHECK_INT(won->status, STATUS_OK);
	CHECK_INT(lost->status, STATUS_CONFLICT);
	CHECK(strstr(lost->detail, "just been booked by someone else") != NULL);
	CHECK_INT(dbtest_count(t->db, "SELECT count(*) AS n FROM appointment a "
	    "JOIN appointment_type y ON y.id = a.type_id WHERE y.code = 'blue-badge' "
	    "AND a.starts_at = $1::timestamp AND a.status = 'booked'", 1, params), 1);
}

/*
 * One advisor's booking is made and not yet committed when a second advisor books the same time
 * for another customer: the second waits for the first, then is refused in words.
 */
TEST(test_second_booking_of_a_time_being_booked_waits_and_is_refused)
{
	static const char when[] = "2027-02-08 11:00";
	struct dbtest t, holder;
	struct customer c1, c2;
	struct book_type badge;
	struct racer second = { .when = when };
	struct error err = { 0 };
	pthread_t thread;
	char type[16], customer[24];
	const char *params[] = { type, customer, when };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&holder, "aisha.khan")) {
		dbtest_end(&t);
		return;
	}
	if (make_customer(&t, &c1, "phone") && make_customer(&t, &c2, "phone") &&
	    type_of(&t, "blue-badge", &badge) && dbtest_begin(&second.t, "fiona.mcleod")) {
		snprintf(type, sizeof type, "%d", badge.id);
		snprintf(customer, sizeof customer, "%lld", c1.id);
		CHECK(db_run(holder.db, "BEGIN", 0, NULL, &err) == STATUS_OK);
		CHECK(db_run(holder.db, "SELECT appointment_book($1, $2, $3::timestamp, 2, '', NULL)",
		    3, params, &err) == STATUS_OK);
		second.customer = c2.id;
		second.type = &badge;
		pthread_create(&thread, NULL, race, &second);
		CHECK(someone_waits_for_a_lock(t.db));
		CHECK(db_run(holder.db, "COMMIT", 0, NULL, &err) == STATUS_OK);
		pthread_join(thread, NULL);
		CHECK_INT(second.status, STATUS_CONFLICT);
		CHECK_STR(second.detail, "That time has just been booked by someone else: choose another");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM appointment "
		    "WHERE customer_id = $1", c2.id), 0);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox "
		    "WHERE customer_id = $1", c2.id), 0);
		dbtest_end(&second.t);
	}
	dbtest_end(&holder);
	dbtest_end(&t);
}

/* Two advisors press Book for the same time at the same moment: one booking, one refusal. */
TEST(test_two_simultaneous_bookings_of_one_time_give_one_booking)
{
	static const char when[] = "2027-02-09 14:00";
	struct dbtest t;
	struct customer c1, c2;
	struct book_type badge;
	struct racer a = { .when = when }, b = { .when = when };
	pthread_barrier_t start;
	pthread_t ta, tb;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c1, "phone") && make_customer(&t, &c2, "phone") &&
	    type_of(&t, "blue-badge", &badge) && dbtest_begin(&a.t, "demo")) {
		if (dbtest_begin(&b.t, "aisha.khan")) {
			pthread_barrier_init(&start, NULL, 2);
			a.customer = c1.id;
			b.customer = c2.id;
			a.type = b.type = &badge;
			a.start = b.start = &start;
			pthread_create(&ta, NULL, race, &a);
			pthread_create(&tb, NULL, race, &b);
			pthread_join(ta, NULL);
			pthread_join(tb, NULL);
			pthread_barrier_destroy(&start);
			check_one_booking_one_refusal(&t, when, &a, &b);
			dbtest_end(&b.t);
		}
		dbtest_end(&a.t);
	}
	dbtest_end(&t);
}

/* Council tax advice has two advisors: the second booking of a time goes to the other one. */
TEST(test_a_time_two_advisors_take_can_be_booked_twice_then_no_more)
{
	struct dbtest t;
	struct customer c1, c2, c3;
	struct book_type tax;
	struct error err = { 0 };
	long long id1, id2, id3 = 0;
	char staff1[16], staff2[16];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c1, "phone") && make_customer(&t, &c2, "phone") &&
	    make_customer(&t, &c3, "phone") && type_of(&t, "council-tax", &tax)) {
		CHECK(book(&t, c1.id, &tax, "2027-02-10 15:00", 0, &id1, &err) == STATUS_OK);
		CHECK(book(&t, c2.id, &tax, "2027-02-10 15:00", 0, &id2, &err) == STATUS_OK);
		CHECK_INT(book(&t, c3.id, &tax, "2027-02-10 15:15", 0, &id3, &err), STATUS_CONFLICT);
		text_for(t.db, "SELECT staff_id::text AS v FROM appointment WHERE id = $1", id1,
		    staff1, sizeof staff1);
		text_for(t.db, "SELECT staff_id::text AS v FROM appointment WHERE id = $1", id2,
		    staff2, sizeof staff2);
		CHECK(strcmp(staff1, staff2) != 0);
	}
	dbtest_end(&t);
}

TEST(test_a_customer_cannot_hold_two_appointments_at_once)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge, tax;
	struct error err = { 0 };
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "blue-badge", &badge) &&
	    type_of(&t, "council-tax", &tax)) {
		CHECK(book(&t, c.id, &badge, "2027-02-11 11:00", 0, &id, &err) == STATUS_OK);
		CHECK_INT(book(&t, c.id, &tax, "2027-02-11 11:15", 0, &id, &err), STATUS_CONFLICT);
		CHECK_STR(err.detail, "The customer already has an appointment at that time");
	}
	dbtest_end(&t);
}

/* Messages -------------------------------------------------------------------------------- */

TEST(test_confirmation_goes_to_the_outbox_on_the_preferred_channel)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge;
	struct book_appointment a;
	struct error err = { 0 };
	char channel[16], recipient[128], body[1024];
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "email") && type_of(&t, "blue-badge", &badge) &&
	    CHECK(book(&t, c.id, &badge, "2027-02-12 09:30", 0, &id, &err) == STATUS_OK) &&
	    CHECK(book_get(t.db, id, &a, &err) == STATUS_OK)) {
		text_for(t.db, "SELECT channel AS v FROM outbox WHERE customer_id = $1", c.id,
		    channel, sizeof channel);
		text_for(t.db, "SELECT recipient AS v FROM outbox WHERE customer_id = $1", c.id,
		    recipient, sizeof recipient);
		text_for(t.db, "SELECT body AS v FROM outbox WHERE customer_id = $1", c.id, body,
		    sizeof body);
		CHECK_STR(channel, "email");
		CHECK_STR(recipient, c.email);
		CHECK(strstr(body, "Your appointment is booked: Blue Badge assessment, at Eastmere "
		    "Town Hall") != NULL);
		CHECK(strstr(body, "on Friday 12 February 2027 at 9:30am (30 minutes)") != NULL);
		CHECK(strstr(body, a.reference) != NULL);
		CHECK(strstr(body, "Please bring proof of identity") != NULL);
		CHECK(strstr(body, "call 01632 960000") != NULL);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM audit WHERE entity = "
		    "'appointment' AND entity_id = $1 AND action = 'create'", id), 1);
	}
	dbtest_end(&t);
}

TEST(test_reminder_is_written_for_tomorrows_appointment_once)
{
	struct dbtest t;
	struct customer c, gone;
	struct book_type badge;
	struct error err = { 0 };
	char body[1024], rid[DB_REQUEST_ID_LEN];
	long long id, cancelled;
	int sent = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "letter") && make_customer(&t, &gone, "letter") &&
	    type_of(&t, "blue-badge", &badge) &&
	    CHECK(book(&t, c.id, &badge, "2027-02-16 11:00", 0, &id, &err) == STATUS_OK) &&
	    CHECK(book(&t, gone.id, &badge, "2027-02-16 14:00", 0, &cancelled, &err) ==
		STATUS_OK)) {
		db_new_request_id(rid);
		CHECK(book_cancel(&t.s, rid, cancelled, "Customer is in hospital", &err) ==
		    STATUS_OK);
		CHECK(book_remind(t.db, at("2027-02-16 00:00").date, &sent, &err) == STATUS_OK);
		CHECK(sent >= 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1 "
		    "AND body LIKE 'A reminder of your appointment tomorrow:%'", c.id), 1);
		text_for(t.db, "SELECT body AS v FROM outbox WHERE customer_id = $1 ORDER BY id DESC "
		    "LIMIT 1", c.id, body, sizeof body);
		CHECK(strstr(body, "on Tuesday 16 February 2027 at 11am") != NULL);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1 "
		    "AND body LIKE 'A reminder%'", gone.id), 0);

		CHECK(book_remind(t.db, at("2027-02-16 00:00").date, &sent, &err) == STATUS_OK);
		CHECK_INT(sent, 0);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1 "
		    "AND body LIKE 'A reminder%'", c.id), 1);
	}
	dbtest_end(&t);
}

/* Changing a booking ---------------------------------------------------------------------- */

TEST(test_rebooking_moves_the_appointment_and_frees_the_old_time)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge;
	struct moment slots[1];
	struct error err = { 0 };
	char status[16], first[CALENDAR_MOMENT_SIZE];
	long long old, moved;
	int n;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "blue-badge", &badge) &&
	    CHECK(book(&t, c.id, &badge, "2027-02-17 10:00", 0, &old, &err) == STATUS_OK) &&
	    CHECK(book(&t, c.id, &badge, "2027-02-18 15:00", old, &moved, &err) == STATUS_OK)) {
		text_for(t.db, "SELECT status AS v FROM appointment WHERE id = $1", old, status,
		    sizeof status);
		CHECK_STR(status, "rebooked");
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM appointment WHERE id = $1 "
		    "AND status = 'booked' AND rebooked_from IS NOT NULL", moved), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1 "
		    "AND body LIKE 'Your appointment is booked:%'", c.id), 2);
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-02-17 10:00"), 0, slots, 1, &n,
		    &err) == STATUS_OK);
		calendar_format_moment(slots[0], first);
		CHECK_STR(first, "2027-02-17 10:00");
		/* The old one cannot be moved again. */
		CHECK_INT(book(&t, c.id, &badge, "2027-02-19 15:00", old, &moved, &err),
		    STATUS_CONFLICT);
	}
	dbtest_end(&t);
}

/* The appointment being moved does not block the times around it. */
TEST(test_moving_offers_the_appointments_own_time_and_its_neighbours)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge;
	struct moment slots[2];
	struct error err = { 0 };
	char first[CALENDAR_MOMENT_SIZE];
	long long id;
	int n;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "blue-badge", &badge) &&
	    CHECK(book(&t, c.id, &badge, "2027-02-24 10:15", 0, &id, &err) == STATUS_OK)) {
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-02-24 08:00"), 0, slots, 2, &n,
		    &err) == STATUS_OK);
		calendar_format_moment(slots[0], first);
		CHECK_STR(first, "2027-02-24 10:45");
		CHECK(book_free_slots(t.db, cal, &badge, at("2027-02-24 08:00"), id, slots, 2, &n,
		    &err) == STATUS_OK);
		calendar_format_moment(slots[1], first);
		CHECK_STR(first, "2027-02-24 10:15");
	}
	dbtest_end(&t);
}

TEST(test_cancelling_needs_a_reason_and_tells_the_customer)
{
	struct dbtest t;
	struct customer c;
	struct book_type badge;
	struct error err = { 0 };
	char rid[DB_REQUEST_ID_LEN], body[1024];
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "blue-badge", &badge) &&
	    CHECK(book(&t, c.id, &badge, "2027-02-22 10:00", 0, &id, &err) == STATUS_OK)) {
		db_new_request_id(rid);
		CHECK_INT(book_cancel(&t.s, rid, id, "", &err), STATUS_INVALID);
		db_new_request_id(rid);
		CHECK(book_cancel(&t.s, rid, id, "No longer needed", &err) == STATUS_OK);
		text_for(t.db, "SELECT body AS v FROM outbox WHERE customer_id = $1 ORDER BY id DESC "
		    "LIMIT 1", c.id, body, sizeof body);
		CHECK(strncmp(body, "Your appointment is cancelled: Blue Badge assessment", 52) == 0);
		CHECK(strstr(body, "To book another time, call 01632 960000") != NULL);
		db_new_request_id(rid);
		CHECK_INT(book_cancel(&t.s, rid, id, "Again", &err), STATUS_CONFLICT);
	}
	dbtest_end(&t);
}

/* Reception ------------------------------------------------------------------------------- */

static bool
walk_in(struct dbtest *t, const char *name, const char *when, char ticket[QUEUE_TICKET_LEN])
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return harness_check(queue_walk_in(&t->s, rid, name, 0, "Council tax bill", at(when),
	    ticket, &err) == STATUS_OK, __FILE__, __LINE__, "walk-in: %s", err.detail);
}

static bool
check_in(struct dbtest *t, long long appointment, const char *when,
    char ticket[QUEUE_TICKET_LEN])
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return harness_check(queue_check_in(&t->s, rid, appointment, at(when), ticket, &err) ==
	    STATUS_OK, __FILE__, __LINE__, "check-in: %s", err.detail);
}

static enum status
call(struct dbtest *t, long long ticket_id, const char *when, struct queue_entry *called)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return queue_call(&t->s, rid, ticket_id, at(when), called, &err);
}

/*
 * A walk-in at 10:40 and Sam's 11:00 customer who arrives early at 10:50. At 10:55 the walk-in
 * is first; at 11:05 the booked customer's time has come and they go first, while the walk-in
 * has waited 25 minutes: over the Town Hall's published 15.
 */
TEST(test_queue_puts_a_booked_customer_first_at_their_time_and_times_every_wait)
{
	struct dbtest t, aisha;
	struct customer c;
	struct book_type tax;
	struct queue_board board;
	struct queue_entry called;
	struct error err = { 0 };
	char walk[QUEUE_TICKET_LEN], booked[QUEUE_TICKET_LEN];
	long long id;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&aisha, "aisha.khan")) {
		dbtest_end(&t);
		return;
	}
	if (make_customer(&t, &c, "phone") && type_of(&t, "council-tax", &tax) &&
	    CHECK(book(&t, c.id, &tax, "2027-03-02 11:00", 0, &id, &err) == STATUS_OK) &&
	    walk_in(&t, "Mr Walker", "2027-03-02 10:40", walk) &&
	    check_in(&t, id, "2027-03-02 10:50", booked)) {
		CHECK_STR(walk, "W001");
		CHECK_STR(booked, "A001");

		CHECK(queue_board_load(t.db, t.s.staff.service_point_id, at("2027-03-02 10:55"),
		    &board, &err) == STATUS_OK);
		if (CHECK_INT(board.nwaiting, 2)) {
			CHECK_STR(board.waiting[0].ticket, "W001");
			CHECK_INT(board.waiting[0].waited, 15);
			CHECK(!board.waiting[0].over_standard);
			CHECK_STR(board.waiting[1].ticket, "A001");
			CHECK_INT(board.waiting[1].waited, 0);
			CHECK(strstr(board.waiting[1].appointment, "11:00 Council tax advice with")
			    != NULL);
		}
		CHECK_INT(board.standard, 15);
		queue_board_free(&board);

		CHECK(queue_board_load(t.db, t.s.staff.service_point_id, at("2027-03-02 11:05"),
		    &board, &err) == STATUS_OK);
		if (CHECK_INT(board.nwaiting, 2)) {
			CHECK_STR(board.waiting[0].ticket, "A001");
			CHECK_INT(board.waiting[0].waited, 5);
			CHECK_STR(board.waiting[1].ticket, "W001");
			CHECK_INT(board.waiting[1].waited, 25);
			CHECK(board.waiting[1].over_standard);
			CHECK_INT(board.longest, 25);
		}
		queue_board_free(&board);

		/* Aisha's next is the walk-in: the booked customer is booked with someone else. */
		CHECK(call(&aisha, 0, "2027-03-02 11:05", &called) == STATUS_OK);
		CHECK_STR(called.ticket, "W001");
		CHECK_INT(called.waited, 25);
		/* The booked customer's own advisor calls them. */
		CHECK(call(&t, 0, "2027-03-02 11:06", &called) == STATUS_OK);
		CHECK_STR(called.ticket, "A001");
		CHECK_INT(called.customer_id, c.id);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM appointment WHERE id = $1 "
		    "AND status = 'seen'", id), 1);
		CHECK_INT(call(&t, 0, "2027-03-02 11:07", &called), STATUS_NOT_FOUND);

		CHECK(queue_board_load(t.db, t.s.staff.service_point_id, at("2027-03-02 11:10"),
		    &board, &err) == STATUS_OK);
		CHECK_INT(board.nwaiting, 0);
		CHECK_INT(board.served, 2);
		CHECK_INT(board.served_within, 1);
		queue_board_free(&board);
	}
	dbtest_end(&aisha);
	dbtest_end(&t);
}

TEST(test_a_customer_called_by_someone_else_cannot_be_called_again)
{
	struct dbtest t, aisha;
	struct queue_board board;
	struct queue_entry called;
	struct error err = { 0 };
	char ticket[QUEUE_TICKET_LEN];
	long long id = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&aisha, "aisha.khan")) {
		dbtest_end(&t);
		return;
	}
	if (walk_in(&t, "Ms Early", "2027-03-03 10:00", ticket) &&
	    CHECK(queue_board_load(t.db, t.s.staff.service_point_id, at("2027-03-03 10:01"),
		&board, &err) == STATUS_OK)) {
		if (board.nwaiting > 0)
			id = board.waiting[0].id;
		queue_board_free(&board);
		CHECK(call(&aisha, id, "2027-03-03 10:02", &called) == STATUS_OK);
		CHECK_INT(call(&t, id, "2027-03-03 10:02", &called), STATUS_CONFLICT);
	}
	dbtest_end(&aisha);
	dbtest_end(&t);
}

TEST(test_a_booked_customer_who_does_not_come_is_late_then_a_no_show)
{
	struct dbtest t;
	struct customer c;
	struct book_type tax;
	struct queue_board board;
	struct error err = { 0 };
	char rid[DB_REQUEST_ID_LEN], status[16];
	long long id;
	bool seen = false;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "phone") && type_of(&t, "council-tax", &tax) &&
	    CHECK(book(&t, c.id, &tax, "2027-03-04 09:30", 0, &id, &err) == STATUS_OK)) {
		CHECK(queue_board_load(t.db, t.s.staff.service_point_id, at("2027-03-04 09:50"),
		    &board, &err) == STATUS_OK);
		for (int i = 0; i < board.nexpected; i++)
			if (board.expected[i].appointment_id == id) {
				seen = true;
				CHECK(board.expected[i].late);
			}
		CHECK(seen);
		queue_board_free(&board);
		db_new_request_id(rid);
		CHECK(book_no_show(&t.s, rid, id, &err) == STATUS_OK);
		text_for(t.db, "SELECT status AS v FROM appointment WHERE id = $1", id, status,
		    sizeof status);
		CHECK_STR(status, "no_show");
		CHECK(queue_board_load(t.db, t.s.staff.service_point_id, at("2027-03-04 09:51"),
		    &board, &err) == STATUS_OK);
		for (int i = 0; i < board.nexpected; i++)
			CHECK(board.expected[i].appointment_id != id);
		queue_board_free(&board);
		/* A no-show cannot then be checked in. */
		db_new_request_id(rid);
		CHECK_INT(queue_check_in(&t.s, rid, id, at("2027-03-04 09:55"), status, &err),
		    STATUS_CONFLICT);
	}
	dbtest_end(&t);
}

TEST(test_a_walk_in_needs_a_name)
{
	struct dbtest t;
	struct error err = { 0 };
	char rid[DB_REQUEST_ID_LEN], ticket[QUEUE_TICKET_LEN];

	if (!dbtest_begin(&t, "demo"))
		return;
	db_new_request_id(rid);
	CHECK_INT(queue_walk_in(&t.s, rid, "  ", 0, "", at("2027-03-05 10:00"), ticket, &err),
	    STATUS_INVALID);
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_first_free_time_offered_is_the_earliest_that_fits),
	TEST_ENTRY(test_no_times_are_offered_on_bank_holidays_or_after_closing),
	TEST_ENTRY(test_booking_outside_opening_hours_or_in_the_past_is_refused),
	TEST_ENTRY(test_second_booking_of_a_time_being_booked_waits_and_is_refused),
	TEST_ENTRY(test_two_simultaneous_bookings_of_one_time_give_one_booking),
	TEST_ENTRY(test_a_time_two_advisors_take_can_be_booked_twice_then_no_more),
	TEST_ENTRY(test_a_customer_cannot_hold_two_appointments_at_once),
	TEST_ENTRY(test_confirmation_goes_to_the_outbox_on_the_preferred_channel),
	TEST_ENTRY(test_reminder_is_written_for_tomorrows_appointment_once),
	TEST_ENTRY(test_rebooking_moves_the_appointment_and_frees_the_old_time),
	TEST_ENTRY(test_moving_offers_the_appointments_own_time_and_its_neighbours),
	TEST_ENTRY(test_cancelling_needs_a_reason_and_tells_the_customer),
	TEST_ENTRY(test_queue_puts_a_booked_customer_first_at_their_time_and_times_every_wait),
	TEST_ENTRY(test_a_customer_called_by_someone_else_cannot_be_called_again),
	TEST_ENTRY(test_a_booked_customer_who_does_not_come_is_late_then_a_no_show),
	TEST_ENTRY(test_a_walk_in_needs_a_name),
};

int
main(int argc, char **argv)
{
	const char *forms = getenv("CIVICDESK_FORMS_DIR") ? getenv("CIVICDESK_FORMS_DIR") : "forms";
	int status;

	setenv("CIVICDESK_NOW", NOW, 1);
	if ((cal = calendar_open(forms, "england-and-wales", NULL)) == NULL) {
		fprintf(stderr, "cannot read the calendar in %s\n", forms);
		return 1;
	}
	status = harness_main(argc, argv, tests, (int)(sizeof tests / sizeof tests[0]));
	calendar_free(cal);
	return status;
}
