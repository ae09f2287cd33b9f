/*
 * Language support at the counter and on the phone: the customer's needs shown as the contact
 * starts, the steps to get an interpreter and the record of one used, the "I speak" card for a
 * customer whose language is not known, and phrases shown in the customer's own language.
 *
 * A catalogue's own script is shown only where the terminal has it; elsewhere its name in
 * Latin letters and a note say what would be shown, never characters it would garble.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "language.h"
#include "screen_choose.h"
#include "screens.h"
#include "term.h"
#include "text.h"
#include "theme.h"
#include "widget_list.h"

/* What the language screens are about: the customer on screen, as read. */
struct about {
	struct customer customer;
	char reference[32];		/* their latest case's, for the reference phrase; "" none */
};

/* A language's own name as this terminal can show it. */
static const char *
shown_name(const struct phrase_language *l)
{
	if (term_can_show(l->native))
		return l->native;
	return term_can_show(l->latin) ? l->latin : l->ascii;
}

/* Interpreting ----------------------------------------------------------------------------- */

struct interpreter_screen {
	struct screen base;
	struct about about;
	int kind;			/* language_interpreting_kinds, once chosen */
};

static const char *
or_unset(const char *value)
{
	return value[0] != '\0' ? value : _("(not set up: ask a supervisor)");
}

static void
interpreter_draw(struct screen *s, struct app *app)
{
	struct interpreter_screen *is = (struct interpreter_screen *)s;
	const struct config *cfg = &app->cfg;
	const struct customer *c = &is->about.customer;
	bool bsl = strcmp(c->interpreter, "bsl") == 0;
	char line[400];
	int y = 1;

	snprintf(line, sizeof line, _("Interpreter for %s %s: %s"), c->first_name, c->last_name,
	    bsl ? _("British Sign Language") : c->language);
	text_put(y++, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	app_cursor(app, 1, 2);
	y++;
	snprintf(line, sizeof line, _("1. Call %s on %s. Account code: %s."),
	    or_unset(cfg->interpreting), or_unset(cfg->interpreting_phone),
	    or_unset(cfg->interpreting_account));
	y += text_wrap(y, 2, COLS - 4, 3, line, A_NORMAL);
	snprintf(line, sizeof line, _("2. Ask for a %s interpreter. Tell them the council and "
	    "your name."), bsl ? _("British Sign Language") : c->language);
	y += text_wrap(y, 2, COLS - 4, 2, line, A_NORMAL);
	y += text_wrap(y, 2, COLS - 4, 3, _("3. On the phone: put the customer on hold, call the "
	    "service, then join the calls (three-way call). At the desk: use the speaker phone or "
	    "video."), A_NORMAL);
	y += text_wrap(y, 2, COLS - 4, 3, _("4. For a face-to-face interpreter, book through the "
	    "service at least two working days ahead."), A_NORMAL);
	snprintf(line, sizeof line, _("5. British Sign Language: %s"),
	    or_unset(cfg->interpreting_bsl));
	y += text_wrap(y, 2, COLS - 4, 2, line, A_NORMAL);
	y += text_wrap(y, 2, COLS - 4, 2, _("6. Note the interpreter's ID number and how long "
	    "it took."), A_NORMAL);
	y++;
	text_put(y, 2, COLS - 4, app->contact.id != 0 && app->contact.customer_id == c->id ?
	    _("F10 records the interpreting on this contact.") :
	    _("Start a contact with the customer to record interpreting."),
	    theme_attr(STYLE_HINT), true);
}

static unsigned
interpreter_contexts(struct screen *s)
{
	(void)s;
	return CTX_INTERPRETER | CTX_VIEW;
}

static bool
record(struct app *app, char *const *values, void *arg)
{
	struct interpreter_screen *is = arg;
	const struct customer *c = &is->about.customer;
	char request[DB_REQUEST_ID_LEN];
	struct language_interpreting li = {
		strcmp(c->interpreter, "bsl") == 0 ? "British Sign Language" : c->language,
		language_interpreting_kinds[is->kind].code, atoi(values[0]), values[1] };
	struct error err;
	long long id;

	db_new_request_id(request);
	if (language_record_interpreting(&app->session, request, app->contact.id, &li, &id,
	    &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not recorded: %s"), _(err.detail));
		return false;
	}
	app_message(app, MESSAGE_INFO, _("Interpreting recorded: %s, %d minutes."), li.language,
	    li.minutes);
	return true;		/* the prompt closes; the steps below stay */
}

static bool
kind_chosen(struct app *app, int row, void *arg)
{
	static const char *const labels[] = { N_("Minutes"), N_("Interpreter's ID (optional)") };
	static const char *const helps[] = { N_("How long the interpreting took, 1 to 600"),
		N_("As the interpreting service gave it") };
	const char *shown[2] = { _(labels[0]), _(labels[1]) };
	const char *help[2] = { _(helps[0]), _(helps[1]) };
	struct interpreter_screen *is = arg;

	is->kind = row;
	app_pop(app);		/* the list */
	app_push(app, prompt_screen_new(_("Record interpreting"), _("How long did it take?"),
	    shown, help, 2, record, is));
	return false;
}

static enum key_result
interpreter_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct interpreter_screen *is = (struct interpreter_screen *)s;
	const char *labels[8];
	int n = 0;

	(void)key;
	(void)wide;
	if (a != ACTION_SAVE)
		return KEY_UNUSED;
	if (app->contact.id == 0 || app->contact.customer_id != is->about.customer.id) {
		app_message(app, MESSAGE_ERROR, "%s", _("There is no contact in progress with this "
		    "customer."));
		return KEY_USED;
	}
	for (; language_interpreting_kinds[n].code != NULL && n < 8; n++)
		labels[n] = _(language_interpreting_kinds[n].label);
	app_push(app, choose_screen_new(N_("Record interpreting"), _("How was it interpreted?"),
	    labels, n, strcmp(is->about.customer.interpreter, "bsl") == 0 ? 3 : 0, kind_chosen,
	    is, false));
	return KEY_USED;
}

static void
free_screen(struct screen *s)
{
	free(s);
}

static const struct screen_ops interpreter_ops = {
	.title = N_("Interpreter"),
	.contexts = interpreter_contexts,
	.draw = interpreter_draw,
	.key = interpreter_key,
	.close = free_screen,
};

static struct screen *
interpreter_screen_new(const struct about *about)
{
	struct interpreter_screen *is = calloc(1, sizeof *is);

	if (is == NULL)
		return NULL;
	is->base.ops = &interpreter_ops;
	is->about = *about;
	return &is->base;
}

/* A phrase in the customer's language ------------------------------------------------------ */

struct phrase_screen {
	struct screen base;
	const struct phrase_language *lang;
	const char *english;
	char text[400];			/* the phrase, %s filled */
	char in_english[400];
};

static void
phrase_draw(struct screen *s, struct app *app)
{
	struct phrase_screen *ps = (struct phrase_screen *)s;
	const struct phrase_language *l = ps->lang;
	char line[400];
	int y = 2;

	snprintf(line, sizeof line, "%s (%s)", shown_name(l), l->name);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	app_cursor(app, 1, 2);
	if (term_can_show(ps->text)) {
		y += 1 + text_wrap(y + 1, 4, COLS - 8, 6, ps->text, theme_attr(STYLE_NOTICE));
	} else {
		snprintf(line, sizeof line, _("This terminal cannot show %s writing. Show the "
		    "customer this phrase on a screen that can, or print it."), l->name);
		y += 1 + text_wrap(y + 1, 4, COLS - 8, 3, line, theme_attr(STYLE_WARNING));
	}
	y++;
	text_put(y++, 2, COLS - 4, _("In English:"), theme_attr(STYLE_LABEL), true);
	y += text_wrap(y, 4, COLS - 8, 4, ps->in_english, A_NORMAL);
	if (strcmp(l->review, "reviewed") != 0)
		text_wrap(y + 1, 2, COLS - 4, 2, _("Draft translation: not yet checked by a "
		    "qualified translator."), theme_attr(STYLE_HINT));
}

static unsigned
phrase_contexts(struct screen *s)
{
	(void)s;
	return CTX_VIEW;
}

static const struct screen_ops phrase_ops = {
	.title = N_("Phrase"),
	.contexts = phrase_contexts,
	.draw = phrase_draw,
	.close = free_screen,
};

/* Fills %s in a phrase with the reference, when it has one. */
static void
fill_phrase(char *out, size_t size, const char *phrase, const char *reference)
{
	const char *at = strstr(phrase, "%s");

	if (at == NULL)
		snprintf(out, size, "%s", phrase);
	else
		snprintf(out, size, "%.*s%s%s", (int)(at - phrase), phrase,
		    reference[0] ? reference : "...", at + 2);
}

struct phrase_pick {
	const struct phrase_language *lang;
	char reference[32];
};

static bool
phrase_chosen(struct app *app, int row, void *arg)
{
	struct phrase_pick *pick = arg;
	struct phrase_screen *ps = calloc(1, sizeof *ps);
	const char *english = language_phrases[row];
	const char *translated = phrase_text(pick->lang, english);

	if (ps == NULL)
		return true;
	ps->base.ops = &phrase_ops;
	ps->lang = pick->lang;
	ps->english = english;
	fill_phrase(ps->text, sizeof ps->text, translated ? translated : english, pick->reference);
	fill_phrase(ps->in_english, sizeof ps->in_english, english, pick->reference);
	app_pop(app);		/* the list: Esc Esc from the phrase goes back to the record */
	app_push(app, &ps->base);
	return false;
}

static void
pick_phrase(struct app *app, const struct about *about)
{
	const char *language = language_written(&about->customer);
	const struct phrase_language *lang = phrasebook_find(app->phrasebook, language);
	struct phrase_pick *pick;
	const char *labels[16];
	char intro[200];
	int n = 0;

	if (lang == NULL) {
		app_message(app, MESSAGE_ERROR, _("There are no phrases in %s yet: use an "
		    "interpreter, or the I speak card if the language is not known."), language);
		return;
	}
	if ((pick = calloc(1, sizeof *pick)) == NULL)
		return;
	pick->lang = lang;
	snprintf(pick->reference, sizeof pick->reference, "%s", about->reference);
	for (; language_phrases[n] != NULL && n < 16; n++)
		labels[n] = _(language_phrases[n]);
	snprintf(intro, sizeof intro, _("Which phrase? It is shown in %s."), lang->name);
	app_push(app, choose_screen_new(N_("Phrases"), intro, labels, n, 0, phrase_chosen, pick,
	    true));
}

/* The "I speak" card ----------------------------------------------------------------------- */

struct ispeak_screen {
	struct screen base;
	struct about about;
	bool has_customer;
	struct list list;
};

static int
card_rows(void)
{
	return LINES - 3 - 5;
}

static void
ispeak_draw(struct screen *s, struct app *app)
{
	struct ispeak_screen *is = (struct ispeak_screen *)s;
	const struct phrasebook *pb = app->phrasebook;
	int rows = card_rows();

	text_put(1, 2, COLS - 4, _("I speak ... Please point to your language."),
	    theme_attr(STYLE_HEADING), true);
	text_put(2, 2, COLS - 4, is->has_customer ? _("Enter records it on the customer's "
	    "record.") : _("Enter shows phrases in that language."), theme_attr(STYLE_HINT), true);
	list_clamp(&is->list, rows);
	for (int i = is->list.top; i < pb->count && i - is->list.top < rows; i++) {
		const struct phrase_language *l = &pb->languages[i];
		const char *speak = phrase_text(l, PHRASE_I_SPEAK);
		char line[300];
		int y = 4 + i - is->list.top;

		/* Its own words where the terminal has its script; its name in Latin letters else. */
		if (speak != NULL && term_can_show(speak) && term_can_show(l->native))
			snprintf(line, sizeof line, "%s - %s", l->native, speak);
		else
			snprintf(line, sizeof line, "%s", shown_name(l));
		text_put(y, 2, 2, i == is->list.selected ? ">" : " ", A_NORMAL, true);
		text_put(y, 4, COLS / 2 + 4, line, theme_attr(i == is->list.selected ?
		    STYLE_SELECTED : STYLE_NORMAL), true);
		text_put(y, COLS / 2 + 9, COLS / 2 - 11, l->name, theme_attr(STYLE_LABEL), true);
		if (i == is->list.selected)
			app_cursor(app, y, 2);
	}
}

static unsigned
ispeak_contexts(struct screen *s)
{
	(void)s;
	return CTX_LIST | CTX_VIEW;
}

static void
record_language(struct ispeak_screen *is, struct app *app, const struct phrase_language *l)
{
	char request[DB_REQUEST_ID_LEN];
	struct customer after;
	struct error err;

	db_new_request_id(request);
	if (language_set_spoken(&app->session, request, &is->about.customer, l->name, &after,
	    &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not recorded: %s"), _(err.detail));
		return;
	}
	app_message(app, MESSAGE_INFO, _("Recorded: %s %s speaks %s."), after.first_name,
	    after.last_name, l->name);
	app_pop(app);		/* back to the record, which reloads */
}

static enum key_result
ispeak_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct ispeak_screen *is = (struct ispeak_screen *)s;
	const struct phrase_language *l;

	(void)key;
	(void)wide;
	is->list.count = app->phrasebook->count;
	if (list_move(&is->list, a, card_rows()))
		return KEY_USED;
	if (a != ACTION_OPEN || is->list.count == 0)
		return KEY_UNUSED;
	l = &app->phrasebook->languages[is->list.selected];
	if (is->has_customer) {
		record_language(is, app, l);
	} else {
		struct about about = is->about;

		snprintf(about.customer.language, sizeof about.customer.language, "%s", l->name);
		pick_phrase(app, &about);
	}
	return KEY_USED;
}

static const struct screen_ops ispeak_ops = {
	.title = N_("I speak"),
	.contexts = ispeak_contexts,
	.draw = ispeak_draw,
	.key = ispeak_key,
	.close = free_screen,
};

static struct screen *
ispeak_screen_new(struct app *app, const struct about *about)
{
	struct ispeak_screen *is = calloc(1, sizeof *is);

	if (is == NULL)
		return NULL;
	is->base.ops = &ispeak_ops;
	if (about != NULL)
		is->about = *about;
	is->has_customer = about != NULL;
	is->list.count = app->phrasebook->count;
	return &is->base;
}

/* The menu and the prompt at the start of a contact ---------------------------------------- */

enum { DO_ISPEAK, DO_PHRASE, DO_INTERPRETER, DO_COUNT };

static const char *const menu[] = {
	N_("I speak card: the customer points to their language"),
	N_("Show a phrase in the customer's language"),
	N_("Interpreter: how to get one, and record it"),
};

static void
open_choice(struct app *app, int what, const struct about *about)
{
	switch (what) {
	case DO_ISPEAK:
		app_push(app, ispeak_screen_new(app, about));
		break;
	case DO_PHRASE:
		pick_phrase(app, about);
		break;
	default:
		app_push(app, interpreter_screen_new(about));
		break;
	}
}

static bool
menu_chosen(struct app *app, int row, void *arg)
{
	struct about about = *(struct about *)arg;

	app_pop(app);		/* the menu, and arg with it */
	open_choice(app, row, &about);
	return false;
}

void
screens_language(struct app *app, const struct customer *c, const char *reference)
{
	struct about *about = calloc(1, sizeof *about);
	const char *labels[DO_COUNT];

	if (about == NULL)
		return;
	about->customer = *c;
	snprintf(about->reference, sizeof about->reference, "%s", reference);
	for (int i = 0; i < DO_COUNT; i++)
		labels[i] = _(menu[i]);
	app_push(app, choose_screen_new(N_("Language support"), _("What does the customer "
	    "need?"), labels, DO_COUNT, strcmp(c->interpreter, "none") != 0 ? DO_INTERPRETER : 0,
	    menu_chosen, about, true));
}

struct needs_screen {
	struct screen base;
	struct about about;
};

static void
needs_draw(struct screen *s, struct app *app)
{
	struct needs_screen *ns = (struct needs_screen *)s;
	const struct customer *c = &ns->about.customer;
	char needs[400], line[200];
	int y = 2;

	text_put(1, 2, COLS - 4, _("BEFORE YOU START: this customer has told us what they need"),
	    theme_attr(STYLE_NOTICE), true);
	app_cursor(app, 1, 2);	/* a screen reader starts at the banner */
	snprintf(line, sizeof line, "%s %s", c->first_name, c->last_name);
	text_put(++y, 4, COLS - 8, line, theme_attr(STYLE_HEADING), true);
	language_needs_text(c, i18n_text, needs, sizeof needs);
	y += 2 + text_wrap(y + 2, 4, COLS - 8, 6, needs, theme_attr(STYLE_NOTICE));
	y++;
	text_put(y++, 4, COLS - 8, _("Enter: noted, go on to the record"), A_NORMAL, true);
	if (strcmp(c->interpreter, "none") != 0)
		text_put(y++, 4, COLS - 8, _("I: get an interpreter now (the steps)"), A_NORMAL,
		    true);
	text_put(y++, 4, COLS - 8, _("L: more language support (I speak card, phrases)"),
	    A_NORMAL, true);
}

static unsigned
needs_contexts(struct screen *s)
{
	(void)s;
	return CTX_VIEW | CTX_LIST;
}

static enum key_result
needs_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct needs_screen *ns = (struct needs_screen *)s;
	struct about about = ns->about;

	if (a == ACTION_OPEN) {
		app_pop(app);
		return KEY_USED;
	}
	(void)wide;		/* letters arrive as wide characters */
	if (a != ACTION_NONE)
		return KEY_UNUSED;
	if (key == 'i' || key == 'I') {
		app_pop(app);
		open_choice(app, DO_INTERPRETER, &about);
		return KEY_USED;
	}
	if (key == 'l' || key == 'L') {
		app_pop(app);
		screens_language(app, &about.customer, about.reference);
		return KEY_USED;
	}
	return KEY_UNUSED;
}

static const struct screen_ops needs_ops = {
	.title = N_("Before you start"),
	.contexts = needs_contexts,
	.draw = needs_draw,
	.key = needs_key,
	.close = free_screen,
};

void
screens_needs_prompt(struct app *app, const struct customer *c, const char *reference)
{
	struct needs_screen *ns;

	if (!language_has_needs(c) || (ns = calloc(1, sizeof *ns)) == NULL)
		return;
	ns->base.ops = &needs_ops;
	ns->about.customer = *c;
	snprintf(ns->about.reference, sizeof ns->about.reference, "%s", reference);
	app_push(app, &ns->base);
}

void
screens_ispeak(struct app *app)
{
	app_push(app, ispeak_screen_new(app, NULL));
}

/* Ctrl-O: the language of these screens ---------------------------------------------------- */

static bool
screen_language_chosen(struct app *app, int row, void *arg)
{
	const char *code = i18n_languages[row].code;
	struct error err;

	(void)arg;
	if (i18n_use(app->cfg.locales_dir, code, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not changed: %s"), err.detail);
		return true;
	}
	if (session_set_ui_language(&app->session, code, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Changed for now, but not kept: %s"), err.detail);
	else
		app_message(app, MESSAGE_INFO, _("These screens are now in %s."),
		    i18n_languages[row].label);
	return true;
}

void
screens_screen_language(struct app *app)
{
	const char *labels[8];
	int n = 0, current = 0;

	for (; i18n_languages[n].code != NULL && n < 8; n++) {
		labels[n] = i18n_languages[n].label;	/* each in its own language */
		if (strcmp(i18n_languages[n].code, i18n_language()) == 0)
			current = n;
	}
	app_push(app, choose_screen_new(N_("Language of these screens"), _("Which language? "
	    "It is kept for you."), labels, n, current, screen_language_chosen, NULL, false));
}
