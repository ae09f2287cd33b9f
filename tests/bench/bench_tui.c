/*
 * Drives the real civicdesk binary in tmux and times what the advisor sees. One tmux control-mode
 * client (tmux -C, over pipes) sends keys and reads the screen with capture-pane, so a poll costs
 * one round trip to the tmux server instead of starting a tmux process each time.
 *
 * Usage: bench_tui SOCKET TARGET keys LABEL PASSES CMD
 *        bench_tui SOCKET TARGET startup RUNS CMD
 *        bench_tui SOCKET TARGET bytes TYPESCRIPT CMD
 * SOCKET is the tmux -L name, TARGET the pane (session:0.0) of an 80x24 session made by the run
 * script with remain-on-exit on; CMD (no single quotes) is run with respawn-pane -k, in the
 * session's environment (PGHOST, PGDATABASE, CIVICDESK_CONFIG ... set by the run script).
 *
 * keys:    key press to finished screen update. Typing names letter by letter on the search
 *          screen (done when the query shows what was typed and "searching..." is gone), Down
 *          and Up in the results (done when ">" is on the expected row), Enter to open the
 *          customer, F4 to edit, Ctrl-G back, F2 to search. One pass warms up unmeasured, then
 *          PASSES are measured. Then resident memory after a search and opening a customer.
 * startup: respawn to "DB online" on the status line and the search prompt, RUNS times.
 * bytes:   CMD runs civicdesk under script -f; opens a customer, F4, moves to Address line 2 and
 *          types 20 characters one at a time, each once the last one shows plus a pause, then
 *          divides the growth of TYPESCRIPT by 20.
 * Each mode ends the program with Ctrl-Q (SIGTERM if that fails): killing the pane would leave
 * script(1) and its civicdesk running on script's own terminal.
 *
 * Times are from just before send-keys is written to when the capture that first shows the
 * expected screen returns: an upper bound that includes up to one poll round trip (reported as
 * poll_p50_ms) and the send-keys round trip.
 *
 * Output: RESULT/CAT/MEM/SLOW lines on stdout (key=value), progress and problems on stderr.
 */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ROWS 24
#define TIMEOUT_MS 10000	/* a screen that never comes is a failure, not a slow sample */
#define SETTLE_MS 15		/* pause after each measured key, so keys never queue up */
#define MOVES 5			/* Down then Up in each result list: as often as letters typed */
#define MAX_SAMPLES 20000

/* Search screen (tui/screen_search.c) and form (tui/widget_form.c) geometry at 80x24. */
#define QUERY_ROW 2
#define QUERY_COL 11
#define FIRST_ROW 5
#define FORM_FIRST_ROW 2
#define FORM_VALUE_COL 22	/* 2 + the label (18) + 2 */
#define ADDRESS2_FIELD 7	/* customer_fields[]: title, first, last, born, phone, email, address, (line 2) */

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void
sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static long wrapped_pid;	/* script(1) in the pane, ended even when this program fails */
static void terminate(long pid);

static void
die(const char *fmt, ...)
{
	va_list ap;

	if (wrapped_pid > 0)
		terminate(wrapped_pid);

	fputs("bench_tui: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* The tmux control client -------------------------------------------------------------------- */

static struct {
	FILE *to;
	FILE *from;
	pid_t pid;
	const char *target;
	char *line;
	size_t line_size;
	double polls[MAX_SAMPLES];
	int npolls;
} tm;

struct buf;
static int tmux_read(struct buf *out);

static void
tmux_open(const char *socket, const char *target)
{
	int in[2], out[2];
	char session[128];

	snprintf(session, sizeof session, "%.*s", (int)strcspn(target, ":"), target);
	if (pipe(in) != 0 || pipe(out) != 0)
		die("pipe: %s", strerror(errno));
	tm.pid = fork();
	if (tm.pid < 0)
		die("fork: %s", strerror(errno));
	if (tm.pid == 0) {
		dup2(in[0], STDIN_FILENO);
		dup2(out[1], STDOUT_FILENO);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		execlp("tmux", "tmux", "-L", socket, "-C", "attach-session", "-t", session,
		    (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	tm.to = fdopen(in[1], "w");
	tm.from = fdopen(out[0], "r");
	tm.target = target;
	if (tm.to == NULL || tm.from == NULL)
		die("fdopen: %s", strerror(errno));
	if (tmux_read(NULL) != 0)	/* the answer to attach-session itself */
		die("cannot attach to %s on tmux socket %s", session, socket);
}

static void
tmux_close(void)
{
	fclose(tm.to);		/* the control client exits at end of input */
	fclose(tm.from);
	waitpid(tm.pid, NULL, 0);
}

struct buf {
	char *p;
	size_t len, size;
};

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->size) {
		b->size = (b->len + n + 1) * 2;
		b->p = realloc(b->p, b->size);
		if (b->p == NULL)
			die("out of memory");
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
tmux_send(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(tm.to, fmt, ap);
	va_end(ap);
	fputc('\n', tm.to);
	fflush(tm.to);
}

/*
 * Reads the answer to one command: its output (without the %begin/%end guard lines) goes to out
 * when not NULL. Notifications (%output, %layout-change ...) outside a block are skipped.
 */
static int
tmux_read(struct buf *out)
{
	bool in_block = false;
	ssize_t n;

	if (out != NULL)
		out->len = 0;
	while ((n = getline(&tm.line, &tm.line_size, tm.from)) > 0) {
		if (!in_block) {
			if (strncmp(tm.line, "%begin ", 7) == 0)
				in_block = true;
			else if (strncmp(tm.line, "%exit", 5) == 0)
				die("the tmux server went away");
			continue;
		}
		if (strncmp(tm.line, "%end ", 5) == 0)
			return 0;
		if (strncmp(tm.line, "%error ", 7) == 0) {
			if (out != NULL)
				fprintf(stderr, "bench_tui: tmux: %s", out->p ? out->p : "");
			return -1;
		}
		if (out != NULL)
			buf_add(out, tm.line, (size_t)n);
	}
	die("the tmux control client ended");
	return -1;
}

#define tmux_cmd(out, ...) (tmux_send(__VA_ARGS__), tmux_read(out))

/* A tmux argument in single quotes (keys and commands never contain one). */
static const char *
quoted(const char *s, char *out, size_t size)
{
	if (strchr(s, '\'') != NULL) {
		if (strcmp(s, "'") != 0)
			die("cannot quote %s", s);
		snprintf(out, size, "\"'\"");
	} else
		snprintf(out, size, "'%s'", s);
	return out;
}

/* The screen --------------------------------------------------------------------------------- */

struct screen {
	struct buf text, cursor;
	char *row[ROWS];
	int cx, cy;
};

static void
capture(struct screen *s)
{
	double t0 = now_ms();
	char *p;

	/* Both answers come from one pass of the server's loop: the same screen. */
	tmux_send("capture-pane -p -t %s ; display-message -p -t %s '#{cursor_x} #{cursor_y}'",
	    tm.target, tm.target);
	if (tmux_read(&s->text) != 0 || s->text.p == NULL || tmux_read(&s->cursor) != 0 ||
	    s->cursor.p == NULL || sscanf(s->cursor.p, "%d %d", &s->cx, &s->cy) != 2)
		die("capture-pane failed");
	if (tm.npolls < MAX_SAMPLES)
		tm.polls[tm.npolls++] = now_ms() - t0;
	p = s->text.p;
	for (int y = 0; y < ROWS; y++) {
		s->row[y] = p;
		p = strchr(p, '\n');
		if (p == NULL) {
			for (y++; y < ROWS; y++)
				s->row[y] = (char *)"";
			break;
		}
		*p++ = '\0';
	}
}

static const char *
row(const struct screen *s, int y)
{
	return y >= 0 && y < ROWS ? s->row[y] : "";
}

/* Whether row y shows text from column x (ASCII rows) and nothing but blanks after it. */
static bool
shows_field(const struct screen *s, int y, int x, const char *text)
{
	const char *r = row(s, y);

	if ((int)strlen(r) < x)
		return strspn(text, " ") == strlen(text);
	r += x;
	/* capture-pane drops trailing blanks: "smith " shows as "smith" at the end of a row */
	for (; *text != '\0'; text++, r++) {
		if (*r == '\0')
			return strspn(text, " ") == strlen(text);
		if (*r != *text)
			return false;
	}
	return *r == '\0' || *r == ' ';
}

static bool
row_has(const struct screen *s, int y, const char *text)
{
	return strstr(row(s, y), text) != NULL;
}

static bool
screen_has(const struct screen *s, const char *text)
{
	for (int y = 0; y < ROWS; y++)
		if (row_has(s, y, text))
			return true;
	return false;
}

static void
dump(const struct screen *s)
{
	fprintf(stderr, "---- screen ----\n");
	for (int y = 0; y < ROWS; y++)
		fprintf(stderr, "%2d|%s\n", y, row(s, y));
}

/* What the screen must show for a key to count as handled. */
struct expect {
	enum { EXPECT_QUERY, EXPECT_SELECTED, EXPECT_CUSTOMER, EXPECT_EDIT, EXPECT_FORM_TEXT,
		EXPECT_SIGNED_IN, EXPECT_FIELD_HELP } kind;
	const char *text;	/* query, customer name, typed text or help */
	int row;		/* EXPECT_SELECTED: the row ">" must be on */
};

static bool
met(const struct screen *s, const struct expect *e)
{
	switch (e->kind) {
	case EXPECT_QUERY:
		/* The cursor tells "smith " from "smith" */
		return row_has(s, 1, "Find a customer") && shows_field(s, QUERY_ROW, QUERY_COL,
		    e->text) && !row_has(s, QUERY_ROW, "searching...") && s->cy == QUERY_ROW &&
		    s->cx == QUERY_COL + (int)strlen(e->text);
	case EXPECT_SELECTED:
		return strncmp(row(s, e->row), ">", 1) == 0;
	case EXPECT_CUSTOMER:
		/* The history comes last, below however many appointments, cases and accounts. */
		return screen_has(s, "Contact history") && row_has(s, 1, e->text) &&
		    !screen_has(s, "Edit the customer");
	case EXPECT_EDIT:
		return row_has(s, 1, "Edit the customer's details");
	case EXPECT_FORM_TEXT:
		return shows_field(s, FORM_FIRST_ROW + ADDRESS2_FIELD, FORM_VALUE_COL, e->text) &&
		    s->cy == FORM_FIRST_ROW + ADDRESS2_FIELD &&
		    s->cx == FORM_VALUE_COL + (int)strlen(e->text);
	case EXPECT_SIGNED_IN:
		return row_has(s, ROWS - 1, "DB online") && row_has(s, 1, "Find a customer") &&
		    shows_field(s, QUERY_ROW, 2, "Search");
	case EXPECT_FIELD_HELP:
		return row_has(s, ROWS - 4, e->text);
	}
	return false;
}

/* Polls the screen until e is met; the time since t0 when it was, or dies. */
static double
wait_for(struct screen *s, const struct expect *e, double t0)
{
	for (;;) {
		capture(s);
		if (met(s, e))
			return now_ms() - t0;
		if (now_ms() - t0 > TIMEOUT_MS) {
			dump(s);
			die("timed out waiting for the screen (%d \"%s\")", (int)e->kind,
			    e->text ? e->text : "");
		}
	}
}

/* Sends a key (a tmux key name, or literal text when literal) and times the screen's answer. */
static double
key(struct screen *s, const char *k, bool literal, const struct expect *e)
{
	char q[64];
	double t0 = now_ms(), ms;

	if (tmux_cmd(NULL, "send-keys -t %s %s%s", tm.target, literal ? "-l " : "",
	    quoted(k, q, sizeof q)) != 0)
		die("send-keys %s failed", k);
	ms = wait_for(s, e, t0);
	sleep_ms(SETTLE_MS);
	return ms;
}

static void
respawn(const char *cmd)
{
	char q[4096];

	if (tmux_cmd(NULL, "respawn-pane -k -t %s %s", tm.target, quoted(cmd, q, sizeof q)) != 0)
		die("respawn-pane failed");
}

static long
pane_pid(void)
{
	struct buf b = { 0 };
	long pid;

	if (tmux_cmd(&b, "display-message -p -t %s '#{pane_pid}'", tm.target) != 0 || b.p == NULL)
		die("no pane pid");
	pid = atol(b.p);
	free(b.p);
	return pid;
}

static bool
pane_dead(void)
{
	struct buf b = { 0 };
	bool dead;

	if (tmux_cmd(&b, "display-message -p -t %s '#{pane_dead}'", tm.target) != 0 || b.p == NULL)
		die("no pane state");
	dead = b.p[0] == '1';
	free(b.p);
	return dead;
}

/* SIGTERM to pid's children (script's civicdesk), then to pid. */
static void
terminate(long pid)
{
	char path[64], line[512];
	FILE *f;

	snprintf(path, sizeof path, "/proc/%ld/task/%ld/children", pid, pid);
	if ((f = fopen(path, "r")) != NULL) {
		if (fgets(line, sizeof line, f) != NULL)
			for (char *p = strtok(line, " \n"); p != NULL; p = strtok(NULL, " \n"))
				kill((pid_t)atol(p), SIGTERM);
		fclose(f);
	}
	kill((pid_t)pid, SIGTERM);
}

/*
 * Ends the program in the pane as an advisor would: Ctrl-Q, twice when an open contact asks
 * for confirmation. A killed pane would leave script(1) and its civicdesk running on script's
 * own terminal, so whatever is still alive after that gets SIGTERM.
 */
static void
quit_app(void)
{
	long pid = pane_pid();
	double t0 = now_ms();

	for (int i = 0; i < 2 && !pane_dead(); i++) {
		if (tmux_cmd(NULL, "send-keys -t %s C-q", tm.target) != 0)
			break;
		sleep_ms(150);
	}
	while (!pane_dead() && now_ms() - t0 < 3000)
		sleep_ms(20);
	if (!pane_dead()) {
		fprintf(stderr, "bench_tui: Ctrl-Q did not end the program: terminating it\n");
		terminate(pid);
	}
}

/* Statistics --------------------------------------------------------------------------------- */

struct sample {
	const char *cat;
	char what[64];
	double ms;
};

static struct sample samples[MAX_SAMPLES];
static int nsamples;
static bool measuring;

static void
record(const char *cat, const char *what, double ms)
{
	if (!measuring || nsamples >= MAX_SAMPLES)
		return;
	samples[nsamples].cat = cat;
	snprintf(samples[nsamples].what, sizeof samples[nsamples].what, "%s", what);
	samples[nsamples].ms = ms;
	nsamples++;
}

static int
by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
percentile(const double *sorted, int n, double p)
{
	int rank = (int)(p / 100.0 * n + 0.999999);

	if (n == 0)
		return 0;
	if (rank < 1)
		rank = 1;
	if (rank > n)
		rank = n;
	return sorted[rank - 1];
}

static void
summary(const char *tag, const char *label, const char *cat)
{
	double *v = malloc(sizeof(double) * (size_t)(nsamples + 1));
	int n = 0;

	if (v == NULL)
		die("out of memory");
	for (int i = 0; i < nsamples; i++)
		if (cat == NULL || strcmp(samples[i].cat, cat) == 0)
			v[n++] = samples[i].ms;
	qsort(v, (size_t)n, sizeof *v, by_double);
	if (n > 0)
		printf("%s label=%s cat=%s n=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
		    tag, label, cat ? cat : "all", n, percentile(v, n, 50), percentile(v, n, 90),
		    percentile(v, n, 99), v[n - 1]);
	free(v);
}

static void
poll_summary(void)
{
	qsort(tm.polls, (size_t)tm.npolls, sizeof tm.polls[0], by_double);
	printf("POLL n=%d poll_p50_ms=%.3f poll_p99_ms=%.3f\n", tm.npolls,
	    percentile(tm.polls, tm.npolls, 50), percentile(tm.polls, tm.npolls, 99));
}

/* Scenarios ---------------------------------------------------------------------------------- */

static void
start_app(struct screen *s, const char *cmd)
{
	struct expect signed_in = { EXPECT_SIGNED_IN, NULL, 0 };

	respawn(cmd);
	wait_for(s, &signed_in, now_ms());
	sleep_ms(100);
}

/* "12 found" on the query row: 12; 0 when nothing was found. */
static int
found(const struct screen *s)
{
	const char *r = row(s, QUERY_ROW), *f = strstr(r, " found");

	if (f == NULL)
		return 0;
	while (f > r && isdigit((unsigned char)f[-1]))
		f--;
	return atoi(f);
}

/* The name on the selected result row: from column 2 to the first double blank. */
static void
selected_name(const struct screen *s, int y, char *out, size_t size)
{
	const char *r = row(s, y);
	size_t n;

	r = strlen(r) > 2 ? r + 2 : "";
	n = strstr(r, "  ") ? (size_t)(strstr(r, "  ") - r) : strlen(r);
	if (n > 20)
		n = 20;		/* a prefix is enough, and never cuts the name the screen shows */
	while (n > 0 && (r[n - 1] & 0xC0) == 0x80)
		n--;		/* nor a UTF-8 character */
	if (n > 0 && (r[n - 1] & 0xC0) == 0xC0)
		n--;
	snprintf(out, size, "%.*s", (int)n, r);
}

static void
type_query(struct screen *s, const char *q, const char *cat)
{
	char typed[128];
	struct expect e = { EXPECT_QUERY, typed, 0 };

	for (size_t i = 0; q[i] != '\0'; i++) {
		char k[2] = { q[i], '\0' };
		double ms;

		snprintf(typed, sizeof typed, "%.*s", (int)i + 1, q);
		ms = key(s, k, true, &e);
		record(cat, typed, ms);
	}
}

static void
clear_query(struct screen *s)
{
	struct expect e = { EXPECT_QUERY, "", 0 };

	record("clear (F2)", "F2", key(s, "F2", false, &e));
}

static void
keys_pass(struct screen *s, bool with_screens)
{
	static const char *const names[] = { "smith", "sarah jones", "patel", "em4 8", "07700 9",
		"okafor", "o'brien", "lily-mae", "mohammed k", "wing yee", "jon smiht" };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *q = names[i];
		char name[64];
		int n, moves;

		clear_query(s);
		type_query(s, q, "type a letter");
		n = found(s);
		moves = n - 1 < MOVES ? n - 1 : MOVES;
		for (int m = 1; m <= moves; m++) {
			struct expect e = { EXPECT_SELECTED, NULL, FIRST_ROW + m };

			record("Down", "Down", key(s, "Down", false, &e));
		}
		for (int m = moves - 1; m >= 0; m--) {
			struct expect e = { EXPECT_SELECTED, NULL, FIRST_ROW + m };

			record("Up", "Up", key(s, "Up", false, &e));
		}
		if (n == 0 || !with_screens)
			continue;
		selected_name(s, FIRST_ROW, name, sizeof name);
		{
			struct expect open = { EXPECT_CUSTOMER, name, 0 };
			struct expect edit = { EXPECT_EDIT, NULL, 0 };
			struct expect search = { EXPECT_QUERY, q, 0 };

			record("open customer (Enter)", name, key(s, "Enter", false, &open));
			record("edit (F4)", name, key(s, "F4", false, &edit));
			record("back (Ctrl-G)", name, key(s, "C-g", false, &open));
			record("search (F2)", name, key(s, "F2", false, &search));
		}
	}
}

/* What makes up the resident set: the largest mappings by file, with their private part. */
static void
memory_map(long pid, const char *label)
{
	struct mapping {
		char name[160];
		long rss, private;
	} maps[128];
	int n = 0, cur = -1;
	char path[64], line[512];
	FILE *f;

	snprintf(path, sizeof path, "/proc/%ld/smaps", pid);
	if ((f = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		char name[160] = "[anonymous]";
		long kb;

		size_t first = strcspn(line, " \t\n");

		/* "Rss:   12 kB" is about the mapping above; "7f..-7f.. r--p ... /path" starts one. */
		if (first > 0 && line[first - 1] != ':') {
			sscanf(line, "%*s %*s %*s %*s %*s %159s", name);
			for (cur = 0; cur < n && strcmp(maps[cur].name, name) != 0; cur++)
				;
			if (cur == n && n < 128) {
				snprintf(maps[n].name, sizeof maps[n].name, "%s", name);
				maps[n].rss = maps[n].private = 0;
				n++;
			} else if (cur == n)
				cur = -1;
			continue;
		}
		if (cur < 0)
			continue;
		if (sscanf(line, "Rss: %ld", &kb) == 1)
			maps[cur].rss += kb;
		else if (sscanf(line, "Private_Clean: %ld", &kb) == 1 ||
		    sscanf(line, "Private_Dirty: %ld", &kb) == 1)
			maps[cur].private += kb;
	}
	fclose(f);
	for (int shown = 0; shown < 8; shown++) {
		int top = -1;

		for (int i = 0; i < n; i++)
			if (maps[i].rss > 0 && (top < 0 || maps[i].rss > maps[top].rss))
				top = i;
		if (top < 0)
			break;
		printf("MEMMAP label=%s rss_kb=%ld private_kb=%ld file=%s\n", label, maps[top].rss,
		    maps[top].private, maps[top].name);
		maps[top].rss = 0;
	}
}

static void
memory(const char *label)
{
	long pid = pane_pid();
	char path[64], line[256], comm[64] = "";
	long rss = -1, hwm = -1, pc = 0, pd = 0, pss = -1;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%ld/comm", pid);
	if ((f = fopen(path, "r")) != NULL) {
		if (fgets(comm, sizeof comm, f) != NULL)
			comm[strcspn(comm, "\n")] = '\0';
		fclose(f);
	}
	snprintf(path, sizeof path, "/proc/%ld/status", pid);
	if ((f = fopen(path, "r")) == NULL)
		die("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof line, f) != NULL) {
		sscanf(line, "VmRSS: %ld", &rss);
		sscanf(line, "VmHWM: %ld", &hwm);
	}
	fclose(f);
	snprintf(path, sizeof path, "/proc/%ld/smaps_rollup", pid);
	if ((f = fopen(path, "r")) == NULL)
		die("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof line, f) != NULL) {
		sscanf(line, "Private_Clean: %ld", &pc);
		sscanf(line, "Private_Dirty: %ld", &pd);
		sscanf(line, "Pss: %ld", &pss);
	}
	fclose(f);
	printf("MEM label=%s pid=%ld comm=%s vmrss_kb=%ld vmhwm_kb=%ld private_kb=%ld "
	    "private_clean_kb=%ld private_dirty_kb=%ld pss_kb=%ld\n", label, pid, comm, rss, hwm,
	    pc + pd, pc, pd, pss);
	memory_map(pid, label);
}

static void
run_keys(const char *label, int passes, const char *cmd)
{
	struct screen s = { 0 };
	double t0;

	start_app(&s, cmd);
	t0 = now_ms();
	keys_pass(&s, true);
	fprintf(stderr, "bench_tui: %s: warm-up pass %.1f s\n", label, (now_ms() - t0) / 1e3);
	measuring = true;
	tm.npolls = 0;
	t0 = now_ms();
	for (int p = 0; p < passes; p++)
		keys_pass(&s, true);
	measuring = false;
	fprintf(stderr, "bench_tui: %s: %d measured pass(es) %.1f s\n", label, passes,
	    (now_ms() - t0) / 1e3);
	summary("RESULT", label, NULL);
	for (int i = 0; i < nsamples; i++) {
		bool seen = false;

		for (int j = 0; j < i && !seen; j++)
			seen = strcmp(samples[j].cat, samples[i].cat) == 0;
		if (!seen)
			summary("CAT", label, samples[i].cat);
	}
	poll_summary();
	/* The slowest keys, for the report. */
	for (int shown = 0; shown < 5; shown++) {
		int worst = -1;

		for (int i = 0; i < nsamples; i++)
			if (samples[i].ms >= 0 && (worst < 0 || samples[i].ms > samples[worst].ms))
				worst = i;
		if (worst < 0)
			break;
		printf("SLOW label=%s ms=%.2f cat=\"%s\" what=\"%s\"\n", label, samples[worst].ms,
		    samples[worst].cat, samples[worst].what);
		samples[worst].ms = -1;
	}

	/* Memory once a search has run and a customer is open. */
	clear_query(&s);
	type_query(&s, "smith", "type a letter");
	{
		char name[64];
		struct expect open = { EXPECT_CUSTOMER, name, 0 };

		selected_name(&s, FIRST_ROW, name, sizeof name);
		key(&s, "Enter", false, &open);
	}
	sleep_ms(200);
	memory(label);
	quit_app();
}

static void
run_startup(int runs, const char *cmd)
{
	struct screen s = { 0 };
	struct expect signed_in = { EXPECT_SIGNED_IN, NULL, 0 };
	double v[64];

	if (runs > 64)
		runs = 64;
	for (int i = 0; i < runs; i++) {
		double t0 = now_ms();

		respawn(cmd);
		v[i] = wait_for(&s, &signed_in, t0);
		fprintf(stderr, "bench_tui: start %d: %.1f ms\n", i + 1, v[i]);
		sleep_ms(150);
	}
	qsort(v, (size_t)runs, sizeof v[0], by_double);
	printf("RESULT label=startup n=%d median_ms=%.2f min_ms=%.2f max_ms=%.2f\n", runs,
	    runs % 2 ? v[runs / 2] : (v[runs / 2 - 1] + v[runs / 2]) / 2, v[0], v[runs - 1]);
	poll_summary();
	quit_app();
}

static long
file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* Waits until path has not grown for quiet_ms; its size. */
static long
settled_size(const char *path, int quiet_ms)
{
	long size = file_size(path);
	double since = now_ms();

	while (now_ms() - since < quiet_ms) {
		long now;

		sleep_ms(10);
		now = file_size(path);
		if (now != size) {
			size = now;
			since = now_ms();
		}
	}
	return size;
}

static void
run_bytes(const char *typescript, const char *cmd)
{
	static const char text[] = "Flat 3, Rosebank Hse";	/* 20 characters */
	struct screen s = { 0 };
	struct expect search = { EXPECT_QUERY, "smith", 0 };
	struct expect edit = { EXPECT_EDIT, NULL, 0 };
	struct expect help = { EXPECT_FIELD_HELP, "Flat, building or area", 0 };
	char name[64], typed[32];
	struct expect open = { EXPECT_CUSTOMER, name, 0 };
	struct expect form = { EXPECT_FORM_TEXT, typed, 0 };
	long before, after, prev, most = 0;
	int nkeys = (int)strlen(text);

	unlink(typescript);
	start_app(&s, cmd);
	wrapped_pid = pane_pid();
	key(&s, "smith", true, &search);
	selected_name(&s, FIRST_ROW, name, sizeof name);
	key(&s, "Enter", false, &open);
	key(&s, "F4", false, &edit);
	for (int i = 0; i < ADDRESS2_FIELD; i++) {
		if (tmux_cmd(NULL, "send-keys -t %s Tab", tm.target) != 0)
			die("send-keys Tab failed");
		sleep_ms(30);
	}
	wait_for(&s, &help, now_ms());
	typed[0] = '\0';
	if (!met(&s, &form)) {
		dump(&s);
		die("Address line 2 is not empty: is a draft left from an earlier run?");
	}
	before = prev = settled_size(typescript, 300);
	for (int i = 0; i < nkeys; i++) {
		char k[2] = { text[i], '\0' };
		long now;

		snprintf(typed, sizeof typed, "%.*s", i + 1, text);
		key(&s, k, true, &form);
		sleep_ms(40);
		now = file_size(typescript);
		if (now - prev > most)
			most = now - prev;
		prev = now;
	}
	after = settled_size(typescript, 300);
	printf("RESULT label=bytes keys=%d bytes=%ld bytes_per_key=%.1f max_key_bytes=%ld "
	    "before=%ld after=%ld\n", nkeys, after - before, (double)(after - before) / nkeys, most,
	    before, after);
	quit_app();
}

int
main(int argc, char **argv)
{
	if (argc < 6) {
		fprintf(stderr, "usage: bench_tui SOCKET TARGET keys LABEL PASSES CMD\n"
		    "       bench_tui SOCKET TARGET startup RUNS CMD\n"
		    "       bench_tui SOCKET TARGET bytes TYPESCRIPT CMD\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	tmux_open(argv[1], argv[2]);
	if (tmux_cmd(NULL, "refresh-client -f no-output") != 0)
		die("refresh-client failed");
	if (strcmp(argv[3], "keys") == 0 && argc >= 7)
		run_keys(argv[4], atoi(argv[5]), argv[6]);
	else if (strcmp(argv[3], "startup") == 0)
		run_startup(atoi(argv[4]), argv[5]);
	else if (strcmp(argv[3], "bytes") == 0)
		run_bytes(argv[4], argv[5]);
	else
		die("unknown mode %s", argv[3]);
	tmux_close();
	return 0;
}
