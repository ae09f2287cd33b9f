/* The values every script and letter can use, set the same way for both. */
#include <stdio.h>
#include <string.h>

#include "fill.h"
#include "validate.h"

/* Appends the parts of text separated by sep, trimmed and non-empty, to list. */
static void
add_lines(struct template_data *d, struct template_node *list, const char *text, char sep)
{
	while (*text != '\0') {
		const char *end = strchr(text, sep);
		size_t len = end != NULL ? (size_t)(end - text) : strlen(text);
		char line[256];

		while (len > 0 && (*text == ' ' || *text == '\t'))
			text++, len--;
		while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
			len--;
		if (len > 0) {
			snprintf(line, sizeof line, "%.*s", (int)len, text);
			template_add(d, list, line);
		}
		if (end == NULL)
			break;
		text = end + 1;
	}
}

void
fill_council(struct template_data *d, const struct config *cfg)
{
	template_set(d, NULL, "council.name", cfg->council);
	template_set(d, NULL, "council.phone", cfg->council_phone);
	template_set(d, NULL, "council.web", cfg->council_web);
	add_lines(d, template_set_list(d, NULL, "council.address"), cfg->council_address, ',');
}

void
fill_advisor(struct template_data *d, const struct staff *staff)
{
	template_set(d, NULL, "advisor.first_name", staff->first_name);
	template_setf(d, NULL, "advisor.name", "%s %s", staff->first_name, staff->last_name);
	template_set(d, NULL, "advisor.team", staff->team);
}

void
fill_customer(struct template_data *d, const struct customer *c)
{
	struct template_node *address;

	template_setf(d, NULL, "customer.name", "%s%s%s %s", c->title, c->title[0] ? " " : "",
	    c->first_name, c->last_name);
	template_set(d, NULL, "customer.first_name", c->first_name);
	template_set(d, NULL, "customer.postcode", c->postcode);
	template_set(d, NULL, "customer.language", c->language);
	address = template_set_list(d, NULL, "customer.address");
	add_lines(d, address, c->address_line1, '\n');
	add_lines(d, address, c->address_line2, '\n');
	add_lines(d, address, c->town, '\n');
	add_lines(d, address, c->postcode, '\n');
}

bool
fill_online(const struct catalogue_service *svc, const struct customer *c)
{
	return svc->web[0] != '\0' && (c == NULL || strcmp(c->online, "cannot") != 0);
}

void
fill_service(struct template_data *d, const struct catalogue_service *svc,
    const struct customer *c)
{
	char fee[VALIDATE_PENCE_SIZE + 2] = "";

	template_set(d, NULL, "service.title", svc->title);
	template_set(d, NULL, "service.department", svc->department);
	template_set(d, NULL, "service.web", svc->web);
	template_setf(d, NULL, "service.standard_days", "%d", svc->standard_days);
	if (svc->fee_pence > 0)
		validate_format_pence(svc->fee_pence, fee, sizeof fee);
	template_set(d, NULL, "service.fee", fee);
	template_set(d, NULL, "service.fee_note", svc->fee_note);
	template_set_bool(d, NULL, "online", fill_online(svc, c));
}
