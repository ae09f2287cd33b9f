/* civicdesk.ini, read once at start-up into one struct. */
#ifndef CIVICDESK_CONFIG_H
#define CIVICDESK_CONFIG_H

#include <stdbool.h>

#include "status.h"

struct config {
	char conninfo[1024];	/* libpq conninfo; empty: the PG* environment variables */
	char schema[64];	/* search_path for every connection */
	char council[128];	/* the council's name, for the status line and letters */
	char council_address[256];	/* letterhead: lines separated by commas */
	char council_phone[32];
	char council_web[128];
	char script_message[512];	/* message of the week, shown at the top of every script */
	char pdf_helper[512];	/* the program that draws letters as PDF; "" beside civicdesk */
	char locales_dir[512];	/* translations of the screens and customers' phrase catalogues */
	char interpreting[96];	/* the interpreting service's name */
	char interpreting_phone[32];
	char interpreting_account[32];	/* the council's account code with it */
	char interpreting_bsl[160];	/* how to book a British Sign Language interpreter */
	char nation[32];	/* england-and-wales, scotland or northern-ireland */
	char channel[32];	/* channel a session starts on when the role has no natural one */
	int escdelay_ms;	/* how long a lone ESC waits for the rest of a key sequence */
	char theme[24];		/* auto, colour, monochrome or high-contrast */
	char drafts_dir[512];	/* where drafts wait while the database is unreachable */
	char forms_dir[512];	/* the service catalogue, scripts, letters and calendars */
	char spool_dir[512];	/* where receipts (and letters) are written to be printed */
	char print_command[512];	/* run with the file's path as its argument; "" none */
	bool demo_signin;	/* allow --as and the staff pick list (demo and training only) */
	int search_limit;	/* rows shown for a search */
};

/* Fills cfg with the built-in defaults (the values documented in civicdesk.ini). */
void config_defaults(struct config *cfg);

/*
 * Reads path over the defaults already in cfg. Every problem is reported, with the setting's
 * name, in err->detail (several separated by "; "). Unknown sections or keys are errors too, so
 * a misspelt setting is never silently ignored.
 */
enum status config_load(struct config *cfg, const char *path, struct error *err);

struct _dictionary_;

/*
 * iniparser_load with iniparser's own messages kept from the screen: NULL with problem set to
 * "path:LINE: syntax error near \"text\"" (or that it cannot be read) when it fails. For every
 * INI file civicdesk reads, settings and forms alike.
 */
struct _dictionary_ *config_ini_load(const char *path, char *problem, size_t size);

/* Calls fn for each setting with its name ("section:key") and its one-line description. */
void config_each(void (*fn)(const char *name, const char *help, void *arg), void *arg);

#endif
