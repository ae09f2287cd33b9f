/*
 * Reading gettext PO files into a table sorted by key for binary search, and choosing a plural
 * form with the catalogue's own Plural-Forms expression, compiled once when the file is read.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "po.h"

#define PO_MAX_BYTES (4u << 20)	/* far above any interface's catalogue */
#define READ_CHUNK (64u << 10)
#define NPLURALS_MAX 100
#define FORMS_INDEX_MAX 99999	/* msgstr[N] must be the next form anyway: this stops overflow */
#define PLURAL_NODES 256	/* Arabic's rule, the longest in use, needs about 40 */
#define PLURAL_DEPTH 64		/* nesting of ( ! and ?: the parser will follow */
#define CONTEXT_GLUE '\004'	/* between msgctxt and msgid in a key, as gettext joins them */

/* What the germanic languages use, and gettext assumes when a catalogue does not say. */
static const char germanic[] = "nplurals=2; plural=(n != 1);";

enum plural_op {
	OP_NUMBER, OP_N, OP_NOT, OP_IF,
	OP_OR, OP_AND, OP_EQ, OP_NE, OP_LE, OP_GE, OP_LT, OP_GT,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
};

/* One node of a compiled Plural-Forms expression; a, b, c index the operands. */
struct plural_node {
	enum plural_op op;
	unsigned long value;	/* OP_NUMBER */
	int a, b, c;		/* c only for OP_IF: a ? b : c */
};

/* The binary operators by precedence level, as in C: 0 binds loosest; longest text first. */
static const struct {
	const char *text;
	enum plural_op op;
	int level;
} binary_ops[] = {
	{ "||", OP_OR, 0 }, { "&&", OP_AND, 1 },
	{ "==", OP_EQ, 2 }, { "!=", OP_NE, 2 },
	{ "<=", OP_LE, 3 }, { ">=", OP_GE, 3 }, { "<", OP_LT, 3 }, { ">", OP_GT, 3 },
	{ "+", OP_ADD, 4 }, { "-", OP_SUB, 4 },
	{ "*", OP_MUL, 5 }, { "/", OP_DIV, 5 }, { "%", OP_MOD, 5 },
};
#define BINARY_LEVELS 6

/* A translated entry. Both strings point into po->text. */
struct po_entry {
	const char *key;	/* msgid, or msgctxt "\004" msgid */
	const char *forms;	/* msgstr, or msgstr[0] "\0" msgstr[1] "\0" ... */
	int nforms;
	int line;		/* of its msgctxt or msgid, for a duplicate's error */
};

struct po_field {
	const char *name;
	const char *value;
};

struct po {
	char *text;		/* the file, its strings decoded in place; owns every string here */
	struct po_entry *entries;	/* sorted by key */
	int nentries, allocated;
	struct po_field *fields;	/* the header's, in file order */
	int nfields;
	unsigned long nplurals;
	struct plural_node plural[PLURAL_NODES];
	int plural_root;
};

enum token_kind {
	T_END, T_STRING, T_COMMENT, T_MSGCTXT, T_MSGID, T_MSGID_PLURAL, T_MSGSTR, T_MSGSTR_N,
	T_BAD,
};

static const char *const token_names[] = {
	[T_END] = "end of file", [T_STRING] = "a string", [T_COMMENT] = "a comment",
	[T_MSGCTXT] = "msgctxt", [T_MSGID] = "msgid", [T_MSGID_PLURAL] = "msgid_plural",
	[T_MSGSTR] = "msgstr", [T_MSGSTR_N] = "msgstr[N]", [T_BAD] = "something unreadable",
};

static const struct {
	const char *word;
	enum token_kind kind;
} keywords[] = {
	{ "msgctxt", T_MSGCTXT }, { "msgid", T_MSGID }, { "msgid_plural", T_MSGID_PLURAL },
	{ "msgstr", T_MSGSTR },
};

/* The token at the reading position, found without being consumed. */
struct token {
	enum token_kind kind;
	char *start;
	size_t len;
	int line;
	int index;		/* T_MSGSTR_N */
};

/*
 * The file being read. Strings are decoded in place: the decoded text is never longer than its
 * quoted, escaped form with the keyword before it, so w (where the next decoded byte goes) never
 * passes p (the next byte to read), and the file's buffer becomes the strings' storage.
 */
struct reader {
	struct po *po;
	const char *path;
	struct error *err;	/* never NULL */
	char *p;
	char *w;
	int line;
	char *header;		/* the msgstr of msgid "", or NULL */
	int header_line;
	bool header_fuzzy;
};

/* An entry as it is read, before it is kept or dropped. */
struct draft {
	char *key;
	char *forms;
	int nforms;
	int line;
	int forms_line;
	bool fuzzy;
};

static enum status invalid(struct reader *r, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static enum status
invalid(struct reader *r, int line, const char *fmt, ...)
{
	char what[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	return error_set(r->err, STATUS_INVALID, "%s:%d: %s", r->path, line, what);
}

/* Reading the file. */

/*
 * The whole file, NUL-terminated, with its length. files_read would do but for the length,
 * which is needed to refuse a NUL byte rather than silently stop reading at it.
 */
static enum status
read_file(const char *path, char **text, size_t *len, struct error *err)
{
	FILE *f = fopen(path, "rb");
	int why = errno;
	size_t size = 0, got = 0, n;
	char *buf = NULL, *grown;

	if (f == NULL)
		return error_set(err, why == ENOENT ? STATUS_NOT_FOUND : STATUS_IO_ERROR,
		    "cannot read %s: %s", path, strerror(why));
	do {
		if (got == size) {
			size = size == 0 ? READ_CHUNK : size * 2;
			if (size > PO_MAX_BYTES + 1)
				size = PO_MAX_BYTES + 1;	/* one more byte shows it is over */
			if ((grown = realloc(buf, size + 1)) == NULL) {
				free(buf);
				fclose(f);
				return error_set(err, STATUS_NO_MEMORY, NULL);
			}
			buf = grown;
		}
		n = fread(buf + got, 1, size - got, f);
		got += n;
	} while (n > 0 && got <= PO_MAX_BYTES);
	if (ferror(f) || got > PO_MAX_BYTES) {
		why = errno;
		fclose(f);
		free(buf);
		if (got > PO_MAX_BYTES)
			return error_set(err, STATUS_IO_ERROR, "%s is over %u bytes", path,
			    PO_MAX_BYTES);
		return error_set(err, STATUS_IO_ERROR, "cannot read %s: %s", path, strerror(why));
	}
	fclose(f);
	buf[got] = '\0';
	*text = buf;
	*len = got;
	return STATUS_OK;
}

/* The line a byte is on, counting from 1. */
static int
line_of(const char *text, const char *at)
{
	int line = 1;

	for (; text < at; text++)
		if (*text == '\n')
			line++;
	return line;
}

/* Tokens. */

/* ASCII only, whatever the locale: a UTF-8 byte must never be taken for a space or a letter. */
static bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool
is_printable(int c)
{
	return c >= 0x20 && c < 0x7f;
}

static void
skip_space(struct reader *r)
{
	for (; is_space(*r->p); r->p++)
		if (*r->p == '\n')
			r->line++;
}

static bool
is_word_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

/* "[N]" after msgstr (s just after "msgstr["), spaces allowed inside as msgfmt allows them. */
static bool
read_form_index(const char *s, struct token *t)
{
	long n = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	if (!is_digit(*s))
		return false;
	for (; is_digit(*s); s++)
		if ((n = n * 10 + (*s - '0')) > FORMS_INDEX_MAX)
			return false;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s++ != ']')
		return false;
	t->index = (int)n;
	t->len = (size_t)(s - t->start);
	return true;
}

static void
classify_word(struct token *t)
{
	const char *s;
	size_t i;

	t->kind = T_BAD;
	for (i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
		if (strlen(keywords[i].word) == t->len &&
		    strncmp(keywords[i].word, t->start, t->len) == 0)
			t->kind = keywords[i].kind;
	if (t->kind != T_MSGSTR)
		return;
	s = t->start + t->len;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '[')
		t->kind = read_form_index(s + 1, t) ? T_MSGSTR_N : T_BAD;
}

/* Finds the next token after any space, without consuming it. */
static void
peek(struct reader *r, struct token *t)
{
	char *s;

	skip_space(r);
	s = r->p;
	t->start = s;
	t->line = r->line;
	t->len = 1;
	t->index = 0;
	if (*s == '\0')
		t->kind = T_END;
	else if (*s == '"')
		t->kind = T_STRING;
	else if (*s == '#') {
		t->kind = T_COMMENT;
		t->len = strcspn(s, "\n");
	} else if (is_word_char(*s)) {
		while (is_word_char(s[t->len]))
			t->len++;
		classify_word(t);
	} else
		t->kind = T_BAD;
}

static void
take(struct reader *r, const struct token *t)
{
	r->p = t->start + t->len;
}

/* Explains a T_BAD token. */
static enum status
bad_token(struct reader *r, const struct token *t)
{
	unsigned char c = (unsigned char)*t->start;

	if (t->len == 6 && strncmp(t->start, "msgstr", 6) == 0)
		return invalid(r, t->line, "msgstr[N] is malformed");
	if (is_word_char(c))
		return invalid(r, t->line, "unknown keyword \"%.*s\"",
		    (int)(t->len > 40 ? 40 : t->len), t->start);
	if (is_printable(c))
		return invalid(r, t->line, "unexpected '%c'", c);
	return invalid(r, t->line, "unexpected byte 0x%02x", c);
}

/* Strings. */

static int
hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* \NNN (up to three octal digits) or \xHH (one or two hex digits), at the digits. */
static enum status
numeric_escape(struct reader *r, unsigned *value)
{
	int digits = 0, d;

	*value = 0;
	if (*r->p == 'x') {
		r->p++;
		for (; digits < 2 && (d = hex_value(*r->p)) >= 0; digits++, r->p++)
			*value = *value * 16 + (unsigned)d;
	} else {
		for (; digits < 3 && *r->p >= '0' && *r->p <= '7'; digits++, r->p++)
			*value = *value * 8 + (unsigned)(*r->p - '0');
	}
	if (digits == 0)
		return invalid(r, r->line, "\\x without hex digits");
	if (*value > 0xff)
		return invalid(r, r->line, "octal escape over \\377");
	if (*value == 0)
		return invalid(r, r->line, "a string cannot hold a NUL byte");
	return STATUS_OK;
}

/* Decodes the escape after a backslash (r->p at the character after it) to r->w. */
static enum status
read_escape(struct reader *r)
{
	static const char from[] = "ntabfrv\"\\", to[] = "\n\t\a\b\f\r\v\"\\";
	const char *simple;
	unsigned value;
	int c = (unsigned char)*r->p;

	if (c == '\0' || c == '\n')
		return invalid(r, r->line, "unterminated string");
	if ((simple = strchr(from, c)) != NULL) {
		*r->w++ = to[simple - from];
		r->p++;
		return STATUS_OK;
	}
	if (c == 'x' || (c >= '0' && c <= '7')) {
		if (numeric_escape(r, &value) != STATUS_OK)
			return STATUS_INVALID;
		*r->w++ = (char)value;
		return STATUS_OK;
	}
	if (is_printable(c))
		return invalid(r, r->line, "unknown escape \\%c", c);
	return invalid(r, r->line, "unknown escape before byte 0x%02x", (unsigned)c);
}

/* One quoted string, decoded and appended at r->w. */
static enum status
read_string(struct reader *r)
{
	int c;

	for (r->p++; (c = (unsigned char)*r->p) != '"'; ) {
		if (c == '\0' || c == '\n')
			return invalid(r, r->line, "unterminated string");
		r->p++;
		if (c != '\\')
			*r->w++ = (char)c;
		else if (read_escape(r) != STATUS_OK)
			return STATUS_INVALID;
	}
	r->p++;
	return STATUS_OK;
}

/*
 * The keyword t and its strings ("a" "b" on one line or several), decoded and appended at
 * r->w, then end (NUL, or the \004 after a msgctxt).
 */
static enum status
read_strings(struct reader *r, const struct token *keyword, char end)
{
	struct token t;
	int n = 0;

	take(r, keyword);
	for (peek(r, &t); t.kind == T_STRING; peek(r, &t), n++)
		if (read_string(r) != STATUS_OK)
			return STATUS_INVALID;
	if (n == 0 && t.kind == T_BAD)
		return bad_token(r, &t);
	if (n == 0)
		return invalid(r, t.line, "%s where a string after %s was expected",
		    token_names[t.kind], token_names[keyword->kind]);
	*r->w++ = end;
	return STATUS_OK;
}

/* Entries. */

static enum status
expected(struct reader *r, const struct token *t, const char *what)
{
	if (t->kind == T_BAD)
		return bad_token(r, t);
	return invalid(r, t->line, "%s where %s was expected", token_names[t->kind], what);
}

/* msgstr[0], msgstr[1] ... in order, each appended with its NUL. */
static enum status
read_plural_forms(struct reader *r, struct draft *d)
{
	struct token t;

	for (peek(r, &t); t.kind == T_MSGSTR_N; peek(r, &t)) {
		if (t.index != d->nforms)
			return invalid(r, t.line, "msgstr[%d] where msgstr[%d] was expected",
			    t.index, d->nforms);
		if (read_strings(r, &t, '\0') != STATUS_OK)
			return STATUS_INVALID;
		d->nforms++;
	}
	if (d->nforms == 0)
		return expected(r, &t, "msgstr[0]");
	return STATUS_OK;
}

/* [msgctxt] msgid, then msgstr, or msgid_plural and msgstr[N]; t is the first keyword. */
static enum status
read_entry(struct reader *r, struct token *t, struct draft *d)
{
	char *plural;

	d->key = r->w = t->start;
	d->line = t->line;
	if (t->kind == T_MSGCTXT) {
		if (read_strings(r, t, CONTEXT_GLUE) != STATUS_OK)
			return STATUS_INVALID;
		peek(r, t);
		if (t->kind != T_MSGID)
			return expected(r, t, "msgid after msgctxt");
	}
	if (read_strings(r, t, '\0') != STATUS_OK)
		return STATUS_INVALID;
	peek(r, t);
	d->forms_line = t->line;
	if (t->kind == T_MSGID_PLURAL) {
		plural = r->w;
		if (read_strings(r, t, '\0') != STATUS_OK)
			return STATUS_INVALID;
		r->w = plural;	/* only the msgid is the key, as in gettext */
		d->forms = r->w;
		return read_plural_forms(r, d);
	}
	if (t->kind == T_MSGSTR_N)
		return invalid(r, t->line, "msgstr[%d] without msgid_plural", t->index);
	if (t->kind != T_MSGSTR)
		return expected(r, t, "msgstr");
	d->forms = r->w;
	d->nforms = 1;
	return read_strings(r, t, '\0');
}

/* Whether any form has text: msgfmt leaves untranslated entries out. */
static bool
translated(const struct draft *d)
{
	const char *s = d->forms;

	for (int i = 0; i < d->nforms; i++, s += strlen(s) + 1)
		if (*s != '\0')
			return true;
	return false;
}

static enum status
keep_entry(struct reader *r, const struct draft *d)
{
	struct po *po = r->po;
	struct po_entry *grown;
	int size;

	if (po->nentries == po->allocated) {
		size = po->allocated == 0 ? 256 : po->allocated * 2;
		if ((grown = realloc(po->entries, (size_t)size * sizeof *grown)) == NULL)
			return error_set(r->err, STATUS_NO_MEMORY, NULL);
		po->entries = grown;
		po->allocated = size;
	}
	po->entries[po->nentries++] = (struct po_entry){ d->key, d->forms, d->nforms, d->line };
	return STATUS_OK;
}

/* The header (msgid "") is kept aside even when fuzzy, as msgfmt keeps it. */
static enum status
keep(struct reader *r, const struct draft *d)
{
	if (d->key[0] == '\0') {
		if (r->header != NULL)
			return invalid(r, d->line, "a second header (msgid \"\")");
		r->header = d->forms;
		r->header_line = d->forms_line;
		r->header_fuzzy = d->fuzzy;
		return STATUS_OK;
	}
	if (d->fuzzy || !translated(d))
		return STATUS_OK;
	return keep_entry(r, d);
}

/* Whether a "#," line has the fuzzy flag among its comma- or space-separated flags. */
static bool
flags_fuzzy(const char *s, size_t len)
{
	const char *end = s + len, *word;

	for (s += 2; s < end; ) {
		while (s < end && (*s == ',' || is_space(*s)))
			s++;
		for (word = s; s < end && *s != ',' && !is_space(*s); s++)
			;
		if (s - word == 5 && strncmp(word, "fuzzy", 5) == 0)
			return true;
	}
	return false;
}

/*
 * Every entry. Comments go before an entry (its flags apply to it); "#~" obsolete entries are
 * comments too, so they are passed over.
 */
static enum status
read_entries(struct reader *r)
{
	struct token t;
	struct draft d;
	bool fuzzy = false;

	for (peek(r, &t); t.kind != T_END; peek(r, &t)) {
		if (t.kind == T_COMMENT) {
			if (t.len >= 2 && t.start[1] == ',' && flags_fuzzy(t.start, t.len))
				fuzzy = true;
			take(r, &t);
			continue;
		}
		if (t.kind == T_BAD)
			return bad_token(r, &t);
		if (t.kind == T_STRING)
			return invalid(r, t.line, "a string without a keyword before it");
		if (t.kind != T_MSGCTXT && t.kind != T_MSGID)
			return invalid(r, t.line, "%s without msgid", token_names[t.kind]);
		d = (struct draft){ .fuzzy = fuzzy };
		if (read_entry(r, &t, &d) != STATUS_OK || keep(r, &d) != STATUS_OK)
			return r->err->status;
		fuzzy = false;
	}
	return STATUS_OK;
}

/* By key, then by line so that of two duplicates the later is reported. */
static int
by_key(const void *a, const void *b)
{
	const struct po_entry *x = a, *y = b;
	int diff = strcmp(x->key, y->key);

	return diff != 0 ? diff : (x->line > y->line) - (x->line < y->line);
}

/* Sorts the entries, which must then have different keys, as msgfmt insists. */
static enum status
sort_entries(struct reader *r)
{
	struct po *po = r->po;
	const struct po_entry *a, *b;

	if (po->nentries > 1)
		qsort(po->entries, (size_t)po->nentries, sizeof po->entries[0], by_key);
	for (int i = 1; i < po->nentries; i++) {
		a = &po->entries[i - 1];
		b = &po->entries[i];
		if (strcmp(a->key, b->key) == 0)
			return invalid(r, b->line, "duplicate entry, first at line %d", a->line);
	}
	return STATUS_OK;
}

/* The header. */

static char *
trim(char *s)
{
	char *end;

	while (is_space(*s))
		s++;
	end = s + strlen(s);
	while (end > s && is_space(end[-1]))
		end--;
	*end = '\0';
	return s;
}

/* Splits the header's "Name: value" lines in place into po->fields. */
static enum status
read_fields(struct reader *r, char *header)
{
	struct po *po = r->po;
	char *line, *colon, *next;
	int lines = 1;

	for (const char *s = header; *s != '\0'; s++)
		lines += *s == '\n';
	if ((po->fields = calloc((size_t)lines, sizeof *po->fields)) == NULL)
		return error_set(r->err, STATUS_NO_MEMORY, NULL);
	for (line = header; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((colon = strchr(line, ':')) == NULL)
			continue;
		*colon = '\0';
		po->fields[po->nfields++] = (struct po_field){ trim(line), trim(colon + 1) };
	}
	return STATUS_OK;
}

/* Plural-Forms: a recursive-descent parser building nodes, and their evaluation. */

struct plural_parser {
	const char *s;
	struct plural_node *nodes;
	int count;
	int depth;
	const char *why;	/* when it fails */
};

static int parse_ternary(struct plural_parser *pp);

static void
skip_blanks(struct plural_parser *pp)
{
	while (is_space(*pp->s))
		pp->s++;
}

/* Consumes c when it comes next; a failed parse stops, so nothing reads past the NUL. */
static bool
accept(struct plural_parser *pp, char c)
{
	skip_blanks(pp);
	if (*pp->s != c)
		return false;
	pp->s++;
	return true;
}

static int
add_node(struct plural_parser *pp, enum plural_op op, int a, int b, int c)
{
	if (a < 0 || b < 0 || c < 0)
		return -1;	/* an operand failed; its reason stands */
	if (pp->count == PLURAL_NODES) {
		pp->why = "the plural expression is too long";
		return -1;
	}
	pp->nodes[pp->count] = (struct plural_node){ op, 0, a, b, c };
	return pp->count++;
}

static int
parse_number(struct plural_parser *pp)
{
	unsigned long value = 0;
	unsigned d;
	int i;

	for (; is_digit(*pp->s); pp->s++) {
		d = (unsigned)(*pp->s - '0');
		if (value > (ULONG_MAX - d) / 10) {
			pp->why = "a number in the plural expression is too big";
			return -1;
		}
		value = value * 10 + d;
	}
	if ((i = add_node(pp, OP_NUMBER, 0, 0, 0)) >= 0)
		pp->nodes[i].value = value;
	return i;
}

/* n, a number, ( expression ) or ! operand. */
static int
parse_unary(struct plural_parser *pp)
{
	int i;

	skip_blanks(pp);
	if (++pp->depth > PLURAL_DEPTH) {
		pp->why = "the plural expression is nested too deeply";
		return -1;
	}
	if (*pp->s == '!') {
		pp->s++;
		i = add_node(pp, OP_NOT, parse_unary(pp), 0, 0);
	} else if (*pp->s == '(') {
		pp->s++;
		if ((i = parse_ternary(pp)) >= 0 && !accept(pp, ')')) {
			pp->why = "a ( in the plural expression is not closed";
			i = -1;
		}
	} else if (*pp->s == 'n') {
		pp->s++;
		i = add_node(pp, OP_N, 0, 0, 0);
	} else if (is_digit(*pp->s))
		i = parse_number(pp);
	else {
		pp->why = "the plural expression has something other than n, a number or ( where "
		    "an operand should be";
		i = -1;
	}
	pp->depth--;
	return i;
}

/* The operator at the reading position on this level, consumed; -1 when there is none. */
static int
binary_op(struct plural_parser *pp, int level)
{
	size_t len;

	skip_blanks(pp);
	for (size_t i = 0; i < sizeof binary_ops / sizeof binary_ops[0]; i++) {
		len = strlen(binary_ops[i].text);
		if (binary_ops[i].level == level && strncmp(pp->s, binary_ops[i].text, len) == 0) {
			pp->s += len;
			return (int)binary_ops[i].op;
		}
	}
	return -1;
}

/* Left-associative operators of this level and tighter ones. */
static int
parse_binary(struct plural_parser *pp, int level)
{
	int left, op;

	if (level == BINARY_LEVELS)
		return parse_unary(pp);
	left = parse_binary(pp, level + 1);
	while (left >= 0 && (op = binary_op(pp, level)) >= 0)
		left = add_node(pp, (enum plural_op)op, left, parse_binary(pp, level + 1), 0);
	return left;
}

/* cond ? a : b, which groups to the right. */
static int
parse_ternary(struct plural_parser *pp)
{
	int cond, yes;

	if (++pp->depth > PLURAL_DEPTH) {
		pp->why = "the plural expression is nested too deeply";
		return -1;
	}
	cond = parse_binary(pp, 0);
	if (cond >= 0 && accept(pp, '?')) {
		if ((yes = parse_ternary(pp)) >= 0 && !accept(pp, ':')) {
			pp->why = "a ? in the plural expression has no :";
			yes = -1;
		}
		cond = add_node(pp, OP_IF, cond, yes, yes >= 0 ? parse_ternary(pp) : -1);
	}
	pp->depth--;
	return cond;
}

static unsigned long
evaluate(const struct plural_node *nodes, int i, unsigned long n)
{
	const struct plural_node *e = &nodes[i];
	unsigned long a, b;

	switch (e->op) {
	case OP_NUMBER:
		return e->value;
	case OP_N:
		return n;
	case OP_NOT:
		return !evaluate(nodes, e->a, n);
	case OP_IF:
		i = evaluate(nodes, e->a, n) ? e->b : e->c;
		return evaluate(nodes, i, n);
	case OP_OR:
		return evaluate(nodes, e->a, n) || evaluate(nodes, e->b, n);
	case OP_AND:
		return evaluate(nodes, e->a, n) && evaluate(nodes, e->b, n);
	default:
		break;
	}
	a = evaluate(nodes, e->a, n);
	b = evaluate(nodes, e->b, n);
	switch (e->op) {
	case OP_EQ: return a == b;
	case OP_NE: return a != b;
	case OP_LE: return a <= b;
	case OP_GE: return a >= b;
	case OP_LT: return a < b;
	case OP_GT: return a > b;
	case OP_ADD: return a + b;
	case OP_SUB: return a - b;
	case OP_MUL: return a * b;
	case OP_DIV: return b == 0 ? 0 : a / b;	/* a catalogue's mistake must not crash us */
	case OP_MOD: return b == 0 ? 0 : a % b;
	default: return 0;
	}
}

/* "nplurals=N;" from a Plural-Forms value, as gettext finds it. */
static bool
read_nplurals(const char *forms, unsigned long *nplurals, const char **why)
{
	const char *s = strstr(forms, "nplurals=");
	unsigned long n = 0;

	if (s == NULL) {
		*why = "there is no nplurals=";
		return false;
	}
	for (s += strlen("nplurals="); is_digit(*s) && n <= NPLURALS_MAX; s++)
		n = n * 10 + (unsigned long)(*s - '0');
	if (n < 1 || n > NPLURALS_MAX) {
		*why = "nplurals is not a number from 1 to 100";
		return false;
	}
	*nplurals = n;
	return true;
}

/* Compiles a Plural-Forms value into po; false, with why, when it cannot be used. */
static bool
compile_plural(struct po *po, const char *forms, const char **why)
{
	struct plural_parser pp = { .nodes = po->plural };
	int root;

	if (!read_nplurals(forms, &po->nplurals, why))
		return false;
	if ((pp.s = strstr(forms, "plural=")) == NULL) {
		*why = "there is no plural=";
		return false;
	}
	pp.s += strlen("plural=");
	if ((root = parse_ternary(&pp)) < 0) {
		*why = pp.why;
		return false;
	}
	skip_blanks(&pp);
	if (*pp.s != ';' && *pp.s != '\0') {
		*why = "the plural expression has more after its end";
		return false;
	}
	po->plural_root = root;
	return true;
}

/*
 * Fields, then Plural-Forms. A fuzzy header is a template's or an unfinished one: a
 * Plural-Forms there that cannot be used (a template's "nplurals=INTEGER") means the default
 * rather than an error, so a .pot loads.
 */
static enum status
read_header(struct reader *r)
{
	struct po *po = r->po;
	const char *forms, *why = NULL;

	if (r->header != NULL && read_fields(r, r->header) != STATUS_OK)
		return STATUS_NO_MEMORY;
	if ((forms = po_header(po, "Plural-Forms")) == NULL)
		forms = germanic;
	if (compile_plural(po, forms, &why))
		return STATUS_OK;
	if (!r->header_fuzzy)
		return invalid(r, r->header_line, "Plural-Forms: %s", why);
	compile_plural(po, germanic, &why);
	return STATUS_OK;
}

/* The interface. */

static enum status
parse(struct reader *r, size_t len)
{
	char *nul = memchr(r->po->text, '\0', len);

	if (nul != NULL)
		return invalid(r, line_of(r->po->text, nul), "a NUL byte (is this a PO file?)");
	if (strncmp(r->p, "\xef\xbb\xbf", 3) == 0)
		r->p += 3;	/* a byte-order mark some Windows editors write */
	if (read_entries(r) != STATUS_OK || sort_entries(r) != STATUS_OK)
		return STATUS_INVALID;
	return read_header(r);
}

struct po *
po_load(const char *path, struct error *err)
{
	struct error local;
	struct reader r = { .path = path, .err = err != NULL ? err : &local, .line = 1 };
	size_t len = 0;

	if ((r.po = calloc(1, sizeof *r.po)) == NULL) {
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	if (read_file(path, &r.po->text, &len, r.err) != STATUS_OK) {
		po_free(r.po);
		return NULL;
	}
	r.p = r.po->text;
	if (parse(&r, len) != STATUS_OK) {
		po_free(r.po);
		return NULL;
	}
	return r.po;
}

void
po_free(struct po *po)
{
	if (po == NULL)
		return;
	free(po->fields);
	free(po->entries);
	free(po->text);
	free(po);
}

/* Compares key with ctx "\004" id (or id alone when ctx is NULL) in strcmp's order. */
static int
compare_key(const char *key, const char *ctx, const char *id)
{
	const unsigned char *k = (const unsigned char *)key;
	int diff;

	if (ctx != NULL) {
		for (; *ctx != '\0'; k++, ctx++)
			if ((diff = *k - (unsigned char)*ctx) != 0)
				return diff;
		if ((diff = *k - CONTEXT_GLUE) != 0)
			return diff;
		k++;
	}
	return strcmp((const char *)k, id);
}

static const struct po_entry *
find(const struct po *po, const char *ctx, const char *id)
{
	int lo = 0, hi, mid, diff;

	if (po == NULL || id == NULL)
		return NULL;
	for (hi = po->nentries; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if ((diff = compare_key(po->entries[mid].key, ctx, id)) == 0)
			return &po->entries[mid];
		if (diff < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Form i of an entry, or NULL when it has no such form or the form is empty. */
static const char *
form(const struct po_entry *e, unsigned long i)
{
	const char *s;

	if (e == NULL || i >= (unsigned long)e->nforms)
		return NULL;
	for (s = e->forms; i > 0; i--)
		s += strlen(s) + 1;
	return *s != '\0' ? s : NULL;
}

const char *
po_text(const struct po *po, const char *msgid)
{
	return form(find(po, NULL, msgid), 0);
}

const char *
po_text_ctx(const struct po *po, const char *ctx, const char *msgid)
{
	return form(find(po, ctx, msgid), 0);
}

const char *
po_plural(const struct po *po, const char *msgid, unsigned long n)
{
	const struct po_entry *e = find(po, NULL, msgid);
	unsigned long i;

	if (e == NULL)
		return NULL;
	i = evaluate(po->plural, po->plural_root, n);
	return i < po->nplurals ? form(e, i) : NULL;
}

const char *
po_header(const struct po *po, const char *field)
{
	if (po == NULL || field == NULL)
		return NULL;
	for (int i = 0; i < po->nfields; i++)
		if (strcasecmp(po->fields[i].name, field) == 0)
			return po->fields[i].value;
	return NULL;
}

int
po_count(const struct po *po)
{
	return po != NULL ? po->nentries : 0;
}
