/*
 * `civicdesk letter`: the same letter the advisor's screens make, from the command line, for
 * batches and scripts. What is checked about it goes to standard error, the letter to standard
 * output or a file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "db.h"
#include "files.h"
#include "letter.h"
#include "pdf.h"
#include "session.h"

#define CONNECT_WAIT_MS 5000

static int
fail(const char *what, const char *detail)
{
	fprintf(stderr, "civicdesk: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	return 2;
}

bool
letter_option(struct letter_options *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i];

	if (strcmp(a, "--issue") == 0) {
		o->issue = true;
		return true;
	}
	if (*i + 1 >= argc)
		return false;
	if (strcmp(a, "--template") == 0)
		o->outcome = argv[++*i];
	else if (strcmp(a, "--format") == 0)
		o->format = argv[++*i];
	else if (strcmp(a, "-o") == 0)
		o->output = argv[++*i];
	else if (strcmp(a, "--set") == 0 && o->nsets < LETTER_MAX_SETS)
		o->set[o->nsets++] = argv[++*i];
	else
		return false;
	return true;
}

/* --set NAME=VALUE as template values; the strings point into a copy kept in buf. */
static bool
answers(const struct letter_options *o, char buf[][300], struct template_value *out)
{
	int n = 0;

	for (; n < o->nsets; n++) {
		char *eq;

		snprintf(buf[n], 300, "%s", o->set[n]);
		if ((eq = strchr(buf[n], '=')) == NULL)
			return false;
		*eq = '\0';
		out[n] = (struct template_value){ buf[n], eq + 1 };
	}
	out[n] = (struct template_value){ NULL, NULL };
	return true;
}

static void
report(const struct letter *l)
{
	char line[300];

	plain_summary(&l->report, line, sizeof line);
	fprintf(stderr, "%s: %s (%s)\n%s\n", l->about, l->heading, l->template_name, line);
	if (l->nmissing > 0)
		fprintf(stderr, "missing: %s\n", l->missing);
}

static int
write_out(const struct letter_options *o, const struct config *cfg, const struct letter *l)
{
	struct error err;

	if (strcmp(o->format, "pdf") == 0) {
		if (pdf_write(cfg, l->text, l->heading, o->output, &err) != STATUS_OK)
			return fail("no PDF", err.detail);
		return 0;
	}
	if (o->output == NULL || strcmp(o->output, "-") == 0)
		return fputs(l->text, stdout) < 0 || fflush(stdout) != 0 ?
		    fail("standard output", "cannot be written") : 0;
	if (files_write(o->output, NULL, l->text, &err) != STATUS_OK)
		return fail("not written", err.detail);
	return 0;
}

static int
issue(struct session *s, const struct letter *l)
{
	char request[DB_REQUEST_ID_LEN], text_path[600], pdf_path[600];
	struct error err;
	long long id;

	db_new_request_id(request);
	if (letter_issue(s, request, l, &id, &err) != STATUS_OK)
		return fail("not issued", err.detail);
	if (letter_spool(s->cfg, l->about, id, l->text, l->heading, text_path, pdf_path, sizeof text_path,
	    &err) != STATUS_OK)
		return fail("issued but not printed", err.detail);
	fprintf(stderr, "issued letter %lld: %s\n", id, pdf_path);
	return 0;
}

static int
render(const struct letter_options *o, struct session *s)
{
	struct template_value values[LETTER_MAX_SETS + 1];
	char buf[LETTER_MAX_SETS][300];
	const struct choice *outcome = NULL;
	struct catalogue *cat;
	struct letter l;
	struct error err;
	int rc;

	if (o->outcome != NULL && (outcome = choice_find(letter_outcomes, o->outcome)) == NULL)
		return fail("--template wants acknowledgement, decision, appointment, receipt or "
		    "complaint-response", o->outcome);
	if (!answers(o, buf, values))
		return fail("--set wants NAME=VALUE", NULL);
	if ((cat = catalogue_load(s->cfg->forms_dir, &err)) == NULL)
		return fail("forms", err.detail);
	if (letter_prepare(s, cat, o->reference, outcome ? (int)(outcome - letter_outcomes) : -1,
	    values, false, &l, &err) != STATUS_OK) {
		catalogue_free(cat);
		return fail("no letter", err.detail);
	}
	report(&l);
	if (l.nmissing > 0 && o->issue)
		rc = fail("not issued", "values are missing (see above); --set gives them");
	else if ((rc = write_out(o, s->cfg, &l)) == 0 && o->issue)
		rc = issue(s, &l);
	letter_free(&l);
	catalogue_free(cat);
	return rc;
}

int
command_letter(const struct letter_options *o, const struct config *cfg, const char *as,
    const char *os_user)
{
	struct session s = { .cfg = cfg };
	struct letter_options opts = *o;
	struct error err;
	int rc;

	if (opts.format == NULL)
		opts.format = "text";
	if (strcmp(opts.format, "text") != 0 && strcmp(opts.format, "pdf") != 0)
		return fail("--format wants text or pdf", opts.format);
	if (strcmp(opts.format, "pdf") == 0 && (opts.output == NULL || !strcmp(opts.output, "-")))
		return fail("--format pdf", "needs -o FILE");
	if (as != NULL && !cfg->demo_signin)
		return fail("--as is for demos and training",
		    "set demo_signin = yes in [session] to allow it");
	if ((s.db = db_open(cfg->conninfo, cfg->schema)) == NULL)
		return fail("out of memory", NULL);
	session_identify_terminal(&s);
	if (db_wait(s.db, CONNECT_WAIT_MS, &err) != STATUS_OK ||
	    session_sign_in(&s, as != NULL ? as : os_user, &err) != STATUS_OK)
		rc = fail("cannot sign in", err.detail);
	else
		rc = render(&opts, &s);
	db_close(s.db);
	return rc;
}
