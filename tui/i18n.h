/*
 * The screens' words in the advisor's language: interface strings go through _() (N_() marks
 * strings in tables, translated where shown), looked up in locales/LANG.po as read by core/po,
 * so the language is each advisor's own and needs no generated locale. English is the source.
 */
#ifndef CIVICDESK_I18N_H
#define CIVICDESK_I18N_H

#include "choice.h"
#include "status.h"

#define _(s) i18n_text(s)
#define N_(s) (s)
#define ngettext(s, p, n) i18n_plural((s), (p), (n))

extern const struct choice i18n_languages[];	/* en English, cy Cymraeg */

/* The translation of msgid in the language in use, else msgid itself. */
const char *i18n_text(const char *msgid);
const char *i18n_plural(const char *msgid, const char *plural, unsigned long n);

/*
 * Uses language code ("en", "cy") from here on, reading locales_dir/CODE.po; English needs no
 * file. On failure the language in use stays and err says why.
 */
enum status i18n_use(const char *locales_dir, const char *code, struct error *err);

/* The code of the language in use. */
const char *i18n_language(void);

/* Frees the translation in use (at exit). */
void i18n_end(void);

#endif
