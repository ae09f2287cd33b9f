/* civicdesk.ini: one table of settings drives defaults, parsing, checking and the help text. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <iniparser.h>

#include "config.h"

enum kind { TEXT, NUMBER, YESNO };

struct setting {
	const char *name;	/* "section:key", as iniparser spells it */
	enum kind kind;
	size_t offset;
	size_t size;		/* TEXT: the buffer's size */
	const char *fallback;
	long min, max;		/* NUMBER only */
	const char *const *choices;	/* TEXT only: NULL means any text */
	const char *help;
};

static const char *const nations[] = { "england-and-wales", "scotland", "northern-ireland", NULL };
static const char *const themes[] = { "auto", "colour", "monochrome", "high-contrast", NULL };
static const char *const channels[] = { "face_to_face", "phone", "email", "webchat",
	"social_media", "letter", "assisted_digital", NULL };

#define TEXT_FIELD(f) TEXT, offsetof(struct config, f), sizeof(((struct config *)0)->f)
#define NUMBER_FIELD(f) NUMBER, offsetof(struct config, f), sizeof(int)
#define YESNO_FIELD(f) YESNO, offsetof(struct config, f), sizeof(bool)

static const struct setting settings[] = {
	{ "database:conninfo", TEXT_FIELD(conninfo), "", 0, 0, NULL,
	  "libpq connection string; empty uses the PG* environment variables" },
	{ "database:schema", TEXT_FIELD(schema), "public", 0, 0, NULL,
	  "schema holding civicdesk's tables" },
	{ "council:name", TEXT_FIELD(council), "Borough of Eastmere", 0, 0, NULL,
	  "the council's name as residents know it" },
	{ "council:address", TEXT_FIELD(council_address),
	  "Town Hall, Market Street, Eastmere, EM1 1AA", 0, 0, NULL,
	  "the council's postal address for letterheads, lines separated by commas" },
	{ "council:phone", TEXT_FIELD(council_phone), "01632 960000", 0, 0, NULL,
	  "the council's main phone number, for scripts and letters" },
	{ "council:web", TEXT_FIELD(council_web), "www.eastmere.gov.uk", 0, 0, NULL,
	  "the council's website, for scripts and letters" },
	{ "council:nation", TEXT_FIELD(nation), "england-and-wales", 0, 0, nations,
	  "whose bank holidays count: england-and-wales, scotland or northern-ireland" },
	{ "session:channel", TEXT_FIELD(channel), "face_to_face", 0, 0, channels,
	  "channel a session starts on (call handlers start on phone, floorwalkers on "
	  "assisted_digital)" },
	{ "session:demo_signin", YESNO_FIELD(demo_signin), "no", 0, 0, NULL,
	  "let --as and a pick list choose the advisor (demo and training only)" },
	{ "session:search_limit", NUMBER_FIELD(search_limit), "50", 5, 500, NULL,
	  "most customers a search shows" },
	{ "terminal:escdelay_ms", NUMBER_FIELD(escdelay_ms), "200", 50, 2000, NULL,
	  "milliseconds a lone ESC waits for the rest of a key sequence (100-300 on slow links)" },
	{ "terminal:theme", TEXT_FIELD(theme), "auto", 0, 0, themes,
	  "auto, colour, monochrome or high-contrast (NO_COLOR also gives monochrome)" },
	{ "scripts:message", TEXT_FIELD(script_message), "", 0, 0, NULL,
	  "message of the week shown at the top of every script, e.g. a public health message; "
	  "empty: none" },
	{ "letters:pdf_helper", TEXT_FIELD(pdf_helper), "", 0, 0, NULL,
	  "program that draws letters as PDF; empty: civicdesk-pdf beside civicdesk, else on PATH" },
	{ "locales:dir", TEXT_FIELD(locales_dir), "/usr/share/civicdesk/locales", 0, 0, NULL,
	  "folder of the screens' translations (LANG.po) and the phrase catalogues shown to "
	  "customers (phrases/LANG.po)" },
	{ "interpreting:service", TEXT_FIELD(interpreting), "", 0, 0, NULL,
	  "the interpreting service advisors call, as they know it; empty: not set up" },
	{ "interpreting:phone", TEXT_FIELD(interpreting_phone), "", 0, 0, NULL,
	  "its phone number for a three-way call" },
	{ "interpreting:account", TEXT_FIELD(interpreting_account), "", 0, 0, NULL,
	  "the council's account code, which the service asks for" },
	{ "interpreting:bsl", TEXT_FIELD(interpreting_bsl), "", 0, 0, NULL,
	  "how to book a British Sign Language interpreter (a phone number or a web address)" },
	{ "forms:dir", TEXT_FIELD(forms_dir), "/usr/share/civicdesk/forms", 0, 0, NULL,
	  "folder of the service catalogue, scripts, letter templates and calendars" },
	{ "print:spool", TEXT_FIELD(spool_dir), "", 0, 0, NULL,
	  "folder receipts are written to for printing; empty: "
	  "$XDG_STATE_HOME/civicdesk/spool or ~/.local/state/civicdesk/spool" },
	{ "print:command", TEXT_FIELD(print_command), "", 0, 0, NULL,
	  "command given each spooled file's path to print it, e.g. lp -d counter1; "
	  "empty: files are only written" },
	{ "drafts:dir", TEXT_FIELD(drafts_dir), "", 0, 0, NULL,
	  "folder for drafts while the database is unreachable; empty: "
	  "$XDG_STATE_HOME/civicdesk or ~/.local/state/civicdesk" },
};

#define NSETTINGS (sizeof settings / sizeof settings[0])

struct problems {
	struct error *err;
	int count;
};

static void
problem(struct problems *p, const char *fmt, ...)
{
	char line[200];
	size_t used;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (p->err == NULL)
		return;
	if (p->count++ == 0) {
		error_set(p->err, STATUS_INVALID, "%s", line);
		return;
	}
	used = strlen(p->err->detail);
	snprintf(p->err->detail + used, sizeof p->err->detail - used, "; %s", line);
}

static bool
one_of(const char *value, const char *const *choices)
{
	for (; *choices != NULL; choices++)
		if (strcmp(value, *choices) == 0)
			return true;
	return false;
}

static void
store(struct config *cfg, const struct setting *s, const char *value, struct problems *p)
{
	char *field = (char *)cfg + s->offset;
	char *end;
	long n;

	switch (s->kind) {
	case TEXT:
		if (s->choices != NULL && !one_of(value, s->choices)) {
			problem(p, "%s: \"%s\" is not one of the allowed values", s->name, value);
			return;
		}
		if (strlen(value) >= s->size) {
			problem(p, "%s: longer than %zu characters", s->name, s->size - 1);
			return;
		}
		memcpy(field, value, strlen(value) + 1);
		return;
	case NUMBER:
		n = strtol(value, &end, 10);
		if (*value == '\0' || *end != '\0' || n < s->min || n > s->max) {
			problem(p, "%s: \"%s\" should be a number from %ld to %ld", s->name, value,
			    s->min, s->max);
			return;
		}
		*(int *)(void *)field = (int)n;
		return;
	case YESNO:
		if (strcmp(value, "yes") == 0 || strcmp(value, "true") == 0 || strcmp(value, "1") == 0)
			*(bool *)field = true;
		else if (strcmp(value, "no") == 0 || strcmp(value, "false") == 0 ||
		    strcmp(value, "0") == 0)
			*(bool *)field = false;
		else
			problem(p, "%s: \"%s\" should be yes or no", s->name, value);
		return;
	}
}

static const struct setting *
find(const char *name)
{
	for (size_t i = 0; i < NSETTINGS; i++)
		if (strcmp(settings[i].name, name) == 0)
			return &settings[i];
	return NULL;
}

void
config_defaults(struct config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	for (size_t i = 0; i < NSETTINGS; i++)
		store(cfg, &settings[i], settings[i].fallback, &(struct problems){ 0 });
}

/* iniparser reports syntax errors through a global callback with no context pointer. */
static char parse_error[400];

static int
keep_parse_error(const char *fmt, ...)
{
	va_list ap;

	if (parse_error[0] != '\0')
		return 0;
	va_start(ap, fmt);
	vsnprintf(parse_error, sizeof parse_error, fmt, ap);
	va_end(ap);
	return 0;
}

/* "iniparser: syntax error in F (12):\n-> text" becomes "F:12: syntax error near \"text\"". */
static void
syntax_error(const char *path, char *problem, size_t size)
{
	const char *line = strrchr(parse_error, '('), *near = strstr(parse_error, "-> ");
	int n = line != NULL ? atoi(line + 1) : 0;
	int len = near != NULL ? (int)strcspn(near + 3, "\n") : 0;

	snprintf(problem, size, "%s:%d: syntax error near \"%.*s\"", path, n, len,
	    near != NULL ? near + 3 : "");
}

dictionary *
config_ini_load(const char *path, char *problem, size_t size)
{
	dictionary *d;

	parse_error[0] = '\0';
	iniparser_set_error_callback(keep_parse_error);
	if ((d = iniparser_load(path)) == NULL && parse_error[0] != '\0')
		syntax_error(path, problem, size);
	else if (d == NULL)
		snprintf(problem, size, "%s:1: cannot be read", path);
	return d;
}

static void
check_known_keys(const dictionary *d, struct problems *p)
{
	int nsec = iniparser_getnsec(d);

	for (int s = 0; s < nsec; s++) {
		const char *sec = iniparser_getsecname(d, s);
		int nkeys = iniparser_getsecnkeys(d, sec);
		const char **keys;

		if (nkeys <= 0) {
			bool known = false;

			for (size_t i = 0; i < NSETTINGS; i++)
				if (strncmp(settings[i].name, sec, strlen(sec)) == 0 &&
				    settings[i].name[strlen(sec)] == ':')
					known = true;
			if (!known)
				problem(p, "[%s]: unknown section", sec);
			continue;
		}
		keys = calloc((size_t)nkeys, sizeof *keys);
		if (keys == NULL)
			return;
		iniparser_getseckeys(d, sec, keys);
		for (int k = 0; k < nkeys; k++)
			if (find(keys[k]) == NULL)
				problem(p, "%s: unknown setting", keys[k]);
		free(keys);
	}
}

enum status
config_load(struct config *cfg, const char *path, struct error *err)
{
	struct error scratch;
	struct problems p = { err != NULL ? err : &scratch, 0 };
	char detail[sizeof scratch.detail];
	dictionary *d;

	if (access(path, R_OK) != 0)
		return error_set(err, STATUS_IO_ERROR, "%s: cannot be read (%s)", path,
		    strerror(errno));
	if ((d = config_ini_load(path, detail, sizeof detail)) == NULL)
		return error_set(err, STATUS_INVALID, "%s", detail);
	check_known_keys(d, &p);
	for (size_t i = 0; i < NSETTINGS; i++) {
		const char *value = iniparser_getstring(d, settings[i].name, NULL);

		if (value != NULL)
			store(cfg, &settings[i], value, &p);
	}
	iniparser_freedict(d);
	if (p.count == 0)
		return STATUS_OK;
	snprintf(detail, sizeof detail, "%s", p.err->detail);
	return error_set(err, STATUS_INVALID, "%s: %s", path, detail);
}

void
config_each(void (*fn)(const char *name, const char *help, void *arg), void *arg)
{
	for (size_t i = 0; i < NSETTINGS; i++)
		fn(settings[i].name, settings[i].help, arg);
}
