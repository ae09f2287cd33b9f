/*
 * Tests for core/draft: drafts kept in the database, and in a private file while the database is
 * unreachable, moved into the database once it is back.
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "draft.h"
#include "dbtest.h"

#define KIND "customer"

/* A customer of the test's own, so no other test's draft shares its key; 0 after a failed check. */
static long long
new_customer(const struct session *s)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];
	struct customer c;

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Draftsman%s", suffix);
	dbtest_customer(&c, "Dora", last);
	return dbtest_create(s, &c) ? c.id : 0;
}

/* A drafts folder of the test's own under $CIVICDESK_TEST_TMP (or /tmp), not yet created. */
static void
drafts_folder(struct config *cfg)
{
	const char *tmp = getenv("CIVICDESK_TEST_TMP");
	char suffix[DBTEST_SUFFIX_LEN];

	dbtest_suffix(suffix);
	snprintf(cfg->drafts_dir, sizeof cfg->drafts_dir, "%s/drafts-%s",
	    tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp", suffix);
}

static void
draft_file(const struct session *s, long long customer_id, char *out, size_t size)
{
	snprintf(out, size, "%s/%d-%lld-%s.draft", s->cfg->drafts_dir, s->staff.id, customer_id,
	    KIND);
}

/* Drafts in the database for this advisor and customer with exactly this body. */
static long long
db_drafts(struct db *db, const struct session *s, long long customer_id, const char *body)
{
	char staff[16], cid[24];
	const char *params[] = { staff, cid, KIND, body };

	snprintf(staff, sizeof staff, "%d", s->staff.id);
	snprintf(cid, sizeof cid, "%lld", customer_id);
	return dbtest_count(db, "SELECT count(*) AS n FROM draft WHERE staff_id = $1 "
	    "AND customer_id = $2 AND kind = $3 AND body = $4", 4, params);
}

/* A session like online's, on a database handle that can never connect. */
static struct db *
offline_copy(const struct session *online, struct session *offline)
{
	struct db *db = db_open("host=/nonexistent-dir dbname=x", "public");

	*offline = *online;
	offline->db = db;
	return db;
}

TEST(test_saved_draft_loads_back)
{
	struct dbtest t;
	struct error err = { 0 };
	char saved_at[17] = "", *body;
	long long customer;

	if (!dbtest_begin(&t, "demo"))
		return;
	drafts_folder(&t.cfg);
	if ((customer = new_customer(&t.s)) != 0) {
		CHECK_INT(draft_save(&t.s, customer, KIND, "town=Northgate\n", &err), STATUS_OK);
		CHECK_INT(db_drafts(t.db, &t.s, customer, "town=Northgate\n"), 1);
		body = draft_load(&t.s, customer, KIND, saved_at);
		CHECK_STR(body, "town=Northgate\n");
		CHECK_INT(strlen(saved_at), 16);	/* "YYYY-MM-DD HH:MM" */
		free(body);
		draft_discard(&t.s, customer, KIND);
	}
	dbtest_end(&t);
}

TEST(test_discarded_draft_is_gone)
{
	struct dbtest t;
	struct error err = { 0 };
	char saved_at[17], *body;
	long long customer;

	if (!dbtest_begin(&t, "demo"))
		return;
	drafts_folder(&t.cfg);
	if ((customer = new_customer(&t.s)) != 0) {
		CHECK_INT(draft_save(&t.s, customer, KIND, "town=Northgate\n", &err), STATUS_OK);
		draft_discard(&t.s, customer, KIND);
		body = draft_load(&t.s, customer, KIND, saved_at);
		CHECK(body == NULL);
		free(body);
		CHECK_INT(db_drafts(t.db, &t.s, customer, "town=Northgate\n"), 0);
	}
	dbtest_end(&t);
}

TEST(test_offline_draft_is_kept_in_a_private_file)
{
	struct dbtest t;
	struct session offline;
	struct error err = { 0 };
	struct stat st;
	char path[1024], saved_at[17] = "", *body;
	long long customer;

	if (!dbtest_begin(&t, "demo"))
		return;
	drafts_folder(&t.cfg);
	if ((customer = new_customer(&t.s)) != 0 && offline_copy(&t.s, &offline) != NULL) {
		CHECK_INT(draft_save(&offline, customer, KIND, "phone=01632 960000\n", &err),
		    STATUS_OK);
		draft_file(&offline, customer, path, sizeof path);
		if (CHECK(stat(path, &st) == 0))
			CHECK_INT(st.st_mode & 07777, 0600);
		body = draft_load(&offline, customer, KIND, saved_at);
		CHECK_STR(body, "phone=01632 960000\n");
		CHECK_INT(strlen(saved_at), 16);
		free(body);
		unlink(path);
		rmdir(t.cfg.drafts_dir);
		db_close(offline.db);
	}
	dbtest_end(&t);
}

TEST(test_flush_moves_file_draft_into_database)
{
	struct dbtest t;
	struct session offline;
	struct error err = { 0 };
	char path[1024];
	long long customer;

	if (!dbtest_begin(&t, "demo"))
		return;
	drafts_folder(&t.cfg);
	if ((customer = new_customer(&t.s)) != 0 && offline_copy(&t.s, &offline) != NULL) {
		CHECK_INT(draft_save(&offline, customer, KIND, "town=Offline\\nville\n", &err),
		    STATUS_OK);
		db_close(offline.db);
		draft_file(&t.s, customer, path, sizeof path);
		CHECK(access(path, F_OK) == 0);
		CHECK_INT(db_drafts(t.db, &t.s, customer, "town=Offline\\nville\n"), 0);

		CHECK_INT(draft_flush(&t.s), 1);
		CHECK(access(path, F_OK) != 0);
		CHECK_INT(db_drafts(t.db, &t.s, customer, "town=Offline\\nville\n"), 1);
		draft_discard(&t.s, customer, KIND);
		unlink(path);
		rmdir(t.cfg.drafts_dir);
	}
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_saved_draft_loads_back),
	TEST_ENTRY(test_discarded_draft_is_gone),
	TEST_ENTRY(test_offline_draft_is_kept_in_a_private_file),
	TEST_ENTRY(test_flush_moves_file_draft_into_database),
};

HARNESS_MAIN(tests)
