/*
 * The template language, a logic-less subset of Mustache: the tree of values, and templates read
 * once into a flat array of tokens (a section knows where it closes) that rendering walks.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "template.h"

/* Sections inside sections; deeper is an error, so rendering's recursion is bounded. */
#define MAX_DEPTH 32
#define QUOTE_MAX 48		/* bytes of a name quoted in a message */

/* The tree of values ------------------------------------------------------------------------ */

struct template_data *
template_data_new(void)
{
	struct template_data *d = calloc(1, sizeof *d);

	if (d != NULL)
		d->root.kind = TEMPLATE_MAP;
	return d;
}

/* Frees what n holds (text, children) and leaves it TEMPLATE_NULL, keeping its name and place. */
static void
node_clear(struct template_node *n)
{
	struct template_node *c, *next;

	for (c = n->first; c != NULL; c = next) {
		next = c->next;
		node_clear(c);
		free(c->name);
		free(c);
	}
	free(n->text);
	n->kind = TEMPLATE_NULL;
	n->text = NULL;
	n->truth = false;
	n->first = n->last = NULL;
}

void
template_data_free(struct template_data *d)
{
	if (d == NULL)
		return;
	node_clear(&d->root);
	free(d);
}

/* A new TEMPLATE_NULL node appended to parent; NULL (d->failed set) when out of memory. */
static struct template_node *
node_add(struct template_data *d, struct template_node *parent, const char *name, size_t len)
{
	struct template_node *n = calloc(1, sizeof *n);

	if (n == NULL || (name != NULL && (n->name = strndup(name, len)) == NULL)) {
		free(n);
		d->failed = true;
		return NULL;
	}
	if (parent->last != NULL)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
	return n;
}

/* The child of map called name (len bytes, not NUL-terminated); NULL when map has none. */
static struct template_node *
child(const struct template_node *map, const char *name, size_t len)
{
	struct template_node *c;

	if (map->kind != TEMPLATE_MAP)
		return NULL;
	for (c = map->first; c != NULL; c = c->next)
		if (strncmp(c->name, name, len) == 0 && c->name[len] == '\0')
			return c;
	return NULL;
}

/* Whether path is names joined by single dots, none of them empty. */
static bool
valid_path(const char *path)
{
	size_t len;

	if (path == NULL)
		return false;
	for (;;) {
		if ((len = strcspn(path, ".")) == 0)
			return false;
		if (path[len] == '\0')
			return true;
		path += len + 1;
	}
}

/*
 * The node at path under map (NULL: the root), made with the maps on the way when missing. NULL
 * when out of memory, when a name on the way is not a map, or when path is not a path. Path "."
 * is map itself, as {{.}} is the current context, so the root can be a list or a text too.
 */
static struct template_node *
place(struct template_data *d, struct template_node *map, const char *path)
{
	if (d == NULL || path == NULL)
		return NULL;
	if (map == NULL)
		map = &d->root;
	if (strcmp(path, ".") == 0)
		return map;
	if (!valid_path(path))
		return NULL;
	for (;;) {
		size_t len = strcspn(path, ".");
		struct template_node *n;

		if (map->kind != TEMPLATE_MAP)
			return NULL;
		if ((n = child(map, path, len)) == NULL) {
			if ((n = node_add(d, map, path, len)) == NULL)
				return NULL;
			if (path[len] != '\0')
				n->kind = TEMPLATE_MAP;
		}
		if (path[len] == '\0')
			return n;
		map = n;
		path += len + 1;
	}
}

/* The node at path, emptied and given kind; NULL as for place(). */
static struct template_node *
set_kind(struct template_data *d, struct template_node *map, const char *path,
    enum template_kind kind)
{
	struct template_node *n = place(d, map, path);

	if (n == NULL)
		return NULL;
	node_clear(n);
	n->kind = kind;
	return n;
}

/* Sets path to text, taking it (freed on failure); text NULL sets TEMPLATE_NULL. */
static struct template_node *
set_text_take(struct template_data *d, struct template_node *map, const char *path, char *text)
{
	struct template_node *n;

	n = set_kind(d, map, path, text != NULL ? TEMPLATE_TEXT : TEMPLATE_NULL);
	if (n == NULL) {
		free(text);
		return NULL;
	}
	n->text = text;
	return n;
}

/* A copy of text for d (NULL stays NULL); false, with d->failed set, when out of memory. */
static bool
copy_text(struct template_data *d, const char *text, char **copy)
{
	*copy = NULL;
	if (text == NULL)
		return true;
	if ((*copy = strdup(text)) == NULL) {
		d->failed = true;
		return false;
	}
	return true;
}

struct template_node *
template_set(struct template_data *d, struct template_node *map, const char *path,
    const char *text)
{
	char *copy;

	if (d == NULL || !copy_text(d, text, &copy))
		return NULL;
	return set_text_take(d, map, path, copy);
}

struct template_node *
template_setf(struct template_data *d, struct template_node *map, const char *path,
    const char *fmt, ...)
{
	va_list ap;
	char *text;
	int len;

	if (d == NULL)
		return NULL;
	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0 || (text = malloc((size_t)len + 1)) == NULL) {
		d->failed = true;
		return NULL;
	}
	va_start(ap, fmt);
	vsnprintf(text, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return set_text_take(d, map, path, text);
}

struct template_node *
template_set_bool(struct template_data *d, struct template_node *map, const char *path,
    bool truth)
{
	struct template_node *n = set_kind(d, map, path, TEMPLATE_BOOL);

	if (n != NULL)
		n->truth = truth;
	return n;
}

struct template_node *
template_set_list(struct template_data *d, struct template_node *map, const char *path)
{
	return set_kind(d, map, path, TEMPLATE_LIST);
}

struct template_node *
template_set_map(struct template_data *d, struct template_node *map, const char *path)
{
	return set_kind(d, map, path, TEMPLATE_MAP);
}

/* A new item of kind at the end of list; NULL when list is not a list or out of memory. */
static struct template_node *
add_kind(struct template_data *d, struct template_node *list, enum template_kind kind)
{
	struct template_node *n;

	if (d == NULL || list == NULL || list->kind != TEMPLATE_LIST)
		return NULL;
	if ((n = node_add(d, list, NULL, 0)) != NULL)
		n->kind = kind;
	return n;
}

struct template_node *
template_add(struct template_data *d, struct template_node *list, const char *text)
{
	struct template_node *n;
	char *copy;

	if (d == NULL || !copy_text(d, text, &copy))
		return NULL;
	if ((n = add_kind(d, list, text != NULL ? TEMPLATE_TEXT : TEMPLATE_NULL)) == NULL) {
		free(copy);
		return NULL;
	}
	n->text = copy;
	return n;
}

struct template_node *
template_add_bool(struct template_data *d, struct template_node *list, bool truth)
{
	struct template_node *n = add_kind(d, list, TEMPLATE_BOOL);

	if (n != NULL)
		n->truth = truth;
	return n;
}

struct template_node *
template_add_map(struct template_data *d, struct template_node *list)
{
	return add_kind(d, list, TEMPLATE_MAP);
}

struct template_node *
template_add_list(struct template_data *d, struct template_node *list)
{
	return add_kind(d, list, TEMPLATE_LIST);
}

/* The value at the dotted name (len bytes) inside n only; NULL when a part is missing. */
static const struct template_node *
descend(const struct template_node *n, const char *name, size_t len)
{
	for (;;) {
		const char *dot = memchr(name, '.', len);
		size_t part = dot != NULL ? (size_t)(dot - name) : len;

		if ((n = child(n, name, part)) == NULL || dot == NULL)
			return n;
		name += part + 1;
		len -= part + 1;
	}
}

const struct template_node *
template_get(const struct template_data *d, const char *path)
{
	if (d == NULL || path == NULL)
		return NULL;
	if (strcmp(path, ".") == 0)
		return &d->root;
	if (!valid_path(path))
		return NULL;
	return descend(&d->root, path, strlen(path));
}

/* Reading a template ------------------------------------------------------------------------ */

enum token_kind {
	TOKEN_TEXT,
	TOKEN_VALUE,		/* {{name}} */
	TOKEN_RAW,		/* {{{name}}} or {{&name}} */
	TOKEN_SECTION,		/* {{#name}} */
	TOKEN_INVERTED,		/* {{^name}} */
	TOKEN_CLOSE,		/* {{/name}} */
};

struct token {
	enum token_kind kind;
	char sigil;		/* as written, to quote the tag: '{', '&', '#', '^', '/' or 0 */
	const char *at;		/* in the template: the text, or the tag's name */
	size_t len;
	int line;
	size_t close;		/* sections: the index of their TOKEN_CLOSE */
};

struct parse {
	const char *text;
	struct token *tokens;
	size_t ntokens, cap;
	size_t open[MAX_DEPTH];	/* indexes of the sections not yet closed, innermost last */
	int depth;
	const char *counted;	/* lines are counted up to here */
	int line;		/* the line at counted */
};

/* One tag as read: sigil, trimmed name, and where it ends. */
struct tag {
	char sigil;		/* '#', '^', '/', '!', '&', '{', or 0 for {{name}} */
	const char *name;
	size_t len;
	const char *end;	/* just past the closing braces */
	int line;
};

/* The line number at at, which is never before the last place asked about. */
static int
line_at(struct parse *p, const char *at)
{
	for (; p->counted < at; p->counted++)
		if (*p->counted == '\n')
			p->line++;
	return p->line;
}

/* How many bytes of name (len bytes) to quote: all, or a cut at a UTF-8 character's start. */
static int
quote_len(const char *name, size_t len)
{
	if (len <= QUOTE_MAX)
		return (int)len;
	len = QUOTE_MAX;
	while (len > 0 && ((unsigned char)name[len] & 0xc0) == 0x80)
		len--;
	return (int)len;
}

/* The tag of token t as it would be written, for messages: "{{#case}}". */
static void
quote_token(const struct token *t, char *out, size_t size)
{
	int n = quote_len(t->at, t->len);

	snprintf(out, size, "{{%.*s%.*s%s%s}}", t->sigil != 0, &t->sigil, n, t->at,
	    (size_t)n < t->len ? "..." : "", t->sigil == '{' ? "}" : "");
}

/* Sets err to a syntax error and returns false. */
static bool __attribute__((format(printf, 2, 3)))
syntax_error(struct error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return false;
	err->status = STATUS_INVALID;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof err->detail, fmt, ap);
	va_end(ap);
	return false;
}

static bool
name_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    c == '_' || c == '-' || c >= 0x80;
}

/*
 * Whether name is "." or parts joined by single dots, each of letters (UTF-8 ones too), digits,
 * '_' and '-'. Stricter than the specification, so a slip such as {{first name}} is caught.
 */
static bool
valid_name(const char *name, size_t len)
{
	size_t part = 0;

	if (len == 1 && name[0] == '.')
		return true;
	for (size_t i = 0; i < len; i++) {
		if (name[i] == '.') {
			if (part == 0)
				return false;
			part = 0;
		} else if (name_byte((unsigned char)name[i]))
			part++;
		else
			return false;
	}
	return part > 0;
}

/* What an unsupported sigil would have been; NULL when c is not one. */
static const char *
unsupported(char c)
{
	switch (c) {
	case '>':
		return "partials are not supported";
	case '=':
		return "changing the delimiters is not supported";
	case '<':
	case '$':
		return "template inheritance is not supported";
	default:
		return NULL;
	}
}

static bool
space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Reads the tag that starts at open ("{{"); false with err set when it is not a valid tag. */
static bool
read_tag(struct parse *p, const char *open, struct tag *t, struct error *err)
{
	const char *content = open + 2, *close, *nested, *why;
	const char *closer;
	int n;

	t->line = line_at(p, open);
	t->sigil = *content != '\0' && strchr("#^/!&{>=<$", *content) != NULL ? *content : 0;
	if (t->sigil != 0)
		content++;
	closer = t->sigil == '{' ? "}}}" : "}}";
	close = strstr(content, closer);
	nested = t->sigil == '!' ? NULL : strstr(content, "{{");
	if (close == NULL || (nested != NULL && nested < close))
		return syntax_error(err, "line %d: %s is not closed by %s", t->line,
		    t->sigil == '{' ? "{{{" : "{{", closer);
	t->end = close + strlen(closer);
	while (content < close && space(*content))
		content++;
	while (close > content && space(close[-1]))
		close--;
	t->name = content;
	t->len = (size_t)(close - content);
	n = quote_len(t->name, t->len);
	if ((why = unsupported(t->sigil)) != NULL)
		return syntax_error(err, "line %d: {{%c%.*s}}: %s", t->line,
		    t->sigil, n, t->name, why);
	if (t->sigil == '!' || valid_name(t->name, t->len))
		return true;
	if (t->len == 0)
		return syntax_error(err, "line %d: {{%.*s}} has no name", t->line,
		    t->sigil != 0, &t->sigil);
	return syntax_error(err, "line %d: \"%.*s%s\" is not a name (letters, digits, _ and -, "
	    "in parts joined by dots)", t->line, n, t->name, (size_t)n < t->len ? "..." : "");
}

static bool
add_token(struct parse *p, const struct token *t)
{
	if (p->ntokens == p->cap) {
		size_t cap = p->cap == 0 ? 16 : p->cap * 2;
		struct token *grown = realloc(p->tokens, cap * sizeof *grown);

		if (grown == NULL)
			return false;
		p->tokens = grown;
		p->cap = cap;
	}
	p->tokens[p->ntokens++] = *t;
	return true;
}

/* Shortens the text just before a standalone tag by its n bytes of indentation. */
static void
trim_indent(struct parse *p, size_t n)
{
	struct token *last = p->ntokens > 0 ? &p->tokens[p->ntokens - 1] : NULL;

	if (n == 0 || last == NULL || last->kind != TOKEN_TEXT)
		return;
	if ((last->len -= n) == 0)
		p->ntokens--;
}

/*
 * Where reading goes on after tag t. A section, inverted section, close or comment alone on its
 * line, with only spaces and tabs around it, takes the whole line with it (its indentation was
 * read as text already and is trimmed), so templates can be laid out one tag per line.
 */
static const char *
after_tag(struct parse *p, const char *open, const struct tag *t)
{
	const char *start = open, *end = t->end;

	if (t->sigil == 0 || t->sigil == '&' || t->sigil == '{')
		return t->end;
	while (start > p->text && (start[-1] == ' ' || start[-1] == '\t'))
		start--;
	if (start > p->text && start[-1] != '\n')
		return t->end;
	end += strspn(end, " \t");
	if (end[0] == '\r' && end[1] == '\n')
		end += 2;
	else if (end[0] == '\n')
		end++;
	else if (end[0] != '\0')
		return t->end;
	trim_indent(p, (size_t)(open - start));
	return end;
}

static bool
no_memory(struct error *err)
{
	error_set(err, STATUS_NO_MEMORY, "out of memory reading a template");
	return false;
}

static bool
open_section(struct parse *p, struct token *tok, struct error *err)
{
	if (p->depth == MAX_DEPTH)
		return syntax_error(err, "line %d: sections are nested more than %d deep",
		    tok->line, MAX_DEPTH);
	p->open[p->depth++] = p->ntokens;
	return add_token(p, tok) || no_memory(err);
}

static bool
close_section(struct parse *p, struct token *tok, struct error *err)
{
	struct token *open;
	char said[QUOTE_MAX + 16], opened[QUOTE_MAX + 16];

	quote_token(tok, said, sizeof said);
	if (p->depth == 0)
		return syntax_error(err, "line %d: %s closes no section", tok->line, said);
	open = &p->tokens[p->open[p->depth - 1]];
	if (open->len != tok->len || memcmp(open->at, tok->at, tok->len) != 0) {
		quote_token(open, opened, sizeof opened);
		return syntax_error(err, "line %d: %s closes %s", tok->line, said, opened);
	}
	open->close = p->ntokens;
	p->depth--;
	return add_token(p, tok) || no_memory(err);
}

/* Adds the token for tag t (comments have none); false with err set when it does not fit. */
static bool
add_tag(struct parse *p, const struct tag *t, struct error *err)
{
	struct token tok = { .sigil = t->sigil, .at = t->name, .len = t->len, .line = t->line };

	switch (t->sigil) {
	case '!':
		return true;
	case '#':
		tok.kind = TOKEN_SECTION;
		return open_section(p, &tok, err);
	case '^':
		tok.kind = TOKEN_INVERTED;
		return open_section(p, &tok, err);
	case '/':
		tok.kind = TOKEN_CLOSE;
		return close_section(p, &tok, err);
	case '&':
	case '{':
		tok.kind = TOKEN_RAW;
		break;
	default:
		tok.kind = TOKEN_VALUE;
		break;
	}
	return add_token(p, &tok) || no_memory(err);
}

static bool
add_text(struct parse *p, const char *from, const char *to)
{
	struct token tok = { .kind = TOKEN_TEXT, .at = from, .len = (size_t)(to - from) };

	return tok.len == 0 || add_token(p, &tok);
}

/* Reads text into p->tokens; false with err set when it is not a valid template. */
static bool
parse(struct parse *p, const char *text, struct error *err)
{
	const char *pos = text;
	char said[QUOTE_MAX + 16];

	*p = (struct parse){ .text = text, .counted = text, .line = 1 };
	while (*pos != '\0') {
		const char *open = strstr(pos, "{{");
		struct tag t;

		if (open == NULL)
			open = pos + strlen(pos);
		if (!add_text(p, pos, open))
			return no_memory(err);
		if (*open == '\0')
			break;
		if (!read_tag(p, open, &t, err))
			return false;
		pos = after_tag(p, open, &t);
		if (!add_tag(p, &t, err))
			return false;
	}
	if (p->depth > 0) {
		const struct token *open = &p->tokens[p->open[p->depth - 1]];

		quote_token(open, said, sizeof said);
		return syntax_error(err, "line %d: %s is not closed", open->line, said);
	}
	return true;
}

/* Rendering --------------------------------------------------------------------------------- */

struct buf {
	char *s;
	size_t len, cap;
	bool failed;		/* out of memory: the rest is not written */
};

static void
buf_add(struct buf *b, const char *s, size_t len)
{
	if (b->failed || len == 0)
		return;
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap == 0 ? 256 : b->cap;
		char *grown;

		while (cap < b->len + len + 1)
			cap *= 2;
		if ((grown = realloc(b->s, cap)) == NULL) {
			b->failed = true;
			return;
		}
		b->s = grown;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

/* A missing name as written in the template. */
struct name {
	const char *at;
	size_t len;
};

struct render {
	const struct token *tokens;
	const struct template_node *stack[MAX_DEPTH + 1];	/* contexts, innermost last */
	int depth;
	struct template_options *options;	/* NULL: text escaping, missing values blank */
	struct buf out;
	struct name *missing;		/* distinct missing names so far */
	size_t nmissing, cap;
	bool missing_cut;		/* options->missing is full */
};

/*
 * The value called name (len bytes) for the current context: its first part from the innermost
 * context outwards, the other parts only inside what that found, as the specification says.
 */
static const struct template_node *
lookup(const struct render *r, const char *name, size_t len)
{
	const char *dot;
	size_t first;
	const struct template_node *n = NULL;

	if (len == 1 && name[0] == '.')
		return r->stack[r->depth];
	dot = memchr(name, '.', len);
	first = dot != NULL ? (size_t)(dot - name) : len;
	for (int i = r->depth; i >= 0 && n == NULL; i--)
		n = child(r->stack[i], name, first);
	if (n == NULL || dot == NULL)
		return n;
	return descend(n, dot + 1, len - first - 1);
}

/*
 * Whether a section over n is shown. Empty text is false as well as null, false and an empty
 * list: a value left blank on a form should read as "not given" (the specification's tests have
 * no case against this). Maps are true even when empty, as in the specification.
 */
static bool
truthy(const struct template_node *n)
{
	if (n == NULL)
		return false;
	switch (n->kind) {
	case TEMPLATE_BOOL:
		return n->truth;
	case TEMPLATE_TEXT:
		return n->text[0] != '\0';
	case TEMPLATE_LIST:
		return n->first != NULL;
	case TEMPLATE_MAP:
		return true;
	case TEMPLATE_NULL:
	default:
		return false;
	}
}

/*
 * Text escaping: drops C0 controls but newline and tab, DEL, and C1 (U+0080 to U+009F, which is
 * C2 80 to C2 9F in UTF-8, the encoding of every value), so a value cannot drive a terminal.
 */
static void
put_text_escaped(struct buf *b, const char *s, size_t len)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t drop = 0;

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			drop = 1;
		else if (c == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9f)
			drop = 2;
		if (drop == 0)
			continue;
		buf_add(b, s + run, i - run);
		i += drop - 1;
		run = i + 1;
	}
	buf_add(b, s + run, len - run);
}

static void
put_html_escaped(struct buf *b, const char *s, size_t len)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		const char *entity;

		switch (s[i]) {
		case '&':
			entity = "&amp;";
			break;
		case '"':
			entity = "&quot;";
			break;
		case '<':
			entity = "&lt;";
			break;
		case '>':
			entity = "&gt;";
			break;
		default:
			continue;
		}
		buf_add(b, s + run, i - run);
		buf_add(b, entity, strlen(entity));
		run = i + 1;
	}
	buf_add(b, s + run, len - run);
}

static void
put(struct render *r, const char *s, size_t len, bool raw)
{
	if (raw)
		buf_add(&r->out, s, len);
	else if (r->options != NULL && r->options->escape == TEMPLATE_ESCAPE_HTML)
		put_html_escaped(&r->out, s, len);
	else
		put_text_escaped(&r->out, s, len);
}

/* Adds name to options->missing ("a, b.c"), whole names only: "..." once one does not fit. */
static void
list_missing(struct render *r, const char *name, size_t len)
{
	struct template_options *o = r->options;
	const char *sep;
	size_t used;

	if (o->missing == NULL || o->missing_size == 0 || r->missing_cut)
		return;
	used = strlen(o->missing);
	sep = used > 0 ? ", " : "";
	if (used + strlen(sep) + len < o->missing_size) {
		snprintf(o->missing + used, o->missing_size - used, "%s%.*s", sep, (int)len, name);
		return;
	}
	r->missing_cut = true;
	if (used + strlen(sep) + 3 < o->missing_size)
		snprintf(o->missing + used, o->missing_size - used, "%s...", sep);
}

/* Counts a variable with no value among the distinct missing names. */
static void
note_missing(struct render *r, const char *name, size_t len)
{
	if (r->options == NULL)
		return;
	for (size_t i = 0; i < r->nmissing; i++)
		if (r->missing[i].len == len && memcmp(r->missing[i].at, name, len) == 0)
			return;
	if (r->nmissing == r->cap) {
		size_t cap = r->cap == 0 ? 8 : r->cap * 2;
		struct name *grown = realloc(r->missing, cap * sizeof *grown);

		if (grown == NULL) {
			r->out.failed = true;
			return;
		}
		r->missing = grown;
		r->cap = cap;
	}
	r->missing[r->nmissing++] = (struct name){ name, len };
	r->options->nmissing++;
	list_missing(r, name, len);
}

/*
 * {{name}}: text as it is (after escaping), truths as "true" and "false", lists and maps as
 * nothing; no value (missing or null) as nothing or, when asked, "[name?]".
 */
static void
put_value(struct render *r, const struct token *t)
{
	const struct template_node *v = lookup(r, t->at, t->len);
	bool raw = t->kind == TOKEN_RAW;

	if (v == NULL || v->kind == TEMPLATE_NULL) {
		note_missing(r, t->at, t->len);
		if (r->options == NULL || !r->options->mark_missing)
			return;
		buf_add(&r->out, "[", 1);
		put(r, t->at, t->len, false);
		buf_add(&r->out, "?]", 2);
	} else if (v->kind == TEMPLATE_TEXT)
		put(r, v->text, strlen(v->text), raw);
	else if (v->kind == TEMPLATE_BOOL)
		put(r, v->truth ? "true" : "false", v->truth ? 4 : 5, raw);
}

static void render_range(struct render *, size_t, size_t);

/* Renders the body of section t (tokens from..to) with context n on top of the stack. */
static void
render_with(struct render *r, const struct template_node *n, size_t from, size_t to)
{
	r->stack[++r->depth] = n;
	render_range(r, from, to);
	r->depth--;
}

/* {{#name}}: once for each item of a list, else once with the value as context when true. */
static void
render_section(struct render *r, size_t at)
{
	const struct token *t = &r->tokens[at];
	const struct template_node *v = lookup(r, t->at, t->len);

	if (!truthy(v))
		return;
	if (v->kind != TEMPLATE_LIST) {
		render_with(r, v, at + 1, t->close);
		return;
	}
	for (const struct template_node *item = v->first; item != NULL; item = item->next)
		render_with(r, item, at + 1, t->close);
}

/* Renders tokens from..to; sections nest no deeper than MAX_DEPTH, as parse() made sure. */
static void
render_range(struct render *r, size_t from, size_t to)
{
	for (size_t i = from; i < to && !r->out.failed; i++) {
		const struct token *t = &r->tokens[i];

		switch (t->kind) {
		case TOKEN_TEXT:
			buf_add(&r->out, t->at, t->len);
			break;
		case TOKEN_VALUE:
		case TOKEN_RAW:
			put_value(r, t);
			break;
		case TOKEN_SECTION:
			render_section(r, i);
			i = t->close;
			break;
		case TOKEN_INVERTED:
			if (!truthy(lookup(r, t->at, t->len)))
				render_range(r, i + 1, t->close);
			i = t->close;
			break;
		case TOKEN_CLOSE:
			break;
		}
	}
}

char *
template_render(const char *text, const struct template_data *d,
    struct template_options *options, struct error *err)
{
	struct parse p;
	struct render r = { .options = options };

	if (options != NULL) {
		options->nmissing = 0;
		if (options->missing != NULL && options->missing_size > 0)
			options->missing[0] = '\0';
	}
	/* template_data_new() fails only for want of memory, so NULL data reads as that too. */
	if (d == NULL || d->failed) {
		error_set(err, STATUS_NO_MEMORY, "out of memory making a template's values");
		return NULL;
	}
	if (!parse(&p, text, err)) {
		free(p.tokens);
		return NULL;
	}
	r.tokens = p.tokens;
	r.stack[0] = &d->root;
	render_range(&r, 0, p.ntokens);
	if (r.out.s == NULL && !r.out.failed && (r.out.s = calloc(1, 1)) == NULL)
		r.out.failed = true;
	free(p.tokens);
	free(r.missing);
	if (r.out.failed) {
		free(r.out.s);
		error_set(err, STATUS_NO_MEMORY, "out of memory filling a template");
		return NULL;
	}
	return r.out.s;
}

/* Checking and filling ---------------------------------------------------------------------- */

static bool
known(const char *const *names, const char *name, size_t len)
{
	const char *dot = memchr(name, '.', len);

	if (dot != NULL)
		len = (size_t)(dot - name);
	for (; *names != NULL; names++)
		if (strncmp(*names, name, len) == 0 && (*names)[len] == '\0')
			return true;
	return false;
}

/*
 * The first name outside sections not in names, or NULL. An inverted section is shown only
 * when its value is not there, so it adds no context and its names are checked as well.
 */
static const struct token *
unknown_name(const struct parse *p, const char *const *names)
{
	for (size_t i = 0; i < p->ntokens; i++) {
		const struct token *t = &p->tokens[i];

		if (t->kind == TOKEN_TEXT || t->kind == TOKEN_CLOSE)
			continue;
		if (!known(names, t->at, t->len))
			return t;
		if (t->kind == TOKEN_SECTION)
			i = t->close;
	}
	return NULL;
}

bool
template_check(const char *text, const char *const *names, char *bad, size_t size)
{
	struct parse p;
	struct error err;
	const struct token *t = NULL;
	char said[QUOTE_MAX + 16];
	bool ok;

	ok = parse(&p, text, &err);
	if (ok && names != NULL && (t = unknown_name(&p, names)) != NULL) {
		quote_token(t, said, sizeof said);
		error_set(&err, STATUS_INVALID, "line %d: unknown name %s", t->line, said);
		ok = false;
	}
	free(p.tokens);
	if (!ok && size > 0)
		snprintf(bad, size, "%s", err.detail);
	return ok;
}

char *
template_fill(const char *text, const struct template_value *values)
{
	struct template_data *d = template_data_new();
	char *out;

	for (; d != NULL && values->name != NULL; values++)
		template_set(d, NULL, values->name, values->value);
	out = template_render(text, d, NULL, NULL);
	template_data_free(d);
	return out;
}

const char *
template_problem(const char *bad, int *line)
{
	const char *colon = strchr(bad, ':');

	*line = 1;
	if (strncmp(bad, "line ", 5) != 0 || colon == NULL || sscanf(bad, "line %d:", line) != 1)
		return bad;
	return colon[1] == ' ' ? colon + 2 : colon + 1;
}
