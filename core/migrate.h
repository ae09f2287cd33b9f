/* Schema changes: core/sql/NNN_*.sql applied in order, each once, recorded in schema_migrations. */
#ifndef CIVICDESK_MIGRATE_H
#define CIVICDESK_MIGRATE_H

#include "db.h"

/*
 * Applies every migration the database lacks, each in its own transaction, under an advisory
 * lock so two terminal servers starting together do not race. *applied counts those applied.
 */
enum status migrate_apply(struct db *db, int *applied, struct error *err);

/* How many migrations the database lacks (all of them when it has never been migrated). */
enum status migrate_pending(struct db *db, int *pending, struct error *err);

/*
 * Loads the demo council (service points, staff, `customers` deterministic customers and the
 * accounts of the first 10,000 of them) unless already there; a second call adds nothing.
 */
enum status migrate_demo(struct db *db, int customers, struct error *err);

#endif
