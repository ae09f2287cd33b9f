/* vt8: an 8-bit terminal for the screen tests. It runs a program on a pseudo-terminal, types a script
 * at it, keeps every byte the program writes and renders the screen with libvterm as a Latin-1 or
 * ASCII terminal shows it, which tmux (UTF-8 only) cannot. Usage is in usage() below. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <vterm.h>

enum { VT8_OK = 0, VT8_BAD_USAGE = 2, VT8_TIMED_OUT = 3, VT8_NO_START = 4 };
enum charset { CHARSET_LATIN1, CHARSET_ASCII };

/* A key: sent through libvterm when vkey is set, so cursor keys follow the terminal's DECCKM mode. */
struct key {
	VTermKey vkey;
	VTermModifier mod;
	char byte;		/* sent as it is when vkey is VTERM_KEY_NONE */
};

enum op { OP_WAIT, OP_GONE, OP_TYPE, OP_KEY, OP_SLEEP, OP_SCREEN, OP_CURSOR, OP_END };

struct step {
	enum op op;
	char *text;		/* owned: wait/gone text in UTF-8, or type's bytes in the charset */
	size_t len;
	struct key key;
	int ms;
};

struct term {
	VTerm *vt;
	VTermScreen *screen;
	enum charset charset;
	int rows, cols, timeout_ms;
	int master;
	pid_t pid;
	bool eof;		/* the pty is closed: nothing more can be read or written */
	bool reaped;
	int status;		/* from waitpid, once reaped */
	FILE *bytes;		/* borrowed: the --bytes file, or NULL */
	char *line;		/* one screen row in UTF-8: cols * VTERM_MAX_CHARS_PER_CELL * 4 + 1 */
	char *keys;		/* bytes for the program, written as it reads them */
	size_t keys_len, keys_sent, keys_cap;
	unsigned long long total, c1, high;
};

static const struct {
	const char *name;
	struct key key;
} named_keys[] = {
	{ "Enter", { VTERM_KEY_ENTER, 0, 0 } },
	{ "Tab", { VTERM_KEY_TAB, 0, 0 } },
	{ "BTab", { VTERM_KEY_TAB, VTERM_MOD_SHIFT, 0 } },
	{ "Escape", { VTERM_KEY_ESCAPE, 0, 0 } },
	{ "Backspace", { VTERM_KEY_BACKSPACE, 0, 0 } },
	{ "Up", { VTERM_KEY_UP, 0, 0 } },
	{ "Down", { VTERM_KEY_DOWN, 0, 0 } },
	{ "Left", { VTERM_KEY_LEFT, 0, 0 } },
	{ "Right", { VTERM_KEY_RIGHT, 0, 0 } },
	{ "Home", { VTERM_KEY_HOME, 0, 0 } },
	{ "End", { VTERM_KEY_END, 0, 0 } },
	{ "Delete", { VTERM_KEY_DEL, 0, 0 } },
	{ "PageUp", { VTERM_KEY_PAGEUP, 0, 0 } },
	{ "PageDown", { VTERM_KEY_PAGEDOWN, 0, 0 } },
	{ "Space", { VTERM_KEY_NONE, 0, ' ' } },
};

static void
usage(void)
{
	fprintf(stderr, "usage: vt8 [--size COLSxLINES] [--charset latin1|ascii] [--bytes FILE] "
	    "[--timeout SECONDS] SCRIPT -- CMD [ARG...]\n"
	    "script lines: wait TEXT, gone TEXT, type TEXT, key NAME, sleep MS, screen, cursor, end\n");
	exit(VT8_BAD_USAGE);
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Writes c as UTF-8 to out (room for 4 bytes); returns the number of bytes. */
static size_t
utf8_put(uint32_t c, char *out)
{
	size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;

	if (n == 1) {
		out[0] = (char)c;
		return 1;
	}
	for (size_t i = n - 1; i > 0; i--, c >>= 6)
		out[i] = (char)(0x80 | (c & 0x3F));
	out[0] = (char)((0xFF00 >> n & 0xFF) | c);	/* 110xxxxx, 1110xxxx or 11110xxx */
	return n;
}

/* Decodes the UTF-8 character at *s and moves past it; returns -1 for a malformed one. */
static long
utf8_get(const unsigned char **s)
{
	const unsigned char *p = *s;
	int more = *p < 0x80 ? 0 : *p >= 0xC2 && *p < 0xE0 ? 1 : *p >= 0xE0 && *p < 0xF0 ? 2 :
	    *p >= 0xF0 && *p < 0xF5 ? 3 : -1;
	long c;

	if (more < 0)
		return -1;
	c = more == 0 ? *p : *p & (0x3F >> more);
	for (int i = 1; i <= more; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return -1;
		c = c << 6 | (p[i] & 0x3F);
	}
	*s = p + more + 1;
	return c;
}

/*
 * libvterm 0.1.4 has no Latin-1: in 8-bit mode it reads GR bytes as ASCII with the top bit cleared
 * (0xE9 "é" shows as "i", 0xFF vanishes) and its only other sets are DEC graphics and the British
 * 94-set. So vt8 runs libvterm in UTF-8 mode and does what an 8-bit terminal's decoder does itself:
 * 0xA0-0xFF become the UTF-8 of the same code point, and a C1 control 0x80-0x9F becomes its 7-bit
 * form ESC (byte - 0x40), which ECMA-48 defines as the same control. For ascii every byte above
 * 0x7f becomes U+FFFD, so a wrong byte shows on the screen as well as in the counts.
 * out needs room for 3 bytes per byte of in; returns the bytes written.
 */
static size_t
translate(enum charset charset, const unsigned char *in, size_t n, char *out)
{
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		if (in[i] < 0x80) {
			out[len++] = (char)in[i];
		} else if (charset == CHARSET_ASCII) {
			len += utf8_put(0xFFFD, out + len);
		} else if (in[i] < 0xA0) {
			out[len++] = '\033';
			out[len++] = (char)(in[i] - 0x40);
		} else {
			len += utf8_put(in[i], out + len);
		}
	}
	return len;
}

/* Queues bytes for the program; libvterm's own output (keys, answers to queries) comes here too. */
static void
queue_keys(const char *s, size_t len, void *user)
{
	struct term *t = user;

	if (t->keys_len + len > t->keys_cap) {
		t->keys_cap = (t->keys_len + len) * 2;
		t->keys = realloc(t->keys, t->keys_cap);
		if (t->keys == NULL) {
			perror("vt8");
			exit(1);
		}
	}
	memcpy(t->keys + t->keys_len, s, len);
	t->keys_len += len;
}

/* Reads what the program has written, up to 64 KiB so a flood still lets the caller look at the
 * screen; keeps the bytes and feeds the screen. Returns the number of bytes read. */
static size_t
term_read(struct term *t)
{
	unsigned char in[4096];
	char out[3 * sizeof in];
	size_t got = 0;

	while (!t->eof && got < 16 * sizeof in) {
		ssize_t n = read(t->master, in, sizeof in);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			break;
		if (n <= 0) {	/* Linux says EIO once the last holder of the pty's other end is gone */
			t->eof = true;
			break;
		}
		for (ssize_t i = 0; i < n; i++) {
			t->c1 += in[i] >= 0x80 && in[i] < 0xA0;
			t->high += in[i] >= 0x80;
		}
		t->total += (size_t)n;
		got += (size_t)n;
		if (t->bytes != NULL)
			fwrite(in, 1, (size_t)n, t->bytes);
		vterm_input_write(t->vt, out, translate(t->charset, in, (size_t)n, out));
	}
	return got;
}

/* Writes a small piece of the queued keys; the master is non-blocking, so a program that has
 * stopped reading leaves them queued instead of stopping vt8. */
static void
term_write(struct term *t)
{
	size_t len = t->keys_len - t->keys_sent;
	ssize_t n = write(t->master, t->keys + t->keys_sent, len < 64 ? len : 64);

	if (n > 0)
		t->keys_sent += (size_t)n;
	else if (n < 0 && errno != EAGAIN && errno != EINTR)
		t->keys_sent = t->keys_len;	/* the program is gone: nobody will read them */
	if (t->keys_sent == t->keys_len)
		t->keys_sent = t->keys_len = 0;
}

/* Waits up to ms for the program to write or accept keys, and does both; returns the bytes read. */
static size_t
term_pump(struct term *t, int ms)
{
	struct pollfd p = { .fd = t->master, .events = POLLIN };

	if (!t->reaped && waitpid(t->pid, &t->status, WNOHANG) == t->pid)
		t->reaped = true;
	if (t->eof) {
		if (ms > 0)
			poll(NULL, 0, ms);
		return 0;
	}
	if (t->keys_len > t->keys_sent)
		p.events |= POLLOUT;
	if (poll(&p, 1, ms) <= 0)
		return 0;
	if (p.revents & POLLOUT)
		term_write(t);
	return p.revents & (POLLIN | POLLHUP | POLLERR) ? term_read(t) : 0;
}

/* Puts row's text in UTF-8 into t->line and returns it, with the trailing spaces unless trim. */
static const char *
screen_row(const struct term *t, int row, bool trim)
{
	char *out = t->line;
	size_t len = 0;

	for (int col = 0; col < t->cols;) {
		VTermScreenCell cell;

		vterm_screen_get_cell(t->screen, (VTermPos){ .row = row, .col = col }, &cell);
		if (cell.chars[0] == 0)
			out[len++] = ' ';
		for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i] != 0; i++)
			len += utf8_put(cell.chars[i], out + len);
		col += cell.width > 0 ? cell.width : 1;
	}
	while (trim && len > 0 && out[len - 1] == ' ')
		len--;
	out[len] = '\0';
	return out;
}

static void
screen_print(const struct term *t, FILE *f)
{
	for (int row = 0; row < t->rows; row++)
		fprintf(f, "%s\n", screen_row(t, row, true));
	fprintf(f, "----\n");
}

static bool
screen_contains(const struct term *t, const char *text)
{
	for (int row = 0; row < t->rows; row++)
		if (strstr(screen_row(t, row, false), text) != NULL)
			return true;
	return false;
}

/* Polls until text is on the screen (or, for gone, off it); returns VT8_OK or VT8_TIMED_OUT after
 * showing the screen, at once if the program has ended since the screen can no longer change. */
static int
run_wait(struct term *t, const char *text, bool present)
{
	long long deadline = now_ms() + t->timeout_ms;

	term_pump(t, 0);
	while (screen_contains(t, text) != present) {
		if (t->eof || now_ms() >= deadline) {
			fprintf(stderr, "vt8: %s waiting for %s%s\n", t->eof ? "the program ended while" :
			    "timed out", text, present ? "" : " to go");
			screen_print(t, stderr);
			return VT8_TIMED_OUT;
		}
		term_pump(t, 20);
	}
	return VT8_OK;
}

static void
run_sleep(struct term *t, int ms)
{
	long long deadline = now_ms() + ms;

	for (long long left = ms; left > 0; left = deadline - now_ms())
		term_pump(t, left < 20 ? (int)left : 20);
}

/* Waits up to the timeout for the program to exit and for its last bytes; false if it did not. */
static bool
wait_exit(struct term *t)
{
	long long deadline = now_ms() + t->timeout_ms;

	while (!t->reaped && now_ms() < deadline)
		term_pump(t, 20);
	/* Its children may still hold the pty and write: drain what there is, but not forever. */
	deadline = now_ms() + 500;
	while (t->reaped && now_ms() < deadline && term_pump(t, 50) > 0)
		;
	return t->reaped;
}

static int
run_step(struct term *t, const struct step *s)
{
	VTermPos pos;

	switch (s->op) {
	case OP_WAIT:
	case OP_GONE:
		return run_wait(t, s->text, s->op == OP_WAIT);
	case OP_TYPE:
		queue_keys(s->text, s->len, t);
		break;
	case OP_KEY:
		if (s->key.vkey != VTERM_KEY_NONE)
			vterm_keyboard_key(t->vt, s->key.vkey, s->key.mod);
		else
			queue_keys(&s->key.byte, 1, t);
		break;
	case OP_SLEEP:
		run_sleep(t, s->ms);
		break;
	case OP_SCREEN:
		term_pump(t, 0);
		screen_print(t, stdout);
		break;
	case OP_CURSOR:
		term_pump(t, 0);
		vterm_state_get_cursorpos(vterm_obtain_state(t->vt), &pos);
		printf("cursor %d %d\n", pos.row, pos.col);
		break;
	case OP_END:
		if (!wait_exit(t)) {
			fprintf(stderr, "vt8: timed out waiting for the program to exit\n");
			screen_print(t, stderr);
			return VT8_TIMED_OUT;
		}
		break;
	}
	fflush(stdout);
	return VT8_OK;
}

/* Parses a key name: the table, F1-F12 or C-x; false if it is none of them. */
static bool
parse_key(const char *name, struct key *key)
{
	int n = 0, used = 0;

	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++) {
		if (strcmp(name, named_keys[i].name) == 0) {
			*key = named_keys[i].key;
			return true;
		}
	}
	if (sscanf(name, "F%d%n", &n, &used) == 1 && name[used] == '\0' && n >= 1 && n <= 12) {
		*key = (struct key){ VTERM_KEY_FUNCTION(n), 0, 0 };
		return true;
	}
	if (strncmp(name, "C-", 2) == 0 && name[2] != '\0' && name[3] == '\0' &&
	    strchr("@abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_", name[2]) != NULL) {
		*key = (struct key){ VTERM_KEY_NONE, 0, (char)(name[2] & 0x1F) };
		return true;
	}
	return false;
}

/* Converts UTF-8 text to the charset's bytes in place (never longer); false if the text is not
 * UTF-8 or has a character the charset lacks (C1 code points are not Latin-1 characters). */
static bool
to_charset(char *text, size_t *len, enum charset charset)
{
	const unsigned char *in = (const unsigned char *)text;
	size_t n = 0;

	while (*in != '\0') {
		long c = utf8_get(&in);

		if (c < 0 || c >= (charset == CHARSET_ASCII ? 0x80 : 0x100) || (c >= 0x80 && c < 0xA0))
			return false;
		text[n++] = (char)c;
	}
	*len = n;
	return true;
}

/* Turns one script line (without its newline) into a step, taking line; an error message if bad. */
static const char *
parse_step(char *line, enum charset charset, struct step *s)
{
	static const struct { const char *name; enum op op; bool arg; } ops[] = {
		{ "wait", OP_WAIT, true }, { "gone", OP_GONE, true }, { "type", OP_TYPE, true },
		{ "key", OP_KEY, true }, { "sleep", OP_SLEEP, true }, { "screen", OP_SCREEN, false },
		{ "cursor", OP_CURSOR, false }, { "end", OP_END, false },
	};
	char *arg = strchr(line, ' ');
	size_t i = 0, word = arg != NULL ? (size_t)(arg - line) : strlen(line);
	char *end;

	while (i < sizeof ops / sizeof ops[0] && (strlen(ops[i].name) != word ||
	    strncmp(line, ops[i].name, word) != 0))
		i++;
	if (i == sizeof ops / sizeof ops[0])
		return "unknown command";
	if (ops[i].arg != (arg != NULL && arg[1] != '\0'))
		return ops[i].arg ? "missing argument" : "unexpected argument";
	*s = (struct step){ .op = ops[i].op, .text = line };
	if (arg == NULL)
		return NULL;
	memmove(line, arg + 1, strlen(arg + 1) + 1);	/* the text is all after the first space */
	s->len = strlen(line);
	if (s->op == OP_TYPE && !to_charset(line, &s->len, charset))
		return "text is not UTF-8 or has a character the charset lacks";
	if (s->op == OP_KEY && !parse_key(line, &s->key))
		return "unknown key";
	if (s->op == OP_SLEEP && ((s->ms = (int)strtol(line, &end, 10)) < 0 || *end != '\0'))
		return "sleep needs milliseconds";
	return NULL;
}

/* Reads the whole script before the program starts, so a bad line costs no run; exits 2 if bad.
 * Blank lines and lines starting with # are skipped. Returns the number of steps in *steps. */
static size_t
read_script(const char *path, enum charset charset, struct step **steps)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, count = 0;
	ssize_t len;

	if (f == NULL) {
		fprintf(stderr, "vt8: %s: %s\n", path, strerror(errno));
		exit(VT8_BAD_USAGE);
	}
	*steps = NULL;
	for (int lineno = 1; (len = getline(&line, &cap, f)) >= 0; lineno++) {
		const char *error;

		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		*steps = realloc(*steps, (count + 1) * sizeof **steps);
		if (*steps == NULL || (error = parse_step(line, charset, &(*steps)[count])) != NULL) {
			fprintf(stderr, "vt8: %s:%d: %s\n", path, lineno,
			    *steps == NULL ? strerror(errno) : error);
			exit(VT8_BAD_USAGE);
		}
		count++;
		line = NULL;	/* the step owns it now */
		cap = 0;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return count;
}

/* Starts argv on a new pty of the terminal's size; false (with a message) if it could not run.
 * A close-on-exec pipe tells the parent whether exec worked. */
static bool
term_spawn(struct term *t, char **argv)
{
	struct winsize ws = { .ws_row = (unsigned short)t->rows, .ws_col = (unsigned short)t->cols };
	struct termios tio;
	int report[2], error = 0;

	if (pipe(report) != 0 || fcntl(report[1], F_SETFD, FD_CLOEXEC) != 0) {
		perror("vt8: pipe");
		return false;
	}
	t->pid = forkpty(&t->master, NULL, NULL, &ws);
	if (t->pid == 0) {
		close(report[0]);
		/* An 8-bit terminal: the line discipline must not treat input as UTF-8. */
		if (tcgetattr(STDIN_FILENO, &tio) == 0) {
			tio.c_iflag &= ~(tcflag_t)IUTF8;
			tcsetattr(STDIN_FILENO, TCSANOW, &tio);
		}
		execvp(argv[0], argv);
		error = errno;
		(void)!write(report[1], &error, sizeof error);
		_exit(127);
	}
	if (t->pid < 0)
		error = errno;
	close(report[1]);
	if (t->pid > 0 && read(report[0], &error, sizeof error) != sizeof error)
		error = 0;	/* end of file: exec closed the pipe */
	close(report[0]);
	if (error != 0) {
		fprintf(stderr, "vt8: %s: %s\n", argv[0], strerror(error));
		return false;
	}
	fcntl(t->master, F_SETFL, fcntl(t->master, F_GETFL) | O_NONBLOCK);
	return true;
}

/* Sends the last keys, hangs up on the program (and its process group) if it is still running,
 * kills it if that is ignored, and keeps reading meanwhile so it never blocks on a full pty. */
static void
term_stop(struct term *t)
{
	long long deadline = now_ms() + t->timeout_ms;

	while (t->keys_len > t->keys_sent && !t->eof && now_ms() < deadline)
		term_pump(t, 20);
	if (!t->reaped)
		kill(-t->pid, SIGHUP);
	if (!wait_exit(t)) {
		kill(-t->pid, SIGKILL);
		waitpid(t->pid, &t->status, 0);
		t->reaped = true;
	}
	if (WIFEXITED(t->status))
		fprintf(stderr, "vt8: the program exited with status %d\n", WEXITSTATUS(t->status));
	else
		fprintf(stderr, "vt8: the program was killed by signal %d\n", WTERMSIG(t->status));
	fprintf(stderr, "vt8: %llu bytes; C1 controls: %llu; bytes above 0x7f: %llu\n",
	    t->total, t->c1, t->high);
}

/* Reads the options into t; returns the index of SCRIPT in argv, which is followed by "--". */
static int
parse_options(int argc, char **argv, struct term *t, const char **bytes_path)
{
	int i = 1;
	char *end;
	double seconds;

	for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0'; i += 2) {
		const char *value = argv[i + 1];

		if (strcmp(argv[i], "--size") == 0) {
			if (sscanf(value, "%dx%d", &t->cols, &t->rows) != 2 || t->cols < 1 ||
			    t->rows < 1 || t->cols > 1000 || t->rows > 1000)
				usage();
		} else if (strcmp(argv[i], "--charset") == 0 && strcmp(value, "latin1") == 0) {
			t->charset = CHARSET_LATIN1;
		} else if (strcmp(argv[i], "--charset") == 0 && strcmp(value, "ascii") == 0) {
			t->charset = CHARSET_ASCII;
		} else if (strcmp(argv[i], "--bytes") == 0) {
			*bytes_path = value;
		} else if (strcmp(argv[i], "--timeout") == 0) {
			seconds = strtod(value, &end);
			if (*end != '\0' || !(seconds > 0 && seconds < 86400))
				usage();
			t->timeout_ms = (int)(seconds * 1000);
		} else {
			usage();
		}
	}
	if (i + 2 >= argc || strcmp(argv[i + 1], "--") != 0)
		usage();
	return i;
}

int
main(int argc, char **argv)
{
	struct term t = { .rows = 24, .cols = 80, .timeout_ms = 5000, .charset = CHARSET_LATIN1 };
	const char *bytes_path = NULL;
	int script = parse_options(argc, argv, &t, &bytes_path), status = VT8_OK;
	struct step *steps;
	size_t count = read_script(argv[script], t.charset, &steps);

	if (bytes_path != NULL && (t.bytes = fopen(bytes_path, "wbe")) == NULL) {
		fprintf(stderr, "vt8: %s: %s\n", bytes_path, strerror(errno));
		return VT8_BAD_USAGE;
	}
	t.line = malloc((size_t)t.cols * VTERM_MAX_CHARS_PER_CELL * 4 + 1);
	if (t.line == NULL) {
		perror("vt8");
		return 1;
	}
	t.vt = vterm_new(t.rows, t.cols);
	vterm_set_utf8(t.vt, 1);	/* see translate() for why UTF-8 */
	vterm_output_set_callback(t.vt, queue_keys, &t);
	t.screen = vterm_obtain_screen(t.vt);
	vterm_screen_enable_altscreen(t.screen, 1);
	vterm_screen_reset(t.screen, 1);
	signal(SIGPIPE, SIG_IGN);
	if (!term_spawn(&t, argv + script + 2)) {
		status = VT8_NO_START;
	} else {
		for (size_t i = 0; i < count && status == VT8_OK; i++)
			status = run_step(&t, &steps[i]);
		term_stop(&t);
		close(t.master);
	}
	for (size_t i = 0; i < count; i++)
		free(steps[i].text);
	free(steps);
	free(t.keys);
	free(t.line);
	vterm_free(t.vt);
	if (t.bytes != NULL && fclose(t.bytes) != 0) {
		perror("vt8: --bytes");
		status = status == VT8_OK ? 1 : status;
	}
	return status;
}
