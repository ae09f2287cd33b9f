/* Printing: a document is written to the spool folder and handed to the council's print command. */
#ifndef CIVICDESK_SPOOL_H
#define CIVICDESK_SPOOL_H

#include <stddef.h>

#include "config.h"

/*
 * Writes text as spool folder/name (name a plain file name, "receipt-RCP-2026-000001.txt") and,
 * when cfg has a print command, runs it with the file's path as its last argument. path (size
 * bytes) gets where the file is. STATUS_IO_ERROR when the file cannot be written or the command
 * fails; the file is kept either way.
 */
enum status spool_print(const struct config *cfg, const char *name, const char *text,
    char *path, size_t size, struct error *err);

/* Where the spool file name goes (the folder is made, mode 0700); STATUS_INVALID for a path. */
enum status spool_path(const struct config *cfg, const char *name, char *path, size_t size,
    struct error *err);

/* Hands a spooled file to the print command, when there is one. */
enum status spool_send(const struct config *cfg, const char *path, struct error *err);

#endif
