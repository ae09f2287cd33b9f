/* civicdesk: the advisor's terminal application, and the subcommands that prepare a database. */
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>

#include "app.h"
#include "book.h"
#include "calendar.h"
#include "catalogue.h"
#include "commands.h"
#include "config.h"
#include "i18n.h"
#include "letter.h"
#include "migrate.h"
#include "screens.h"
#include "term.h"
#include "theme.h"


#define SYSTEM_CONFIG "/etc/civicdesk/civicdesk.ini"
#define DEMO_CUSTOMERS 10000
#define CONNECT_WAIT_MS 1500

static const char usage[] =
    "usage: civicdesk [--config FILE] [--as USERNAME]\n"
    "       civicdesk db migrate [--config FILE]\n"
    "       civicdesk db demo [--customers N] [--config FILE]\n"
    "       civicdesk forms check [DIR] [--config FILE]\n"
    "       civicdesk remind [--date YYYY-MM-DD] [--config FILE]\n"
    "       civicdesk letter REF [--template NAME] [--format text|pdf] [-o FILE]\n"
    "                [--set NAME=VALUE]... [--issue] [--as USERNAME] [--config FILE]\n"
    "       civicdesk settings\n"
    "       civicdesk --help | --version\n"
    "\n"
    "Without a subcommand, opens the advisor's screens on this terminal. The member of staff is\n"
    "the operating-system user; --as USERNAME (or a pick list) is allowed only when the\n"
    "configuration sets demo_signin = yes.\n"
    "\n"
    "  db migrate   apply the schema changes this version needs (safe to repeat)\n"
    "  db demo      load the fictional Borough of Eastmere: staff and 10,000 customers\n"
    "  forms check  check the service catalogue (DIR, else forms.dir): every problem as\n"
    "               file:line: message; exits 1 when there is one\n"
    "  remind       write the day-before reminders for appointments on --date (default\n"
    "               tomorrow) to the outbox; run it daily (safe to repeat)\n"
    "  letter       render the letter about case, appointment (AP-) or receipt (RCP-) REF:\n"
    "               --template acknowledgement, decision, appointment, receipt or\n"
    "               complaint-response (default: the first it can have); --set answers what\n"
    "               no record holds (decision.approved=yes, decision.reason=...); text to\n"
    "               standard output or -o FILE, PDF to -o FILE; --issue also keeps it on the\n"
    "               case and prints it. The plain-English check goes to standard error.\n"
    "  settings     list every configuration setting with its meaning\n"
    "\n"
    "The configuration file is --config, else $CIVICDESK_CONFIG, else " SYSTEM_CONFIG "\n"
    "when it exists. The database is database.conninfo there, else the PG* environment\n"
    "variables (PGHOST, PGDATABASE, PGUSER ...). See civicdesk(1).\n";

struct options {
	const char *config;
	const char *as;
	const char *command;	/* NULL, "migrate", "demo", "check", "remind", "letter", "settings" */
	const char *forms_dir;	/* forms check DIR */
	const char *date;	/* remind --date */
	int customers;
	struct letter_options letter;
};

static int
fail(const char *what, const char *detail)
{
	fprintf(stderr, "civicdesk: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	return 2;
}

static int
parse_args(int argc, char **argv, struct options *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			fputs(usage, stdout);
			exit(0);
		} else if (strcmp(a, "--version") == 0) {
			puts("civicdesk " CIVICDESK_VERSION);
			exit(0);
		} else if (strcmp(a, "--config") == 0 && i + 1 < argc)
			o->config = argv[++i];
		else if (strcmp(a, "--as") == 0 && i + 1 < argc)
			o->as = argv[++i];
		else if (strcmp(a, "--date") == 0 && i + 1 < argc)
			o->date = argv[++i];
		else if (strcmp(a, "--customers") == 0 && i + 1 < argc)
			o->customers = atoi(argv[++i]);
		else if (o->command != NULL && strcmp(o->command, "letter") == 0 &&
		    letter_option(&o->letter, argc, argv, &i))
			;
		else if (strcmp(a, "letter") == 0 && i + 1 < argc && o->command == NULL) {
			o->command = a;
			o->letter.reference = argv[++i];
		}
		else if (strcmp(a, "db") == 0 && i + 1 < argc && o->command == NULL &&
		    (strcmp(argv[i + 1], "migrate") == 0 || strcmp(argv[i + 1], "demo") == 0))
			o->command = argv[++i];
		else if (strcmp(a, "forms") == 0 && i + 1 < argc && o->command == NULL &&
		    strcmp(argv[i + 1], "check") == 0) {
			o->command = argv[++i];
			if (i + 1 < argc && argv[i + 1][0] != '-')
				o->forms_dir = argv[++i];
		} else if ((strcmp(a, "settings") == 0 || strcmp(a, "remind") == 0) &&
		    o->command == NULL)
			o->command = a;
		else {
			fprintf(stderr, "civicdesk: unexpected \"%s\"\n\n%s", a, usage);
			return -1;
		}
	}
	if (o->customers <= 0)
		o->customers = DEMO_CUSTOMERS;
	return 0;
}

static int
load_config(struct config *cfg, const char *path)
{
	struct error err;

	config_defaults(cfg);
	if (path == NULL)
		path = getenv("CIVICDESK_CONFIG");
	if (path == NULL && access(SYSTEM_CONFIG, F_OK) == 0)
		path = SYSTEM_CONFIG;
	if (path == NULL)
		return 0;
	if (config_load(cfg, path, &err) != STATUS_OK)
		return fail("configuration", err.detail);
	return 0;
}

static void
print_setting(const char *name, const char *help, void *arg)
{
	(void)arg;
	printf("%-24s %s\n", name, help);
}

/* The day-before reminders for appointments on date (YYYY-MM-DD; NULL: tomorrow). */
static int
remind(struct db *db, const char *date)
{
	struct date day = calendar_add_days(calendar_today(), 1);
	struct error err;
	int sent;

	if (date != NULL && !calendar_parse_date(date, &day))
		return fail("--date wants YYYY-MM-DD", date);
	if (book_remind(db, day, &sent, &err) != STATUS_OK)
		return fail("reminders not written", err.detail);
	printf("civicdesk: %d reminder(s) written to the outbox.\n", sent);
	return 0;
}

static int
run_db_command(const struct options *o, const struct config *cfg)
{
	struct db *db = db_open(cfg->conninfo, cfg->schema);
	struct error err;
	int applied, rc = 0;

	if (db == NULL)
		return fail("out of memory", NULL);
	if (db_wait(db, 10000, &err) != STATUS_OK)
		rc = fail("database", err.detail);
	else if (strcmp(o->command, "migrate") == 0) {
		if (migrate_apply(db, &applied, &err) != STATUS_OK)
			rc = fail("migration failed", err.detail);
		else
			printf("civicdesk: %d migration(s) applied; the schema is up to date.\n",
			    applied);
	} else if (strcmp(o->command, "remind") == 0) {
		rc = remind(db, o->date);
	} else {
		if (migrate_apply(db, &applied, &err) != STATUS_OK ||
		    migrate_demo(db, o->customers, &err) != STATUS_OK)
			rc = fail("demo data not loaded", err.detail);
		else
			printf("civicdesk: demo council ready (%d customers).\n", o->customers);
	}
	db_close(db);
	return rc;
}

static void
print_problem(const char *text, void *arg)
{
	(void)arg;
	printf("%s\n", text);
}

/*
 * Lints the catalogue, scripts, letters and calendar: what a council runs before shipping a
 * change to forms/.
 */
static int
check_forms(const struct options *o, const struct config *cfg)
{
	const char *dir = o->forms_dir != NULL ? o->forms_dir : cfg->forms_dir;
	struct catalogue *cat;
	struct calendar *cal;
	struct scripts *sc;
	struct error err;
	int problems;

	if ((cat = catalogue_load(dir, &err)) == NULL)
		return fail("forms", err.detail);
	if ((sc = scripts_load(dir, &err)) == NULL) {
		catalogue_free(cat);
		return fail("forms", err.detail);
	}
	for (int i = 0; i < cat->nproblems; i++)
		printf("%s\n", cat->problems[i]);
	for (int i = 0; i < scripts_problem_count(sc); i++)
		printf("%s\n", scripts_problem(sc, i));
	problems = cat->nproblems + scripts_problem_count(sc);
	problems += letter_check_files(dir, print_problem, NULL);
	if ((cal = calendar_open(dir, cfg->nation, &err)) == NULL) {
		printf("%s\n", err.detail);
		problems++;
	}
	printf("%d service line(s) ready, %d problem(s)\n", cat->count, problems);
	calendar_free(cal);
	scripts_free(sc);
	catalogue_free(cat);
	return problems > 0;
}

static const char *
os_username(void)
{
	const struct passwd *pw = getpwuid(getuid());

	return pw != NULL ? pw->pw_name : "";
}

static void
start_curses(const struct config *cfg)
{
	initscr();
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(cfg->escdelay_ms);
	theme_init(cfg->theme);
}

/*
 * The catalogue and calendar. Problems are shown on the home screen, not fatal: search and the
 * customer's record work without them.
 */
static int
load_forms(struct app *app)
{
	struct error err;

	app->catalogue = catalogue_load(app->cfg.forms_dir, &err);
	if (app->catalogue == NULL && err.status == STATUS_IO_ERROR) {
		snprintf(app->forms_problem, sizeof app->forms_problem, "%s", err.detail);
		app->catalogue = calloc(1, sizeof *app->catalogue);
	}
	if (app->catalogue == NULL)
		return fail("out of memory", NULL);
	app->calendar = calendar_open(app->cfg.forms_dir, app->cfg.nation, &err);
	if (app->calendar == NULL && app->forms_problem[0] == '\0')
		snprintf(app->forms_problem, sizeof app->forms_problem, "%s", err.detail);
	if ((app->scripts = scripts_load(app->cfg.forms_dir, &err)) == NULL)
		return fail("out of memory", NULL);
	if (scripts_problem_count(app->scripts) > 0 && app->forms_problem[0] == '\0')
		snprintf(app->forms_problem, sizeof app->forms_problem, "%s",
		    scripts_problem(app->scripts, 0));
	if ((app->phrasebook = phrasebook_load(app->cfg.locales_dir, &err)) == NULL)
		return fail("out of memory", NULL);
	if (app->phrasebook->nproblems > 0 && app->forms_problem[0] == '\0')
		snprintf(app->forms_problem, sizeof app->forms_problem, "%s",
		    app->phrasebook->problems[0]);
	return 0;
}

static int
run_screens(const struct options *o, struct app *app)
{
	const char *who = o->as;
	struct error err;
	int rc;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return fail("the advisor's screens need a terminal", "use a subcommand, or see --help");
	if (who != NULL && !app->cfg.demo_signin)
		return fail("--as is for demos and training",
		    "set demo_signin = yes in [session] to allow it");
	if (who == NULL && !app->cfg.demo_signin)
		who = os_username();
	app->session.cfg = &app->cfg;
	app->session.db = db_open(app->cfg.conninfo, app->cfg.schema);
	if (app->session.db == NULL)
		return fail("out of memory", NULL);
	session_identify_terminal(&app->session);
	if (load_forms(app) != 0)
		return 2;
	db_wait(app->session.db, CONNECT_WAIT_MS, &err);	/* the sign-in screen waits longer */

	start_curses(&app->cfg);
	app_reset(app, signin_screen_new(who));
	rc = app->top != NULL ? app_run(app) : 2;
	while (app->top != NULL) {
		struct screen *s = app->top;

		app->top = s->below;
		s->ops->close(s);
	}
	endwin();
	db_close(app->session.db);
	calendar_free(app->calendar);
	catalogue_free(app->catalogue);
	scripts_free(app->scripts);
	phrasebook_free(app->phrasebook);
	i18n_end();
	return rc;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	static struct app app;
	int rc;

	setlocale(LC_ALL, "");
	term_init();
	if (parse_args(argc, argv, &o) != 0)
		return 2;
	if (o.command != NULL && strcmp(o.command, "settings") == 0) {
		config_each(print_setting, NULL);
		return 0;
	}
	if ((rc = load_config(&app.cfg, o.config)) != 0)
		return rc;
	if (o.command != NULL && strcmp(o.command, "check") == 0)
		return check_forms(&o, &app.cfg);
	if (o.command != NULL && strcmp(o.command, "letter") == 0)
		return command_letter(&o.letter, &app.cfg, o.as, os_username());
	if (o.command != NULL)
		return run_db_command(&o, &app.cfg);
	return run_screens(&o, &app);
}
