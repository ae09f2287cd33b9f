/*
 * Letters about a case or an appointment (F7): pick the letter (or one sent before, to reprint),
 * answer what no record holds (a decision and its reason), then read the preview with its
 * plain-English check before issuing it. Issuing keeps it on the case and prints it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "letter.h"
#include "screen_choose.h"
#include "screens.h"
#include "text.h"
#include "theme.h"

#define CHECK_ROWS 5		/* the plain-English check above the letter */
#define MAX_ANSWERS 4

struct letter_screen {
	struct screen base;
	char reference[LETTER_ABOUT_LEN];
	enum letter_outcome outcome;
	char answer[MAX_ANSWERS][256];	/* to letter_questions(outcome), in order */
	struct letter letter;		/* the preview */
	bool prepared;
	char problem[256];
	char request[DB_REQUEST_ID_LEN];	/* the issue: one letter however often F10 is pressed */
	int top;			/* first line of the letter shown */
};

static int
text_rows(void)
{
	return LINES - 3 - 1 - CHECK_ROWS - 1;
}

/* The answers as the template's names: decision.approved = "yes" ... */
static void
answers_of(const struct letter_screen *ls, struct template_value out[MAX_ANSWERS + 1])
{
	const struct letter_question *q = letter_questions(ls->outcome);
	int n = 0;

	for (; q[n].name != NULL && n < MAX_ANSWERS; n++)
		out[n] = (struct template_value){ q[n].name, ls->answer[n] };
	out[n] = (struct template_value){ NULL, NULL };
}

static void
prepare(struct letter_screen *ls, struct app *app, bool preview)
{
	struct template_value answers[MAX_ANSWERS + 1];
	struct error err;

	letter_free(&ls->letter);
	answers_of(ls, answers);
	ls->prepared = letter_prepare(&app->session, app->catalogue, ls->reference, ls->outcome,
	    answers, preview, &ls->letter, &err) == STATUS_OK;
	if (!ls->prepared)
		snprintf(ls->problem, sizeof ls->problem, "%s", err.detail);
}

/* The check, in five lines: scores, sentences, passives, jargon and what is missing. */
static void
draw_check(const struct letter *l)
{
	const struct plain_report *r = &l->report;
	char line[400], found[300] = "";
	size_t used = 0;

	plain_summary(r, line, sizeof line);
	move(3, 0);
	clrtoeol();
	text_wrap(2, 2, COLS - 4, 2, line, theme_attr(r->reading_ease >= 60 && r->nlong == 0 ?
	    STYLE_OK : STYLE_WARNING));
	for (int i = 0; i < r->npassive && i < PLAIN_MAX_FINDINGS && used < sizeof found; i++)
		used += (size_t)snprintf(found + used, sizeof found - used, "%s\"%.*s\"",
		    i ? ", " : "", (int)r->passives[i].length, l->body + r->passives[i].offset);
	snprintf(line, sizeof line, _("Passive: %s"), r->npassive ? found : _("none"));
	text_put(4, 2, COLS - 4, line, theme_attr(r->npassive ? STYLE_WARNING : STYLE_HINT), true);
	used = 0;
	found[0] = '\0';
	for (int i = 0; i < r->njargon && i < PLAIN_MAX_FINDINGS && used < sizeof found; i++) {
		const struct plain_word *w = r->jargon[i].word;

		used += (size_t)snprintf(found + used, sizeof found - used, "%s%s -> %s",
		    i ? "; " : "", w->word, w->plain[0] ? w->plain : _("say what you mean"));
	}
	snprintf(line, sizeof line, _("Jargon: %s"), r->njargon ? found : _("none"));
	text_put(5, 2, COLS - 4, line, theme_attr(r->njargon ? STYLE_WARNING : STYLE_HINT), true);
	snprintf(line, sizeof line, _("Missing: %s"), l->nmissing ? l->missing : _("nothing"));
	text_put(6, 2, COLS - 4, line, theme_attr(l->nmissing ? STYLE_ERROR : STYLE_HINT), true);
}

/* Line i of text (lines end at \n), copied into out; false past the end. */
static bool
line_at(const char *text, int i, char *out, size_t size)
{
	for (; i > 0 && text != NULL; i--)
		if ((text = strchr(text, '\n')) != NULL)
			text++;
	if (text == NULL || *text == '\0')
		return false;
	snprintf(out, size, "%.*s", (int)strcspn(text, "\n"), text);
	return true;
}

static int
line_count(const char *text)
{
	int n = 1;

	for (; *text != '\0'; text++)
		n += *text == '\n';
	return n;
}

static void
letter_draw(struct screen *s, struct app *app)
{
	struct letter_screen *ls = (struct letter_screen *)s;
	char line[600];
	int rows = text_rows();

	(void)app;
	snprintf(line, sizeof line, _("%s about %s: F10 issues and prints it"),
	    _(letter_outcomes[ls->outcome].label), ls->reference);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	if (!ls->prepared) {
		text_put(3, 2, COLS - 4, ls->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	draw_check(&ls->letter);
	/* Paragraphs are one line each in the letter: wrapped here as the printer wraps them. */
	for (int r = 0, i = ls->top; r < rows; i++) {
		int used = 1;

		if (!line_at(ls->letter.text, i, line, sizeof line))
			line[0] = '\0';
		if (line[0] != '\0')
			used = text_wrap(2 + CHECK_ROWS + r, 2, COLS - 4, rows - r, line, A_NORMAL);
		else
			text_put(2 + CHECK_ROWS + r, 2, COLS - 4, "", A_NORMAL, true);
		r += used > 0 ? used : 1;
	}
}

static unsigned
letter_contexts(struct screen *s)
{
	(void)s;
	return CTX_LETTER | CTX_LIST | CTX_VIEW;
}

static void
issue(struct letter_screen *ls, struct app *app)
{
	char text_path[600], pdf_path[600];
	struct error err;
	long long id;

	/* The issued letter leaves nothing marked: a missing value is blank, as it was previewed. */
	prepare(ls, app, false);
	if (!ls->prepared || ls->letter.nmissing > 0) {
		app_message(app, MESSAGE_ERROR, _("Not issued: %s"), ls->prepared ?
		    _("something it needs is missing (see Missing)") : ls->problem);
		prepare(ls, app, true);
		return;
	}
	if (letter_issue(&app->session, ls->request, &ls->letter, &id, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not issued: %s. F10 tries again."), err.detail);
		prepare(ls, app, true);
		return;
	}
	if (letter_spool(&app->cfg, ls->letter.about, id, ls->letter.text, ls->letter.heading, text_path, pdf_path,
	    sizeof text_path, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Letter kept on the case, but printing failed: %s "
		    "(text in %s)"), err.detail, text_path);
	else
		app_message(app, MESSAGE_INFO, _("Letter issued and printed: %s in the spool"),
		    strrchr(pdf_path, '/') ? strrchr(pdf_path, '/') + 1 : pdf_path);
	app_pop(app);
}

static enum key_result
letter_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct letter_screen *ls = (struct letter_screen *)s;
	int last = ls->prepared ? line_count(ls->letter.text) - text_rows() : 0;

	(void)key;
	(void)wide;
	switch (a) {
	case ACTION_SAVE:
		if (ls->prepared)
			issue(ls, app);
		return KEY_USED;
	case ACTION_UP:
	case ACTION_PREV_FIELD:
		ls->top -= ls->top > 0;
		return KEY_USED;
	case ACTION_DOWN:
	case ACTION_NEXT_FIELD:
		ls->top += ls->top < last;
		return KEY_USED;
	case ACTION_PAGE_UP:
		ls->top = ls->top > text_rows() ? ls->top - text_rows() : 0;
		return KEY_USED;
	case ACTION_PAGE_DOWN:
		ls->top = ls->top + text_rows() < last ? ls->top + text_rows() : last > 0 ? last : 0;
		return KEY_USED;
	default:
		return KEY_UNUSED;
	}
}

static void
letter_close(struct screen *s)
{
	struct letter_screen *ls = (struct letter_screen *)s;

	letter_free(&ls->letter);
	free(ls);
}

static const struct screen_ops letter_ops = {
	.title = N_("Letter"),
	.contexts = letter_contexts,
	.draw = letter_draw,
	.key = letter_key,
	.close = letter_close,
};

/* What the officer says that no record holds; the preview follows with the answers. */
static bool
answered(struct app *app, char *const *values, void *arg)
{
	struct letter_screen *ls = arg;
	int n = 0;

	for (const struct letter_question *q = letter_questions(ls->outcome); q->name; q++, n++)
		snprintf(ls->answer[n], sizeof ls->answer[n], "%s", values[n]);
	prepare(ls, app, true);
	return true;
}

static void
open_preview(struct app *app, const char *reference, enum letter_outcome outcome)
{
	struct letter_screen *ls = calloc(1, sizeof *ls);
	const struct letter_question *q = letter_questions(outcome);
	const char *labels[MAX_ANSWERS], *helps[MAX_ANSWERS];
	int n = 0;

	if (ls == NULL) {
		app_message(app, MESSAGE_ERROR, "%s", _("Out of memory: that screen cannot open."));
		return;
	}
	ls->base.ops = &letter_ops;
	ls->outcome = outcome;
	snprintf(ls->reference, sizeof ls->reference, "%s", reference);
	db_new_request_id(ls->request);
	app_push(app, &ls->base);
	for (; q[n].name != NULL && n < MAX_ANSWERS; n++) {
		labels[n] = _(q[n].label);
		helps[n] = q[n].yesno ? _("Type yes or no") : _("Plain words: this goes in the letter");
	}
	if (n == 0) {
		prepare(ls, app, true);
		return;
	}
	/* The preview waits below, with its values marked missing until they are given. */
	prepare(ls, app, true);
	app_push(app, prompt_screen_new(_(letter_outcomes[outcome].label), _("The letter needs "
	    "these; the preview follows."), labels, helps, n, answered, ls));
}

/* Reprinting ------------------------------------------------------------------------------- */

static void
reprint(struct app *app, long long id)
{
	char request[DB_REQUEST_ID_LEN], text_path[600], pdf_path[600];
	struct letter_issued issued;
	struct error err;
	char *text;

	db_new_request_id(request);
	if (letter_reprint(&app->session, request, id, &issued, &text, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not reprinted: %s"), err.detail);
		return;
	}
	if (letter_spool(&app->cfg, issued.about, issued.id, text, issued.heading, text_path, pdf_path,
	    sizeof text_path, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Reprint failed: %s (text in %s)"), err.detail,
		    text_path);
	else
		app_message(app, MESSAGE_INFO, _("Reprinted as sent on %s: %s in the spool"),
		    issued.issued_at, strrchr(pdf_path, '/') ? strrchr(pdf_path, '/') + 1 : pdf_path);
	free(text);
}

/* The menu --------------------------------------------------------------------------------- */

#define MAX_REPRINTS 20

struct letter_menu {
	char reference[LETTER_ABOUT_LEN];
	struct letter_choices choices;
	long long reprint[MAX_REPRINTS];	/* the rows after the choices: letters sent */
};

static bool
menu_chosen(struct app *app, int row, void *arg)
{
	struct letter_menu *m = arg;
	char reference[LETTER_ABOUT_LEN];
	enum letter_outcome outcome;

	if (row >= m->choices.count) {
		reprint(app, m->reprint[row - m->choices.count]);
		return true;
	}
	snprintf(reference, sizeof reference, "%s", m->reference);
	outcome = m->choices.outcome[row];
	app_pop(app);		/* m is freed with the menu */
	open_preview(app, reference, outcome);
	return false;
}

void
screens_letters(struct app *app, const char *reference, const char *service_id)
{
	struct letter_menu *m = calloc(1, sizeof *m);
	const char *labels[LETTER_MAX_CHOICES + MAX_REPRINTS];
	char reprints[MAX_REPRINTS][200];
	struct letter_issued *issued = NULL;
	struct error err;
	int n = 0, nissued = 0;

	if (m == NULL)
		return;
	snprintf(m->reference, sizeof m->reference, "%s", reference);
	letter_choices_for(app->catalogue, reference, service_id, &m->choices);
	if (letter_list(app->session.db, reference, &issued, &nissued, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Letters sent before cannot be listed: %s"),
		    err.detail);
	for (int i = 0; i < m->choices.count; i++)
		labels[n++] = _(letter_outcomes[m->choices.outcome[i]].label);
	for (int i = 0; i < nissued && i < MAX_REPRINTS; i++) {
		const struct letter_issued *l = &issued[i];

		snprintf(reprints[i], sizeof reprints[i], _("Reprint: %s (%s, %s, ease %.0f)"),
		    l->heading, l->issued_at, l->staff[0] ? l->staff : _("batch"), l->reading_ease);
		m->reprint[i] = l->id;
		labels[n++] = reprints[i];
	}
	free(issued);
	app_push(app, choose_screen_new(N_("Letters"), _("Which letter? A preview with its "
	    "plain-English check comes first."), labels, n, 0, menu_chosen, m, true));
}
