/*
 * Validators for the fields an advisor types: postcode, phone, email, National Insurance number,
 * date of birth, and the numbers, money, dates and times that forms ask for. Each one normalises
 * what was typed and says, in words an advisor can read out, what is wrong with it.
 */
#ifndef CIVICDESK_VALIDATE_H
#define CIVICDESK_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

enum validate_result {
	VALIDATE_OK,
	VALIDATE_WARN,		/* a real format, but one to check with the customer */
	VALIDATE_INVALID,
};

/* Big enough for the longest email address GOV.UK Notify accepts (320) and its NUL. */
#define VALIDATE_NORMAL_SIZE 321

/*
 * What a validator found. Contract shared by every validate_* function below:
 * - input NULL, empty or only white space: VALIDATE_OK with normal "" and message NULL; whether
 *   the field is required is the caller's decision, not the validator's.
 * - VALIDATE_OK: normal holds the value to store; message is NULL.
 * - VALIDATE_WARN: normal holds the value to store; message says what to check.
 * - VALIDATE_INVALID: normal is "", so nothing unchecked is stored by mistake; message says
 *   what a right value looks like.
 * message always points to static storage: never free it.
 */
struct validation {
	enum validate_result result;
	char normal[VALIDATE_NORMAL_SIZE];
	const char *message;
};

/*
 * UK postcode (BS 7666 shapes and letter rules, plus GIR 0AA). Any case and spacing is accepted;
 * normal is upper case with one space before the last three characters: "SW1A 1AA".
 * WARN (normal kept): Gibraltar GX11 1AA, BFPO numbers ("BFPO 123") and the overseas
 * territories' codes (ASCN 1ZZ and friends): real addresses, but not in the UK.
 * INVALID: anything that breaks the rules, including XM4 5HQ (letters to Santa) and the Cayman
 * Islands' "KY1-1101" form, which are not addresses a council can use.
 */
void validate_postcode(const char *input, struct validation *out);

/*
 * UK phone number, typed nationally (0...) or internationally (+44, 0044, 44, with or without
 * "(0)"). normal is the national form grouped the usual way: "020 7946 0123",
 * "0113 496 0123", "01632 960123", "07700 900123", "0300 123 4567".
 * WARN: premium rate (09) and personal numbers (070), which cost the caller a lot.
 * INVALID: other countries' numbers, ranges not in use (04, 06, 076 pagers other than 07624 on
 * the Isle of Man), and wrong lengths.
 */
void validate_phone(const char *input, struct validation *out);

/*
 * The key for exact phone search: the national digits only, "07700900123", of any phone text
 * validate_phone() accepts (OK or WARN). Returns false, with key "" (when keylen > 0), when the
 * text is not a UK number or the key does not fit in keylen bytes.
 */
bool validate_phone_key(const char *phone, char *key, size_t keylen);

/*
 * Email address, checked the way GOV.UK Notify checks it, so anything accepted here can be sent
 * to. normal is trimmed with the domain lower-cased; the part before the @ is kept as typed.
 * WARN: a dot at the start or end of the part before the @, which Notify accepts but the
 * standard does not, so some mail servers refuse it.
 */
void validate_email(const char *input, struct validation *out);

/*
 * National Insurance number (HMRC NIM39110). normal is upper case without spaces, "AB123456C",
 * the form HMRC and DWP exchange; screens may space it out for reading.
 * WARN: HMRC's administrative prefixes CR, MW, NC, PP, PY and PZ: numbers that look like a
 * NINO but are not a person's own.
 * INVALID: letters never used (which covers the administrative OO and FY), prefixes never issued
 * (BG GB KN NK NT TN ZZ), a missing or wrong suffix, and old temporary TN numbers.
 */
void validate_nino(const char *input, struct validation *out);

/*
 * Date of birth typed as DD/MM/YYYY or D/M/YYYY (with /, - or . between), or YYYY-MM-DD, given
 * today's date so that callers and tests control the clock. normal is "YYYY-MM-DD".
 * INVALID: two-digit years, dates that do not exist, dates after today, and ages over 130.
 */
void validate_date_of_birth(const char *input, int today_year, int today_month, int today_day,
    struct validation *out);

/*
 * A whole number between min and max inclusive, typed with optional sign, spaces around and
 * thousands commas ("1,200", in groups of three). normal is plain decimal: "1200". The messages
 * for numbers out of range do not name min and max (messages are static): show them beside the
 * field.
 */
void validate_number(const char *input, long long min, long long max, struct validation *out);

/*
 * An amount of money in pounds: "25", "25.5", "25.50", "£25.50", "£1,250", "0.99", "99p".
 * normal is the whole number of pence: "2550". INVALID: negative amounts, more than two
 * decimal places, amounts of £10,000,000 or more, anything else.
 */
void validate_money(const char *input, struct validation *out);

/* Big enough for validate_format_pence() to format any long long. */
#define VALIDATE_PENCE_SIZE 32

/*
 * Formats pence as "£25.50" (and "£1,250.00" with thousands commas) into out; negative amounts
 * start with "-". out is "" when the whole text does not fit in size bytes, so a "£" is never
 * cut in half; VALIDATE_PENCE_SIZE always fits.
 */
void validate_format_pence(long long pence, char *out, size_t size);

/*
 * A calendar date typed DD/MM/YYYY, D/M/YYYY (with /, - or . between) or YYYY-MM-DD, years
 * 1900 to 2199. normal is "YYYY-MM-DD". INVALID: two-digit years and dates that do not exist.
 * validate_date_of_birth() reads dates the same way and adds its own rules on top.
 */
void validate_date(const char *input, struct validation *out);

/*
 * A time of day: "9:30", "09:30", "14.30", "1430", "9am", "9.30pm", "12pm" (noon), "12am"
 * (midnight); am and pm in either case, with or without dots or a space before. normal is 24-hour
 * "HH:MM". INVALID: hours over 23 (or 0 or over 12 with am/pm), minutes over 59, an hour on its
 * own ("9": morning or evening?) and anything else.
 */
void validate_time(const char *input, struct validation *out);

/*
 * For the search box: does the query look like a postcode, whole ("LS1 4AP") or partial: the
 * outward code ("LS1", "SW1A") or the outward code and the start of the inward ("LS1 4")?
 */
bool validate_looks_like_postcode(const char *query);

/*
 * For the search box: is the query only digits, spaces, brackets, hyphens and a leading +, with
 * at least 6 digits?
 */
bool validate_looks_like_phone(const char *query);

#endif
