/*
 * Find it: knowledge articles, the signposting directory of partner organisations and the
 * places the public visits, searched as the advisor types (full text with stemming, a typo
 * matched to the nearest word the directory uses, best answer first); the bin collection days
 * of a customer's address; what is open today; and the information given to a customer,
 * recorded on their contact and, for an article, sent to them through the outbox.
 */
#ifndef CIVICDESK_FIND_H
#define CIVICDESK_FIND_H

#include "calendar.h"
#include "place.h"
#include "session.h"

extern const struct choice find_kinds[];	/* article, organisation, place */

struct find_hit {
	char kind[16];			/* find_kinds */
	int id;
	char title[128];
	char summary[256];
};

/* Up to limit answers to query as typed so far, best first: *out (caller frees), *count. */
enum status find_search(struct db *db, const char *query, int limit, struct find_hit **out,
    int *count, struct error *err);

struct find_article {
	int id;
	char slug[64];
	char title[128];
	char summary[512];
	char body[4096];
	char category[64];
	char online_url[160];
	char updated_on[CALENDAR_DATE_SIZE];
};

struct find_organisation {
	int id;
	char name[128];
	char kind[48];
	char helps_with[512];
	char how_to_access[256];
	char phone[32];
	char email[96];
	char website[160];
	char address[160];
	char opening_hours[160];
};

enum status find_article_get(struct db *db, int id, struct find_article *out,
    struct error *err);
enum status find_organisation_get(struct db *db, int id, struct find_organisation *out,
    struct error *err);

/* Bin collections ------------------------------------------------------------------------- */

#define FIND_STREAMS 6

struct find_collection {
	char name[48];			/* "General waste" */
	char container[32];		/* "black bin" */
	int weekday;			/* 0 Monday .. 5 Saturday */
	int every_weeks;		/* 1 or 2 */
	struct date next;		/* the next collection on or after the day asked about */
	char moved_by[64];		/* the bank holiday that moved it a day later, or "" */
};

struct find_bins {
	char street[96];
	char town[64];
	int count;
	struct find_collection stream[FIND_STREAMS];
};

/*
 * The collections for a customer's address from today on: street, then its rounds. A bank
 * holiday on a weekday up to a collection's day in the same week moves that week's collection
 * one day later. STATUS_NOT_FOUND with a sentence to read out when the street is not in the
 * council's street list or has no rounds.
 */
enum status find_bin_days(struct db *db, const struct calendar *cal, long long customer_id,
    struct date today, struct find_bins *out, struct error *err);

/*
 * The first collection on or after from of a round collecting every every_weeks weeks on the
 * weekday of first (a day it collected), moved a day by a bank holiday as above; moved_by gets
 * that holiday's name or "".
 */
struct date find_next_collection(const struct calendar *cal, int every_weeks, struct date first,
    struct date from, char *moved_by, size_t size);

/* Opening hours --------------------------------------------------------------------------- */

struct find_open {
	struct place place;
	struct place_day day;
};

/* Every place of kind (NULL: all) with its hours on day, by kind then name. */
enum status find_open_on(struct db *db, const struct calendar *cal, const char *kind,
    struct date day, struct find_open **out, int *count, struct error *err);

/* Giving information ---------------------------------------------------------------------- */

/*
 * Records on the open contact that the customer was given the article, organisation or place
 * (kind, id). With send (articles only) the article also goes to the customer's outbox, to be
 * read: by e-mail, else by text to a mobile, else by letter. Audited as a change to the contact.
 */
enum status find_give(const struct session *s, const char *request_id, long long contact_id,
    const char *kind, int id, bool send, struct error *err);

/* What the customer is sent for an article; the caller frees it. */
char *find_article_message(const struct find_article *a);

/* What was given on a contact, oldest first: "Article: Bulky waste collection (sent)". */
enum status find_given_on(struct db *db, long long contact_id, char (**out)[160], int *count,
    struct error *err);

#endif
