/* Language support and access needs: the customer's, the contact's, and the phrase catalogues. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "audit.h"
#include "db.h"
#include "files.h"
#include "language.h"
#include "po.h"

const struct choice language_formats[] = {
	{ "large_print", N_("large print") },
	{ "braille", N_("braille") },
	{ "easy_read", N_("easy read") },
	{ "audio", N_("audio") },
	{ NULL, NULL },
};

const struct choice language_interpreting_kinds[] = {
	{ "telephone", N_("Telephone (three-way call)") },
	{ "video", N_("Video") },
	{ "face_to_face", N_("Face to face") },
	{ "bsl", N_("British Sign Language") },
	{ NULL, NULL },
};

const char *const language_phrases[] = {
	"Please wait while I get an interpreter.",
	"An interpreter is joining us now.",
	"We will write to you.",
	"Your reference number is %s.",
	"Please bring these documents:",
	"Please take a seat. Someone will call your name.",
	"Thank you. Is there anything else?",
	"We can send you letters in large print, braille, easy read or audio.",
	NULL,
};

/* The customer's needs ------------------------------------------------------------------- */

/* Is the word at text (length len, any case, extra spaces) this format's? */
static bool
same_words(const char *text, size_t len, const char *label)
{
	size_t i = 0;

	for (const char *l = label; *l != '\0'; l++) {
		while (i < len && *l == ' ' && (text[i] == ' ' || text[i] == '_' || text[i] == '-'))
			i++;
		if (*l == ' ')
			continue;
		if (i >= len || tolower((unsigned char)text[i]) != *l)
			return false;
		i++;
	}
	return i == len;
}

bool
language_formats_normalise(const char *text, char *out, size_t size)
{
	bool have[sizeof language_formats / sizeof language_formats[0]] = { false };
	char result[128] = "";
	size_t used = 0;

	while (*text != '\0') {
		size_t len;
		int k;

		text += strspn(text, " ,;");
		len = strcspn(text, ",;");
		while (len > 0 && text[len - 1] == ' ')
			len--;
		if (len == 0)
			break;
		for (k = 0; language_formats[k].code != NULL; k++)
			if (same_words(text, len, language_formats[k].label) ||
			    same_words(text, len, language_formats[k].code))
				break;
		if (language_formats[k].code == NULL) {
			snprintf(out, size, "%.*s", (int)len, text);
			return false;
		}
		have[k] = true;
		text += len;
	}
	for (int k = 0; language_formats[k].code != NULL; k++)
		if (have[k])
			used += (size_t)snprintf(result + used, sizeof result - used, "%s%s",
			    used ? ", " : "", language_formats[k].label);
	snprintf(out, size, "%s", result);
	return true;
}

static bool
is_english(const char *language)
{
	return language[0] == '\0' || strcasecmp(language, "English") == 0;
}

const char *
language_written(const struct customer *c)
{
	return c->written_language[0] != '\0' ? c->written_language : c->language;
}

bool
language_has_needs(const struct customer *c)
{
	bool interpreter = c->interpreter[0] != '\0' && strcmp(c->interpreter, "none") != 0;

	return interpreter || !is_english(c->language) || !is_english(language_written(c)) ||
	    c->formats[0] != '\0' || c->access_needs[0] != '\0';
}

/* Appends a sentence to out, its words first through tr (the screens' language). */
static void
say(char *out, size_t size, const char *(*tr)(const char *), const char *fmt, ...)
{
	size_t used = strlen(out);
	va_list ap;

	if (used >= size)
		return;
	if (used > 0 && used + 1 < size)
		out[used++] = ' ', out[used] = '\0';
	va_start(ap, fmt);
	vsnprintf(out + used, size - used, tr != NULL ? tr(fmt) : fmt, ap);
	va_end(ap);
}

void
language_needs_text(const struct customer *c, const char *(*tr)(const char *), char *out,
    size_t size)
{
	out[0] = '\0';
	if (strcmp(c->interpreter, "bsl") == 0)
		say(out, size, tr, N_("Needs a British Sign Language interpreter."));
	else if (strcmp(c->interpreter, "spoken") == 0)
		say(out, size, tr, N_("Needs a %s interpreter."), c->language);
	else if (!is_english(c->language))
		say(out, size, tr, N_("Speaks %s."), c->language);
	if (c->written_language[0] != '\0' && strcasecmp(c->written_language, c->language) != 0)
		say(out, size, tr, N_("Writes in %s."), c->written_language);
	if (c->formats[0] != '\0')
		say(out, size, tr, N_("Letters in %s."), c->formats);
	if (c->access_needs[0] != '\0')
		say(out, size, tr, N_("Adjustments: %s."), c->access_needs);
}

/* Phrase catalogues ---------------------------------------------------------------------- */

static void
problem(struct phrasebook *pb, const char *text)
{
	char **grown = realloc(pb->problems, (size_t)(pb->nproblems + 1) * sizeof *grown);

	if (grown == NULL)
		return;
	pb->problems = grown;
	if ((grown[pb->nproblems] = strdup(text)) != NULL)
		pb->nproblems++;
}

static void
copy_header(const struct po *po, const char *field, char *out, size_t size, const char *or)
{
	const char *v = po_header(po, field);

	snprintf(out, size, "%s", v != NULL && v[0] != '\0' ? v : or);
}

/* One catalogue: its description from the header, then its phrases. */
static bool
add_language(struct phrasebook *pb, const char *dir, const char *file)
{
	struct phrase_language *grown, *l;
	char path[1100];
	struct error err;
	struct po *po;

	snprintf(path, sizeof path, "%s/%s", dir, file);
	if ((po = po_load(path, &err)) == NULL) {
		problem(pb, err.detail);
		return err.status != STATUS_NO_MEMORY;
	}
	if ((grown = realloc(pb->languages, (size_t)(pb->count + 1) * sizeof *grown)) == NULL) {
		po_free(po);
		return false;
	}
	pb->languages = grown;
	l = &pb->languages[pb->count++];
	memset(l, 0, sizeof *l);
	snprintf(l->code, sizeof l->code, "%.*s", (int)(strlen(file) - 3), file);
	copy_header(po, "X-Language-Name", l->name, sizeof l->name, l->code);
	copy_header(po, "X-Native-Name", l->native, sizeof l->native, l->name);
	copy_header(po, "X-Latin-Name", l->latin, sizeof l->latin, l->name);
	copy_header(po, "X-Ascii-Name", l->ascii, sizeof l->ascii, l->latin);
	copy_header(po, "X-Script", l->script, sizeof l->script, "Latn");
	copy_header(po, "X-Review-Status", l->review, sizeof l->review, "draft");
	l->rtl = po_header(po, "X-Direction") != NULL &&
	    strcmp(po_header(po, "X-Direction"), "rtl") == 0;
	l->po = po;
	return true;
}

static int
by_name(const void *a, const void *b)
{
	return strcasecmp(((const struct phrase_language *)a)->name,
	    ((const struct phrase_language *)b)->name);
}

struct phrasebook *
phrasebook_load(const char *locales_dir, struct error *err)
{
	struct phrasebook *pb = calloc(1, sizeof *pb);
	char dir[1024];
	bool ok = pb != NULL;
	char **names = NULL;
	int n = 0;

	if (ok) {
		snprintf(dir, sizeof dir, "%s/phrases", locales_dir);
		names = files_list(dir, ".po", &n);
	}
	for (int i = 0; i < n; i++) {
		ok = ok && add_language(pb, dir, names[i]);
		free(names[i]);
	}
	free(names);
	if (!ok) {
		phrasebook_free(pb);
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	if (pb->count > 1)
		qsort(pb->languages, (size_t)pb->count, sizeof *pb->languages, by_name);
	return pb;
}

void
phrasebook_free(struct phrasebook *pb)
{
	if (pb == NULL)
		return;
	for (int i = 0; i < pb->count; i++)
		po_free(pb->languages[i].po);
	for (int i = 0; i < pb->nproblems; i++)
		free(pb->problems[i]);
	free(pb->languages);
	free(pb->problems);
	free(pb);
}

/* The catalogue whose English name (or code) is name, ignoring case; len bytes of name. */
static const struct phrase_language *
find_exact(const struct phrasebook *pb, const char *name, size_t len)
{
	for (int i = 0; i < pb->count; i++) {
		const struct phrase_language *l = &pb->languages[i];

		if ((strlen(l->name) == len && strncasecmp(l->name, name, len) == 0) ||
		    (strlen(l->code) == len && strncasecmp(l->code, name, len) == 0))
			return l;
	}
	return NULL;
}

/* Names records use for a language whose catalogue is named otherwise: the code it reads. */
static const struct choice aliases[] = {
	{ "Chinese (Cantonese)", "zh_Hant" },	/* Cantonese speakers mostly read traditional */
	{ "Cantonese", "zh_Hant" },
	{ "Chinese (Mandarin)", "zh_Hans" },
	{ "Mandarin", "zh_Hans" },
	{ "Punjabi", "pa" },
	{ "Persian", "fa" },
	{ "Farsi", "fa" },
	{ NULL, NULL },
};

const struct phrase_language *
phrasebook_find(const struct phrasebook *pb, const char *language)
{
	const struct phrase_language *l;
	size_t base;

	if (pb == NULL || language == NULL || language[0] == '\0')
		return NULL;
	if ((l = find_exact(pb, language, strlen(language))) != NULL)
		return l;
	for (const struct choice *a = aliases; a->code != NULL; a++)
		if (strcasecmp(a->code, language) == 0 &&
		    (l = find_exact(pb, a->label, strlen(a->label))) != NULL)
			return l;
	/* "Chinese (Mandarin)": the language before the bracket, then any of its catalogues. */
	base = strcspn(language, "(");
	while (base > 0 && language[base - 1] == ' ')
		base--;
	if ((l = find_exact(pb, language, base)) != NULL)
		return l;
	for (int i = 0; i < pb->count; i++)
		if (strncasecmp(pb->languages[i].name, language, base) == 0 &&
		    pb->languages[i].name[base] == ' ')
			return &pb->languages[i];
	return NULL;
}

const char *
phrase_text(const struct phrase_language *lang, const char *english)
{
	return lang != NULL ? po_text(lang->po, english) : NULL;
}

/* Recording -------------------------------------------------------------------------------- */

struct interpreting_write {
	const struct session *s;
	const char *request_id;
	long long contact_id;
	const struct language_interpreting *li;
};

static enum status
write_interpreting(void *arg, long long *result, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO contact_interpreting (contact_id, language, kind, minutes, booking, "
	    "staff_id) SELECT c.id, $2, $3, $4, $5, $6 FROM contact c WHERE c.id = $1 "
	    "AND c.staff_id = $6 RETURNING id, (SELECT customer_id FROM contact WHERE id = $1) "
	    "AS customer_id";
	const struct interpreting_write *w = arg;
	char contact[24], minutes[16], staff[16];
	const char *params[] = { contact, w->li->language, w->li->kind, minutes, w->li->booking,
		staff };
	struct pg_result *res;
	long long customer;

	snprintf(contact, sizeof contact, "%lld", w->contact_id);
	snprintf(minutes, sizeof minutes, "%d", w->li->minutes);
	snprintf(staff, sizeof staff, "%d", w->s->staff.id);
	res = db_exec_one(w->s->db, sql, 6, params, STATUS_NOT_FOUND,
	    "that is not one of your contacts", err);
	if (res == NULL)
		return err->status;
	*result = db_int(res, 0, "id");
	customer = db_int(res, 0, "customer_id");
	db_clear(res);
	return audit_record(w->s, w->request_id, "update", "customer", customer, "interpreting",
	    err);
}

enum status
language_record_interpreting(const struct session *s, const char *request_id,
    long long contact_id, const struct language_interpreting *li, long long *id,
    struct error *err)
{
	struct language_interpreting given = *li;
	struct interpreting_write w = { s, request_id, contact_id, &given };

	if (given.booking == NULL)
		given.booking = "";
	if (li->language == NULL || li->language[0] == '\0')
		return error_set(err, STATUS_INVALID, "Say which language was interpreted");
	if (li->kind == NULL || choice_find(language_interpreting_kinds, li->kind) == NULL)
		return error_set(err, STATUS_INVALID, "Say how the interpreting was done");
	if (li->minutes < 1 || li->minutes > 600)
		return error_set(err, STATUS_INVALID, "Minutes are 1 to 600");
	return db_write(s->db, request_id, "contact.interpreting", s->staff.id,
	    write_interpreting, &w, id, err);
}

enum status
language_set_spoken(const struct session *s, const char *request_id,
    const struct customer *before, const char *language, struct customer *after,
    struct error *err)
{
	*after = *before;
	snprintf(after->language, sizeof after->language, "%s", language);
	/* A written language the same as the new spoken one says nothing more. */
	if (strcasecmp(after->written_language, language) == 0)
		after->written_language[0] = '\0';
	return customer_update(s, request_id, before, after, err);
}
