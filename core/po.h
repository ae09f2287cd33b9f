/*
 * Translations read straight from gettext PO files: the interface's (locales/LANG.po) and the
 * phrase catalogues shown to customers (locales/phrases/LANG.po). civicdesk reads them itself,
 * rather than through the C library's gettext, so a terminal server needs no generated locales
 * and an advisor's screens and a customer's phrases can be in different languages at once.
 *
 * Supported: msgctxt (kept as "context\004msgid", as gettext does), msgid, msgid_plural,
 * msgstr and msgstr[N], strings split over lines, the C escapes \n \t \" \\ \a \b \f \r \v
 * and octal/hex, comments and flags (ignored, except "fuzzy": fuzzy entries are not used, as
 * msgfmt leaves them out), and the header's Plural-Forms expression (n, integers, ! * / % + -
 * < <= > >= == != && || ?: and parentheses, as gettext evaluates it).
 */
#ifndef CIVICDESK_PO_H
#define CIVICDESK_PO_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

struct po;

/*
 * Reads path. NULL with err set: STATUS_NOT_FOUND when there is no such file, STATUS_IO_ERROR
 * when it cannot be read, STATUS_INVALID ("path:LINE: what") for a syntax error or a
 * Plural-Forms it cannot evaluate, STATUS_NO_MEMORY. Entries with an empty msgstr are left
 * out (untranslated), as msgfmt does. Free with po_free.
 */
struct po *po_load(const char *path, struct error *err);
void po_free(struct po *po);

/* The translation of msgid, or NULL when there is none (the caller then shows msgid). */
const char *po_text(const struct po *po, const char *msgid);

/* The same with a context: msgctxt "ctx" then msgid. */
const char *po_text_ctx(const struct po *po, const char *ctx, const char *msgid);

/*
 * The form of msgid/msgid_plural for n, chosen by the catalogue's Plural-Forms; NULL when not
 * translated (the caller then uses msgid when n == 1, else msgid_plural).
 */
const char *po_plural(const struct po *po, const char *msgid, unsigned long n);

/*
 * A header field ("Language", "X-Native-Name", "X-Review-Status" ...), or NULL. The value is
 * trimmed of spaces.
 */
const char *po_header(const struct po *po, const char *field);

/* How many translated entries it holds. */
int po_count(const struct po *po);

#endif
