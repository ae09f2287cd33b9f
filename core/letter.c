/*
 * Letters. Preparing one reads what it is about into a template's data, fills the outcome's
 * template (the service line's own when there is one), checks the heading and body for plain
 * English and frames them with forms/letters/layout.txt. Issuing keeps the exact text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <iniparser/iniparser.h>

#include "answer.h"
#include "audit.h"
#include "book.h"
#include "casework.h"
#include "customer.h"
#include "db.h"
#include "files.h"
#include "fill.h"
#include "language.h"
#include "letter.h"
#include "pay.h"
#include "pdf.h"
#include "place.h"
#include "spool.h"
#include "validate.h"

#define TEMPLATE_MAX (64 * 1024)

const struct choice letter_outcomes[] = {
	{ "acknowledgement", N_("Acknowledgement") },
	{ "decision", N_("Decision") },
	{ "appointment", N_("Appointment confirmation") },
	{ "receipt", N_("Payment receipt") },
	{ "complaint-response", N_("Complaint response") },
	{ NULL, NULL },
};

static const struct letter_question no_questions[] = { { NULL, NULL, false } };
static const struct letter_question decision_questions[] = {
	{ "decision.approved", "Approved? (yes or no)", true },
	{ "decision.reason", "The reason, in plain words", false },
	{ NULL, NULL, false },
};
static const struct letter_question response_questions[] = {
	{ "response.found", "What we found", false },
	{ "response.action", "What we will do", false },
	{ NULL, NULL, false },
};

const struct letter_question *
letter_questions(enum letter_outcome outcome)
{
	return outcome == LETTER_DECISION ? decision_questions :
	    outcome == LETTER_COMPLAINT_RESPONSE ? response_questions : no_questions;
}

/* The first part of every name a letter may use; forms/letters/README.md describes them. */
static const char *const letter_names[] = { "council", "customer", "service", "online", "case",
	"answers", "decision", "response", "appointment", "payment", "letter", "signatory",
	"language_help", NULL };

static bool
has_prefix(const char *reference, const char *prefix)
{
	return strncasecmp(reference, prefix, strlen(prefix)) == 0;
}

static void
add_choice(struct letter_choices *out, enum letter_outcome o)
{
	for (int i = 0; i < out->count; i++)
		if (out->outcome[i] == o)
			return;
	if (out->count < LETTER_MAX_CHOICES)
		out->outcome[out->count++] = o;
}

void
letter_choices_for(const struct catalogue *cat, const char *reference, const char *service_id,
    struct letter_choices *out)
{
	const struct catalogue_service *svc = service_id ? catalogue_find(cat, service_id) : NULL;
	const char *p = svc != NULL ? svc->letters : "";

	out->count = 0;
	if (has_prefix(reference, "AP-")) {
		add_choice(out, LETTER_APPOINTMENT);
		return;
	}
	if (has_prefix(reference, "RCP-")) {
		add_choice(out, LETTER_RECEIPT);
		return;
	}
	while (*p != '\0') {
		size_t len = strcspn(p, " ,");
		char word[32];
		const struct choice *c;

		snprintf(word, sizeof word, "%.*s", (int)len, p);
		if ((c = choice_find(letter_outcomes, word)) != NULL)
			add_choice(out, (enum letter_outcome)(c - letter_outcomes));
		p += len;
		p += strspn(p, " ,");
	}
	if (out->count == 0)
		add_choice(out, LETTER_ACKNOWLEDGEMENT);
}

/* Reading what a letter is about --------------------------------------------------------- */

/* What the sources below find beyond the template's data. */
struct source {
	const struct session *s;
	const struct catalogue *cat;
	const char *request_id;		/* the view's audit */
	struct template_data *d;
	struct letter *l;
	const struct catalogue_service *svc;	/* cases only */
	struct customer customer;
};

static void
set_long_date(struct template_data *d, const char *path, const char *iso)
{
	struct date day;
	char text[40];

	if (calendar_parse_date(iso, &day)) {
		calendar_format_long(day, text, sizeof text);
		template_set(d, NULL, path, text);
	}
}

/* The id of the row whose reference column is reference, or 0. */
static long long
id_of(struct db *db, const char *sql, const char *reference, struct error *err)
{
	const char *params[] = { reference };
	struct pg_result *res = db_exec(db, sql, 1, params, err);
	long long id = 0;

	if (res == NULL)
		return -1;
	if (db_rows(res) == 1)
		id = db_int(res, 0, "id");
	db_clear(res);
	return id;
}

static enum status
read_customer(struct source *src, long long id, struct error *err)
{
	if (customer_get(src->s, src->request_id, id, &src->customer, err) != STATUS_OK)
		return err->status;
	src->l->customer_id = id;
	fill_customer(src->d, &src->customer);
	return STATUS_OK;
}

static void
case_answers(struct source *src, long long id)
{
	struct template_node *list = template_set_list(src->d, NULL, "answers");
	char **names = NULL, **values = NULL, shown[256];
	struct error ignored;
	int n = 0;

	if (src->svc == NULL ||
	    casework_answers(src->s->db, id, &names, &values, &n, &ignored) != STATUS_OK)
		return;
	for (int i = 0; i < src->svc->nfields; i++) {
		const struct catalogue_field *f = &src->svc->fields[i];

		for (int k = 0; k < n; k++) {
			struct template_node *item;

			if (strcmp(names[k], f->name) != 0 || values[k][0] == '\0')
				continue;
			item = template_add_map(src->d, list);
			template_set(src->d, item, "question", f->label);
			template_set(src->d, item, "answer",
			    answer_display(src->cat, f, values[k], shown, sizeof shown));
		}
	}
	casework_free_answers(names, values, n);
}

static const char last_note_sql[] =
    "SELECT note FROM case_event WHERE case_id = $1 AND note <> '' AND kind IN ('status', 'note') "
    "ORDER BY at DESC, id DESC LIMIT 1";

static enum status
read_case(struct source *src, struct error *err)
{
	struct casework_detail c;
	struct pg_result *res;
	char id[24];
	const char *params[] = { id };
	long long found = id_of(src->s->db,
	    "SELECT id FROM casework WHERE reference = upper($1)", src->l->about, err);

	if (found <= 0)
		return found < 0 ? err->status :
		    error_set(err, STATUS_NOT_FOUND, "no case, appointment or receipt %s",
		    src->l->about);
	if (casework_get(src->s, src->request_id, found, &c, err) != STATUS_OK)
		return err->status;
	src->l->case_id = found;
	src->svc = catalogue_find(src->cat, c.summary.service_id);
	if (read_customer(src, c.customer_id, err) != STATUS_OK)
		return err->status;
	template_set(src->d, NULL, "case.reference", c.summary.reference);
	set_long_date(src->d, "case.received", c.received_on);
	set_long_date(src->d, "case.due", c.summary.due_on);
	template_set(src->d, NULL, "case.status",
	    choice_label(casework_statuses, c.summary.status));
	template_set(src->d, NULL, "case.location", c.summary.location);
	template_setf(src->d, NULL, "case.stage", "%d", c.summary.stage);
	snprintf(id, sizeof id, "%lld", found);
	if ((res = db_exec(src->s->db, last_note_sql, 1, params, err)) == NULL)
		return err->status;
	template_set(src->d, NULL, "case.note", db_rows(res) == 1 ? db_text(res, 0, "note") : "");
	db_clear(res);
	if (src->svc != NULL)
		fill_service(src->d, src->svc, &src->customer);
	case_answers(src, found);
	return STATUS_OK;
}

/* "Tuesday 1 December 2026 at 9:30am" */
static void
long_moment(struct moment m, char *out, size_t size)
{
	char day[40], time[16];

	calendar_format_long(m.date, day, sizeof day);
	place_time_format(m.minute, time, sizeof time);
	snprintf(out, size, "%s at %s", day, time);
}

static enum status
read_appointment(struct source *src, struct error *err)
{
	struct book_appointment a;
	struct template_node *address;
	char when[80];
	long long found = id_of(src->s->db,
	    "SELECT id FROM appointment WHERE reference = upper($1)", src->l->about, err);

	if (found <= 0)
		return found < 0 ? err->status :
		    error_set(err, STATUS_NOT_FOUND, "no appointment %s", src->l->about);
	if (book_get(src->s->db, found, &a, err) != STATUS_OK ||
	    read_customer(src, a.customer_id, err) != STATUS_OK)
		return err->status;
	template_set(src->d, NULL, "appointment.reference", a.reference);
	template_set(src->d, NULL, "appointment.type", a.type);
	long_moment(a.start, when, sizeof when);
	template_set(src->d, NULL, "appointment.when", when);
	template_setf(src->d, NULL, "appointment.minutes", "%d", a.minutes);
	template_set(src->d, NULL, "appointment.place", a.place);
	address = template_set_list(src->d, NULL, "appointment.address");
	for (const char *p = a.address; *p != '\0';) {
		size_t len = strcspn(p, ",");
		char line[160];

		snprintf(line, sizeof line, "%.*s", (int)len, p);
		template_add(src->d, address, line);
		p += len;
		p += strspn(p, ", ");
	}
	template_set(src->d, NULL, "appointment.how",
	    strcmp(a.mode, "phone") == 0 ? "by phone" :
	    strcmp(a.mode, "video") == 0 ? "by video" : "face to face");
	template_set(src->d, NULL, "appointment.bring", a.bring);
	return STATUS_OK;
}

static enum status
read_receipt(struct source *src, struct error *err)
{
	struct pay_receipt r;
	char amount[VALIDATE_PENCE_SIZE];
	long long customer;

	if (pay_receipt_get(src->s->db, src->l->about, &r, err) != STATUS_OK)
		return err->status;
	customer = id_of(src->s->db, "SELECT customer_id AS id FROM payment WHERE receipt_number "
	    "= upper($1)", src->l->about, err);
	if (customer <= 0)
		return customer < 0 ? err->status :
		    error_set(err, STATUS_NOT_FOUND, "no receipt %s", src->l->about);
	if (read_customer(src, customer, err) != STATUS_OK)
		return err->status;
	validate_format_pence(r.amount_pence, amount, sizeof amount);
	template_set(src->d, NULL, "payment.receipt", r.number);
	template_set(src->d, NULL, "payment.amount", amount);
	template_set(src->d, NULL, "payment.method", choice_label(pay_methods, r.method));
	set_long_date(src->d, "payment.date", r.business_date);
	template_set(src->d, NULL, "payment.account", r.account_reference);
	template_set(src->d, NULL, "payment.for", r.account_title);
	return STATUS_OK;
}

static void
add_missing(struct letter *l, const char *name)
{
	size_t used = strlen(l->missing);

	snprintf(l->missing + used, sizeof l->missing - used, "%s%s", used ? ", " : "", name);
	l->nmissing++;
}

/*
 * The answers to the outcome's questions, as the template's names. A yes-or-no question not
 * answered yes or no is missing: a decision letter must say which it is.
 */
static void
set_answers(struct template_data *d, enum letter_outcome outcome,
    const struct template_value *answers, struct letter *l)
{
	for (const struct letter_question *q = letter_questions(outcome); q->name != NULL; q++) {
		const char *value = NULL;
		bool yes, no;

		for (const struct template_value *a = answers; a && a->name; a++)
			if (strcmp(a->name, q->name) == 0)
				value = a->value;
		if (!q->yesno) {
			template_set(d, NULL, q->name, value);
			continue;
		}
		/* Welsh-speaking officers may answer ie or na. */
		yes = value != NULL && (strcasecmp(value, "yes") == 0 || strcasecmp(value, "ie") == 0);
		no = value != NULL && (strcasecmp(value, "no") == 0 || strcasecmp(value, "na") == 0);
		if (!yes && !no)
			add_missing(l, q->name);
		template_set_bool(d, NULL, q->name, yes);
		/* The other side of a yes-or-no question: decision.refused for decision.approved. */
		if (strcmp(q->name, "decision.approved") == 0)
			template_set_bool(d, NULL, "decision.refused", no);
	}
}

/* Filling the templates ------------------------------------------------------------------ */

/* forms/letters/SERVICE/OUTCOME.txt when the service line has its own, else OUTCOME.txt. */
static enum status
read_template(const struct config *cfg, const char *service_id, enum letter_outcome outcome,
    char *name, size_t size, char **text, struct error *err)
{
	const char *o = letter_outcomes[outcome].code;
	char path[1200];

	if (service_id != NULL && service_id[0] != '\0') {
		snprintf(path, sizeof path, "%s/letters/%s/%s.txt", cfg->forms_dir, service_id, o);
		if (files_read(path, TEMPLATE_MAX, text, err) == STATUS_OK) {
			snprintf(name, size, "%s/%s", service_id, o);
			return STATUS_OK;
		}
		if (err->status != STATUS_NOT_FOUND)
			return err->status;
	}
	snprintf(path, sizeof path, "%s/letters/%s.txt", cfg->forms_dir, o);
	snprintf(name, size, "%s", o);
	switch (files_read(path, TEMPLATE_MAX, text, err)) {
	case STATUS_OK:
		return STATUS_OK;
	case STATUS_NOT_FOUND:
		return error_set(err, STATUS_NOT_FOUND, "there is no %s letter (%s)", o, path);
	default:
		return err->status;
	}
}

/* Splits a filled template at its first line: the heading, then the body. */
static enum status
split(struct letter *l, char *filled, struct error *err)
{
	char *p = filled + strspn(filled, "\n"), *nl = strchr(p, '\n');
	size_t hlen = nl != NULL ? (size_t)(nl - p) : strlen(p);
	const char *body = nl != NULL ? nl + strspn(nl, "\n") : "";
	size_t blen = strlen(body);

	while (blen > 0 && body[blen - 1] == '\n')
		blen--;
	l->heading = strndup(p, hlen);
	l->body = malloc(hlen + blen + 3);
	if (l->heading == NULL || l->body == NULL)
		return error_set(err, STATUS_NO_MEMORY, NULL);
	/* The checker reads the heading as its own sentence, as the customer does. */
	snprintf(l->body, hlen + blen + 3, "%s\n\n%.*s", l->heading, (int)blen, body);
	return STATUS_OK;
}

/* Who signs for department (forms/letters/signatories.ini), else the [default] section. */
static void
fill_signatory(struct template_data *d, const struct config *cfg, const char *department)
{
	static const char *const keys[] = { "name", "role", "phone" };
	char path[1100], key[200], section[128], why[1200];
	dictionary *ini;

	snprintf(path, sizeof path, "%s/letters/signatories.ini", cfg->forms_dir);
	/* Without the file the letter shows [signatory.name?] in its preview: never blank. */
	if ((ini = config_ini_load(path, why, sizeof why)) == NULL)
		return;
	snprintf(section, sizeof section, "%s", department != NULL ? department : "default");
	for (char *p = section; *p != '\0'; p++)
		*p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
	if (!iniparser_find_entry(ini, section))
		snprintf(section, sizeof section, "default");
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		snprintf(key, sizeof key, "%s:%s", section, keys[i]);
		snprintf(path, sizeof path, "signatory.%s", keys[i]);
		template_set(d, NULL, path, iniparser_getstring(ini, key, NULL));
	}
	iniparser_freedict(ini);
}

/*
 * A line for customers whose written language is not English, in that language from its phrase
 * catalogue (in English when there is none yet), saying how to get help reading the letter.
 */
static void
fill_language_help(struct template_data *d, const struct customer *c, const struct config *cfg)
{
	const char *language = language_written(c), *line = NULL, *at;
	const struct phrase_language *l;
	struct phrasebook *pb;
	struct error ignored;

	if (language[0] == '\0' || strcasecmp(language, "English") == 0)
		return;
	pb = phrasebook_load(cfg->locales_dir, &ignored);
	if ((l = phrasebook_find(pb, language)) != NULL)
		line = phrase_text(l, PHRASE_LETTER_HELP);
	if (line == NULL || (at = strstr(line, "%s")) == NULL || strstr(at + 2, "%") != NULL)
		line = PHRASE_LETTER_HELP;
	at = strstr(line, "%s");
	template_setf(d, NULL, "language_help", "%.*s%s%s", (int)(at - line), line,
	    cfg->council_phone, at + 2);
	phrasebook_free(pb);
}

static void
fill_letter(struct template_data *d, const struct letter *l)
{
	char today[40];

	calendar_format_long(calendar_today(), today, sizeof today);
	template_set(d, NULL, "letter.date", today);
	template_set(d, NULL, "letter.reference", l->about);
	template_set(d, NULL, "letter.heading", l->heading);
	/* The body, without the heading the checker was given. */
	template_set(d, NULL, "letter.body", l->body + strlen(l->heading) + 2);
}

static char *
render(const char *text, struct template_data *d, bool preview, struct letter *l,
    struct error *err)
{
	struct template_options o = { TEMPLATE_ESCAPE_TEXT, preview, NULL, 0, 0 };
	size_t used = strlen(l->missing);
	char *out;

	o.missing = l->missing + used + (used > 0 ? 2 : 0);
	o.missing_size = used + 2 < sizeof l->missing ? sizeof l->missing - used - 2 : 0;
	if (used > 0 && o.missing_size > 0)
		memcpy(l->missing + used, ", ", 3);
	out = template_render(text, d, &o, err);
	if (o.nmissing == 0)
		l->missing[used] = '\0';
	l->nmissing += o.nmissing;
	return out;
}

static void
check_plain(const struct config *cfg, struct letter *l)
{
	char path[1100];
	struct error ignored;

	snprintf(path, sizeof path, "%s/plain-words.csv", cfg->forms_dir);
	l->words = plain_words_load(path, &ignored);
	plain_check(l->body, l->words, &l->report);
}

/* The letter's own template, filled, split and checked, then framed by the layout. */
static enum status
compose(struct source *src, bool preview, struct error *err)
{
	const struct config *cfg = src->s->cfg;
	struct letter *l = src->l;
	char *text = NULL, *filled = NULL, *layout = NULL, path[1100];
	enum status st;

	st = read_template(cfg, src->svc ? src->svc->id : NULL, l->outcome, l->template_name,
	    sizeof l->template_name, &text, err);
	if (st == STATUS_OK && (filled = render(text, src->d, preview, l, err)) == NULL)
		st = err->status;
	if (st == STATUS_OK)
		st = split(l, filled, err);
	snprintf(path, sizeof path, "%s/letters/layout.txt", cfg->forms_dir);
	if (st == STATUS_OK)
		st = files_read(path, TEMPLATE_MAX, &layout, err);
	if (st == STATUS_OK) {
		check_plain(cfg, l);
		fill_letter(src->d, l);
		if ((l->text = render(layout, src->d, preview, l, err)) == NULL)
			st = err->status;
	}
	free(text);
	free(filled);
	free(layout);
	return st;
}

enum status
letter_prepare(const struct session *s, const struct catalogue *cat, const char *reference,
    int outcome, const struct template_value *answers, bool preview, struct letter *out,
    struct error *err)
{
	char rid[DB_REQUEST_ID_LEN];
	struct source src = { s, cat, rid, NULL, out, NULL, { 0 } };
	struct letter_choices choices;
	enum status st;

	memset(out, 0, sizeof *out);
	snprintf(out->about, sizeof out->about, "%s", reference);
	for (char *p = out->about; *p != '\0'; p++)
		*p = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
	if ((src.d = template_data_new()) == NULL)
		return error_set(err, STATUS_NO_MEMORY, NULL);
	db_new_request_id(rid);
	fill_council(src.d, s->cfg);
	st = has_prefix(reference, "AP-") ? read_appointment(&src, err) :
	    has_prefix(reference, "RCP-") ? read_receipt(&src, err) : read_case(&src, err);
	if (st == STATUS_OK) {
		letter_choices_for(cat, reference, src.svc ? src.svc->id : NULL, &choices);
		out->outcome = outcome >= 0 ? (enum letter_outcome)outcome : choices.outcome[0];
		set_answers(src.d, out->outcome, answers, out);
		fill_signatory(src.d, s->cfg, src.svc ? src.svc->department : NULL);
		fill_language_help(src.d, &src.customer, s->cfg);
		st = compose(&src, preview, err);
	}
	template_data_free(src.d);
	if (st != STATUS_OK)
		letter_free(out);
	return st;
}

void
letter_free(struct letter *l)
{
	free(l->heading);
	free(l->body);
	free(l->text);
	plain_words_free(l->words);
	l->heading = l->body = l->text = NULL;
	l->words = NULL;
}

/* Keeping and reprinting ----------------------------------------------------------------- */

struct issue {
	const struct session *s;
	const char *request_id;
	const struct letter *l;
};

static enum status
write_letter(void *arg, long long *result, struct error *err)
{
	static const char insert_sql[] =
	    "INSERT INTO letter (customer_id, case_id, about, template, outcome, heading, body, "
	    "reading_ease, grade, sentences, average_sentence, longest_sentence, long_sentences, "
	    "passives, jargon, staff_id) VALUES ($1, nullif($2, '0')::bigint, $3, $4, $5, $6, $7, "
	    "$8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id";
	static const char event_sql[] =
	    "INSERT INTO case_event (case_id, staff_id, kind, note) VALUES ($1, $2, 'letter', $3)";
	const struct issue *w = arg;
	const struct letter *l = w->l;
	const struct plain_report *r = &l->report;
	char n[12][24], note[200];
	const char *params[16] = { n[0], n[1], l->about, l->template_name,
		letter_outcomes[l->outcome].code, l->heading, l->text, n[2], n[3], n[4], n[5], n[6],
		n[7], n[8], n[9], n[10] };
	struct pg_result *res;

	snprintf(n[0], sizeof n[0], "%lld", l->customer_id);
	snprintf(n[1], sizeof n[1], "%lld", l->case_id);
	snprintf(n[2], sizeof n[2], "%.1f", r->reading_ease);
	snprintf(n[3], sizeof n[3], "%.1f", r->grade);
	snprintf(n[4], sizeof n[4], "%d", r->sentences);
	snprintf(n[5], sizeof n[5], "%.1f", r->average_sentence);
	snprintf(n[6], sizeof n[6], "%d", r->longest_sentence);
	snprintf(n[7], sizeof n[7], "%d", r->nlong);
	snprintf(n[8], sizeof n[8], "%d", r->npassive);
	snprintf(n[9], sizeof n[9], "%d", r->njargon);
	snprintf(n[10], sizeof n[10], "%d", w->s->staff.id);
	if ((res = db_exec_one(w->s->db, insert_sql, 16, params, STATUS_DB_ERROR, "no letter",
	    err)) == NULL)
		return err->status;
	*result = db_int(res, 0, "id");
	db_clear(res);
	if (l->case_id > 0) {
		const char *event[] = { n[1], n[10], note };

		snprintf(note, sizeof note, "%s (reading ease %.0f)", l->heading,
		    l->report.reading_ease);
		if (db_run(w->s->db, event_sql, 3, event, err) != STATUS_OK)
			return err->status;
	}
	return audit_record(w->s, w->request_id, "create", "letter", *result, "", err);
}

enum status
letter_issue(const struct session *s, const char *request_id, const struct letter *l,
    long long *id, struct error *err)
{
	struct issue w = { s, request_id, l };

	return db_write(s->db, request_id, "letter.issue", s->staff.id, write_letter, &w, id, err);
}

#define ISSUED_COLUMNS \
    "l.id, l.about, l.outcome, l.heading, l.template, l.reading_ease::float8 AS reading_ease, " \
    "coalesce(st.first_name || ' ' || st.last_name, '') AS staff, " \
    "to_char(l.issued_at, 'YYYY-MM-DD HH24:MI') AS issued_at, l.printed "
#define ISSUED_FROM "FROM letter l LEFT JOIN staff st ON st.id = l.staff_id "

static void
issued_row(void *element, const struct pg_result *res, int row)
{
	struct letter_issued *o = element;

	o->id = db_int(res, row, "id");
	DB_COPY(o->about, res, row, "about");
	DB_COPY(o->outcome, res, row, "outcome");
	DB_COPY(o->heading, res, row, "heading");
	DB_COPY(o->template_name, res, row, "template");
	o->reading_ease = strtod(db_text(res, row, "reading_ease"), NULL);
	DB_COPY(o->staff, res, row, "staff");
	DB_COPY(o->issued_at, res, row, "issued_at");
	o->printed = (int)db_int(res, row, "printed");
}

enum status
letter_list(struct db *db, const char *reference, struct letter_issued **out, int *count,
    struct error *err)
{
	const char *params[] = { reference };

	*out = db_select(db, "SELECT " ISSUED_COLUMNS ISSUED_FROM "WHERE l.about = upper($1) "
	    "ORDER BY l.issued_at DESC, l.id DESC", 1, params, sizeof **out, issued_row, count,
	    err);
	return *out != NULL ? STATUS_OK : err->status;
}

struct reprint {
	const struct session *s;
	const char *request_id;
	long long id;
};

static enum status
count_reprint(void *arg, long long *result, struct error *err)
{
	const struct reprint *w = arg;
	char id[24];
	const char *params[] = { id };
	struct pg_result *res;

	snprintf(id, sizeof id, "%lld", w->id);
	res = db_exec_one(w->s->db, "UPDATE letter SET printed = printed + 1 WHERE id = $1 "
	    "RETURNING customer_id", 1, params, STATUS_NOT_FOUND, "no such letter", err);
	if (res == NULL)
		return err->status;
	*result = db_int(res, 0, "customer_id");
	db_clear(res);
	return audit_record(w->s, w->request_id, "view", "customer", *result, "letter", err);
}

/* A letter as issued, with its text. */
struct reprinted {
	struct letter_issued *issued;
	char *text;
};

static void
reprinted_row(void *element, const struct pg_result *res, int row)
{
	struct reprinted *r = element;

	issued_row(r->issued, res, row);
	r->text = strdup(db_text(res, row, "body"));
}

enum status
letter_reprint(const struct session *s, const char *request_id, long long id,
    struct letter_issued *out, char **text, struct error *err)
{
	struct reprint w = { s, request_id, id };
	struct reprinted r = { out, NULL };
	long long customer;

	*text = NULL;
	if (db_write(s->db, request_id, "letter.reprint", s->staff.id, count_reprint, &w,
	    &customer, err) != STATUS_OK ||
	    db_get(s->db, "SELECT " ISSUED_COLUMNS ", l.body " ISSUED_FROM "WHERE l.id = $1", id,
	    reprinted_row, &r, "no such letter", err) != STATUS_OK)
		return err->status;
	if ((*text = r.text) == NULL)
		return error_set(err, STATUS_NO_MEMORY, NULL);
	return STATUS_OK;
}

/* PDF and the spool ---------------------------------------------------------------------- */

enum status
letter_spool(const struct config *cfg, const char *about, long long id, const char *text,
    const char *heading, char *text_path, char *pdf_path, size_t size, struct error *err)
{
	char name[96], file[200];

	snprintf(name, sizeof name, "letter-%s-%lld", about, id);
	snprintf(file, sizeof file, "%s.txt", name);
	if (spool_path(cfg, file, text_path, size, err) != STATUS_OK ||
	    files_write(text_path, NULL, text, err) != STATUS_OK)
		return err->status;
	snprintf(file, sizeof file, "%s.pdf", name);
	if (spool_path(cfg, file, pdf_path, size, err) != STATUS_OK)
		return err->status;
	/* Without a PDF the text still prints: the letter is not lost. */
	if (pdf_write(cfg, text, heading, pdf_path, err) != STATUS_OK) {
		pdf_path[0] = '\0';
		spool_send(cfg, text_path, err);
		return STATUS_IO_ERROR;
	}
	return spool_send(cfg, pdf_path, err);
}

/* Checking the files --------------------------------------------------------------------- */

struct checker {
	void (*problem)(const char *text, void *arg);
	void *arg;
	int count;
};

/* A letter template starts with its heading line and a blank line (comment lines aside). */
static bool
has_heading(const char *text)
{
	const char *nl;

	while (strncmp(text, "{{!", 3) == 0 && (nl = strchr(text, '\n')) != NULL)
		text = nl + 1;
	nl = strchr(text, '\n');
	return nl != NULL && nl != text && nl[1] == '\n';
}

static void
check_file(struct checker *c, const char *path, bool is_layout)
{
	char *text, bad[200], line[1400] = "";
	struct error err;
	int n = 1;

	if (files_read(path, TEMPLATE_MAX, &text, &err) != STATUS_OK) {
		snprintf(line, sizeof line, "%s:1: %s", path, err.detail);
	} else if (!template_check(text, letter_names, bad, sizeof bad)) {
		const char *what = template_problem(bad, &n);

		snprintf(line, sizeof line, "%s:%d: %s", path, n, what);
	} else if (!is_layout && !has_heading(text)) {
		snprintf(line, sizeof line, "%s:2: the first line is the letter's heading and the "
		    "line after it must be blank", path);
	}
	free(text);
	if (line[0] != '\0') {
		c->problem(line, c->arg);
		c->count++;
	}
}

static void
check_dir(struct checker *c, const char *dir, bool top)
{
	char path[1300];
	struct stat st;
	char **names;
	int n;

	names = files_list(dir, ".txt", &n);
	for (int i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		check_file(c, path, top && strcmp(names[i], "layout.txt") == 0);
		free(names[i]);
	}
	free(names);
	if (!top)
		return;
	names = files_list(dir, "", &n);
	for (int i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			check_dir(c, path, false);
		free(names[i]);
	}
	free(names);
}

int
letter_check_files(const char *forms_dir, void (*problem)(const char *text, void *arg),
    void *arg)
{
	struct checker c = { problem, arg, 0 };
	char dir[1100];

	snprintf(dir, sizeof dir, "%s/letters", forms_dir);
	check_dir(&c, dir, true);
	return c.count;
}
