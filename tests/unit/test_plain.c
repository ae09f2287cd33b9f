/*
 * Tests for core/plain: reading scores on texts counted by hand, where sentences end, long
 * sentences, passives, jargon from a list, the real forms/plain-words.csv (folder from
 * CIVICDESK_FORMS_DIR, default "forms" from the repository root) and the summary line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "plain.h"

/* Scores are compared as a reader sees them: to one decimal place. */
#define CHECK_SCORE(got, want) \
	harness_check((got) - (want) < 0.05 && (want) - (got) < 0.05, __FILE__, __LINE__, \
	    "%s is %.3f, expected %.1f", #got, (got), (want))

static const char test_list[] =
	"word,plain,fine_when,source\n"
	"utilise,use,,test\n"
	"in order to,to,,test\n"
	"order,,,test\n"
	"drive,,for vehicles,test\n"
	"drive out,,for cattle,test\n"
	"verify,check,,test\n"
	"ensure,make sure,,test\n";

static struct plain_report report;

static const struct plain_report *
check_text(const char *text)
{
	plain_check(text, NULL, &report);
	return &report;
}

/* Checks that finding f points at want in text. */
#define CHECK_SPAN(text, f, want) check_span((text), (f), (want), __FILE__, __LINE__)

static void
check_span(const char *text, const struct plain_finding *f, const char *want, const char *file,
    int line)
{
	harness_check(f->length == strlen(want) && memcmp(text + f->offset, want, f->length) == 0,
	    file, line, "the finding reads \"%.*s\", expected \"%s\"", (int)f->length,
	    text + f->offset, want);
}

/* The test list as a temporary file, loaded; NULL after a failed check. */
static struct plain_words *
load_test_list(void)
{
	struct error err = { 0 };
	struct plain_words *w;
	char path[512];

	if (!harness_write_temp("plain-words", test_list, path, sizeof path))
		return NULL;
	w = plain_words_load(path, &err);
	harness_check(w != NULL, __FILE__, __LINE__, "loading the test list: %s", err.detail);
	unlink(path);
	return w;
}

static struct plain_words *
load_real_list(struct error *err)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");
	char path[512];

	snprintf(path, sizeof path, "%s/plain-words.csv", dir != NULL && dir[0] != '\0' ? dir :
	    "forms");
	return plain_words_load(path, err);
}

/* Loads text as a list and expects it refused: status, and the detail starting "path:line: ". */
static void
check_bad_list(const char *text, int line, const char *why)
{
	struct error err = { 0 };
	struct plain_words *w;
	char path[512], want[600];

	if (!harness_write_temp("plain-words", text, path, sizeof path))
		return;
	w = plain_words_load(path, &err);
	unlink(path);
	if (!CHECK(w == NULL)) {
		plain_words_free(w);
		return;
	}
	CHECK_INT(err.status, STATUS_INVALID);
	snprintf(want, sizeof want, "%s:%d: %s", path, line, why);
	harness_check(strncmp(err.detail, want, strlen(want)) == 0, __FILE__, __LINE__,
	    "error is \"%s\", expected it to start \"%s\"", err.detail, want);
}

static int
syllables(const char *word)
{
	return plain_syllables(word, strlen(word));
}

TEST(test_empty_text_scores_zero_without_dividing)
{
	const struct plain_report *r = check_text("");

	CHECK_INT(r->sentences, 0);
	CHECK_INT(r->words, 0);
	CHECK(r->reading_ease == 0 && r->grade == 0 && r->average_sentence == 0);
	r = check_text(" \n\n\t\n");
	CHECK_INT(r->sentences, 0);
	r = check_text(NULL);
	CHECK_INT(r->words, 0);
}

TEST(test_two_short_sentences_counted_and_scored)
{
	/* Your bin was missed (4 words, 4 syllables). We will col-lect it on Mon-day (6, 8). */
	const struct plain_report *r = check_text("Your bin was missed. We will collect it on "
	    "Monday.");

	CHECK_INT(r->sentences, 2);
	CHECK_INT(r->words, 10);
	CHECK_INT(r->syllables, 12);
	CHECK_SCORE(r->average_sentence, 5.0);
	CHECK_SCORE(r->reading_ease, 100.2);	/* 206.835 - 1.015 * 5 - 84.6 * 1.2 = 100.24 */
	CHECK_SCORE(r->grade, 0.5);		/* 0.39 * 5 + 11.8 * 1.2 - 15.59 = 0.52 */
	CHECK_INT(r->longest_sentence, 6);
}

TEST(test_number_in_text_is_one_word_of_one_syllable)
{
	/*
	 * Please pay the in-voice with-in 28 days (7 words, 9 syllables). If you have al-read-y
	 * paid, thank you (7, 9).
	 */
	const struct plain_report *r = check_text("Please pay the invoice within 28 days. If you "
	    "have already paid, thank you.");

	CHECK_INT(r->sentences, 2);
	CHECK_INT(r->words, 14);
	CHECK_INT(r->syllables, 18);
	CHECK_SCORE(r->reading_ease, 91.0);	/* 206.835 - 7.105 - 84.6 * 18 / 14 = 90.96 */
	CHECK_SCORE(r->grade, 2.3);		/* 2.73 + 11.8 * 18 / 14 - 15.59 = 2.31 */
}

TEST(test_long_words_score_hard)
{
	/* Un-for-tu-nate-ly (5) the ap-pli-ca-tion (4) was in-com-plete (3): 5 words, 14. */
	const struct plain_report *r = check_text("Unfortunately the application was "
	    "incomplete.");

	CHECK_INT(r->words, 5);
	CHECK_INT(r->syllables, 14);
	CHECK_SCORE(r->reading_ease, -35.1);	/* 206.835 - 5.075 - 84.6 * 2.8 = -35.12 */
	CHECK_SCORE(r->grade, 19.4);		/* 1.95 + 11.8 * 2.8 - 15.59 = 19.40 */
}

TEST(test_plain_council_paragraph_scores_60_or_more)
{
	const struct plain_report *r = check_text(
	    "Thank you for telling us that your bin was not emptied on Tuesday. We are sorry. "
	    "Our crew will come back and empty it by the end of Friday. Please leave the bin "
	    "out until then. If it is still full on Saturday, call us on 01234 567890 and we "
	    "will sort it out.");

	harness_check(r->reading_ease >= 60, __FILE__, __LINE__, "reading ease %.1f",
	    r->reading_ease);
	CHECK_INT(r->sentences, 5);
}

TEST(test_jargon_laden_paragraph_scores_under_50)
{
	struct error err = { 0 };
	struct plain_words *w = load_real_list(&err);
	const char *text =
	    "In order to facilitate the expeditious commencement of the aforementioned remedial "
	    "works, it is imperative that the undersigned is furnished with comprehensive "
	    "documentation pertaining to the property prior to the determination of the "
	    "application. Notwithstanding the foregoing, residents are required to ascertain "
	    "whether additional authorisation is necessary in accordance with the regulations.";

	if (!harness_check(w != NULL, __FILE__, __LINE__, "%s", err.detail))
		return;
	plain_check(text, w, &report);
	harness_check(report.reading_ease < 50, __FILE__, __LINE__, "reading ease %.1f",
	    report.reading_ease);
	harness_check(report.njargon >= 8, __FILE__, __LINE__, "%d jargon", report.njargon);
	CHECK_INT(report.npassive, 2);	/* "is furnished", "are required" */
	plain_words_free(w);
}

/* Common words in letters, with their syllables as a dictionary counts them. */
static const struct {
	const char *word;
	int syllables;
} letter_words[] = {
	{ "council", 2 }, { "collection", 3 }, { "collected", 3 }, { "used", 1 }, { "boxes", 2 },
	{ "table", 2 }, { "recycling", 3 }, { "garden", 2 }, { "waste", 1 }, { "payment", 2 },
	{ "reference", 3 }, { "information", 4 }, { "application", 4 }, { "letter", 2 },
	{ "address", 2 }, { "please", 1 }, { "service", 2 }, { "services", 3 },
	{ "appointment", 3 }, { "housing", 2 }, { "benefit", 3 }, { "people", 2 },
	{ "possible", 3 }, { "available", 4 }, { "decided", 3 }, { "received", 2 },
	{ "changes", 2 }, { "complaint", 2 }, { "website", 2 }, { "email", 2 }, { "asked", 1 },
	{ "needed", 2 }, { "issue", 2 }, { "officer", 3 }, { "property", 3 }, { "emptied", 2 },
	{ "family", 3 }, { "area", 3 }, { "immediately", 5 }, { "sincerely", 3 },
	{ "statement", 2 }, { "business", 2 }, { "evening", 2 }, { "unfortunately", 5 },
	{ "enclosed", 2 }, { "fortnight", 2 }, { "tenant", 2 }, { "household", 2 },
	{ "required", 3 }, { "hours", 2 },
};

TEST(test_syllables_of_common_letter_words_are_90_percent_right)
{
	int n = (int)(sizeof letter_words / sizeof letter_words[0]), right = 0;

	for (int i = 0; i < n; i++) {
		int got = syllables(letter_words[i].word);

		if (got == letter_words[i].syllables)
			right++;
		else
			printf("    miss: %s %d, not %d\n", letter_words[i].word, got,
			    letter_words[i].syllables);
	}
	printf("    syllables right for %d of %d words\n", right, n);
	harness_check(right * 10 >= n * 9, __FILE__, __LINE__, "%d of %d right", right, n);
}

TEST(test_syllables_endings_that_are_not_syllables)
{
	CHECK_INT(syllables("collected"), 3);	/* -ted is a syllable */
	CHECK_INT(syllables("used"), 1);
	CHECK_INT(syllables("boxes"), 2);	/* -xes is */
	CHECK_INT(syllables("times"), 1);
	CHECK_INT(syllables("table"), 2);	/* -le after a consonant is */
	CHECK_INT(syllables("while"), 1);
	CHECK_INT(syllables("make"), 1);
	CHECK_INT(syllables("the"), 1);
}

TEST(test_syllables_at_least_one)
{
	CHECK_INT(syllables("a"), 1);
	CHECK_INT(syllables("hmm"), 1);
	CHECK_INT(syllables("'"), 1);
}

TEST(test_syllables_number_reference_and_abbreviation)
{
	CHECK_INT(syllables("28"), 1);
	CHECK_INT(syllables("CS-2026-000123"), 1);
	CHECK_INT(syllables("NHS"), 3);		/* read letter by letter */
	CHECK_INT(syllables("e-mail"), 2);
}

TEST(test_syllables_utf8_letters_and_curly_apostrophe)
{
	CHECK_INT(syllables("council\xe2\x80\x99s"), 2);	/* council’s */
	CHECK_INT(syllables("caf\xc3\xa9"), 2);			/* café */
	CHECK_INT(syllables("\xc5\x81\xc3\xb3\x64\xc5\xba"), 1);	/* Łódź */
}

TEST(test_sentence_not_ended_by_eg_ie)
{
	const struct plain_report *r = check_text("Bring proof, e.g. a bill, i.e. one from this "
	    "year. Thank you.");

	CHECK_INT(r->sentences, 2);
	CHECK_INT(r->words, 12);	/* "e.g." and "i.e." are a word each */
}

TEST(test_sentence_not_ended_by_titles_or_no)
{
	const struct plain_report *r = check_text("Mr. Khan and Mrs. Jones saw Dr. Patel at No. 12 "
	    "High Street. The answer is no. We cannot help.");

	CHECK_INT(r->sentences, 3);
	CHECK_INT(r->longest_sentence, 13);
}

TEST(test_sentence_not_ended_by_decimals_or_money)
{
	/* £ is \xc2\xa3 */
	const struct plain_report *r = check_text("We open at 10.30 and the fee is "
	    "\xc2\xa3" "12.50 a year. It costs \xc2\xa3" "1,000.");

	CHECK_INT(r->sentences, 2);
	CHECK_INT(r->words, 14);
}

TEST(test_sentence_not_ended_by_web_or_email_address)
{
	const char *text = "See www.eastmere.gov.uk/bins or email bins@eastmere.gov.uk for dates. "
	    "Visit https://www.eastmere.gov.uk/pay. We will reply.";
	const struct plain_report *r = check_text(text);

	CHECK_INT(r->sentences, 3);
	CHECK_INT(r->words, 12);	/* each address is one word */
	CHECK_INT(r->syllables, 1 + 1 + 1 + 2 + 1 + 1 + 1 + 2 + 1 + 1 + 1 + 2);
}

TEST(test_sentence_ended_by_question_exclamation_and_quote)
{
	const struct plain_report *r = check_text("Is it full? Call us! He said \"stop.\" We will "
	    "come (soon).");

	CHECK_INT(r->sentences, 4);
}

TEST(test_am_pm_end_a_sentence_only_before_a_capital)
{
	const struct plain_report *r = check_text("Bins go out at 7 a.m. on Monday. The crew comes "
	    "at 8 a.m. Please be ready.");

	CHECK_INT(r->sentences, 3);
}

TEST(test_initial_does_not_end_a_sentence_but_band_letter_does)
{
	CHECK_INT(check_text("J. Smith will call. Mr J. Smith will call.")->sentences, 2);
	CHECK_INT(check_text("Your home is in band D. Your bill is lower.")->sentences, 2);
}

TEST(test_paragraph_break_ends_a_sentence)
{
	const struct plain_report *r = check_text("Thank you for your letter,\n\nwe will reply "
	    "soon.");

	CHECK_INT(r->sentences, 2);
}

TEST(test_line_ending_in_comma_continues_the_sentence)
{
	const struct plain_report *r = check_text("If you need help,\nplease call us.");

	CHECK_INT(r->sentences, 1);
	CHECK_INT(r->words, 7);
}

TEST(test_heading_and_list_items_end_sentences)
{
	const struct plain_report *r = check_text("Missed bins\nPlease send us:\n- your name\n"
	    "- your address\n1. a photo\n");

	/* "Missed bins" / "Please send us: your name" / "your address" / "a photo" */
	CHECK_INT(r->sentences, 4);
	CHECK_INT(r->words, 11);	/* the marks "-" and "1." are not words */
	CHECK_INT(r->longest_sentence, 5);
}

TEST(test_utf8_apostrophes_and_letters_inside_words)
{
	const struct plain_report *r = check_text("The council\xe2\x80\x99s caf\xc3\xa9 in "
	    "\xc5\x81\xc3\xb3\x64\xc5\xba is open \xe2\x80\x94 come in.");

	CHECK_INT(r->sentences, 1);
	CHECK_INT(r->words, 9);		/* council’s, café and Łódź are a word each; — is not */
}

TEST(test_reference_is_one_word)
{
	const struct plain_report *r = check_text("Your reference is CS-2026-000123.");

	CHECK_INT(r->words, 4);
	CHECK_INT(r->syllables, 6);
}

TEST(test_thirty_word_sentence_is_flagged_with_its_span)
{
	const char *first = "Thank you for your letter. ";
	const char *lng = "If you think the decision we made about your claim for help with your "
	    "council tax is wrong, you can ask us to look at it again within a month.";
	char text[512];
	const struct plain_report *r;

	snprintf(text, sizeof text, "%s%s We will reply.", first, lng);
	r = check_text(text);
	CHECK_INT(r->sentences, 3);
	CHECK_INT(r->longest_sentence, 30);
	if (!CHECK_INT(r->nlong, 1))
		return;
	CHECK_INT(r->longs[0].words, 30);
	CHECK_INT(r->longs[0].offset, strlen(first));
	CHECK_SPAN(text, &r->longs[0], lng);
}

TEST(test_sentence_of_25_words_is_not_long)
{
	const struct plain_report *r = check_text("One two three four five six seven eight nine "
	    "ten one two three four five six seven eight nine ten one two three four five.");

	CHECK_INT(r->longest_sentence, PLAIN_LONG_SENTENCE);
	CHECK_INT(r->nlong, 0);
}

/* Checks that text has exactly one passive, reading want. */
static void
check_one_passive(const char *text, const char *want)
{
	const struct plain_report *r = check_text(text);

	if (CHECK_INT(r->npassive, 1))
		CHECK_SPAN(text, &r->passives[0], want);
}

TEST(test_passive_was_collected)
{
	check_one_passive("Your bin was collected late.", "was collected");
}

TEST(test_passive_will_be_sent)
{
	check_one_passive("Your new bin will be sent next week.", "will be sent");
}

TEST(test_passive_with_not_between)
{
	check_one_passive("Your bin was not collected.", "was not collected");
}

TEST(test_passive_has_been_agreed)
{
	check_one_passive("The charge has been agreed.", "has been agreed");
}

TEST(test_passive_with_curly_contraction)
{
	check_one_passive("Your bin wasn\xe2\x80\x99t emptied.", "wasn\xe2\x80\x99t emptied");
}

TEST(test_active_sentence_is_not_passive)
{
	CHECK_INT(check_text("We sent it.")->npassive, 0);
	CHECK_INT(check_text("We have sent it.")->npassive, 0);
}

TEST(test_adjective_after_be_is_not_passive)
{
	CHECK_INT(check_text("I am pleased to help.")->npassive, 0);
	CHECK_INT(check_text("We are interested in your views.")->npassive, 0);
	CHECK_INT(check_text("It is indeed late.")->npassive, 0);
}

TEST(test_passive_does_not_reach_across_sentences)
{
	CHECK_INT(check_text("That is it. Collected bins go back.")->npassive, 0);
}

TEST(test_findings_beyond_the_limit_are_counted)
{
	char text[2048] = "";
	const struct plain_report *r;

	for (int i = 0; i < 40; i++)
		strcat(text, "It was sent. ");
	r = check_text(text);
	CHECK_INT(r->npassive, 40);
	CHECK_INT(r->passives[PLAIN_MAX_FINDINGS - 1].offset, 13 * (PLAIN_MAX_FINDINGS - 1) + 3);
}

TEST(test_jargon_found_with_plain_alternative)
{
	struct plain_words *w = load_test_list();
	const char *text = "In order to pay, please utilise the form.";

	if (w == NULL)
		return;
	plain_check(text, w, &report);
	if (CHECK_INT(report.njargon, 2)) {
		CHECK_SPAN(text, &report.jargon[0], "In order to");
		CHECK_STR(report.jargon[0].word->plain, "to");
		CHECK_SPAN(text, &report.jargon[1], "utilise");
		CHECK_STR(report.jargon[1].word->plain, "use");
	}
	plain_words_free(w);
}

TEST(test_jargon_phrase_beats_its_word)
{
	struct plain_words *w = load_test_list();
	const char *text = "We drive out waste. Please drive carefully.";

	if (w == NULL)
		return;
	plain_check(text, w, &report);
	if (CHECK_INT(report.njargon, 2)) {
		CHECK_STR(report.jargon[0].word->word, "drive out");
		CHECK_STR(report.jargon[0].word->fine_when, "for cattle");
		CHECK_SPAN(text, &report.jargon[1], "drive");
	}
	plain_words_free(w);
}

TEST(test_jargon_whole_words_only)
{
	struct plain_words *w = load_test_list();

	if (w == NULL)
		return;
	plain_check("The drivers were orderly. A utility bill. Disorder.", w, &report);
	CHECK_INT(report.njargon, 0);
	plain_words_free(w);
}

TEST(test_jargon_usual_endings_found)
{
	struct plain_words *w = load_test_list();
	const char *text = "We utilised it, verified it and are ensuring it is right.";

	if (w == NULL)
		return;
	plain_check(text, w, &report);
	if (CHECK_INT(report.njargon, 3)) {
		CHECK_SPAN(text, &report.jargon[0], "utilised");
		CHECK_SPAN(text, &report.jargon[1], "verified");
		CHECK_SPAN(text, &report.jargon[2], "ensuring");
	}
	plain_words_free(w);
}

TEST(test_jargon_fine_in_some_use_found_only_as_listed)
{
	struct plain_words *w = load_test_list();
	const char *text = "We are driving there. Drive safely.";

	if (w == NULL)
		return;
	plain_check(text, w, &report);
	if (CHECK_INT(report.njargon, 1))
		CHECK_SPAN(text, &report.jargon[0], "Drive");
	plain_words_free(w);
}

TEST(test_no_list_no_jargon_check)
{
	CHECK_INT(check_text("In order to utilise it.")->njargon, 0);
}

TEST(test_list_sorted_longest_first)
{
	struct plain_words *w = load_test_list();

	if (w == NULL)
		return;
	CHECK_INT(w->count, 7);
	CHECK_STR(w->words[0].word, "in order to");
	for (int i = 1; i < w->count; i++)
		CHECK(strlen(w->words[i - 1].word) >= strlen(w->words[i].word));
	plain_words_free(w);
}

TEST(test_real_list_loads)
{
	struct error err = { 0 };
	struct plain_words *w = load_real_list(&err);
	bool found = false;

	if (!harness_check(w != NULL, __FILE__, __LINE__, "%s", err.detail))
		return;
	harness_check(w->count >= 85, __FILE__, __LINE__, "%d entries", w->count);
	for (int i = 0; i < w->count; i++) {
		if (strcmp(w->words[i].word, "in accordance with") == 0) {
			CHECK_STR(w->words[i].plain, "under, or as");	/* quoted in the file */
			found = true;
		}
	}
	CHECK(found);
	plain_words_free(w);
}

TEST(test_real_list_finds_in_order_to_and_utilise)
{
	struct error err = { 0 };
	struct plain_words *w = load_real_list(&err);
	const char *text = "In order to apply, utilise the form prior to Friday.";

	if (!harness_check(w != NULL, __FILE__, __LINE__, "%s", err.detail))
		return;
	plain_check(text, w, &report);
	if (CHECK_INT(report.njargon, 3)) {
		CHECK_STR(report.jargon[0].word->plain, "to");
		CHECK_STR(report.jargon[1].word->plain, "use");
		CHECK_SPAN(text, &report.jargon[2], "prior to");
	}
	plain_words_free(w);
}

TEST(test_list_with_unclosed_quote_names_file_and_line)
{
	check_bad_list("word,plain,fine_when,source\nutilise,use,,test\n\"in order to,to,,test\n",
	    3, "a quote mark is not closed");
}

TEST(test_list_with_unquoted_comma_names_file_and_line)
{
	check_bad_list("word,plain,fine_when,source\nin accordance with,under, or as,,test\n", 2,
	    "5 fields where the header has 4");
}

TEST(test_list_with_wrong_header_is_refused)
{
	check_bad_list("jargon,instead\nutilise,use\n", 1, "the first line should start");
}

TEST(test_list_with_a_word_twice_is_refused)
{
	check_bad_list("word,plain,fine_when\nutilise,use,\n\nUtilise,use,\n", 4,
	    "\"utilise\" is listed twice");
}

TEST(test_list_with_empty_word_is_refused)
{
	check_bad_list("word,plain,fine_when\n,use,\n", 2, "word \"\" is empty");
}

TEST(test_missing_list_is_io_error)
{
	struct error err = { 0 };

	CHECK(plain_words_load("/nonexistent/plain-words.csv", &err) == NULL);
	CHECK_INT(err.status, STATUS_IO_ERROR);
}

TEST(test_summary_line)
{
	char line[256];

	check_text("Your bin was missed. We will collect it on Monday.");
	plain_summary(&report, line, sizeof line);
	CHECK_STR(line, "Reading ease 100 (very easy) \xc2\xb7 grade 1 \xc2\xb7 5 words a "
	    "sentence, longest 6 \xc2\xb7 0 long \xc2\xb7 1 passive \xc2\xb7 0 jargon");
}

TEST(test_summary_labels_reading_ease)
{
	static const struct {
		double ease;
		const char *want;
	} cases[] = {
		{ 90, "(very easy)" }, { 89.4, "(easy)" }, { 80, "(easy)" },
		{ 70, "(fairly easy)" }, { 68, "(plain English)" }, { 59.5, "(plain English)" },
		{ 59.4, "(fairly difficult)" },
		{ 30, "(difficult)" }, { 29, "(very difficult)" }, { -12, "(very difficult)" },
	};
	struct plain_report r = { .sentences = 1, .words = 10, .longest_sentence = 10 };
	char line[256];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		r.reading_ease = cases[i].ease;
		plain_summary(&r, line, sizeof line);
		harness_check(strstr(line, cases[i].want) != NULL, __FILE__, __LINE__,
		    "ease %.1f: \"%s\" lacks %s", cases[i].ease, line, cases[i].want);
	}
}

TEST(test_summary_of_empty_text)
{
	char line[256];

	check_text("");
	plain_summary(&report, line, sizeof line);
	CHECK_STR(line, "Nothing to score yet");
}

static const struct test tests[] = {
	TEST_ENTRY(test_empty_text_scores_zero_without_dividing),
	TEST_ENTRY(test_two_short_sentences_counted_and_scored),
	TEST_ENTRY(test_number_in_text_is_one_word_of_one_syllable),
	TEST_ENTRY(test_long_words_score_hard),
	TEST_ENTRY(test_plain_council_paragraph_scores_60_or_more),
	TEST_ENTRY(test_jargon_laden_paragraph_scores_under_50),
	TEST_ENTRY(test_syllables_of_common_letter_words_are_90_percent_right),
	TEST_ENTRY(test_syllables_endings_that_are_not_syllables),
	TEST_ENTRY(test_syllables_at_least_one),
	TEST_ENTRY(test_syllables_number_reference_and_abbreviation),
	TEST_ENTRY(test_syllables_utf8_letters_and_curly_apostrophe),
	TEST_ENTRY(test_sentence_not_ended_by_eg_ie),
	TEST_ENTRY(test_sentence_not_ended_by_titles_or_no),
	TEST_ENTRY(test_sentence_not_ended_by_decimals_or_money),
	TEST_ENTRY(test_sentence_not_ended_by_web_or_email_address),
	TEST_ENTRY(test_sentence_ended_by_question_exclamation_and_quote),
	TEST_ENTRY(test_am_pm_end_a_sentence_only_before_a_capital),
	TEST_ENTRY(test_initial_does_not_end_a_sentence_but_band_letter_does),
	TEST_ENTRY(test_paragraph_break_ends_a_sentence),
	TEST_ENTRY(test_line_ending_in_comma_continues_the_sentence),
	TEST_ENTRY(test_heading_and_list_items_end_sentences),
	TEST_ENTRY(test_utf8_apostrophes_and_letters_inside_words),
	TEST_ENTRY(test_reference_is_one_word),
	TEST_ENTRY(test_thirty_word_sentence_is_flagged_with_its_span),
	TEST_ENTRY(test_sentence_of_25_words_is_not_long),
	TEST_ENTRY(test_passive_was_collected),
	TEST_ENTRY(test_passive_will_be_sent),
	TEST_ENTRY(test_passive_with_not_between),
	TEST_ENTRY(test_passive_has_been_agreed),
	TEST_ENTRY(test_passive_with_curly_contraction),
	TEST_ENTRY(test_active_sentence_is_not_passive),
	TEST_ENTRY(test_adjective_after_be_is_not_passive),
	TEST_ENTRY(test_passive_does_not_reach_across_sentences),
	TEST_ENTRY(test_findings_beyond_the_limit_are_counted),
	TEST_ENTRY(test_jargon_found_with_plain_alternative),
	TEST_ENTRY(test_jargon_phrase_beats_its_word),
	TEST_ENTRY(test_jargon_whole_words_only),
	TEST_ENTRY(test_jargon_usual_endings_found),
	TEST_ENTRY(test_jargon_fine_in_some_use_found_only_as_listed),
	TEST_ENTRY(test_no_list_no_jargon_check),
	TEST_ENTRY(test_list_sorted_longest_first),
	TEST_ENTRY(test_real_list_loads),
	TEST_ENTRY(test_real_list_finds_in_order_to_and_utilise),
	TEST_ENTRY(test_list_with_unclosed_quote_names_file_and_line),
	TEST_ENTRY(test_list_with_unquoted_comma_names_file_and_line),
	TEST_ENTRY(test_list_with_wrong_header_is_refused),
	TEST_ENTRY(test_list_with_a_word_twice_is_refused),
	TEST_ENTRY(test_list_with_empty_word_is_refused),
	TEST_ENTRY(test_missing_list_is_io_error),
	TEST_ENTRY(test_summary_line),
	TEST_ENTRY(test_summary_labels_reading_ease),
	TEST_ENTRY(test_summary_of_empty_text),
};

HARNESS_MAIN(tests)
