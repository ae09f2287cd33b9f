/* The single view of the customer: one record per resident, searched, shown and kept current. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "customer.h"
#include "draft.h"
#include "language.h"
#include "validate.h"

const struct choice customer_channels[] = {
	{ "phone", N_("Phone") },
	{ "email", N_("Email") },
	{ "letter", N_("Letter") },
	{ "sms", N_("Text message") },
	{ "face_to_face", N_("Face to face") },
	{ NULL, NULL },
};

const struct choice customer_interpreters[] = {
	{ "none", N_("Not needed") },
	{ "spoken", N_("Spoken language") },
	{ "bsl", N_("British Sign Language") },
	{ NULL, NULL },
};

/* Scripts suggest the website only to customers who have not told us they cannot use it. */
const struct choice customer_online[] = {
	{ "unknown", N_("Not asked") },
	{ "yes", N_("Can use it") },
	{ "with_help", N_("With help") },
	{ "cannot", N_("Cannot use it") },
	{ NULL, NULL },
};

#define FIELD(f) #f, offsetof(struct customer, f), sizeof(((struct customer *)0)->f)

/* The form's order. */
const struct customer_field customer_fields[] = {
	{ FIELD(title), "Title", false, CHECK_TEXT, NULL,
	  "Mr, Mrs, Ms, Miss, Mx, Dr, or leave empty" },
	{ FIELD(first_name), "First name", true, CHECK_NAME, NULL, "As the customer spells it" },
	{ FIELD(last_name), "Last name", true, CHECK_NAME, NULL, "As the customer spells it" },
	{ FIELD(date_of_birth), "Date of birth", false, CHECK_DATE_OF_BIRTH, NULL,
	  "DD/MM/YYYY" },
	{ FIELD(phone), "Phone", false, CHECK_PHONE, NULL, "A UK number, mobile or landline" },
	{ FIELD(email), "Email", false, CHECK_EMAIL, NULL, "For example name@example.com" },
	{ FIELD(address_line1), "Address", false, CHECK_TEXT, NULL, "House number and street" },
	{ FIELD(address_line2), "", false, CHECK_TEXT, NULL, "Flat, building or area (optional)" },
	{ FIELD(town), "Town", false, CHECK_TEXT, NULL, "Town or village" },
	{ FIELD(postcode), "Postcode", false, CHECK_POSTCODE, NULL, "For example SW1A 1AA" },
	{ FIELD(preferred_channel), "Contact by", true, CHECK_CHOICE, customer_channels,
	  "How the customer wants us to keep in touch (Space for the next choice)" },
	{ FIELD(language), "Language", true, CHECK_NAME, NULL,
	  "The language the customer speaks best" },
	{ FIELD(written_language), "Writes in", false, CHECK_NAME, NULL,
	  "The language for letters, when not the one spoken (empty: the same)" },
	{ FIELD(interpreter), "Interpreter", true, CHECK_CHOICE, customer_interpreters,
	  "Does the customer need an interpreter? (Space for the next choice)" },
	{ FIELD(formats), "Formats", false, CHECK_FORMATS, NULL,
	  "Large print, braille, easy read or audio, separated by commas" },
	{ FIELD(access_needs), "Adjustments", false, CHECK_TEXT, NULL,
	  "Other adjustments: hearing loop, step-free access, more time ..." },
	{ FIELD(online), "Uses website", true, CHECK_CHOICE, customer_online,
	  "Can the customer use our website? (Space for the next choice)" },
};

const size_t customer_field_count = sizeof customer_fields / sizeof customer_fields[0];

char *
customer_field_value(struct customer *c, const struct customer_field *f)
{
	return (char *)c + f->offset;
}

const char *
customer_field_cvalue(const struct customer *c, const struct customer_field *f)
{
	return (const char *)c + f->offset;
}

static void
trim(char *s)
{
	size_t len = strlen(s), start = 0;

	while (len > 0 && isspace((unsigned char)s[len - 1]))
		s[--len] = '\0';
	while (isspace((unsigned char)s[start]))
		start++;
	memmove(s, s + start, len - start + 1);
}

/* Runs a validator and, when it accepts, stores its normalised form back in the field. */
static bool
apply(struct validation *v, char *value, size_t size, char *message, size_t len)
{
	if (v->result == VALIDATE_INVALID) {
		snprintf(message, len, "%s", v->message);
		return false;
	}
	snprintf(value, size, "%s", v->normal);
	if (v->result == VALIDATE_WARN)
		snprintf(message, len, "%s", v->message);
	return true;
}

bool
customer_check_field(struct customer *c, const struct customer_field *f, const char *today,
    char *message, size_t len)
{
	char *value = customer_field_value(c, f);
	struct validation v;
	int y, m, d;

	message[0] = '\0';
	trim(value);
	if (value[0] == '\0') {
		if (!f->required)
			return true;
		snprintf(message, len, "%s is needed", f->label);
		return false;
	}
	switch (f->check) {
	case CHECK_TEXT:
	case CHECK_NAME:
		return true;
	case CHECK_POSTCODE:
		validate_postcode(value, &v);
		return apply(&v, value, f->size, message, len);
	case CHECK_PHONE:
		validate_phone(value, &v);
		return apply(&v, value, f->size, message, len);
	case CHECK_EMAIL:
		validate_email(value, &v);
		return apply(&v, value, f->size, message, len);
	case CHECK_DATE_OF_BIRTH:
		if (sscanf(today, "%d-%d-%d", &y, &m, &d) != 3)
			y = 2000, m = 1, d = 1;
		validate_date_of_birth(value, y, m, d, &v);
		if (!apply(&v, value, f->size, message, len))
			return false;
		/* Advisors read dates the British way; the database converts. */
		snprintf(value, f->size, "%.2s/%.2s/%.4s", v.normal + 8, v.normal + 5, v.normal);
		return true;
	case CHECK_CHOICE:
		if (choice_find(f->choices, value) != NULL)
			return true;
		snprintf(message, len, "Choose one of the listed values");
		return false;
	case CHECK_FORMATS:
		if (language_formats_normalise(value, value, f->size))
			return true;
		snprintf(message, len, "Formats are large print, braille, easy read or audio");
		return false;
	}
	return true;
}

/* Search ---------------------------------------------------------------------------------- */

#define MATCH_COLUMNS \
    "id, full_name, coalesce(to_char(date_of_birth, 'DD/MM/YYYY'), '') AS dob, " \
    "concat_ws(', ', nullif(address_line1, ''), nullif(address_line2, ''), nullif(town, '')) " \
    "AS address, postcode, phone"

#define FROM_CUSTOMER "SELECT " MATCH_COLUMNS " FROM customer "

/* text_pattern_ops ranges: "starts with x" is x ~>=~ and ~<~ x || the highest character. */
#define STARTS_WITH(col, prefix) \
    col " ~>=~ " prefix " AND " col " ~<~ (" prefix " || U&'\\+10FFFF')"

/*
 * Misspelt surnames ("Jon Smiht"): each typed word is compared by edit distance with the
 * surnames sharing its first letter; the closest five are then read through the surname index,
 * narrowed by the first two letters of another typed word when there is one (the given name).
 * $1 the query as typed, $2 the limit.
 */
static const char misspelt_sql[] =
    "WITH w AS (SELECT t.word, t.ord "
    "  FROM regexp_split_to_table(lower($1), '\\s+') WITH ORDINALITY AS t(word, ord) "
    "  WHERE t.word ~ '^[[:alpha:]]'), "
    "near AS (SELECT s.name, levenshtein_less_equal(s.name, w.word, 2) AS d, "
    "  coalesce((SELECT left(o.word, 2) FROM w o WHERE o.ord <> w.ord ORDER BY o.ord LIMIT 1), "
    "  '') AS given "
    "  FROM w JOIN surname s ON length(w.word) >= 3 "
    "  AND " STARTS_WITH("s.name", "left(w.word, 1)") " "
    "  WHERE levenshtein_less_equal(s.name, w.word, 2) <= 2 ORDER BY d, s.name LIMIT 5) "
    "SELECT m.* FROM near CROSS JOIN LATERAL (SELECT " MATCH_COLUMNS ", "
    "  lower(first_name) AS given_key FROM customer WHERE lower(last_name) = near.name "
    "  AND " STARTS_WITH("lower(first_name)", "near.given") " "
    "  ORDER BY lower(first_name) USING ~<~, id LIMIT $2) m "
    "ORDER BY near.d, m.given_key USING ~<~, m.id LIMIT $2";

enum query_kind { QUERY_NAME, QUERY_POSTCODE, QUERY_PHONE, QUERY_EMAIL, QUERY_REFERENCE,
	QUERY_ACCOUNT };

/*
 * Case references "RPT-2026-000123" (three letters) and account references "CT-00000015" (two),
 * or the start of one from the hyphen: letters, a hyphen, then digits and hyphens.
 */
static bool
looks_like_reference(const char *q, int letters)
{
	for (int i = 0; i < letters; i++)
		if (!isalpha((unsigned char)q[i]))
			return false;
	if (q[letters] != '-')
		return false;
	for (q += letters + 1; *q != '\0'; q++)
		if (!isdigit((unsigned char)*q) && *q != '-')
			return false;
	return true;
}

static enum query_kind
classify(const char *q)
{
	if (looks_like_reference(q, 3))
		return QUERY_REFERENCE;
	if (looks_like_reference(q, 2))
		return QUERY_ACCOUNT;
	if (strchr(q, '@') != NULL)
		return QUERY_EMAIL;
	if (validate_looks_like_phone(q))
		return QUERY_PHONE;
	if (validate_looks_like_postcode(q))
		return QUERY_POSTCODE;
	return QUERY_NAME;
}

/* Turns typed text into a LIKE prefix: wildcards the customer typed are matched literally. */
static void
like_prefix(const char *in, char *out, size_t size)
{
	size_t n = 0;

	for (; *in != '\0' && n + 3 < size; in++) {
		char ch = *in;

		if (ch == '%' || ch == '_' || ch == '\\')
			out[n++] = '\\';
		out[n++] = (char)tolower((unsigned char)ch);
	}
	out[n++] = '%';
	out[n] = '\0';
}

/* +44 7700 …, +44 (0)7700 … and 0044 7700 … are all searched as 07700 … */
static void
phone_prefix(const char *q, char *out, size_t size)
{
	char digits[32];
	const char *national = digits;
	size_t n = 0;

	for (const char *p = q; *p != '\0' && n + 1 < sizeof digits; p++)
		if (isdigit((unsigned char)*p))
			digits[n++] = *p;
	digits[n] = '\0';
	if (strncmp(digits, "0044", 4) == 0)
		national = digits + 4;
	else if (strncmp(digits, "44", 2) == 0 && strchr(q, '+') != NULL)
		national = digits + 2;
	if (national != digits && national[0] == '0')
		national++;
	snprintf(out, size, "%s%s%%", national != digits ? "0" : "", national);
}

/*
 * Postcodes are stored upper case with one space, which keeps districts apart: "EM1" must find
 * EM1 4AB but not EM10 4AB. A whole postcode matches exactly, an outward code alone matches
 * "EM1 %", and anything longer is a prefix of the normalised form.
 */
static void
postcode_pattern(const char *q, char *out, size_t size)
{
	struct validation v;
	char norm[16];
	size_t n = 0;
	bool space = false;

	validate_postcode(q, &v);
	if (v.result != VALIDATE_INVALID && v.normal[0] != '\0') {
		snprintf(out, size, "%s", v.normal);
		return;
	}
	for (; *q != '\0' && n + 2 < sizeof norm; q++) {
		if (*q == ' ') {
			space = n > 0;
			continue;
		}
		if (space && n > 0 && norm[n - 1] != ' ')
			norm[n++] = ' ';
		space = false;
		norm[n++] = (char)toupper((unsigned char)*q);
	}
	norm[n] = '\0';
	snprintf(out, size, "%s%s%%", norm, strchr(norm, ' ') ? "" : " ");
}

static void
match_from_row(struct customer_match *m, const struct pg_result *res, int row, const char *why)
{
	m->id = db_int(res, row, "id");
	snprintf(m->name, sizeof m->name, "%s", db_text(res, row, "full_name"));
	snprintf(m->date_of_birth, sizeof m->date_of_birth, "%s", db_text(res, row, "dob"));
	snprintf(m->address, sizeof m->address, "%s", db_text(res, row, "address"));
	snprintf(m->postcode, sizeof m->postcode, "%s", db_text(res, row, "postcode"));
	snprintf(m->phone, sizeof m->phone, "%s", db_text(res, row, "phone"));
	snprintf(m->why, sizeof m->why, "%s", why);
}

/* Appends the rows of res not already in the list. */
static enum status
append_matches(struct customer_match **list, int *count, int limit, const struct pg_result *res,
    const char *why, struct error *err)
{
	int rows = db_rows(res);

	for (int r = 0; r < rows && *count < limit; r++) {
		long long id = db_int(res, r, "id");
		bool seen = false;

		for (int i = 0; i < *count && !seen; i++)
			seen = (*list)[i].id == id;
		if (seen)
			continue;
		if (*list == NULL) {
			*list = calloc((size_t)limit, sizeof **list);
			if (*list == NULL)
				return error_set(err, STATUS_NO_MEMORY, NULL);
		}
		match_from_row(&(*list)[(*count)++], res, r, why);
	}
	return STATUS_OK;
}

/* Runs one search statement ($1 arg, $2 limit, $3 arg2 when given) and adds its new rows. */
static enum status
run_search(struct db *db, const char *sql, const char *arg, const char *arg2, int limit,
    const char *why, struct customer_match **out, int *count, struct error *err)
{
	char lim[16];
	const char *params[] = { arg, lim, arg2 };
	struct pg_result *res;
	enum status st;

	snprintf(lim, sizeof lim, "%d", limit);
	res = db_exec(db, sql, arg2 != NULL ? 3 : 2, params, err);
	if (res == NULL)
		return err->status;
	st = append_matches(out, count, limit, res, why, err);
	db_clear(res);
	return st;
}

/* The misspelt-surname step needs this much typed to say anything useful. */
#define MISSPELT_MIN_CHARS 4
/* Substring matches ranked by similarity: a bounded sample keeps common names fast. */
#define SUBSTRING_SAMPLE "200"

/*
 * Names, best first and each step an index scan: surnames starting with what was typed
 * ("smi": every Smith), then full names ("john sm"), then the name anywhere ("ohn smi"), and
 * only when those find few, misspelt surnames ("Jon Smiht").
 */
enum step_args {
	PATTERN,		/* $1 the escaped LIKE prefix, $2 the limit */
	PATTERN_AND_QUERY,	/* and $3 the query as typed */
	QUERY,			/* $1 the query as typed, $2 the limit */
};

static const struct search_step {
	const char *sql;
	enum step_args args;
	const char *why;
	int min_chars;
} name_steps[] = {
	{ FROM_CUSTOMER "WHERE lower(last_name) LIKE $1 "
	  "ORDER BY lower(last_name) USING ~<~, lower(first_name) USING ~<~, id LIMIT $2",
	  PATTERN, "name", 1 },
	{ FROM_CUSTOMER "WHERE lower(full_name) LIKE $1 "
	  "ORDER BY lower(full_name) USING ~<~, id LIMIT $2",
	  PATTERN, "name", 1 },
	{ FROM_CUSTOMER "WHERE id IN (SELECT id FROM customer WHERE full_name ILIKE '%' || $1 "
	  "LIMIT " SUBSTRING_SAMPLE ") ORDER BY similarity(full_name, $3) DESC, id LIMIT $2",
	  PATTERN_AND_QUERY, "name", 3 },
	{ misspelt_sql, QUERY, "similar name", MISSPELT_MIN_CHARS },
};

/*
 * Trigrams come from words, so "r.k" gives only one-letter words that match nearly every name:
 * the substring step waits for a word of three characters (bytes of UTF-8 letters count).
 */
static bool
has_word(const char *q, size_t min)
{
	size_t run = 0;

	for (; *q != '\0'; q++) {
		run = isalnum((unsigned char)*q) || (unsigned char)*q >= 0x80 ? run + 1 : 0;
		if (run >= min)
			return true;
	}
	return false;
}

static enum status
run_step(struct db *db, const struct search_step *step, const char *pattern, const char *q,
    int limit, struct customer_match **out, int *count, struct error *err)
{
	return run_search(db, step->sql, step->args == QUERY ? q : pattern,
	    step->args == PATTERN_AND_QUERY ? q : NULL, limit, step->why, out, count, err);
}

static enum status
search_name(struct db *db, const char *q, int limit, struct customer_match **out, int *count,
    struct error *err)
{
	const size_t nsteps = sizeof name_steps / sizeof name_steps[0];
	char pattern[160];
	size_t len = strlen(q);

	like_prefix(q, pattern, sizeof pattern);
	for (size_t i = 0; i < nsteps; i++) {
		const struct search_step *step = &name_steps[i];

		/* Misspellings are looked for only when the exact steps found few. */
		if (*count >= limit || len < (size_t)step->min_chars ||
		    (i == nsteps - 1 && *count >= 5))
			break;
		if (step->args == PATTERN_AND_QUERY && !has_word(q, 3))
			continue;
		if (run_step(db, step, pattern, q, limit, out, count, err) != STATUS_OK)
			return err->status;
	}
	return STATUS_OK;
}

enum status
customer_search(struct db *db, const char *query, int limit, struct customer_match **out,
    int *count, struct error *err)
{
	/* Each follows its index's order (see 001_core.sql), so LIMIT stops an index scan. */
	static const char *const sql[] = {
		[QUERY_POSTCODE] = FROM_CUSTOMER "WHERE postcode LIKE $1 "
		    "ORDER BY postcode USING ~<~, address_line1, last_name, id LIMIT $2",
		[QUERY_PHONE] = FROM_CUSTOMER "WHERE phone_key LIKE $1 AND phone_key <> '' "
		    "ORDER BY phone_key USING ~<~, last_name, id LIMIT $2",
		[QUERY_EMAIL] = FROM_CUSTOMER "WHERE lower(email) LIKE $1 AND email <> '' "
		    "ORDER BY lower(email) USING ~<~, id LIMIT $2",
		[QUERY_REFERENCE] = "SELECT " MATCH_COLUMNS " FROM customer u JOIN (SELECT "
		    "customer_id, reference FROM casework WHERE reference LIKE $1 "
		    "ORDER BY reference USING ~<~ LIMIT $2) k ON k.customer_id = u.id "
		    "ORDER BY k.reference USING ~<~",
		[QUERY_ACCOUNT] = "SELECT " MATCH_COLUMNS " FROM customer u JOIN (SELECT "
		    "customer_id, reference FROM account WHERE reference LIKE $1 "
		    "ORDER BY reference USING ~<~ LIMIT $2) a ON a.customer_id = u.id "
		    "ORDER BY a.reference USING ~<~",
	};
	static const char *const why[] = {
		[QUERY_POSTCODE] = "postcode", [QUERY_PHONE] = "phone", [QUERY_EMAIL] = "email",
		[QUERY_REFERENCE] = "case reference", [QUERY_ACCOUNT] = "account reference",
	};
	char q[128], pattern[160];
	enum query_kind kind;

	*out = NULL;
	*count = 0;
	snprintf(q, sizeof q, "%s", query);
	trim(q);
	if (q[0] == '\0')
		return STATUS_OK;
	kind = classify(q);
	if (kind == QUERY_NAME)
		return search_name(db, q, limit, out, count, err);
	if (kind == QUERY_PHONE)
		phone_prefix(q, pattern, sizeof pattern);
	else if (kind == QUERY_POSTCODE)
		postcode_pattern(q, pattern, sizeof pattern);
	else if (kind == QUERY_REFERENCE || kind == QUERY_ACCOUNT) {
		like_prefix(q, pattern, sizeof pattern);
		for (char *p = pattern; *p != '\0'; p++)	/* references are upper case */
			*p = (char)toupper((unsigned char)*p);
	}
	else
		like_prefix(q, pattern, sizeof pattern);
	return run_search(db, sql[kind], pattern, NULL, limit, why[kind], out, count, err);
}

enum status
customer_duplicates(struct db *db, const struct customer *c, struct customer_match **out,
    int *count, struct error *err)
{
	static const char sql[] = "SELECT " MATCH_COLUMNS
	    ", CASE WHEN phone_key = $5 AND $5 <> '' THEN 'same phone' "
	    "WHEN lower(email) = lower($6) AND $6 <> '' THEN 'same email' "
	    "ELSE 'name and postcode' END AS why "
	    "FROM customer WHERE id <> $1::bigint AND ("
	    " (lower(first_name) = lower($2) AND lower(last_name) = lower($3) "
	    "  AND postcode = $4 AND $4 <> '')"
	    " OR (phone_key = $5 AND $5 <> '')"
	    " OR (lower(email) = lower($6) AND $6 <> ''))"
	    " ORDER BY id LIMIT 10";
	char id[24], phone_key[24];
	const char *params[] = { id, c->first_name, c->last_name, c->postcode, phone_key,
		c->email };
	struct pg_result *res;
	enum status st;

	*out = NULL;
	*count = 0;
	snprintf(id, sizeof id, "%lld", c->id);
	validate_phone_key(c->phone, phone_key, sizeof phone_key);
	res = db_exec(db, sql, 6, params, err);
	if (res == NULL)
		return err->status;
	st = append_matches(out, count, 10, res, "", err);
	for (int i = 0; st == STATUS_OK && i < *count; i++)
		snprintf((*out)[i].why, sizeof (*out)[i].why, "%s", db_text(res, i, "why"));
	db_clear(res);
	return st;
}

/* Records ------------------------------------------------------------------------------------ */

/* Formats are codes in the database (large_print) and words on screen (large print). */
#define CUSTOMER_FORMATS "replace(array_to_string(formats, ', '), '_', ' ')"
#define TO_FORMATS(p) "coalesce(string_to_array(nullif(replace(replace(" p ", ', ', ','), " \
	"' ', '_'), ''), ','), '{}')"

static const char get_sql[] =
    "WITH seen AS (INSERT INTO audit (staff_id, action, entity, entity_id, terminal, request_id) "
    "  SELECT $2, 'view', 'customer', id, $3, $4 FROM customer WHERE id = $1 "
    "  ON CONFLICT (request_id) DO NOTHING) "
    "SELECT id, version, title, first_name, last_name, "
    "coalesce(to_char(date_of_birth, 'DD/MM/YYYY'), '') AS date_of_birth, phone, email, "
    "address_line1, address_line2, town, postcode, preferred_channel, language, "
    "written_language, interpreter, " CUSTOMER_FORMATS " AS formats, access_needs, online "
    "FROM customer WHERE id = $1";

enum status
customer_get(const struct session *s, const char *request_id, long long id, struct customer *out,
    struct error *err)
{
	char cid[24], staff[16];
	const char *params[] = { cid, staff, s->terminal, request_id };
	struct pg_result *res;

	if (!session_may(s, MAY_VIEW_CUSTOMER))
		return error_set(err, STATUS_DENIED, NULL);
	snprintf(cid, sizeof cid, "%lld", id);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	res = db_exec(s->db, get_sql, 4, params, err);
	if (res == NULL)
		return err->status;
	if (db_rows(res) != 1) {
		db_clear(res);
		return error_set(err, STATUS_NOT_FOUND, "customer %lld not found", id);
	}
	memset(out, 0, sizeof *out);
	out->id = db_int(res, 0, "id");
	out->version = (int)db_int(res, 0, "version");
	for (size_t i = 0; i < customer_field_count; i++) {
		const struct customer_field *f = &customer_fields[i];

		snprintf(customer_field_value(out, f), f->size, "%s", db_text(res, 0, f->name));
	}
	db_clear(res);
	return STATUS_OK;
}

/* The customer's fields as parameters $1 … $14, in customer_fields order. */
static void
field_params(const struct customer *c, const char **params, char *phone_key, size_t keylen)
{
	for (size_t i = 0; i < customer_field_count; i++) {
		const char *v = customer_field_cvalue(c, &customer_fields[i]);

		params[i] = v;
		if (customer_fields[i].check == CHECK_DATE_OF_BIRTH && v[0] == '\0')
			params[i] = NULL;
		/* Callers that predate the question have not asked it. */
		if (customer_fields[i].choices == customer_online && v[0] == '\0')
			params[i] = "unknown";
	}
	validate_phone_key(c->phone, phone_key, keylen);
	params[customer_field_count] = phone_key;
}

/* A customer write: the statement, its parameters, and what the audit row says. */
struct customer_write {
	const struct session *s;
	const char *request_id;
	const char *sql;
	const char **params;
	int nparams;
	const char *action;		/* create or update */
	long long id;			/* update: the customer */
	const char *changed;		/* update: field names */
	struct customer *c;		/* gets id (create) and version */
};

static enum status
write_customer(void *arg, long long *result, struct error *err)
{
	struct customer_write *w = arg;
	struct pg_result *res = db_exec_one(w->s->db, w->sql, w->nparams, w->params,
	    STATUS_CONFLICT, status_message(STATUS_CONFLICT), err);

	if (res == NULL)
		return err->status;
	if (w->id == 0)
		w->id = db_int(res, 0, "id");
	w->c->version = (int)db_int(res, 0, "version");
	db_clear(res);
	if (audit_record(w->s, w->request_id, w->action, "customer", w->id, w->changed, err) !=
	    STATUS_OK)
		return err->status;
	/* What a retry gets back: the version an update reached, or the new customer's id. */
	*result = strcmp(w->action, "update") == 0 ? w->c->version : w->id;
	return STATUS_OK;
}

enum status
customer_create(const struct session *s, const char *request_id, struct customer *c,
    struct error *err)
{
	static const char sql[] =
	    "INSERT INTO customer (title, first_name, last_name, date_of_birth, phone, email, "
	    "address_line1, address_line2, town, postcode, preferred_channel, language, "
	    "written_language, interpreter, formats, access_needs, online, phone_key) "
	    "VALUES ($1, $2, $3, to_date($4, 'DD/MM/YYYY'), $5, $6, $7, $8, $9, $10, $11, $12, $13, "
	    "$14, " TO_FORMATS("$15") ", $16, $17, $18) "
	    "RETURNING id, version";
	const char *params[19];
	char phone_key[24];
	struct customer_write w = { s, request_id, sql, params, 18, "create", 0, "", c };
	long long id = 0;

	if (!session_may(s, MAY_CREATE_CUSTOMER))
		return error_set(err, STATUS_DENIED, NULL);
	field_params(c, params, phone_key, sizeof phone_key);
	c->version = 1;
	if (db_write(s->db, request_id, "customer.create", s->staff.id, write_customer, &w, &id,
	    err) != STATUS_OK)
		return err->status;
	c->id = id;
	return STATUS_OK;
}

/* Comma-separated names of the fields that differ; empty when nothing changed. */
static void
changed_fields(const struct customer *a, const struct customer *b, char *out, size_t size)
{
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < customer_field_count; i++) {
		const struct customer_field *f = &customer_fields[i];

		if (strcmp(customer_field_cvalue(a, f), customer_field_cvalue(b, f)) == 0)
			continue;
		used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s",
		    used ? "," : "", f->name);
	}
}

enum status
customer_update(const struct session *s, const char *request_id, const struct customer *before,
    struct customer *after, struct error *err)
{
	static const char sql[] =
	    "UPDATE customer SET title = $1, first_name = $2, last_name = $3, "
	    "date_of_birth = to_date($4, 'DD/MM/YYYY'), "
	    "phone = $5, email = $6, address_line1 = $7, address_line2 = $8, town = $9, "
	    "postcode = $10, preferred_channel = $11, language = $12, written_language = $13, "
	    "interpreter = $14, formats = " TO_FORMATS("$15") ", access_needs = $16, online = $17, "
	    "phone_key = $18, version = version + 1, updated_at = now() "
	    "WHERE id = $19 AND version = $20 RETURNING id, version";
	const char *params[20];
	char phone_key[24], id[24], version[16], changed[512];
	struct customer_write w = { s, request_id, sql, params, 20, "update", before->id, changed,
		after };
	long long reached = 0;

	if (!session_may(s, MAY_EDIT_CUSTOMER))
		return error_set(err, STATUS_DENIED, NULL);
	changed_fields(before, after, changed, sizeof changed);
	if (changed[0] == '\0')
		return STATUS_OK;
	field_params(after, params, phone_key, sizeof phone_key);
	snprintf(id, sizeof id, "%lld", before->id);
	snprintf(version, sizeof version, "%d", before->version);
	params[18] = id;
	params[19] = version;
	after->id = before->id;
	if (db_write(s->db, request_id, "customer.update", s->staff.id, write_customer, &w,
	    &reached, err) != STATUS_OK)
		return err->status;
	after->version = (int)reached;
	return STATUS_OK;
}

/* Drafts ------------------------------------------------------------------------------------ */

char *
customer_to_draft(const struct customer *c)
{
	const char *names[32], *values[32];
	int n = 0;

	for (size_t i = 0; i < customer_field_count && n < 32; i++, n++) {
		names[n] = customer_fields[i].name;
		values[n] = customer_field_cvalue(c, &customer_fields[i]);
	}
	return draft_encode(names, values, n);
}

static void
field_from_draft(const char *name, const char *value, void *arg)
{
	struct customer *c = arg;

	for (size_t i = 0; i < customer_field_count; i++)
		if (strcmp(customer_fields[i].name, name) == 0)
			snprintf(customer_field_value(c, &customer_fields[i]), customer_fields[i].size,
			    "%s", value);
}

void
customer_from_draft(struct customer *c, const char *draft)
{
	draft_decode(draft, field_from_draft, c);
}
