/* Who is signed in, where, on which channel: the context every core/ call that writes is given. */
#ifndef CIVICDESK_SESSION_H
#define CIVICDESK_SESSION_H

#include <stdbool.h>

#include "choice.h"
#include "db.h"
#include "status.h"

struct config;

struct staff {
	int id;
	char username[64];
	char first_name[64];
	char last_name[64];
	char team[64];
	char role[16];			/* advisor, call_handler, floorwalker, supervisor, admin */
	int service_point_id;
	char service_point[96];		/* its name */
	bool script_panel;		/* shows the script beside forms */
	char ui_language[8];		/* the screens' language: en, cy */
};

struct session {
	const struct config *cfg;	/* borrowed */
	struct db *db;			/* borrowed */
	struct staff staff;
	char channel[24];		/* the channel new contacts start on */
	char terminal[96];		/* host and tty, for the audit trail */
};

extern const struct choice session_roles[];
extern const struct choice session_channels[];

/* What a role may do: checked here so every caller, screen or subcommand, gets the same answer. */
enum permission {
	MAY_VIEW_CUSTOMER,
	MAY_EDIT_CUSTOMER,
	MAY_CREATE_CUSTOMER,
	MAY_RECORD_CONTACT,
	MAY_TAKE_PAYMENT,
	MAY_VOID_PAYMENT,		/* a supervisor's: a void is a new record, never an edit */
	MAY_CLOSE_SERVICE_POINT,	/* the service point's end-of-day cash-up */
};

bool session_may(const struct session *s, enum permission what);

/* Looks up an active member of staff by username and fills s->staff. */
enum status session_sign_in(struct session *s, const char *username, struct error *err);

/* Remembers whether this advisor wants the script beside forms, from this session on. */
enum status session_set_script_panel(struct session *s, bool on, struct error *err);

/* Keeps the language of this advisor's screens (en, cy) for their next sessions. */
enum status session_set_ui_language(struct session *s, const char *code, struct error *err);

/* The channel a role starts on: phone for call handlers, assisted digital for floorwalkers. */
const char *session_default_channel(const char *role, const char *configured);

/*
 * Lists active staff for the demo pick list: *out is an array of *count entries the caller frees
 * with free().
 */
enum status session_staff_list(struct db *db, struct staff **out, int *count, struct error *err);

/* Fills s->terminal from the host name and the controlling terminal. */
void session_identify_terminal(struct session *s);

#endif
