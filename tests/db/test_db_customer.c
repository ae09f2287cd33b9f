/*
 * Tests for core/customer against the demo database: search, create and read back, editing with
 * optimistic locking, likely duplicates, idempotent creation, field checks and draft text.
 */
#include <stdlib.h>

#include "dbtest.h"

#define LIMIT 500		/* wide enough that other tests' customers never push ours out */
#define POSTCODE "EM9 9ZZ"	/* a valid Eastmere postcode the demo council never uses */

/* Searches and reports whether customer id is found, with what matched in why. */
static bool
search_finds(struct db *db, const char *query, long long id, char *why, size_t why_size)
{
	struct customer_match *m = NULL;
	struct error err = { 0 };
	const struct customer_match *hit;
	int count = 0;

	why[0] = '\0';
	if (!harness_check(customer_search(db, query, LIMIT, &m, &count, &err) == STATUS_OK,
	    __FILE__, __LINE__, "search \"%s\": %s", query, err.detail))
		return false;
	hit = dbtest_find_match(m, count, id);
	if (hit != NULL)
		snprintf(why, why_size, "%s", hit->why);
	free(m);
	return hit != NULL;
}

/* How many customers a search finds; -1 after a failed check. */
static int
search_count(struct db *db, const char *query)
{
	struct customer_match *m = NULL;
	struct error err = { 0 };
	int count = -1;

	if (!CHECK(customer_search(db, query, LIMIT, &m, &count, &err) == STATUS_OK))
		return -1;
	free(m);
	return count;
}

/*
 * Fills c as "first surname<suffix>" with an email and a phone no other customer has; the caller
 * adds anything else and saves it with dbtest_create().
 */
static bool
fill_customer(struct dbtest *t, struct customer *c, const char *first, const char *surname)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "%s%s", surname, suffix);
	dbtest_customer(c, first, last);
	snprintf(c->email, sizeof c->email, "%s.%s@example.com", first, suffix);
	return dbtest_unused_phone(t->db, c->phone, sizeof c->phone);
}

static bool
make_customer(struct dbtest *t, struct customer *c, const char *first, const char *surname)
{
	return fill_customer(t, c, first, surname) && dbtest_create(&t->s, c);
}

/* Checks that a and b hold the same text in every field but except (NULL: every field). */
static void
check_same_fields(const struct customer *a, const struct customer *b, const char *except)
{
	for (size_t i = 0; i < customer_field_count; i++) {
		const struct customer_field *f = &customer_fields[i];

		if (except == NULL || strcmp(f->name, except) != 0)
			harness_check(strcmp(customer_field_cvalue(a, f), customer_field_cvalue(b, f))
			    == 0, __FILE__, __LINE__, "%s is \"%s\", expected \"%s\"", f->name,
			    customer_field_cvalue(a, f), customer_field_cvalue(b, f));
	}
}

static bool
has_match(const struct customer_match *m, int count, long long id, const char *why)
{
	const struct customer_match *hit = dbtest_find_match(m, count, id);

	return CHECK(hit != NULL) && CHECK_STR(hit->why, why);
}

/* Search ------------------------------------------------------------------------------------ */

TEST(test_search_finds_customer_by_part_of_surname)
{
	struct dbtest t;
	struct customer c;
	char why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	/* "feather" and the suffix: the middle and end of "Quillfeather<suffix>". */
	if (make_customer(&t, &c, "Harriet", "Quillfeather")) {
		CHECK(search_finds(t.db, c.last_name + 5, c.id, why, sizeof why));
		CHECK_STR(why, "name");
	}
	dbtest_end(&t);
}

TEST(test_search_finds_misspelt_full_name)
{
	struct dbtest t;
	struct customer c;
	char suffix[DBTEST_SUFFIX_LEN], last[64], typed[96], why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Smith%s", suffix);
	dbtest_customer(&c, "Jonathan", last);
	if (dbtest_create(&t.s, &c)) {
		/* Two letters swapped: "Smiht…" is nowhere in the record, so only the misspelling
		 * step finds it. */
		snprintf(typed, sizeof typed, "Jonathan Smiht%s", suffix);
		CHECK(search_finds(t.db, typed, c.id, why, sizeof why));
		CHECK_STR(why, "similar name");
	}
	dbtest_end(&t);
}

TEST(test_search_finds_postcode_typed_with_space)
{
	struct dbtest t;
	struct customer c;
	char why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (fill_customer(&t, &c, "Ada", "Postle")) {
		snprintf(c.postcode, sizeof c.postcode, POSTCODE);
		if (dbtest_create(&t.s, &c)) {
			CHECK(search_finds(t.db, "EM9 9ZZ", c.id, why, sizeof why));
			CHECK_STR(why, "postcode");
		}
	}
	dbtest_end(&t);
}

TEST(test_search_finds_postcode_typed_lower_case_without_space)
{
	struct dbtest t;
	struct customer c;
	char why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (fill_customer(&t, &c, "Ada", "Postle")) {
		snprintf(c.postcode, sizeof c.postcode, POSTCODE);
		if (dbtest_create(&t.s, &c)) {
			CHECK(search_finds(t.db, "em99zz", c.id, why, sizeof why));
			CHECK_STR(why, "postcode");
		}
	}
	dbtest_end(&t);
}

/* "01632 960123" typed as its digits in other groups, or as +44 1632 960123. */
static void
phone_typed(const char *phone, bool plus44, char *out, size_t size)
{
	char digits[16];
	size_t n = 0;

	for (const char *p = phone; *p != '\0' && n + 1 < sizeof digits; p++)
		if (*p != ' ')
			digits[n++] = *p;
	digits[n] = '\0';
	if (plus44)
		snprintf(out, size, "+44 %.4s %s", digits + 1, digits + 5);
	else
		snprintf(out, size, "%.4s %.4s %s", digits, digits + 4, digits + 8);
}

TEST(test_search_finds_phone_typed_with_spaces)
{
	struct dbtest t;
	struct customer c;
	char typed[32], why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Ada", "Phoneby")) {
		phone_typed(c.phone, false, typed, sizeof typed);	/* "0163 2960 123" */
		CHECK(search_finds(t.db, typed, c.id, why, sizeof why));
		CHECK_STR(why, "phone");
	}
	dbtest_end(&t);
}

TEST(test_search_finds_phone_typed_in_plus_44_form)
{
	struct dbtest t;
	struct customer c;
	char typed[32], why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Ada", "Phoneby")) {
		phone_typed(c.phone, true, typed, sizeof typed);	/* "+44 1632 960123" */
		CHECK(search_finds(t.db, typed, c.id, why, sizeof why));
		CHECK_STR(why, "phone");
	}
	dbtest_end(&t);
}

TEST(test_search_finds_phone_typed_with_bracketed_zero)
{
	struct dbtest t;
	struct customer c;
	char typed[40], digits[32], why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Ada", "Phoneby")) {
		phone_typed(c.phone, true, digits, sizeof digits);	/* "+44 1632 960123" */
		snprintf(typed, sizeof typed, "+44 (0)%s", digits + 4);	/* "+44 (0)1632 960123" */
		CHECK(search_finds(t.db, typed, c.id, why, sizeof why));
		CHECK_STR(why, "phone");
	}
	dbtest_end(&t);
}

TEST(test_search_by_outward_code_keeps_districts_apart)
{
	struct dbtest t;
	struct customer_match *m = NULL;
	struct error err;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	/* The demo has both EM1 and EM10: "EM1" must find only EM1. */
	if (CHECK(customer_search(t.db, "EM1", 50, &m, &count, &err) == STATUS_OK)) {
		CHECK(count > 0);
		for (int i = 0; i < count; i++)
			if (!CHECK(strncmp(m[i].postcode, "EM1 ", 4) == 0))
				break;
	}
	free(m);
	dbtest_end(&t);
}

TEST(test_search_finds_email)
{
	struct dbtest t;
	struct customer c;
	char why[24];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Ada", "Mailer")) {
		CHECK(search_finds(t.db, c.email, c.id, why, sizeof why));
		CHECK_STR(why, "email");
	}
	dbtest_end(&t);
}

TEST(test_search_with_empty_query_gives_none)
{
	struct dbtest t;
	struct customer_match *m = NULL;
	struct error err = { 0 };
	int count = -1;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_INT(customer_search(t.db, "", LIMIT, &m, &count, &err), STATUS_OK);
	CHECK_INT(count, 0);
	CHECK(m == NULL);
	free(m);
	m = NULL;
	CHECK_INT(customer_search(t.db, "   ", LIMIT, &m, &count, &err), STATUS_OK);
	CHECK_INT(count, 0);
	free(m);
	dbtest_end(&t);
}

/* No surname starts with or holds a %: as a wildcard it would match every customer. */
TEST(test_search_matches_typed_percent_literally)
{
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_INT(search_count(t.db, "%"), 0);
	CHECK_INT(search_count(t.db, "%%%"), 0);
	dbtest_end(&t);
}

TEST(test_search_matches_typed_underscore_literally)
{
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_INT(search_count(t.db, "_"), 0);
	CHECK_INT(search_count(t.db, "__"), 0);
	CHECK_INT(search_count(t.db, "___"), 0);
	dbtest_end(&t);
}

/* Create, read, update ------------------------------------------------------------------------ */

TEST(test_create_then_get_returns_normalised_values)
{
	struct dbtest t;
	struct customer c, got;
	char rid[DB_REQUEST_ID_LEN], phone[24], typed[32], want_email[128];
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!fill_customer(&t, &c, "Grace", "Roundtrip")) {
		dbtest_end(&t);
		return;
	}
	snprintf(phone, sizeof phone, "%s", c.phone);
	phone_typed(phone, true, typed, sizeof typed);
	snprintf(c.phone, sizeof c.phone, "%s", typed);
	snprintf(want_email, sizeof want_email, "%s", c.email);
	snprintf(c.email, sizeof c.email, "  %.*sEXAMPLE.COM ", (int)(strchr(want_email, '@') -
	    want_email + 1), want_email);
	snprintf(c.title, sizeof c.title, "Dr");
	snprintf(c.date_of_birth, sizeof c.date_of_birth, "29/2/1980");
	snprintf(c.address_line1, sizeof c.address_line1, "12 Mill Lane");
	snprintf(c.address_line2, sizeof c.address_line2, "Flat 3");
	snprintf(c.town, sizeof c.town, "Eastmere");
	snprintf(c.postcode, sizeof c.postcode, "em9  9zz");
	snprintf(c.preferred_channel, sizeof c.preferred_channel, "email");
	snprintf(c.language, sizeof c.language, "Polish");
	snprintf(c.interpreter, sizeof c.interpreter, "spoken");
	snprintf(c.access_needs, sizeof c.access_needs, "large print, audio");
	if (dbtest_create(&t.s, &c)) {
		db_new_request_id(rid);
		if (CHECK_INT(customer_get(&t.s, rid, c.id, &got, &err), STATUS_OK)) {
			CHECK_INT(got.id, c.id);
			CHECK_INT(got.version, 1);
			CHECK_STR(got.title, "Dr");
			CHECK_STR(got.first_name, "Grace");
			CHECK_STR(got.last_name, c.last_name);
			CHECK_STR(got.date_of_birth, "29/02/1980");
			CHECK_STR(got.phone, phone);
			CHECK_STR(got.email, want_email);
			CHECK_STR(got.address_line1, "12 Mill Lane");
			CHECK_STR(got.address_line2, "Flat 3");
			CHECK_STR(got.town, "Eastmere");
			CHECK_STR(got.postcode, "EM9 9ZZ");
			CHECK_STR(got.preferred_channel, "email");
			CHECK_STR(got.language, "Polish");
			CHECK_STR(got.interpreter, "spoken");
			CHECK_STR(got.access_needs, "large print, audio");
		}
	}
	dbtest_end(&t);
}

/* Loads c afresh (a new view); false after a failed check. */
static bool
load(struct dbtest *t, long long id, struct customer *out)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return harness_check(customer_get(&t->s, rid, id, out, &err) == STATUS_OK, __FILE__,
	    __LINE__, "customer_get: %s", err.detail);
}

TEST(test_update_saves_the_edited_field_and_increments_version)
{
	struct dbtest t;
	struct customer c, before, after, got;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Ivy", "Editor") && load(&t, c.id, &before)) {
		after = before;
		snprintf(after.town, sizeof after.town, "Northgate");
		db_new_request_id(rid);
		CHECK_INT(customer_update(&t.s, rid, &before, &after, &err), STATUS_OK);
		CHECK_INT(after.version, before.version + 1);
		if (load(&t, c.id, &got)) {
			CHECK_STR(got.town, "Northgate");
			CHECK_INT(got.version, before.version + 1);
			check_same_fields(&got, &before, "town");
		}
	}
	dbtest_end(&t);
}

TEST(test_update_from_stale_version_conflicts_and_writes_nothing)
{
	struct dbtest t;
	struct customer c, loaded, first, stale, got;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Ivy", "Stale") && load(&t, c.id, &loaded)) {
		/* Another advisor saves first... */
		first = loaded;
		snprintf(first.town, sizeof first.town, "Northgate");
		db_new_request_id(rid);
		CHECK_INT(customer_update(&t.s, rid, &loaded, &first, &err), STATUS_OK);
		/* ...then this one saves an edit begun from the same version. */
		stale = loaded;
		snprintf(stale.address_line1, sizeof stale.address_line1, "1 Stale Street");
		db_new_request_id(rid);
		CHECK_INT(customer_update(&t.s, rid, &loaded, &stale, &err), STATUS_CONFLICT);
		CHECK_INT(err.status, STATUS_CONFLICT);
		if (load(&t, c.id, &got)) {
			CHECK_STR(got.address_line1, loaded.address_line1);
			CHECK_STR(got.town, "Northgate");
			CHECK_INT(got.version, loaded.version + 1);
		}
	}
	dbtest_end(&t);
}

TEST(test_create_twice_with_same_request_id_makes_one_customer)
{
	struct dbtest t;
	struct customer c, again;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	const char *params[1];

	if (!dbtest_begin(&t, "demo"))
		return;
	if (fill_customer(&t, &c, "Otto", "Twice") && dbtest_normalise(&c)) {
		again = c;
		db_new_request_id(rid);
		CHECK_INT(customer_create(&t.s, rid, &c, &err), STATUS_OK);
		CHECK_INT(customer_create(&t.s, rid, &again, &err), STATUS_OK);
		CHECK(c.id > 0);
		CHECK_INT(again.id, c.id);
		params[0] = c.last_name;
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM customer WHERE last_name = $1",
		    1, params), 1);
	}
	dbtest_end(&t);
}

/* Duplicates ------------------------------------------------------------------------------- */

/* Runs customer_duplicates for candidate; the caller frees *m. */
static bool
duplicates(struct dbtest *t, const struct customer *candidate, struct customer_match **m,
    int *count)
{
	struct error err = { 0 };

	*m = NULL;
	*count = 0;
	return harness_check(customer_duplicates(t->db, candidate, m, count, &err) == STATUS_OK,
	    __FILE__, __LINE__, "customer_duplicates: %s", err.detail);
}

/* A new record (id 0) for someone else: other names, phone and email, no postcode. */
static bool
someone_else(struct dbtest *t, struct customer *c)
{
	return fill_customer(t, c, "Bea", "Otherly") && dbtest_normalise(c);
}

TEST(test_duplicates_finds_same_name_and_postcode)
{
	struct dbtest t;
	struct customer c, candidate;
	struct customer_match *m;
	int count;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (fill_customer(&t, &c, "Nina", "Namesake")) {
		snprintf(c.postcode, sizeof c.postcode, POSTCODE);
		if (dbtest_create(&t.s, &c) && someone_else(&t, &candidate)) {
			snprintf(candidate.first_name, sizeof candidate.first_name, "%s", c.first_name);
			snprintf(candidate.last_name, sizeof candidate.last_name, "%s", c.last_name);
			snprintf(candidate.postcode, sizeof candidate.postcode, POSTCODE);
			if (duplicates(&t, &candidate, &m, &count)) {
				has_match(m, count, c.id, "name and postcode");
				free(m);
			}
		}
	}
	dbtest_end(&t);
}

TEST(test_duplicates_finds_same_phone)
{
	struct dbtest t;
	struct customer c, candidate;
	struct customer_match *m;
	int count;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Nina", "Phonesake") && someone_else(&t, &candidate)) {
		/* The same number typed in the international form. */
		phone_typed(c.phone, true, candidate.phone, sizeof candidate.phone);
		if (duplicates(&t, &candidate, &m, &count)) {
			has_match(m, count, c.id, "same phone");
			free(m);
		}
	}
	dbtest_end(&t);
}

TEST(test_duplicates_finds_same_email)
{
	struct dbtest t;
	struct customer c, candidate;
	struct customer_match *m;
	int count;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (make_customer(&t, &c, "Nina", "Mailsake") && someone_else(&t, &candidate)) {
		/* The same address in other capitals. */
		snprintf(candidate.email, sizeof candidate.email, "%s", c.email);
		for (char *p = candidate.email; *p != '\0'; p++)
			*p = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
		if (duplicates(&t, &candidate, &m, &count)) {
			has_match(m, count, c.id, "same email");
			free(m);
		}
	}
	dbtest_end(&t);
}

TEST(test_duplicates_ignores_a_different_person)
{
	struct dbtest t;
	struct customer c, candidate;
	struct customer_match *m;
	int count;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (fill_customer(&t, &c, "Nina", "Unique")) {
		snprintf(c.postcode, sizeof c.postcode, POSTCODE);
		if (dbtest_create(&t.s, &c) && someone_else(&t, &candidate)) {
			/* Same postcode and first name, but another surname, phone and email. */
			snprintf(candidate.first_name, sizeof candidate.first_name, "Nina");
			snprintf(candidate.postcode, sizeof candidate.postcode, POSTCODE);
			if (duplicates(&t, &candidate, &m, &count)) {
				CHECK_INT(count, 0);
				free(m);
			}
		}
	}
	dbtest_end(&t);
}

TEST(test_duplicates_excludes_the_record_itself)
{
	struct dbtest t;
	struct customer c;
	struct customer_match *m;
	int count;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (fill_customer(&t, &c, "Nina", "Itself")) {
		snprintf(c.postcode, sizeof c.postcode, POSTCODE);
		if (dbtest_create(&t.s, &c) && duplicates(&t, &c, &m, &count)) {
			CHECK(dbtest_find_match(m, count, c.id) == NULL);
			CHECK_INT(count, 0);
			free(m);
		}
	}
	dbtest_end(&t);
}

/* Field checks and drafts (no database) ----------------------------------------------------- */

static const struct customer_field *
field(const char *name)
{
	for (size_t i = 0; i < customer_field_count; i++)
		if (strcmp(customer_fields[i].name, name) == 0)
			return &customer_fields[i];
	return NULL;
}

TEST(test_check_field_rejects_bad_postcode_with_message)
{
	struct customer c;
	char message[200];

	dbtest_customer(&c, "Ada", "Lovelace");
	snprintf(c.postcode, sizeof c.postcode, "EM9 9Z");
	CHECK(!customer_check_field(&c, field("postcode"), DBTEST_TODAY, message, sizeof message));
	CHECK(message[0] != '\0');
}

TEST(test_check_field_normalises_good_postcode)
{
	struct customer c;
	char message[200];

	dbtest_customer(&c, "Ada", "Lovelace");
	snprintf(c.postcode, sizeof c.postcode, " em99zz ");
	CHECK(customer_check_field(&c, field("postcode"), DBTEST_TODAY, message, sizeof message));
	CHECK_STR(c.postcode, "EM9 9ZZ");
	CHECK_STR(message, "");
}

TEST(test_draft_text_round_trips_newline_and_backslash)
{
	struct customer c, back;
	char *text;
	int lines = 0;

	dbtest_customer(&c, "Ada", "Back\\slash");
	snprintf(c.access_needs, sizeof c.access_needs, "large print\nhearing loop \\n not a newline");
	snprintf(c.address_line1, sizeof c.address_line1, "1 Equals = Road");
	text = customer_to_draft(&c);
	if (!CHECK(text != NULL))
		return;
	for (const char *p = text; *p != '\0'; p++)
		lines += *p == '\n';
	CHECK_INT(lines, customer_field_count);	/* one line per field: the newline is escaped */
	memset(&back, 0, sizeof back);
	customer_from_draft(&back, text);
	CHECK_STR(back.access_needs, c.access_needs);
	CHECK_STR(back.last_name, "Back\\slash");
	CHECK_STR(back.address_line1, "1 Equals = Road");
	check_same_fields(&back, &c, NULL);
	free(text);
}

/* The holder of an account is found by its reference, typed in any case, whole or begun. */
TEST(test_search_by_account_reference_finds_the_holder)
{
	struct customer_match *m = NULL;
	struct error err = { 0 };
	struct db *db = dbtest_open();
	int count = 0;

	if (db == NULL)
		return;
	/* Demo customer 15 holds council tax account CT-00000015 (core/sql/demo_pay.sql). */
	CHECK(customer_search(db, "ct-00000015", 10, &m, &count, &err) == STATUS_OK);
	CHECK_INT(count, 1);
	CHECK(count == 1 && m[0].id == 15 && strcmp(m[0].why, "account reference") == 0);
	free(m);
	CHECK(customer_search(db, "CT-0000001", 10, &m, &count, &err) == STATUS_OK);
	CHECK_INT(count, 10);		/* CT-00000010 to CT-00000019 */
	CHECK(dbtest_find_match(m, count, 15) != NULL);
	free(m);
	db_close(db);
}

static const struct test tests[] = {
	TEST_ENTRY(test_search_by_account_reference_finds_the_holder),
	TEST_ENTRY(test_search_finds_customer_by_part_of_surname),
	TEST_ENTRY(test_search_finds_misspelt_full_name),
	TEST_ENTRY(test_search_finds_postcode_typed_with_space),
	TEST_ENTRY(test_search_finds_postcode_typed_lower_case_without_space),
	TEST_ENTRY(test_search_finds_phone_typed_with_spaces),
	TEST_ENTRY(test_search_finds_phone_typed_in_plus_44_form),
	TEST_ENTRY(test_search_finds_phone_typed_with_bracketed_zero),
	TEST_ENTRY(test_search_by_outward_code_keeps_districts_apart),
	TEST_ENTRY(test_search_finds_email),
	TEST_ENTRY(test_search_with_empty_query_gives_none),
	TEST_ENTRY(test_search_matches_typed_percent_literally),
	TEST_ENTRY(test_search_matches_typed_underscore_literally),
	TEST_ENTRY(test_create_then_get_returns_normalised_values),
	TEST_ENTRY(test_update_saves_the_edited_field_and_increments_version),
	TEST_ENTRY(test_update_from_stale_version_conflicts_and_writes_nothing),
	TEST_ENTRY(test_create_twice_with_same_request_id_makes_one_customer),
	TEST_ENTRY(test_duplicates_finds_same_name_and_postcode),
	TEST_ENTRY(test_duplicates_finds_same_phone),
	TEST_ENTRY(test_duplicates_finds_same_email),
	TEST_ENTRY(test_duplicates_ignores_a_different_person),
	TEST_ENTRY(test_duplicates_excludes_the_record_itself),
	TEST_ENTRY(test_check_field_rejects_bad_postcode_with_message),
	TEST_ENTRY(test_check_field_normalises_good_postcode),
	TEST_ENTRY(test_draft_text_round_trips_newline_and_backslash),
};

HARNESS_MAIN(tests)
