/*
 * Find it against the demo database: search as the advisor types (a word cut short, the words
 * people use, a typo), best answer first; a customer's bin days from their address; what is open
 * on a day; and information given on a contact, sent through the outbox and audited.
 */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "contact.h"
#include "dbtest.h"
#include "find.h"

#define EW "england-and-wales"
#define LIMIT 10

/* The demo's "today": a Tuesday. */
#define TODAY "2026-11-24"
#define CHRISTMAS "2026-12-25"

#define BULKY_SLUG "bulky-waste"
#define BULKY_TITLE "Bulky waste collection"

/* From the header of core/sql/demo_find.sql. */
#define FOOD_BANK "Eastmere Foodbank"
#define FOOD_BANKS 5
#define LIBRARIES 6

/* Demo customer 15, Mrs Laura Sánchez: every stream on a Tuesday, general waste in week A. */
#define LAURA 15
#define LAURA_STREET "Kingfisher Way"
#define LAURA_TOWN "Ashby Fen"
#define TUESDAY 1

/* Millbrook Library shuts on a Thursday it usually opens. */
#define CLOSURE_PLACE "LIB-MILLBROOK"
#define CLOSURE_DAY "2026-12-10"
#define CLOSURE_WEEK_BEFORE "2026-12-03"
#define CLOSURE_REASON "Refurbishment: new carpets and shelves"

/* The date text names; the test fails (and gets 1970-01-01) when text is not one. */
static struct date
D(const char *text)
{
	struct date d = { 1970, 1, 1 };

	harness_check(calendar_parse_date(text, &d), __FILE__, __LINE__, "\"%s\" is not a date",
	    text);
	return d;
}

/* The real calendar for England and Wales from the repository root; NULL after a failed check. */
static struct calendar *
open_calendar(void)
{
	const char *dir = getenv("CIVICDESK_FORMS_DIR");
	struct error err = { 0 };
	struct calendar *c = calendar_open(dir != NULL && dir[0] != '\0' ? dir : "forms", EW, &err);

	harness_check(c != NULL, __FILE__, __LINE__, "cannot open the calendar: %s", err.detail);
	return c;
}

/* Search ------------------------------------------------------------------------------------ */

/* Up to LIMIT answers to query (caller frees *hits); false after a failed check. */
static bool
search(struct db *db, const char *query, struct find_hit **hits, int *count)
{
	struct error err = { 0 };

	*hits = NULL;
	*count = 0;
	return harness_check(find_search(db, query, LIMIT, hits, count, &err) == STATUS_OK,
	    __FILE__, __LINE__, "find_search \"%s\": %s", query, err.detail);
}

/* Checks the best answer to query is title, of kind; a failure names the caller's line. */
#define CHECK_FIRST(db, query, kind, title) check_first_at(__LINE__, (db), (query), (kind), (title))

static void
check_first_at(int at, struct db *db, const char *query, const char *kind, const char *title)
{
	struct find_hit *hits;
	int count;

	if (!search(db, query, &hits, &count))
		return;
	if (harness_check(count > 0, __FILE__, at, "\"%s\" finds nothing", query))
		harness_check(strcmp(hits[0].kind, kind) == 0 && strcmp(hits[0].title, title) == 0,
		    __FILE__, at, "\"%s\" finds %s \"%s\" first, not %s \"%s\"", query,
		    hits[0].kind, hits[0].title, kind, title);
	free(hits);
}

/* Where title comes in the answers (0 is first), or -1 when it is not among them. */
static int
position_of(const struct find_hit *hits, int count, const char *title)
{
	for (int i = 0; i < count; i++)
		if (strcmp(hits[i].title, title) == 0)
			return i;
	return -1;
}

/* The id of the article with this slug; 0 after a failed check. */
static int
article_id(struct db *db, const char *slug)
{
	const char *params[] = { slug };
	long long id = dbtest_count(db, "SELECT id AS n FROM article WHERE slug = $1", 1, params);

	return harness_check(id > 0, __FILE__, __LINE__, "no article \"%s\"", slug) ? (int)id : 0;
}

/* The id of the organisation with this name; 0 after a failed check. */
static int
organisation_id(struct db *db, const char *name)
{
	const char *params[] = { name };
	long long id = dbtest_count(db, "SELECT id AS n FROM organisation WHERE name = $1", 1,
	    params);

	return harness_check(id > 0, __FILE__, __LINE__, "no organisation \"%s\"", name) ?
	    (int)id : 0;
}

/* The id of the place with this code; 0 after a failed check. */
static int
place_id(struct db *db, const char *code)
{
	const char *params[] = { code };
	long long id = dbtest_count(db, "SELECT id AS n FROM place WHERE code = $1", 1, params);

	return harness_check(id > 0, __FILE__, __LINE__, "no place \"%s\"", code) ? (int)id : 0;
}

TEST(test_search_finds_bulky_waste_from_a_word_cut_short)
{
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_FIRST(t.db, "bulky wast", "article", BULKY_TITLE);
	CHECK_FIRST(t.db, "bulk", "article", BULKY_TITLE);
	dbtest_end(&t);
}

TEST(test_search_finds_bulky_waste_from_the_words_people_use)
{
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_FIRST(t.db, "big items", "article", BULKY_TITLE);
	CHECK_FIRST(t.db, "Big Items ", "article", BULKY_TITLE);
	dbtest_end(&t);
}

TEST(test_search_finds_bulky_waste_despite_a_typo)
{
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	CHECK_FIRST(t.db, "bulkey waste", "article", BULKY_TITLE);
	CHECK_FIRST(t.db, "bulky colection ", "article", BULKY_TITLE);
	dbtest_end(&t);
}

TEST(test_search_hit_carries_what_the_advisor_reads_out)
{
	struct dbtest t;
	struct find_hit *hits = NULL;
	int count = 0, bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 && search(t.db, "bulky waste", &hits,
	    &count) && CHECK(count > 0)) {
		CHECK_INT(hits[0].id, bulky);
		CHECK_STR(hits[0].kind, "article");
		CHECK(hits[0].summary[0] != '\0');
	}
	free(hits);
	dbtest_end(&t);
}

/* Every food bank in the directory, before the articles that mention food banks. */
TEST(test_search_for_food_bank_puts_organisations_first)
{
	struct dbtest t;
	struct find_hit *hits = NULL;
	struct find_organisation o;
	struct error err = { 0 };
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (search(t.db, "food bank", &hits, &count) && CHECK(count > FOOD_BANKS)) {
		for (int i = 0; i < FOOD_BANKS; i++)
			if (CHECK_STR(hits[i].kind, "organisation") &&
			    CHECK_INT(find_organisation_get(t.db, hits[i].id, &o, &err),
			    STATUS_OK)) {
				CHECK_STR(o.name, hits[i].title);
				CHECK_STR(o.kind, "food bank");
			}
		CHECK(position_of(hits, count, FOOD_BANK) >= 0);
		CHECK_STR(hits[FOOD_BANKS].kind, "article");
	}
	free(hits);
	dbtest_end(&t);
}

/* Every library, as a place the customer can go to, before articles about libraries. */
TEST(test_search_for_library_finds_places)
{
	struct dbtest t;
	struct find_hit *hits = NULL;
	struct place p;
	struct error err = { 0 };
	int count = 0, at, northgate;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((northgate = place_id(t.db, "LIB-NORTHGATE")) != 0 &&
	    search(t.db, "library", &hits, &count) && CHECK(count > LIBRARIES)) {
		for (int i = 0; i < LIBRARIES; i++)
			if (CHECK_STR(hits[i].kind, "place") &&
			    CHECK_INT(place_get(t.db, hits[i].id, &p, &err), STATUS_OK)) {
				CHECK_STR(p.name, hits[i].title);
				CHECK_STR(p.kind, "library");
			}
		at = position_of(hits, count, "Northgate Library");
		if (CHECK(at >= 0 && at < LIBRARIES))
			CHECK_INT(hits[at].id, northgate);
		/* Its summary is where it is. */
		if (at >= 0)
			CHECK_STR(hits[at].summary, "1 School Lane, Northgate EM4 2BD");
	}
	free(hits);
	dbtest_end(&t);
}

TEST(test_search_of_nothing_or_stop_words_finds_nothing)
{
	static const char *const queries[] = { "", "   ", "the", "the and of ", "?!" };
	struct dbtest t;

	if (!dbtest_begin(&t, "demo"))
		return;
	for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		struct find_hit *hits = NULL;
		int count = -1;

		if (search(t.db, queries[i], &hits, &count))
			harness_check(count == 0, __FILE__, __LINE__, "\"%s\" finds %d", queries[i],
			    count);
		free(hits);
	}
	dbtest_end(&t);
}

TEST(test_search_gives_no_more_than_asked_for)
{
	struct dbtest t;
	struct find_hit *hits = NULL;
	struct error err = { 0 };
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(find_search(t.db, "waste", 2, &hits, &count, &err), STATUS_OK))
		CHECK_INT(count, 2);
	free(hits);
	dbtest_end(&t);
}

/*
 * The two Blue Badge articles come above the articles that only mention a Blue Badge in their
 * body (returning one after a death, parking with one); "Universal Credit" above "Housing
 * Benefit", which mentions it in its body.
 */
TEST(test_search_puts_a_title_match_above_a_mention_in_the_body)
{
	static const char *const titled[] = { "Applying for a Blue Badge",
		"Who can get a Blue Badge" };
	static const char *const mentioned[] = { "Registering a death",
		"Residents' parking permits" };
	struct dbtest t;
	struct find_hit *hits = NULL;
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (search(t.db, "blue badge", &hits, &count)) {
		for (int i = 0; i < 2; i++) {
			int above = position_of(hits, count, titled[i]);

			harness_check(above == 0 || above == 1, __FILE__, __LINE__,
			    "\"%s\" is answer %d, not one of the first two", titled[i], above);
			for (int j = 0; j < 2; j++) {
				int below = position_of(hits, count, mentioned[j]);

				harness_check(below > above, __FILE__, __LINE__,
				    "\"%s\" (answer %d) is not below \"%s\" (answer %d)",
				    mentioned[j], below, titled[i], above);
			}
		}
	}
	free(hits);
	if (search(t.db, "universal credit", &hits, &count)) {
		CHECK_INT(position_of(hits, count, "Universal Credit"), 0);
		CHECK(position_of(hits, count, "Housing Benefit") > 0);
	}
	free(hits);
	dbtest_end(&t);
}

TEST(test_article_and_organisation_read_back_in_full)
{
	struct dbtest t;
	struct find_article a;
	struct find_organisation o;
	struct error err = { 0 };
	char *message = NULL;
	int bulky, org;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 &&
	    CHECK_INT(find_article_get(t.db, bulky, &a, &err), STATUS_OK)) {
		CHECK_INT(a.id, bulky);
		CHECK_STR(a.slug, BULKY_SLUG);
		CHECK_STR(a.title, BULKY_TITLE);
		CHECK(a.summary[0] != '\0');
		CHECK(a.body[0] != '\0');
		CHECK(strncmp(a.online_url, "https://", 8) == 0);
		CHECK_INT(strlen(a.updated_on), 10);
		message = find_article_message(&a);
		if (CHECK(message != NULL)) {
			CHECK(strncmp(message, BULKY_TITLE "\n", strlen(BULKY_TITLE) + 1) == 0);
			CHECK(strstr(message, a.summary) != NULL);
			CHECK(strstr(message, a.online_url) != NULL);
		}
	}
	if ((org = organisation_id(t.db, FOOD_BANK)) != 0 &&
	    CHECK_INT(find_organisation_get(t.db, org, &o, &err), STATUS_OK)) {
		CHECK_INT(o.id, org);
		CHECK_STR(o.name, FOOD_BANK);
		CHECK(o.helps_with[0] != '\0');
	}
	CHECK_INT(find_article_get(t.db, -1, &a, &err), STATUS_NOT_FOUND);
	CHECK_INT(find_organisation_get(t.db, -1, &o, &err), STATUS_NOT_FOUND);
	free(message);
	dbtest_end(&t);
}

/* Bin days ---------------------------------------------------------------------------------- */

/* The stream called name among the collections, or NULL. */
static const struct find_collection *
stream_named(const struct find_bins *b, const char *name)
{
	for (int i = 0; i < b->count; i++)
		if (strcmp(b->stream[i].name, name) == 0)
			return &b->stream[i];
	return NULL;
}

static const char *
iso(struct date d, char out[CALENDAR_DATE_SIZE])
{
	calendar_format_date(d, out);
	return out;
}

/*
 * Checks one stream of b: its container, weekday (0 Monday), every how many weeks, the next
 * date and what moved it ("" nothing); a failure names the caller's line.
 */
#define CHECK_STREAM(b, name, container, weekday, weeks, next, moved_by) \
	check_stream_at(__LINE__, (b), (name), (container), (weekday), (weeks), (next), (moved_by))

static void
check_stream_at(int at, const struct find_bins *b, const char *name, const char *container,
    int weekday, int every_weeks, const char *next, const char *moved_by)
{
	const struct find_collection *c = stream_named(b, name);
	char date[CALENDAR_DATE_SIZE];

	if (!harness_check(c != NULL, __FILE__, at, "no \"%s\" collection", name))
		return;
	harness_check(strcmp(c->container, container) == 0, __FILE__, at,
	    "%s: container \"%s\", want \"%s\"", name, c->container, container);
	harness_check(c->weekday == weekday, __FILE__, at, "%s: weekday %d, want %d", name,
	    c->weekday, weekday);
	harness_check(c->every_weeks == every_weeks, __FILE__, at, "%s: every %d weeks, want %d",
	    name, c->every_weeks, every_weeks);
	harness_check(strcmp(iso(c->next, date), next) == 0, __FILE__, at,
	    "%s: next %s, want %s", name, date, next);
	harness_check(strcmp(c->moved_by, moved_by) == 0, __FILE__, at,
	    "%s: moved by \"%s\", want \"%s\"", name, c->moved_by, moved_by);
}

static enum status
bin_days(struct db *db, long long customer_id, const char *today, struct find_bins *out,
    struct error *err)
{
	struct calendar *cal = open_calendar();
	enum status st;

	if (cal == NULL)
		return STATUS_IO_ERROR;
	st = find_bin_days(db, cal, customer_id, D(today), out, err);
	calendar_free(cal);
	return st;
}

/* A customer of the test's own at this address; false after a failed check. */
static bool
customer_at(struct dbtest *t, struct customer *c, const char *line1, const char *line2,
    const char *town)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Binsby%s", suffix);
	dbtest_customer(c, "Ffion", last);
	snprintf(c->address_line1, sizeof c->address_line1, "%s", line1);
	snprintf(c->address_line2, sizeof c->address_line2, "%s", line2);
	snprintf(c->town, sizeof c->town, "%s", town);
	return dbtest_create(&t->s, c);
}

/* Whether a and b have the same collections, stream by stream. */
static bool
same_collections(const struct find_bins *a, const struct find_bins *b)
{
	if (a->count != b->count)
		return false;
	for (int i = 0; i < a->count; i++) {
		const struct find_collection *x = &a->stream[i], *y = &b->stream[i];

		if (strcmp(x->name, y->name) != 0 || strcmp(x->container, y->container) != 0 ||
		    x->weekday != y->weekday || x->every_weeks != y->every_weeks ||
		    calendar_compare(x->next, y->next) != 0 ||
		    strcmp(x->moved_by, y->moved_by) != 0)
			return false;
	}
	return true;
}

TEST(test_bin_days_for_demo_customer_15)
{
	struct dbtest t;
	struct find_bins b;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(bin_days(t.db, LAURA, TODAY, &b, &err), STATUS_OK)) {
		CHECK_STR(b.street, LAURA_STREET);
		CHECK_STR(b.town, LAURA_TOWN);
		if (CHECK_INT(b.count, 4)) {
			CHECK_STR(b.stream[0].name, "General waste");
			CHECK_STR(b.stream[1].name, "Recycling");
			CHECK_STR(b.stream[2].name, "Food waste");
			CHECK_STR(b.stream[3].name, "Garden waste");
		}
		CHECK_STREAM(&b, "General waste", "black bin", TUESDAY, 2, "2026-12-01", "");
		CHECK_STREAM(&b, "Recycling", "blue bin", TUESDAY, 2, TODAY, "");
		CHECK_STREAM(&b, "Food waste", "food caddy", TUESDAY, 1, TODAY, "");
		CHECK_STREAM(&b, "Garden waste", "brown bin", TUESDAY, 2, TODAY, "");
	}
	dbtest_end(&t);
}

/* The next day, today's collections are a week or two away. */
TEST(test_bin_days_for_demo_customer_15_the_day_after)
{
	struct dbtest t;
	struct find_bins b;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(bin_days(t.db, LAURA, "2026-11-25", &b, &err), STATUS_OK)) {
		CHECK_STREAM(&b, "General waste", "black bin", TUESDAY, 2, "2026-12-01", "");
		CHECK_STREAM(&b, "Recycling", "blue bin", TUESDAY, 2, "2026-12-08", "");
		CHECK_STREAM(&b, "Food waste", "food caddy", TUESDAY, 1, "2026-12-01", "");
		CHECK_STREAM(&b, "Garden waste", "brown bin", TUESDAY, 2, "2026-12-08", "");
	}
	dbtest_end(&t);
}

/*
 * After Christmas: Monday 28 December is Boxing Day's substitute, so that week's Tuesday
 * collections (general waste, week A, and food) are on Wednesday 30 December; recycling and
 * garden waste are next due in week B, Tuesday 5 January, as usual.
 */
TEST(test_bin_days_for_demo_customer_15_after_christmas)
{
	struct dbtest t;
	struct find_bins b;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(bin_days(t.db, LAURA, "2026-12-28", &b, &err), STATUS_OK)) {
		CHECK_STREAM(&b, "General waste", "black bin", TUESDAY, 2, "2026-12-30",
		    "Boxing Day (substitute day)");
		CHECK_STREAM(&b, "Recycling", "blue bin", TUESDAY, 2, "2027-01-05", "");
		CHECK_STREAM(&b, "Food waste", "food caddy", TUESDAY, 1, "2026-12-30",
		    "Boxing Day (substitute day)");
		CHECK_STREAM(&b, "Garden waste", "brown bin", TUESDAY, 2, "2027-01-05", "");
	}
	dbtest_end(&t);
}

/* However the house number, flat or case is typed, the street decides the rounds. */
TEST(test_bin_days_follow_the_street_however_the_address_is_typed)
{
	struct dbtest t;
	struct customer house, flat;
	struct find_bins laura, b;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(bin_days(t.db, LAURA, TODAY, &laura, &err), STATUS_OK) &&
	    customer_at(&t, &house, "12A kingfisher way", "", "ASHBY FEN") &&
	    customer_at(&t, &flat, "Flat 3", "2-4 Kingfisher Way", "Ashby Fen")) {
		if (CHECK_INT(bin_days(t.db, house.id, TODAY, &b, &err), STATUS_OK)) {
			CHECK_STR(b.street, LAURA_STREET);
			CHECK_STR(b.town, LAURA_TOWN);
			CHECK(same_collections(&b, &laura));
		}
		if (CHECK_INT(bin_days(t.db, flat.id, TODAY, &b, &err), STATUS_OK)) {
			CHECK_STR(b.street, LAURA_STREET);
			CHECK(same_collections(&b, &laura));
		}
	}
	dbtest_end(&t);
}

/* Demo customer 67 lives in a flat: the street is on the second line. */
TEST(test_bin_days_of_a_flat_use_the_street_line)
{
	struct dbtest t;
	struct find_bins b;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(bin_days(t.db, 67, TODAY, &b, &err), STATUS_OK)) {
		CHECK_STR(b.street, "Chestnut Close");
		CHECK_STR(b.town, "Northgate");
		CHECK_INT(b.count, 4);
		CHECK_STREAM(&b, "General waste", "black bin", 3, 2, "2026-12-03", "");
		CHECK_STREAM(&b, "Recycling", "blue bin", 3, 2, "2026-11-26", "");
	}
	dbtest_end(&t);
}

TEST(test_bin_days_for_a_street_not_in_the_list_name_the_street)
{
	struct dbtest t;
	struct customer c;
	struct find_bins b;
	struct error err = { 0 };
	char suffix[DBTEST_SUFFIX_LEN], street[64], line1[72];

	if (!dbtest_begin(&t, "demo"))
		return;
	dbtest_suffix(suffix);
	snprintf(street, sizeof street, "Nowhere%s Row", suffix);
	snprintf(line1, sizeof line1, "7 %s", street);
	if (customer_at(&t, &c, line1, "", "Eastmere")) {
		CHECK_INT(bin_days(t.db, c.id, TODAY, &b, &err), STATUS_NOT_FOUND);
		harness_check(strstr(err.detail, street) != NULL, __FILE__, __LINE__,
		    "\"%s\" does not name \"%s\"", err.detail, street);
		CHECK(strstr(err.detail, "Eastmere") != NULL);
		CHECK(strstr(err.detail, "7 ") == NULL);
		CHECK_INT(b.count, 0);
	}
	dbtest_end(&t);
}

/* A street of the right name in another town is another street. */
TEST(test_bin_days_need_the_street_in_the_right_town)
{
	struct dbtest t;
	struct customer c;
	struct find_bins b;
	struct error err = { 0 };

	if (!dbtest_begin(&t, "demo"))
		return;
	if (customer_at(&t, &c, "30 Kingfisher Way", "", "Saltcote")) {
		CHECK_INT(bin_days(t.db, c.id, TODAY, &b, &err), STATUS_NOT_FOUND);
		CHECK(strstr(err.detail, "Kingfisher Way") != NULL);
		CHECK(strstr(err.detail, "Saltcote") != NULL);
	}
	dbtest_end(&t);
}

/* Opening hours ----------------------------------------------------------------------------- */

static enum status
open_on(struct db *db, const char *kind, const char *day, struct find_open **out, int *count,
    struct error *err)
{
	struct calendar *cal = open_calendar();
	enum status st;

	*out = NULL;
	*count = 0;
	if (cal == NULL)
		return STATUS_IO_ERROR;
	st = find_open_on(db, cal, kind, D(day), out, count, err);
	calendar_free(cal);
	return st;
}

/* The place with this code among the list, or NULL. */
static const struct find_open *
open_place(const struct find_open *list, int count, const char *code)
{
	for (int i = 0; i < count; i++)
		if (strcmp(list[i].place.code, code) == 0)
			return &list[i];
	return NULL;
}

static const char *
day_said(const struct place_day *day)
{
	static char out[160];

	place_day_format(day, out, sizeof out);
	return out;
}

TEST(test_libraries_open_on_a_tuesday_with_their_hours)
{
	struct dbtest t;
	struct find_open *list = NULL;
	const struct find_open *northgate;
	struct error err = { 0 };
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(open_on(t.db, "library", TODAY, &list, &count, &err), STATUS_OK)) {
		CHECK(count >= 2);
		for (int i = 0; i < count; i++)
			CHECK_STR(list[i].place.kind, "library");
		for (int i = 1; i < count; i++)
			harness_check(strcmp(list[i - 1].place.name, list[i].place.name) < 0,
			    __FILE__, __LINE__, "\"%s\" listed before \"%s\"",
			    list[i - 1].place.name, list[i].place.name);
		northgate = open_place(list, count, "LIB-NORTHGATE");
		if (CHECK(northgate != NULL)) {
			CHECK_STR(northgate->place.name, "Northgate Library");
			CHECK_STR(day_said(&northgate->day), "9:30am to 5:30pm");
		}
		CHECK(open_place(list, count, "TOWNHALL") == NULL);
	}
	free(list);
	dbtest_end(&t);
}

TEST(test_every_place_is_closed_on_christmas_day)
{
	struct dbtest t;
	struct find_open *list = NULL;
	struct error err = { 0 };
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(open_on(t.db, NULL, CHRISTMAS, &list, &count, &err), STATUS_OK)) {
		CHECK(open_place(list, count, "TOWNHALL") != NULL);
		CHECK(open_place(list, count, "LIB-NORTHGATE") != NULL);
		for (int i = 0; i < count; i++)
			harness_check(strcmp(day_said(&list[i].day), "Closed (Christmas Day)") == 0,
			    __FILE__, __LINE__, "%s on Christmas Day: \"%s\"", list[i].place.name,
			    day_said(&list[i].day));
		/* Offices first, then libraries, then the rest. */
		if (CHECK(count > 1))
			CHECK_STR(list[0].place.kind, "office");
	}
	free(list);
	dbtest_end(&t);
}

/* Millbrook Library opens on Thursdays, but not on the day of its own closure. */
TEST(test_a_place_closure_says_why)
{
	struct dbtest t;
	struct find_open *list = NULL;
	const struct find_open *p;
	struct error err = { 0 };
	int count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (CHECK_INT(open_on(t.db, "library", CLOSURE_WEEK_BEFORE, &list, &count, &err),
	    STATUS_OK) && CHECK((p = open_place(list, count, CLOSURE_PLACE)) != NULL))
		CHECK_STR(day_said(&p->day), "9:30am to 7pm");
	free(list);
	if (CHECK_INT(open_on(t.db, "library", CLOSURE_DAY, &list, &count, &err), STATUS_OK)) {
		p = open_place(list, count, CLOSURE_PLACE);
		if (CHECK(p != NULL)) {
			CHECK_INT(p->day.count, 0);
			CHECK_STR(p->day.why_closed, CLOSURE_REASON);
			CHECK_STR(day_said(&p->day), "Closed (" CLOSURE_REASON ")");
		}
		/* The other libraries keep their Thursday hours. */
		if (CHECK((p = open_place(list, count, "LIB-NORTHGATE")) != NULL))
			CHECK_STR(day_said(&p->day), "9:30am to 7pm");
	}
	free(list);
	dbtest_end(&t);
}

/* Giving information ------------------------------------------------------------------------ */

/* A customer of the test's own who prefers e-mail, at a unique address; false after a check. */
static bool
emailed_customer(struct dbtest *t, struct customer *c)
{
	char suffix[DBTEST_SUFFIX_LEN], last[64];

	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Findby%s", suffix);
	dbtest_customer(c, "Megan", last);
	snprintf(c->preferred_channel, sizeof c->preferred_channel, "email");
	snprintf(c->email, sizeof c->email, "megan.%s@example.org", suffix);
	snprintf(c->address_line1, sizeof c->address_line1, "9 Heron Close");
	snprintf(c->town, sizeof c->town, "Ashby Fen");
	return dbtest_create(&t->s, c);
}

/* Starts a contact with the customer under a new request id; 0 after a failed check. */
static long long
start(const struct session *s, long long customer_id)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long id = 0;

	db_new_request_id(rid);
	if (!harness_check(contact_start(s, rid, customer_id, &id, &err) == STATUS_OK, __FILE__,
	    __LINE__, "contact_start: %s", err.detail))
		return 0;
	return id;
}

static enum status
end(const struct session *s, long long contact_id)
{
	struct contact_outcome o = { .resolved_first = true, .reason = "Bulky waste" };
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return contact_end(s, rid, contact_id, &o, &err);
}

static enum status
give(const struct session *s, long long contact_id, const char *kind, int id, bool send)
{
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };

	db_new_request_id(rid);
	return find_give(s, rid, contact_id, kind, id, send, &err);
}

static long long
count_for(struct db *db, const char *sql, long long id)
{
	char key[24];
	const char *params[] = { key };

	snprintf(key, sizeof key, "%lld", id);
	return dbtest_count(db, sql, 1, params);
}

TEST(test_sending_an_article_records_it_and_emails_it_to_the_customer)
{
	struct dbtest t;
	struct customer c;
	struct find_article a;
	struct error err = { 0 };
	char customer[24];
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 &&
	    CHECK_INT(find_article_get(t.db, bulky, &a, &err), STATUS_OK) &&
	    emailed_customer(&t, &c) && (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_OK)) {
		const char *params[] = { customer, c.email, a.title, a.online_url };

		snprintf(customer, sizeof customer, "%lld", c.id);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), 1);
		CHECK_INT(count_for(t.db, "SELECT article_id AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), bulky);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1",
		    c.id), 1);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM outbox "
		    "WHERE customer_id = $1 AND channel = 'email' AND recipient = $2 "
		    "AND strpos(body, $3) > 0 AND strpos(body, $4) > 0 AND case_id IS NULL "
		    "AND sent_at IS NULL", 4, params), 1);
		/* The record of what was given points at the message that went. */
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information i "
		    "JOIN outbox o ON o.id = i.outbox_id JOIN contact k ON k.id = i.contact_id "
		    "WHERE i.contact_id = $1 AND o.customer_id = k.customer_id", contact), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1 AND staff_id = (SELECT id FROM staff "
		    "WHERE username = 'demo')", contact), 1);
	}
	dbtest_end(&t);
}

/* Read out rather than sent: recorded, and nothing goes to the outbox. */
TEST(test_giving_without_sending_writes_no_message)
{
	struct dbtest t;
	struct customer c;
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, false), STATUS_OK)) {
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1 AND outbox_id IS NULL", contact), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1",
		    c.id), 0);
	}
	dbtest_end(&t);
}

/* A customer who prefers letters is sent the article by post, to their address. */
TEST(test_sending_to_a_customer_who_prefers_letters_goes_by_letter)
{
	struct dbtest t;
	struct customer c;
	char suffix[DBTEST_SUFFIX_LEN], last[64], customer[24], sent[200];
	const char *params[] = { customer };
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Postby%s", suffix);
	dbtest_customer(&c, "Glenys", last);
	snprintf(c.preferred_channel, sizeof c.preferred_channel, "letter");
	snprintf(c.address_line1, sizeof c.address_line1, "5 Heron Close");
	snprintf(c.town, sizeof c.town, "Ashby Fen");
	snprintf(c.postcode, sizeof c.postcode, "em7 2yg");
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 && dbtest_create(&t.s, &c) &&
	    (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_OK)) {
		snprintf(customer, sizeof customer, "%lld", c.id);
		if (CHECK(dbtest_text(t.db, "SELECT channel || ' to ' || recipient AS v "
		    "FROM outbox WHERE customer_id = $1", 1, params, sent, sizeof sent)))
			CHECK_STR(sent, "letter to 5 Heron Close, Ashby Fen, EM7 2YG");
	}
	dbtest_end(&t);
}

/* An article is to be read: for a customer who likes a call, a text to their mobile. */
TEST(test_sending_to_a_customer_who_prefers_calls_goes_by_text_to_a_mobile)
{
	struct dbtest t;
	struct customer c;
	char suffix[DBTEST_SUFFIX_LEN], last[64], customer[24], want[64], sent[200];
	const char *params[] = { customer };
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Textby%s", suffix);
	dbtest_customer(&c, "Bryn", last);
	snprintf(c.phone, sizeof c.phone, "07700 900%03d", suffix[0] * 7 % 1000);
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 && dbtest_create(&t.s, &c) &&
	    (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_OK)) {
		snprintf(customer, sizeof customer, "%lld", c.id);
		snprintf(want, sizeof want, "sms to %s", c.phone);
		if (CHECK(dbtest_text(t.db, "SELECT channel || ' to ' || recipient AS v "
		    "FROM outbox WHERE customer_id = $1", 1, params, sent, sizeof sent)))
			CHECK_STR(sent, want);
	}
	dbtest_end(&t);
}

/* A landline cannot take a text: the article goes by post. */
TEST(test_sending_to_a_customer_with_only_a_landline_goes_by_letter)
{
	struct dbtest t;
	struct customer c;
	char suffix[DBTEST_SUFFIX_LEN], last[64], customer[24], sent[200];
	const char *params[] = { customer };
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	dbtest_suffix(suffix);
	snprintf(last, sizeof last, "Landby%s", suffix);
	dbtest_customer(&c, "Bryn", last);
	snprintf(c.address_line1, sizeof c.address_line1, "8 Plover Close");
	snprintf(c.town, sizeof c.town, "Ashby Fen");
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 &&
	    dbtest_unused_phone(t.db, c.phone, sizeof c.phone) && dbtest_create(&t.s, &c) &&
	    (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_OK)) {
		snprintf(customer, sizeof customer, "%lld", c.id);
		if (CHECK(dbtest_text(t.db, "SELECT channel || ' to ' || recipient AS v "
		    "FROM outbox WHERE customer_id = $1", 1, params, sent, sizeof sent)))
			CHECK_STR(sent, "letter to 8 Plover Close, Ashby Fen");
	}
	dbtest_end(&t);
}

TEST(test_what_was_given_is_listed_oldest_first)
{
	struct dbtest t;
	struct customer c;
	char (*lines)[160] = NULL;
	char want[160];
	struct error err = { 0 };
	long long contact;
	int bulky, org, northgate, count = 0;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 &&
	    (org = organisation_id(t.db, FOOD_BANK)) != 0 &&
	    (northgate = place_id(t.db, "LIB-NORTHGATE")) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_OK) &&
	    CHECK_INT(give(&t.s, contact, "organisation", org, false), STATUS_OK) &&
	    CHECK_INT(give(&t.s, contact, "place", northgate, false), STATUS_OK) &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, false), STATUS_OK) &&
	    CHECK_INT(find_given_on(t.db, contact, &lines, &count, &err), STATUS_OK) &&
	    CHECK_INT(count, 4)) {
		CHECK_STR(lines[0], "Article: " BULKY_TITLE " (sent)");
		snprintf(want, sizeof want, "Signposted: %s", FOOD_BANK);
		CHECK_STR(lines[1], want);
		CHECK_STR(lines[2], "Place: Northgate Library");
		CHECK_STR(lines[3], "Article: " BULKY_TITLE);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1 AND organisation_id IS NOT NULL", contact), 1);
	}
	free(lines);
	dbtest_end(&t);
}

TEST(test_nothing_given_lists_nothing)
{
	struct dbtest t;
	struct customer c;
	char (*lines)[160] = NULL;
	struct error err = { 0 };
	long long contact;
	int count = -1;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (emailed_customer(&t, &c) && (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(find_given_on(t.db, contact, &lines, &count, &err), STATUS_OK))
		CHECK_INT(count, 0);
	free(lines);
	dbtest_end(&t);
}

TEST(test_giving_on_an_ended_contact_is_a_conflict)
{
	struct dbtest t;
	struct customer c;
	long long contact;
	int bulky, org;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 &&
	    (org = organisation_id(t.db, FOOD_BANK)) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0 && CHECK_INT(end(&t.s, contact), STATUS_OK)) {
		CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_CONFLICT);
		CHECK_INT(give(&t.s, contact, "organisation", org, false), STATUS_CONFLICT);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), 0);
		/* Nor did the article go out: the failed give wrote nothing at all. */
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1",
		    c.id), 0);
	}
	dbtest_end(&t);
}

TEST(test_only_articles_can_be_sent)
{
	struct dbtest t;
	struct customer c;
	long long contact;
	int org, northgate;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((org = organisation_id(t.db, FOOD_BANK)) != 0 &&
	    (northgate = place_id(t.db, "LIB-NORTHGATE")) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0) {
		CHECK_INT(give(&t.s, contact, "organisation", org, true), STATUS_INVALID);
		CHECK_INT(give(&t.s, contact, "place", northgate, true), STATUS_INVALID);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), 0);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1",
		    c.id), 0);
	}
	dbtest_end(&t);
}

/* Information of a kind Find it does not know is refused, not passed on to the database. */
TEST(test_unknown_kind_of_information_is_invalid)
{
	struct dbtest t;
	struct customer c;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	enum status st;
	long long contact;
	int org;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((org = organisation_id(t.db, FOOD_BANK)) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0) {
		db_new_request_id(rid);
		st = find_give(&t.s, rid, contact, "leaflet", org, false, &err);
		harness_check(st == STATUS_INVALID, __FILE__, __LINE__,
		    "giving a \"leaflet\": %s, \"%s\"", status_message(st), err.detail);
		CHECK(strstr(err.detail, "leaflet") != NULL);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), 0);
	}
	dbtest_end(&t);
}

TEST(test_retried_give_with_same_request_id_records_and_sends_once)
{
	struct dbtest t;
	struct customer c;
	char rid[DB_REQUEST_ID_LEN];
	struct error err = { 0 };
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0) {
		db_new_request_id(rid);
		CHECK_INT(find_give(&t.s, rid, contact, "article", bulky, true, &err), STATUS_OK);
		CHECK_INT(find_give(&t.s, rid, contact, "article", bulky, true, &err), STATUS_OK);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), 1);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1",
		    c.id), 1);
	}
	dbtest_end(&t);
}

/* Each give is an update of the contact by the advisor; the customer's details stay out. */
TEST(test_giving_is_audited_without_personal_data)
{
	struct dbtest t;
	struct customer c;
	char key[24], staff[16];
	long long contact;
	int bulky, org;

	if (!dbtest_begin(&t, "demo"))
		return;
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 &&
	    (org = organisation_id(t.db, FOOD_BANK)) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0 &&
	    CHECK_INT(give(&t.s, contact, "article", bulky, true), STATUS_OK) &&
	    CHECK_INT(give(&t.s, contact, "organisation", org, false), STATUS_OK)) {
		snprintf(key, sizeof key, "%lld", contact);
		snprintf(staff, sizeof staff, "%d", t.s.staff.id);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit "
		    "WHERE entity = 'contact' AND entity_id = $1 AND action = 'update' "
		    "AND staff_id = $2 AND fields = 'information' "
		    "AND terminal = '" DBTEST_TERMINAL "'", 2, (const char *[]){ key, staff }), 2);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit a "
		    "WHERE strpos(a::text, $1) > 0", 1, (const char *[]){ c.email }), 0);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit a "
		    "WHERE strpos(a::text, $1) > 0", 1, (const char *[]){ c.last_name }), 0);
		CHECK_INT(dbtest_count(t.db, "SELECT count(*) AS n FROM audit a "
		    "WHERE strpos(a::text, $1) > 0", 1, (const char *[]){ BULKY_TITLE }), 0);
	}
	dbtest_end(&t);
}

/* Administrators keep the system, not customers' contacts. */
TEST(test_admin_may_not_give_information)
{
	struct dbtest t, admin;
	struct customer c;
	long long contact;
	int bulky;

	if (!dbtest_begin(&t, "demo"))
		return;
	if (!dbtest_begin(&admin, "helen.brooks")) {
		dbtest_end(&t);
		return;
	}
	if ((bulky = article_id(t.db, BULKY_SLUG)) != 0 && emailed_customer(&t, &c) &&
	    (contact = start(&t.s, c.id)) != 0) {
		CHECK_INT(give(&admin.s, contact, "article", bulky, true), STATUS_DENIED);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM contact_information "
		    "WHERE contact_id = $1", contact), 0);
		CHECK_INT(count_for(t.db, "SELECT count(*) AS n FROM outbox WHERE customer_id = $1",
		    c.id), 0);
	}
	dbtest_end(&admin);
	dbtest_end(&t);
}

static const struct test tests[] = {
	TEST_ENTRY(test_search_finds_bulky_waste_from_a_word_cut_short),
	TEST_ENTRY(test_search_finds_bulky_waste_from_the_words_people_use),
	TEST_ENTRY(test_search_finds_bulky_waste_despite_a_typo),
	TEST_ENTRY(test_search_hit_carries_what_the_advisor_reads_out),
	TEST_ENTRY(test_search_for_food_bank_puts_organisations_first),
	TEST_ENTRY(test_search_for_library_finds_places),
	TEST_ENTRY(test_search_of_nothing_or_stop_words_finds_nothing),
	TEST_ENTRY(test_search_gives_no_more_than_asked_for),
	TEST_ENTRY(test_search_puts_a_title_match_above_a_mention_in_the_body),
	TEST_ENTRY(test_article_and_organisation_read_back_in_full),
	TEST_ENTRY(test_bin_days_for_demo_customer_15),
	TEST_ENTRY(test_bin_days_for_demo_customer_15_the_day_after),
	TEST_ENTRY(test_bin_days_for_demo_customer_15_after_christmas),
	TEST_ENTRY(test_bin_days_follow_the_street_however_the_address_is_typed),
	TEST_ENTRY(test_bin_days_of_a_flat_use_the_street_line),
	TEST_ENTRY(test_bin_days_for_a_street_not_in_the_list_name_the_street),
	TEST_ENTRY(test_bin_days_need_the_street_in_the_right_town),
	TEST_ENTRY(test_libraries_open_on_a_tuesday_with_their_hours),
	TEST_ENTRY(test_every_place_is_closed_on_christmas_day),
	TEST_ENTRY(test_a_place_closure_says_why),
	TEST_ENTRY(test_sending_an_article_records_it_and_emails_it_to_the_customer),
	TEST_ENTRY(test_giving_without_sending_writes_no_message),
	TEST_ENTRY(test_sending_to_a_customer_who_prefers_letters_goes_by_letter),
	TEST_ENTRY(test_sending_to_a_customer_who_prefers_calls_goes_by_text_to_a_mobile),
	TEST_ENTRY(test_sending_to_a_customer_with_only_a_landline_goes_by_letter),
	TEST_ENTRY(test_what_was_given_is_listed_oldest_first),
	TEST_ENTRY(test_nothing_given_lists_nothing),
	TEST_ENTRY(test_giving_on_an_ended_contact_is_a_conflict),
	TEST_ENTRY(test_only_articles_can_be_sent),
	TEST_ENTRY(test_unknown_kind_of_information_is_invalid),
	TEST_ENTRY(test_retried_give_with_same_request_id_records_and_sends_once),
	TEST_ENTRY(test_giving_is_audited_without_personal_data),
	TEST_ENTRY(test_admin_may_not_give_information),
};

HARNESS_MAIN(tests)
