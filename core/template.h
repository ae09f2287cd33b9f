/*
 * The one small template language of scripts, letters and messages: a logic-less subset of
 * Mustache (https://mustache.github.io/mustache.5.html), so a council edits templates without
 * learning a programming language.
 *
 *   {{name}}            a value, escaped for the output (see enum template_escape)
 *   {{{name}}} {{&name}} a value as it is
 *   {{a.b.c}}           a dotted name: b inside a, c inside b
 *   {{.}}               the current item inside a section over a list
 *   {{#name}}...{{/name}}  shown when name is true, a non-empty text or map, or once for each
 *                       item of a non-empty list (the item becomes the current context)
 *   {{^name}}...{{/name}}  shown when name is missing, false, empty text or an empty list
 *   {{! comment }}      nothing
 *
 * A tag alone on its line (sections, inverted sections, comments) takes its line with it, as
 * the specification says, so templates can be laid out one tag per line. Partials, lambdas and
 * changing the delimiters are not supported: `{{>`, `{{=` and `{{<` are syntax errors.
 *
 * Values come from a tree built with template_data_new() and the template_set* functions.
 */
#ifndef CIVICDESK_TEMPLATE_H
#define CIVICDESK_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

enum template_kind {
	TEMPLATE_NULL,		/* present but empty (JSON null): false, renders "" */
	TEMPLATE_BOOL,
	TEMPLATE_TEXT,		/* numbers are text too: "1.21" */
	TEMPLATE_LIST,
	TEMPLATE_MAP,
};

/* One value in the tree. Read-only outside template.c except through the functions below. */
struct template_node {
	enum template_kind kind;
	char *name;			/* within a map; NULL for a list's items and the root */
	char *text;			/* TEMPLATE_TEXT */
	bool truth;			/* TEMPLATE_BOOL */
	struct template_node *first, *last;	/* TEMPLATE_LIST and TEMPLATE_MAP: children */
	struct template_node *next;
};

/* The tree: a root map, and whether building it ran out of memory (then rendering fails). */
struct template_data {
	struct template_node root;
	bool failed;
};

struct template_data *template_data_new(void);	/* NULL when out of memory */
void template_data_free(struct template_data *d);

/*
 * Sets path ("customer.first_name"; the maps on the way are made as needed) under map (NULL:
 * the root) to a text, a printf-made text, a truth, a new empty list or a new empty map,
 * replacing any value already there. Returns the new node; NULL when out of memory (d->failed
 * is then set) or when a name on the way is not a map. text NULL sets TEMPLATE_NULL. The path
 * "." is map itself (the root for NULL), so the root can be a list or a text, as the
 * specification's implicit-iterator cases need. Truths print as "true" and "false".
 */
struct template_node *template_set(struct template_data *d, struct template_node *map,
    const char *path, const char *text);
struct template_node *template_setf(struct template_data *d, struct template_node *map,
    const char *path, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
struct template_node *template_set_bool(struct template_data *d, struct template_node *map,
    const char *path, bool truth);
struct template_node *template_set_list(struct template_data *d, struct template_node *map,
    const char *path);
struct template_node *template_set_map(struct template_data *d, struct template_node *map,
    const char *path);

/* Appends an item to list: a text (NULL: TEMPLATE_NULL), a truth, a map or a list. */
struct template_node *template_add(struct template_data *d, struct template_node *list,
    const char *text);
struct template_node *template_add_bool(struct template_data *d, struct template_node *list,
    bool truth);
struct template_node *template_add_map(struct template_data *d, struct template_node *list);
struct template_node *template_add_list(struct template_data *d, struct template_node *list);

/* The value at a dotted path from the root, or NULL. */
const struct template_node *template_get(const struct template_data *d, const char *path);

enum template_escape {
	/*
	 * Plain text for screens, letters and messages: {{name}} drops control characters (C0
	 * except newline and tab, DEL and C1), so a value can never move a terminal's cursor or
	 * change its colours. {{{name}}} keeps them.
	 */
	TEMPLATE_ESCAPE_TEXT,
	/* HTML, as the specification's tests expect: & " < > become &amp; &quot; &lt; &gt;. */
	TEMPLATE_ESCAPE_HTML,
};

struct template_options {
	enum template_escape escape;
	/*
	 * A variable with no value (missing, or TEMPLATE_NULL) renders as "[name?]" instead of "",
	 * so a preview shows what is missing rather than a silent blank.
	 */
	bool mark_missing;
	/* Filled when not NULL: the distinct missing names, "a, b.c", cut to fit. */
	char *missing;
	size_t missing_size;
	int nmissing;			/* out: how many distinct names were missing */
};

/*
 * Renders text with values from d. Returns a string the caller frees; NULL with err set when
 * text is not a valid template (STATUS_INVALID: "line 3: {{/due}} closes {{#case}}", an
 * unclosed tag or section, an unsupported tag) or when out of memory (STATUS_NO_MEMORY, also
 * when d->failed). options NULL: text escaping, missing values blank.
 */
char *template_render(const char *text, const struct template_data *d,
    struct template_options *options, struct error *err);

/*
 * Whether text is a valid template whose every name outside sections has its first dotted
 * part in names (ended by NULL; names NULL: any name). Names inside a section may belong to the
 * section's items, so they are not checked. When not, bad gets a sentence saying what is wrong:
 * "line 2: unknown name {{frist_name}}" or "line 4: {{#case}} is not closed".
 */
bool template_check(const char *text, const char *const *names, char *bad, size_t size);

/*
 * A sentence from template_check or template_render ("line 3: what") as the line it names
 * (*line; 1 when it names none) and what is wrong, for a caller that reports the line of the
 * file the template came from.
 */
const char *template_problem(const char *bad, int *line);

struct template_value {
	const char *name;
	const char *value;
};

/*
 * Shorthand for a flat set of values (ended by a NULL name): text with TEMPLATE_ESCAPE_TEXT
 * and missing values blank. NULL when out of memory or the template is not valid.
 */
char *template_fill(const char *text, const struct template_value *values);

#endif
