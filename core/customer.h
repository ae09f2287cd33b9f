/* The single view of the customer: search, profile, create, edit and likely duplicates. */
#ifndef CIVICDESK_CUSTOMER_H
#define CIVICDESK_CUSTOMER_H

#include <stdbool.h>
#include <stddef.h>

#include "session.h"

struct customer {
	long long id;			/* 0: not yet saved */
	int version;			/* optimistic lock: an edit names the version it started from */
	char title[16];
	char first_name[64];
	char last_name[64];
	char date_of_birth[11];		/* DD/MM/YYYY or empty */
	char phone[24];
	char email[128];
	char address_line1[96];
	char address_line2[96];
	char town[64];
	char postcode[10];
	char preferred_channel[16];
	char language[48];		/* spoken */
	char written_language[48];	/* "" when the same as spoken */
	char interpreter[8];		/* none, spoken, bsl */
	char formats[64];		/* accessible formats: "large print, braille" */
	char access_needs[128];		/* other adjustments, in words */
	char online[12];		/* customer_online: can they use the council's website? */
};

enum customer_check {
	CHECK_TEXT,
	CHECK_NAME,
	CHECK_POSTCODE,
	CHECK_PHONE,
	CHECK_EMAIL,
	CHECK_DATE_OF_BIRTH,
	CHECK_CHOICE,
	CHECK_FORMATS,
};

/* One editable field: the form, drafts and change detection are all driven by this table. */
struct customer_field {
	const char *name;		/* column and draft key */
	size_t offset;
	size_t size;
	const char *label;
	bool required;
	enum customer_check check;
	const struct choice *choices;	/* CHECK_CHOICE only */
	const char *help;
};

extern const struct customer_field customer_fields[];
extern const size_t customer_field_count;

extern const struct choice customer_channels[];
extern const struct choice customer_interpreters[];
extern const struct choice customer_online[];	/* unknown, yes, with_help, cannot */

char *customer_field_value(struct customer *c, const struct customer_field *f);
const char *customer_field_cvalue(const struct customer *c, const struct customer_field *f);

/*
 * Checks and normalises one field in place (a postcode becomes "SW1A 1AA"). Returns true when it
 * is acceptable; otherwise message (size len) says why, in words an advisor can read out.
 * today is "YYYY-MM-DD" for the date-of-birth check.
 */
bool customer_check_field(struct customer *c, const struct customer_field *f, const char *today,
    char *message, size_t len);

struct customer_match {
	long long id;
	char name[132];
	char date_of_birth[11];		/* DD/MM/YYYY or empty */
	char address[160];
	char postcode[10];
	char phone[24];
	char why[24];			/* what matched: name, postcode, phone, email, similar name */
};

/*
 * Search as you type by name, postcode, phone or email, typos tolerated, best first. *out is
 * an array of *count matches for the caller to free(); an empty query gives none.
 */
enum status customer_search(struct db *db, const char *query, int limit,
    struct customer_match **out, int *count, struct error *err);

/*
 * Records who probably already has a record: the same name and postcode, the same phone or the
 * same email, excluding c->id. Same ownership as customer_search.
 */
enum status customer_duplicates(struct db *db, const struct customer *c,
    struct customer_match **out, int *count, struct error *err);

/* Loads a customer and audits the view (request_id makes a retried view count once). */
enum status customer_get(const struct session *s, const char *request_id, long long id,
    struct customer *out, struct error *err);

/* Creates c, audited; sets c->id and c->version. A retried request_id returns the same id. */
enum status customer_create(const struct session *s, const char *request_id, struct customer *c,
    struct error *err);

/*
 * Saves the fields that differ between before and after (before as loaded, after as edited),
 * audited with the names of the changed fields. STATUS_CONFLICT when someone saved the record
 * since it was loaded. Updates after->version.
 */
enum status customer_update(const struct session *s, const char *request_id,
    const struct customer *before, struct customer *after, struct error *err);

/* Draft text: one "name=value" line per field, newlines and backslashes escaped. */
char *customer_to_draft(const struct customer *c);
void customer_from_draft(struct customer *c, const char *draft);

#endif
