/*
 * Ending a contact: why the customer got in touch, whether it was resolved at the first point
 * of contact, whether it was avoidable (failure demand) and how satisfied they were. Assisted
 * digital sessions also record the online task, how far the customer got and what stood in the way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contact.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"

static const struct choice yes_no[] = {
	{ "", N_("(choose)") },
	{ "yes", N_("Yes") },
	{ "no", N_("No") },
	{ NULL, NULL },
};

static const struct choice completion[] = {
	{ "", N_("(choose)") },
	{ "alone", N_("Completed alone") },
	{ "with_help", N_("Completed with help") },
	{ "not_completed", N_("Not completed") },
	{ NULL, NULL },
};

enum { F_REASON, F_RESOLVED, F_FAILURE, F_SATISFACTION, F_NOTES, F_TASK, F_COMPLETION,
	F_BARRIER, F_SIGNPOSTED, F_COUNT };

struct outcome_screen {
	struct screen base;
	struct contact_outcome outcome;
	char resolved[4];
	struct form_field fields[F_COUNT];
	struct form form;
	char request[DB_REQUEST_ID_LEN];
	bool assisted;
};

static void
outcome_draw(struct screen *s, struct app *app)
{
	struct outcome_screen *os = (struct outcome_screen *)s;
	char line[256];
	int cy = -1, cx = -1;

	snprintf(line, sizeof line, _("End the contact with %s (started %s)."),
	    app->contact.customer_name, app->contact.started);
	text_put(1, 2, COLS - 4, line, A_NORMAL, true);
	form_draw(&os->form, 3, LINES - 6, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
outcome_contexts(struct screen *s)
{
	return form_contexts(&((struct outcome_screen *)s)->form);
}

/* The form's own checks, with the message beside the field that needs attention. */
static bool
complete(struct outcome_screen *os)
{
	static const int needed[] = { F_REASON, F_RESOLVED, F_TASK, F_COMPLETION };
	int first_bad = -1;

	for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++) {
		struct form_field *fl = &os->fields[needed[i]];

		fl->message[0] = '\0';
		if (needed[i] >= os->form.count || fl->value[0] != '\0')
			continue;
		snprintf(fl->message, sizeof fl->message, "%s", _("Needed"));
		fl->is_error = true;
		if (first_bad < 0)
			first_bad = needed[i];
	}
	if (first_bad >= 0)
		form_focus(&os->form, first_bad);
	return first_bad < 0;
}

static void
finish(struct outcome_screen *os, struct app *app)
{
	long long customer_id = app->contact.customer_id;
	struct error err;
	bool resolved;

	if (!complete(os)) {
		app_message(app, MESSAGE_ERROR, "%s", _("Please complete the fields marked !"));
		return;
	}
	os->outcome.resolved_first = strcmp(os->resolved, "yes") == 0;
	if (contact_end(&app->session, os->request, app->contact.id, &os->outcome, &err) !=
	    STATUS_OK && err.status != STATUS_NOT_FOUND) {
		app_message(app, MESSAGE_ERROR, _("Contact not ended: %s"), err.detail);
		return;
	}
	resolved = os->outcome.resolved_first;
	memset(&app->contact, 0, sizeof app->contact);
	screens_open_customer(app, customer_id, false);		/* closes this screen */
	app_message(app, MESSAGE_INFO, "%s", resolved ?
	    _("Contact ended: resolved at first point of contact.") :
	    _("Contact ended: not resolved at first point of contact."));
}

static enum key_result
outcome_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct outcome_screen *os = (struct outcome_screen *)s;
	int left;

	if (a == ACTION_SAVE) {
		finish(os, app);
		return KEY_USED;
	}
	switch (form_key(&os->form, a, key, wide, &left)) {
	case FORM_UNUSED:
		return KEY_UNUSED;
	case FORM_EDITED:
		os->fields[os->form.focus].message[0] = '\0';
		db_new_request_id(os->request);
		break;
	default:
		break;
	}
	return KEY_USED;
}

static void
outcome_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops outcome_ops = {
	.title = N_("End contact"),
	.contexts = outcome_contexts,
	.draw = outcome_draw,
	.key = outcome_key,
	.close = outcome_close,
};

#define TEXT(buf, lbl, hlp, req) \
	{ .label = (lbl), .help = (hlp), .value = (buf), .size = sizeof(buf), .required = (req) }
#define CHOICE(buf, lbl, hlp, list, req) \
	{ .label = (lbl), .help = (hlp), .value = (buf), .size = sizeof(buf), .choices = (list), \
	  .required = (req) }

struct screen *
outcome_screen_new(struct app *app)
{
	struct outcome_screen *os = calloc(1, sizeof *os);
	struct contact_outcome *o;

	if (os == NULL)
		return NULL;
	o = &os->outcome;
	os->base.ops = &outcome_ops;
	os->assisted = strcmp(app->session.channel, "assisted_digital") == 0;
	snprintf(o->ad_barrier, sizeof o->ad_barrier, "none");
	struct form_field fields[F_COUNT] = {
		[F_REASON] = TEXT(o->reason, N_("Reason"),
		    N_("What the customer got in touch about, in a few words"), true),
		[F_RESOLVED] = CHOICE(os->resolved, N_("Resolved"),
		    N_("Was it resolved at this first point of contact? (Space to choose)"), yes_no,
		    true),
		[F_FAILURE] = CHOICE(o->failure_demand, N_("Avoidable?"),
		    N_("Could this contact have been avoided? Pick why, or Not avoidable"),
		    contact_failure_demand, false),
		[F_SATISFACTION] = CHOICE(o->satisfaction, N_("Satisfaction"),
		    N_("Only if the customer gave a rating"), contact_satisfaction, false),
		[F_NOTES] = TEXT(o->notes, N_("Notes"), N_("Anything the next advisor should know"),
		    false),
		[F_TASK] = TEXT(o->ad_task, N_("Online task"),
		    N_("What the customer was doing online, e.g. apply for a parking permit"), true),
		[F_COMPLETION] = CHOICE(o->ad_completion, N_("Completed?"),
		    N_("Did the customer complete it alone, with help, or not at all?"), completion,
		    true),
		[F_BARRIER] = CHOICE(o->ad_barrier, N_("Barrier"),
		    N_("What made it hard to do online"), contact_ad_barriers, false),
		[F_SIGNPOSTED] = TEXT(o->ad_signposted, N_("Signposted to"),
		    N_("Digital skills course or other help offered, if any"), false),
	};
	memcpy(os->fields, fields, sizeof fields);
	form_init(&os->form, os->fields, os->assisted ? F_COUNT : F_TASK);
	db_new_request_id(os->request);
	return &os->base;
}
