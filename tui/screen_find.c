/*
 * Find it: type what the customer asks and the best answers come first (articles, partner
 * organisations, places). With a contact in progress the customer's bin days and what is open
 * today are shown before anything is typed. Enter shows an answer; there G records it as given
 * on the contact and S (articles) sends it to the customer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "find.h"
#include "i18n.h"
#include "screens.h"
#include "text.h"
#include "theme.h"
#include "widget_form.h"
#include "widget_list.h"

#define RESULTS 40
#define QUERY_ROW 2
#define ANSWER_ROW 3
#define ANSWER_ROWS 4
#define LIST_FIRST (ANSWER_ROW + ANSWER_ROWS + 1)

struct find_screen {
	struct screen base;
	char query[120];
	struct form_field field;
	struct form form;
	bool stale;			/* the query changed since the last search */
	struct find_hit *hits;
	struct list list;
	char answers[1024];		/* bin days and opening hours, as read out */
	char problem[256];
};

static int
visible_rows(void)
{
	return LINES - 3 - LIST_FIRST;
}

/* "black bin Tue 1 Dec, blue bin today ... (black and blue every other week)." */
static void
bins_text(const struct find_bins *b, char *out, size_t size)
{
	struct date today = calendar_today();
	size_t used = (size_t)snprintf(out, size, _("Bins at %s, %s: "), b->street, b->town);
	char fortnightly[160] = "";
	size_t fn = 0;

	for (int i = 0; i < b->count && used < size; i++) {
		const struct find_collection *c = &b->stream[i];
		int days = calendar_minutes_between((struct moment){ today, 0 },
		    (struct moment){ c->next, 0 }) / 1440;
		char when[48];

		if (days == 0 || days == 1)
			snprintf(when, sizeof when, "%s", days ? _("tomorrow") : _("today"));
		else {
			book_format_start((struct moment){ c->next, 0 }, when, sizeof when);
			when[10] = '\0';	/* "Tue  1 Dec", without the time */
		}
		used += (size_t)snprintf(out + used, size - used, "%s%s %s%s%s", i ? ", " : "",
		    c->container, when, c->moved_by[0] ? _(" (moved by ") : "", c->moved_by[0] ?
		    c->moved_by : "");
		if (c->moved_by[0] && used < size)
			used += (size_t)snprintf(out + used, size - used, ")");
		if (c->every_weeks > 1 && fn < sizeof fortnightly)
			fn += (size_t)snprintf(fortnightly + fn, sizeof fortnightly - fn, "%s%s",
			    fn ? ", " : "", c->container);
	}
	if (used < size)
		snprintf(out + used, size - used, fn ? _(". Every other week: %s.") : ".",
		    fortnightly);
}

static void
open_text(const struct find_open *o, int count, char *out, size_t size)
{
	size_t used = (size_t)snprintf(out, size, "%s", _("Open today: "));

	for (int i = 0; i < count && used < size; i++) {
		char hours[96];

		if (strcmp(o[i].place.kind, "recycling_centre") == 0)
			continue;
		place_day_format(&o[i].day, hours, sizeof hours);
		used += (size_t)snprintf(out + used, size - used, "%s%s %s", used > 12 ? "; " : "",
		    o[i].place.name, hours);
	}
}

static void
load_answers(struct find_screen *fs, struct app *app)
{
	struct find_bins bins;
	struct find_open *open;
	struct error err;
	char part[600];
	int n;

	fs->answers[0] = '\0';
	if (app->contact.id != 0) {
		if (find_bin_days(app->session.db, app->calendar, app->contact.customer_id,
		    calendar_today(), &bins, &err) == STATUS_OK)
			bins_text(&bins, fs->answers, sizeof fs->answers);
		else
			snprintf(fs->answers, sizeof fs->answers, "%s", err.detail);
	}
	if (find_open_on(app->session.db, app->calendar, NULL, calendar_today(), &open, &n,
	    &err) != STATUS_OK)
		return;
	open_text(open, n, part, sizeof part);
	free(open);
	snprintf(fs->answers + strlen(fs->answers), sizeof fs->answers - strlen(fs->answers),
	    "%s%s", fs->answers[0] ? "\n" : "", part);
}

static void
run_search(struct find_screen *fs, struct app *app)
{
	struct error err;
	int count = 0;

	free(fs->hits);
	fs->hits = NULL;
	fs->list = (struct list){ 0 };
	fs->problem[0] = '\0';
	fs->stale = false;
	if (fs->query[strspn(fs->query, " ")] == '\0')
		return;
	if (find_search(app->session.db, fs->query, RESULTS, &fs->hits, &count, &err) !=
	    STATUS_OK) {
		snprintf(fs->problem, sizeof fs->problem, _("Search failed: %s"), err.detail);
		fs->stale = err.status == STATUS_OFFLINE;
		return;
	}
	fs->list.count = count;
}

static const char *
kind_label(const char *kind)
{
	static const struct choice short_kinds[] = {
		{ "article", N_("Article") },
		{ "organisation", N_("Partner") },
		{ "place", N_("Place") },
		{ NULL, NULL },
	};

	return _(choice_label(short_kinds, kind));
}

static void
find_draw(struct screen *s, struct app *app)
{
	struct find_screen *fs = (struct find_screen *)s;
	char line[400];
	int cx = 0, y = ANSWER_ROW;

	snprintf(line, sizeof line, app->contact.id ? _("Find it, for %s") : "%s",
	    app->contact.id ? app->contact.customer_name : _("Find it"));
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	text_put(QUERY_ROW, 2, 6, _("Find:"), theme_attr(STYLE_LABEL), true);
	form_draw_text(&fs->form, 0, QUERY_ROW, 8, COLS - 10, theme_attr(STYLE_FOCUS), &cx);
	for (const char *part = fs->answers; *part != '\0' && y < ANSWER_ROW + ANSWER_ROWS;) {
		const char *end = strchr(part, '\n');
		size_t n = end ? (size_t)(end - part) : strlen(part);

		snprintf(line, sizeof line, "%.*s", (int)n, part);
		y += text_wrap(y, 2, COLS - 4, ANSWER_ROW + ANSWER_ROWS - y, line, A_NORMAL);
		part += n + (end != NULL);
	}
	if (fs->problem[0] != '\0' || fs->list.count == 0)
		text_put(LIST_FIRST, 2, COLS - 4, fs->problem[0] ? fs->problem : fs->query[0] ?
		    _("Nothing found: try other words, or fewer.") : _("Type what the customer asks: "
		    "bulky waste, food bank, library, council tax bands ..."),
		    theme_attr(fs->problem[0] ? STYLE_ERROR : STYLE_LABEL), true);
	list_clamp(&fs->list, visible_rows());
	for (int i = fs->list.top; i < fs->list.count && i - fs->list.top < visible_rows(); i++) {
		const struct find_hit *h = &fs->hits[i];
		bool sel = i == fs->list.selected;

		char kind[32], title[160];

		snprintf(line, sizeof line, "%s %s %s", text_column(kind_label(h->kind), 8, kind,
		    sizeof kind), text_column(h->title, 36, title, sizeof title), h->summary);
		text_put(LIST_FIRST + i - fs->list.top, 2, COLS - 4, line,
		    theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL), true);
	}
	app_cursor(app, QUERY_ROW, cx);
}

static void
find_idle(struct screen *s, struct app *app)
{
	struct find_screen *fs = (struct find_screen *)s;

	if (fs->stale && db_state(app->session.db) == DB_ONLINE)
		run_search(fs, app);
}

static unsigned
find_contexts(struct screen *s)
{
	(void)s;
	return CTX_SEARCH | CTX_LIST;
}

static struct screen *answer_screen_new(struct app *app, const struct find_hit *hit);

static enum key_result
find_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct find_screen *fs = (struct find_screen *)s;
	int left;

	if (list_move(&fs->list, a, visible_rows()))
		return KEY_USED;
	if (a == ACTION_OPEN) {
		if (fs->stale)
			run_search(fs, app);
		if (fs->list.count > 0)
			app_push(app, answer_screen_new(app, &fs->hits[fs->list.selected]));
		return KEY_USED;
	}
	if (a != ACTION_NONE)
		return KEY_UNUSED;
	if (form_key(&fs->form, ACTION_NONE, key, wide, &left) == FORM_EDITED)
		fs->stale = true;
	return KEY_USED;
}

static void
find_reconnected(struct screen *s, struct app *app)
{
	struct find_screen *fs = (struct find_screen *)s;

	load_answers(fs, app);
	fs->stale = true;
}

static void
find_close(struct screen *s)
{
	free(((struct find_screen *)s)->hits);
	free(s);
}

static const struct screen_ops find_ops = {
	.title = N_("Find it"),
	.contexts = find_contexts,
	.draw = find_draw,
	.key = find_key,
	.idle = find_idle,
	.reconnected = find_reconnected,
	.close = find_close,
};

struct screen *
find_screen_new(struct app *app)
{
	struct find_screen *fs = calloc(1, sizeof *fs);

	if (fs == NULL)
		return NULL;
	fs->base.ops = &find_ops;
	fs->field = (struct form_field){ .label = "", .value = fs->query, .size = sizeof fs->query };
	form_init(&fs->form, &fs->field, 1);
	load_answers(fs, app);
	return &fs->base;
}

/* One answer ------------------------------------------------------------------------------ */

struct answer_screen {
	struct screen base;
	struct find_hit hit;
	char text[6144];		/* what is shown under the title, lines split by \n */
	bool loaded;
};

static void
article_text(const struct find_article *a, char *out, size_t size)
{
	snprintf(out, size, _("%s\n\n%s\n\nOnline: %s\nChecked: %s"), a->summary, a->body,
	    a->online_url[0] ? a->online_url : _("none"), a->updated_on);
}

static void
organisation_text(const struct find_organisation *o, char *out, size_t size)
{
	snprintf(out, size, _("%s\n\nHow to get help: %s\nPhone: %s\nEmail: %s\nWebsite: %s\n"
	    "Address: %s\nOpen: %s"), o->helps_with, o->how_to_access, o->phone, o->email,
	    o->website, o->address, o->opening_hours);
}

/* A place: its address and phone, then its hours for the next seven days from today. */
static void
place_text(struct app *app, int id, char *out, size_t size, struct error *err)
{
	struct date today = calendar_today(), last = calendar_add_days(today, 6);
	struct place p;
	struct place_hours *h;
	size_t used;

	if (place_get(app->session.db, id, &p, err) != STATUS_OK ||
	    (h = place_hours_load(app->session.db, id, today, last, err)) == NULL) {
		snprintf(out, size, "%s", err->detail);
		return;
	}
	used = (size_t)snprintf(out, size, _("Address: %s\nPhone: %s\n"), p.address, p.phone);
	for (int i = 0; i < 7 && used < size; i++) {
		struct date d = calendar_add_days(today, i);
		struct place_day day;
		char when[48], hours[128];

		place_hours_on(h, app->calendar, d, &day);
		place_day_format(&day, hours, sizeof hours);
		calendar_format_long(d, when, sizeof when);
		used += (size_t)snprintf(out + used, size - used, "\n%s%-28s %s",
		    i == 0 ? _("Today ") : "      ", when, hours);
	}
	place_hours_free(h);
}

static void
answer_load(struct answer_screen *as, struct app *app)
{
	struct find_article art;
	struct find_organisation org;
	struct error err;

	as->loaded = true;
	if (strcmp(as->hit.kind, "article") == 0) {
		as->loaded = find_article_get(app->session.db, as->hit.id, &art, &err) == STATUS_OK;
		if (as->loaded)
			article_text(&art, as->text, sizeof as->text);
	} else if (strcmp(as->hit.kind, "organisation") == 0) {
		as->loaded = find_organisation_get(app->session.db, as->hit.id, &org, &err) ==
		    STATUS_OK;
		if (as->loaded)
			organisation_text(&org, as->text, sizeof as->text);
	} else
		place_text(app, as->hit.id, as->text, sizeof as->text, &err);
	if (!as->loaded)
		snprintf(as->text, sizeof as->text, "%s", err.detail);
}

static void
answer_draw(struct screen *s, struct app *app)
{
	struct answer_screen *as = (struct answer_screen *)s;
	bool article = strcmp(as->hit.kind, "article") == 0;
	int y = 3, last = LINES - 5;
	char line[1024];

	snprintf(line, sizeof line, "%s: %s", kind_label(as->hit.kind), as->hit.title);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	for (const char *part = as->text; *part != '\0' && y <= last;) {
		const char *end = strchr(part, '\n');
		size_t n = end ? (size_t)(end - part) : strlen(part);

		snprintf(line, sizeof line, "%.*s", (int)n, part);
		y += n == 0 ? 1 : text_wrap(y, 2, COLS - 4, last - y + 1, line, A_NORMAL);
		part += n + (end != NULL);
	}
	text_put(LINES - 4, 2, COLS - 4, app->contact.id == 0 ?
	    _("No contact in progress: open the customer's record to record what was given.") :
	    article ? _("G given to the customer (read out)   S send it to them as well") :
	    _("G given to the customer (signposted)"), theme_attr(STYLE_LABEL), true);
	app_cursor(app, 1, 2);
}

static unsigned
answer_contexts(struct screen *s)
{
	(void)s;
	return CTX_VIEW;
}

static void
give(struct answer_screen *as, struct app *app, bool send)
{
	char request[DB_REQUEST_ID_LEN];
	struct error err;

	if (app->contact.id == 0) {
		app_message(app, MESSAGE_ERROR, "%s", _("No contact in progress: open the customer's "
		    "record first."));
		return;
	}
	db_new_request_id(request);
	if (find_give(&app->session, request, app->contact.id, as->hit.kind, as->hit.id, send,
	    &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, "%s", err.detail);
	else
		app_message(app, MESSAGE_INFO, send ? _("Sent to %s and recorded on the contact.") :
		    _("Recorded on the contact with %s."), app->contact.customer_name);
}

static enum key_result
answer_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct answer_screen *as = (struct answer_screen *)s;

	(void)wide;		/* letters come as wide characters */
	if (a != ACTION_NONE || !as->loaded)
		return KEY_UNUSED;
	if (key == 'g' || key == 'G')
		give(as, app, false);
	else if ((key == 's' || key == 'S') && strcmp(as->hit.kind, "article") == 0)
		give(as, app, true);
	else
		return KEY_UNUSED;
	return KEY_USED;
}

static void
answer_close(struct screen *s)
{
	free(s);
}

static void
answer_reconnected(struct screen *s, struct app *app)
{
	answer_load((struct answer_screen *)s, app);
}

static const struct screen_ops answer_ops = {
	.title = N_("Answer"),
	.contexts = answer_contexts,
	.draw = answer_draw,
	.key = answer_key,
	.reconnected = answer_reconnected,
	.close = answer_close,
};

static struct screen *
answer_screen_new(struct app *app, const struct find_hit *hit)
{
	struct answer_screen *as = calloc(1, sizeof *as);

	if (as == NULL)
		return NULL;
	as->base.ops = &answer_ops;
	as->hit = *hit;
	answer_load(as, app);
	return &as->base;
}
