/*
 * Tests for core/po: the PO grammar as msgfmt reads it (checked against msgfmt itself), what is
 * left out, lookups with and without context, header fields, errors with their lines, the
 * Plural-Forms evaluator for five languages' rules, and input that must fail without crashing.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "po.h"

/* Loads text from a temporary file; the file's name in path (for errors) is already unlinked. */
static struct po *
load_named(const char *text, struct error *err, char *path, size_t size)
{
	struct po *po;

	if (!harness_write_temp("po", text, path, size))
		return NULL;
	po = po_load(path, err);
	unlink(path);
	return po;
}

static struct po *
load(const char *text)
{
	struct error err = { STATUS_OK, "" };
	char path[256];
	struct po *po = load_named(text, &err, path, sizeof path);

	harness_check(po != NULL, __FILE__, __LINE__, "load failed: %s", err.detail);
	return po;
}

/* Loads text, which must fail with STATUS_INVALID and "path:line: what". */
static void
check_invalid(const char *text, int line, const char *what)
{
	struct error err = { STATUS_OK, "" };
	char path[256], want[512];
	struct po *po = load_named(text, &err, path, sizeof path);

	if (!harness_check(po == NULL, __FILE__, __LINE__, "loaded, expected \"%s\"", what)) {
		po_free(po);
		return;
	}
	snprintf(want, sizeof want, "%s:%d: %s", path, line, what);
	CHECK_INT(err.status, STATUS_INVALID);
	CHECK_STR(err.detail, want);
}

#define HEADER \
	"msgid \"\"\n" \
	"msgstr \"\"\n" \
	"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"

/* The grammar ------------------------------------------------------------------------------- */

TEST(test_text_finds_a_translation)
{
	struct po *po = load(HEADER "\nmsgid \"Save\"\nmsgstr \"Cadw\"\n");

	if (CHECK(po != NULL))
		CHECK_STR(po_text(po, "Save"), "Cadw");
	po_free(po);
}

TEST(test_text_of_an_unknown_msgid_is_null)
{
	struct po *po = load(HEADER "\nmsgid \"Save\"\nmsgstr \"Cadw\"\n");

	if (CHECK(po != NULL)) {
		CHECK(po_text(po, "Cancel") == NULL);
		CHECK(po_text(po, "Sav") == NULL);
		CHECK(po_text(po, "Save ") == NULL);
		CHECK(po_text(po, "") == NULL);
		CHECK(po_plural(po, "Cancel", 1) == NULL);
	}
	po_free(po);
}

TEST(test_fuzzy_entries_are_ignored)
{
	struct po *po = load(HEADER
	    "\n#, fuzzy\nmsgid \"Save\"\nmsgstr \"Cadw\"\n"
	    "\n#, c-format, fuzzy\nmsgid \"%d days\"\nmsgstr \"%d diwrnod\"\n"
	    "\n#, c-format\nmsgid \"Open\"\nmsgstr \"Agor\"\n");

	if (CHECK(po != NULL)) {
		CHECK(po_text(po, "Save") == NULL);
		CHECK(po_text(po, "%d days") == NULL);
		CHECK_STR(po_text(po, "Open"), "Agor");
		CHECK_INT(po_count(po), 1);
	}
	po_free(po);
}

TEST(test_fuzzy_flag_applies_only_to_the_next_entry)
{
	struct po *po = load("#, fuzzy\nmsgid \"a\"\nmsgstr \"A\"\n\nmsgid \"b\"\nmsgstr \"B\"\n");

	if (CHECK(po != NULL)) {
		CHECK(po_text(po, "a") == NULL);
		CHECK_STR(po_text(po, "b"), "B");
	}
	po_free(po);
}

TEST(test_untranslated_entries_are_left_out_of_the_count)
{
	struct po *po = load(HEADER
	    "\nmsgid \"Save\"\nmsgstr \"\"\n"
	    "\nmsgid \"%d day\"\nmsgid_plural \"%d days\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n"
	    "\nmsgid \"Open\"\nmsgstr \"Agor\"\n"
	    "\nmsgid \"Close\"\nmsgstr \"Cau\"\n");

	if (CHECK(po != NULL)) {
		CHECK_INT(po_count(po), 2);
		CHECK(po_text(po, "Save") == NULL);
		CHECK(po_plural(po, "%d day", 2) == NULL);
	}
	po_free(po);
}

TEST(test_count_of_an_empty_file_is_0)
{
	struct po *po = load("");

	if (CHECK(po != NULL)) {
		CHECK_INT(po_count(po), 0);
		CHECK(po_header(po, "Language") == NULL);
	}
	po_free(po);
}

TEST(test_context_keeps_entries_with_one_msgid_apart)
{
	struct po *po = load(HEADER
	    "\nmsgid \"Open\"\nmsgstr \"Agor\"\n"
	    "\nmsgctxt \"case status\"\nmsgid \"Open\"\nmsgstr \"Ar agor\"\n"
	    "\nmsgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"Agor...\"\n");

	if (CHECK(po != NULL)) {
		CHECK_STR(po_text(po, "Open"), "Agor");
		CHECK_STR(po_text_ctx(po, "case status", "Open"), "Ar agor");
		CHECK_STR(po_text_ctx(po, "menu", "Open"), "Agor...");
		CHECK(po_text_ctx(po, "case", "Open") == NULL);
		CHECK(po_text_ctx(po, "case status ", "Open") == NULL);
		CHECK(po_text_ctx(po, "menu", "Ope") == NULL);
		CHECK(po_text_ctx(po, "", "Open") == NULL);
		CHECK_INT(po_count(po), 3);
	}
	po_free(po);
}

TEST(test_text_of_a_plural_entry_is_its_first_form)
{
	struct po *po = load(HEADER "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
	    "\nmsgid \"%d day\"\nmsgid_plural \"%d days\"\nmsgstr[0] \"%d diwrnod\"\n"
	    "msgstr[1] \"%d o ddiwrnodau\"\n");

	if (CHECK(po != NULL)) {
		CHECK_STR(po_text(po, "%d day"), "%d diwrnod");
		CHECK(po_text(po, "%d days") == NULL);
	}
	po_free(po);
}

TEST(test_strings_continue_over_several_lines)
{
	struct po *po = load(HEADER
	    "\nmsgid \"\"\n\"Your case \"\n\"is open.\"\n"
	    "msgstr \"\"\n\"Mae eich achos \"\n   \"ar agor.\"   \n"
	    "\nmsgid \"a\" \"b\"\nmsgstr \"A\" \"B\" \"\"\n");

	if (CHECK(po != NULL)) {
		CHECK_STR(po_text(po, "Your case is open."), "Mae eich achos ar agor.");
		CHECK_STR(po_text(po, "ab"), "AB");
	}
	po_free(po);
}

TEST(test_escapes_are_decoded)
{
	struct po *po = load(
	    "msgid \"tab\"\nmsgstr \"a\\tb\\nc\"\n"
	    "msgid \"quote\"\nmsgstr \"\\\"q\\\" \\\\ end\"\n"
	    "msgid \"controls\"\nmsgstr \"\\a\\b\\f\\r\\v\"\n"
	    "msgid \"octal\"\nmsgstr \"\\101\\0102\\7x\"\n"
	    "msgid \"hex\"\nmsgstr \"\\x41\\x7e\\x4g\\xc3\\xa9\"\n"
	    "msgid \"\\tkey\\n\"\nmsgstr \"found\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK_STR(po_text(po, "tab"), "a\tb\nc");
	CHECK_STR(po_text(po, "quote"), "\"q\" \\ end");
	CHECK_STR(po_text(po, "controls"), "\a\b\f\r\v");
	CHECK_STR(po_text(po, "octal"), "A\0102\7x");
	CHECK_STR(po_text(po, "hex"), "A~\004g\xc3\xa9");
	CHECK_STR(po_text(po, "\tkey\n"), "found");
	po_free(po);
}

TEST(test_comments_and_other_flags_are_passed_over)
{
	struct po *po = load(
	    "# translator's comment\n"
	    "#. extracted comment\n"
	    "#: tui/app.c:42 tui/screen_raise.c:930\n"
	    "#, c-format, no-wrap\n"
	    "#| msgid \"Old text\"\n"
	    "msgid \"New text\"\n"
	    "msgstr \"Testun newydd\"\n"
	    "#\n");

	if (CHECK(po != NULL)) {
		CHECK_STR(po_text(po, "New text"), "Testun newydd");
		CHECK(po_text(po, "Old text") == NULL);
		CHECK_INT(po_count(po), 1);
	}
	po_free(po);
}

TEST(test_obsolete_entries_are_ignored)
{
	struct po *po = load(HEADER
	    "\nmsgid \"Open\"\nmsgstr \"Agor\"\n"
	    "\n#~ msgid \"Old\"\n#~ msgstr \"Hen\"\n"
	    "\n#~ msgid \"Broken \n#~ msgstr[7] \"\n");

	if (CHECK(po != NULL)) {
		CHECK(po_text(po, "Old") == NULL);
		CHECK_INT(po_count(po), 1);
	}
	po_free(po);
}

TEST(test_windows_line_ends_and_a_byte_order_mark_are_accepted)
{
	struct po *po = load("\xef\xbb\xbfmsgid \"Open\"\r\nmsgstr \"Agor\"\r\n\r\n"
	    "msgid \"Close\"\r\nmsgstr \"Cau\"\r\n");

	if (CHECK(po != NULL)) {
		CHECK_STR(po_text(po, "Open"), "Agor");
		CHECK_STR(po_text(po, "Close"), "Cau");
	}
	po_free(po);
}

TEST(test_header_fields_are_found_and_trimmed)
{
	struct po *po = load("msgid \"\"\nmsgstr \"\"\n"
	    "\"Project-Id-Version: civicdesk\\n\"\n"
	    "\"Language:   cy  \\n\"\n"
	    "\"X-Native-Name: Cymraeg\\n\"\n"
	    "\"X-Review-Status:\\treviewed by J. Jones \\n\"\n"
	    "\"X-Empty:\\n\"\n"
	    "\"not a field\\n\"\n"
	    "\"X-Url: https://example.org:8080/x\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK_STR(po_header(po, "Language"), "cy");
	CHECK_STR(po_header(po, "X-Native-Name"), "Cymraeg");
	CHECK_STR(po_header(po, "X-Review-Status"), "reviewed by J. Jones");
	CHECK_STR(po_header(po, "X-Empty"), "");
	CHECK_STR(po_header(po, "X-Url"), "https://example.org:8080/x");
	CHECK(po_header(po, "Plural-Forms") == NULL);
	CHECK(po_header(po, "Lang") == NULL);
	CHECK_INT(po_count(po), 0);
	CHECK(po_text(po, "") == NULL);
	po_free(po);
}

TEST(test_many_entries_are_all_found)
{
	size_t size = 1000 * 120, len = 0;
	char *text = malloc(size), want[64], id[64];
	struct po *po;
	int found = 0;

	if (!CHECK(text != NULL))
		return;
	for (int i = 999; i >= 0; i--)	/* in reverse, so the table must sort them */
		len += (size_t)snprintf(text + len, size - len,
		    "msgid \"Message %d\"\nmsgstr \"Neges %d\"\n\n"
		    "msgctxt \"c%d\"\nmsgid \"Message %d\"\nmsgstr \"Cyd-destun %d\"\n\n",
		    i, i, i % 7, i, i);
	po = load(text);
	free(text);
	if (!CHECK(po != NULL))
		return;
	CHECK_INT(po_count(po), 2000);
	for (int i = 0; i < 1000; i++) {
		snprintf(id, sizeof id, "Message %d", i);
		snprintf(want, sizeof want, "Neges %d", i);
		found += po_text(po, id) != NULL && strcmp(po_text(po, id), want) == 0;
		snprintf(want, sizeof want, "c%d", i % 7);
		found += po_text_ctx(po, want, id) != NULL;
		snprintf(want, sizeof want, "c%d", (i + 1) % 7);
		found -= po_text_ctx(po, want, id) != NULL;
	}
	CHECK_INT(found, 2000);
	CHECK(po_text(po, "Message 1000") == NULL);
	CHECK(po_text(po, "Message") == NULL);
	po_free(po);
}

TEST(test_lookups_without_a_catalogue_are_null)
{
	CHECK(po_text(NULL, "Save") == NULL);
	CHECK(po_text_ctx(NULL, "menu", "Save") == NULL);
	CHECK(po_plural(NULL, "%d day", 2) == NULL);
	CHECK(po_header(NULL, "Language") == NULL);
	CHECK_INT(po_count(NULL), 0);
	po_free(NULL);
}

/* Errors ------------------------------------------------------------------------------------ */

TEST(test_unterminated_string_is_invalid_with_its_line)
{
	check_invalid(HEADER "\nmsgid \"Open\nmsgstr \"Agor\"\n", 5, "unterminated string");
}

TEST(test_string_cut_off_by_the_end_of_the_file_is_invalid)
{
	check_invalid("msgid \"Open\"\nmsgstr \"Ag", 2, "unterminated string");
	check_invalid("msgid \"Open\"\nmsgstr \"Ag\\", 2, "unterminated string");
}

TEST(test_msgstr_without_msgid_is_invalid)
{
	check_invalid("msgid \"a\"\nmsgstr \"A\"\nmsgstr \"B\"\n", 3, "msgstr without msgid");
}

TEST(test_keyword_out_of_order_is_invalid)
{
	check_invalid("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"B\"\n", 3,
	    "msgid where msgstr was expected");
	check_invalid("msgid \"a\"\nmsgctxt \"c\"\nmsgstr \"B\"\n", 2,
	    "msgctxt where msgstr was expected");
	check_invalid("msgctxt \"c\"\nmsgstr \"B\"\n", 2,
	    "msgstr where msgid after msgctxt was expected");
	check_invalid("msgid \"a\"\n# a comment\nmsgstr \"A\"\n", 2,
	    "a comment where msgstr was expected");
	check_invalid("msgid \"a\"\n", 2, "end of file where msgstr was expected");
}

TEST(test_msgstr_n_without_msgid_plural_is_invalid)
{
	check_invalid("\nmsgid \"a\"\nmsgstr[0] \"A\"\n", 3, "msgstr[0] without msgid_plural");
}

TEST(test_plural_forms_out_of_order_are_invalid)
{
	check_invalid("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"A\"\nmsgstr[2] \"B\"\n", 4,
	    "msgstr[2] where msgstr[1] was expected");
	check_invalid("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"A\"\n", 3,
	    "msgstr where msgstr[0] was expected");
	check_invalid("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"A\"\n", 3,
	    "msgstr[1] where msgstr[0] was expected");
}

TEST(test_spaces_inside_the_form_index_are_accepted)
{
	struct po *po = load(HEADER "\"Plural-Forms: nplurals=2; plural=n != 1;\\n\"\n"
	    "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr [ 0 ] \"A\"\nmsgstr[1 ] \"As\"\n");

	if (CHECK(po != NULL))
		CHECK_STR(po_plural(po, "a", 2), "As");
	po_free(po);
}

TEST(test_malformed_form_index_is_invalid)
{
	check_invalid("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[x] \"A\"\n", 3,
	    "msgstr[N] is malformed");
	check_invalid("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0 \"A\"\n", 3,
	    "msgstr[N] is malformed");
	check_invalid("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[99999999999] \"A\"\n", 3,
	    "msgstr[N] is malformed");
}

TEST(test_keyword_without_a_string_is_invalid)
{
	check_invalid("msgid\nmsgstr \"A\"\n", 2,
	    "msgstr where a string after msgid was expected");
	check_invalid("msgid \"a\"\nmsgstr", 2,
	    "end of file where a string after msgstr was expected");
}

TEST(test_unknown_keyword_is_invalid)
{
	check_invalid("msgid \"a\"\nmsgstr \"A\"\n\nmsgfoo \"b\"\n", 4,
	    "unknown keyword \"msgfoo\"");
	check_invalid("domain \"x\"\n", 1, "unknown keyword \"domain\"");
}

TEST(test_string_without_a_keyword_is_invalid)
{
	check_invalid("msgid \"a\"\nmsgstr \"A\"\n# comment\n\"B\"\n", 4,
	    "a string without a keyword before it");
}

TEST(test_stray_bytes_are_invalid)
{
	check_invalid("msgid \"a\"\nmsgstr \"A\"\n\n{\n", 4, "unexpected '{'");
	check_invalid("msgid \"a\"\nmsgstr \"A\"\n\xff\n", 3, "unexpected byte 0xff");
}

TEST(test_bad_escapes_are_invalid)
{
	check_invalid("msgid \"a\"\nmsgstr \"\\q\"\n", 2, "unknown escape \\q");
	check_invalid("msgid \"a\"\nmsgstr \"\\xg\"\n", 2, "\\x without hex digits");
	check_invalid("msgid \"a\"\nmsgstr \"\\400\"\n", 2, "octal escape over \\377");
	check_invalid("msgid \"a\"\nmsgstr \"a\\0b\"\n", 2, "a string cannot hold a NUL byte");
	check_invalid("msgid \"a\"\nmsgstr \"a\\x00\"\n", 2, "a string cannot hold a NUL byte");
}

TEST(test_duplicate_entries_are_invalid)
{
	check_invalid("msgid \"a\"\nmsgstr \"A\"\n\nmsgid \"b\"\nmsgstr \"B\"\n\n"
	    "msgid \"a\"\nmsgstr \"A2\"\n", 7, "duplicate entry, first at line 1");
}

TEST(test_second_header_is_invalid)
{
	check_invalid(HEADER "\nmsgid \"\"\nmsgstr \"Language: cy\\n\"\n", 5,
	    "a second header (msgid \"\")");
}

TEST(test_nul_byte_is_invalid_with_its_line)
{
	static const char text[] = "msgid \"a\"\nmsgstr \"A\"\nmsgid \"b\0\"\nmsgstr \"B\"\n";
	struct error err = { STATUS_OK, "" };
	char path[256], want[300];
	struct po *po;
	FILE *f;

	if (!harness_write_temp("po", "", path, sizeof path))
		return;
	if (CHECK((f = fopen(path, "wb")) != NULL)) {
		fwrite(text, 1, sizeof text - 1, f);
		fclose(f);
		po = po_load(path, &err);
		CHECK(po == NULL);
		po_free(po);
		snprintf(want, sizeof want, "%s:3: a NUL byte (is this a PO file?)", path);
		CHECK_INT(err.status, STATUS_INVALID);
		CHECK_STR(err.detail, want);
	}
	unlink(path);
}

TEST(test_missing_file_is_not_found)
{
	struct error err = { STATUS_OK, "" };

	CHECK(po_load("/nonexistent/civicdesk/cy.po", &err) == NULL);
	CHECK_INT(err.status, STATUS_NOT_FOUND);
	CHECK(strstr(err.detail, "/nonexistent/civicdesk/cy.po") != NULL);
	CHECK(po_load("/nonexistent/civicdesk/cy.po", NULL) == NULL);
}

TEST(test_folder_is_an_io_error)
{
	struct error err = { STATUS_OK, "" };

	CHECK(po_load("/", &err) == NULL);
	CHECK_INT(err.status, STATUS_IO_ERROR);
}

TEST(test_file_over_4_mb_is_an_io_error)
{
	size_t size = (4u << 20) + 2, line = 64;
	char *text = malloc(size), path[256];
	struct error err = { STATUS_OK, "" };
	struct po *po;

	if (!CHECK(text != NULL))
		return;
	for (size_t i = 0; i < size - 1; i++)
		text[i] = i % line == line - 1 ? '\n' : '#';
	text[size - 1] = '\0';
	po = load_named(text, &err, path, sizeof path);
	CHECK(po == NULL);
	CHECK_INT(err.status, STATUS_IO_ERROR);
	CHECK(strstr(err.detail, "is over 4194304 bytes") != NULL);
	po_free(po);
	text[size - 2] = '\0';	/* exactly 4 MB: still read */
	po = load_named(text, &err, path, sizeof path);
	if (harness_check(po != NULL, __FILE__, __LINE__, "4 MB: %s", err.detail))
		CHECK_INT(po_count(po), 0);
	po_free(po);
	free(text);
}

TEST(test_megabyte_line_loads)
{
	size_t size = (1u << 20) + 64;
	char *text = malloc(size), *msgid;
	struct po *po;

	if (!CHECK(text != NULL))
		return;
	memcpy(text, "msgid \"", 7);
	memset(text + 7, 'x', 1u << 20);
	strcpy(text + 7 + (1u << 20), "\"\nmsgstr \"long\"\n");
	po = load(text);
	text[7 + (1u << 20)] = '\0';
	msgid = text + 7;
	if (CHECK(po != NULL))
		CHECK_STR(po_text(po, msgid), "long");
	po_free(po);
	free(text);
}

/* Garbage, made the same way every run. */
static void
fill_garbage(char *text, size_t len, uint32_t seed, const char *alphabet)
{
	size_t n = alphabet != NULL ? strlen(alphabet) : 0;

	for (size_t i = 0; i < len; i++) {
		seed = seed * 1664525u + 1013904223u;
		text[i] = n > 0 ? alphabet[(seed >> 16) % n] :
		    (char)((seed >> 24) | 1);	/* never NUL: fputs would stop */
	}
	text[len] = '\0';
}

/* Loads text, which may be anything: it must give a result or an error, never a crash. */
static void
check_loads_or_fails(const char *text)
{
	struct error err = { STATUS_OK, "" };
	char path[256];
	struct po *po = load_named(text, &err, path, sizeof path);

	if (po != NULL) {
		po_text(po, "a");
		po_plural(po, "a", 3);
		po_header(po, "Plural-Forms");
	} else
		CHECK(err.status == STATUS_INVALID);
	po_free(po);
}

TEST(test_garbage_gives_an_error_or_a_result)
{
	static const char *const alphabets[] = {
		"", "msgidstr_[]0123 \"\\\n#,~xn", "\"\\\nmsgid \"\" msgstr[0] #, fuzzy\n",
	};
	char text[2048];

	for (uint32_t seed = 1; seed <= 300; seed++) {
		fill_garbage(text, seed * 5 % (sizeof text - 1), seed,
		    alphabets[seed % 3][0] != '\0' ? alphabets[seed % 3] : NULL);
		check_loads_or_fails(text);
	}
}

/* A sample that msgfmt --check accepts; see test_msgfmt_reads_the_sample_the_same_way. */
static const char sample[] =
	"# Welsh translations for civicdesk.\n"
	"msgid \"\"\n"
	"msgstr \"\"\n"
	"\"Project-Id-Version: civicdesk 0.1\\n\"\n"
	"\"Report-Msgid-Bugs-To: civicdesk@eastmere.gov.uk\\n\"\n"
	"\"PO-Revision-Date: 2026-11-24 12:00+0000\\n\"\n"
	"\"Last-Translator: Eira Jones <eira@example.org>\\n\"\n"
	"\"Language-Team: Welsh <cy@example.org>\\n\"\n"
	"\"Language: cy\\n\"\n"
	"\"MIME-Version: 1.0\\n\"\n"
	"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	"\"Content-Transfer-Encoding: 8bit\\n\"\n"
	"\"Plural-Forms: nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : \"\n"
	"\"(n==3) ? 3 :(n==6) ? 4 : 5;\\n\"\n"
	"\"X-Native-Name: Cymraeg\\n\"\n"
	"\n"
	"#: tui/app.c:42\n"
	"msgid \"Out of memory: that screen cannot open.\"\n"
	"msgstr \"Dim cof: ni all y sgrin honno agor.\"\n"
	"\n"
	"#: tui/app.c:125\n"
	"#, c-format\n"
	"msgid \"Contact not started: %s\"\n"
	"msgstr \"Ni ddechreuwyd y cyswllt: %s\"\n"
	"\n"
	"msgctxt \"case status\"\n"
	"msgid \"Open\"\n"
	"msgstr \"Ar agor\"\n"
	"\n"
	"msgid \"Open\"\n"
	"msgstr \"Agor\"\n"
	"\n"
	"msgid \"\"\n"
	"\"Line one\\n\"\n"
	"\"Line two\\twith a tab and \\\"quotes\\\"\"\n"
	"msgstr \"\"\n"
	"\"Llinell un\\n\"\n"
	"\"Llinell dau\\tgyda thab a \\\"dyfynodau\\\" \\303\\242 \\xc3\\xae\"\n"
	"\n"
	"#, c-format\n"
	"msgid \"%d day left\"\n"
	"msgid_plural \"%d days left\"\n"
	"msgstr[0] \"%d diwrnod ar ôl\"\n"
	"msgstr[1] \"%d diwrnod ar ôl\"\n"
	"msgstr[2] \"%d ddiwrnod ar ôl\"\n"
	"msgstr[3] \"%d diwrnod ar ôl\"\n"
	"msgstr[4] \"%d niwrnod ar ôl\"\n"
	"msgstr[5] \"%d diwrnod ar ôl\"\n"
	"\n"
	"#, fuzzy\n"
	"msgid \"Save\"\n"
	"msgstr \"Cadw\"\n"
	"\n"
	"msgid \"Cancel\"\n"
	"msgstr \"\"\n"
	"\n"
	"#~ msgid \"Old\"\n"
	"#~ msgstr \"Hen\"\n";

static uint32_t
mo_word(const unsigned char *mo, size_t len, size_t at)
{
	uint32_t w = 0;

	if (at <= len && len - at >= 4)
		memcpy(&w, mo + at, 4);
	return w;
}

/* Checks every entry msgfmt compiled into mo against what po_load made of the same file. */
static void
check_against_mo(const struct po *po, const unsigned char *mo, size_t len)
{
	uint32_t n = mo_word(mo, len, 8), ids = mo_word(mo, len, 12), strs = mo_word(mo, len, 16);
	const char *id, *str, *glue;
	char ctx[256];
	int kept = 0;

	if (!CHECK(mo_word(mo, len, 0) == 0x950412de))	/* msgfmt writes the host's order */
		return;
	for (uint32_t i = 0; i < n && CHECK(strs + 8 * i + 8 <= len); i++) {
		id = (const char *)mo + mo_word(mo, len, ids + 8 * i + 4);
		str = (const char *)mo + mo_word(mo, len, strs + 8 * i + 4);
		if (id[0] == '\0')
			continue;	/* the header */
		kept++;
		if ((glue = strchr(id, '\004')) == NULL) {
			CHECK_STR(po_text(po, id), str);
			continue;
		}
		snprintf(ctx, sizeof ctx, "%.*s", (int)(glue - id), id);
		CHECK_STR(po_text_ctx(po, ctx, glue + 1), str);
	}
	CHECK_INT(po_count(po), kept);
}

static unsigned char *
read_whole(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = malloc(1 << 16);

	*len = 0;
	if (f != NULL && buf != NULL)
		*len = fread(buf, 1, 1 << 16, f);
	if (f != NULL)
		fclose(f);
	return buf;
}

TEST(test_msgfmt_reads_the_sample_the_same_way)
{
	struct error err = { STATUS_OK, "" };
	char path[256], mo[300], command[700];
	unsigned char *bytes;
	struct po *po;
	size_t len;

	if (!harness_check(system("command -v msgfmt >/dev/null 2>&1") == 0, __FILE__, __LINE__,
	    "msgfmt is not installed (Debian package gettext)"))
		return;
	if (!harness_write_temp("po", sample, path, sizeof path))
		return;
	snprintf(mo, sizeof mo, "%s.mo", path);
	snprintf(command, sizeof command, "msgfmt --check -o '%s' '%s'", mo, path);
	CHECK(system(command) == 0);
	po = po_load(path, &err);
	if (harness_check(po != NULL, __FILE__, __LINE__, "load failed: %s", err.detail)) {
		bytes = read_whole(mo, &len);
		if (CHECK(bytes != NULL && len > 28))
			check_against_mo(po, bytes, len);
		free(bytes);
		CHECK_INT(po_count(po), 6);
		CHECK_STR(po_text(po, "Open"), "Agor");
		CHECK_STR(po_text_ctx(po, "case status", "Open"), "Ar agor");
		CHECK_STR(po_plural(po, "%d day left", 6), "%d niwrnod ar ôl");
		CHECK(po_text(po, "Save") == NULL);
		CHECK(po_text(po, "Cancel") == NULL);
		CHECK(po_text(po, "Old") == NULL);
		CHECK_STR(po_header(po, "X-Native-Name"), "Cymraeg");
	}
	po_free(po);
	unlink(mo);
	unlink(path);
}

TEST(test_every_truncation_of_the_sample_gives_an_error_or_a_result)
{
	char text[sizeof sample];

	for (size_t len = 0; len < sizeof sample; len += 3) {
		memcpy(text, sample, len);
		text[len] = '\0';
		check_loads_or_fails(text);
	}
}

TEST(test_template_loads_with_nothing_translated)
{
	struct error err = { STATUS_OK, "" };
	struct po *po;

	if (access("locales/civicdesk.pot", R_OK) != 0)
		return;		/* run from elsewhere than the top folder */
	po = po_load("locales/civicdesk.pot", &err);
	if (harness_check(po != NULL, __FILE__, __LINE__, "load failed: %s", err.detail)) {
		CHECK_INT(po_count(po), 0);
		CHECK_STR(po_header(po, "Project-Id-Version"), "civicdesk");
		CHECK(po_plural(po, "%d day", 1) == NULL);
	}
	po_free(po);
}

/* Plural-Forms ------------------------------------------------------------------------------ */

/* A catalogue with plural_forms and one entry "one"/"many" whose forms are "0", "1" ... */
static struct po *
load_plural(const char *plural_forms, int nforms)
{
	char text[4096];
	size_t len;

	len = (size_t)snprintf(text, sizeof text, HEADER "\"Plural-Forms: %s\\n\"\n\n"
	    "msgid \"one\"\nmsgid_plural \"many\"\n", plural_forms);
	for (int i = 0; i < nforms && len < sizeof text; i++)
		len += (size_t)snprintf(text + len, sizeof text - len, "msgstr[%d] \"%d\"\n", i, i);
	return load(text);
}

/* The form chosen for n as a number, or -1 for NULL. */
static long
chosen(const struct po *po, unsigned long n)
{
	const char *s = po_plural(po, "one", n);

	return s != NULL ? strtol(s, NULL, 10) : -1;
}

static long
welsh(unsigned long n)
{
	return n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n == 3 ? 3 : n == 6 ? 4 : 5;
}

static long
polish(unsigned long n)
{
	return n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2;
}

static long
arabic(unsigned long n)
{
	return n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 :
	    n % 100 >= 11 ? 4 : 5;
}

static long
english(unsigned long n)
{
	return n != 1;
}

static long
chinese(unsigned long n)
{
	(void)n;
	return 0;
}

/* Compares the catalogue's choice with rule for n = 0..30, 100..112 and 1000001. */
static void
check_language(const char *plural_forms, int nforms, long (*rule)(unsigned long))
{
	struct po *po = load_plural(plural_forms, nforms);
	unsigned long n;

	if (!CHECK(po != NULL))
		return;
	for (n = 0; n <= 1000001; n = n == 30 ? 100 : n == 112 ? 1000001 : n + 1)
		if (!harness_check(chosen(po, n) == rule(n), __FILE__, __LINE__,
		    "%s: n = %lu chose %ld, expected %ld", plural_forms, n, chosen(po, n), rule(n)))
			break;
	po_free(po);
}

TEST(test_welsh_plural_forms)
{
	check_language("nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 :"
	    "(n==6) ? 4 : 5;", 6, welsh);
}

TEST(test_polish_plural_forms)
{
	check_language("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
	    "(n%100<10 || n%100>=20) ? 1 : 2);", 3, polish);
}

TEST(test_arabic_plural_forms)
{
	check_language("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
	    "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);", 6, arabic);
}

TEST(test_english_plural_forms)
{
	check_language("nplurals=2; plural=(n != 1);", 2, english);
}

TEST(test_chinese_plural_forms)
{
	check_language("nplurals=1; plural=0;", 1, chinese);
}

TEST(test_no_plural_forms_means_n_other_than_1_is_plural)
{
	struct po *po = load("msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"0\"\n"
	    "msgstr[1] \"1\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK_INT(chosen(po, 0), 1);
	CHECK_INT(chosen(po, 1), 0);
	CHECK_INT(chosen(po, 2), 1);
	CHECK_INT(chosen(po, 21), 1);
	po_free(po);
}

/* The value of expr for n, through a catalogue with 100 forms. */
static long
value_of(const char *expr, unsigned long n)
{
	char forms[300];
	struct po *po;
	long v;

	snprintf(forms, sizeof forms, "nplurals=100; plural=%s;", expr);
	if ((po = load_plural(forms, 100)) == NULL)
		return -2;
	v = chosen(po, n);
	po_free(po);
	return v;
}

TEST(test_plural_operators_follow_c_precedence)
{
	CHECK_INT(value_of("1 + 2 * 3", 0), 7);
	CHECK_INT(value_of("(1 + 2) * 3", 0), 9);
	CHECK_INT(value_of("20 - 6 - 4", 0), 10);
	CHECK_INT(value_of("64 / 4 / 2", 0), 8);
	CHECK_INT(value_of("17 % 5 * 2", 0), 4);
	CHECK_INT(value_of("n * 2 + 1", 4), 9);
	CHECK_INT(value_of("1 < 2 == 1", 0), 1);
	CHECK_INT(value_of("3 > 2 > 1", 0), 0);
	CHECK_INT(value_of("2 <= 2 && 2 >= 3", 0), 0);
	CHECK_INT(value_of("1 || 0 && 0", 0), 1);
	CHECK_INT(value_of("!n + 5", 0), 6);
	CHECK_INT(value_of("!!n", 7), 1);
	CHECK_INT(value_of("! (n == 3)", 3), 0);
	CHECK_INT(value_of("n != 1 == 0", 1), 1);
	CHECK_INT(value_of("1 + 1 == 2 ? 10 : 20", 0), 10);
	CHECK_INT(value_of("n ? n == 1 ? 11 : 12 : 13", 1), 11);
	CHECK_INT(value_of("n ? n == 1 ? 11 : 12 : 13", 2), 12);
	CHECK_INT(value_of("n ? n == 1 ? 11 : 12 : 13", 0), 13);
	CHECK_INT(value_of("0 ? 1 : 0 ? 2 : 3", 0), 3);
	CHECK_INT(value_of("n<5?n:99", 4), 4);
}

TEST(test_plural_division_by_zero_gives_0)
{
	CHECK_INT(value_of("n / 0 + n % 0", 7), 0);
	CHECK_INT(value_of("5 / (n - 3)", 3), 0);
	CHECK_INT(value_of("5 % (n - 3) + 1", 3), 1);
}

TEST(test_plural_arithmetic_is_unsigned_as_in_gettext)
{
	char max[64];

	CHECK_INT(value_of("n - 1", 0), -1);	/* wraps far past nplurals */
	CHECK_INT(value_of("n - 1 > 5", 0), 1);
	snprintf(max, sizeof max, "%lu + 2", ULONG_MAX);
	CHECK_INT(value_of(max, 0), 1);
}

TEST(test_plural_index_outside_nplurals_is_null)
{
	struct po *po = load_plural("nplurals=2; plural=n;", 3);

	if (!CHECK(po != NULL))
		return;
	CHECK_INT(chosen(po, 0), 0);
	CHECK_INT(chosen(po, 1), 1);
	CHECK_INT(chosen(po, 2), -1);	/* a form exists, but nplurals says 2 */
	CHECK_INT(chosen(po, 1000001), -1);
	po_free(po);
}

TEST(test_plural_index_beyond_the_forms_present_is_null)
{
	struct po *po = load_plural("nplurals=3; plural=n > 2 ? 2 : n;", 2);

	if (!CHECK(po != NULL))
		return;
	CHECK_INT(chosen(po, 1), 1);
	CHECK_INT(chosen(po, 3), -1);
	po_free(po);
}

TEST(test_plural_of_an_empty_form_is_null)
{
	struct po *po = load(HEADER "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
	    "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"\"\nmsgstr[1] \"llawer\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK(po_plural(po, "one", 1) == NULL);
	CHECK(po_text(po, "one") == NULL);
	CHECK_STR(po_plural(po, "one", 2), "llawer");
	CHECK_INT(po_count(po), 1);
	po_free(po);
}

TEST(test_plural_of_a_singular_entry_has_only_form_0)
{
	struct po *po = load(HEADER "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
	    "msgid \"file\"\nmsgstr \"ffeil\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK_STR(po_plural(po, "file", 1), "ffeil");
	CHECK(po_plural(po, "file", 2) == NULL);
	po_free(po);
}

/* A header with plural_forms, which must be refused with why, on the msgstr's line 2. */
static void
check_bad_plural(const char *plural_forms, const char *why)
{
	char text[2048], what[300];

	snprintf(text, sizeof text, "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: %s\\n\"\n",
	    plural_forms);
	snprintf(what, sizeof what, "Plural-Forms: %s", why);
	check_invalid(text, 2, what);
}

TEST(test_plural_forms_that_cannot_be_evaluated_are_invalid)
{
	check_bad_plural("plural=n != 1;", "there is no nplurals=");
	check_bad_plural("nplurals=0; plural=0;", "nplurals is not a number from 1 to 100");
	check_bad_plural("nplurals=INTEGER; plural=EXPRESSION;",
	    "nplurals is not a number from 1 to 100");
	check_bad_plural("nplurals=99999999999999999999999; plural=0;",
	    "nplurals is not a number from 1 to 100");
	check_bad_plural("nplurals=2;", "there is no plural=");
	check_bad_plural("nplurals=2; plural=;", "the plural expression has something other than "
	    "n, a number or ( where an operand should be");
	check_bad_plural("nplurals=2; plural=n +;", "the plural expression has something other "
	    "than n, a number or ( where an operand should be");
	check_bad_plural("nplurals=2; plural=(n != 1;",
	    "a ( in the plural expression is not closed");
	check_bad_plural("nplurals=2; plural=n ? 1;", "a ? in the plural expression has no :");
	check_bad_plural("nplurals=2; plural=n 1;", "the plural expression has more after its end");
	check_bad_plural("nplurals=2; plural=n = 1;",
	    "the plural expression has more after its end");
	check_bad_plural("nplurals=2; plural=-n;", "the plural expression has something other "
	    "than n, a number or ( where an operand should be");
	check_bad_plural("nplurals=2; plural=99999999999999999999999;",
	    "a number in the plural expression is too big");
}

TEST(test_deeply_nested_plural_expression_is_invalid_not_a_crash)
{
	char forms[8192], text[9000], path[256];
	struct error err = { STATUS_OK, "" };
	struct po *po;
	size_t len = 0;

	len += (size_t)snprintf(forms, sizeof forms, "nplurals=2; plural=");
	while (len < 4000)
		forms[len++] = '(';
	forms[len++] = 'n';
	while (len < 8000)
		forms[len++] = ')';
	forms[len] = '\0';
	snprintf(text, sizeof text, "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: %s\\n\"\n", forms);
	po = load_named(text, &err, path, sizeof path);
	CHECK(po == NULL);
	CHECK(strstr(err.detail, "nested too deeply") != NULL);
	po_free(po);
	for (len = 0; len < 4000; len++)
		forms[len] = '!';
	strcpy(forms + len, "n");
	snprintf(text, sizeof text, "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=%s"
	    "\\n\"\n", forms);
	po = load_named(text, &err, path, sizeof path);
	CHECK(po == NULL);
	po_free(po);
}

TEST(test_long_plural_expression_is_invalid_not_a_crash)
{
	char text[8192];
	size_t len;

	len = (size_t)snprintf(text, sizeof text, "msgid \"\"\nmsgstr \"\"\n"
	    "\"Plural-Forms: nplurals=2; plural=n");
	while (len < 4000)
		len += (size_t)snprintf(text + len, sizeof text - len, "+n");
	snprintf(text + len, sizeof text - len, ";\\n\"\n");
	check_invalid(text, 2, "Plural-Forms: the plural expression is too long");
}

TEST(test_fuzzy_header_with_a_template_plural_forms_uses_the_default)
{
	struct po *po = load("#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n"
	    "\"Language: \\n\"\n"
	    "\"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n\"\n\n"
	    "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"0\"\nmsgstr[1] \"1\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK_STR(po_header(po, "Language"), "");
	CHECK_INT(chosen(po, 1), 0);
	CHECK_INT(chosen(po, 5), 1);
	po_free(po);
}

TEST(test_fuzzy_header_with_good_plural_forms_uses_them)
{
	struct po *po = load("#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n"
	    "\"Plural-Forms: nplurals=1; plural=0;\\n\"\n\n"
	    "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"0\"\nmsgstr[1] \"1\"\n");

	if (!CHECK(po != NULL))
		return;
	CHECK_INT(chosen(po, 5), 0);
	po_free(po);
}

static const struct test tests[] = {
	TEST_ENTRY(test_text_finds_a_translation),
	TEST_ENTRY(test_text_of_an_unknown_msgid_is_null),
	TEST_ENTRY(test_fuzzy_entries_are_ignored),
	TEST_ENTRY(test_fuzzy_flag_applies_only_to_the_next_entry),
	TEST_ENTRY(test_untranslated_entries_are_left_out_of_the_count),
	TEST_ENTRY(test_count_of_an_empty_file_is_0),
	TEST_ENTRY(test_context_keeps_entries_with_one_msgid_apart),
	TEST_ENTRY(test_text_of_a_plural_entry_is_its_first_form),
	TEST_ENTRY(test_strings_continue_over_several_lines),
	TEST_ENTRY(test_escapes_are_decoded),
	TEST_ENTRY(test_comments_and_other_flags_are_passed_over),
	TEST_ENTRY(test_obsolete_entries_are_ignored),
	TEST_ENTRY(test_windows_line_ends_and_a_byte_order_mark_are_accepted),
	TEST_ENTRY(test_header_fields_are_found_and_trimmed),
	TEST_ENTRY(test_many_entries_are_all_found),
	TEST_ENTRY(test_lookups_without_a_catalogue_are_null),
	TEST_ENTRY(test_unterminated_string_is_invalid_with_its_line),
	TEST_ENTRY(test_string_cut_off_by_the_end_of_the_file_is_invalid),
	TEST_ENTRY(test_msgstr_without_msgid_is_invalid),
	TEST_ENTRY(test_keyword_out_of_order_is_invalid),
	TEST_ENTRY(test_msgstr_n_without_msgid_plural_is_invalid),
	TEST_ENTRY(test_plural_forms_out_of_order_are_invalid),
	TEST_ENTRY(test_spaces_inside_the_form_index_are_accepted),
	TEST_ENTRY(test_malformed_form_index_is_invalid),
	TEST_ENTRY(test_keyword_without_a_string_is_invalid),
	TEST_ENTRY(test_unknown_keyword_is_invalid),
	TEST_ENTRY(test_string_without_a_keyword_is_invalid),
	TEST_ENTRY(test_stray_bytes_are_invalid),
	TEST_ENTRY(test_bad_escapes_are_invalid),
	TEST_ENTRY(test_duplicate_entries_are_invalid),
	TEST_ENTRY(test_second_header_is_invalid),
	TEST_ENTRY(test_nul_byte_is_invalid_with_its_line),
	TEST_ENTRY(test_missing_file_is_not_found),
	TEST_ENTRY(test_folder_is_an_io_error),
	TEST_ENTRY(test_file_over_4_mb_is_an_io_error),
	TEST_ENTRY(test_megabyte_line_loads),
	TEST_ENTRY(test_garbage_gives_an_error_or_a_result),
	TEST_ENTRY(test_msgfmt_reads_the_sample_the_same_way),
	TEST_ENTRY(test_every_truncation_of_the_sample_gives_an_error_or_a_result),
	TEST_ENTRY(test_template_loads_with_nothing_translated),
	TEST_ENTRY(test_welsh_plural_forms),
	TEST_ENTRY(test_polish_plural_forms),
	TEST_ENTRY(test_arabic_plural_forms),
	TEST_ENTRY(test_english_plural_forms),
	TEST_ENTRY(test_chinese_plural_forms),
	TEST_ENTRY(test_no_plural_forms_means_n_other_than_1_is_plural),
	TEST_ENTRY(test_plural_operators_follow_c_precedence),
	TEST_ENTRY(test_plural_division_by_zero_gives_0),
	TEST_ENTRY(test_plural_arithmetic_is_unsigned_as_in_gettext),
	TEST_ENTRY(test_plural_index_outside_nplurals_is_null),
	TEST_ENTRY(test_plural_index_beyond_the_forms_present_is_null),
	TEST_ENTRY(test_plural_of_an_empty_form_is_null),
	TEST_ENTRY(test_plural_of_a_singular_entry_has_only_form_0),
	TEST_ENTRY(test_plural_forms_that_cannot_be_evaluated_are_invalid),
	TEST_ENTRY(test_deeply_nested_plural_expression_is_invalid_not_a_crash),
	TEST_ENTRY(test_long_plural_expression_is_invalid_not_a_crash),
	TEST_ENTRY(test_fuzzy_header_with_a_template_plural_forms_uses_the_default),
	TEST_ENTRY(test_fuzzy_header_with_good_plural_forms_uses_them),
};

HARNESS_MAIN(tests)
