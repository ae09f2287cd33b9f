/*
 * Loading the catalogue. Each file is read twice: a scan of its lines finds what iniparser would
 * silently get wrong and remembers the line of every section and key, so that every later
 * problem can name its line; iniparser then reads the values. A file with any problem is
 * skipped whole, so no half-understood service line reaches an advisor.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iniparser/iniparser.h>

#include "catalogue.h"
#include "casework.h"
#include "files.h"
#include "pay.h"
#include "template.h"

#define LINE_MAX_LEN 1000	/* iniparser reads 1,024 bytes a line; leave room for its key */
#define NAME_LEN 48

const struct choice catalogue_process_types[] = {
	{ "report", N_("Report it") },
	{ "request", N_("Request it") },
	{ "apply", N_("Apply for it") },
	{ "book", N_("Book it") },
	{ "pay", N_("Pay for it") },
	{ "find", N_("Find it") },
	{ "feedback", N_("Complaints, compliments and comments") },
	{ NULL, NULL },
};

const struct choice catalogue_field_types[] = {
	[FIELD_TEXT] = { "text", "Text" },
	[FIELD_LONGTEXT] = { "longtext", "Long text" },
	[FIELD_NUMBER] = { "number", "Number" },
	[FIELD_MONEY] = { "money", "Money" },
	[FIELD_DATE] = { "date", "Date" },
	[FIELD_TIME] = { "time", "Time" },
	[FIELD_CHOICE] = { "choice", "Choice" },
	[FIELD_YESNO] = { "yesno", "Yes or no" },
	[FIELD_POSTCODE] = { "postcode", "UK postcode" },
	[FIELD_PHONE] = { "phone", "UK phone number" },
	[FIELD_EMAIL] = { "email", "Email address" },
	[FIELD_NINO] = { "nino", "National Insurance number" },
	[FIELD_ADDRESS] = { "address", "Address" },
	[FIELD_LOCATION] = { "location", "Location" },
	[FIELD_SERVICE] = { "service", "Service" },
	{ NULL, NULL },
};

static const struct choice prefills[] = {
	[PREFILL_NONE] = { "none", "Nothing" },
	[PREFILL_NAME] = { "name", "Name" },
	[PREFILL_ADDRESS] = { "address", "Address" },
	[PREFILL_POSTCODE] = { "postcode", "Postcode" },
	[PREFILL_PHONE] = { "phone", "Phone" },
	[PREFILL_EMAIL] = { "email", "Email" },
	[PREFILL_DATE_OF_BIRTH] = { "date_of_birth", "Date of birth" },
	{ NULL, NULL },
};

static const struct choice steps[] = {
	[STEP_DETAILS] = { "details", "Details" },
	[STEP_ELIGIBILITY] = { "eligibility", "Eligibility" },
	{ NULL, NULL },
};

static const struct choice feedback_kinds[] = {
	{ "complaint", N_("Complaint") },
	{ "compliment", N_("Compliment") },
	{ "comment", N_("Comment") },
	{ NULL, NULL },
};

static const char *const notice_names[] = {
	"reference", "title", "due", "status", "note", "council", "first_name", NULL,
};

/* One [section] or key = value line, as the scan found it. */
struct line {
	char section[NAME_LEN + 8];
	char key[NAME_LEN];		/* "" for the [section] line itself */
	int number;
};

/* The file being read: its lines, its iniparser dictionary, and what is wrong with it. */
struct reader {
	struct catalogue *cat;
	const char *path;
	const char *type;		/* the folder */
	char id[NAME_LEN];		/* the file name without .ini */
	struct line *lines;
	int nlines;
	dictionary *dict;
	int problems;
};

/* How a key's value is read and where it goes. */
enum kind { K_STRING, K_DAYS, K_PENCE, K_LONG, K_LENGTH, K_BOOL, K_FIELD_TYPE, K_PREFILL,
	K_STEP, K_CHOICES };

struct key_spec {
	const char *key;
	enum kind kind;
	size_t offset;
	bool required;
};

#define S(member) offsetof(struct catalogue_service, member)
static const struct key_spec service_keys[] = {
	{ "id", K_STRING, S(id), true },
	{ "title", K_STRING, S(title), true },
	{ "type", K_STRING, S(type), true },
	{ "kind", K_STRING, S(kind), false },
	{ "department", K_STRING, S(department), true },
	{ "team", K_STRING, S(team), false },
	{ "summary", K_STRING, S(summary), false },
	{ "keywords", K_STRING, S(keywords), false },
	{ "web", K_STRING, S(web), false },
	{ "script", K_STRING, S(script), false },
	{ "letters", K_STRING, S(letters), false },
	{ "fee_note", K_STRING, S(fee_note), false },
	{ "fund", K_STRING, S(fund), false },
	{ "standard_days", K_DAYS, S(standard_days), true },
	{ "stage2_days", K_DAYS, S(stage2_days), false },
	{ "duplicate_days", K_DAYS, S(duplicate_days), false },
	{ "fee_pence", K_PENCE, S(fee_pence), false },
};
#undef S

#define F(member) offsetof(struct catalogue_field, member)
static const struct key_spec field_keys[] = {
	{ "type", K_FIELD_TYPE, F(type), true },
	{ "label", K_STRING, F(label), true },
	{ "help", K_STRING, F(help), false },
	{ "required", K_BOOL, F(required), false },
	{ "prefill", K_PREFILL, F(prefill), false },
	{ "choices", K_CHOICES, F(choices), false },
	{ "min", K_LONG, F(min), false },
	{ "max", K_LONG, F(max), false },
	{ "max_length", K_LENGTH, F(max_length), false },
	{ "step", K_STEP, F(step), false },
	{ "stop_if", K_STRING, F(stop_if), false },
	{ "stop_reason", K_STRING, F(stop_reason), false },
	{ "signpost", K_STRING, F(signpost), false },
};
#undef F

#define E(member) offsetof(struct catalogue_evidence, member)
static const struct key_spec evidence_keys[] = {
	{ "label", K_STRING, E(label), true },
	{ "help", K_STRING, E(help), false },
	{ "required", K_BOOL, E(required), false },
};
#undef E

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Problems. */

static void problem(struct reader *r, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
problem(struct reader *r, int line, const char *fmt, ...)
{
	struct catalogue *c = r->cat;
	char text[512];
	char **grown;
	va_list ap;
	int n;

	r->problems++;
	n = snprintf(text, sizeof text, "%s:%d: ", r->path, line);
	va_start(ap, fmt);
	vsnprintf(text + n, sizeof text - (size_t)n, fmt, ap);
	va_end(ap);
	grown = realloc(c->problems, (size_t)(c->nproblems + 1) * sizeof *grown);
	if (grown == NULL)
		return;		/* the count still makes the file skipped */
	c->problems = grown;
	if ((c->problems[c->nproblems] = strdup(text)) != NULL)
		c->nproblems++;
}

/* The scan. */

static char *
trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

static void
lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

static bool
is_name(const char *s)
{
	if (*s == '\0' || strlen(s) >= NAME_LEN)
		return false;
	for (; *s != '\0'; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

static const struct line *
find_line(const struct reader *r, const char *section, const char *key)
{
	for (int i = 0; i < r->nlines; i++)
		if (strcmp(r->lines[i].section, section) == 0 && strcmp(r->lines[i].key, key) == 0)
			return &r->lines[i];
	return NULL;
}

static int
line_of(const struct reader *r, const char *section, const char *key)
{
	const struct line *l = find_line(r, section, key);

	if (l == NULL)
		l = find_line(r, section, "");
	return l != NULL ? l->number : 1;
}

static bool
remember(struct reader *r, const char *section, const char *key, int number)
{
	struct line *grown;

	if (find_line(r, section, key) != NULL) {
		if (key[0] == '\0')
			problem(r, number, "[%s] appears twice", section);
		else
			problem(r, number, "\"%s\" is set twice in [%s]", key, section);
		return true;
	}
	grown = realloc(r->lines, (size_t)(r->nlines + 1) * sizeof *grown);
	if (grown == NULL)
		return false;
	r->lines = grown;
	snprintf(grown[r->nlines].section, sizeof grown->section, "%s", section);
	snprintf(grown[r->nlines].key, sizeof grown->key, "%s", key);
	grown[r->nlines++].number = number;
	return true;
}

static bool
known_section(const char *name)
{
	return strcmp(name, "service") == 0 || strcmp(name, "notify") == 0 ||
	    (strncmp(name, "field.", 6) == 0 && is_name(name + 6)) ||
	    (strncmp(name, "evidence.", 9) == 0 && is_name(name + 9));
}

/* A value iniparser would read differently from how it looks. */
static void
check_value(struct reader *r, int number, const char *value)
{
	if (value[0] == '"' || value[0] == '\'') {
		const char *close = strchr(value + 1, value[0]);
		const char *after = close != NULL ? close + 1 : NULL;

		while (after != NULL && isspace((unsigned char)*after))
			after++;
		if (after == NULL || (*after != '\0' && *after != ';' && *after != '#'))
			problem(r, number, "the quote that starts this value is not closed at its end");
		return;
	}
	for (const char *p = value; *p != '\0'; p++)
		if ((*p == '#' || *p == ';') && p > value && !isspace((unsigned char)p[-1])) {
			problem(r, number, "put this value in double quotes: unquoted, it is cut "
			    "at the '%c'", *p);
			return;
		}
}

static bool
scan_line(struct reader *r, char *text, int number, char *section)
{
	char *s = trim(text), *eq;

	if (*s != '\0' && s[strlen(s) - 1] == '\\') {
		problem(r, number, "a line must not end in \\: iniparser would join the next line "
		    "to it");
		return true;
	}
	if (*s == '\0' || *s == ';' || *s == '#')
		return true;
	if (*s == '[') {
		char *close = strchr(s, ']');

		if (close == NULL || *trim(close + 1) != '\0') {
			problem(r, number, "a section line looks like [service]");
			return true;
		}
		*close = '\0';
		s = trim(s + 1);
		lower(s);
		snprintf(section, NAME_LEN + 8, "%s", s);
		if (!known_section(s))
			problem(r, number, "unknown section [%s]: use [service], [field.NAME], "
			    "[evidence.NAME] (NAME in lower case letters, digits and _) or [notify]",
			    s);
		return remember(r, section, "", number);
	}
	if ((eq = strchr(s, '=')) == NULL) {
		problem(r, number, "not a [section], a \"key = value\" line or a ; comment");
		return true;
	}
	if (section[0] == '\0') {
		problem(r, number, "a setting before any [section]");
		return true;
	}
	*eq = '\0';
	s = trim(s);
	lower(s);
	if (!is_name(s)) {
		problem(r, number, "\"%.40s\" is not a setting name", s);
		return true;
	}
	check_value(r, number, trim(eq + 1));
	return remember(r, section, s, number);
}

static bool
scan(struct reader *r, FILE *f)
{
	char section[NAME_LEN + 8] = "";
	char *text = NULL;
	size_t cap = 0;
	ssize_t len;
	int number = 0;
	bool ok = true;

	while (ok && (len = getline(&text, &cap, f)) >= 0) {
		size_t chars = (size_t)len;	/* as an editor counts them: without the line end */

		while (chars > 0 && (text[chars - 1] == '\n' || text[chars - 1] == '\r'))
			chars--;
		number++;
		if (chars >= LINE_MAX_LEN) {
			problem(r, number, "the line is %zu characters long; keep it under %d",
			    chars, LINE_MAX_LEN);
			continue;
		}
		if (memchr(text, '\0', (size_t)len) != NULL) {
			problem(r, number, "the line holds a NUL byte: is this a text file?");
			continue;
		}
		ok = scan_line(r, text, number, section);
	}
	free(text);
	if (ok && number == 0)
		problem(r, 1, "the file is empty");
	return ok;
}

/* Reading values. */

static const char *
value(const struct reader *r, const char *section, const char *key)
{
	char full[2 * NAME_LEN + 8];

	snprintf(full, sizeof full, "%s:%s", section, key);
	return iniparser_getstring(r->dict, full, NULL);
}

static bool
whole_number(const char *s, long long min, long long max, long long *out)
{
	char *end;
	long long n;

	errno = 0;
	n = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *trim(end) != '\0' || n < min || n > max)
		return false;
	*out = n;
	return true;
}

/* "code: Label | code: Label" as a list ending { NULL, NULL }; NULL with *why set if malformed. */
static struct choice *
parse_choices(const char *text, const char **why)
{
	char *copy = strdup(text), *save = NULL, *item;
	struct choice *list = NULL;
	size_t n = 0;

	*why = "out of memory";
	if (copy == NULL)
		return NULL;
	for (item = strtok_r(copy, "|", &save); item != NULL; item = strtok_r(NULL, "|", &save)) {
		char *colon = strchr(item, ':'), *code, *label;
		struct choice *grown;

		*why = "write each choice as \"code: Label\", separated by |";
		if (colon == NULL)
			goto fail;
		*colon = '\0';
		code = trim(item);
		label = trim(colon + 1);
		*why = "a choice's code is lower case letters, digits and _";
		if (!is_name(code) || *label == '\0')
			goto fail;
		*why = "out of memory";
		if ((grown = realloc(list, (n + 2) * sizeof *grown)) == NULL)
			goto fail;
		list = grown;
		list[n].code = strdup(code);
		list[n].label = strdup(label);
		list[++n] = (struct choice){ NULL, NULL };
		if (list[n - 1].code == NULL || list[n - 1].label == NULL)
			goto fail;
	}
	free(copy);
	*why = "give at least two choices";
	if (n < 2)
		goto fail_list;
	return list;
fail:
	free(copy);
fail_list:
	for (size_t i = 0; list != NULL && i < n; i++) {
		free((char *)list[i].code);
		free((char *)list[i].label);
	}
	free(list);
	return NULL;
}

static int
choice_index(const struct choice *list, const char *code)
{
	const struct choice *c = choice_find(list, code);

	return c != NULL ? (int)(c - list) : -1;
}

/* Stores one key's value into the struct at base; false after reporting a problem. */
static bool
store(struct reader *r, const struct key_spec *k, const char *text, void *base, int line)
{
	char *at = (char *)base + k->offset;
	long long n;
	const char *why;
	int i;

	switch (k->kind) {
	case K_STRING:
		return (*(char **)at = strdup(text)) != NULL;
	case K_DAYS:
	case K_LENGTH:
		if (!whole_number(text, 1, k->kind == K_DAYS ? 365 : 2000, &n)) {
			problem(r, line, "%s should be a whole number from 1 to %d", k->key,
			    k->kind == K_DAYS ? 365 : 2000);
			return false;
		}
		*(int *)at = (int)n;
		return true;
	case K_PENCE:
	case K_LONG:
		if (!whole_number(text, k->kind == K_PENCE ? 0 : -1000000000LL, 1000000000LL, &n)) {
			problem(r, line, "%s should be a whole number%s", k->key,
			    k->kind == K_PENCE ? " of pence, like 3500 for £35" : "");
			return false;
		}
		*(long long *)at = n;
		return true;
	case K_BOOL:
		if (strcmp(text, "yes") != 0 && strcmp(text, "no") != 0) {
			problem(r, line, "%s should be yes or no", k->key);
			return false;
		}
		*(bool *)at = strcmp(text, "yes") == 0;
		return true;
	case K_FIELD_TYPE:
	case K_PREFILL:
	case K_STEP:
		i = choice_index(k->kind == K_PREFILL ? prefills : k->kind == K_STEP ? steps :
		    catalogue_field_types, text);
		if (i < 0) {
			problem(r, line, "unknown %s \"%.40s\"", k->key, text);
			return false;
		}
		*(int *)at = i;
		return true;
	case K_CHOICES:
		if ((*(struct choice **)at = parse_choices(text, &why)) == NULL) {
			problem(r, line, "choices: %s", why);
			return false;
		}
		return true;
	}
	return false;
}

/* Reads section's keys by specs into base; unknown keys are problems. */
static bool
read_section(struct reader *r, const char *section, const struct key_spec *specs, size_t n,
    void *base)
{
	bool ok = true;

	for (int i = 0; i < r->nlines; i++) {
		const struct line *l = &r->lines[i];
		size_t k;

		if (strcmp(l->section, section) != 0 || l->key[0] == '\0')
			continue;
		for (k = 0; k < n && strcmp(specs[k].key, l->key) != 0; k++)
			;
		if (k == n) {
			problem(r, l->number, "unknown setting \"%s\" in [%s]", l->key, section);
			ok = false;
		}
	}
	for (size_t k = 0; k < n; k++) {
		const char *text = value(r, section, specs[k].key);

		if (text == NULL) {
			if (specs[k].required) {
				problem(r, line_of(r, section, ""), "[%s] needs %s", section,
				    specs[k].key);
				ok = false;
			}
			continue;
		}
		if (!store(r, &specs[k], text, base, line_of(r, section, specs[k].key)))
			ok = false;
	}
	return ok;
}

/* Optional strings left unset become "", so screens never meet NULL. */
static bool
empty_if_unset(char **const *at, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (*at[i] == NULL && (*at[i] = strdup("")) == NULL)
			return false;
	return true;
}

static const struct choice yes_no[] = { { "yes", "Yes" }, { "no", "No" }, { NULL, NULL } };

/* Is fn true for any code of "a | b | c" (each trimmed)? */
static bool
any_code(const char *list, bool (*fn)(const char *code, const void *arg), const void *arg)
{
	char code[NAME_LEN];

	while (*list != '\0') {
		size_t n = strcspn(list, "|");
		char *t;

		snprintf(code, sizeof code, "%.*s", (int)(n < NAME_LEN ? n : NAME_LEN - 1), list);
		t = trim(code);
		if (fn(t, arg))
			return true;
		list += n + (list[n] == '|');
	}
	return false;
}

static bool
not_offered(const char *code, const void *list)
{
	return choice_find(list, code) == NULL;
}

static bool
same(const char *code, const void *value)
{
	return strcmp(code, value) == 0;
}

static const struct choice *
codes_of(const struct catalogue_field *f)
{
	return f->type == FIELD_YESNO ? yes_no : f->choices;
}

/* An eligibility question that can end the application must say why and answer with codes. */
static bool
check_stop(struct reader *r, const char *section, const struct catalogue_field *f)
{
	bool stops = f->stop_if[0] != '\0';
	int line = line_of(r, section, "stop_if");

	if (f->step == STEP_ELIGIBILITY && f->prefill != PREFILL_NONE) {
		problem(r, line_of(r, section, "prefill"), "an eligibility question comes before "
		    "personal details are taken, so it is not filled from the record");
		return false;
	}
	if (!stops) {
		if (f->stop_reason[0] != '\0' || f->signpost[0] != '\0') {
			problem(r, line_of(r, section, f->stop_reason[0] != '\0' ? "stop_reason" :
			    "signpost"), "stop_reason and signpost go with stop_if");
			return false;
		}
		return true;
	}
	if (f->step != STEP_ELIGIBILITY) {
		problem(r, line, "only an eligibility question (step = eligibility) has stop_if");
		return false;
	}
	if (codes_of(f) == NULL) {
		problem(r, line, "stop_if needs a yesno or choice question");
		return false;
	}
	if (any_code(f->stop_if, not_offered, codes_of(f))) {
		problem(r, line, "stop_if lists answers by their codes, separated by |: "
		    "\"%.60s\" names one this question does not offer", f->stop_if);
		return false;
	}
	if (f->stop_reason[0] == '\0') {
		problem(r, line, "stop_if needs a stop_reason: what the advisor tells the customer");
		return false;
	}
	return true;
}

/* The rest of a field: what depends on more than one key. */
static bool
check_field(struct reader *r, const char *section, struct catalogue_field *f)
{
	int line = line_of(r, section, "");
	bool ok = true;

	if ((f->type == FIELD_CHOICE) != (f->choices != NULL)) {
		problem(r, line, f->type == FIELD_CHOICE ? "a choice field needs choices" :
		    "only a choice field has choices");
		ok = false;
	}
	if (f->type != FIELD_NUMBER && (value(r, section, "min") || value(r, section, "max"))) {
		problem(r, line_of(r, section, value(r, section, "min") ? "min" : "max"),
		    "only a number field has min and max");
		ok = false;
	}
	if (f->type == FIELD_NUMBER && value(r, section, "max") == NULL)
		f->max = 1000000000LL;
	if (f->type == FIELD_NUMBER && f->min > f->max) {
		problem(r, line_of(r, section, "max"), "max is smaller than min");
		ok = false;
	}
	if (f->max_length == 0)
		f->max_length = f->type == FIELD_LONGTEXT ? 2000 : 200;
	if (!empty_if_unset((char **[]){ &f->help, &f->stop_if, &f->stop_reason, &f->signpost },
	    4))
		return false;
	return ok && check_stop(r, section, f);
}

static bool
read_fields(struct reader *r, struct catalogue_service *s)
{
	bool ok = true;

	for (int i = 0; i < r->nlines; i++) {
		const struct line *l = &r->lines[i];
		struct catalogue_field *f;

		if (l->key[0] != '\0' || strncmp(l->section, "field.", 6) != 0)
			continue;
		f = &s->fields[s->nfields++];
		if ((f->name = strdup(l->section + 6)) == NULL)
			return false;
		if (!read_section(r, l->section, field_keys, COUNT(field_keys), f) ||
		    !check_field(r, l->section, f))
			ok = false;
	}
	for (int i = 1; ok && i < s->nfields; i++)
		if (s->fields[i].step == STEP_ELIGIBILITY && s->fields[i - 1].step != STEP_ELIGIBILITY) {
			char section[NAME_LEN + 8];

			snprintf(section, sizeof section, "field.%s", s->fields[i].name);
			problem(r, line_of(r, section, "step"), "eligibility questions come before "
			    "every other question");
			ok = false;
		}
	if (s->nfields > CATALOGUE_MAX_FIELDS) {
		problem(r, line_of(r, "service", ""), "a service line asks at most %d questions, "
		    "not %d", CATALOGUE_MAX_FIELDS, s->nfields);
		ok = false;
	}
	if (s->nfields == 0) {
		problem(r, line_of(r, "service", ""), "a service line needs at least one "
		    "[field.NAME]");
		ok = false;
	}
	return ok;
}

static bool
read_evidence(struct reader *r, struct catalogue_service *s)
{
	bool ok = true;

	for (int i = 0; i < r->nlines; i++) {
		const struct line *l = &r->lines[i];
		struct catalogue_evidence *e;

		if (l->key[0] != '\0' || strncmp(l->section, "evidence.", 9) != 0)
			continue;
		e = &s->evidence[s->nevidence++];
		e->required = value(r, l->section, "required") == NULL;	/* required by default */
		if ((e->name = strdup(l->section + 9)) == NULL)
			return false;
		if (!read_section(r, l->section, evidence_keys, COUNT(evidence_keys), e))
			ok = false;
		if (!empty_if_unset((char **[]){ &e->help }, 1))
			return false;
	}
	return ok;
}

static bool
read_notices(struct reader *r, struct catalogue_service *s)
{
	bool ok = true;

	for (int i = 0; i < r->nlines; i++) {
		const struct line *l = &r->lines[i];
		const char *text;
		char bad[256] = "";

		if (strcmp(l->section, "notify") != 0 || l->key[0] == '\0')
			continue;
		/* a case is "new" only as it opens, which is the moment called opened */
		if (strcmp(l->key, "opened") != 0 && (strcmp(l->key, "new") == 0 ||
		    choice_find(casework_statuses, l->key) == NULL)) {
			problem(r, l->number, "[notify] keys are opened or a status (in_progress, "
			    "awaiting_customer, resolved, closed, cancelled), not \"%s\"", l->key);
			ok = false;
			continue;
		}
		text = value(r, "notify", l->key);
		if (text == NULL || !template_check(text, notice_names, bad, sizeof bad)) {
			/* A notice is one line: its line is the file's, not the text's. */
			int at;
			const char *what = template_problem(bad, &at);

			problem(r, l->number, "%s (names: reference, title, due, status, note, "
			    "council, first_name)", what);
			ok = false;
			continue;
		}
		s->notices[s->nnotices].status = strdup(l->key);
		s->notices[s->nnotices++].text = strdup(text);
	}
	return ok;
}

/* What [service] says that must agree with where the file is and with itself. */
static bool
check_service(struct reader *r, struct catalogue_service *s)
{
	int before = r->problems;
	bool feedback = strcmp(r->type, "feedback") == 0;
	bool complaint = feedback && s->kind != NULL && strcmp(s->kind, "complaint") == 0;

	if (s->id != NULL && strcmp(s->id, r->id) != 0)
		problem(r, line_of(r, "service", "id"), "id \"%s\" should be the file's name, \"%s\"",
		    s->id, r->id);
	if (s->type != NULL && strcmp(s->type, r->type) != 0)
		problem(r, line_of(r, "service", "type"), "type \"%s\" should be the folder's name, "
		    "\"%s\"", s->type, r->type);
	if (feedback && (s->kind == NULL || choice_find(feedback_kinds, s->kind) == NULL))
		problem(r, line_of(r, "service", "kind"), "feedback needs kind = complaint, "
		    "compliment or comment");
	if (!feedback && s->kind != NULL)
		problem(r, line_of(r, "service", "kind"), "only feedback has a kind");
	if ((s->stage2_days != 0) != complaint)
		problem(r, line_of(r, "service", "stage2_days"), "a complaint, and only a complaint, "
		    "needs stage2_days");
	if (s->web != NULL && s->web[0] != '\0' && strncmp(s->web, "https://", 8) != 0)
		problem(r, line_of(r, "service", "web"), "web should start https://");
	if (s->duplicate_days != 0 && strcmp(r->type, "report") != 0)
		problem(r, line_of(r, "service", "duplicate_days"), "only reports look for "
		    "duplicates");
	if (s->fund != NULL && (s->fee_pence == 0 || choice_find(pay_funds, s->fund) == NULL))
		problem(r, line_of(r, "service", "fund"), s->fee_pence == 0 ? "only a service line "
		    "with fee_pence has a fund" : "fund should be council_tax, rent, sundry or fees");
	if (catalogue_find(r->cat, r->id) != NULL)
		problem(r, line_of(r, "service", "id"), "another file already has id \"%s\"", r->id);
	return r->problems == before;
}

/* What [service] leaves unset: "" for strings, so screens never meet NULL, and defaults. */
static bool
fill_defaults(struct catalogue_service *s)
{
	for (size_t k = 0; k < COUNT(service_keys); k++) {
		char **at = (char **)((char *)s + service_keys[k].offset);

		if (service_keys[k].kind == K_STRING && *at == NULL && (*at = strdup("")) == NULL)
			return false;
	}
	if (s->duplicate_days == 0 && strcmp(s->type, "report") == 0)
		s->duplicate_days = 30;
	if (s->fee_pence > 0 && s->fund[0] == '\0') {
		free(s->fund);
		if ((s->fund = strdup("fees")) == NULL)
			return false;
	}
	return true;
}

static void
free_service(struct catalogue_service *s)
{
	for (size_t k = 0; k < COUNT(service_keys); k++)
		if (service_keys[k].kind == K_STRING)
			free(*(char **)((char *)s + service_keys[k].offset));
	for (int i = 0; i < s->nfields; i++) {
		struct catalogue_field *f = &s->fields[i];

		free(f->name);
		free(f->label);
		free(f->help);
		free(f->stop_if);
		free(f->stop_reason);
		free(f->signpost);
		for (int j = 0; f->choices != NULL && f->choices[j].code != NULL; j++) {
			free((char *)f->choices[j].code);
			free((char *)f->choices[j].label);
		}
		free(f->choices);
	}
	free(s->fields);
	for (int i = 0; i < s->nnotices; i++) {
		free(s->notices[i].status);
		free(s->notices[i].text);
	}
	free(s->notices);
	for (int i = 0; i < s->nevidence; i++) {
		free(s->evidence[i].name);
		free(s->evidence[i].label);
		free(s->evidence[i].help);
	}
	free(s->evidence);
	free(s->path);
}

static bool
build(struct reader *r, struct catalogue_service *s)
{
	int nsections = r->nlines;	/* an upper bound on fields and notices */
	bool ok;

	s->fields = calloc((size_t)nsections, sizeof *s->fields);
	s->notices = calloc((size_t)nsections, sizeof *s->notices);
	s->evidence = calloc((size_t)nsections, sizeof *s->evidence);
	if (s->fields == NULL || s->notices == NULL || s->evidence == NULL || (s->path = strdup(r->path)) == NULL)
		return false;
	if (find_line(r, "service", "") == NULL) {
		problem(r, 1, "the file has no [service] section");
		return false;
	}
	if (!read_section(r, "service", service_keys, COUNT(service_keys), s))
		return false;
	if (!check_service(r, s))
		return false;
	ok = read_fields(r, s);
	ok = read_evidence(r, s) && ok;		/* all, so every problem is reported */
	ok = read_notices(r, s) && ok;
	return ok && fill_defaults(s);
}

/* Silences iniparser's own messages: the scan has already said what is wrong, with lines. */
static int
quiet(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

static enum status
load_file(struct catalogue *c, const char *path, const char *type, const char *name)
{
	struct reader r = { .cat = c, .path = path, .type = type };
	struct catalogue_service s = { 0 };
	FILE *f = fopen(path, "r");
	bool ok;

	snprintf(r.id, sizeof r.id, "%.*s", (int)(strlen(name) - 4), name);
	if (f == NULL) {
		problem(&r, 1, "cannot be read: %s", strerror(errno));
		return STATUS_OK;
	}
	ok = scan(&r, f);
	fclose(f);
	if (ok && r.problems == 0) {
		iniparser_set_error_callback(quiet);
		if ((r.dict = iniparser_load(path)) == NULL)
			problem(&r, 1, "iniparser could not read it");
		else
			ok = build(&r, &s) || r.problems > 0;
	}
	if (ok && r.problems == 0) {
		c->services[c->count++] = s;
	} else {
		free_service(&s);
	}
	if (r.dict != NULL)
		iniparser_freedict(r.dict);
	free(r.lines);
	return ok ? STATUS_OK : STATUS_NO_MEMORY;
}

static enum status
load_type(struct catalogue *c, const char *forms_dir, const char *type)
{
	char dir[1024], path[1300];
	struct catalogue_service *grown;
	enum status st = STATUS_OK;
	int n;
	char **names;

	snprintf(dir, sizeof dir, "%s/%s", forms_dir, type);
	names = files_list(dir, ".ini", &n);
	if (n > 0) {
		grown = realloc(c->services, (size_t)(c->count + n) * sizeof *grown);
		if (grown == NULL)
			st = STATUS_NO_MEMORY;
		else
			c->services = grown;
	}
	for (int i = 0; i < n; i++) {
		if (st == STATUS_OK && strlen(names[i]) < NAME_LEN + 4) {
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			st = load_file(c, path, type, names[i]);
		} else if (st == STATUS_OK) {
			struct reader r = { .cat = c, .path = path };

			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			problem(&r, 1, "the file's name is too long for an id");
		}
		free(names[i]);
	}
	free(names);
	return st;
}

static int
type_rank(const char *type)
{
	int i = choice_index(catalogue_process_types, type);

	return i < 0 ? 99 : i;
}

static int
by_type_and_title(const void *a, const void *b)
{
	const struct catalogue_service *x = a, *y = b;
	int d = type_rank(x->type) - type_rank(y->type);

	return d != 0 ? d : strcmp(x->title, y->title);
}

struct catalogue *
catalogue_load(const char *forms_dir, struct error *err)
{
	struct catalogue *c;
	DIR *d = opendir(forms_dir);

	if (d == NULL) {
		error_set(err, STATUS_IO_ERROR, "%s: %s", forms_dir, strerror(errno));
		return NULL;
	}
	closedir(d);
	if ((c = calloc(1, sizeof *c)) == NULL) {
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	for (const struct choice *t = catalogue_process_types; t->code != NULL; t++)
		if (load_type(c, forms_dir, t->code) != STATUS_OK) {
			catalogue_free(c);
			error_set(err, STATUS_NO_MEMORY, NULL);
			return NULL;
		}
	if (c->count > 1)
		qsort(c->services, (size_t)c->count, sizeof *c->services, by_type_and_title);
	return c;
}

void
catalogue_free(struct catalogue *c)
{
	if (c == NULL)
		return;
	for (int i = 0; i < c->count; i++)
		free_service(&c->services[i]);
	free(c->services);
	for (int i = 0; i < c->nproblems; i++)
		free(c->problems[i]);
	free(c->problems);
	free(c);
}

const struct catalogue_service *
catalogue_find(const struct catalogue *c, const char *id)
{
	for (int i = 0; i < c->count; i++)
		if (strcmp(c->services[i].id, id) == 0)
			return &c->services[i];
	return NULL;
}

const char *
catalogue_notice(const struct catalogue_service *s, const char *status)
{
	for (int i = 0; i < s->nnotices; i++)
		if (strcmp(s->notices[i].status, status) == 0)
			return s->notices[i].text;
	return NULL;
}

bool
catalogue_field_stops(const struct catalogue_field *f, const char *value)
{
	return f->step == STEP_ELIGIBILITY && value[0] != '\0' &&
	    any_code(f->stop_if, same, value);
}

int
catalogue_step_count(const struct catalogue_service *s, enum field_step step)
{
	int n = 0;

	for (int i = 0; i < s->nfields; i++)
		n += s->fields[i].step == step;
	return n;
}
