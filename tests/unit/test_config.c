/*
 * Tests for core/config: the built-in defaults, and civicdesk.ini files good and bad (written to
 * temporary files under $CIVICDESK_TEST_TMP, or /tmp).
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "config.h"
#include "harness.h"

/* Loads text over the defaults into cfg; the status, with err filled on failure. */
static enum status
load(const char *text, struct config *cfg, struct error *err)
{
	char path[512];
	enum status st;

	config_defaults(cfg);
	memset(err, 0, sizeof *err);
	if (!harness_write_temp("civicdesk", text, path, sizeof path))
		return STATUS_IO_ERROR;
	st = config_load(cfg, path, err);
	unlink(path);
	return st;
}

static bool
mentions(const struct error *err, const char *words)
{
	return harness_check(strstr(err->detail, words) != NULL, __FILE__, __LINE__,
	    "\"%s\" does not mention \"%s\"", err->detail, words);
}

TEST(test_defaults_are_the_documented_values)
{
	struct config cfg;

	config_defaults(&cfg);
	CHECK_STR(cfg.conninfo, "");
	CHECK_STR(cfg.schema, "public");
	CHECK_STR(cfg.council, "Borough of Eastmere");
	CHECK_STR(cfg.nation, "england-and-wales");
	CHECK_STR(cfg.channel, "face_to_face");
	CHECK_INT(cfg.escdelay_ms, 200);
	CHECK_STR(cfg.theme, "auto");
	CHECK_STR(cfg.drafts_dir, "");
	CHECK(!cfg.demo_signin);
	CHECK_INT(cfg.search_limit, 50);
}

TEST(test_good_file_overrides_defaults)
{
	static const char ini[] =
	    "; a council's own settings\n"
	    "[database]\n"
	    "conninfo = \"host=db.council.internal dbname=civicdesk\"\n"
	    "schema = cs\n"
	    "[council]\n"
	    "name = \"Borough of Westmere\"\n"
	    "nation = scotland\n"
	    "[session]\n"
	    "channel = phone\n"
	    "demo_signin = yes\n"
	    "search_limit = 100\n"
	    "[terminal]\n"
	    "escdelay_ms = 300\n"
	    "theme = monochrome\n"
	    "[drafts]\n"
	    "dir = /var/lib/civicdesk/drafts\n";
	struct config cfg;
	struct error err;

	CHECK_INT(load(ini, &cfg, &err), STATUS_OK);
	CHECK_STR(cfg.conninfo, "host=db.council.internal dbname=civicdesk");
	CHECK_STR(cfg.schema, "cs");
	CHECK_STR(cfg.council, "Borough of Westmere");
	CHECK_STR(cfg.nation, "scotland");
	CHECK_STR(cfg.channel, "phone");
	CHECK(cfg.demo_signin);
	CHECK_INT(cfg.search_limit, 100);
	CHECK_INT(cfg.escdelay_ms, 300);
	CHECK_STR(cfg.theme, "monochrome");
	CHECK_STR(cfg.drafts_dir, "/var/lib/civicdesk/drafts");
}

TEST(test_file_keeps_defaults_it_does_not_set)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[terminal]\ntheme = colour\n", &cfg, &err), STATUS_OK);
	CHECK_STR(cfg.theme, "colour");
	CHECK_STR(cfg.council, "Borough of Eastmere");
	CHECK_INT(cfg.search_limit, 50);
}

TEST(test_unknown_key_is_reported_by_name)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[terminal]\nthem = colour\n", &cfg, &err), STATUS_INVALID);
	CHECK_INT(err.status, STATUS_INVALID);
	mentions(&err, "terminal:them");
}

TEST(test_unknown_section_is_reported_by_name)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[printing]\n", &cfg, &err), STATUS_INVALID);
	mentions(&err, "printing");
}

TEST(test_out_of_range_number_is_reported)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[session]\nsearch_limit = 5000\n", &cfg, &err), STATUS_INVALID);
	mentions(&err, "session:search_limit");
	mentions(&err, "5000");
	CHECK_INT(cfg.search_limit, 50);	/* the default stands */
}

TEST(test_bad_choice_is_reported)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[council]\nnation = wales\n", &cfg, &err), STATUS_INVALID);
	mentions(&err, "council:nation");
	mentions(&err, "wales");
	CHECK_STR(cfg.nation, "england-and-wales");
}

TEST(test_every_problem_is_reported)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[council]\nnation = wales\n[terminal]\nescdelay_ms = 10\n", &cfg, &err),
	    STATUS_INVALID);
	mentions(&err, "council:nation");
	mentions(&err, "terminal:escdelay_ms");
}

TEST(test_syntax_error_is_invalid)
{
	struct config cfg;
	struct error err;

	CHECK_INT(load("[session]\nsearch_limit = 20\n[broken\n", &cfg, &err), STATUS_INVALID);
	CHECK_INT(err.status, STATUS_INVALID);
	CHECK(err.detail[0] != '\0');
}

TEST(test_missing_file_is_io_error)
{
	struct config cfg;
	struct error err = { 0 };
	char path[512];
	const char *tmp = getenv("CIVICDESK_TEST_TMP");

	snprintf(path, sizeof path, "%s/no-such-civicdesk.ini",
	    tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
	config_defaults(&cfg);
	CHECK_INT(config_load(&cfg, path, &err), STATUS_IO_ERROR);
	CHECK_INT(err.status, STATUS_IO_ERROR);
	CHECK(strstr(err.detail, path) != NULL);
}

static const struct test tests[] = {
	TEST_ENTRY(test_defaults_are_the_documented_values),
	TEST_ENTRY(test_good_file_overrides_defaults),
	TEST_ENTRY(test_file_keeps_defaults_it_does_not_set),
	TEST_ENTRY(test_unknown_key_is_reported_by_name),
	TEST_ENTRY(test_unknown_section_is_reported_by_name),
	TEST_ENTRY(test_out_of_range_number_is_reported),
	TEST_ENTRY(test_bad_choice_is_reported),
	TEST_ENTRY(test_every_problem_is_reported),
	TEST_ENTRY(test_syntax_error_is_invalid),
	TEST_ENTRY(test_missing_file_is_io_error),
};

HARNESS_MAIN(tests)
