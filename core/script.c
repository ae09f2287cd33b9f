/* Scripts: read from forms/scripts, one step overriding another, filled for one contact. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <iniparser/iniparser.h>

#include "files.h"
#include "fill.h"
#include "script.h"
#include "template.h"

const struct choice script_steps[] = {
	{ "greeting", N_("Greeting") },
	{ "identity", N_("Identity") },
	{ "questions", N_("Questions") },
	{ "expectations", N_("What happens next") },
	{ "online", N_("Online") },
	{ "anything_else", N_("Anything else") },
	{ "closing", N_("Closing") },
	{ NULL, NULL },
};

/* The first part of every name a script may use; forms/scripts/README.md describes them. */
static const char *const script_names[] = { "part_of_day", "advisor", "council", "customer",
	"channel", "service", "questions", "case", "online", NULL };

struct script {
	char *name;			/* the file's name without .ini */
	char *step[SCRIPT_NSTEPS];	/* NULL: not set here; "": this step is not said */
};

struct scripts {
	struct script *scripts;
	int count;
	char **problems;
	int nproblems;
};

static void
problem(struct scripts *sc, const char *fmt, ...)
{
	char text[512], **grown;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	grown = realloc(sc->problems, (size_t)(sc->nproblems + 1) * sizeof *grown);
	if (grown == NULL)
		return;
	sc->problems = grown;
	if ((grown[sc->nproblems] = strdup(text)) != NULL)
		sc->nproblems++;
}

/* The line key is set on in path, so a problem can name it; 1 when not found. */
static int
line_of(const char *path, const char *key)
{
	FILE *f = fopen(path, "r");
	char line[1100];
	size_t len = strlen(key);
	int number = 0, found = 1;

	if (f == NULL)
		return 1;
	while (fgets(line, sizeof line, f) != NULL) {
		const char *p = line + strspn(line, " \t");

		number++;
		/* iniparser gives keys in lower case, whatever the file says. */
		if (strncasecmp(p, key, len) == 0 && strchr(" \t=", p[len]) != NULL) {
			found = number;
			break;
		}
	}
	fclose(f);
	return found;
}

static void
free_script(struct script *s)
{
	for (int i = 0; i < SCRIPT_NSTEPS; i++)
		free(s->step[i]);
	free(s->name);
}

/* Checks and keeps one file's steps; false when it has a problem (it is then not used). */
static bool
read_steps(struct scripts *sc, dictionary *ini, const char *path, struct script *s)
{
	int nkeys = iniparser_getsecnkeys(ini, "script");
	const char **keys = nkeys > 0 ? calloc((size_t)nkeys, sizeof *keys) : NULL;
	bool listed = nkeys > 0 && keys != NULL &&
	    iniparser_getseckeys(ini, "script", keys) != NULL;
	bool ok = listed;
	char bad[200];

	if (!listed)
		problem(sc, "%s:1: needs a [script] section with at least one step", path);
	/* Every problem in the file is reported, not only the first. */
	for (int k = 0; listed && k < nkeys; k++) {
		const char *key = keys[k] + strlen("script:");
		const struct choice *step = choice_find(script_steps, key);
		const char *text = iniparser_getstring(ini, keys[k], "");

		if (step == NULL) {
			problem(sc, "%s:%d: \"%s\" is not a step (greeting, identity, questions, "
			    "expectations, online, anything_else, closing)", path, line_of(path, key),
			    key);
			ok = false;
		} else if (!template_check(text, script_names, bad, sizeof bad)) {
			int at;	/* a step is one line: the file's line is the one to give */

			problem(sc, "%s:%d: %s: %s", path, line_of(path, key), key,
			    template_problem(bad, &at));
			ok = false;
		} else if (ok && (s->step[step - script_steps] = strdup(text)) == NULL) {
			ok = false;
		}
	}
	free(keys);
	return ok;
}

static void
load_file(struct scripts *sc, const char *dir, const char *file)
{
	char path[1024], why[1200];
	struct script s = { 0 };
	dictionary *ini;

	snprintf(path, sizeof path, "%s/%s", dir, file);
	if ((ini = config_ini_load(path, why, sizeof why)) == NULL) {
		problem(sc, "%s", why);
		return;
	}
	s.name = strndup(file, strlen(file) - strlen(".ini"));
	if (s.name != NULL && read_steps(sc, ini, path, &s)) {
		struct script *grown = realloc(sc->scripts,
		    (size_t)(sc->count + 1) * sizeof *grown);

		if (grown != NULL) {
			sc->scripts = grown;
			sc->scripts[sc->count++] = s;
			s.name = NULL;
			memset(s.step, 0, sizeof s.step);
		}
	}
	free_script(&s);
	iniparser_freedict(ini);
}

struct scripts *
scripts_load(const char *forms_dir, struct error *err)
{
	struct scripts *sc = calloc(1, sizeof *sc);
	char dir[1024];
	char **names;
	int n;

	if (sc == NULL) {
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	snprintf(dir, sizeof dir, "%s/scripts", forms_dir);
	names = files_list(dir, ".ini", &n);
	for (int i = 0; i < n; i++) {
		load_file(sc, dir, names[i]);
		free(names[i]);
	}
	free(names);
	return sc;
}

void
scripts_free(struct scripts *sc)
{
	if (sc == NULL)
		return;
	for (int i = 0; i < sc->count; i++)
		free_script(&sc->scripts[i]);
	for (int i = 0; i < sc->nproblems; i++)
		free(sc->problems[i]);
	free(sc->scripts);
	free(sc->problems);
	free(sc);
}

int
scripts_problem_count(const struct scripts *sc)
{
	return sc->nproblems;
}

const char *
scripts_problem(const struct scripts *sc, int i)
{
	return sc->problems[i];
}

static const struct script *
find(const struct scripts *sc, const char *name)
{
	for (int i = 0; sc != NULL && name != NULL && i < sc->count; i++)
		if (strcmp(sc->scripts[i].name, name) == 0)
			return &sc->scripts[i];
	return NULL;
}

const char *
scripts_step(const struct scripts *sc, const struct catalogue_service *svc,
    enum script_step step)
{
	const struct script *own = find(sc, svc->script[0] != '\0' ? svc->script : svc->id);
	const struct script *type = find(sc, svc->type);

	if (own != NULL && own->step[step] != NULL)
		return own->step[step];
	return type != NULL ? type->step[step] : NULL;
}

static const char *
part_of_day(int minute)
{
	return minute < 12 * 60 ? "morning" : minute < 18 * 60 ? "afternoon" : "evening";
}

/* Everything a script may name, for this contact. */
static void
script_data(struct template_data *d, const struct script_context *ctx)
{
	const struct catalogue_service *svc = ctx->svc;
	struct template_node *questions;
	char due[40];

	template_set(d, NULL, "part_of_day", part_of_day(ctx->now.minute));
	fill_council(d, ctx->cfg);
	fill_advisor(d, ctx->advisor);
	if (ctx->customer != NULL)
		fill_customer(d, ctx->customer);
	fill_service(d, svc, ctx->customer);
	if (ctx->channel != NULL && ctx->channel[0] != '\0')
		template_set_bool(d, template_set_map(d, NULL, "channel"), ctx->channel, true);
	questions = template_set_list(d, NULL, "questions");
	for (int i = 0; i < svc->nfields; i++)
		template_add(d, questions, svc->fields[i].label);
	if (ctx->reference != NULL && ctx->reference[0] != '\0')
		template_set(d, NULL, "case.reference", ctx->reference);
	calendar_format_long(ctx->due, due, sizeof due);
	template_set(d, NULL, "case.due", due);
}

/* text with its ends trimmed; NULL when nothing is left. */
static char *
trimmed(char *text)
{
	size_t start = strspn(text, " \t\n"), len = strlen(text);

	while (len > start && strchr(" \t\n", text[len - 1]) != NULL)
		len--;
	if (len == start) {
		free(text);
		return NULL;
	}
	memmove(text, text + start, len - start);
	text[len - start] = '\0';
	return text;
}

enum status
script_fill(const struct scripts *sc, const struct script_context *ctx,
    char *text[SCRIPT_NSTEPS], struct error *err)
{
	struct template_data *d = template_data_new();
	enum status st = STATUS_OK;

	memset(text, 0, SCRIPT_NSTEPS * sizeof *text);
	if (d == NULL)
		return error_set(err, STATUS_NO_MEMORY, NULL);
	script_data(d, ctx);
	for (int i = 0; st == STATUS_OK && i < SCRIPT_NSTEPS; i++) {
		const char *step = scripts_step(sc, ctx->svc, (enum script_step)i);

		if (step == NULL)
			continue;
		if ((text[i] = template_render(step, d, NULL, err)) == NULL)
			st = err->status;
		else
			text[i] = trimmed(text[i]);
	}
	template_data_free(d);
	if (st != STATUS_OK)
		for (int i = 0; i < SCRIPT_NSTEPS; i++) {
			free(text[i]);
			text[i] = NULL;
		}
	return st;
}
