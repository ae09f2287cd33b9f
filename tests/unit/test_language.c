/*
 * Tests for core/language without a database: accessible formats as advisors type them, the
 * needs sentence an advisor reads as a contact starts, and the shipped phrase catalogues.
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "language.h"

static void
check_formats(const char *typed, bool ok, const char *want)
{
	char out[64];

	if (harness_check(language_formats_normalise(typed, out, sizeof out) == ok, __FILE__,
	    __LINE__, "\"%s\" %s", typed, ok ? "refused" : "accepted"))
		harness_check_str(out, want, __FILE__, __LINE__, typed);
}

TEST(test_formats_are_put_in_their_own_words_and_order)
{
	check_formats("Braille , LARGE print", true, "large print, braille");
	check_formats("large_print; audio; audio", true, "large print, audio");
	check_formats("easy-read", true, "easy read");
	check_formats("", true, "");
	check_formats("large print, sign language", false, "sign language");
}

static struct customer
customer(const char *language, const char *interpreter)
{
	struct customer c;

	memset(&c, 0, sizeof c);
	snprintf(c.language, sizeof c.language, "%s", language);
	snprintf(c.interpreter, sizeof c.interpreter, "%s", interpreter);
	return c;
}

TEST(test_needs_are_said_in_one_plain_sentence)
{
	struct customer c = customer("Polish", "spoken");
	char text[300];

	CHECK(language_has_needs(&c));
	language_needs_text(&c, NULL, text, sizeof text);
	CHECK_STR(text, "Needs a Polish interpreter.");
	snprintf(c.written_language, sizeof c.written_language, "English");
	snprintf(c.formats, sizeof c.formats, "large print");
	snprintf(c.access_needs, sizeof c.access_needs, "hearing loop");
	language_needs_text(&c, NULL, text, sizeof text);
	CHECK_STR(text, "Needs a Polish interpreter. Writes in English. Letters in large print. "
	    "Adjustments: hearing loop.");
	c = customer("British Sign Language", "bsl");
	language_needs_text(&c, NULL, text, sizeof text);
	CHECK_STR(text, "Needs a British Sign Language interpreter.");
}

TEST(test_english_speaker_without_needs_has_none)
{
	struct customer c = customer("English", "none");

	CHECK(!language_has_needs(&c));
	c = customer("Romanian", "none");
	CHECK(language_has_needs(&c));
	CHECK_STR(language_written(&c), "Romanian");
}

static const char *
locales(void)
{
	const char *dir = getenv("CIVICDESK_LOCALES_DIR");

	return dir != NULL && dir[0] != '\0' ? dir : "locales";
}

TEST(test_shipped_catalogues_load_and_are_found_by_the_names_records_use)
{
	struct error err = { 0 };
	struct phrasebook *pb = phrasebook_load(locales(), &err);
	const struct phrase_language *l;

	if (!CHECK(pb != NULL))
		return;
	CHECK_INT(pb->nproblems, 0);
	CHECK(pb->count >= 13);
	if (CHECK((l = phrasebook_find(pb, "polish")) != NULL)) {
		CHECK_STR(l->code, "pl");
		CHECK_STR(l->native, "Polski");
		CHECK_STR(l->review, "draft");
		CHECK(phrase_text(l, PHRASE_I_SPEAK) != NULL);
	}
	if (CHECK((l = phrasebook_find(pb, "Arabic")) != NULL))
		CHECK(l->rtl);
	if (CHECK((l = phrasebook_find(pb, "Chinese (Cantonese)")) != NULL))
		CHECK_STR(l->code, "zh_Hant");
	if (CHECK((l = phrasebook_find(pb, "Chinese (Mandarin)")) != NULL))
		CHECK_STR(l->code, "zh_Hans");
	CHECK(phrasebook_find(pb, "Klingon") == NULL);
	/* Every phrase the screens offer is in every catalogue. */
	for (int i = 0; i < pb->count; i++)
		for (int k = 0; language_phrases[k] != NULL; k++)
			harness_check(phrase_text(&pb->languages[i], language_phrases[k]) != NULL,
			    __FILE__, __LINE__, "%s lacks \"%s\"", pb->languages[i].code,
			    language_phrases[k]);
	phrasebook_free(pb);
}

TEST(test_a_broken_catalogue_is_a_problem_not_a_failure)
{
	char path[256], dir[256];
	struct error err = { 0 };
	struct phrasebook *pb;
	const char *tmp = getenv("CIVICDESK_TEST_TMP");

	snprintf(dir, sizeof dir, "%s/locales-%d/phrases", tmp ? tmp : "/tmp", (int)getpid());
	snprintf(path, sizeof path, "mkdir -p '%s'", dir);
	if (!CHECK(system(path) == 0))
		return;
	snprintf(path, sizeof path, "%s/xx.po", dir);
	FILE *f = fopen(path, "w");
	if (!CHECK(f != NULL))
		return;
	fputs("msgid \"I speak this language\"\nmsgstr \"unterminated\n", f);
	fclose(f);
	*strrchr(dir, '/') = '\0';
	pb = phrasebook_load(dir, &err);
	if (CHECK(pb != NULL)) {
		CHECK_INT(pb->count, 0);
		CHECK_INT(pb->nproblems, 1);
		CHECK(pb->nproblems == 1 && strstr(pb->problems[0], "xx.po:2:") != NULL);
	}
	phrasebook_free(pb);
	unlink(path);
}

static const struct test tests[] = {
	TEST_ENTRY(test_formats_are_put_in_their_own_words_and_order),
	TEST_ENTRY(test_needs_are_said_in_one_plain_sentence),
	TEST_ENTRY(test_english_speaker_without_needs_has_none),
	TEST_ENTRY(test_shipped_catalogues_load_and_are_found_by_the_names_records_use),
	TEST_ENTRY(test_a_broken_catalogue_is_a_problem_not_a_failure),
};

HARNESS_MAIN(tests)
