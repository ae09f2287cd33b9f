/*
 * Tests for core/script: the shipped scripts under forms/scripts (or $CIVICDESK_FORMS_DIR) filled
 * for every service line of the shipped catalogue, as an advisor reads them; and broken script
 * files in a temporary forms folder, each reported at its line and skipped.
 */
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calendar.h"
#include "catalogue.h"
#include "config.h"
#include "customer.h"
#include "harness.h"
#include "script.h"
#include "session.h"

#define DUE_IN_WORDS "Thursday 26 November 2026"

/* The shipped forms, loaded once for the tests that read them and freed by main. */
static struct catalogue *shipped_catalogue;
static struct scripts *shipped_scripts;

static const char *
forms_dir(void)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");

	return dir != NULL && dir[0] != '\0' ? dir : "forms";
}

static const struct catalogue *
catalogue(void)
{
	struct error err = { 0 };

	if (shipped_catalogue == NULL)
		shipped_catalogue = catalogue_load(forms_dir(), &err);
	harness_check(shipped_catalogue != NULL, __FILE__, __LINE__, "catalogue: %s", err.detail);
	return shipped_catalogue;
}

static const struct scripts *
scripts(void)
{
	struct error err = { 0 };

	if (shipped_scripts == NULL)
		shipped_scripts = scripts_load(forms_dir(), &err);
	harness_check(shipped_scripts != NULL, __FILE__, __LINE__, "scripts: %s", err.detail);
	return shipped_scripts;
}

static const struct catalogue_service *
service(const char *id)
{
	const struct catalogue *c = catalogue();
	const struct catalogue_service *s = c != NULL ? catalogue_find(c, id) : NULL;

	harness_check(s != NULL, __FILE__, __LINE__, "no service \"%s\" in %s/", id, forms_dir());
	return s;
}

/* Who is on the call: the advisor, the council and Laura, whose case is due on 26 November. */
static struct config cfg;
static const struct staff advisor = {
	.first_name = "Sam", .last_name = "Taylor", .team = "Customer Services",
};

static struct customer
laura(const char *online)
{
	struct customer c = { 0 };

	snprintf(c.title, sizeof c.title, "Mrs");
	snprintf(c.first_name, sizeof c.first_name, "Laura");
	snprintf(c.last_name, sizeof c.last_name, "Sánchez");
	snprintf(c.postcode, sizeof c.postcode, "EM7 2YG");
	snprintf(c.online, sizeof c.online, "%s", online);
	return c;
}

/* A phone call at 10:20 on Tuesday 24 November 2026 about svc, for customer, not yet saved. */
static struct script_context
call(const struct catalogue_service *svc, const struct customer *customer)
{
	config_defaults(&cfg);
	snprintf(cfg.council, sizeof cfg.council, "Borough of Eastmere");
	snprintf(cfg.council_phone, sizeof cfg.council_phone, "01632 960000");
	snprintf(cfg.council_web, sizeof cfg.council_web, "www.eastmere.gov.uk");
	snprintf(cfg.council_address, sizeof cfg.council_address,
	    "Town Hall, Market Street, Eastmere, EM1 1AA");
	return (struct script_context){
		.cfg = &cfg,
		.advisor = &advisor,
		.customer = customer,
		.svc = svc,
		.channel = "phone",
		.reference = NULL,
		.due = { 2026, 11, 26 },
		.now = { { 2026, 11, 24 }, 10 * 60 + 20 },
	};
}

/* Fills sc's script for ctx into text; false, after a failed check, when it could not. */
static bool
fill(const struct scripts *sc, const struct script_context *ctx, char *text[SCRIPT_NSTEPS])
{
	struct error err = { 0 };
	enum status st = script_fill(sc, ctx, text, &err);

	return harness_check(st == STATUS_OK, __FILE__, __LINE__, "script_fill for %s: %s",
	    ctx->svc->id, err.detail);
}

/*
 * The script of service id filled on a phone call for customer (NULL: none yet) with reference
 * (NULL: not saved yet) into text; false, after a failed check, when it could not be.
 */
static bool
filled(const char *id, const struct customer *customer, const char *reference,
    char *text[SCRIPT_NSTEPS])
{
	const struct catalogue_service *svc = service(id);
	const struct scripts *sc = scripts();
	struct script_context ctx;

	if (svc == NULL || sc == NULL)
		return false;
	ctx = call(svc, customer);
	ctx.reference = reference;
	return fill(sc, &ctx, text);
}

static void
free_text(char *text[SCRIPT_NSTEPS])
{
	for (int i = 0; i < SCRIPT_NSTEPS; i++)
		free(text[i]);
}

/* Whether text (may be NULL) contains part. */
static bool
contains(const char *text, const char *part)
{
	return text != NULL && strstr(text, part) != NULL;
}

#define CHECK_CONTAINS(text, part) \
	harness_check(contains((text), (part)), __FILE__, __LINE__, "%s is \"%s\", without \"%s\"", \
	    #text, (text) != NULL ? (text) : "(null)", (part))

/* A copy of svc whose own script is name: a service line with no script file of its own. */
static struct catalogue_service
without_own_script(const struct catalogue_service *svc, char *name)
{
	struct catalogue_service copy = *svc;

	copy.id = name;
	copy.script = name;
	return copy;
}

TEST(test_shipped_scripts_have_no_problems)
{
	const struct scripts *sc = scripts();

	if (sc == NULL)
		return;
	for (int i = 0; i < scripts_problem_count(sc); i++)
		harness_check(false, __FILE__, __LINE__, "%s", scripts_problem(sc, i));
	CHECK_INT(scripts_problem_count(sc), 0);
}

TEST(test_every_service_line_has_a_whole_script)
{
	const struct catalogue *c = catalogue();
	const struct scripts *sc = scripts();
	struct customer customer = laura("yes");

	if (c == NULL || sc == NULL || !CHECK(c->count > 0))
		return;
	for (int i = 0; i < c->count; i++) {
		const struct catalogue_service *svc = &c->services[i];
		struct script_context ctx = call(svc, &customer);
		char *text[SCRIPT_NSTEPS];

		if (!fill(sc, &ctx, text))
			continue;
		harness_check(contains(text[SCRIPT_GREETING], "Sam") &&
		    contains(text[SCRIPT_GREETING], "Customer Services"), __FILE__, __LINE__,
		    "%s: greeting \"%s\" does not name Sam of Customer Services", svc->id,
		    text[SCRIPT_GREETING] ? text[SCRIPT_GREETING] : "(null)");
		harness_check(text[SCRIPT_QUESTIONS] != NULL, __FILE__, __LINE__,
		    "%s: no questions step", svc->id);
		harness_check(contains(text[SCRIPT_EXPECTATIONS], DUE_IN_WORDS), __FILE__, __LINE__,
		    "%s: expectations \"%s\" without the due date", svc->id,
		    text[SCRIPT_EXPECTATIONS] ? text[SCRIPT_EXPECTATIONS] : "(null)");
		harness_check(text[SCRIPT_ANYTHING_ELSE] != NULL, __FILE__, __LINE__,
		    "%s: no anything_else step", svc->id);
		harness_check(text[SCRIPT_CLOSING] != NULL, __FILE__, __LINE__,
		    "%s: no closing step", svc->id);
		free_text(text);
	}
}

TEST(test_missed_bin_expectations_promise_a_reference_before_saving)
{
	struct customer customer = laura("yes");
	char *text[SCRIPT_NSTEPS];

	if (!filled("missed-bin", &customer, NULL, text))
		return;
	CHECK_STR(text[SCRIPT_EXPECTATIONS], "Thank you, Laura. I will give you a reference "
	    "number when I save this. A crew will come back to empty it by " DUE_IN_WORDS ". "
	    "Please leave the bin out until then.");
	free_text(text);
}

TEST(test_missed_bin_expectations_give_the_saved_reference)
{
	struct customer customer = laura("yes");
	char *text[SCRIPT_NSTEPS];

	if (!filled("missed-bin", &customer, "RPT-2026-000123", text))
		return;
	CHECK_STR(text[SCRIPT_EXPECTATIONS], "Thank you, Laura. Your reference is RPT-2026-000123. "
	    "A crew will come back to empty it by " DUE_IN_WORDS ". "
	    "Please leave the bin out until then.");
	free_text(text);
}

TEST(test_missed_bin_expectations_without_a_customer_thank_nobody_by_name)
{
	char *text[SCRIPT_NSTEPS];

	if (!filled("missed-bin", NULL, NULL, text))
		return;
	CHECK_STR(text[SCRIPT_EXPECTATIONS], "I will give you a reference number when I save "
	    "this. A crew will come back to empty it by " DUE_IN_WORDS ". "
	    "Please leave the bin out until then.");
	free_text(text);
}

/*
 * A missed-bin step as its script gives it (*own) and as its process type's does (*type);
 * false, after a failed check, when either is missing.
 */
static bool
own_and_type(enum script_step step, const char **own, const char **type)
{
	const struct catalogue_service *svc = service("missed-bin");
	const struct scripts *sc = scripts();
	struct catalogue_service report;

	if (svc == NULL || sc == NULL)
		return false;
	report = without_own_script(svc, "no-such-script");
	*own = scripts_step(sc, svc, step);
	*type = scripts_step(sc, &report, step);
	return CHECK(*own != NULL) && CHECK(*type != NULL);
}

TEST(test_service_script_step_overrides_process_type_step)
{
	const char *own, *type;

	if (!own_and_type(SCRIPT_QUESTIONS, &own, &type))
		return;
	CHECK(strncmp(own, "Was your bin at the kerb by 7am", 31) == 0);
	CHECK(strcmp(own, type) != 0);
}

TEST(test_steps_a_service_script_does_not_set_come_from_its_process_type)
{
	const char *own, *type;

	if (own_and_type(SCRIPT_GREETING, &own, &type))
		CHECK_STR(own, type);
	if (own_and_type(SCRIPT_CLOSING, &own, &type))
		CHECK_STR(own, type);
}

TEST(test_missed_bin_questions_are_its_own)
{
	struct customer customer = laura("yes");
	char *text[SCRIPT_NSTEPS];

	if (!filled("missed-bin", &customer, NULL, text))
		return;
	CHECK_STR(text[SCRIPT_QUESTIONS], "Was your bin at the kerb by 7am on collection day? If "
	    "it went out later, the crew cannot come back, but they will empty it next time. We "
	    "can only return for bins missed in the last 2 working days.");
	free_text(text);
}

/* The online step for svc filled for customer (may be NULL); the caller frees it. */
static char *
online_step(const struct catalogue_service *svc, const struct customer *customer)
{
	const struct scripts *sc = scripts();
	struct script_context ctx = call(svc, customer);
	char *text[SCRIPT_NSTEPS], *online;

	if (sc == NULL || !fill(sc, &ctx, text))
		return NULL;
	online = text[SCRIPT_ONLINE];
	text[SCRIPT_ONLINE] = NULL;
	free_text(text);
	return online;
}

TEST(test_online_step_suggests_the_website_unless_the_customer_cannot_use_it)
{
	static const char *const can[] = { "yes", "unknown", "with_help" };
	const struct catalogue_service *svc = service("missed-bin");
	char *online;

	if (svc == NULL)
		return;
	for (size_t i = 0; i < sizeof can / sizeof can[0]; i++) {
		struct customer customer = laura(can[i]);

		online = online_step(svc, &customer);
		harness_check(contains(online, svc->web), __FILE__, __LINE__,
		    "online \"%s\" for a customer online \"%s\" has no %s",
		    online ? online : "(null)", can[i], svc->web);
		free(online);
	}
	online = online_step(svc, NULL);
	CHECK_STR(online, "Next time, you can report this online at "
	    "https://www.eastmere.gov.uk/report/missed-bin. It is open all day, every day.");
	free(online);
}

TEST(test_online_step_is_not_said_to_a_customer_who_cannot_go_online)
{
	const struct catalogue_service *svc = service("missed-bin");
	struct customer customer = laura("cannot");
	char *online;

	if (svc == NULL)
		return;
	online = online_step(svc, &customer);
	CHECK(online == NULL);
	free(online);
}

TEST(test_online_step_is_not_said_for_a_service_with_no_web_address)
{
	const struct catalogue_service *svc = service("missed-bin");
	struct customer customer = laura("yes");
	struct catalogue_service offline;
	char *online;

	if (svc == NULL)
		return;
	offline = *svc;
	offline.web = "";
	online = online_step(&offline, &customer);
	CHECK(online == NULL);
	free(online);
}

TEST(test_face_to_face_greeting_differs_from_phone_greeting)
{
	const struct catalogue_service *svc = service("missed-bin");
	const struct scripts *sc = scripts();
	struct customer customer = laura("yes");
	struct script_context ctx;
	char *phone[SCRIPT_NSTEPS], *desk[SCRIPT_NSTEPS];

	if (svc == NULL || sc == NULL)
		return;
	ctx = call(svc, &customer);
	if (!fill(sc, &ctx, phone))
		return;
	ctx.channel = "face_to_face";
	if (fill(sc, &ctx, desk)) {
		CHECK_STR(phone[SCRIPT_GREETING], "Good morning, you are through to Sam in Customer "
		    "Services at Borough of Eastmere. How can I help?");
		CHECK_STR(desk[SCRIPT_GREETING], "Good morning, I am Sam from Customer Services. "
		    "Please take a seat. How can I help?");
		CHECK(phone[SCRIPT_GREETING] != NULL && desk[SCRIPT_GREETING] != NULL &&
		    strcmp(phone[SCRIPT_GREETING], desk[SCRIPT_GREETING]) != 0);
		free_text(desk);
	}
	free_text(phone);
}

/* The greeting on a phone call about missed-bin at minute; the caller frees it. */
static char *
greeting_at(int minute)
{
	const struct catalogue_service *svc = service("missed-bin");
	const struct scripts *sc = scripts();
	struct script_context ctx;
	char *text[SCRIPT_NSTEPS], *greeting;

	if (svc == NULL || sc == NULL)
		return NULL;
	ctx = call(svc, NULL);
	ctx.now.minute = minute;
	if (!fill(sc, &ctx, text))
		return NULL;
	greeting = text[SCRIPT_GREETING];
	text[SCRIPT_GREETING] = NULL;
	free_text(text);
	return greeting;
}

TEST(test_greeting_says_good_morning_afternoon_or_evening_by_the_time_of_day)
{
	char *morning = greeting_at(10 * 60 + 20);
	char *afternoon = greeting_at(14 * 60);
	char *evening = greeting_at(18 * 60 + 30);

	CHECK_CONTAINS(morning, "Good morning,");
	CHECK_CONTAINS(afternoon, "Good afternoon,");
	CHECK_CONTAINS(evening, "Good evening,");
	free(morning);
	free(afternoon);
	free(evening);
}

TEST(test_service_line_without_its_own_script_uses_its_process_type)
{
	const struct catalogue_service *svc = service("missed-bin");
	const struct scripts *sc = scripts();
	struct customer customer = laura("yes");
	struct catalogue_service plain;
	struct script_context ctx;
	char *text[SCRIPT_NSTEPS];

	if (svc == NULL || sc == NULL)
		return;
	plain = without_own_script(svc, "no-such-script");
	ctx = call(&plain, &customer);
	if (!fill(sc, &ctx, text))
		return;
	CHECK_STR(text[SCRIPT_QUESTIONS], "I will ask a few quick questions, so the right team can "
	    "find it and fix it. Please be as exact as you can about where it is.");
	CHECK_STR(text[SCRIPT_EXPECTATIONS], "Thank you, Laura. I will give you a reference number "
	    "when I save this. We aim to deal with it by " DUE_IN_WORDS ".");
	CHECK_STR(text[SCRIPT_CLOSING],
	    "Thank you for letting us know. We will tell you when it is done. Goodbye.");
	CHECK(text[SCRIPT_IDENTITY] == NULL);
	free_text(text);
}

TEST(test_step_set_empty_in_a_service_script_is_not_said)
{
	const struct catalogue_service *compliment = service("compliment");
	const struct catalogue_service *complaint = service("complaint");
	const struct scripts *sc = scripts();
	struct customer customer = laura("yes");
	struct script_context ctx;
	char *praise[SCRIPT_NSTEPS], *grumble[SCRIPT_NSTEPS];

	if (compliment == NULL || complaint == NULL || sc == NULL)
		return;
	ctx = call(compliment, &customer);
	if (!fill(sc, &ctx, praise))
		return;
	ctx = call(complaint, &customer);
	if (fill(sc, &ctx, grumble)) {
		CHECK(praise[SCRIPT_IDENTITY] == NULL);
		CHECK_STR(grumble[SCRIPT_IDENTITY], "Am I speaking to Mrs Laura Sánchez? What is the "
		    "best way to reply to you?");
		free_text(grumble);
	}
	free_text(praise);
}

/* A temporary forms folder with a scripts/ folder in it. */

static char tmp_forms[512];

static int
remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Makes an empty forms folder in tmp_forms, with scripts/ in it when with_scripts. */
static bool
make_forms(bool with_scripts)
{
	const char *tmp = getenv("CIVICDESK_TEST_TMP");
	char path[600];

	snprintf(tmp_forms, sizeof tmp_forms, "%s/civicdesk-scripts-XXXXXX",
	    tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
	if (!CHECK(mkdtemp(tmp_forms) != NULL))
		return false;
	snprintf(path, sizeof path, "%s/scripts", tmp_forms);
	return !with_scripts || CHECK(mkdir(path, 0700) == 0);
}

static void
remove_forms(void)
{
	CHECK(nftw(tmp_forms, remove_entry, 8, FTW_DEPTH | FTW_PHYS) == 0);
}

/* Writes text to tmp_forms/scripts/name.ini. */
static bool
write_script(const char *name, const char *text)
{
	char path[700];
	FILE *f;

	snprintf(path, sizeof path, "%s/scripts/%s.ini", tmp_forms, name);
	if (!CHECK((f = fopen(path, "w")) != NULL))
		return false;
	fputs(text, f);
	return CHECK(fclose(f) == 0);
}

/* A process type script with nothing wrong with it. */
#define GOOD_REPORT \
	"; A report script for the tests\n" \
	"[script]\n" \
	"greeting = \"Hello from {{advisor.first_name}}.\"\n" \
	"questions = \"Where is it?\"\n" \
	"expectations = \"By {{case.due}}.\"\n" \
	"closing = \"Goodbye.\"\n"

/* The first three lines of a broken script, so later lines have known numbers. */
#define BAD_START \
	"; A script with one thing wrong with it\n"		/* 1 */ \
	"[script]\n"						/* 2 */ \
	"questions = \"What is broken?\"\n"			/* 3 */

/*
 * Loads a forms folder holding scripts/report.ini (good) and scripts/bad.ini (text), and checks
 * that bad.ini is skipped with one problem, "PATH:LINE: " then a message containing each of
 * parts (NULL ends them), while report.ini still loads and gives a report service its steps.
 */
static void
check_bad(const char *text, int line, const char *const *parts)
{
	struct error err = { 0 };
	struct catalogue_service bad = { .id = "bad", .script = "bad", .type = "report",
		.web = "", .title = "Broken", .department = "", .fee_note = "" };
	struct catalogue_service other = bad;
	struct scripts *sc;
	char start[800];
	const char *got;

	other.id = other.script = "pothole";
	if (!make_forms(true))
		return;
	if (!write_script("report", GOOD_REPORT) || !write_script("bad", text)) {
		remove_forms();
		return;
	}
	sc = scripts_load(tmp_forms, &err);
	if (CHECK(sc != NULL)) {
		snprintf(start, sizeof start, "%s/scripts/bad.ini:%d: ", tmp_forms, line);
		got = scripts_problem_count(sc) > 0 ? scripts_problem(sc, 0) : "(no problem)";
		harness_check(strncmp(got, start, strlen(start)) == 0, __FILE__, __LINE__,
		    "problem \"%s\" does not start \"%s\"", got, start);
		for (int i = 0; parts[i] != NULL; i++)
			harness_check(strstr(got, parts[i]) != NULL, __FILE__, __LINE__,
			    "problem \"%s\" does not say \"%s\"", got, parts[i]);
		for (int i = 1; i < scripts_problem_count(sc); i++)
			harness_check(false, __FILE__, __LINE__, "also: %s", scripts_problem(sc, i));
		CHECK_INT(scripts_problem_count(sc), 1);
		CHECK_STR(scripts_step(sc, &other, SCRIPT_GREETING),
		    "Hello from {{advisor.first_name}}.");
		/* bad.ini's good steps are skipped with it, so the type's are used. */
		CHECK_STR(scripts_step(sc, &bad, SCRIPT_QUESTIONS), "Where is it?");
	}
	scripts_free(sc);
	remove_forms();
}

TEST(test_good_script_beside_broken_ones_is_used)
{
	struct error err = { 0 };
	struct customer customer = laura("yes");
	struct catalogue_service svc = { .id = "pothole", .script = "pothole", .type = "report",
		.web = "", .title = "Pothole", .department = "Highways", .fee_note = "" };
	struct script_context ctx = call(&svc, &customer);
	char *text[SCRIPT_NSTEPS];
	struct scripts *sc;

	if (!make_forms(true))
		return;
	if (write_script("report", GOOD_REPORT) &&
	    write_script("pothole", "; Pothole\n[script]\nquestions = \"How deep is it?\"\n") &&
	    write_script("bad", BAD_START "greting = \"Hi\"\n")) {
		sc = scripts_load(tmp_forms, &err);
		if (CHECK(sc != NULL) && fill(sc, &ctx, text)) {
			CHECK_INT(scripts_problem_count(sc), 1);
			CHECK_STR(text[SCRIPT_GREETING], "Hello from Sam.");
			CHECK_STR(text[SCRIPT_QUESTIONS], "How deep is it?");
			CHECK_STR(text[SCRIPT_EXPECTATIONS], "By " DUE_IN_WORDS ".");
			CHECK(text[SCRIPT_IDENTITY] == NULL);
			CHECK(text[SCRIPT_ONLINE] == NULL);
			free_text(text);
		}
		scripts_free(sc);
	}
	remove_forms();
}

TEST(test_misspelt_step_is_a_problem_at_its_line)
{
	const char *const parts[] = { "\"greting\" is not a step (greeting, identity, questions, "
	    "expectations, online, anything_else, closing)", NULL };

	check_bad(BAD_START
	    "\n"						/* 4 */
	    "greting = \"Hello\"\n",				/* 5 */
	    5, parts);
}

TEST(test_misspelt_step_in_capitals_is_a_problem_at_its_line)
{
	const char *const parts[] = { "is not a step", NULL };

	check_bad(BAD_START
	    "closing = \"Goodbye.\"\n"				/* 4 */
	    "Greting = \"Hello\"\n",				/* 5 */
	    5, parts);
}

TEST(test_unknown_name_in_a_step_is_a_problem_at_its_line)
{
	const char *const parts[] = { "greeting", "unknown name", "{{frist_name}}", NULL };

	check_bad(BAD_START
	    "closing = \"Goodbye.\"\n"				/* 4 */
	    "greeting = \"Hello {{frist_name}}.\"\n",		/* 5 */
	    5, parts);
}

TEST(test_unclosed_section_in_a_step_is_a_problem_at_its_line)
{
	const char *const parts[] = { "online", "{{#online}}", "not closed", NULL };

	check_bad(BAD_START
	    "online = \"{{#online}}Go to {{service.web}}.\"\n",	/* 4 */
	    4, parts);
}

TEST(test_unclosed_section_line_is_a_problem_at_its_line)
{
	const char *const parts[] = { NULL };

	check_bad(BAD_START
	    "[script\n"						/* 4 */
	    "closing = \"Goodbye.\"\n",				/* 5 */
	    4, parts);
}

TEST(test_file_without_a_script_section_is_a_problem)
{
	const char *const parts[] = { "needs a [script] section", NULL };

	check_bad("; Not a script\n[scripts]\ngreeting = \"Hello\"\n", 1, parts);
}

TEST(test_missing_scripts_folder_is_no_scripts)
{
	struct error err = { 0 };
	struct customer customer = laura("yes");
	const struct catalogue_service *svc = service("missed-bin");
	struct script_context ctx;
	char *text[SCRIPT_NSTEPS];
	struct scripts *sc;

	if (svc == NULL || !make_forms(false))
		return;
	sc = scripts_load(tmp_forms, &err);
	if (CHECK(sc != NULL)) {
		CHECK_INT(scripts_problem_count(sc), 0);
		ctx = call(svc, &customer);
		if (fill(sc, &ctx, text)) {
			for (int i = 0; i < SCRIPT_NSTEPS; i++)
				harness_check(text[i] == NULL, __FILE__, __LINE__, "step %s is \"%s\"",
				    script_steps[i].code, text[i]);
			free_text(text);
		}
	}
	scripts_free(sc);
	remove_forms();
}

static const struct test tests[] = {
	TEST_ENTRY(test_shipped_scripts_have_no_problems),
	TEST_ENTRY(test_every_service_line_has_a_whole_script),
	TEST_ENTRY(test_missed_bin_expectations_promise_a_reference_before_saving),
	TEST_ENTRY(test_missed_bin_expectations_give_the_saved_reference),
	TEST_ENTRY(test_missed_bin_expectations_without_a_customer_thank_nobody_by_name),
	TEST_ENTRY(test_service_script_step_overrides_process_type_step),
	TEST_ENTRY(test_steps_a_service_script_does_not_set_come_from_its_process_type),
	TEST_ENTRY(test_missed_bin_questions_are_its_own),
	TEST_ENTRY(test_online_step_suggests_the_website_unless_the_customer_cannot_use_it),
	TEST_ENTRY(test_online_step_is_not_said_to_a_customer_who_cannot_go_online),
	TEST_ENTRY(test_online_step_is_not_said_for_a_service_with_no_web_address),
	TEST_ENTRY(test_face_to_face_greeting_differs_from_phone_greeting),
	TEST_ENTRY(test_greeting_says_good_morning_afternoon_or_evening_by_the_time_of_day),
	TEST_ENTRY(test_service_line_without_its_own_script_uses_its_process_type),
	TEST_ENTRY(test_step_set_empty_in_a_service_script_is_not_said),
	TEST_ENTRY(test_good_script_beside_broken_ones_is_used),
	TEST_ENTRY(test_misspelt_step_is_a_problem_at_its_line),
	TEST_ENTRY(test_misspelt_step_in_capitals_is_a_problem_at_its_line),
	TEST_ENTRY(test_unknown_name_in_a_step_is_a_problem_at_its_line),
	TEST_ENTRY(test_unclosed_section_in_a_step_is_a_problem_at_its_line),
	TEST_ENTRY(test_unclosed_section_line_is_a_problem_at_its_line),
	TEST_ENTRY(test_file_without_a_script_section_is_a_problem),
	TEST_ENTRY(test_missing_scripts_folder_is_no_scripts),
};

int
main(int argc, char **argv)
{
	int status = harness_main(argc, argv, tests, (int)(sizeof tests / sizeof tests[0]));

	scripts_free(shipped_scripts);
	catalogue_free(shipped_catalogue);
	return status;
}
