/* Drafts live in the database so any terminal can resume them; files cover outages. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "draft.h"
#include "files.h"

static const char upsert_sql[] =
    "INSERT INTO draft (staff_id, customer_id, kind, body, saved_at) "
    "VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now())) "
    "ON CONFLICT (staff_id, customer_id, kind) DO UPDATE "
    "SET body = excluded.body, saved_at = excluded.saved_at "
    "WHERE draft.saved_at <= excluded.saved_at";

static void
drafts_dir(const struct session *s, char *out, size_t size)
{
	files_state_dir(s->cfg != NULL ? s->cfg->drafts_dir : NULL, "", out, size);
}

static void
draft_path(const struct session *s, long long customer_id, const char *kind, char *out,
    size_t size)
{
	char dir[512];

	drafts_dir(s, dir, sizeof dir);
	snprintf(out, size, "%s/%d-%lld-%s.draft", dir, s->staff.id, customer_id, kind);
}

/* First line: when it was saved (ISO 8601, UTC); then the body. */
static enum status
save_file(const struct session *s, long long customer_id, const char *kind, const char *body,
    struct error *err)
{
	char path[640], stamp[32];
	time_t now = time(NULL);

	draft_path(s, customer_id, kind, path, sizeof path);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ\n", gmtime(&now));
	return files_write(path, stamp, body, err);
}

static enum status
save_db(const struct session *s, long long customer_id, const char *kind, const char *body,
    const char *saved_at, struct error *err)
{
	char staff[16], cid[24];
	const char *params[] = { staff, cid, kind, body, saved_at };

	snprintf(staff, sizeof staff, "%d", s->staff.id);
	snprintf(cid, sizeof cid, "%lld", customer_id);
	return db_run(s->db, upsert_sql, 5, params, err);
}

enum status
draft_save(const struct session *s, long long customer_id, const char *kind, const char *body,
    struct error *err)
{
	char path[640];

	if (save_db(s, customer_id, kind, body, NULL, err) == STATUS_OK) {
		/* A file left from an outage is older than what the database now holds. */
		draft_path(s, customer_id, kind, path, sizeof path);
		unlink(path);
		return STATUS_OK;
	}
	return save_file(s, customer_id, kind, body, err);
}

/* Reads a draft file: *saved_at gets its first line; returns the body (caller frees) or NULL. */
static char *
read_file(const char *path, char *stamp, size_t stamp_size)
{
	FILE *f = fopen(path, "r");
	char *text = NULL, *nl;
	size_t len = 0;

	if (f == NULL)
		return NULL;
	if (getdelim(&text, &len, '\0', f) < 0) {
		free(text);
		fclose(f);
		return NULL;
	}
	fclose(f);
	nl = strchr(text, '\n');
	if (nl == NULL) {
		free(text);
		return NULL;
	}
	*nl = '\0';
	snprintf(stamp, stamp_size, "%s", text);
	memmove(text, nl + 1, strlen(nl + 1) + 1);
	return text;
}

char *
draft_load(const struct session *s, long long customer_id, const char *kind, char saved_at[17])
{
	static const char sql[] =
	    "SELECT body, to_char(saved_at, 'YYYY-MM-DD HH24:MI') AS saved FROM draft "
	    "WHERE staff_id = $1 AND customer_id = $2 AND kind = $3";
	char path[640], stamp[32], staff[16], cid[24];
	const char *params[] = { staff, cid, kind };
	struct pg_result *res;
	struct error err;
	char *body;

	draft_path(s, customer_id, kind, path, sizeof path);
	body = read_file(path, stamp, sizeof stamp);
	if (body != NULL) {
		/* 2026-11-24T10:15:00Z -> 2026-11-24 10:15 (UTC; good enough to recognise it). */
		snprintf(saved_at, 17, "%.10s %.5s", stamp, stamp + 11);
		return body;
	}
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	snprintf(cid, sizeof cid, "%lld", customer_id);
	res = db_exec(s->db, sql, 3, params, &err);
	if (res == NULL)
		return NULL;
	body = db_rows(res) == 1 ? strdup(db_text(res, 0, "body")) : NULL;
	if (body != NULL)
		snprintf(saved_at, 17, "%s", db_text(res, 0, "saved"));
	db_clear(res);
	return body;
}

void
draft_discard(const struct session *s, long long customer_id, const char *kind)
{
	static const char sql[] =
	    "DELETE FROM draft WHERE staff_id = $1 AND customer_id = $2 AND kind = $3";
	char path[640], staff[16], cid[24];
	const char *params[] = { staff, cid, kind };
	struct error err;

	draft_path(s, customer_id, kind, path, sizeof path);
	unlink(path);
	snprintf(staff, sizeof staff, "%d", s->staff.id);
	snprintf(cid, sizeof cid, "%lld", customer_id);
	db_run(s->db, sql, 3, params, &err);
}

int
draft_flush(const struct session *s)
{
	char dir[512], prefix[24], path[1024], stamp[32], kind[64];
	struct dirent *e;
	struct error err;
	int moved = 0;
	DIR *d;

	if (db_state(s->db) != DB_ONLINE)
		return 0;
	drafts_dir(s, dir, sizeof dir);
	d = opendir(dir);
	if (d == NULL)
		return 0;
	snprintf(prefix, sizeof prefix, "%d-", s->staff.id);
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		long long customer_id;
		char *body;

		/* <staff>-<customer>-<kind>.draft; skips other advisors' drafts and .tmp files. */
		if (strncmp(e->d_name, prefix, strlen(prefix)) != 0 || len < 6 ||
		    strcmp(e->d_name + len - 6, ".draft") != 0 ||
		    sscanf(e->d_name + strlen(prefix), "%lld-%63[^.]", &customer_id, kind) != 2)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		body = read_file(path, stamp, sizeof stamp);
		if (body != NULL && save_db(s, customer_id, kind, body, stamp, &err) == STATUS_OK) {
			unlink(path);
			moved++;
		}
		free(body);
	}
	closedir(d);
	return moved;
}

char *
draft_encode(const char *const *names, const char *const *values, int count)
{
	size_t cap = 1, used = 0;
	char *out;

	for (int i = 0; i < count; i++)
		cap += strlen(names[i]) + 2 * strlen(values[i]) + 2;
	if ((out = malloc(cap)) == NULL)
		return NULL;
	for (int i = 0; i < count; i++) {
		used += (size_t)snprintf(out + used, cap - used, "%s=", names[i]);
		for (const char *v = values[i]; *v != '\0'; v++) {
			if (*v == '\n' || *v == '\\')
				out[used++] = '\\';
			out[used++] = *v == '\n' ? 'n' : *v;
		}
		out[used++] = '\n';
	}
	out[used] = '\0';
	return out;
}

void
draft_decode(const char *body, void (*fn)(const char *name, const char *value, void *arg),
    void *arg)
{
	char *copy = strdup(body), *line, *save = NULL;

	if (copy == NULL)
		return;
	for (line = strtok_r(copy, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *eq = strchr(line, '='), *in, *out;

		if (eq == NULL)
			continue;
		*eq = '\0';
		for (in = out = eq + 1; *in != '\0'; in++) {
			if (*in == '\\' && in[1] != '\0')
				in++, *out++ = *in == 'n' ? '\n' : *in;
			else
				*out++ = *in;
		}
		*out = '\0';
		fn(line, eq + 1, arg);
	}
	free(copy);
}
