/* Applies the schema shipped inside the program, and the demo council for trials and tests. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "migrate.h"
#include "sqlfiles.h"

/* An arbitrary constant shared by every civicdesk process: the migration lock's key. */
#define MIGRATION_LOCK "72419"

const struct sql_file *
sqlfiles_find(const char *name)
{
	for (size_t i = 0; i < sql_file_count; i++)
		if (strcmp(sql_files[i].name, name) == 0)
			return &sql_files[i];
	return NULL;
}

static bool
is_migration(const char *name)
{
	return isdigit((unsigned char)name[0]) && isdigit((unsigned char)name[1]) &&
	    isdigit((unsigned char)name[2]) && name[3] == '_';
}

static enum status
ensure_table(struct db *db, struct error *err)
{
	return db_run(db, "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    "name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", 0, NULL, err);
}

static enum status
apply_one(struct db *db, const struct sql_file *f, bool *applied, struct error *err)
{
	static const char seen[] = "SELECT 1 FROM schema_migrations WHERE name = $1";
	static const char record[] = "INSERT INTO schema_migrations (name) VALUES ($1)";
	const char *params[] = { f->name };
	struct pg_result *res;
	struct error inner;

	*applied = false;
	if (db_run(db, "BEGIN", 0, NULL, err) != STATUS_OK ||
	    db_run(db, "SELECT pg_advisory_xact_lock(" MIGRATION_LOCK ")", 0, NULL, err) != STATUS_OK ||
	    ensure_table(db, err) != STATUS_OK)
		goto fail;
	res = db_exec(db, seen, 1, params, err);
	if (res == NULL)
		goto fail;
	if (db_rows(res) == 1) {
		db_clear(res);
		return db_run(db, "COMMIT", 0, NULL, err);
	}
	db_clear(res);
	if (db_run_script(db, f->text, &inner) != STATUS_OK) {
		error_set(err, inner.status, "%s: %s", f->name, inner.detail);
		goto fail;
	}
	if (db_run(db, record, 1, params, err) != STATUS_OK ||
	    db_run(db, "COMMIT", 0, NULL, err) != STATUS_OK)
		goto fail;
	*applied = true;
	return STATUS_OK;
fail:
	db_rollback(db);
	return err->status;
}

enum status
migrate_apply(struct db *db, int *applied, struct error *err)
{
	*applied = 0;
	for (size_t i = 0; i < sql_file_count; i++) {
		bool done;

		if (!is_migration(sql_files[i].name))
			continue;
		if (apply_one(db, &sql_files[i], &done, err) != STATUS_OK)
			return err->status;
		*applied += done;
	}
	return STATUS_OK;
}

enum status
migrate_pending(struct db *db, int *pending, struct error *err)
{
	static const char sql[] = "SELECT name FROM schema_migrations";
	struct pg_result *res;
	int total = 0, have = 0;

	for (size_t i = 0; i < sql_file_count; i++)
		total += is_migration(sql_files[i].name);
	res = db_exec(db, "SELECT to_regclass('schema_migrations') IS NOT NULL AS present", 0,
	    NULL, err);
	if (res == NULL)
		return err->status;
	if (db_bool(res, 0, "present")) {
		db_clear(res);
		res = db_exec(db, sql, 0, NULL, err);
		if (res == NULL)
			return err->status;
		for (int r = 0; r < db_rows(res); r++)
			have += sqlfiles_find(db_text(res, r, "name")) != NULL;
	}
	db_clear(res);
	*pending = total - have;
	return STATUS_OK;
}

/* Runs one of the demo scripts inside the caller's transaction. */
static enum status
run_demo_script(struct db *db, const char *name, struct error *err)
{
	const struct sql_file *f = sqlfiles_find(name);
	struct error inner;

	if (f == NULL)
		return error_set(err, STATUS_NOT_FOUND, "this build has no demo data");
	if (db_run_script(db, f->text, &inner) != STATUS_OK)
		return error_set(err, inner.status, "%s: %s", name, inner.detail);
	return STATUS_OK;
}

enum status
migrate_demo(struct db *db, int customers, struct error *err)
{
	char count[16];
	const char *params[] = { count };

	snprintf(count, sizeof count, "%d", customers);
	if (db_run(db, "BEGIN", 0, NULL, err) != STATUS_OK)
		return err->status;
	if (run_demo_script(db, "demo.sql", err) != STATUS_OK ||
	    run_demo_script(db, "demo_pay.sql", err) != STATUS_OK ||
	    run_demo_script(db, "demo_book.sql", err) != STATUS_OK ||
	    run_demo_script(db, "demo_find.sql", err) != STATUS_OK ||
	    db_run(db, "SELECT pg_temp.demo_load($1::int)", 1, params, err) != STATUS_OK ||
	    db_run(db, "SELECT pg_temp.demo_accounts($1::int)", 1, params, err) != STATUS_OK ||
	    db_run(db, "SELECT pg_temp.demo_book()", 0, NULL, err) != STATUS_OK ||
	    db_run(db, "SELECT pg_temp.demo_find()", 0, NULL, err) != STATUS_OK ||
	    db_run(db, "COMMIT", 0, NULL, err) != STATUS_OK) {
		db_rollback(db);
		return err->status;
	}
	/* Fresh statistics: searches pick the trigram indexes, balances the ledger's. */
	return db_run(db, "ANALYZE customer, account, account_transaction", 0, NULL, err);
}
