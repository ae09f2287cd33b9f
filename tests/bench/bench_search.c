/*
 * Search as you type on a large customer table: every prefix of a set of realistic queries is
 * searched with customer_search(), one call per key typed, as the search screen would when the
 * advisor types slower than the database answers (the worst case: a fast typist gets fewer
 * searches). One pass warms the caches unmeasured, then BENCH_SEARCH_PASSES (default 2) passes
 * are timed.
 *
 * Usage: bench_search [explain]   (database from the PG* environment variables)
 * Prints progress to stderr and machine-readable lines to stdout:
 *   RESULT search_n=N search_queries=N search_p50_ms=X search_p90_ms=X search_p99_ms=X ...
 *   KIND kind="surname" n=N p50_ms=X p99_ms=X max_ms=X     by what the advisor typed
 *   WHY kind="phone" n=N p50_ms=X p99_ms=X max_ms=X        by how customer_search matched
 *   SLOW ms=X rows=N why="name" query="smi"                 the slowest prefixes of each WHY
 * With "explain", the two slowest prefixes of each kind are searched once more with
 * auto_explain (analyze, buffers) loaded in this session only, so their EXPLAIN ANALYZE output
 * lands in the server's log for the run script to collect. The role must be a superuser (LOAD).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "customer.h"
#include "db.h"

#define LIMIT 50		/* session:search_limit's default */
#define SLOWEST 3		/* slowest prefixes shown per kind of search */
#define EXPLAINED 2		/* of which explained */

/* How customer_search found the first match ("-": nothing found). */
static const char *const whys[] = { "name", "similar name", "postcode", "phone", "email", "-" };
#define NWHYS (sizeof whys / sizeof whys[0])

struct query {
	const char *kind;	/* what the advisor means to type, for the report */
	const char *text;
};

/*
 * Drawn from the demo council (core/sql/demo.sql): common and rare surnames, names with
 * apostrophes, hyphens and accents, "first last", the typos advisors make on the phone, postcodes
 * as residents say them, Ofcom drama numbers, and e-mail addresses (searched as names until the @
 * is typed, as the application does).
 */
static const struct query queries[] = {
	{ "surname", "Smith" },
	{ "surname", "Jones" },
	{ "surname", "Patel" },
	{ "surname", "Okafor" },
	{ "surname", "Kowalska" },
	{ "surname", "O'Brien" },
	{ "surname", "MacDonald" },
	{ "surname", "Wiśniewska" },
	{ "surname", "Hartley-Wood" },
	{ "surname", "Chowdhury" },
	{ "surname", "Nguyen" },		/* nobody: falls through to similar names */
	{ "first last", "Sarah Smith" },
	{ "first last", "Olivia Dixon" },
	{ "first last", "Mohammed Khan" },
	{ "first last", "Harpreet Kaur" },
	{ "first last", "Lily-Mae Morgan" },
	{ "first last", "Jamie Ward" },
	{ "first last", "Siobhán Murphy" },
	{ "first last", "Margaret James" },
	{ "first last", "Chiamaka Okafor" },
	{ "first last", "Wing Yee Wong" },
	{ "misspelt", "Jon Smiht" },
	{ "misspelt", "Sarah Jonse" },
	{ "misspelt", "Mohamed Kahn" },
	{ "misspelt", "Olivia Dixen" },
	{ "misspelt", "Katarzyna Nowack" },
	{ "misspelt", "Siobhan O'Sulivan" },
	{ "misspelt", "Cris Jonson" },
	{ "misspelt", "Margret Jmaes" },
	{ "postcode part", "EM4" },
	{ "postcode part", "EM4 8" },
	{ "postcode part", "em10 0" },
	{ "postcode part", "EM2 2R" },
	{ "postcode", "EM2 2RP" },
	{ "postcode", "EM4 6SX" },
	{ "postcode", "em72es" },
	{ "postcode", "EM10 0GL" },
	{ "phone", "07700 9" },
	{ "phone", "07700 900535" },
	{ "phone", "0118 496 0646" },
	{ "phone", "+44 7700 900040" },
	{ "phone", "020 7946 0" },
	{ "email", "olivia_dixon@example.net" },
	{ "email", "paul@exa" },
	{ "email", "r.knight@example.net" },
	{ "email", "jamie.ward3@" },
	{ "email", "heather.sinclair@example.org" },
};

#define NQUERIES (sizeof queries / sizeof queries[0])

struct sample {
	double ms;
	int rows;
	const char *kind;	/* of the query typed */
	char why[24];		/* how the first match was found: what the application classified */
	char prefix[64];
};

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
by_ms(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static int
by_sample_ms_desc(const void *a, const void *b)
{
	double x = ((const struct sample *)a)->ms, y = ((const struct sample *)b)->ms;

	return (x < y) - (x > y);
}

/* Nearest-rank percentile of sorted values. */
static double
percentile(const double *sorted, size_t n, double p)
{
	size_t rank;

	if (n == 0)
		return 0;
	rank = (size_t)(p / 100.0 * (double)n + 0.999999);
	if (rank < 1)
		rank = 1;
	if (rank > n)
		rank = n;
	return sorted[rank - 1];
}

/* Bytes of the first `chars` UTF-8 characters of s. */
static size_t
prefix_bytes(const char *s, size_t chars)
{
	size_t i = 0;

	for (size_t c = 0; s[i] != '\0' && c < chars; c++) {
		i++;
		while ((s[i] & 0xC0) == 0x80)
			i++;
	}
	return i;
}

static size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if ((*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* One search, timed; returns -1 on error (already reported). */
static int
search_once(struct db *db, const char *prefix, struct sample *out)
{
	struct customer_match *m = NULL;
	struct error err;
	int count = 0;
	double t0, t1;
	enum status st;

	t0 = now_ms();
	st = customer_search(db, prefix, LIMIT, &m, &count, &err);
	t1 = now_ms();
	if (st != STATUS_OK) {
		fprintf(stderr, "bench_search: \"%s\": %s\n", prefix, err.detail);
		free(m);
		return -1;
	}
	if (out != NULL) {
		out->ms = t1 - t0;
		out->rows = count;
		snprintf(out->why, sizeof out->why, "%s", count > 0 ? m[0].why : "-");
		snprintf(out->prefix, sizeof out->prefix, "%s", prefix);
	}
	free(m);
	return 0;
}

/* Types every query character by character; samples NULL: unmeasured. */
static int
one_pass(struct db *db, struct sample *samples, size_t *n)
{
	for (size_t q = 0; q < NQUERIES; q++) {
		size_t chars = utf8_chars(queries[q].text);

		for (size_t c = 1; c <= chars; c++) {
			char prefix[64];
			size_t len = prefix_bytes(queries[q].text, c);

			snprintf(prefix, sizeof prefix, "%.*s", (int)len, queries[q].text);
			if (search_once(db, prefix, samples ? &samples[*n] : NULL) != 0)
				return -1;
			if (samples != NULL)
				samples[(*n)++].kind = queries[q].kind;
		}
	}
	return 0;
}

static void
report_group(const char *label, const struct sample *s, size_t n, const char *kind,
    bool by_why)
{
	double *ms = malloc((n ? n : 1) * sizeof *ms);
	size_t k = 0;

	if (ms == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		if (kind == NULL || strcmp(by_why ? s[i].why : s[i].kind, kind) == 0)
			ms[k++] = s[i].ms;
	qsort(ms, k, sizeof *ms, by_ms);
	if (k > 0)
		printf("%s kind=\"%s\" n=%zu p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", label,
		    kind ? kind : "all", k, percentile(ms, k, 50), percentile(ms, k, 99), ms[k - 1]);
	free(ms);
}

static bool
seen_before(const struct sample *s, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (strcmp(s[j].prefix, s[i].prefix) == 0)
			return true;
	return false;
}

int
main(int argc, char **argv)
{
	const char *passes_env = getenv("BENCH_SEARCH_PASSES");
	int passes = passes_env ? atoi(passes_env) : 2;
	size_t per_pass = 0, n = 0;
	struct sample *samples;
	double *ms, t0;
	struct db *db;
	struct error err;
	const char *explain[NWHYS * EXPLAINED];
	size_t explain_count = 0;

	if (passes < 1)
		passes = 1;
	for (size_t q = 0; q < NQUERIES; q++)
		per_pass += utf8_chars(queries[q].text);
	samples = calloc(per_pass * (size_t)passes, sizeof *samples);
	ms = calloc(per_pass * (size_t)passes, sizeof *ms);
	db = db_open("", "public");
	if (samples == NULL || ms == NULL || db == NULL) {
		fprintf(stderr, "bench_search: out of memory\n");
		return 1;
	}
	if (db_wait(db, 10000, &err) != STATUS_OK) {
		fprintf(stderr, "bench_search: database: %s\n", err.detail);
		return 1;
	}

	t0 = now_ms();
	if (one_pass(db, NULL, NULL) != 0)
		return 1;
	fprintf(stderr, "bench_search: warm-up pass, %zu searches, %.1f s\n", per_pass,
	    (now_ms() - t0) / 1e3);
	t0 = now_ms();
	for (int p = 0; p < passes; p++)
		if (one_pass(db, samples, &n) != 0)
			return 1;
	fprintf(stderr, "bench_search: %d measured pass(es), %zu searches, %.1f s\n", passes, n,
	    (now_ms() - t0) / 1e3);

	for (size_t i = 0; i < n; i++)
		ms[i] = samples[i].ms;
	qsort(ms, n, sizeof *ms, by_ms);
	printf("RESULT search_n=%zu search_queries=%zu search_p50_ms=%.2f search_p90_ms=%.2f "
	    "search_p99_ms=%.2f search_max_ms=%.2f\n", n, NQUERIES, percentile(ms, n, 50),
	    percentile(ms, n, 90), percentile(ms, n, 99), ms[n - 1]);
	/* By what the advisor typed, then by how the application searched it. */
	for (size_t q = 0; q < NQUERIES; q++) {
		bool dup = false;

		for (size_t r = 0; r < q && !dup; r++)
			dup = strcmp(queries[r].kind, queries[q].kind) == 0;
		if (!dup)
			report_group("KIND", samples, n, queries[q].kind, false);
	}
	for (size_t w = 0; w < NWHYS; w++)
		report_group("WHY", samples, n, whys[w], true);

	/* The slowest prefixes of each kind of search, and their plans when asked. */
	qsort(samples, n, sizeof *samples, by_sample_ms_desc);
	for (size_t w = 0; w < NWHYS; w++) {
		for (size_t i = 0, shown = 0; i < n && shown < SLOWEST; i++) {
			if (strcmp(samples[i].why, whys[w]) != 0 || seen_before(samples, i))
				continue;
			printf("SLOW ms=%.2f rows=%d why=\"%s\" query=\"%s\"\n", samples[i].ms,
			    samples[i].rows, samples[i].why, samples[i].prefix);
			if (shown < EXPLAINED && explain_count < sizeof explain / sizeof explain[0])
				explain[explain_count++] = samples[i].prefix;
			shown++;
		}
	}

	if (argc > 1 && argv[1][0] != '\0') {
		/* The plans of the slowest, into the server log (this session only). */
		if (db_run(db, "LOAD 'auto_explain'", 0, NULL, &err) != STATUS_OK ||
		    db_run(db, "SET auto_explain.log_min_duration = 0", 0, NULL, &err) != STATUS_OK ||
		    db_run(db, "SET auto_explain.log_analyze = on", 0, NULL, &err) != STATUS_OK ||
		    db_run(db, "SET auto_explain.log_buffers = on", 0, NULL, &err) != STATUS_OK ||
		    db_run(db, "SET auto_explain.log_nested_statements = on", 0, NULL, &err) !=
		    STATUS_OK) {
			fprintf(stderr, "bench_search: auto_explain: %s\n", err.detail);
		} else {
			for (size_t i = 0; i < explain_count; i++)
				search_once(db, explain[i], NULL);
		}
	}
	db_close(db);
	free(samples);
	free(ms);
	return 0;
}
