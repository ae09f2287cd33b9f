/*
 * Letters against a real database: every shipped template filled from demo data must be plain
 * English (Flesch Reading Ease 60 or more, no sentence over 25 words); issuing keeps the letter
 * on the case; a reprint is the same letter; the PDF holds the reference.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calendar.h"
#include "casework.h"
#include "catalogue.h"
#include "dbtest.h"
#include "files.h"
#include "language.h"
#include "letter.h"
#include "pay.h"

static const char *
forms(void)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");

	return dir != NULL && dir[0] != '\0' ? dir : "forms";
}

static struct catalogue *cat;

/* A session whose forms, spool and PDF helper are this checkout's. */
static bool
begin(struct dbtest *t)
{
	const char *pdf = getenv("CIVICDESK_PDF"), *tmp = getenv("CIVICDESK_TEST_TMP");

	/* Not demo: the cases raised here would crowd the screen tests' "cases I raised". */
	if (!dbtest_begin(t, "ciaran.obrien"))
		return false;
	snprintf(t->cfg.forms_dir, sizeof t->cfg.forms_dir, "%s", forms());
	snprintf(t->cfg.locales_dir, sizeof t->cfg.locales_dir, "locales");
	snprintf(t->cfg.pdf_helper, sizeof t->cfg.pdf_helper, "%s",
	    pdf != NULL ? pdf : "build/civicdesk-pdf");
	snprintf(t->cfg.spool_dir, sizeof t->cfg.spool_dir, "%s/spool", tmp ? tmp : "/tmp");
	if (cat == NULL)
		cat = catalogue_load(forms(), NULL);
	return CHECK(cat != NULL);
}

static bool
make_customer(struct dbtest *t, struct customer *c, const char *language, const char *online)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Letterby%s", suffix);
	dbtest_customer(c, "Zoë", last);
	snprintf(c->title, sizeof c->title, "Ms");
	snprintf(c->address_line1, sizeof c->address_line1, "14 Kingfisher Way");
	snprintf(c->town, sizeof c->town, "Eastmere");
	snprintf(c->postcode, sizeof c->postcode, "EM3 4QT");
	snprintf(c->language, sizeof c->language, "%s", language);
	snprintf(c->online, sizeof c->online, "%s", online);
	return dbtest_create(&t->s, c);
}

/* Raises a case of svc for customer with the given answers; its reference into reference. */
static bool
raise_case(struct dbtest *t, const struct catalogue_service *svc, long long customer,
    int n, const char *const *names, const char *const *values, char *reference)
{
	struct casework_new c = { .service_id = svc->id, .process_type = svc->type,
		.title = svc->title, .customer_id = customer, .received_on = "2026-11-24",
		.due_on = "2026-11-26", .location = "14 Kingfisher Way", .postcode = "EM3 4QT",
		.team = svc->team, .nfields = n, .names = names, .values = values };
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id;

	db_new_request_id(rid);
	return harness_check(casework_open(&t->s, rid, &c, &id, reference, &err) == STATUS_OK,
	    __FILE__, __LINE__, "casework_open %s: %s", svc->id, err.detail);
}

/* What each outcome needs answered, as a letter's values. */
static const struct template_value *
answers_for(enum letter_outcome o)
{
	static const struct template_value decision[] = {
		{ "decision.approved", "yes" },
		{ "decision.reason", "You get the higher rate of the mobility part of PIP." },
		{ NULL, NULL } };
	static const struct template_value response[] = {
		{ "response.found", "Our crew missed your street twice in October." },
		{ "response.action", "We have changed the round so your street is done first." },
		{ NULL, NULL } };

	return o == LETTER_DECISION ? decision : o == LETTER_COMPLAINT_RESPONSE ? response : NULL;
}

/* Fills the letter and holds it to the bar; prints its figures for the record. */
static void
check_plain(struct dbtest *t, const char *reference, enum letter_outcome o, const char *want)
{
	struct letter l;
	struct error err = { 0 };

	if (!harness_check(letter_prepare(&t->s, cat, reference, (int)o, answers_for(o), false, &l,
	    &err) == STATUS_OK, __FILE__, __LINE__, "%s %s: %s", reference,
	    letter_outcomes[o].code, err.detail))
		return;
	printf("  %-36s ease %5.1f  grade %4.1f  longest %2d words  passive %d  jargon %d\n",
	    l.template_name, l.report.reading_ease, l.report.grade, l.report.longest_sentence,
	    l.report.npassive, l.report.njargon);
	if (want != NULL)
		CHECK_STR(l.template_name, want);
	harness_check(l.report.reading_ease >= 60.0, __FILE__, __LINE__,
	    "%s: reading ease %.1f is under 60", l.template_name, l.report.reading_ease);
	harness_check(l.report.longest_sentence <= PLAIN_LONG_SENTENCE, __FILE__, __LINE__,
	    "%s: a sentence of %d words", l.template_name, l.report.longest_sentence);
	harness_check(l.nmissing == 0, __FILE__, __LINE__, "%s: missing %s", l.template_name,
	    l.missing);
	CHECK(strstr(l.text, reference) != NULL);
	letter_free(&l);
}

/* A service line's own template: SERVICE/OUTCOME.txt. */
static void
check_service_template(struct dbtest *t, long long customer, const char *service,
    const char *file)
{
	const struct catalogue_service *svc = catalogue_find(cat, service);
	const struct choice *o;
	char outcome[40], reference[CASEWORK_REFERENCE_LEN], want[128];

	snprintf(outcome, sizeof outcome, "%.*s", (int)(strlen(file) - 4), file);
	o = choice_find(letter_outcomes, outcome);
	if (!harness_check(svc != NULL && o != NULL, __FILE__, __LINE__,
	    "letters/%s/%s is for no service line or outcome", service, file))
		return;
	if (!raise_case(t, svc, customer, 0, NULL, NULL, reference))
		return;
	snprintf(want, sizeof want, "%s/%s", service, outcome);
	check_plain(t, reference, (enum letter_outcome)(o - letter_outcomes), want);
}

/* Every forms/letters/SERVICE/OUTCOME.txt, from a case of that service line. */
TEST(test_every_service_letter_is_plain_english)
{
	struct dbtest t;
	struct customer c;
	char dir[600], path[900];
	char **services, **files;
	int ns, nf, checked = 0;

	if (!begin(&t) || !make_customer(&t, &c, "English", "yes"))
		return;
	snprintf(dir, sizeof dir, "%s/letters", forms());
	services = files_list(dir, "", &ns);
	for (int i = 0; i < ns; i++) {
		struct stat st;

		snprintf(path, sizeof path, "%s/%s", dir, services[i]);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			files = files_list(path, ".txt", &nf);
			for (int k = 0; k < nf; k++, checked++) {
				check_service_template(&t, c.id, services[i], files[k]);
				free(files[k]);
			}
			free(files);
		}
		free(services[i]);
	}
	free(services);
	CHECK(checked >= 8);
	dbtest_end(&t);
}

/*
 * The default OUTCOME.txt templates, seen through a forms folder that has no service line's
 * own: a case, an appointment from the demo and a payment taken here.
 */
TEST(test_every_default_letter_is_plain_english)
{
	static const char *const own[] = { "layout.txt", "signatories.ini" };
	struct dbtest t;
	struct customer c;
	struct pay_account account;
	struct pay_receipt receipt;
	struct pay_new pay = { .amount_pence = 3500, .method = "cash",
		.overpay_confirmed = true };
	char base[600], path[900], from[900], reference[CASEWORK_REFERENCE_LEN], today[11];
	char appointment[LETTER_ABOUT_LEN], rid[DB_REQUEST_ID_LEN], cwd[600];
	struct error err = { 0 };

	if (!begin(&t) || !make_customer(&t, &c, "English", "yes") || !getcwd(cwd, sizeof cwd))
		return;
	/* A forms folder of links: the default letters, the frame, the jargon list. */
	snprintf(base, sizeof base, "%s/default-forms", getenv("CIVICDESK_TEST_TMP") ?
	    getenv("CIVICDESK_TEST_TMP") : "/tmp");
	snprintf(path, sizeof path, "%s/letters", base);
	files_make_dirs(path);
	mkdir(path, 0700);
	for (int i = 0; letter_outcomes[i].code != NULL; i++) {
		snprintf(from, sizeof from, "%s/%s/letters/%s.txt", cwd, forms(),
		    letter_outcomes[i].code);
		snprintf(path, sizeof path, "%s/letters/%s.txt", base, letter_outcomes[i].code);
		unlink(path);
		CHECK(symlink(from, path) == 0);
	}
	for (size_t i = 0; i < sizeof own / sizeof own[0]; i++) {
		snprintf(from, sizeof from, "%s/%s/letters/%s", cwd, forms(), own[i]);
		snprintf(path, sizeof path, "%s/letters/%s", base, own[i]);
		unlink(path);
		CHECK(symlink(from, path) == 0);
	}
	snprintf(from, sizeof from, "%s/%s/plain-words.csv", cwd, forms());
	snprintf(path, sizeof path, "%s/plain-words.csv", base);
	unlink(path);
	CHECK(symlink(from, path) == 0);
	snprintf(t.cfg.forms_dir, sizeof t.cfg.forms_dir, "%s", base);

	if (raise_case(&t, catalogue_find(cat, "pothole"), c.id, 0, NULL, NULL, reference)) {
		check_plain(&t, reference, LETTER_ACKNOWLEDGEMENT, "acknowledgement");
		check_plain(&t, reference, LETTER_DECISION, "decision");
		check_plain(&t, reference, LETTER_COMPLAINT_RESPONSE, "complaint-response");
	}
	if (dbtest_text(t.db, "SELECT reference AS v FROM appointment ORDER BY id LIMIT 1", 0,
	    NULL, appointment, sizeof appointment))
		check_plain(&t, appointment, LETTER_APPOINTMENT, "appointment");
	calendar_format_date(calendar_today(), today);
	pay.business_date = today;
	db_new_request_id(rid);
	if (CHECK_INT(pay_account_find(t.db, "CT-00000015", &account, &err), STATUS_OK)) {
		pay.account_id = account.id;
		if (harness_check(pay_take(&t.s, rid, &pay, &receipt, &err) == STATUS_OK, __FILE__,
		    __LINE__, "pay_take: %s", err.detail))
			check_plain(&t, receipt.number, LETTER_RECEIPT, "receipt");
	}
	dbtest_end(&t);
}

/*
 * Signs in, makes a customer (language, online) and raises a missed-bin case for them with
 * the given answers, then prepares its acknowledgement into l; false after a failed check.
 */
static bool
acknowledged(struct dbtest *t, const char *language, const char *online, int n,
    const char *const *names, const char *const *values, char *reference, struct letter *l)
{
	struct customer c;
	struct error err = { 0 };

	return begin(t) && make_customer(t, &c, language, online) &&
	    raise_case(t, catalogue_find(cat, "missed-bin"), c.id, n, names, values, reference) &&
	    harness_check(letter_prepare(&t->s, cat, reference, -1, NULL, false, l, &err) ==
	    STATUS_OK, __FILE__, __LINE__, "letter_prepare %s: %s", reference, err.detail);
}

/* The missed-bin acknowledgement: answers, due date, online line, signatory, letterhead. */
TEST(test_acknowledgement_is_filled_from_the_case)
{
	static const char *const names[] = { "bin", "out_by_7am" };
	static const char *const values[] = { "recycling", "yes" };
	struct dbtest t;
	char reference[CASEWORK_REFERENCE_LEN];
	struct letter l;

	if (acknowledged(&t, "English", "yes", 2, names, values, reference, &l)) {
		CHECK_INT(l.outcome, LETTER_ACKNOWLEDGEMENT);
		CHECK_STR(l.template_name, "missed-bin/acknowledgement");
		CHECK(strstr(l.text, "Borough of Eastmere") == l.text);	/* the letterhead first */
		CHECK(strstr(l.text, "Ms Zoë Letterby") != NULL);
		CHECK(strstr(l.text, "EM3 4QT") != NULL);
		CHECK(strstr(l.text, "Thursday 26 November 2026") != NULL);	/* due */
		CHECK(strstr(l.text, "Mixed recycling (blue bin)") != NULL);	/* an answer */
		CHECK(strstr(l.text, "https://www.eastmere.gov.uk/report/missed-bin") != NULL);
		CHECK(strstr(l.text, "direct line 01632") != NULL);
		CHECK(strstr(l.text, "interpreter") == NULL);	/* English: no help line */
		letter_free(&l);
	}
	dbtest_end(&t);
}

/*
 * A customer who cannot go online is not told to; one who writes Polish is told in Polish, from
 * the phrase catalogue, how to get help reading it.
 */
TEST(test_online_line_and_language_help_follow_the_customer)
{
	struct dbtest t;
	char reference[CASEWORK_REFERENCE_LEN];
	struct letter l;
	struct error err = { 0 };

	if (acknowledged(&t, "Polish", "cannot", 0, NULL, NULL, reference, &l)) {
		struct phrasebook *pb = phrasebook_load("locales", &err);
		const char *polish = phrase_text(phrasebook_find(pb, "Polish"), PHRASE_LETTER_HELP);
		char start[200] = "";

		CHECK(strstr(l.text, "eastmere.gov.uk/report/missed-bin") == NULL);
		if (CHECK(polish != NULL) && CHECK(strstr(polish, "%s") != NULL)) {
			snprintf(start, sizeof start, "%.*s", (int)(strstr(polish, "%s") - polish),
			    polish);
			CHECK(strstr(l.text, start) != NULL);
		}
		CHECK(strstr(l.text, "If you need help to read this letter") == NULL);
		phrasebook_free(pb);
		letter_free(&l);
	}
	dbtest_end(&t);
}

/*
 * A complaint response previewed before the officer says what was found shows what is missing,
 * in the text; a decision not yet said to be yes or no is missing too.
 */
TEST(test_preview_marks_what_is_missing)
{
	struct dbtest t;
	struct customer c;
	char reference[CASEWORK_REFERENCE_LEN];
	struct letter l;
	struct error err = { 0 };

	if (!begin(&t) || !make_customer(&t, &c, "English", "yes") ||
	    !raise_case(&t, catalogue_find(cat, "blue-badge"), c.id, 0, NULL, NULL, reference))
		return;
	if (CHECK_INT(letter_prepare(&t.s, cat, reference, LETTER_COMPLAINT_RESPONSE, NULL, true,
	    &l, &err), STATUS_OK)) {
		CHECK_INT(l.nmissing, 2);
		CHECK_STR(l.missing, "response.found, response.action");
		CHECK(strstr(l.text, "[response.found?]") != NULL);
		letter_free(&l);
	}
	if (CHECK_INT(letter_prepare(&t.s, cat, reference, LETTER_DECISION, NULL, true, &l, &err),
	    STATUS_OK)) {
		CHECK(strstr(l.missing, "decision.approved") != NULL);
		letter_free(&l);
	}
	CHECK_INT(letter_prepare(&t.s, cat, "RPT-1999-999999", -1, NULL, true, &l, &err),
	    STATUS_NOT_FOUND);
	dbtest_end(&t);
}

/* Issued: kept on the case with its score, on the timeline, audited; reprinted word for word. */
TEST(test_issue_keeps_the_letter_and_a_reprint_is_the_same)
{
	struct dbtest t;
	char reference[CASEWORK_REFERENCE_LEN], rid[DB_REQUEST_ID_LEN], key[24];
	const char *params[] = { key };
	struct letter_issued *list = NULL, again;
	struct letter l;
	struct error err = { 0 };
	long long id = 0, retried = 0;
	char *text = NULL;
	int n = 0;

	if (!acknowledged(&t, "English", "yes", 0, NULL, NULL, reference, &l))
		return;
	db_new_request_id(rid);
	CHECK_INT(letter_issue(&t.s, rid, &l, &id, &err), STATUS_OK);
	CHECK_INT(letter_issue(&t.s, rid, &l, &retried, &err), STATUS_OK);	/* a retry */
	CHECK_INT(retried, id);
	if (CHECK_INT(letter_list(t.db, reference, &list, &n, &err), STATUS_OK) &&
	    CHECK_INT(n, 1)) {
		CHECK_STR(list[0].template_name, "missed-bin/acknowledgement");
		CHECK_STR(list[0].outcome, "acknowledgement");
		CHECK(list[0].reading_ease >= 60.0);
		CHECK_STR(list[0].staff, "Ciarán O'Brien");
	}
	free(list);
	snprintf(key, sizeof key, "%lld", id);
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM case_event e JOIN letter l ON "
	    "l.case_id = e.case_id WHERE l.id = $1 AND e.kind = 'letter'", 1, params), 1);
	CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit WHERE entity = 'letter' "
	    "AND entity_id = $1 AND action = 'create'", 1, params), 1);
	db_new_request_id(rid);
	if (CHECK_INT(letter_reprint(&t.s, rid, id, &again, &text, &err), STATUS_OK)) {
		CHECK_STR(text, l.text);
		CHECK_INT(again.printed, 2);
	}
	free(text);
	letter_free(&l);
	dbtest_end(&t);
}

/* Spooled as text and PDF; the PDF's own text (pdftotext) holds the reference. */
TEST(test_spooled_pdf_holds_the_reference)
{
	struct dbtest t;
	char reference[CASEWORK_REFERENCE_LEN], text_path[600], pdf_path[600], cmd[1400];
	char found[256] = "";
	struct letter l;
	struct error err = { 0 };
	FILE *p;

	if (!acknowledged(&t, "English", "yes", 0, NULL, NULL, reference, &l))
		return;
	if (harness_check(letter_spool(&t.cfg, reference, 1, l.text, l.heading, text_path,
	    pdf_path, sizeof text_path, &err) == STATUS_OK, __FILE__, __LINE__, "spool: %s",
	    err.detail)) {
		CHECK(access(text_path, R_OK) == 0);
		snprintf(cmd, sizeof cmd, "pdftotext '%s' - | grep -o '%s'", pdf_path, reference);
		if (CHECK((p = popen(cmd, "r")) != NULL)) {
			if (fgets(found, sizeof found, p) == NULL)
				found[0] = '\0';
			pclose(p);
			found[strcspn(found, "\n")] = '\0';
			CHECK_STR(found, reference);
		}
	}
	/* A helper that is not there: the text is kept and the failure says so. */
	snprintf(t.cfg.pdf_helper, sizeof t.cfg.pdf_helper, "/nonexistent/civicdesk-pdf");
	CHECK_INT(letter_spool(&t.cfg, reference, 2, l.text, l.heading, text_path, pdf_path,
	    sizeof text_path, &err), STATUS_IO_ERROR);
	CHECK(strstr(err.detail, "PDF") != NULL);
	CHECK(access(text_path, R_OK) == 0);
	letter_free(&l);
	dbtest_end(&t);
}

static void
count_problem(const char *text, void *arg)
{
	char *first = arg;

	if (first[0] == '\0')
		snprintf(first, 300, "%s", text);
}

/* `civicdesk forms check` on letters: the shipped ones are clean; a broken one is named. */
TEST(test_forms_check_names_a_broken_letter_at_its_line)
{
	char dir[600], path[700], first[300] = "";
	const char *tmp = getenv("CIVICDESK_TEST_TMP");

	CHECK_INT(letter_check_files(forms(), count_problem, first), 0);
	CHECK_STR(first, "");
	snprintf(dir, sizeof dir, "%s/broken-forms/letters/missed-bin", tmp ? tmp : "/tmp");
	CHECK(files_make_dirs(dir) == 0 || mkdir(dir, 0700) == 0);
	mkdir(dir, 0700);
	snprintf(path, sizeof path, "%s/acknowledgement.txt", dir);
	CHECK_INT(files_write(path, NULL, "Your report\n\nWe will come by {{case.due}.\n"
	    "{{#online}}Online too.\n", NULL), STATUS_OK);
	snprintf(dir, sizeof dir, "%s/broken-forms", tmp ? tmp : "/tmp");
	CHECK_INT(letter_check_files(dir, count_problem, first), 1);
	CHECK(strstr(first, "missed-bin/acknowledgement.txt:3:") != NULL);
	unlink(path);
}

static const struct test tests[] = {
	TEST_ENTRY(test_every_service_letter_is_plain_english),
	TEST_ENTRY(test_every_default_letter_is_plain_english),
	TEST_ENTRY(test_acknowledgement_is_filled_from_the_case),
	TEST_ENTRY(test_online_line_and_language_help_follow_the_customer),
	TEST_ENTRY(test_preview_marks_what_is_missing),
	TEST_ENTRY(test_issue_keeps_the_letter_and_a_reprint_is_the_same),
	TEST_ENTRY(test_spooled_pdf_holds_the_reference),
	TEST_ENTRY(test_forms_check_names_a_broken_letter_at_its_line),
};

int
main(int argc, char **argv)
{
	int rc = harness_main(argc, argv, tests, (int)(sizeof tests / sizeof tests[0]));

	catalogue_free(cat);
	return rc;
}
