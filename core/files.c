/* Private files for drafts kept while offline and for the print spool. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"

void
files_state_dir(const char *configured, const char *sub, char *out, size_t size)
{
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	const char *slash = sub[0] != '\0' ? "/" : "";

	if (configured != NULL && configured[0] != '\0')
		snprintf(out, size, "%s", configured);
	else if (state != NULL && state[0] == '/')
		snprintf(out, size, "%s/civicdesk%s%s", state, slash, sub);
	else
		snprintf(out, size, "%s/.local/state/civicdesk%s%s", home ? home : "/tmp", slash,
		    sub);
}

int
files_make_dirs(const char *path)
{
	char buf[512];

	snprintf(buf, sizeof buf, "%s", path);
	for (char *p = buf + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return mkdir(buf, 0700) != 0 && errno != EEXIST ? -1 : 0;
}

enum status
files_write(const char *path, const char *head, const char *body, struct error *err)
{
	char dir[600], tmp[660];
	FILE *f;
	int fd;

	snprintf(dir, sizeof dir, "%s", path);
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	if (files_make_dirs(dirname(dir)) != 0 ||
	    (fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
		return error_set(err, STATUS_IO_ERROR, "cannot write %s: %s", path,
		    strerror(errno));
	if ((f = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(tmp);
		return error_set(err, STATUS_IO_ERROR, "cannot write %s", path);
	}
	if (head != NULL)
		fputs(head, f);
	fputs(body, f);
	if (fflush(f) != 0 || fsync(fd) != 0 || fclose(f) != 0 || rename(tmp, path) != 0) {
		unlink(tmp);
		return error_set(err, STATUS_IO_ERROR, "cannot write %s", path);
	}
	return STATUS_OK;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
has_suffix(const char *name, const char *suffix)
{
	size_t len = strlen(name), slen = strlen(suffix);

	return name[0] != '.' && len > slen && strcmp(name + len - slen, suffix) == 0;
}

char **
files_list(const char *dir, const char *suffix, int *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL, **grown;
	int n = 0;

	*count = 0;
	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (!has_suffix(e->d_name, suffix))
			continue;
		if ((grown = realloc(names, (size_t)(n + 1) * sizeof *grown)) == NULL)
			break;
		names = grown;
		if ((names[n] = strdup(e->d_name)) != NULL)
			n++;
	}
	closedir(d);
	if (n > 0)
		qsort(names, (size_t)n, sizeof *names, by_name);
	*count = n;
	return names;
}

enum status
files_read(const char *path, size_t max, char **text, struct error *err)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	size_t len;

	int why = errno;	/* strerror may change errno while its message is found */

	*text = NULL;
	if (f == NULL)
		return error_set(err, why == ENOENT ? STATUS_NOT_FOUND : STATUS_IO_ERROR,
		    "cannot read %s: %s", path, strerror(why));
	if ((buf = malloc(max + 1)) == NULL) {
		fclose(f);
		return error_set(err, STATUS_NO_MEMORY, NULL);
	}
	len = fread(buf, 1, max + 1, f);
	if (ferror(f) || len > max) {
		fclose(f);
		free(buf);
		return error_set(err, STATUS_IO_ERROR, "%s is over %zu bytes or cannot be read",
		    path, max);
	}
	fclose(f);
	buf[len] = '\0';
	*text = buf;
	return STATUS_OK;
}

int
files_csv_split(char *line, char **fields, int max)
{
	char *in = line, *out = line, *start, end;
	int n = 0;

	for (;;) {
		start = out;
		if (*in == '"') {
			for (in++; !(in[0] == '"' && in[1] != '"'); *out++ = *in++) {
				if (*in == '\0')
					return -1;
				if (*in == '"')
					in++;	/* "" stands for one quote mark */
			}
			in++;	/* the closing quote */
		} else {
			while (*in != ',' && *in != '\0' && *in != '"')
				*out++ = *in++;
		}
		if (*in != ',' && *in != '\0')
			return -1;
		end = *in++;
		*out++ = '\0';
		if (n < max)
			fields[n] = start;
		n++;
		if (end == '\0')
			return n;
	}
}
