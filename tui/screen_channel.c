/* Choosing the channel new contacts are recorded on (F5). */
#include "i18n.h"
#include "screen_choose.h"
#include "screens.h"

#include <stdio.h>
#include <string.h>

static bool
picked(struct app *app, int row, void *arg)
{
	(void)arg;
	snprintf(app->session.channel, sizeof app->session.channel, "%s",
	    session_channels[row].code);
	app_message(app, MESSAGE_INFO, _("New contacts will be recorded as %s."),
	    _(session_channels[row].label));
	return true;
}

struct screen *
channel_screen_new(struct app *app)
{
	const char *labels[16];
	int n = 0, current = 0;

	for (; session_channels[n].code != NULL && n < 16; n++) {
		labels[n] = _(session_channels[n].label);
		if (strcmp(session_channels[n].code, app->session.channel) == 0)
			current = n;
	}
	return choose_screen_new(N_("Channel"), _("How is the customer in touch? Up and Down, "
	    "then Enter. A contact already open keeps its channel."), labels, n, current, picked,
	    NULL, false);
}
