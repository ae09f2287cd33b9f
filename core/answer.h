/*
 * Answers to a service line's questions: checked and normalised as they are typed, filled from
 * the customer's record ("tell us once"), shown as an advisor reads them out, and where they say
 * the problem is.
 */
#ifndef CIVICDESK_ANSWER_H
#define CIVICDESK_ANSWER_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"
#include "customer.h"
#include "validate.h"

/* Room for the longest answer (a long text field) and its NUL. */
#define ANSWER_SIZE 8001

/* struct validation with room for a long text answer. */
struct answer_result {
	enum validate_result result;
	const char *message;
	char normal[ANSWER_SIZE];
};

/*
 * Checks and normalises what was typed for f, under the contract of struct validation, with one
 * addition: an empty required field is VALIDATE_INVALID. c supplies FIELD_SERVICE's choices.
 */
void answer_check(const struct catalogue *c, const struct catalogue_field *f, const char *input,
    struct answer_result *out);

/* A stored value as an advisor reads it out: a choice's label, "£35.00", "Yes", 25/12/2026. */
const char *answer_display(const struct catalogue *c, const struct catalogue_field *f,
    const char *value, char *buf, size_t size);

/* What the customer's record already says for f ("" when f is not filled from it). */
void answer_prefill(const struct catalogue_field *f, const struct customer *cust, char *out,
    size_t size);

/*
 * Puts an answer for f that differs from the record back into cust (phone, email, date of birth,
 * postcode, address). Returns true when cust changed, so the caller can offer to save it.
 */
bool answer_save_back(const struct catalogue_field *f, const char *value, struct customer *cust);

/*
 * Where the answers place the case: location (size lsize) from the first address or location
 * field, postcode from the first postcode field or the address's postcode; "" when none.
 */
void answer_place(const struct catalogue_service *s, char *const *values, char *location,
    size_t lsize, char postcode[10]);

#endif
