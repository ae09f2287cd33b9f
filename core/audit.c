/* Audit rows are written in the same transaction as the change they describe. */
#include <stdio.h>

#include "audit.h"

enum status
audit_record(const struct session *s, const char *request_id, const char *action,
    const char *entity, long long id, const char *fields, struct error *err)
{
	static const char sql[] =
	    "INSERT INTO audit (staff_id, action, entity, entity_id, fields, terminal, request_id) "
	    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (request_id) DO NOTHING";
	char staff[16], entity_id[24];
	const char *params[] = { staff, action, entity, entity_id, fields ? fields : "",
		s->terminal, request_id };

	snprintf(staff, sizeof staff, "%d", s->staff.id);
	snprintf(entity_id, sizeof entity_id, "%lld", id);
	return db_run(s->db, sql, 7, params, err);
}
