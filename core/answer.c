/* Answers: one table says how each field type is checked; the rest is prefill and place. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "answer.h"

static const char needed[] = "This is needed: ask the customer";

static void
ok(struct validation *out, const char *normal)
{
	out->result = VALIDATE_OK;
	out->message = NULL;
	snprintf(out->normal, sizeof out->normal, "%s", normal);
}

static void
invalid(struct validation *out, const char *message)
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
check_text(const struct catalogue_field *f, const char *input, struct validation *out)
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
check_address(const struct catalogue_field *f, const char *input, struct validation *out)
{
	struct validation pc;
	const char *at = address_postcode(input, &pc);
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
	snprintf(out->normal, sizeof out->normal, "%.*s, %s", len, input, pc.normal);
	check_text(f, out->normal, out);
}

static void
check_typed(const struct catalogue *c, const struct catalogue_field *f, const char *input,
    struct validation *out)
{
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
	case FIELD_NUMBER:
		validate_number(input, f->min, f->max, out);
		return;
	case FIELD_MONEY:
		validate_money(input, out);
		return;
	case FIELD_DATE:
		validate_date(input, out);
		return;
	case FIELD_TIME:
		validate_time(input, out);
		return;
	case FIELD_POSTCODE:
		validate_postcode(input, out);
		return;
	case FIELD_PHONE:
		validate_phone(input, out);
		return;
	case FIELD_EMAIL:
		validate_email(input, out);
		return;
	case FIELD_NINO:
		validate_nino(input, out);
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
	}
	invalid(out, "This kind of field is not known");
}

void
answer_check(const struct catalogue *c, const struct catalogue_field *f, const char *input,
    struct validation *out)
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

void
answer_prefill(const struct catalogue_field *f, const struct customer *cust, char *out,
    size_t size)
{
	switch (f->prefill) {
	case PREFILL_NAME:
		snprintf(out, size, "%s %s", cust->first_name, cust->last_name);
		break;
	case PREFILL_ADDRESS:
		snprintf(out, size, "%s%s%s%s%s%s%s", cust->address_line1,
		    cust->address_line2[0] ? ", " : "", cust->address_line2,
		    cust->town[0] ? ", " : "", cust->town,
		    cust->postcode[0] && cust->address_line1[0] ? ", " : "", cust->postcode);
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

/* "12 Mill Lane, Flat 2, Eastmere, EM1 2AB" back into the record's lines. */
static bool
save_address(struct customer *cust, const char *value)
{
	struct customer before = *cust;
	char copy[ANSWER_SIZE], *parts[6];
	char *save = NULL, *p;
	int n = 0;

	snprintf(copy, sizeof copy, "%s", value);
	for (p = strtok_r(copy, ",", &save); p != NULL && n < 6; p = strtok_r(NULL, ",", &save)) {
		while (*p == ' ')
			p++;
		parts[n++] = p;
	}
	if (n < 2)
		return false;
	snprintf(cust->postcode, sizeof cust->postcode, "%s", parts[n - 1]);
	snprintf(cust->address_line1, sizeof cust->address_line1, "%s", parts[0]);
	snprintf(cust->town, sizeof cust->town, "%s", n >= 3 ? parts[n - 2] : "");
	snprintf(cust->address_line2, sizeof cust->address_line2, "%s", n >= 4 ? parts[1] : "");
	return memcmp(&before, cust, sizeof before) != 0;
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
