/*
 * The key table. vt100 has only PF1-PF4 and vt220 lacks F5, Home and End, so every function key
 * also answers to ESC followed by its digit, and list movement to Ctrl keys.
 */
#include <curses.h>

#include "i18n.h"
#include "keymap.h"

#define CTRL(c) ((c) & 0x1f)

static const struct keydef table[] = {
	{ ACTION_HELP, CTX_GLOBAL | CTX_MODAL, { KEY_F(1) }, "F1, Esc 1", N_("Help"),
	  N_("Show these keys") },
	{ ACTION_HELP, CTX_VIEW, { '?' }, "?", NULL, N_("Show these keys") },
	{ ACTION_SEARCH, CTX_GLOBAL, { KEY_F(2) }, "F2, Esc 2", N_("Search"),
	  N_("Find a customer by name, postcode, phone or email") },
	{ ACTION_NEW_CUSTOMER, CTX_SEARCH, { KEY_F(3) }, "F3, Esc 3", N_("New"),
	  N_("Create a customer record (likely duplicates are shown first)") },
	{ ACTION_EDIT, CTX_CUSTOMER, { KEY_F(4) }, "F4, Esc 4", N_("Edit"),
	  N_("Change the customer's details") },
	{ ACTION_CHANNEL, CTX_GLOBAL, { KEY_F(5) }, "F5, Esc 5", N_("Channel"),
	  N_("Change the channel new contacts are recorded on") },
	{ ACTION_CASE_ACTIONS, CTX_CASE, { KEY_F(6) }, "F6, Esc 6", N_("Actions"),
	  N_("Change the status, add a note, mark documents, assign, extend or escalate the case") },
	{ ACTION_CASE_ACTIONS, CTX_ACCOUNT, { KEY_F(6) }, "F6, Esc 6", N_("Actions"),
	  N_("Take a payment; reprint or void a receipt") },
	{ ACTION_CASE_ACTIONS, CTX_APPOINTMENT, { KEY_F(6) }, "F6, Esc 6", N_("Actions"),
	  N_("Move or cancel the appointment, or record that the customer did not come") },
	{ ACTION_BOOK, CTX_CUSTOMER, { KEY_F(6) }, "F6, Esc 6", N_("Book"),
	  N_("Book an appointment for this customer: choose the kind, then a free time") },
	{ ACTION_RAISE, CTX_CUSTOMER, { KEY_F(7) }, "F7, Esc 7", N_("Raise"),
	  N_("Report, request or complain for this customer: choose the service") },
	{ ACTION_END_CONTACT, CTX_CUSTOMER, { KEY_F(8) }, "F8, Esc 8", N_("End contact"),
	  N_("Record the outcome and end the contact") },
	{ ACTION_CASES, CTX_GLOBAL, { KEY_F(9) }, "F9, Esc 9", N_("Cases"),
	  N_("Cases raised by me and at this service point, due first") },
	{ ACTION_TILL, CTX_GLOBAL, { KEY_F(11), CTRL('t') }, "F11, Ctrl-T", N_("Till"),
	  N_("Today's payments and the end-of-day cash-up") },
	{ ACTION_FIND, CTX_GLOBAL, { CTRL('k') }, "Ctrl-K", N_("Find"),
	  N_("Find it: articles, partner organisations, opening hours and bin days") },
	{ ACTION_QUEUE, CTX_GLOBAL, { CTRL('r') }, "Ctrl-R", N_("Reception"),
	  N_("The reception queue: check in, add a walk-in, call the next customer") },
	{ ACTION_SCRIPT, CTX_SCRIPT, { KEY_F(3) }, "F3, Esc 3", N_("Script"),
	  N_("Show or hide the script beside the form (remembered for you)") },
	{ ACTION_TICK, CTX_SCRIPT, { KEY_F(4) }, "F4, Esc 4", N_("Tick"),
	  N_("Tick off the script's step in hand and open the next") },
	{ ACTION_LETTER, CTX_CASE | CTX_APPOINTMENT | CTX_RECEIPT, { KEY_F(7) }, "F7, Esc 7",
	  N_("Letter"), N_("Preview a letter with its plain-English score, issue it, or reprint one "
	  "sent (on a receipt: the payment receipt letter)") },
	{ ACTION_SAVE, CTX_INTERPRETER, { KEY_F(10) }, "F10, Esc 0", N_("Record"),
	  N_("Record the interpreting used on this contact: how, and for how long") },
	{ ACTION_LANGUAGE, CTX_CUSTOMER, { 'l', 'L' }, "L", N_("Language"),
	  N_("Language support: the I speak card, phrases in the customer's language, an "
	  "interpreter") },
	{ ACTION_ISPEAK, CTX_SEARCH, { KEY_F(4) }, "F4, Esc 4", N_("I speak"),
	  N_("The I speak card, for someone whose language is not known yet") },
	{ ACTION_SCREEN_LANGUAGE, CTX_GLOBAL, { CTRL('o') }, "Ctrl-O", NULL,
	  N_("The language of these screens (English or Cymraeg), kept for you") },
	{ ACTION_SAVE, CTX_LETTER, { KEY_F(10) }, "F10, Esc 0", N_("Issue"),
	  N_("Issue the letter: keep it on the case and print it") },
	{ ACTION_SAVE, CTX_FORM, { KEY_F(10) }, "F10, Esc 0", N_("Save"),
	  N_("Check every field and save") },
	{ ACTION_BACK, CTX_GLOBAL, { KEY_F(12), CTRL('g') }, "Esc Esc, Ctrl-G, F12", N_("Back"),
	  N_("Go back; unsaved changes are kept as a draft") },
	{ ACTION_QUIT, CTX_GLOBAL | CTX_MODAL, { CTRL('q') }, "Ctrl-Q", N_("Quit"), N_("Sign out and quit") },
	{ ACTION_OPEN, CTX_LIST, { '\n', '\r', KEY_ENTER }, "Enter", N_("Open"),
	  N_("Open the highlighted row") },
	{ ACTION_UP, CTX_LIST | CTX_FORM, { KEY_UP, CTRL('p') }, "Up, Ctrl-P", NULL,
	  N_("Previous row or field") },
	{ ACTION_DOWN, CTX_LIST | CTX_FORM, { KEY_DOWN, CTRL('n') }, "Down, Ctrl-N", NULL,
	  N_("Next row or field") },
	{ ACTION_PAGE_UP, CTX_LIST, { KEY_PPAGE, CTRL('b') }, "PgUp, Ctrl-B", NULL,
	  N_("Previous page") },
	{ ACTION_PAGE_DOWN, CTX_LIST, { KEY_NPAGE, CTRL('f') }, "PgDn, Ctrl-F", NULL,
	  N_("Next page") },
	{ ACTION_NEXT_FIELD, CTX_FORM, { '\t', '\n', '\r' }, "Tab, Enter", NULL,
	  N_("Next field (the field is checked as you leave it)") },
	{ ACTION_PREV_FIELD, CTX_FORM, { KEY_BTAB }, "Shift-Tab, Up", NULL,
	  N_("Previous field") },
	{ ACTION_NEXT_CHOICE, CTX_CHOICE, { ' ', KEY_RIGHT }, "Space, Right", NULL,
	  N_("Next choice") },
	{ ACTION_PREV_CHOICE, CTX_CHOICE, { KEY_LEFT }, "Left", NULL, N_("Previous choice") },
	{ ACTION_REDRAW, CTX_GLOBAL | CTX_MODAL, { CTRL('l') }, "Ctrl-L", NULL,
	  N_("Redraw the screen after line noise") },
};

enum action
keymap_lookup(int key, unsigned contexts)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		if ((table[i].contexts & contexts) == 0)
			continue;
		for (int k = 0; k < KEYMAP_KEYS && table[i].keys[k] != 0; k++)
			if (table[i].keys[k] == key)
				return table[i].action;
	}
	return ACTION_NONE;
}

void
keymap_each(unsigned contexts, void (*fn)(const struct keydef *k, void *arg), void *arg)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].contexts & contexts)
			fn(&table[i], arg);
}

int
keymap_escape_digit(int digit)
{
	if (digit == '0')
		return KEY_F(10);
	if (digit >= '1' && digit <= '9')
		return KEY_F(digit - '0');
	return 0;
}
