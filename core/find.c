/* Find it: search, articles, organisations, bin days, opening hours and information given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "find.h"

const struct choice find_kinds[] = {
	{ "article", N_("Article") },
	{ "organisation", N_("Organisation") },
	{ "place", N_("Place") },
	{ NULL, NULL },
};

/* Search ---------------------------------------------------------------------------------- */

static void
hit_from_row(void *element, const struct pg_result *res, int row)
{
	struct find_hit *h = element;

	DB_COPY(h->kind, res, row, "kind");
	h->id = (int)db_int(res, row, "id");
	DB_COPY(h->title, res, row, "title");
	DB_COPY(h->summary, res, row, "summary");
}

enum status
find_search(struct db *db, const char *query, int limit, struct find_hit **out, int *count,
    struct error *err)
{
	char lim[16];
	const char *params[] = { query, lim };

	snprintf(lim, sizeof lim, "%d", limit);
	*out = db_select(db, "SELECT kind, id, title, summary FROM find_search($1, $2)", 2, params,
	    sizeof **out, hit_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}

static void
article_from_row(void *element, const struct pg_result *res, int row)
{
	struct find_article *a = element;

	a->id = (int)db_int(res, row, "id");
	DB_COPY(a->slug, res, row, "slug");
	DB_COPY(a->title, res, row, "title");
	DB_COPY(a->summary, res, row, "summary");
	DB_COPY(a->body, res, row, "body");
	DB_COPY(a->category, res, row, "category");
	DB_COPY(a->online_url, res, row, "online_url");
	DB_COPY(a->updated_on, res, row, "updated_on");
}

enum status
find_article_get(struct db *db, int id, struct find_article *out, struct error *err)
{
	return db_get(db, "SELECT id, slug, title, summary, body, category, online_url, "
	    "updated_on::text AS updated_on FROM article WHERE id = $1", id, article_from_row, out,
	    "no such article", err);
}

static void
organisation_from_row(void *element, const struct pg_result *res, int row)
{
	struct find_organisation *o = element;

	o->id = (int)db_int(res, row, "id");
	DB_COPY(o->name, res, row, "name");
	DB_COPY(o->kind, res, row, "kind");
	DB_COPY(o->helps_with, res, row, "helps_with");
	DB_COPY(o->how_to_access, res, row, "how_to_access");
	DB_COPY(o->phone, res, row, "phone");
	DB_COPY(o->email, res, row, "email");
	DB_COPY(o->website, res, row, "website");
	DB_COPY(o->address, res, row, "address");
	DB_COPY(o->opening_hours, res, row, "opening_hours");
}

enum status
find_organisation_get(struct db *db, int id, struct find_organisation *out, struct error *err)
{
	return db_get(db, "SELECT id, name, kind, helps_with, how_to_access, phone, email, "
	    "website, address, opening_hours FROM organisation WHERE id = $1", id,
	    organisation_from_row, out, "no such organisation", err);
}

/* Bin collections ------------------------------------------------------------------------- */

static int
days_between(struct date a, struct date b)
{
	return calendar_minutes_between((struct moment){ a, 0 }, (struct moment){ b, 0 }) / 1440;
}

/* The collection of the week of day (on its usual day), moved a day by a bank holiday. */
static struct date
shifted(const struct calendar *cal, struct date usual, char *moved_by, size_t size)
{
	int weekday = calendar_weekday(usual);

	moved_by[0] = '\0';
	for (int back = weekday; back >= 0 && cal != NULL; back--) {
		const char *holiday = calendar_bank_holiday(cal, calendar_add_days(usual, -back));

		if (holiday != NULL) {
			snprintf(moved_by, size, "%s", holiday);
			return calendar_add_days(usual, 1);
		}
	}
	return usual;
}

struct date
find_next_collection(const struct calendar *cal, int every_weeks, struct date first,
    struct date from, char *moved_by, size_t size)
{
	int cycle = 7 * (every_weeks > 1 ? every_weeks : 1);
	/* Start a week early: last week's collection may have moved onto or past from. */
	int offset = days_between(first, calendar_add_days(from, -7));
	int behind = ((offset % cycle) + cycle) % cycle;
	struct date usual = calendar_add_days(calendar_add_days(from, -7), (cycle - behind) % cycle);

	for (;;) {
		struct date actual = shifted(cal, usual, moved_by, size);

		if (calendar_compare(actual, from) >= 0)
			return actual;
		usual = calendar_add_days(usual, cycle);
	}
}

static void
collection_from_row(void *element, const struct pg_result *res, int row)
{
	struct find_collection *c = element;

	DB_COPY(c->name, res, row, "name");
	DB_COPY(c->container, res, row, "container");
	c->weekday = (int)db_int(res, row, "weekday") - 1;
	c->every_weeks = (int)db_int(res, row, "every_weeks");
	calendar_parse_date(db_text(res, row, "first_date"), &c->next);	/* for now: first */
}

/* The street and town of the customer's address, for what is said when nothing is found. */
static enum status
no_round(struct db *db, const char *const *params, struct error *err)
{
	static const char sql[] = "SELECT address_street(address_line1, address_line2) AS street, "
	    "town FROM customer WHERE id = $1";
	struct pg_result *res = db_exec_one(db, sql, 1, params, STATUS_NOT_FOUND,
	    "no such customer", err);

	if (res == NULL)
		return err->status;
	error_set(err, STATUS_NOT_FOUND, "No collection round is recorded for \"%s\" in %s: "
	    "check the address on the record, then ask the waste team", db_text(res, 0, "street"),
	    db_text(res, 0, "town")[0] ? db_text(res, 0, "town") : "no town");
	db_clear(res);
	return err->status;
}

enum status
find_bin_days(struct db *db, const struct calendar *cal, long long customer_id,
    struct date today, struct find_bins *out, struct error *err)
{
	static const char street_sql[] = "SELECT st.id, st.name, st.town FROM customer c "
	    "JOIN street st ON lower(st.name) = lower(address_street(c.address_line1, "
	    "c.address_line2)) AND lower(st.town) = lower(c.town) WHERE c.id = $1";
	static const char rounds_sql[] = "SELECT cs.name, cs.container, r.weekday, r.every_weeks, "
	    "r.first_date::text AS first_date FROM street_round sr "
	    "JOIN collection_round r ON r.id = sr.round_id "
	    "JOIN collection_stream cs ON cs.code = r.stream WHERE sr.street_id = $1 "
	    "ORDER BY cs.position";
	char customer[24], street[16];
	const char *params[] = { customer };
	const char *by_street[] = { street };
	struct find_collection *rows;
	struct pg_result *res;
	int n;

	memset(out, 0, sizeof *out);
	snprintf(customer, sizeof customer, "%lld", customer_id);
	if ((res = db_exec(db, street_sql, 1, params, err)) == NULL)
		return err->status;
	if (db_rows(res) == 0) {
		db_clear(res);
		return no_round(db, params, err);
	}
	DB_COPY(street, res, 0, "id");
	DB_COPY(out->street, res, 0, "name");
	DB_COPY(out->town, res, 0, "town");
	db_clear(res);
	rows = db_select(db, rounds_sql, 1, by_street, sizeof *rows, collection_from_row, &n, err);
	if (rows == NULL)
		return err->status;
	for (int i = 0; i < n && i < FIND_STREAMS; i++) {
		struct find_collection *c = &out->stream[out->count++];

		*c = rows[i];
		c->next = find_next_collection(cal, c->every_weeks, rows[i].next, today,
		    c->moved_by, sizeof c->moved_by);
	}
	free(rows);
	return out->count > 0 ? STATUS_OK : no_round(db, params, err);
}

/* Opening hours --------------------------------------------------------------------------- */

static void
open_from_row(void *element, const struct pg_result *res, int row)
{
	place_row(&((struct find_open *)element)->place, res, row);
}

enum status
find_open_on(struct db *db, const struct calendar *cal, const char *kind, struct date day,
    struct find_open **out, int *count, struct error *err)
{
	static const char sql[] = "SELECT " PLACE_COLUMNS "FROM place "
	    "WHERE $1::text IS NULL OR kind = $1 "
	    "ORDER BY array_position(ARRAY['office', 'library', 'recycling_centre', 'other'], kind), "
	    "name";
	const char *params[] = { kind };

	if ((*out = db_select(db, sql, 1, params, sizeof **out, open_from_row, count, err)) == NULL)
		return err->status;
	for (int i = 0; i < *count; i++) {
		struct place_hours *h = place_hours_load(db, (*out)[i].place.id, day, day, err);

		if (h == NULL) {
			free(*out);
			*out = NULL;
			return err->status;
		}
		place_hours_on(h, cal, day, &(*out)[i].day);
		place_hours_free(h);
	}
	return STATUS_OK;
}

/* Giving information ---------------------------------------------------------------------- */

char *
find_article_message(const struct find_article *a)
{
	char text[sizeof a->title + sizeof a->summary + sizeof a->body + sizeof a->online_url + 64];

	snprintf(text, sizeof text, "%s\n\n%s\n\n%s%s%s\n", a->title, a->summary, a->body,
	    a->online_url[0] ? "\n\nMore online: " : "", a->online_url);
	return strdup(text);
}

/* The column of contact_information each kind of information goes in. */
static const struct choice given_columns[] = {
	{ "article", "article_id" },
	{ "organisation", "organisation_id" },
	{ "place", "place_id" },
	{ NULL, NULL },
};

struct giving {
	const struct session *s;
	const char *request_id;
	long long contact_id;
	const char *column;
	int id;
	char *message;			/* send: the article as sent */
};

static enum status
write_given(void *arg, long long *result, struct error *err)
{
	struct giving *g = arg;
	char sql[512], contact[24], id[24], staff[16];
	const char *params[] = { contact, id, staff, g->message };
	struct pg_result *res;

	snprintf(sql, sizeof sql, "INSERT INTO contact_information (contact_id, %s, staff_id, "
	    "outbox_id) SELECT c.id, $2, $3, CASE WHEN $4::text IS NOT NULL THEN "
	    "outbox_send(c.customer_id, NULL, $4, true) END FROM contact c "
	    "WHERE c.id = $1 AND c.ended_at IS NULL RETURNING id", g->column);
	snprintf(contact, sizeof contact, "%lld", g->contact_id);
	snprintf(id, sizeof id, "%d", g->id);
	snprintf(staff, sizeof staff, "%d", g->s->staff.id);
	if ((res = db_exec_one(g->s->db, sql, 4, params, STATUS_CONFLICT,
	    "That contact has ended: start a new one to record what was given", err)) == NULL)
		return err->status;
	*result = db_int(res, 0, "id");
	db_clear(res);
	return audit_record(g->s, g->request_id, "update", "contact", g->contact_id,
	    "information", err);
}

enum status
find_give(const struct session *s, const char *request_id, long long contact_id,
    const char *kind, int id, bool send, struct error *err)
{
	struct giving g = { .s = s, .request_id = request_id, .contact_id = contact_id, .id = id };
	const struct choice *column = choice_find(given_columns, kind);
	struct find_article article;
	enum status st;

	if (!session_may(s, MAY_RECORD_CONTACT))
		return error_set(err, STATUS_DENIED, NULL);
	if (column == NULL)
		return error_set(err, STATUS_INVALID, "unknown kind of information \"%s\"", kind);
	g.column = column->label;
	if (send) {
		if (strcmp(kind, "article") != 0)
			return error_set(err, STATUS_INVALID, "only articles can be sent");
		if (find_article_get(s->db, id, &article, err) != STATUS_OK)
			return err->status;
		if ((g.message = find_article_message(&article)) == NULL)
			return error_set(err, STATUS_NO_MEMORY, NULL);
	}
	st = db_write(s->db, request_id, send ? "information.send" : "information.give",
	    s->staff.id, write_given, &g, NULL, err);
	free(g.message);
	return st;
}

static void
given_from_row(void *element, const struct pg_result *res, int row)
{
	char *line = element;

	snprintf(line, 160, "%s", db_text(res, row, "line"));
}

enum status
find_given_on(struct db *db, long long contact_id, char (**out)[160], int *count,
    struct error *err)
{
	static const char sql[] = "SELECT CASE "
	    "WHEN i.article_id IS NOT NULL THEN 'Article: ' || a.title "
	    "  || CASE WHEN i.outbox_id IS NOT NULL THEN ' (sent)' ELSE '' END "
	    "WHEN i.organisation_id IS NOT NULL THEN 'Signposted: ' || o.name "
	    "ELSE 'Place: ' || p.name END AS line "
	    "FROM contact_information i LEFT JOIN article a ON a.id = i.article_id "
	    "LEFT JOIN organisation o ON o.id = i.organisation_id "
	    "LEFT JOIN place p ON p.id = i.place_id WHERE i.contact_id = $1 ORDER BY i.id";
	char contact[24];
	const char *params[] = { contact };

	snprintf(contact, sizeof contact, "%lld", contact_id);
	*out = db_select(db, sql, 1, params, sizeof **out, given_from_row, count, err);
	return *out != NULL ? STATUS_OK : err->status;
}
