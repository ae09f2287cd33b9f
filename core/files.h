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

#endif
