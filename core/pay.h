/*
 * Pay it: accounts (council tax, housing rent, sundry debts, fees raised by service lines) with
 * their balances and transactions, payments taken at the counter with a receipt, voids by a
 * supervisor, and the end-of-day cash-up per advisor and per service point.
 *
 * Money is whole pence throughout. Card numbers never pass through here: a card payment is taken
 * on the counter terminal and only its authorisation code is recorded.
 */
#ifndef CIVICDESK_PAY_H
#define CIVICDESK_PAY_H

#include <stdbool.h>
#include <stddef.h>

#include "session.h"

#define PAY_REFERENCE_LEN 24	/* "CT-00000015", a case reference, "RCP-2026-000123" */

extern const struct choice pay_methods[];	/* cash, card, cheque */
extern const struct choice pay_funds[];		/* council_tax, rent, sundry, fees */
extern const struct choice pay_account_kinds[];	/* council_tax, rent, sundry, fee */

/* Is text an account reference's shape ("CT-00000015", "ct15" ...)? Fills the normal form. */
bool pay_reference_normalise(const char *text, char out[PAY_REFERENCE_LEN]);

/* An authorisation code from the counter terminal: 4 to 8 letters and digits, upper-cased. */
bool pay_auth_code_normalise(const char *text, char out[16]);

/*
 * Does text hold something that looks like a payment card number (13 to 19 digits, spaces or
 * dashes allowed between them, passing the Luhn check)? Such text is refused wherever typed.
 */
bool pay_looks_like_card_number(const char *text);

struct pay_account {
	long long id;
	char reference[PAY_REFERENCE_LEN];
	char kind[16];			/* pay_account_kinds */
	char fund[16];			/* pay_funds: where its payments are credited */
	char title[128];		/* "Council tax, 12 Mill Lane EM4 7QT" or the fee's service line */
	long long customer_id;
	long long case_id;		/* fee accounts: the case that raised it; else 0 */
	long long balance_pence;	/* owed: charges less payments (a voided payment owes again) */
};

/* The customer's accounts, council tax first: *out (caller frees) holds *count. */
enum status pay_accounts_of(struct db *db, long long customer_id, struct pay_account **out,
    int *count, struct error *err);

/* The account with this reference (any shape pay_reference_normalise accepts); STATUS_NOT_FOUND. */
enum status pay_account_find(struct db *db, const char *reference, struct pay_account *out,
    struct error *err);

/* One account, audited as a view of the customer's record. */
enum status pay_account_get(const struct session *s, const char *request_id, long long id,
    struct pay_account *out, struct error *err);

struct pay_transaction {
	char on[11];			/* YYYY-MM-DD */
	char kind[12];			/* charge, payment, void */
	char description[128];		/* "Annual charge 2026/27", "Card payment", "Void: keyed twice" */
	long long amount_pence;		/* charges positive, payments negative, voids positive */
	char receipt[PAY_REFERENCE_LEN];	/* payments and voids: the payment's receipt; else "" */
	long long payment_id;		/* payments and voids; else 0 */
	bool voided;			/* payments: a void cancelled it */
};

/* Newest first, at most limit: *out (caller frees) holds *count. */
enum status pay_transactions(struct db *db, long long account_id, int limit,
    struct pay_transaction **out, int *count, struct error *err);

/*
 * Inside the caller's transaction (casework_open's): an account of kind "fee" for a case, its
 * reference the case's, charged pence to fund. Used when a service line with a fee is raised.
 */
enum status pay_add_fee(const struct session *s, long long case_id, const char *reference,
    const char *title, long long customer_id, long long pence, const char *fund,
    struct error *err);

struct pay_new {
	long long account_id;
	long long amount_pence;		/* more than 0 */
	const char *method;		/* pay_methods */
	const char *auth_code;		/* card: from the counter terminal; else NULL */
	const char *cheque_number;	/* cheque: six digits; else NULL */
	const char *business_date;	/* YYYY-MM-DD, calendar_today(): the till day it counts in */
	bool overpay_confirmed;		/* the advisor confirmed paying more than is owed */
	long long contact_id;		/* 0 if none */
};

struct pay_receipt {
	long long payment_id;
	char number[PAY_REFERENCE_LEN];	/* "RCP-2026-000123", unique */
	char taken_at[17];		/* YYYY-MM-DD HH:MM */
	char business_date[11];
	char account_reference[PAY_REFERENCE_LEN];
	char account_title[128];
	char customer[132];		/* title and full name */
	long long amount_pence;
	char method[16];
	char fund[16];
	char auth_code[16];
	char cheque_number[16];
	long long balance_after_pence;	/* the account's balance once this payment was taken */
	char staff[130];		/* who took it */
	char service_point[96];
	bool voided;
	char void_reason[256];
	char voided_by[130];
};

/*
 * Takes a payment in one transaction (payment, account transaction, receipt number, audit) and
 * fills out with the receipt. STATUS_INVALID (with a message for the advisor) for an amount of 0
 * or less, an unknown method, a card payment without a valid authorisation code, a cheque without
 * its number, or more than the balance owed without overpay_confirmed; STATUS_DENIED when the
 * role may not take payments; STATUS_CONFLICT when the advisor's or the service point's day is
 * already cashed up. A retried request_id records one payment and returns its receipt.
 */
enum status pay_take(const struct session *s, const char *request_id, const struct pay_new *n,
    struct pay_receipt *out, struct error *err);

/* A receipt by number (any case) for reprinting; STATUS_NOT_FOUND. */
enum status pay_receipt_get(struct db *db, const char *number, struct pay_receipt *out,
    struct error *err);

/*
 * The receipt as printable text, lines under 60 characters, headed by the council's name:
 * returns the length written (like snprintf), the text cut to fit size.
 */
int pay_receipt_text(const struct pay_receipt *r, const char *council, char *buf, size_t size);

/*
 * Voids a payment with a reason: a new record, the payment itself unchanged, the amount owed
 * again. STATUS_DENIED unless the role may void; STATUS_INVALID without a reason or when the
 * payment is already voided; STATUS_CONFLICT when its day is cashed up.
 */
enum status pay_void(const struct session *s, const char *request_id, long long payment_id,
    const char *reason, struct error *err);

/* Payments counted for one method and fund in a day. */
struct pay_total {
	char method[16];
	char fund[16];
	int payments;
	long long pence;
};

enum pay_scope {
	PAY_SCOPE_STAFF,		/* one advisor's till */
	PAY_SCOPE_SERVICE_POINT,	/* every till at the service point */
};

/* A day's takings in scope, and its cash-up once closed. */
struct pay_day {
	char business_date[11];
	struct pay_total *totals;	/* by method, then fund; voided payments left out */
	int ntotals;
	long long total_pence;
	long long expected_cash_pence;	/* cash payments not voided */
	int voids;			/* payments voided that day */
	bool closed;
	long long counted_cash_pence;	/* once closed */
	long long difference_pence;	/* counted less expected; once closed */
	char note[256];
	char closed_by[130];
	char closed_at[17];
	char **open_tills;		/* service point: staff with payments whose day is not closed */
	int nopen_tills;
};

/*
 * The day for the signed-in advisor (PAY_SCOPE_STAFF) or their service point. Free with
 * pay_day_free().
 */
enum status pay_day_get(const struct session *s, enum pay_scope scope, const char *business_date,
    struct pay_day *out, struct error *err);
void pay_day_free(struct pay_day *d);

/*
 * Closes the day: records the totals, counted cash and the difference. A note is required when
 * counted differs from expected. The service point's day needs MAY_CLOSE_SERVICE_POINT and every
 * till closed first (STATUS_CONFLICT naming them). A closed day cannot be changed: closing it
 * again, or taking or voiding a payment in it, is STATUS_CONFLICT.
 */
enum status pay_day_close(const struct session *s, const char *request_id, enum pay_scope scope,
    const char *business_date, long long counted_cash_pence, const char *note,
    struct error *err);

#endif
