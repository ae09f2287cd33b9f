/*
 * Language support against a real database: accessible formats kept as the record's own list,
 * formats moved out of free-text access needs, interpreting recorded on the advisor's own
 * contact (and audited), and the I speak card's choice of language saved and audited.
 */
#include <stdlib.h>
#include <string.h>

#include "contact.h"
#include "dbtest.h"
#include "language.h"

static bool
make_customer(struct dbtest *t, struct customer *c, const char *formats)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Lingua%s", suffix);
	dbtest_customer(c, "Ana", last);
	snprintf(c->language, sizeof c->language, "Romanian");
	snprintf(c->interpreter, sizeof c->interpreter, "spoken");
	snprintf(c->formats, sizeof c->formats, "%s", formats);
	return dbtest_create(&t->s, c);
}

static long long
start(struct dbtest *t, long long customer)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id = 0;

	db_new_request_id(rid);
	harness_check(contact_start(&t->s, rid, customer, &id, &err) == STATUS_OK, __FILE__,
	    __LINE__, "contact_start: %s", err.detail);
	return id;
}

TEST(test_formats_are_kept_as_the_records_list)
{
	struct dbtest t;
	struct customer c, back;
	char rid[DB_REQUEST_ID_LEN], key[24], got[64];
	const char *params[] = { key };
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo") || !make_customer(&t, &c, "Audio, BRAILLE"))
		return;
	snprintf(key, sizeof key, "%lld", c.id);
	CHECK(dbtest_text(t.db, "SELECT formats::text AS v FROM customer WHERE id = $1", 1,
	    params, got, sizeof got));
	CHECK_STR(got, "{braille,audio}");
	db_new_request_id(rid);
	if (CHECK_INT(customer_get(&t.s, rid, c.id, &back, &err), STATUS_OK))
		CHECK_STR(back.formats, "braille, audio");
	dbtest_end(&t);
}

TEST(test_formats_named_in_access_needs_move_to_formats)
{
	struct dbtest t;
	struct customer c;
	char key[24], got[128];
	const char *params[] = { key };

	if (!dbtest_begin(&t, "demo") || !make_customer(&t, &c, ""))
		return;
	snprintf(key, sizeof key, "%lld", c.id);
	CHECK_INT(db_run(t.db, "UPDATE customer SET access_needs = 'hearing loop, Large Print' "
	    "WHERE id = $1", 1, params, &(struct error){ 0 }), STATUS_OK);
	CHECK_INT(db_run(t.db, "SELECT customer_formats_from_needs()", 0, NULL,
	    &(struct error){ 0 }), STATUS_OK);
	CHECK(dbtest_text(t.db, "SELECT formats::text || '|' || access_needs AS v FROM customer "
	    "WHERE id = $1", 1, params, got, sizeof got));
	CHECK_STR(got, "{large_print}|hearing loop");
	dbtest_end(&t);
}

TEST(test_interpreting_is_recorded_on_my_contact_and_audited)
{
	struct dbtest t, other;
	struct customer c;
	struct language_interpreting li = { "Romanian", "telephone", 14, "LL-1234" };
	char rid[DB_REQUEST_ID_LEN], key[24];
	const char *params[] = { key };
	struct error err = { 0 };
	long long contact, id = 0;

	if (!dbtest_begin(&t, "demo") || !make_customer(&t, &c, "") ||
	    (contact = start(&t, c.id)) == 0)
		return;
	db_new_request_id(rid);
	CHECK_INT(language_record_interpreting(&t.s, rid, contact, &li, &id, &err), STATUS_OK);
	snprintf(key, sizeof key, "%lld", contact);
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM contact_interpreting WHERE "
	    "contact_id = $1 AND language = 'Romanian' AND kind = 'telephone' AND minutes = 14 "
	    "AND booking = 'LL-1234'", 1, params), 1);
	snprintf(key, sizeof key, "%lld", c.id);
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit WHERE entity = 'customer' "
	    "AND entity_id = $1 AND fields = 'interpreting'", 1, params), 1);
	li.minutes = 0;
	db_new_request_id(rid);
	CHECK_INT(language_record_interpreting(&t.s, rid, contact, &li, &id, &err),
	    STATUS_INVALID);
	li.minutes = 5;
	li.kind = "semaphore";
	CHECK_INT(language_record_interpreting(&t.s, rid, contact, &li, &id, &err),
	    STATUS_INVALID);
	/* Another advisor cannot record on my contact. */
	li.kind = "video";
	if (dbtest_begin(&other, "aisha.khan")) {
		db_new_request_id(rid);
		CHECK_INT(language_record_interpreting(&other.s, rid, contact, &li, &id, &err),
		    STATUS_NOT_FOUND);
		dbtest_end(&other);
	}
	dbtest_end(&t);
}

TEST(test_language_from_the_ispeak_card_is_saved_and_audited)
{
	struct dbtest t;
	struct customer c, after, back;
	char rid[DB_REQUEST_ID_LEN], key[24];
	const char *params[] = { key };
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo") || !make_customer(&t, &c, ""))
		return;
	snprintf(c.written_language, sizeof c.written_language, "Lithuanian");
	db_new_request_id(rid);
	if (!CHECK_INT(language_set_spoken(&t.s, rid, &c, "Lithuanian", &after, &err),
	    STATUS_OK))
		return;
	db_new_request_id(rid);
	if (CHECK_INT(customer_get(&t.s, rid, c.id, &back, &err), STATUS_OK)) {
		CHECK_STR(back.language, "Lithuanian");
		CHECK_STR(back.written_language, "");	/* the same as spoken: nothing more */
	}
	snprintf(key, sizeof key, "%lld", c.id);
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit WHERE entity = 'customer' "
	    "AND entity_id = $1 AND action = 'update' AND fields LIKE '%language%'", 1, params), 1);
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_formats_are_kept_as_the_records_list),
	TEST_ENTRY(test_formats_named_in_access_needs_move_to_formats),
	TEST_ENTRY(test_interpreting_is_recorded_on_my_contact_and_audited),
	TEST_ENTRY(test_language_from_the_ispeak_card_is_saved_and_audited),
};

HARNESS_MAIN(tests)
