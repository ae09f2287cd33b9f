/* Letters as PDF, drawn by a short-lived helper program. */
#ifndef CIVICDESK_PDF_H
#define CIVICDESK_PDF_H

#include "config.h"
#include "status.h"

/*
 * Writes text (a letter, UTF-8; the line equal to heading is its heading) as an A4 PDF to path
 * through the helper: [letters] pdf_helper, else civicdesk-pdf beside the running program, else
 * on PATH. STATUS_IO_ERROR with the helper's own message when it fails.
 */
enum status pdf_write(const struct config *cfg, const char *text, const char *heading,
    const char *path, struct error *err);

#endif
