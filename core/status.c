/* Status messages, kept in one table so the UI never invents its own wording. */
#include <stdarg.h>
#include <stdio.h>

#include "status.h"

static const char *const messages[] = {
#define STATUS_MESSAGE(name, msg) [STATUS_##name] = msg,
	STATUS_LIST(STATUS_MESSAGE)
#undef STATUS_MESSAGE
};

const char *
status_message(enum status status)
{
	if ((unsigned)status >= sizeof messages / sizeof messages[0])
		return "unknown error";
	return messages[status];
}

enum status
error_set(struct error *err, enum status status, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return status;
	err->status = status;
	if (fmt == NULL) {
		snprintf(err->detail, sizeof err->detail, "%s", status_message(status));
		return status;
	}
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof err->detail, fmt, ap);
	va_end(ap);
	return status;
}
