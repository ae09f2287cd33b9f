/* The audit trail: who saw or changed which record, when, from which terminal. */
#ifndef CIVICDESK_AUDIT_H
#define CIVICDESK_AUDIT_H

#include "session.h"

/*
 * Records one action ("view", "create" or "update") on entity/id inside the caller's transaction.
 * fields names what changed (comma-separated field names, never their values). request_id makes
 * a retried action count once.
 */
enum status audit_record(const struct session *s, const char *request_id, const char *action,
    const char *entity, long long id, const char *fields, struct error *err);

#endif
