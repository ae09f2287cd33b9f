/* The SQL files of core/sql/, compiled into the program by tools/embed-sql. */
#ifndef CIVICDESK_SQLFILES_H
#define CIVICDESK_SQLFILES_H

#include <stddef.h>

struct sql_file {
	const char *name;	/* file name, e.g. "001_core.sql" */
	const char *text;
};

extern const struct sql_file sql_files[];	/* in name order */
extern const size_t sql_file_count;

/* The file called name, or NULL. */
const struct sql_file *sqlfiles_find(const char *name);

#endif
