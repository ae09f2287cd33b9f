/*
 * The Mustache specification's own tests for what core/template supports (interpolation,
 * sections, inverted sections, comments), read at test time from the JSON files in
 * $CIVICDESK_REFERENCE/mustache-spec/ and rendered with TEMPLATE_ESCAPE_HTML as the spec expects.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "harness.h"
#include "template.h"

static int cases, passed, skipped;	/* over every file run */

/* Text for a failure message: newlines and tabs made visible, cut to fit. */
static const char *
visible(const char *s, char *out, size_t size)
{
	size_t n = 0;

	for (; *s != '\0' && n + 3 < size; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t') {
			out[n++] = '\\';
			out[n++] = *s == '\n' ? 'n' : *s == '\r' ? 'r' : 't';
		} else
			out[n++] = *s;
	}
	out[n] = '\0';
	return out;
}

/* A number as JSON writes it: integers as they are, others in the fewest digits ("1.21"). */
static void
number_text(struct json_object *v, char *out, size_t size)
{
	double x;

	if (json_object_is_type(v, json_type_int)) {
		snprintf(out, size, "%" PRId64, json_object_get_int64(v));
		return;
	}
	x = json_object_get_double(v);
	for (int digits = 1; digits <= 17; digits++) {
		snprintf(out, size, "%.*g", digits, x);
		if (strtod(out, NULL) == x)
			return;
	}
}

/* parent's member key, or (key NULL) parent's next item, as a text, truth, map or list. */
static struct template_node *
put_text(struct template_data *d, struct template_node *parent, const char *key, const char *text)
{
	return key != NULL ? template_set(d, parent, key, text) : template_add(d, parent, text);
}

static struct template_node *
put_bool(struct template_data *d, struct template_node *parent, const char *key, bool truth)
{
	return key != NULL ? template_set_bool(d, parent, key, truth) :
	    template_add_bool(d, parent, truth);
}

static struct template_node *
put_map(struct template_data *d, struct template_node *parent, const char *key)
{
	return key != NULL ? template_set_map(d, parent, key) : template_add_map(d, parent);
}

static struct template_node *
put_list(struct template_data *d, struct template_node *parent, const char *key)
{
	return key != NULL ? template_set_list(d, parent, key) : template_add_list(d, parent);
}

static void put_json(struct template_data *, struct template_node *, const char *,
    struct json_object *);

/* Adds the members of JSON object o to map (NULL: the root). */
static void
put_members(struct template_data *d, struct template_node *map, struct json_object *o)
{
	json_object_object_foreach(o, key, value) {
		/*
		 * A key with a dot in it ("a.b") can never be reached, as every name in a template
		 * is split at its dots, and template_set would read it as a path; so it is left
		 * out, which renders as the specification wants ("Dotted Names are never single
		 * keys").
		 */
		if (strchr(key, '.') == NULL)
			put_json(d, map, key, value);
	}
}

/* Adds JSON value v to parent (NULL: the root) as member key, or as an item when key is NULL. */
static void
put_json(struct template_data *d, struct template_node *parent, const char *key,
    struct json_object *v)
{
	struct template_node *n;
	char number[64];

	switch (json_object_get_type(v)) {
	case json_type_null:
		put_text(d, parent, key, NULL);
		break;
	case json_type_boolean:
		put_bool(d, parent, key, json_object_get_boolean(v));
		break;
	case json_type_int:
	case json_type_double:
		number_text(v, number, sizeof number);
		put_text(d, parent, key, number);
		break;
	case json_type_string:
		put_text(d, parent, key, json_object_get_string(v));
		break;
	case json_type_object:
		if ((n = put_map(d, parent, key)) != NULL)
			put_members(d, n, v);
		break;
	case json_type_array:
		if ((n = put_list(d, parent, key)) != NULL)
			for (size_t i = 0; i < json_object_array_length(v); i++)
				put_json(d, n, NULL, json_object_array_get_idx(v, i));
		break;
	}
}

/* Why a case cannot run here (a feature template.h leaves out), or NULL when it can. */
static const char *
unsupported(struct json_object *test, const char *template)
{
	if (json_object_object_get_ex(test, "partials", NULL) || strstr(template, "{{>") != NULL)
		return "partials are not supported";
	if (strstr(template, "{{=") != NULL)
		return "changing the delimiters is not supported";
	if (strstr(template, "{{<") != NULL || strstr(template, "{{$") != NULL)
		return "template inheritance is not supported";
	return NULL;
}

static const char *
string_member(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* Renders one case and checks it against its "expected", naming file and case on failure. */
static void
run_case(const char *file, struct json_object *test)
{
	const char *name = string_member(test, "name"), *template = string_member(test, "template");
	const char *expected = string_member(test, "expected"), *why;
	struct template_options options = { .escape = TEMPLATE_ESCAPE_HTML };
	struct error err = { STATUS_OK, "" };
	struct json_object *data = NULL;
	struct template_data *d;
	char got_shown[512], want_shown[512];
	char *got;

	cases++;
	if (!harness_check(name != NULL && template != NULL && expected != NULL &&
	    json_object_object_get_ex(test, "data", &data), __FILE__, __LINE__,
	    "%s: case %d has no name, template, expected or data", file, cases))
		return;
	if ((why = unsupported(test, template)) != NULL) {
		printf("SKIP %s: %s: %s\n", file, name, why);
		skipped++;
		return;
	}
	if (!harness_check((d = template_data_new()) != NULL, __FILE__, __LINE__,
	    "%s: %s: out of memory", file, name))
		return;
	/* Data that is not an object (a list, a text) becomes the root itself: path ".". */
	if (json_object_is_type(data, json_type_object))
		put_members(d, NULL, data);
	else
		put_json(d, NULL, ".", data);
	got = template_render(template, d, &options, &err);
	if (harness_check(got != NULL, __FILE__, __LINE__, "%s: %s: %s", file, name, err.detail) &&
	    harness_check(strcmp(got, expected) == 0, __FILE__, __LINE__,
	    "%s: %s: got \"%s\", expected \"%s\"", file, name,
	    visible(got, got_shown, sizeof got_shown),
	    visible(expected, want_shown, sizeof want_shown)))
		passed++;
	free(got);
	template_data_free(d);
}

/* Runs every case of one specification file; a file that cannot be read fails the test. */
static void
run_spec_file(const char *file)
{
	const char *dir = getenv("CIVICDESK_REFERENCE");
	struct json_object *spec, *tests;
	char path[1024];
	size_t n;

	snprintf(path, sizeof path, "%s/mustache-spec/%s",
	    dir != NULL && dir[0] != '\0' ? dir : "../shared/reference", file);
	if ((spec = json_object_from_file(path)) == NULL) {
		const char *why = json_util_get_last_err();

		/* json-c's message names the file and ends in a newline */
		harness_check(false, __FILE__, __LINE__, "cannot read %s; set "
		    "CIVICDESK_REFERENCE to the folder holding mustache-spec/ (%.*s)", path,
		    why != NULL ? (int)strcspn(why, "\n") : 0, why != NULL ? why : "");
		return;
	}
	if (CHECK(json_object_object_get_ex(spec, "tests", &tests) &&
	    json_object_is_type(tests, json_type_array))) {
		n = json_object_array_length(tests);
		harness_check(n > 0, __FILE__, __LINE__, "%s has no cases", path);
		for (size_t i = 0; i < n; i++)
			run_case(file, json_object_array_get_idx(tests, i));
	}
	json_object_put(spec);
}

TEST(test_spec_interpolation)
{
	run_spec_file("interpolation.json");
}

TEST(test_spec_sections)
{
	run_spec_file("sections.json");
}

TEST(test_spec_inverted)
{
	run_spec_file("inverted.json");
}

TEST(test_spec_comments)
{
	run_spec_file("comments.json");
}

/* Last, so the counts cover the files above: every case that was not skipped passed. */
TEST(test_spec_every_case_run_passed)
{
	printf("mustache spec: %d cases, %d passed, %d skipped\n", cases, passed, skipped);
	CHECK(cases > 0);
	CHECK_INT(passed + skipped, cases);
}

static const struct test tests[] = {
	TEST_ENTRY(test_spec_interpolation),
	TEST_ENTRY(test_spec_sections),
	TEST_ENTRY(test_spec_inverted),
	TEST_ENTRY(test_spec_comments),
	TEST_ENTRY(test_spec_every_case_run_passed),
};

HARNESS_MAIN(tests)
