/* Pay it: accounts and their ledgers, payments with receipts, voids and the day's cash-up. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "calendar.h"
#include "pay.h"
#include "validate.h"

const struct choice pay_methods[] = {
	{ "cash", N_("Cash") },
	{ "card", N_("Card") },
	{ "cheque", N_("Cheque") },
	{ NULL, NULL },
};

const struct choice pay_funds[] = {
	{ "council_tax", N_("Council tax") },
	{ "rent", N_("Housing rent") },
	{ "sundry", N_("Sundry debts") },
	{ "fees", N_("Fees and charges") },
	{ NULL, NULL },
};

const struct choice pay_account_kinds[] = {
	{ "council_tax", N_("Council tax") },
	{ "rent", N_("Housing rent") },
	{ "sundry", N_("Sundry debt") },
	{ "fee", N_("Fee") },
	{ NULL, NULL },
};

/* The order lists show them in, for SQL's array_position(). */
#define METHOD_ORDER "ARRAY['cash', 'card', 'cheque']"
#define FUND_ORDER "ARRAY['council_tax', 'rent', 'sundry', 'fees']"
#define KIND_ORDER "ARRAY['council_tax', 'rent', 'sundry', 'fee']"

/* The two-letter prefixes of the council's own accounts; fees carry a case's reference. */
static const char *const account_prefixes[] = { "CT", "RT", "SD", NULL };

static const char card_number_typed[] =
    "That looks like a card number: card numbers must never be typed in";

/* Text ------------------------------------------------------------------------------------ */

/* Copies text without the white space around it; false when it does not fit in size. */
static bool
trim_copy(const char *text, char *out, size_t size)
{
	size_t n;

	out[0] = '\0';
	if (text == NULL)
		return true;
	while (isspace((unsigned char)*text))
		text++;
	n = strlen(text);
	while (n > 0 && isspace((unsigned char)text[n - 1]))
		n--;
	if (n >= size)
		return false;
	memcpy(out, text, n);
	out[n] = '\0';
	return true;
}

static bool
is_blank(const char *text)
{
	if (text == NULL)
		return true;
	for (; *text != '\0'; text++)
		if (!isspace((unsigned char)*text))
			return false;
	return true;
}

static void
format_date(const char *iso, char *out, size_t size)
{
	struct date d;
	char british[CALENDAR_DATE_SIZE];

	if (calendar_parse_date(iso, &d)) {
		calendar_format_british(d, british);
		snprintf(out, size, "%s", british);
	} else {
		snprintf(out, size, "%s", iso);
	}
}

/* References ------------------------------------------------------------------------------ */

/* Reads up to two groups of digits, each after an optional space, dash or slash. */
static int
digit_groups(const char *p, char groups[2][12])
{
	int n = 0;

	for (;;) {
		size_t len = 0;

		while (*p == ' ' || *p == '-' || *p == '/')
			p++;
		if (!isdigit((unsigned char)*p))
			break;
		if (n == 2)
			return -1;
		while (isdigit((unsigned char)*p)) {
			if (len + 1 >= sizeof groups[n])
				return -1;
			groups[n][len++] = *p++;
		}
		groups[n++][len] = '\0';
	}
	while (isspace((unsigned char)*p))
		p++;
	return *p == '\0' ? n : -1;
}

/* digits padded with zeros to width (out holds width + 1); false when they need more. */
static bool
pad_digits(const char *digits, size_t width, char *out)
{
	size_t len;

	while (strlen(digits) > width && digits[0] == '0')
		digits++;
	len = strlen(digits);
	if (len == 0 || len > width)
		return false;
	memset(out, '0', width - len);
	memcpy(out + width - len, digits, len + 1);
	return true;
}

static bool
known_prefix(const char *letters)
{
	for (size_t i = 0; account_prefixes[i] != NULL; i++)
		if (strcmp(letters, account_prefixes[i]) == 0)
			return true;
	return false;
}

bool
pay_reference_normalise(const char *text, char out[PAY_REFERENCE_LEN])
{
	char letters[4], groups[2][12], number[12], year[12];
	size_t nl = 0;
	int ng;

	out[0] = '\0';
	if (text == NULL)
		return false;
	while (isspace((unsigned char)*text))
		text++;
	while (isalpha((unsigned char)*text) && nl < 3)
		letters[nl++] = (char)toupper((unsigned char)*text++);
	letters[nl] = '\0';
	if (nl < 2 || isalpha((unsigned char)*text))
		return false;
	ng = digit_groups(text, groups);
	if (nl == 2 && ng == 1 && known_prefix(letters) && pad_digits(groups[0], 8, number)) {
		snprintf(out, PAY_REFERENCE_LEN, "%s-%s", letters, number);
		return true;
	}
	if (nl != 3)
		return false;
	/* A case's reference, RPT-2026-000123, perhaps typed without its dashes. */
	if (ng == 1 && strlen(groups[0]) == 10) {
		snprintf(year, sizeof year, "%.4s", groups[0]);
		snprintf(groups[1], sizeof groups[1], "%s", groups[0] + 4);
	} else if (ng == 2 && strlen(groups[0]) == 4) {
		snprintf(year, sizeof year, "%s", groups[0]);
	} else {
		return false;
	}
	if (!pad_digits(groups[1], 6, number))
		return false;
	snprintf(out, PAY_REFERENCE_LEN, "%s-%s-%s", letters, year, number);
	return true;
}

bool
pay_auth_code_normalise(const char *text, char out[16])
{
	char code[16];
	size_t n;

	out[0] = '\0';
	if (!trim_copy(text, code, sizeof code))
		return false;
	n = strlen(code);
	if (n < 4 || n > 8)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!isalnum((unsigned char)code[i]))
			return false;
		code[i] = (char)toupper((unsigned char)code[i]);
	}
	memcpy(out, code, n + 1);
	return true;
}

/* Card numbers ---------------------------------------------------------------------------- */

#define CARD_MIN 13
#define CARD_MAX 19

/* The Luhn check every payment card number passes: every second digit from the right doubled. */
static bool
luhn_ok(const char *digits, size_t n)
{
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int d = digits[n - 1 - i] - '0';

		if (i % 2 == 1 && (d *= 2) > 9)
			d -= 9;
		sum += d;
	}
	return sum % 10 == 0;
}

/* Groups of digits written one space or dash apart: "4111 1111 1111 1111". */
struct digit_run {
	char group[CARD_MAX][CARD_MAX + 1];
	int count;
};

/*
 * Does a card number end with the newest group? Every span of whole groups ending there is
 * tried, so "4111 1111 1111 1111 12/28" (with the expiry date after it) is still caught.
 */
static bool
run_ends_in_card(const struct digit_run *r)
{
	char digits[CARD_MAX + 1] = "";

	for (int i = r->count - 1; i >= 0; i--) {
		size_t have = strlen(digits), add = strlen(r->group[i]);

		if (have + add > CARD_MAX)
			return false;
		memmove(digits + add, digits, have + 1);
		memcpy(digits, r->group[i], add);
		if (have + add >= CARD_MIN && luhn_ok(digits, have + add))
			return true;
	}
	return false;
}

static void
run_push(struct digit_run *r, const char *digits, size_t n)
{
	if (n > CARD_MAX) {
		r->count = 0;		/* too long to be part of a card number */
		return;
	}
	if (r->count == CARD_MAX) {
		memmove(r->group[0], r->group[1], sizeof r->group[0] * (CARD_MAX - 1));
		r->count--;
	}
	memcpy(r->group[r->count], digits, n);
	r->group[r->count++][n] = '\0';
}

bool
pay_looks_like_card_number(const char *text)
{
	struct digit_run run = { .count = 0 };
	const char *p = text;

	if (text == NULL)
		return false;
	while (*p != '\0') {
		const char *start = p;

		if (!isdigit((unsigned char)*p)) {
			p++;
			continue;
		}
		while (isdigit((unsigned char)*p))
			p++;
		run_push(&run, start, (size_t)(p - start));
		if (run_ends_in_card(&run))
			return true;
		/* One space or dash keeps the run going; anything else ends it. */
		if (!((*p == ' ' || *p == '-') && isdigit((unsigned char)p[1])))
			run.count = 0;
	}
	return false;
}

/* Accounts -------------------------------------------------------------------------------- */

#define ACCOUNT_COLUMNS \
	"a.id, a.reference, a.kind, a.fund, a.title, a.customer_id, " \
	"coalesce(a.case_id, 0) AS case_id, (SELECT coalesce(sum(t.amount_pence), 0) " \
	"FROM account_transaction t WHERE t.account_id = a.id) AS balance "

static void
account_from_row(void *row, const struct pg_result *res, int r)
{
	struct pay_account *a = row;

	memset(a, 0, sizeof *a);
	a->id = db_int(res, r, "id");
	snprintf(a->reference, sizeof a->reference, "%s", db_text(res, r, "reference"));
	snprintf(a->kind, sizeof a->kind, "%s", db_text(res, r, "kind"));
	snprintf(a->fund, sizeof a->fund, "%s", db_text(res, r, "fund"));
	snprintf(a->title, sizeof a->title, "%s", db_text(res, r, "title"));
	a->customer_id = db_int(res, r, "customer_id");
	a->case_id = db_int(res, r, "case_id");
	a->balance_pence = db_int(res, r, "balance");
}

enum status
pay_accounts_of(struct db *db, long long customer_id, struct pay_account **out, int *count,
    struct error *err)
{
	static const char sql[] =
	    "SELECT " ACCOUNT_COLUMNS "FROM account a WHERE a.customer_id = $1 "
	    "ORDER BY array_position(" KIND_ORDER ", a.kind), a.reference";
	char id[24];
	const char *params[] = { id };

	snprintf(id, sizeof id, "%lld", customer_id);
	*out = db_select(db, sql, 1, params, sizeof **out, account_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

enum status
pay_account_find(struct db *db, const char *reference, struct pay_account *out,
    struct error *err)
{
	static const char sql[] = "SELECT " ACCOUNT_COLUMNS "FROM account a WHERE a.reference = $1";
	char normal[PAY_REFERENCE_LEN];
	const char *params[] = { normal };
	struct pg_result *res;

	if (!pay_reference_normalise(reference, normal))
		return error_set(err, STATUS_NOT_FOUND,
		    "\"%.40s\" is not an account reference: they look like CT-00000015",
		    reference ? reference : "");
	res = db_exec_one(db, sql, 1, params, STATUS_NOT_FOUND, "", err);
	if (res == NULL)
		return err->status == STATUS_NOT_FOUND ?
		    error_set(err, STATUS_NOT_FOUND, "No account has the reference %s", normal) :
		    err->status;
	account_from_row(out, res, 0);
	db_clear(res);
	return STATUS_OK;
}

enum status
pay_account_get(const struct session *s, const char *request_id, long long id,
    struct pay_account *out, struct error *err)
{
	static const char sql[] = "SELECT " ACCOUNT_COLUMNS "FROM account a WHERE a.id = $1";
	char aid[24];
	const char *params[] = { aid };
	struct pg_result *res;

	if (!session_may(s, MAY_VIEW_CUSTOMER))
		return error_set(err, STATUS_DENIED, NULL);
	snprintf(aid, sizeof aid, "%lld", id);
	if (db_run(s->db, "BEGIN", 0, NULL, err) != STATUS_OK)
		return err->status;
	res = db_exec_one(s->db, sql, 1, params, STATUS_NOT_FOUND, "No such account", err);
	if (res == NULL)
		goto fail;
	account_from_row(out, res, 0);
	db_clear(res);
	if (audit_record(s, request_id, "view", "account", id, "", err) != STATUS_OK ||
	    db_run(s->db, "COMMIT", 0, NULL, err) != STATUS_OK)
		goto fail;
	return STATUS_OK;
fail:
	db_rollback(s->db);
	return err->status;
}

static void
transaction_from_row(void *row, const struct pg_result *res, int r)
{
	struct pay_transaction *t = row;

	snprintf(t->on, sizeof t->on, "%s", db_text(res, r, "on_date"));
	snprintf(t->kind, sizeof t->kind, "%s", db_text(res, r, "kind"));
	snprintf(t->description, sizeof t->description, "%s", db_text(res, r, "description"));
	t->amount_pence = db_int(res, r, "amount_pence");
	snprintf(t->receipt, sizeof t->receipt, "%s", db_text(res, r, "receipt"));
	t->payment_id = db_int(res, r, "payment_id");
	t->voided = db_bool(res, r, "voided");
}

enum status
pay_transactions(struct db *db, long long account_id, int limit,
    struct pay_transaction **out, int *count, struct error *err)
{
	static const char sql[] =
	    "SELECT to_char(t.on_date, 'YYYY-MM-DD') AS on_date, t.kind, t.description, "
	    "t.amount_pence, coalesce(p.receipt_number, '') AS receipt, "
	    "coalesce(t.payment_id, 0) AS payment_id, "
	    "(t.kind = 'payment' AND v.id IS NOT NULL) AS voided "
	    "FROM account_transaction t LEFT JOIN payment p ON p.id = t.payment_id "
	    "LEFT JOIN payment_void v ON v.payment_id = t.payment_id "
	    "WHERE t.account_id = $1 ORDER BY t.on_date DESC, t.id DESC LIMIT $2";
	char id[24], lim[16];
	const char *params[] = { id, lim };

	snprintf(id, sizeof id, "%lld", account_id);
	snprintf(lim, sizeof lim, "%d", limit);
	*out = db_select(db, sql, 2, params, sizeof **out, transaction_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

/* Fees ------------------------------------------------------------------------------------ */

static enum status
insert_fee_account(const struct session *s, long long case_id, const char *reference,
    const char *title, long long customer_id, const char *fund, long long *id,
    struct error *err)
{
	static const char sql[] =
	    "INSERT INTO account (reference, kind, fund, title, customer_id, case_id) "
	    "VALUES ($1, 'fee', $2, $3, $4, $5) RETURNING id";
	char customer[24], kase[24];
	const char *params[] = { reference, fund, title, customer, kase };
	struct pg_result *res;

	snprintf(customer, sizeof customer, "%lld", customer_id);
	snprintf(kase, sizeof kase, "%lld", case_id);
	res = db_exec(s->db, sql, 5, params, err);
	if (res == NULL)
		return err->status;
	*id = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

enum status
pay_add_fee(const struct session *s, long long case_id, const char *reference,
    const char *title, long long customer_id, long long pence, const char *fund,
    struct error *err)
{
	/* Charged on the day the case was received, which is the day the fee became due. */
	static const char charge[] =
	    "INSERT INTO account_transaction (account_id, on_date, kind, description, "
	    "amount_pence) VALUES ($1, coalesce((SELECT received_on FROM casework WHERE id = $2), "
	    "current_date), 'charge', 'Fee: ' || $3, $4)";
	char account[24], kase[24], amount[24], request[DB_REQUEST_ID_LEN];
	const char *params[] = { account, kase, title, amount };
	long long id = 0;

	if (pence <= 0)
		return error_set(err, STATUS_INVALID, "A fee must be more than \xc2\xa3" "0.00");
	if (fund == NULL || choice_find(pay_funds, fund) == NULL)
		return error_set(err, STATUS_INVALID, "unknown fund \"%s\"", fund ? fund : "");
	if (insert_fee_account(s, case_id, reference, title, customer_id, fund, &id, err) !=
	    STATUS_OK)
		return err->status;
	snprintf(account, sizeof account, "%lld", id);
	snprintf(kase, sizeof kase, "%lld", case_id);
	snprintf(amount, sizeof amount, "%lld", pence);
	if (db_run(s->db, charge, 4, params, err) != STATUS_OK)
		return err->status;
	db_new_request_id(request);
	return audit_record(s, request, "create", "account", id,
	    "reference,kind,fund,title,customer_id,case_id,amount_pence", err);
}

/* Receipts -------------------------------------------------------------------------------- */

/* The payment's own ledger row gives balance_after: the ledger up to and including it. */
static const char receipt_sql[] =
    "SELECT p.id, p.receipt_number, to_char(p.taken_at, 'YYYY-MM-DD HH24:MI') AS taken_at, "
    "to_char(p.business_date, 'YYYY-MM-DD') AS business_date, a.reference, a.title, "
    "concat_ws(' ', nullif(u.title, ''), u.full_name) AS customer, p.amount_pence, p.method, "
    "p.fund, coalesce(p.auth_code, '') AS auth_code, "
    "coalesce(p.cheque_number, '') AS cheque_number, "
    "(SELECT sum(b.amount_pence) FROM account_transaction b "
    " WHERE b.account_id = p.account_id AND b.id <= t.id) AS balance_after, "
    "s.first_name || ' ' || s.last_name AS staff, sp.name AS service_point, "
    "v.id IS NOT NULL AS voided, coalesce(v.reason, '') AS void_reason, "
    "coalesce(vs.first_name || ' ' || vs.last_name, '') AS voided_by "
    "FROM payment p JOIN account a ON a.id = p.account_id "
    "JOIN customer u ON u.id = p.customer_id "
    "JOIN account_transaction t ON t.payment_id = p.id AND t.kind = 'payment' "
    "JOIN staff s ON s.id = p.staff_id JOIN service_point sp ON sp.id = p.service_point_id "
    "LEFT JOIN payment_void v ON v.payment_id = p.id "
    "LEFT JOIN staff vs ON vs.id = v.staff_id ";

static void
copy_column(char *dst, size_t size, const struct pg_result *res, const char *column)
{
	snprintf(dst, size, "%s", db_text(res, 0, column));
}

static enum status
receipt_where(struct db *db, const char *where, const char *key, struct pay_receipt *out,
    struct error *err)
{
	char sql[sizeof receipt_sql + 64];
	const char *params[] = { key };
	struct pg_result *res;

	snprintf(sql, sizeof sql, "%s%s", receipt_sql, where);
	res = db_exec_one(db, sql, 1, params, STATUS_NOT_FOUND, "No payment has that receipt",
	    err);
	if (res == NULL)
		return err->status;
	memset(out, 0, sizeof *out);
	out->payment_id = db_int(res, 0, "id");
	copy_column(out->number, sizeof out->number, res, "receipt_number");
	copy_column(out->taken_at, sizeof out->taken_at, res, "taken_at");
	copy_column(out->business_date, sizeof out->business_date, res, "business_date");
	copy_column(out->account_reference, sizeof out->account_reference, res, "reference");
	copy_column(out->account_title, sizeof out->account_title, res, "title");
	copy_column(out->customer, sizeof out->customer, res, "customer");
	out->amount_pence = db_int(res, 0, "amount_pence");
	copy_column(out->method, sizeof out->method, res, "method");
	copy_column(out->fund, sizeof out->fund, res, "fund");
	copy_column(out->auth_code, sizeof out->auth_code, res, "auth_code");
	copy_column(out->cheque_number, sizeof out->cheque_number, res, "cheque_number");
	out->balance_after_pence = db_int(res, 0, "balance_after");
	copy_column(out->staff, sizeof out->staff, res, "staff");
	copy_column(out->service_point, sizeof out->service_point, res, "service_point");
	out->voided = db_bool(res, 0, "voided");
	copy_column(out->void_reason, sizeof out->void_reason, res, "void_reason");
	copy_column(out->voided_by, sizeof out->voided_by, res, "voided_by");
	db_clear(res);
	return STATUS_OK;
}

static enum status
receipt_by_id(struct db *db, long long payment_id, struct pay_receipt *out, struct error *err)
{
	char id[24];

	snprintf(id, sizeof id, "%lld", payment_id);
	return receipt_where(db, "WHERE p.id = $1", id, out, err);
}

enum status
pay_receipt_get(struct db *db, const char *number, struct pay_receipt *out, struct error *err)
{
	return receipt_where(db, "WHERE p.receipt_number = upper(btrim($1))",
	    number ? number : "", out, err);
}

/* Receipt text: labels in a column, values wrapped beside them, every line under 60. */
#define LINE_MAX_CHARS 59
#define LABEL_WIDTH 12

struct text {
	char *buf;
	size_t size;
	size_t len;		/* what the whole text needs, like snprintf */
	unsigned char cut;	/* the first byte that did not fit */
};

static void
put(struct text *t, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++, t->len++) {
		if (t->len + 1 < t->size)
			t->buf[t->len] = s[i];
		else if (t->len + 1 == t->size)
			t->cut = (unsigned char)s[i];
	}
}

static bool
utf8_continuation(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* Bytes of s that fit in width characters, broken after a word when one fits. */
static size_t
line_bytes(const char *s, int width)
{
	size_t i = 0, last_space = 0;
	int chars = 0;

	while (s[i] != '\0') {
		if (!utf8_continuation((unsigned char)s[i])) {
			if (chars == width)
				return last_space > 0 ? last_space : i;
			chars++;
			if (s[i] == ' ')
				last_space = i;
		}
		i++;
	}
	return i;
}

/*
 * value wrapped at LINE_MAX_CHARS: the first line starts with label padded to indent columns,
 * the lines after it with indent spaces.
 */
static void
put_wrapped(struct text *t, const char *label, int indent, const char *value)
{
	const char *p = value;

	do {
		size_t n = line_bytes(p, LINE_MAX_CHARS - indent), end = n;
		char pad[LABEL_WIDTH + 1];

		snprintf(pad, sizeof pad, "%-*s", indent, p == value ? label : "");
		while (end > 0 && p[end - 1] == ' ')
			end--;
		put(t, pad, end > 0 ? (size_t)indent : strlen(label));
		put(t, p, end);
		put(t, "\n", 1);
		p += n;
		while (*p == ' ')
			p++;
	} while (*p != '\0');
}

static void
put_field(struct text *t, const char *label, const char *value)
{
	put_wrapped(t, label, LABEL_WIDTH, value);
}

static void
put_line(struct text *t, const char *line)
{
	put_wrapped(t, "", 0, line);
}

static void
finish(struct text *t)
{
	size_t end;

	if (t->size == 0)
		return;
	end = t->len < t->size ? t->len : t->size - 1;
	/* Never leave half a character at the cut: drop the whole of it. */
	if (end < t->len && utf8_continuation(t->cut)) {
		while (end > 0 && utf8_continuation((unsigned char)t->buf[end - 1]))
			end--;
		if (end > 0)
			end--;
	}
	t->buf[end] = '\0';
}

static void
receipt_payment_lines(struct text *t, const struct pay_receipt *r)
{
	char amount[VALIDATE_PENCE_SIZE], line[128];

	validate_format_pence(r->amount_pence, amount, sizeof amount);
	put_field(t, "Amount", amount);
	if (strcmp(r->method, "card") == 0)
		snprintf(line, sizeof line, "Card, authorisation code %s", r->auth_code);
	else if (strcmp(r->method, "cheque") == 0)
		snprintf(line, sizeof line, "Cheque number %s", r->cheque_number);
	else
		snprintf(line, sizeof line, "%s", choice_label(pay_methods, r->method));
	put_field(t, "Paid by", line);
	put_field(t, "Paid to", choice_label(pay_funds, r->fund));
	validate_format_pence(r->balance_after_pence < 0 ? -r->balance_after_pence :
	    r->balance_after_pence, amount, sizeof amount);
	if (r->balance_after_pence > 0)
		snprintf(line, sizeof line, "%s still to pay", amount);
	else if (r->balance_after_pence < 0)
		snprintf(line, sizeof line, "%s in credit", amount);
	else
		snprintf(line, sizeof line, "%s: paid in full", amount);
	put_field(t, "Balance", line);
}

int
pay_receipt_text(const struct pay_receipt *r, const char *council, char *buf, size_t size)
{
	struct text t = { buf, size, 0, 0 };
	char line[400], when[CALENDAR_DATE_SIZE];

	put_line(&t, council != NULL && council[0] != '\0' ? council : "Receipt");
	snprintf(line, sizeof line, "Receipt %s", r->number);
	put_line(&t, line);
	put(&t, "\n", 1);
	snprintf(line, sizeof line, "%.10s", r->taken_at);
	format_date(line, when, sizeof when);
	snprintf(line, sizeof line, "%s %s", when, strlen(r->taken_at) > 11 ? r->taken_at + 11 :
	    "");
	put_field(&t, "Taken", line);
	if (strncmp(r->taken_at, r->business_date, 10) != 0) {
		format_date(r->business_date, when, sizeof when);
		put_field(&t, "Till day", when);
	}
	put_field(&t, "Taken by", r->staff);
	put_field(&t, "At", r->service_point);
	put_field(&t, "Customer", r->customer);
	put_field(&t, "Account", r->account_reference);
	put_field(&t, "", r->account_title);
	receipt_payment_lines(&t, r);
	if (r->voided) {
		snprintf(line, sizeof line, "by %s: %s", r->voided_by, r->void_reason);
		put_field(&t, "VOID", line);
	}
	put(&t, "\n", 1);
	put_line(&t, "Thank you. Please keep this receipt.");
	finish(&t);
	return (int)t.len;
}

/* Taking a payment ------------------------------------------------------------------------ */

struct take {
	const struct session *s;
	const char *request_id;
	const struct pay_new *n;
	char auth_code[16];		/* card only */
	char cheque_number[16];		/* cheque only */
};

/* The account row locked, so two payments at once each see the other's effect on the balance. */
static enum status
lock_account(struct db *db, long long id, long long *balance, struct error *err)
{
	static const char lock[] = "SELECT id FROM account WHERE id = $1 FOR UPDATE";
	static const char sum[] =
	    "SELECT coalesce(sum(amount_pence), 0) AS balance FROM account_transaction "
	    "WHERE account_id = $1";
	char aid[24];
	const char *params[] = { aid };
	struct pg_result *res;

	snprintf(aid, sizeof aid, "%lld", id);
	if ((res = db_exec_one(db, lock, 1, params, STATUS_NOT_FOUND, "No such account",
	    err)) == NULL)
		return err->status;
	db_clear(res);
	/* A statement of its own: its snapshot is taken after the lock was granted. */
	if ((res = db_exec(db, sum, 1, params, err)) == NULL)
		return err->status;
	*balance = db_int(res, 0, "balance");
	db_clear(res);
	return STATUS_OK;
}

/*
 * Locks the till day of staff at point (shared: a close waits for us) and refuses it when it is
 * cashed up. what says what can no longer happen, for the message.
 */
static enum status
check_day_open(struct db *db, int staff, int point, const char *date, const char *what,
    struct error *err)
{
	static const char sql[] = "SELECT coalesce(pay_day_closed($1, $2, $3::date), '') AS closed";
	char sid[16], pid[16], when[CALENDAR_DATE_SIZE];
	const char *params[] = { sid, pid, date };
	struct pg_result *res;
	char closed[16];

	snprintf(sid, sizeof sid, "%d", staff);
	snprintf(pid, sizeof pid, "%d", point);
	if ((res = db_exec(db, sql, 3, params, err)) == NULL)
		return err->status;
	snprintf(closed, sizeof closed, "%s", db_text(res, 0, "closed"));
	db_clear(res);
	format_date(date, when, sizeof when);
	if (strcmp(closed, "staff") == 0)
		return error_set(err, STATUS_CONFLICT, "The till for %s is cashed up: %s", when,
		    what);
	if (closed[0] != '\0')
		return error_set(err, STATUS_CONFLICT,
		    "The service point's day %s is cashed up: %s", when, what);
	return STATUS_OK;
}

/* The database refused a write into a closed day (its trigger is the guarantee). */
static enum status
closed_day_guard(struct error *err)
{
	if (err->status == STATUS_CONFLICT && strncmp(err->detail, "pay: the till day", 17) == 0)
		return error_set(err, STATUS_CONFLICT,
		    "That till day has just been cashed up: nothing in it can change");
	return err->status;
}

static enum status
check_overpayment(const struct pay_new *n, long long balance, struct error *err)
{
	long long owed = balance > 0 ? balance : 0;
	char over[VALIDATE_PENCE_SIZE], due[VALIDATE_PENCE_SIZE];

	if (n->amount_pence <= owed || n->overpay_confirmed)
		return STATUS_OK;
	validate_format_pence(n->amount_pence - owed, over, sizeof over);
	validate_format_pence(owed, due, sizeof due);
	return error_set(err, STATUS_INVALID,
	    "That is %s more than the %s owed: confirm to take it", over, due);
}

static enum status
next_receipt_number(struct db *db, const char *business_date, char out[PAY_REFERENCE_LEN],
    struct error *err)
{
	static const char sql[] =
	    "INSERT INTO case_counter (prefix, year, last_number) VALUES ('RCP', $1, 1) "
	    "ON CONFLICT (prefix, year) DO UPDATE SET last_number = case_counter.last_number + 1 "
	    "RETURNING last_number";
	char year[8];
	const char *params[] = { year };
	struct pg_result *res;

	snprintf(year, sizeof year, "%.4s", business_date);
	if ((res = db_exec(db, sql, 1, params, err)) == NULL)
		return err->status;
	snprintf(out, PAY_REFERENCE_LEN, "RCP-%s-%06lld", year, db_int(res, 0, "last_number"));
	db_clear(res);
	return STATUS_OK;
}

static enum status
insert_payment(const struct take *k, const char *receipt, long long *id, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO payment (receipt_number, account_id, customer_id, amount_pence, fund, "
	    "method, auth_code, cheque_number, staff_id, service_point_id, contact_id, "
	    "business_date) "
	    "SELECT $1, a.id, a.customer_id, $3, a.fund, $4, NULLIF($5, ''), NULLIF($6, ''), "
	    "$7, $8, NULLIF($9, '0')::bigint, $10::date FROM account a WHERE a.id = $2 "
	    "RETURNING id";
	const struct pay_new *n = k->n;
	char account[24], amount[24], staff[16], point[16], contact[24];
	const char *params[] = { receipt, account, amount, n->method, k->auth_code,
		k->cheque_number, staff, point, contact, n->business_date };
	struct pg_result *res;

	snprintf(account, sizeof account, "%lld", n->account_id);
	snprintf(amount, sizeof amount, "%lld", n->amount_pence);
	snprintf(staff, sizeof staff, "%d", k->s->staff.id);
	snprintf(point, sizeof point, "%d", k->s->staff.service_point_id);
	snprintf(contact, sizeof contact, "%lld", n->contact_id);
	if ((res = db_exec(k->s->db, sql, 10, params, err)) == NULL)
		return closed_day_guard(err);
	*id = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

/* A ledger row for a payment (pence negative) or its void (positive). */
static enum status
add_ledger_row(struct db *db, long long payment_id, const char *kind, long long pence,
    const char *description, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO account_transaction (account_id, on_date, kind, description, "
	    "amount_pence, payment_id) "
	    "SELECT account_id, business_date, $2, $3, $4, id FROM payment WHERE id = $1";
	char id[24], amount[24];
	const char *params[] = { id, kind, description, amount };

	snprintf(id, sizeof id, "%lld", payment_id);
	snprintf(amount, sizeof amount, "%lld", pence);
	return db_run(db, sql, 4, params, err);
}

static enum status
take_payment(void *arg, long long *result, struct error *err)
{
	const struct take *k = arg;
	const struct pay_new *n = k->n;
	struct db *db = k->s->db;
	char receipt[PAY_REFERENCE_LEN], description[64];
	long long balance = 0, id = 0;

	if (lock_account(db, n->account_id, &balance, err) != STATUS_OK ||
	    check_day_open(db, k->s->staff.id, k->s->staff.service_point_id, n->business_date,
	    "no more payments can be taken in it", err) != STATUS_OK ||
	    check_overpayment(n, balance, err) != STATUS_OK ||
	    next_receipt_number(db, n->business_date, receipt, err) != STATUS_OK ||
	    insert_payment(k, receipt, &id, err) != STATUS_OK)
		return err->status;
	snprintf(description, sizeof description, "%s payment",
	    choice_label(pay_methods, n->method));
	if (add_ledger_row(db, id, "payment", -n->amount_pence, description, err) != STATUS_OK ||
	    audit_record(k->s, k->request_id, "create", "payment", id,
	    "account_id,amount_pence,method,auth_code,cheque_number,business_date", err) !=
	    STATUS_OK)
		return err->status;
	*result = id;
	return STATUS_OK;
}

/* What can be checked before the transaction: the amount, method and its details, the day. */
static enum status
check_new_payment(const struct pay_new *n, struct take *k, struct error *err)
{
	struct date d;

	if (n->amount_pence <= 0)
		return error_set(err, STATUS_INVALID,
		    "The amount must be more than \xc2\xa3" "0.00");
	if (n->method == NULL || choice_find(pay_methods, n->method) == NULL)
		return error_set(err, STATUS_INVALID,
		    "Choose how it is paid: cash, card or cheque");
	if (n->business_date == NULL || !calendar_parse_date(n->business_date, &d))
		return error_set(err, STATUS_INVALID, "The till day must be a date (YYYY-MM-DD)");
	if (strcmp(n->method, "card") == 0) {
		if (pay_looks_like_card_number(n->auth_code))
			return error_set(err, STATUS_INVALID, "%s: enter the authorisation code "
			    "from the card terminal", card_number_typed);
		if (!pay_auth_code_normalise(n->auth_code, k->auth_code))
			return error_set(err, STATUS_INVALID, "A card payment needs the "
			    "authorisation code from the card terminal: 4 to 8 letters and digits");
	}
	if (strcmp(n->method, "cheque") == 0) {
		char number[16];
		bool ok = trim_copy(n->cheque_number, number, sizeof number) &&
		    strlen(number) == 6 && strspn(number, "0123456789") == 6;

		if (!ok)
			return error_set(err, STATUS_INVALID,
			    "A cheque payment needs the cheque's 6-digit number");
		memcpy(k->cheque_number, number, sizeof k->cheque_number);
	}
	return STATUS_OK;
}

enum status
pay_take(const struct session *s, const char *request_id, const struct pay_new *n,
    struct pay_receipt *out, struct error *err)
{
	struct take k = { .s = s, .request_id = request_id, .n = n };
	long long id = 0;

	if (!session_may(s, MAY_TAKE_PAYMENT))
		return error_set(err, STATUS_DENIED, "Your role cannot take payments");
	if (check_new_payment(n, &k, err) != STATUS_OK)
		return err->status;
	if (db_write(s->db, request_id, "pay.take", s->staff.id, take_payment, &k, &id, err) !=
	    STATUS_OK)
		return err->status;
	/* Also a retried request, which did not run take_payment: its first payment. */
	return receipt_by_id(s->db, id, out, err);
}

/* Voids ----------------------------------------------------------------------------------- */

struct voiding {
	const struct session *s;
	const char *request_id;
	long long payment_id;
	char reason[256];
};

struct paid {
	long long amount_pence;
	int staff_id, service_point_id;
	char business_date[11];
	char receipt[PAY_REFERENCE_LEN];
	bool voided;
};

/* The payment row locked, so two supervisors voiding it at once cannot both succeed. */
static enum status
lock_payment(struct db *db, long long id, struct paid *p, struct error *err)
{
	static const char lock[] =
	    "SELECT amount_pence, staff_id, service_point_id, receipt_number, "
	    "to_char(business_date, 'YYYY-MM-DD') AS business_date FROM payment WHERE id = $1 "
	    "FOR UPDATE";
	static const char voided[] = "SELECT count(*) AS n FROM payment_void WHERE payment_id = $1";
	char pid[24];
	const char *params[] = { pid };
	struct pg_result *res;

	snprintf(pid, sizeof pid, "%lld", id);
	if ((res = db_exec_one(db, lock, 1, params, STATUS_NOT_FOUND, "No such payment",
	    err)) == NULL)
		return err->status;
	p->amount_pence = db_int(res, 0, "amount_pence");
	p->staff_id = (int)db_int(res, 0, "staff_id");
	p->service_point_id = (int)db_int(res, 0, "service_point_id");
	snprintf(p->business_date, sizeof p->business_date, "%s", db_text(res, 0, "business_date"));
	snprintf(p->receipt, sizeof p->receipt, "%s", db_text(res, 0, "receipt_number"));
	db_clear(res);
	/* After the lock, so a void committed while we waited is seen. */
	if ((res = db_exec(db, voided, 1, params, err)) == NULL)
		return err->status;
	p->voided = db_int(res, 0, "n") > 0;
	db_clear(res);
	return STATUS_OK;
}

static enum status
insert_void(const struct voiding *v, long long *id, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO payment_void (payment_id, staff_id, reason) VALUES ($1, $2, $3) "
	    "RETURNING id";
	char pid[24], staff[16];
	const char *params[] = { pid, staff, v->reason };
	struct pg_result *res;

	snprintf(pid, sizeof pid, "%lld", v->payment_id);
	snprintf(staff, sizeof staff, "%d", v->s->staff.id);
	if ((res = db_exec(v->s->db, sql, 3, params, err)) == NULL)
		return closed_day_guard(err);
	*id = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

static enum status
void_payment(void *arg, long long *result, struct error *err)
{
	const struct voiding *v = arg;
	struct db *db = v->s->db;
	char description[300];
	struct paid p;
	long long id = 0;

	if (lock_payment(db, v->payment_id, &p, err) != STATUS_OK)
		return err->status;
	if (p.voided)
		return error_set(err, STATUS_INVALID, "Payment %s is already voided", p.receipt);
	if (check_day_open(db, p.staff_id, p.service_point_id, p.business_date,
	    "its payments can no longer be voided", err) != STATUS_OK ||
	    insert_void(v, &id, err) != STATUS_OK)
		return err->status;
	snprintf(description, sizeof description, "Void: %s", v->reason);
	if (add_ledger_row(db, v->payment_id, "void", p.amount_pence, description, err) !=
	    STATUS_OK ||
	    audit_record(v->s, v->request_id, "create", "payment_void", id, "payment_id,reason",
	    err) != STATUS_OK)
		return err->status;
	*result = id;
	return STATUS_OK;
}

enum status
pay_void(const struct session *s, const char *request_id, long long payment_id,
    const char *reason, struct error *err)
{
	struct voiding v = { .s = s, .request_id = request_id, .payment_id = payment_id };

	if (!session_may(s, MAY_VOID_PAYMENT))
		return error_set(err, STATUS_DENIED, "Only a supervisor can void a payment");
	if (is_blank(reason))
		return error_set(err, STATUS_INVALID, "Say why the payment is being voided");
	if (pay_looks_like_card_number(reason))
		return error_set(err, STATUS_INVALID, "%s", card_number_typed);
	if (!trim_copy(reason, v.reason, sizeof v.reason))
		return error_set(err, STATUS_INVALID, "Keep the reason under %zu characters",
		    sizeof v.reason);
	return db_write(s->db, request_id, "pay.void", s->staff.id, void_payment, &v, NULL, err);
}

/* The day's takings ----------------------------------------------------------------------- */

/* Which payments a scope covers: the advisor's own, or everyone's at the service point. */
static const char *
scope_where(enum pay_scope scope)
{
	return scope == PAY_SCOPE_STAFF ? "p.staff_id = $1" : "p.service_point_id = $1";
}

static int
scope_key(const struct session *s, enum pay_scope scope)
{
	return scope == PAY_SCOPE_STAFF ? s->staff.id : s->staff.service_point_id;
}

static const char *
scope_code(enum pay_scope scope)
{
	return scope == PAY_SCOPE_STAFF ? "staff" : "service_point";
}

static enum status
load_totals(struct db *db, enum pay_scope scope, const char *const *params, struct pay_day *d,
    struct error *err)
{
	char sql[640];
	struct pg_result *res;

	snprintf(sql, sizeof sql,
	    "SELECT p.method, p.fund, count(*) AS payments, sum(p.amount_pence) AS pence "
	    "FROM payment p WHERE %s AND p.business_date = $2::date "
	    "AND NOT EXISTS (SELECT 1 FROM payment_void v WHERE v.payment_id = p.id) "
	    "GROUP BY p.method, p.fund ORDER BY array_position(" METHOD_ORDER ", p.method), "
	    "array_position(" FUND_ORDER ", p.fund)", scope_where(scope));
	if ((res = db_exec(db, sql, 2, params, err)) == NULL)
		return err->status;
	d->totals = db_alloc_rows(res, sizeof *d->totals, err);
	if (d->totals == NULL) {
		db_clear(res);
		return err->status;
	}
	d->ntotals = db_rows(res);
	for (int r = 0; r < d->ntotals; r++) {
		struct pay_total *t = &d->totals[r];

		snprintf(t->method, sizeof t->method, "%s", db_text(res, r, "method"));
		snprintf(t->fund, sizeof t->fund, "%s", db_text(res, r, "fund"));
		t->payments = (int)db_int(res, r, "payments");
		t->pence = db_int(res, r, "pence");
		d->total_pence += t->pence;
		if (strcmp(t->method, "cash") == 0)
			d->expected_cash_pence += t->pence;
	}
	db_clear(res);
	return STATUS_OK;
}

static enum status
load_voids(struct db *db, enum pay_scope scope, const char *const *params, struct pay_day *d,
    struct error *err)
{
	char sql[256];
	struct pg_result *res;

	snprintf(sql, sizeof sql, "SELECT count(*) AS n FROM payment p JOIN payment_void v "
	    "ON v.payment_id = p.id WHERE %s AND p.business_date = $2::date", scope_where(scope));
	if ((res = db_exec(db, sql, 2, params, err)) == NULL)
		return err->status;
	d->voids = (int)db_int(res, 0, "n");
	db_clear(res);
	return STATUS_OK;
}

static enum status
load_cashup(struct db *db, enum pay_scope scope, const char *const *day, struct pay_day *d,
    struct error *err)
{
	char sql[512];
	const char *params[] = { day[0], day[1], scope_code(scope) };
	struct pg_result *res;

	snprintf(sql, sizeof sql,
	    "SELECT c.counted_cash_pence, c.difference_pence, c.note, "
	    "s.first_name || ' ' || s.last_name AS closed_by, "
	    "to_char(c.closed_at, 'YYYY-MM-DD HH24:MI') AS closed_at "
	    "FROM cashup c JOIN staff s ON s.id = c.closed_by "
	    "WHERE c.scope = $3 AND c.%s = $1 AND c.business_date = $2::date",
	    scope == PAY_SCOPE_STAFF ? "staff_id" : "service_point_id");
	if ((res = db_exec(db, sql, 3, params, err)) == NULL)
		return err->status;
	d->closed = db_rows(res) == 1;
	if (d->closed) {
		d->counted_cash_pence = db_int(res, 0, "counted_cash_pence");
		d->difference_pence = db_int(res, 0, "difference_pence");
		snprintf(d->note, sizeof d->note, "%s", db_text(res, 0, "note"));
		snprintf(d->closed_by, sizeof d->closed_by, "%s", db_text(res, 0, "closed_by"));
		snprintf(d->closed_at, sizeof d->closed_at, "%s", db_text(res, 0, "closed_at"));
	}
	db_clear(res);
	return STATUS_OK;
}

/* Staff who took payments at the service point that day and have not cashed up. */
static enum status
load_open_tills(struct db *db, const char *const *params, struct pay_day *d, struct error *err)
{
	static const char sql[] =
	    "SELECT s.first_name || ' ' || s.last_name AS name FROM staff s "
	    "WHERE s.id IN (SELECT p.staff_id FROM payment p WHERE p.service_point_id = $1 "
	    "  AND p.business_date = $2::date) "
	    "AND NOT EXISTS (SELECT 1 FROM cashup c WHERE c.scope = 'staff' "
	    "  AND c.staff_id = s.id AND c.business_date = $2::date) "
	    "ORDER BY s.first_name, s.last_name";
	struct pg_result *res;

	if ((res = db_exec(db, sql, 2, params, err)) == NULL)
		return err->status;
	if ((d->open_tills = db_alloc_rows(res, sizeof *d->open_tills, err)) == NULL) {
		db_clear(res);
		return err->status;
	}
	for (int r = 0; r < db_rows(res); r++) {
		if ((d->open_tills[r] = strdup(db_text(res, r, "name"))) == NULL) {
			db_clear(res);
			return error_set(err, STATUS_NO_MEMORY, NULL);
		}
		d->nopen_tills = r + 1;
	}
	db_clear(res);
	return STATUS_OK;
}

static enum status
load_day(const struct session *s, enum pay_scope scope, const char *business_date,
    struct pay_day *d, struct error *err)
{
	char key[16];
	const char *params[] = { key, business_date };

	memset(d, 0, sizeof *d);
	snprintf(d->business_date, sizeof d->business_date, "%s", business_date);
	snprintf(key, sizeof key, "%d", scope_key(s, scope));
	if (load_totals(s->db, scope, params, d, err) != STATUS_OK ||
	    load_voids(s->db, scope, params, d, err) != STATUS_OK ||
	    load_cashup(s->db, scope, params, d, err) != STATUS_OK ||
	    (scope == PAY_SCOPE_SERVICE_POINT &&
	    load_open_tills(s->db, params, d, err) != STATUS_OK)) {
		pay_day_free(d);
		return err->status;
	}
	return STATUS_OK;
}

static enum status
check_business_date(const char *business_date, struct error *err)
{
	struct date d;

	if (business_date == NULL || !calendar_parse_date(business_date, &d))
		return error_set(err, STATUS_INVALID, "The till day must be a date (YYYY-MM-DD)");
	return STATUS_OK;
}

enum status
pay_day_get(const struct session *s, enum pay_scope scope, const char *business_date,
    struct pay_day *out, struct error *err)
{
	memset(out, 0, sizeof *out);
	if (!session_may(s, MAY_TAKE_PAYMENT))
		return error_set(err, STATUS_DENIED, NULL);
	if (check_business_date(business_date, err) != STATUS_OK)
		return err->status;
	return load_day(s, scope, business_date, out, err);
}

void
pay_day_free(struct pay_day *d)
{
	for (int i = 0; i < d->nopen_tills; i++)
		free(d->open_tills[i]);
	free(d->open_tills);
	free(d->totals);
	d->open_tills = NULL;
	d->nopen_tills = 0;
	d->totals = NULL;
	d->ntotals = 0;
}

/* Closing the day ------------------------------------------------------------------------- */

struct closing {
	const struct session *s;
	const char *request_id;
	enum pay_scope scope;
	const char *business_date;
	long long counted_cash_pence;
	char note[256];
};

/* Only the day's own exclusive lock: payments and voids in it wait, and none is half-done. */
static enum status
lock_day(const struct closing *c, struct error *err)
{
	static const char sql[] = "SELECT pay_day_lock($1, $2, $3::date, true)";
	char key[16];
	const char *params[] = { scope_code(c->scope), key, c->business_date };

	snprintf(key, sizeof key, "%d", scope_key(c->s, c->scope));
	return db_run(c->s->db, sql, 3, params, err);
}

/* The service point's day closes last: a till closed after it would be a change to it. */
static enum status
check_point_open(const struct closing *c, struct error *err)
{
	static const char sql[] =
	    "SELECT count(*) AS n FROM cashup WHERE scope = 'service_point' "
	    "AND service_point_id = $1 AND business_date = $2::date";
	char point[16], when[CALENDAR_DATE_SIZE];
	const char *params[] = { point, c->business_date };
	struct pg_result *res;
	bool closed;

	snprintf(point, sizeof point, "%d", c->s->staff.service_point_id);
	if ((res = db_exec(c->s->db, sql, 2, params, err)) == NULL)
		return err->status;
	closed = db_int(res, 0, "n") > 0;
	db_clear(res);
	format_date(c->business_date, when, sizeof when);
	return closed ? error_set(err, STATUS_CONFLICT,
	    "The service point's day %s is already cashed up", when) : STATUS_OK;
}

static enum status
check_closable(const struct closing *c, const struct pay_day *d, struct error *err)
{
	char when[CALENDAR_DATE_SIZE], names[200] = "";
	char counted[VALIDATE_PENCE_SIZE], expected[VALIDATE_PENCE_SIZE];
	long long difference = c->counted_cash_pence - d->expected_cash_pence;

	format_date(c->business_date, when, sizeof when);
	if (d->closed)
		return error_set(err, STATUS_CONFLICT, c->scope == PAY_SCOPE_STAFF ?
		    "Your till for %s is already cashed up" :
		    "The service point's day %s is already cashed up", when);
	if (d->nopen_tills > 0) {
		for (int i = 0; i < d->nopen_tills; i++)
			snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
			    i > 0 ? ", " : "", d->open_tills[i]);
		return error_set(err, STATUS_CONFLICT,
		    "Every till must be cashed up first. Still open: %s", names);
	}
	if (difference == 0 || c->note[0] != '\0')
		return STATUS_OK;
	validate_format_pence(difference < 0 ? -difference : difference, counted, sizeof counted);
	validate_format_pence(d->expected_cash_pence, expected, sizeof expected);
	return error_set(err, STATUS_INVALID, "The cash counted is %s %s the %s expected: "
	    "add a note saying why", counted, difference < 0 ? "short of" : "over", expected);
}

static enum status
insert_cashup(const struct closing *c, const struct pay_day *d, long long *id,
    struct error *err)
{
	static const char sql[] =
	    "INSERT INTO cashup (scope, business_date, service_point_id, staff_id, "
	    "expected_cash_pence, counted_cash_pence, total_pence, note, closed_by) "
	    "VALUES ($1, $2::date, $3, NULLIF($4, '0')::int, $5, $6, $7, $8, $9) RETURNING id";
	char point[16], staff[16], expected[24], counted[24], total[24], by[16];
	const char *params[] = { scope_code(c->scope), c->business_date, point, staff, expected,
		counted, total, c->note, by };
	struct pg_result *res;

	snprintf(point, sizeof point, "%d", c->s->staff.service_point_id);
	snprintf(staff, sizeof staff, "%d", c->scope == PAY_SCOPE_STAFF ? c->s->staff.id : 0);
	snprintf(expected, sizeof expected, "%lld", d->expected_cash_pence);
	snprintf(counted, sizeof counted, "%lld", c->counted_cash_pence);
	snprintf(total, sizeof total, "%lld", d->total_pence);
	snprintf(by, sizeof by, "%d", c->s->staff.id);
	if ((res = db_exec(c->s->db, sql, 9, params, err)) == NULL)
		return err->status;
	*id = db_int(res, 0, "id");
	db_clear(res);
	return STATUS_OK;
}

static enum status
insert_cashup_totals(struct db *db, long long cashup_id, const struct pay_day *d,
    struct error *err)
{
	static const char sql[] =
	    "INSERT INTO cashup_total (cashup_id, method, fund, payments, pence) "
	    "VALUES ($1, $2, $3, $4, $5)";
	char id[24], payments[16], pence[24];

	snprintf(id, sizeof id, "%lld", cashup_id);
	for (int i = 0; i < d->ntotals; i++) {
		const struct pay_total *t = &d->totals[i];
		const char *params[] = { id, t->method, t->fund, payments, pence };

		snprintf(payments, sizeof payments, "%d", t->payments);
		snprintf(pence, sizeof pence, "%lld", t->pence);
		if (db_run(db, sql, 5, params, err) != STATUS_OK)
			return err->status;
	}
	return STATUS_OK;
}

static enum status
close_day(void *arg, long long *result, struct error *err)
{
	const struct closing *c = arg;
	struct pay_day d;
	long long id = 0;

	if (lock_day(c, err) != STATUS_OK ||
	    (c->scope == PAY_SCOPE_STAFF && check_point_open(c, err) != STATUS_OK) ||
	    load_day(c->s, c->scope, c->business_date, &d, err) != STATUS_OK)
		return err->status;
	if (check_closable(c, &d, err) != STATUS_OK ||
	    insert_cashup(c, &d, &id, err) != STATUS_OK ||
	    insert_cashup_totals(c->s->db, id, &d, err) != STATUS_OK ||
	    audit_record(c->s, c->request_id, "create", "cashup", id,
	    "scope,business_date,counted_cash_pence,note", err) != STATUS_OK) {
		pay_day_free(&d);
		return err->status;
	}
	pay_day_free(&d);
	*result = id;
	return STATUS_OK;
}

enum status
pay_day_close(const struct session *s, const char *request_id, enum pay_scope scope,
    const char *business_date, long long counted_cash_pence, const char *note,
    struct error *err)
{
	struct closing c = { .s = s, .request_id = request_id, .scope = scope,
		.business_date = business_date, .counted_cash_pence = counted_cash_pence };

	if (scope == PAY_SCOPE_SERVICE_POINT && !session_may(s, MAY_CLOSE_SERVICE_POINT))
		return error_set(err, STATUS_DENIED,
		    "Only a supervisor can close the service point's day");
	if (!session_may(s, MAY_TAKE_PAYMENT))
		return error_set(err, STATUS_DENIED, "Your role does not take payments");
	if (check_business_date(business_date, err) != STATUS_OK)
		return err->status;
	if (counted_cash_pence < 0)
		return error_set(err, STATUS_INVALID,
		    "The cash counted cannot be less than \xc2\xa3" "0.00");
	if (pay_looks_like_card_number(note))
		return error_set(err, STATUS_INVALID, "%s", card_number_typed);
	if (!trim_copy(note, c.note, sizeof c.note))
		return error_set(err, STATUS_INVALID, "Keep the note under %zu characters",
		    sizeof c.note);
	return db_write(s->db, request_id, "pay.close", s->staff.id, close_day, &c, NULL, err);
}
