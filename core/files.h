/* Private files: folders under the user's state directory, written whole or not at all. */
#ifndef CIVICDESK_FILES_H
#define CIVICDESK_FILES_H

#include <stddef.h>

#include "status.h"

/*
 * The folder to use: configured when set, else $XDG_STATE_HOME/civicdesk/sub or
 * ~/.local/state/civicdesk/sub (sub "" for the folder itself).
 */
void files_state_dir(const char *configured, const char *sub, char *out, size_t size);

/* mkdir -p with mode 0700: what is kept here may hold personal data. 0 on success. */
int files_make_dirs(const char *path);

/*
 * Writes head (when not NULL) then body to path, mode 0600, through a temporary file renamed
 * into place, so a reader never sees half a file. The folder is made if needed.
 */
enum status files_write(const char *path, const char *head, const char *body,
    struct error *err);

/*
 * The whole of a text file, NUL-terminated, in *text (the caller frees it). STATUS_NOT_FOUND
 * when it does not exist, STATUS_IO_ERROR when it cannot be read or is over max bytes.
 */
enum status files_read(const char *path, size_t max, char **text, struct error *err);

/*
 * The names of the files in dir ending in suffix (".ini"), not hidden, sorted so that whatever
 * is reported about them comes in the same order on every machine. The caller frees each name
 * and the array; NULL with *count 0 when there are none or dir cannot be read.
 */
char **files_list(const char *dir, const char *suffix, int *count);

/*
 * Splits a CSV line in place into fields (RFC 4180 quoting, within one line); stores at most
 * max. Returns how many fields there are, or -1 for a quote that is not closed or stands inside
 * a field.
 */
int files_csv_split(char *line, char **fields, int max);

#endif
