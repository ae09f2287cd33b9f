/*
 * Field validators: postcode, phone, email, National Insurance number, date of birth, whole
 * numbers, money, dates and times of day. The rules and the reasons for each special case are in
 * validate.h; messages are kept beside the check that gives them so each one can say exactly
 * what to fix.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "validate.h"

/* A piece of the caller's input: borrowed, not NUL-terminated. */
struct span {
	const char *p;
	size_t len;
};

/* Bytes treated as white space: ASCII, and the invisible characters pasting brings in. */
static const char *const spaces[] = {
	" ", "\t", "\n", "\r", "\v", "\f",
	"\xc2\xa0",		/* no-break space */
	"\xe2\x80\x8b",		/* zero-width space */
	"\xe2\x80\xaf",		/* narrow no-break space */
	"\xef\xbb\xbf",		/* byte order mark */
};

/*
 * ASCII-only character classes: <ctype.h> answers by locale, and the screens run in a UTF-8
 * locale where a lone byte of a multibyte character must never count as a letter.
 */
static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_alnum(char c)
{
	return is_digit(c) || is_upper(c) || is_lower(c);
}

static char
to_upper(char c)
{
	return is_lower(c) ? (char)(c - 'a' + 'A') : c;
}

static char
to_lower(char c)
{
	return is_upper(c) ? (char)(c - 'A' + 'a') : c;
}

static bool
in_set(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

static bool
all_digits(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (!is_digit(s[i]))
			return false;
	}
	return true;
}

/* Length of the white space starting at s (avail bytes left), or 0. */
static size_t
space_at(const char *s, size_t avail)
{
	for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
		size_t n = strlen(spaces[i]);

		if (n <= avail && memcmp(s, spaces[i], n) == 0)
			return n;
	}
	return 0;
}

/* Length of the white space ending at s + len, or 0. */
static size_t
space_before(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
		size_t n = strlen(spaces[i]);

		if (n <= len && memcmp(s + len - n, spaces[i], n) == 0)
			return n;
	}
	return 0;
}

static struct span
trim(const char *input)
{
	struct span text = { input, input == NULL ? 0 : strlen(input) };
	size_t n;

	while (text.len > 0 && (n = space_at(text.p, text.len)) > 0) {
		text.p += n;
		text.len -= n;
	}
	while (text.len > 0 && (n = space_before(text.p, text.len)) > 0)
		text.len -= n;
	return text;
}

static void
set_result(struct validation *out, enum validate_result result, const char *normal,
    const char *message)
{
	out->result = result;
	snprintf(out->normal, sizeof out->normal, "%s", normal);
	out->message = message;
}

static void
set_invalid(struct validation *out, const char *message)
{
	set_result(out, VALIDATE_INVALID, "", message);
}

/*
 * Trims the input into text. Returns false, with out set to OK and empty, when nothing is left:
 * whether a field is required is for the caller to say.
 */
static bool
begin(const char *input, struct validation *out, struct span *text)
{
	*text = trim(input);
	if (text->len > 0)
		return true;
	set_result(out, VALIDATE_OK, "", NULL);
	return false;
}

/* Copies text into buf without white space and in upper case; false when it does not fit. */
static bool
compact_upper(struct span text, char *buf, size_t size)
{
	size_t n = 0, skip;

	for (size_t i = 0; i < text.len; i++) {
		if ((skip = space_at(text.p + i, text.len - i)) > 0) {
			i += skip - 1;
			continue;
		}
		if (n + 1 >= size)
			return false;
		buf[n++] = to_upper(text.p[i]);
	}
	buf[n] = '\0';
	return true;
}

/* Postcodes. */

/* Longer than any postcode, so input that fills it is wrong. */
#define POSTCODE_MAX 16

static const char postcode_shape[] =
    "A postcode looks like SW1A 1AA: letters, numbers, a space, a number and two letters";
static const char postcode_zero_first[] =
    "A postcode starts with a letter: check for a zero typed instead of the letter O";
static const char postcode_letter_first[] =
    "A postcode starts with a letter, like SW1A 1AA";
static const char postcode_o_in_inward[] =
    "The part after the space starts with a number: check for the letter O typed instead of a zero";
static const char postcode_inward_letters[] =
    "The last two letters of a postcode are never C, I, K, M, O or V";
static const char postcode_first_letter[] =
    "A postcode never starts with Q, V or X";
static const char postcode_second_letter[] =
    "The second letter of a postcode is never I, J or Z";
static const char postcode_third_letter[] =
    "In a postcode like W1A 1AA the letter after the number is never I, L, M, N, O, Q, R, V, "
    "X, Y or Z";
static const char postcode_fourth_letter[] =
    "In a postcode like EC1A 1BB the letter after the number can only be A, B, E, H, M, N, "
    "P, R, V, W, X or Y";
static const char postcode_cayman[] =
    "This looks like a Cayman Islands postal code, not a UK postcode: put it in the address lines";
static const char postcode_gibraltar[] =
    "GX11 1AA is Gibraltar: a real address, but not in the UK";
static const char postcode_bfpo[] =
    "BFPO is a British Forces address, not a UK postcode: check the BFPO number with the customer";
static const char postcode_overseas[] =
    "This is a British overseas territory's postcode: a real address, but not in the UK";

/* Outward codes in the BS 7666 shapes: A for a letter, 9 for a digit. */
static const char *const outward_shapes[] = { "A9", "A99", "AA9", "AA99", "A9A", "AA9A" };

/*
 * Royal Mail's codes for overseas territories, all with the inward code 1ZZ: Ascension, British
 * Antarctic Territory, British Indian Ocean Territory, Falklands, Pitcairn, South Georgia,
 * St Helena, Tristan da Cunha, Turks and Caicos.
 */
static const char *const overseas_outward[] = {
	"ASCN", "BIQQ", "BBND", "FIQQ", "PCRN", "SIQQ", "STHL", "TDCU", "TKCA",
};

static bool
outward_has_shape(const char *code, size_t len, const char *shape)
{
	if (strlen(shape) != len)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (shape[i] == 'A' ? !is_upper(code[i]) : !is_digit(code[i]))
			return false;
	}
	return true;
}

static const char *
outward_shape(const char *code, size_t len)
{
	for (size_t i = 0; i < sizeof outward_shapes / sizeof outward_shapes[0]; i++) {
		if (outward_has_shape(code, len, outward_shapes[i]))
			return outward_shapes[i];
	}
	return NULL;
}

/* What is wrong with the outward code (the part before the space), or NULL. */
static const char *
outward_problem(const char *code, size_t len)
{
	const char *shape = outward_shape(code, len);

	if (shape == NULL)
		return postcode_shape;
	if (in_set(code[0], "QVX"))
		return postcode_first_letter;
	if (shape[1] == 'A' && in_set(code[1], "IJZ"))
		return postcode_second_letter;
	/* P is allowed, as in the patterns published after 2010 (the 2010 one left it out) */
	if (strcmp(shape, "A9A") == 0 && !in_set(code[2], "ABCDEFGHJKPSTUW"))
		return postcode_third_letter;
	if (strcmp(shape, "AA9A") == 0 && !in_set(code[3], "ABEHMNPRVWXY"))
		return postcode_fourth_letter;
	return NULL;
}

/* What is wrong with the start of an inward code (len 1 to 3), or NULL. */
static const char *
inward_problem(const char *inward, size_t len)
{
	if (inward[0] == 'O')
		return postcode_o_in_inward;
	if (!is_digit(inward[0]))
		return postcode_shape;
	for (size_t i = 1; i < len; i++) {
		if (!is_upper(inward[i]))
			return postcode_shape;
		if (in_set(inward[i], "CIKMOV"))
			return postcode_inward_letters;
	}
	return NULL;
}

/* What is wrong with a compacted, upper-case postcode, or NULL. */
static const char *
postcode_problem(const char *code)
{
	size_t len = strlen(code);
	const char *problem;

	if (len < 5 || len > 7)
		return postcode_shape;
	for (size_t i = 0; i < len; i++) {
		if (!is_alnum(code[i]))
			return postcode_shape;
	}
	if (code[0] == '0')
		return postcode_zero_first;
	if (!is_upper(code[0]))
		return postcode_letter_first;
	if ((problem = inward_problem(code + len - 3, 3)) != NULL)
		return problem;
	return outward_problem(code, len - 3);
}

/* BFPO then 1 to 4 digits: the forces' own numbering, not BS 7666. */
static bool
is_bfpo(const char *code)
{
	size_t len = strlen(code);

	return strncmp(code, "BFPO", 4) == 0 && len >= 5 && len <= 8 &&
	    all_digits(code + 4, len - 4);
}

/* KY, a digit, a hyphen and four digits: easily taken for a Kirkcaldy postcode. */
static bool
is_cayman(const char *code)
{
	return strlen(code) == 8 && strncmp(code, "KY", 2) == 0 && is_digit(code[2]) &&
	    code[3] == '-' && all_digits(code + 4, 4);
}

static bool
is_overseas(const char *code)
{
	if (strlen(code) != 7 || strcmp(code + 4, "1ZZ") != 0)
		return false;
	for (size_t i = 0; i < sizeof overseas_outward / sizeof overseas_outward[0]; i++) {
		if (strncmp(code, overseas_outward[i], 4) == 0)
			return true;
	}
	return false;
}

/* Writes code with a space before its last keep characters. */
static void
set_spaced(struct validation *out, enum validate_result result, const char *code, size_t keep,
    const char *message)
{
	size_t split = strlen(code) - keep;

	out->result = result;
	snprintf(out->normal, sizeof out->normal, "%.*s %s", (int)split, code, code + split);
	out->message = message;
}

/* The exceptions to BS 7666; returns false when code is none of them. */
static bool
postcode_exception(const char *code, struct validation *out)
{
	if (strcmp(code, "GIR0AA") == 0)
		set_spaced(out, VALIDATE_OK, code, 3, NULL);
	else if (is_bfpo(code))
		set_spaced(out, VALIDATE_WARN, code, strlen(code) - 4, postcode_bfpo);
	else if (is_overseas(code))
		set_spaced(out, VALIDATE_WARN, code, 3, postcode_overseas);
	else if (is_cayman(code))
		set_invalid(out, postcode_cayman);
	else
		return false;
	return true;
}

void
validate_postcode(const char *input, struct validation *out)
{
	char code[POSTCODE_MAX];
	struct span text;
	const char *problem;

	if (!begin(input, out, &text))
		return;
	if (!compact_upper(text, code, sizeof code)) {
		set_invalid(out, postcode_shape);
		return;
	}
	if (postcode_exception(code, out))
		return;
	if ((problem = postcode_problem(code)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	if (strncmp(code, "GX11", 4) == 0)
		set_spaced(out, VALIDATE_WARN, code, 3, postcode_gibraltar);
	else
		set_spaced(out, VALIDATE_OK, code, 3, NULL);
}

/* An outward code followed by the start of an inward code ("LS14", "LS14A"). */
static bool
is_outward_and_sector(const char *code, size_t len)
{
	for (size_t k = 1; k <= 2; k++) {
		if (len < k + 2 || len - k > 4)
			continue;
		if (outward_problem(code, len - k) == NULL &&
		    inward_problem(code + len - k, k) == NULL)
			return true;
	}
	return false;
}

bool
validate_looks_like_postcode(const char *query)
{
	struct validation whole;
	char code[POSTCODE_MAX];
	struct span text = trim(query);
	size_t len;

	if (text.len == 0 || !compact_upper(text, code, sizeof code))
		return false;
	validate_postcode(query, &whole);
	if (whole.result != VALIDATE_INVALID)
		return true;
	len = strlen(code);
	return outward_problem(code, len) == NULL || is_outward_and_sector(code, len);
}

/* Phones. */

#define PHONE_DIGITS_MAX 20	/* longer than any number with its prefixes */

static const char phone_chars[] =
    "A phone number can only have numbers and spaces, with + at the start for +44";
static const char phone_needs_zero[] =
    "A UK number starts with 0, like 07700 900123, or with +44";
static const char phone_not_uk[] =
    "This is not a UK number: only numbers starting 0 or +44 can be recorded here";
static const char phone_not_in_use[] =
    "UK numbers starting with these digits are not in use: check the number";
static const char phone_pager[] =
    "Numbers starting 076 are pagers, not phones (except 07624 on the Isle of Man)";
static const char phone_too_short[] =
    "This number is too short: UK numbers have 11 digits, starting 0 (a few have 10)";
static const char phone_too_long[] =
    "This number is too long: UK numbers have 11 digits, starting 0";
static const char phone_premium[] =
    "This is a premium-rate number: calls to it cost a lot, so check the customer means it";
static const char phone_personal[] =
    "Numbers starting 070 are personal numbers that cost a lot to call: check it is not a "
    "mobile (071 to 079)";

/*
 * The six-figure area codes inside five-figure ones (Cumbria and the Borders), which group as
 * 015394 12345 rather than 01539 412345.
 */
static const char *const six_figure_areas[] = {
	"013873", "015242", "015394", "015395", "015396", "016973",
	"016974", "016977", "017683", "017684", "017687", "019467",
};

/*
 * Collects the digits of text, allowing spaces, hyphens, dots, brackets (for "(0)" and
 * "(020)") and one + at the start. Returns what is wrong, or NULL.
 */
static const char *
phone_digits(struct span text, char *digits, size_t size, bool *plus)
{
	size_t n = 0, skip;

	*plus = false;
	for (size_t i = 0; i < text.len; i++) {
		char c = text.p[i];

		if ((skip = space_at(text.p + i, text.len - i)) > 0)
			i += skip - 1;
		else if (is_digit(c)) {
			if (n + 1 >= size)
				return phone_too_long;
			digits[n++] = c;
		} else if (c == '+' && i == 0)
			*plus = true;
		else if (!in_set(c, "-.()"))
			return phone_chars;
	}
	digits[n] = '\0';
	return NULL;
}

/*
 * Turns the digits into the national form starting 0. International forms are +44, 0044 and 44
 * (a national number never starts 44, so a missing + is safe to assume); the 0 people put
 * after 44, bracketed or not, is dropped because it is never dialled there.
 */
static const char *
phone_national(const char *digits, bool plus, char *national, size_t size)
{
	const char *intl = NULL;

	if (plus)
		intl = digits;
	else if (strncmp(digits, "00", 2) == 0)
		intl = digits + 2;
	else if (strncmp(digits, "44", 2) == 0)
		intl = digits;
	if (intl == NULL) {
		if (digits[0] != '0')
			return phone_needs_zero;
		snprintf(national, size, "%s", digits);
		return NULL;
	}
	if (strncmp(intl, "44", 2) != 0)
		return phone_not_uk;
	intl += 2;
	if (intl[0] == '0')
		intl++;
	snprintf(national, size, "0%s", intl);
	return NULL;
}

static const char *
phone_length_problem(size_t len, size_t shortest)
{
	if (len < shortest)
		return phone_too_short;
	if (len > 11)
		return phone_too_long;
	return NULL;
}

/* Checks the range and length of a national number; message set for WARN and INVALID. */
static enum validate_result
phone_check(const char *n, const char **message)
{
	size_t len = strlen(n);

	*message = NULL;
	switch (n[1]) {
	case '1':
		/* only five- and six-figure area codes have short local numbers */
		*message = phone_length_problem(len,
		    len >= 4 && (n[2] == '1' || n[3] == '1') ? 11 : 10);
		break;
	case '2':
	case '3':
		*message = phone_length_problem(len, 11);
		break;
	case '5':
		/* 055 and 056 are in use; 0500 freephone closed in 2017 */
		if (!in_set(n[2], "56"))
			*message = phone_not_in_use;
		else
			*message = phone_length_problem(len, 11);
		break;
	case '7':
		if (n[2] == '6' && strncmp(n, "07624", 5) != 0)
			*message = phone_pager;
		else if ((*message = phone_length_problem(len, 11)) == NULL && n[2] == '0') {
			*message = phone_personal;
			return VALIDATE_WARN;
		}
		break;
	case '8':
		/* some 0800 numbers are one digit short of the rest */
		*message = phone_length_problem(len, strncmp(n, "0800", 4) == 0 ? 10 : 11);
		break;
	case '9':
		if ((*message = phone_length_problem(len, 11)) == NULL) {
			*message = phone_premium;
			return VALIDATE_WARN;
		}
		break;
	case '\0':
		*message = phone_too_short;
		break;
	default:
		*message = phone_not_in_use;
		break;
	}
	return *message == NULL ? VALIDATE_OK : VALIDATE_INVALID;
}

static bool
is_six_figure_area(const char *n)
{
	for (size_t i = 0; i < sizeof six_figure_areas / sizeof six_figure_areas[0]; i++) {
		if (strncmp(n, six_figure_areas[i], 6) == 0)
			return true;
	}
	return false;
}

/*
 * Sizes of the digit groups, the way numbers are written in the UK: the area code, then the
 * local number split into two when it is long. Ends with 0.
 */
static void
phone_groups(const char *n, size_t len, int groups[3])
{
	static const int area2[] = { 3, 4, 4 }, area4[] = { 4, 3, 4 }, area5[] = { 5, 6, 0 },
	    area6[] = { 6, 5, 0 }, short5[] = { 5, 5, 0 }, short6[] = { 6, 4, 0 },
	    short4[] = { 4, 6, 0 };
	const int *g = area4;

	if (n[1] == '2')
		g = area2;
	else if (n[1] == '7')
		g = area5;
	else if (n[1] == '1' && is_six_figure_area(n))
		g = len == 10 ? short6 : area6;
	else if (n[1] == '1' && len == 10)
		g = short5;
	else if (n[1] == '1' && n[2] != '1' && n[3] != '1')
		g = area5;
	else if (len == 10)
		g = short4;
	memcpy(groups, g, 3 * sizeof groups[0]);
}

static void
phone_format(const char *n, char *out, size_t size)
{
	int groups[3];
	size_t len = strlen(n), at = 0, used = 0;

	phone_groups(n, len, groups);
	for (int i = 0; i < 3 && groups[i] > 0 && at < len; i++) {
		int w = snprintf(out + used, size - used, "%s%.*s", i > 0 ? " " : "",
		    groups[i], n + at);

		if (w < 0 || (size_t)w >= size - used)
			return;
		used += (size_t)w;
		at += (size_t)groups[i];
	}
}

void
validate_phone(const char *input, struct validation *out)
{
	char digits[PHONE_DIGITS_MAX], national[PHONE_DIGITS_MAX + 1];
	struct span text;
	const char *message;
	enum validate_result result;
	bool plus;

	if (!begin(input, out, &text))
		return;
	if ((message = phone_digits(text, digits, sizeof digits, &plus)) != NULL ||
	    (message = phone_national(digits, plus, national, sizeof national)) != NULL) {
		set_invalid(out, message);
		return;
	}
	result = phone_check(national, &message);
	if (result == VALIDATE_INVALID) {
		set_invalid(out, message);
		return;
	}
	out->result = result;
	out->normal[0] = '\0';
	phone_format(national, out->normal, sizeof out->normal);
	out->message = message;
}

bool
validate_phone_key(const char *phone, char *key, size_t keylen)
{
	struct validation v;
	size_t n = 0;

	if (keylen > 0)
		key[0] = '\0';
	validate_phone(phone, &v);
	if (v.result == VALIDATE_INVALID || v.normal[0] == '\0')
		return false;
	for (const char *p = v.normal; *p != '\0'; p++) {
		if (!is_digit(*p))
			continue;
		if (n + 1 >= keylen) {
			if (keylen > 0)
				key[0] = '\0';
			return false;
		}
		key[n++] = *p;
	}
	key[n] = '\0';
	return true;
}

bool
validate_looks_like_phone(const char *query)
{
	struct span text = trim(query);
	size_t digits = 0;

	for (size_t i = 0; i < text.len; i++) {
		char c = text.p[i];

		if (is_digit(c))
			digits++;
		else if (!(c == '+' && i == 0) && !in_set(c, " -.()"))
			return false;
	}
	return digits >= 6;
}

/* Email addresses, following GOV.UK Notify's check (notifications-utils, recipient_validation). */

#define EMAIL_MAX 320
#define DOMAIN_MAX 253
#define LABEL_MAX 63

static const char email_shape[] =
    "An email address looks like name@example.com, with one @";
static const char email_space[] =
    "An email address cannot have spaces in it";
static const char email_too_long[] =
    "An email address can be at most 320 characters";
static const char email_local_chars[] =
    "The part before the @ has a character email addresses cannot use, such as a quote mark, "
    "comma or accented letter";
static const char email_double_dot[] =
    "An email address cannot have two dots next to each other";
static const char email_no_dot[] =
    "The part after the @ needs a dot, like example.com";
static const char email_domain_dot[] =
    "The part after the @ cannot start or end with a dot";
static const char email_domain_long[] =
    "The part after the @ is too long";
static const char email_label_long[] =
    "Each part of the address after the @ can be at most 63 characters between dots";
static const char email_domain_chars[] =
    "The part after the @ can only have letters, numbers, dots and hyphens, and a hyphen "
    "cannot start or end a part";
static const char email_tld[] =
    "The address must end with a domain like .com or .uk, of at least two letters";
static const char email_local_dot[] =
    "A dot at the start or end of the part before the @ is unusual and some email will not "
    "be delivered: check it";

/* Characters Notify allows before the @ (the RFC 5322 atom characters and the dot). */
static const char local_specials[] = ".!#$%&'*+/=?^_`{|}~-";

static const char *
local_problem(const char *local, size_t len)
{
	if (len == 0)
		return email_shape;
	for (size_t i = 0; i < len; i++) {
		if (!is_alnum(local[i]) && !in_set(local[i], local_specials))
			return email_local_chars;
	}
	return NULL;
}

/* A domain label: letters, digits, single or double hyphens inside (for xn-- labels). */
static const char *
label_problem(const char *label, size_t len)
{
	if (len == 0)
		return email_domain_dot;
	if (len > LABEL_MAX)
		return email_label_long;
	if (label[0] == '-' || label[len - 1] == '-')
		return email_domain_chars;
	for (size_t i = 0; i < len; i++) {
		if (!is_alnum(label[i]) && label[i] != '-')
			return email_domain_chars;
		if (i >= 2 && label[i] == '-' && label[i - 1] == '-' && label[i - 2] == '-')
			return email_domain_chars;
	}
	return NULL;
}

/* Top-level domain: 2 to 63 letters, or an xn-- (internationalised) label. */
static bool
tld_ok(const char *tld, size_t len)
{
	if (len >= 5 && strncmp(tld, "xn--", 4) == 0)
		return true;
	if (len < 2)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (!is_upper(tld[i]) && !is_lower(tld[i]))
			return false;
	}
	return true;
}

static const char *
domain_problem(const char *domain)
{
	const char *label = domain, *dot;
	const char *problem;

	if (strchr(domain, '.') == NULL)
		return email_no_dot;
	if (strlen(domain) > DOMAIN_MAX)
		return email_domain_long;
	while ((dot = strchr(label, '.')) != NULL) {
		if ((problem = label_problem(label, (size_t)(dot - label))) != NULL)
			return problem;
		label = dot + 1;
	}
	if ((problem = label_problem(label, strlen(label))) != NULL)
		return problem;
	return tld_ok(label, strlen(label)) ? NULL : email_tld;
}

/* What is wrong with the whole trimmed address, or NULL. */
static const char *
email_problem(const char *address)
{
	const char *at = strchr(address, '@');
	const char *problem;
	size_t len = strlen(address);

	for (size_t i = 0; i < len; i++) {
		if (space_at(address + i, len - i) > 0)
			return email_space;
	}
	if (at == NULL || strchr(at + 1, '@') != NULL)
		return email_shape;
	if ((problem = local_problem(address, (size_t)(at - address))) != NULL)
		return problem;
	if (strstr(address, "..") != NULL)
		return email_double_dot;
	if (at[1] == '\0')
		return email_shape;
	return domain_problem(at + 1);
}

void
validate_email(const char *input, struct validation *out)
{
	char address[EMAIL_MAX + 1];
	struct span text;
	const char *problem;
	char *at;

	if (!begin(input, out, &text))
		return;
	if (text.len > EMAIL_MAX) {
		set_invalid(out, email_too_long);
		return;
	}
	memcpy(address, text.p, text.len);
	address[text.len] = '\0';
	if ((problem = email_problem(address)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	at = strchr(address, '@');
	for (char *p = at + 1; *p != '\0'; p++)
		*p = to_lower(*p);
	if (address[0] == '.' || at[-1] == '.')
		set_result(out, VALIDATE_WARN, address, email_local_dot);
	else
		set_result(out, VALIDATE_OK, address, NULL);
}

/* National Insurance numbers (HMRC National Insurance Manual NIM39110). */

#define NINO_LEN 9

static const char nino_shape[] =
    "A National Insurance number looks like QQ 12 34 56 C: two letters, six numbers, then A, "
    "B, C or D";
static const char nino_suffix_missing[] =
    "The last letter is missing: it is A, B, C or D, and is on the customer's letters from HMRC";
static const char nino_suffix[] =
    "The last letter of a National Insurance number is always A, B, C or D";
static const char nino_first_letter[] =
    "A National Insurance number never starts with D, F, I, Q, U or V";
static const char nino_second_letter[] =
    "The second letter of a National Insurance number is never D, F, I, O, Q, U or V";
static const char nino_never_issued[] =
    "National Insurance numbers never start with BG, GB, KN, NK, NT, TN or ZZ";
static const char nino_temporary[] =
    "This is an old temporary number, not a National Insurance number: ask for the "
    "customer's own number";
static const char nino_administrative[] =
    "HMRC uses this prefix for administrative numbers, not a person's own number: ask the "
    "customer to check their letters from HMRC";

static const char *const nino_never_issued_prefixes[] = {
	"BG", "GB", "KN", "NK", "NT", "TN", "ZZ",
};

/*
 * Administrative prefixes from NIM39110 (OO and FY are too, but the letter rules reject them). They
 * are warnings rather than errors because a customer may only have such a number on a letter,
 * and the advisor needs to record what they were given while knowing it is not a NINO.
 */
static const char *const nino_administrative_prefixes[] = {
	"CR", "MW", "NC", "PP", "PY", "PZ",
};

static bool
prefix_in(const char *code, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		if (strncmp(code, list[i], 2) == 0)
			return true;
	}
	return false;
}

/* Two letters and six digits: the part every number has, suffix or not. */
static bool
nino_body_ok(const char *code)
{
	return is_upper(code[0]) && is_upper(code[1]) && all_digits(code + 2, 6);
}

static const char *
nino_problem(const char *code)
{
	size_t len = strlen(code);

	if (len == NINO_LEN - 1 && nino_body_ok(code))
		return nino_suffix_missing;
	if (len != NINO_LEN || !nino_body_ok(code) || !is_upper(code[8]))
		return nino_shape;
	if (strncmp(code, "TN", 2) == 0)
		return nino_temporary;
	if (in_set(code[0], "DFIQUV"))
		return nino_first_letter;
	if (in_set(code[1], "DFIOQUV"))
		return nino_second_letter;
	if (prefix_in(code, nino_never_issued_prefixes,
	    sizeof nino_never_issued_prefixes / sizeof nino_never_issued_prefixes[0]))
		return nino_never_issued;
	if (!in_set(code[8], "ABCD"))
		return nino_suffix;
	return NULL;
}

void
validate_nino(const char *input, struct validation *out)
{
	char code[16];
	struct span text;
	const char *problem;

	if (!begin(input, out, &text))
		return;
	if (!compact_upper(text, code, sizeof code)) {
		set_invalid(out, nino_shape);
		return;
	}
	if ((problem = nino_problem(code)) != NULL)
		set_invalid(out, problem);
	else if (prefix_in(code, nino_administrative_prefixes,
	    sizeof nino_administrative_prefixes / sizeof nino_administrative_prefixes[0]))
		set_result(out, VALIDATE_WARN, code, nino_administrative);
	else
		set_result(out, VALIDATE_OK, code, NULL);
}

/* Whole numbers and money. */

/* Below this many pence, so £10,000,000 and up is refused. */
#define MONEY_LIMIT_PENCE 1000000000LL

static const char number_shape[] =
    "Type a whole number, like 1200 or 1,200";
static const char number_decimal[] =
    "Type a whole number, without a decimal point";
static const char number_commas[] =
    "Commas go between groups of three figures, like 1,250,000";
static const char number_too_big[] =
    "That number is more than this field allows";
static const char number_too_small[] =
    "That number is less than this field allows";
static const char money_shape[] =
    "Type an amount in pounds, like 25.50 or £1,250, or in pence, like 99p";
static const char money_negative[] =
    "An amount cannot be negative";
static const char money_decimals[] =
    "An amount can only have two figures after the point, for the pence, like 25.50";
static const char money_too_much[] =
    "Amounts must be less than £10,000,000: check the amount";

enum whole_status {
	WHOLE_OK,
	WHOLE_NONE,		/* no digit where the number should start */
	WHOLE_COMMAS,		/* commas not between groups of three */
	WHOLE_TOO_BIG,		/* more than cap */
};

/* Appends the digit c to *value unless that would take it over cap; false then. */
static bool
append_digit(unsigned long long *value, char c, unsigned long long cap)
{
	unsigned digit = (unsigned)(c - '0');

	if (*value > (cap - digit) / 10)
		return false;
	*value = *value * 10 + digit;
	return true;
}

/*
 * Reads digits from text at *at, with thousands commas if they are all in place ("1,250" but
 * not "1,25" or ",100"), into *value, and moves *at past them. Values over cap are TOO_BIG, so
 * any number of digits can be typed without overflow.
 */
static enum whole_status
read_whole(struct span text, size_t *at, unsigned long long cap, unsigned long long *value)
{
	size_t i = *at, group = 0;
	bool comma = false, too_big = false;

	*value = 0;
	for (; i < text.len && (is_digit(text.p[i]) || text.p[i] == ','); i++) {
		if (text.p[i] != ',') {
			group++;
			too_big = too_big || !append_digit(value, text.p[i], cap);
			continue;
		}
		/* the first group has 1 to 3 digits, every later one exactly 3 */
		if (group == 0 || group > 3 || (comma && group != 3))
			return WHOLE_COMMAS;
		comma = true;
		group = 0;
	}
	if (i == *at)
		return WHOLE_NONE;
	if (group == 0 || (comma && group != 3))
		return WHOLE_COMMAS;
	*at = i;
	return too_big ? WHOLE_TOO_BIG : WHOLE_OK;
}

/* Reads an optional sign; true for minus. */
static bool
read_sign(struct span text, size_t *at)
{
	if (*at < text.len && (text.p[*at] == '-' || text.p[*at] == '+'))
		return text.p[(*at)++] == '-';
	return false;
}

/* Reads the whole text as a signed number; returns what is wrong, or NULL. */
static const char *
number_value(struct span text, long long min, long long max, long long *value)
{
	/* the size of LLONG_MIN, one more than LLONG_MAX */
	const unsigned long long cap = (unsigned long long)LLONG_MAX + 1;
	unsigned long long size;
	size_t at = 0;
	bool minus = read_sign(text, &at);

	switch (read_whole(text, &at, cap, &size)) {
	case WHOLE_OK:
		break;
	case WHOLE_COMMAS:
		return number_commas;
	case WHOLE_TOO_BIG:
		return minus ? number_too_small : number_too_big;
	default:
		return number_shape;
	}
	if (at < text.len)
		return text.p[at] == '.' ? number_decimal : number_shape;
	if (!minus && size == cap)
		return number_too_big;
	*value = minus ? (size == cap ? LLONG_MIN : -(long long)size) : (long long)size;
	if (*value < min)
		return number_too_small;
	if (*value > max)
		return number_too_big;
	return NULL;
}

void
validate_number(const char *input, long long min, long long max, struct validation *out)
{
	struct span text;
	const char *problem;
	long long value = 0;

	if (!begin(input, out, &text))
		return;
	if ((problem = number_value(text, min, max, &value)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	out->result = VALIDATE_OK;
	snprintf(out->normal, sizeof out->normal, "%lld", value);
	out->message = NULL;
}

/* Skips a pound sign, in UTF-8 or the single byte of ISO-8859-1, and any space after it. */
static bool
skip_pound_sign(struct span text, size_t *at)
{
	size_t n;

	if (text.len >= 2 && memcmp(text.p, "\xc2\xa3", 2) == 0)
		*at = 2;
	else if ((unsigned char)text.p[0] == 0xa3)
		*at = 1;
	else
		return false;
	while ((n = space_at(text.p + *at, text.len - *at)) > 0)
		*at += n;
	return true;
}

/* Reads ".5" or ".50" at *at as pence; returns what is wrong, or NULL. */
static const char *
read_pence_part(struct span text, size_t *at, long long *pence)
{
	size_t digits = 0;

	*pence = 0;
	if (*at == text.len)
		return NULL;
	if (text.p[*at] != '.')
		return money_shape;
	for (size_t i = *at + 1; i < text.len && is_digit(text.p[i]); i++)
		digits++;
	if (digits == 0 || *at + 1 + digits != text.len)
		return money_shape;
	if (digits > 2)
		return money_decimals;
	*pence = (text.p[*at + 1] - '0') * 10 + (digits == 2 ? text.p[*at + 2] - '0' : 0);
	*at = text.len;
	return NULL;
}

/* "99p": digits then p, with no pound sign or point. */
static bool
is_pence_suffix(struct span text, size_t at, bool pound_sign)
{
	return !pound_sign && at + 1 == text.len && (text.p[at] == 'p' || text.p[at] == 'P');
}

/* Reads the whole text as an amount in pence; returns what is wrong, or NULL. */
static const char *
money_value(struct span text, long long *pence)
{
	unsigned long long whole;
	long long part;
	size_t at = 0;
	const char *problem;
	bool pound_sign = skip_pound_sign(text, &at);

	/* "-5", "-£5" and "£-5" all mean a negative amount */
	if (text.p[0] == '-' || (at < text.len && text.p[at] == '-'))
		return money_negative;
	switch (read_whole(text, &at, (unsigned long long)MONEY_LIMIT_PENCE, &whole)) {
	case WHOLE_OK:
		break;
	case WHOLE_COMMAS:
		return number_commas;
	case WHOLE_TOO_BIG:
		return money_too_much;
	default:
		return money_shape;
	}
	if (is_pence_suffix(text, at, pound_sign))
		*pence = (long long)whole;
	else if ((problem = read_pence_part(text, &at, &part)) != NULL)
		return problem;
	else
		*pence = (long long)whole * 100 + part;
	return *pence >= MONEY_LIMIT_PENCE ? money_too_much : NULL;
}

void
validate_money(const char *input, struct validation *out)
{
	struct span text;
	const char *problem;
	long long pence = 0;

	if (!begin(input, out, &text))
		return;
	if ((problem = money_value(text, &pence)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	out->result = VALIDATE_OK;
	snprintf(out->normal, sizeof out->normal, "%lld", pence);
	out->message = NULL;
}

/* Writes n with thousands commas, right to left into buf; returns where the text starts. */
static char *
group_thousands(unsigned long long n, char *buf, size_t size)
{
	char *p = buf + size - 1;
	int digits = 0;

	*p = '\0';
	do {
		if (digits > 0 && digits % 3 == 0)
			*--p = ',';
		*--p = (char)('0' + n % 10);
		n /= 10;
		digits++;
	} while (n > 0);
	return p;
}

void
validate_format_pence(long long pence, char *out, size_t size)
{
	/* unsigned, because -LLONG_MIN does not fit in a long long */
	unsigned long long amount = pence < 0 ? 0 - (unsigned long long)pence :
	    (unsigned long long)pence;
	char pounds[32];
	int n;

	if (size == 0)
		return;
	n = snprintf(out, size, "%s\xc2\xa3%s.%02u", pence < 0 ? "-" : "",
	    group_thousands(amount / 100, pounds, sizeof pounds), (unsigned)(amount % 100));
	if (n < 0 || (size_t)n >= size)
		out[0] = '\0';
}

/* Dates, and dates of birth. */

#define OLDEST_AGE 130
#define FIRST_YEAR 1900
#define LAST_YEAR 2199

static const char date_shape[] =
    "Type a date like 31/12/2026";
static const char date_year_range[] =
    "The year must be between 1900 and 2199: check it";
static const char date_full_year[] =
    "Type the year in full, like 31/12/1980";
static const char date_month[] =
    "The month must be 1 to 12: type the day first, like 31/12/1980";
static const char date_no_such_day[] =
    "That month does not have that day: check the day and the month";
static const char date_not_leap[] =
    "29 February only happens in leap years: check the year";
static const char dob_shape[] =
    "Type a date of birth like 31/12/1980";
static const char dob_future[] =
    "A date of birth cannot be after today";
static const char dob_too_old[] =
    "That would make the customer over 130 years old: check the year";

/* Three numbers and how many digits each was typed with. */
struct date_parts {
	int value[3];
	int width[3];
};

/* Splits "31/12/1980", "1980-12-31" and the like; any of / - . or space separates. */
static bool
date_split(struct span text, struct date_parts *parts)
{
	int field = 0;

	memset(parts, 0, sizeof *parts);
	for (size_t i = 0; i < text.len; i++) {
		char c = text.p[i];

		if (is_digit(c)) {
			if (++parts->width[field] > 4)
				return false;
			parts->value[field] = parts->value[field] * 10 + (c - '0');
		} else if (in_set(c, "/-. ") && parts->width[field] > 0 && field < 2)
			field++;
		else
			return false;
	}
	return field == 2 && parts->width[2] > 0;
}

/* Orders two dates: negative, zero or positive like strcmp. */
static int
date_compare(int y1, int m1, int d1, int y2, int m2, int d2)
{
	if (y1 != y2)
		return y1 < y2 ? -1 : 1;
	if (m1 != m2)
		return m1 < m2 ? -1 : 1;
	return d1 < d2 ? -1 : d1 > d2;
}

/* Reads year, month and day from the parts; returns what is wrong (shape for the form), or NULL. */
static const char *
date_fields(const struct date_parts *p, const char *shape, int *year, int *month, int *day)
{
	if (p->width[0] == 4 && p->width[1] <= 2 && p->width[2] <= 2) {
		*year = p->value[0];
		*month = p->value[1];
		*day = p->value[2];
		return NULL;
	}
	if (p->width[0] > 2 || p->width[1] > 2)
		return shape;
	if (p->width[2] != 4)
		return p->width[2] <= 2 ? date_full_year : shape;
	*day = p->value[0];
	*month = p->value[1];
	*year = p->value[2];
	return NULL;
}

/*
 * Reads a date in any of the typed forms: the one parser behind validate_date and
 * validate_date_of_birth. shape is the message for text that is not a date at all.
 */
static const char *
date_parse(struct span text, const char *shape, int *year, int *month, int *day)
{
	struct date_parts parts;

	if (!date_split(text, &parts))
		return shape;
	return date_fields(&parts, shape, year, month, day);
}

/* Does the date exist on the calendar? Returns what is wrong, or NULL. */
static const char *
date_exists_problem(int y, int m, int d)
{
	if (m < 1 || m > 12)
		return date_month;
	if (d < 1 || d > calendar_days_in_month(y, m))
		return m == 2 && d == 29 ? date_not_leap : date_no_such_day;
	return NULL;
}

static const char *
dob_problem(int y, int m, int d, int ty, int tm, int td)
{
	const char *problem;

	if ((problem = date_exists_problem(y, m, d)) != NULL)
		return problem;
	if (date_compare(y, m, d, ty, tm, td) > 0)
		return dob_future;
	if (date_compare(y + OLDEST_AGE + 1, m, d, ty, tm, td) <= 0)
		return dob_too_old;
	return NULL;
}

static void
set_date(struct validation *out, int year, int month, int day)
{
	out->result = VALIDATE_OK;
	snprintf(out->normal, sizeof out->normal, "%04d-%02d-%02d", year, month, day);
	out->message = NULL;
}

void
validate_date(const char *input, struct validation *out)
{
	struct span text;
	const char *problem;
	int year = 0, month = 0, day = 0;

	if (!begin(input, out, &text))
		return;
	if ((problem = date_parse(text, date_shape, &year, &month, &day)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	/* the year first: "29/02/1800" is a typing slip, not a question about leap years */
	if (year < FIRST_YEAR || year > LAST_YEAR) {
		set_invalid(out, date_year_range);
		return;
	}
	if ((problem = date_exists_problem(year, month, day)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	set_date(out, year, month, day);
}

void
validate_date_of_birth(const char *input, int today_year, int today_month, int today_day,
    struct validation *out)
{
	struct span text;
	const char *problem;
	int year = 0, month = 0, day = 0;

	if (!begin(input, out, &text))
		return;
	if ((problem = date_parse(text, dob_shape, &year, &month, &day)) != NULL ||
	    (problem = dob_problem(year, month, day, today_year, today_month, today_day)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	set_date(out, year, month, day);
}

/* Times of day. */

static const char time_shape[] =
    "Type a time like 14:30 or 2.30pm";
static const char time_needs_minutes[] =
    "Type the minutes too, or am or pm, like 14:30 or 2.30pm";
static const char time_hour[] =
    "The hour must be 0 to 23, like 14:30 or 2.30pm";
static const char time_hour_12[] =
    "With am or pm the hour must be 1 to 12, like 2.30pm";
static const char time_minute[] =
    "The minutes must be 00 to 59, like 14:30";

/* Endings for the 12-hour clock, matched in any case. */
static const char *const time_suffixes[] = { "am", "pm", "a.m.", "p.m." };

static bool
ends_with_nocase(struct span text, const char *suffix)
{
	size_t n = strlen(suffix);

	if (n > text.len)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (to_lower(text.p[text.len - n + i]) != suffix[i])
			return false;
	}
	return true;
}

/*
 * Takes am or pm (and the space before it) off the end of text. Returns false when there is
 * none; *pm says which it was.
 */
static bool
take_am_pm(struct span *text, bool *pm)
{
	size_t n;

	for (size_t i = 0; i < sizeof time_suffixes / sizeof time_suffixes[0]; i++) {
		if (!ends_with_nocase(*text, time_suffixes[i]))
			continue;
		*pm = time_suffixes[i][0] == 'p';
		text->len -= strlen(time_suffixes[i]);
		while (text->len > 0 && (n = space_before(text->p, text->len)) > 0)
			text->len -= n;
		return true;
	}
	return false;
}

/*
 * Splits "9", "9:30", "14.30", "930" and "1430" into hour and minute (-1 when there is none).
 * Returns false for any other shape.
 */
static bool
time_split(struct span text, int *hour, int *minute)
{
	size_t lead = 0;
	int value = 0;

	while (lead < text.len && lead < 5 && is_digit(text.p[lead]))
		value = value * 10 + (text.p[lead++] - '0');
	*minute = -1;
	if (lead == text.len && lead >= 1 && lead <= 4) {
		/* without a separator the last two digits of three or four are the minutes */
		*hour = lead <= 2 ? value : value / 100;
		*minute = lead <= 2 ? -1 : value % 100;
		return true;
	}
	if (lead < 1 || lead > 2 || text.len != lead + 3 || !in_set(text.p[lead], ":.") ||
	    !all_digits(text.p + lead + 1, 2))
		return false;
	*hour = value;
	*minute = (text.p[lead + 1] - '0') * 10 + (text.p[lead + 2] - '0');
	return true;
}

/* Turns what was typed into a 24-hour hour and minute; returns what is wrong, or NULL. */
static const char *
time_value(struct span text, int *hour, int *minute)
{
	bool twelve_hour, pm = false;

	twelve_hour = take_am_pm(&text, &pm);
	if (!time_split(text, hour, minute))
		return time_shape;
	if (*minute < 0 && !twelve_hour)
		return time_needs_minutes;
	if (*minute < 0)
		*minute = 0;
	if (*minute > 59)
		return time_minute;
	if (!twelve_hour)
		return *hour > 23 ? time_hour : NULL;
	if (*hour < 1 || *hour > 12)
		return time_hour_12;
	/* 12am is midnight and 12pm is noon */
	*hour = *hour % 12 + (pm ? 12 : 0);
	return NULL;
}

void
validate_time(const char *input, struct validation *out)
{
	struct span text;
	const char *problem;
	int hour = 0, minute = 0;

	if (!begin(input, out, &text))
		return;
	if ((problem = time_value(text, &hour, &minute)) != NULL) {
		set_invalid(out, problem);
		return;
	}
	out->result = VALIDATE_OK;
	snprintf(out->normal, sizeof out->normal, "%02d:%02d", hour, minute);
	out->message = NULL;
}
