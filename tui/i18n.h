/* Interface strings go through gettext; N_() marks strings in tables, translated where shown. */
#ifndef CIVICDESK_I18N_H
#define CIVICDESK_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
