/* Answers: one table says how each field type is checked; the rest is prefill and place. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "answer.h"

static const char needed[] = "This is needed: ask the customer";

static void
ok(struct answer_result *out, const char *normal)
{
	out->result = VALIDATE_OK;
	out->message = NULL;
	snprintf(out->normal, sizeof out->normal, "%s", normal);
}

static void
invalid(struct answer_result *out, const char *message)
{
	out->result = VALIDATE_INVALID;
	out->message = message;
	out->normal[0] = '\0';
}

/* Characters, not bytes: UTF-8 continuation bytes do not count. */
static size_t
characters(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void
check_text(const struct catalogue_field *f, const char *input, struct answer_result *out)
{
	static char too_long[80];

	if (characters(input) > (size_t)f->max_length) {
		snprintf(too_long, sizeof too_long, "Keep this to %d characters", f->max_length);
		invalid(out, too_long);
		return;
	}
	ok(out, input);
}

/* The code of the choice whose code or label is input, ignoring case; NULL when none is. */
static const char *
match_choice(const struct choice *list, const char *input)
{
	for (; list != NULL && list->code != NULL; list++)
		if (strcasecmp(list->code, input) == 0 || strcasecmp(list->label, input) == 0)
			return list->code;
	return NULL;
}

static const struct choice yes_no[] = {
	{ "yes", "Yes" }, { "no", "No" }, { "yes", "Y" }, { "no", "N" }, { NULL, NULL },
};

static const char *
match_service(const struct catalogue *c, const char *input)
{
	for (int i = 0; c != NULL && i < c->count; i++)
		if (strcasecmp(c->services[i].id, input) == 0 ||
		    strcasecmp(c->services[i].title, input) == 0)
			return c->services[i].id;
	return NULL;
}

/* "12 Mill Lane, Eastmere, EM1 2AB": the postcode is after the last comma, or the last 2 words. */
static const char *
address_postcode(const char *address, struct validation *pc)
{
	const char *comma = strrchr(address, ',');
	const char *start = comma != NULL ? comma + 1 : address + strlen(address);
	int spaces = 0;

	validate_postcode(start, pc);
	if (pc->result != VALIDATE_INVALID && pc->normal[0] != '\0')
		return start;
	for (start = address + strlen(address); start > address && spaces < 2; start--)
		if (start[-1] == ' ' && start[0] != ' ')
			spaces++;
	validate_postcode(start, pc);
	return pc->result != VALIDATE_INVALID && pc->normal[0] != '\0' ? start : NULL;
}

static void
check_address(const struct catalogue_field *f, const char *input,
    struct answer_result *out)
{
	struct validation pc;
	const char *at = address_postcode(input, &pc);
	char joined[ANSWER_SIZE];	/* not out->normal: check_text copies into that */
	int len;

	if (at == NULL) {
		invalid(out, "End the address with its postcode, like 12 Mill Lane, EM1 2AB");
		return;
	}
	len = (int)(at - input);
	while (len > 0 && (input[len - 1] == ' ' || input[len - 1] == ','))
		len--;
	if (len == 0) {
		invalid(out, "Give the house number and street before the postcode");
		return;
	}
	snprintf(joined, sizeof joined, "%.*s, %s", len, input, pc.normal);
	check_text(f, joined, out);
}

static void
check_typed(const struct catalogue *c, const struct catalogue_field *f, const char *input,
    struct answer_result *out)
{
	/* The validators of validate.h, by field type; the rest are handled below. */
	static void (*const validators[])(const char *, struct validation *) = {
		[FIELD_MONEY] = validate_money, [FIELD_DATE] = validate_date,
		[FIELD_TIME] = validate_time, [FIELD_POSTCODE] = validate_postcode,
		[FIELD_PHONE] = validate_phone, [FIELD_EMAIL] = validate_email,
		[FIELD_NINO] = validate_nino, [FIELD_SERVICE] = NULL,
	};
	struct validation v;
	const char *code;

	switch (f->type) {
	case FIELD_TEXT:
	case FIELD_LONGTEXT:
	case FIELD_LOCATION:
		check_text(f, input, out);
		return;
	case FIELD_ADDRESS:
		check_address(f, input, out);
		return;
	case FIELD_CHOICE:
	case FIELD_YESNO:
	case FIELD_SERVICE:
		code = f->type == FIELD_SERVICE ? match_service(c, input) :
		    match_choice(f->type == FIELD_YESNO ? yes_no : f->choices, input);
		if (code == NULL)
			invalid(out, "Choose one of the list");
		else
			ok(out, code);
		return;
	case FIELD_NUMBER:
		validate_number(input, f->min, f->max, &v);
		break;
	default:
		validators[f->type](input, &v);
		break;
	}
	out->result = v.result;
	out->message = v.message;
	snprintf(out->normal, sizeof out->normal, "%s", v.normal);
}

void
answer_check(const struct catalogue *c, const struct catalogue_field *f, const char *input,
    struct answer_result *out)
{
	char trimmed[ANSWER_SIZE];
	char *s = trimmed, *end;

	snprintf(trimmed, sizeof trimmed, "%s", input != NULL ? input : "");
	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	if (*s == '\0') {
		if (f->required)
			invalid(out, needed);
		else
			ok(out, "");
		return;
	}
	check_typed(c, f, s, out);
}

const char *
answer_display(const struct catalogue *c, const struct catalogue_field *f, const char *value,
    char *buf, size_t size)
{
	const struct catalogue_service *s;

	if (value[0] == '\0')
		return value;
	switch (f->type) {
	case FIELD_MONEY:
		validate_format_pence(atoll(value), buf, size);
		return buf;
	case FIELD_DATE:
		if (strlen(value) != 10)
			return value;
		snprintf(buf, size, "%.2s/%.2s/%.4s", value + 8, value + 5, value);
		return buf;
	case FIELD_CHOICE:
		return choice_find(f->choices, value) ? choice_label(f->choices, value) : value;
	case FIELD_YESNO:
		return choice_find(yes_no, value) ? choice_label(yes_no, value) : value;
	case FIELD_SERVICE:
		s = c != NULL ? catalogue_find(c, value) : NULL;
		return s != NULL ? s->title : value;
	default:
		return value;
	}
}

/* The record's address as one line: "12 Mill Lane, Flat 2, Eastmere, EM1 2AB", no empty parts. */
static void
join_address(const struct customer *cust, char *out, size_t size)
{
	const char *parts[] = { cust->address_line1, cust->address_line2, cust->town,
	    cust->postcode };
	size_t n = 0;

	out[0] = '\0';
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (parts[i][0] != '\0' && n < size)
			n += (size_t)snprintf(out + n, size - n, "%s%s", n > 0 ? ", " : "", parts[i]);
}

void
answer_prefill(const struct catalogue_field *f, const struct customer *cust, char *out,
    size_t size)
{
	switch (f->prefill) {
	case PREFILL_NAME:
		snprintf(out, size, "%s %s", cust->first_name, cust->last_name);
		break;
	case PREFILL_ADDRESS:
		join_address(cust, out, size);
		break;
	case PREFILL_POSTCODE:
		snprintf(out, size, "%s", cust->postcode);
		break;
	case PREFILL_PHONE:
		snprintf(out, size, "%s", cust->phone);
		break;
	case PREFILL_EMAIL:
		snprintf(out, size, "%s", cust->email);
		break;
	case PREFILL_DATE_OF_BIRTH:
		snprintf(out, size, "%s", cust->date_of_birth);
		break;
	case PREFILL_NONE:
		out[0] = '\0';
		break;
	}
	if (f->prefill == PREFILL_NAME && cust->first_name[0] == '\0')
		snprintf(out, size, "%s", cust->last_name);
}

/* Copies value into dst (size bytes); true when that changed dst. */
static bool
replace(char *dst, size_t size, const char *value)
{
	if (strcmp(dst, value) == 0)
		return false;
	snprintf(dst, size, "%s", value);
	return true;
}

static char *
trim_spaces(char *s)
{
	char *end;

	while (*s == ' ')
		s++;
	for (end = s + strlen(s); end > s && end[-1] == ' '; end--)
		;
	*end = '\0';
	return s;
}

/*
 * "12 Mill Lane, Flat 2, Eastmere, EM1 2AB" back into the record's lines: the first part is
 * line 1, the last the postcode, the one before it the town, and everything between is line 2.
 */
static bool
save_address(struct customer *cust, const char *value)
{
	char copy[ANSWER_SIZE], *line2 = NULL, *town = NULL, *postcode, *cut;
	bool changed = false;

	snprintf(copy, sizeof copy, "%s", value);
	if ((cut = strrchr(copy, ',')) == NULL)
		return false;
	*cut = '\0';
	postcode = cut + 1;
	if ((cut = strrchr(copy, ',')) != NULL) {
		*cut = '\0';
		town = cut + 1;
		if ((cut = strchr(copy, ',')) != NULL) {
			*cut = '\0';
			line2 = cut + 1;
		}
	}
	changed |= replace(cust->address_line1, sizeof cust->address_line1, trim_spaces(copy));
	changed |= replace(cust->address_line2, sizeof cust->address_line2,
	    line2 != NULL ? trim_spaces(line2) : "");
	changed |= replace(cust->town, sizeof cust->town, town != NULL ? trim_spaces(town) : "");
	changed |= replace(cust->postcode, sizeof cust->postcode, trim_spaces(postcode));
	return changed;
}

bool
answer_save_back(const struct catalogue_field *f, const char *value, struct customer *cust)
{
	char dob[11];

	if (value[0] == '\0')
		return false;
	switch (f->prefill) {
	case PREFILL_ADDRESS:
		return save_address(cust, value);
	case PREFILL_POSTCODE:
		return replace(cust->postcode, sizeof cust->postcode, value);
	case PREFILL_PHONE:
		return replace(cust->phone, sizeof cust->phone, value);
	case PREFILL_EMAIL:
		return replace(cust->email, sizeof cust->email, value);
	case PREFILL_DATE_OF_BIRTH:
		if (strlen(value) != 10)
			return false;
		snprintf(dob, sizeof dob, "%.2s/%.2s/%.4s", value + 8, value + 5, value);
		return replace(cust->date_of_birth, sizeof cust->date_of_birth, dob);
	case PREFILL_NAME:	/* names change on the customer's own screen, with their checks */
	case PREFILL_NONE:
		return false;
	}
	return false;
}

void
answer_place(const struct catalogue_service *s, char *const *values, char *location,
    size_t lsize, char postcode[10])
{
	location[0] = postcode[0] = '\0';
	for (int i = 0; i < s->nfields; i++) {
		const struct catalogue_field *f = &s->fields[i];
		struct validation pc;

		if (values[i][0] == '\0')
			continue;
		if ((f->type == FIELD_ADDRESS || f->type == FIELD_LOCATION) && location[0] == '\0')
			snprintf(location, lsize, "%s", values[i]);
		if (f->type == FIELD_POSTCODE && postcode[0] == '\0')
			snprintf(postcode, 10, "%s", values[i]);
		if (f->type == FIELD_ADDRESS && postcode[0] == '\0' &&
		    address_postcode(values[i], &pc) != NULL)
			snprintf(postcode, 10, "%s", pc.normal);
	}
}
