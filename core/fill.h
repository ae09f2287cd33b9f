/*
 * What scripts and letters are filled from: the council, the advisor, the customer and the
 * service line, each under its own name in a template's data (council.name, advisor.first_name,
 * customer.address, service.web ...). forms/scripts/README.md and forms/letters/README.md list
 * every name a council can use.
 */
#ifndef CIVICDESK_FILL_H
#define CIVICDESK_FILL_H

#include "catalogue.h"
#include "config.h"
#include "customer.h"
#include "session.h"
#include "template.h"

/* council.name, council.phone, council.web and council.address (a list of lines). */
void fill_council(struct template_data *d, const struct config *cfg);

/* advisor.first_name, advisor.name and advisor.team. */
void fill_advisor(struct template_data *d, const struct staff *staff);

/*
 * customer.name ("Ms Laura Sánchez" with a title, else first and last name), customer.first_name,
 * customer.postcode, customer.language and customer.address (a list of lines).
 */
void fill_customer(struct template_data *d, const struct customer *c);

/*
 * service.title, service.department, service.web, service.standard_days, service.fee ("£35.00",
 * "" when free), service.fee_note; and online: the service can be done on the website and the
 * customer (c, may be NULL) has not told us they cannot use it.
 */
void fill_service(struct template_data *d, const struct catalogue_service *svc,
    const struct customer *c);

/* Whether to suggest the website to this customer (c may be NULL) for this service. */
bool fill_online(const struct catalogue_service *svc, const struct customer *c);

#endif
