/* A list to pick one row from: the channel, or a member of staff at a demo sign-in. */
#ifndef CIVICDESK_SCREEN_CHOOSE_H
#define CIVICDESK_SCREEN_CHOOSE_H

#include "app.h"

/*
 * Called with the picked row. Return true to close the list (the callback may also replace the
 * screens itself and return false).
 */
typedef bool (*choose_fn)(struct app *app, int row, void *arg);

/*
 * labels: count strings, copied. `current` is selected first. arg is passed to fn and freed with
 * free() when the screen closes, if free_arg is true.
 */
struct screen *choose_screen_new(const char *title, const char *intro, const char *const *labels,
    int count, int current, choose_fn fn, void *arg, bool free_arg);

#endif
