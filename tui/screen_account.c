/*
 * Pay it at the counter: an account with its balance and recent transactions, taking a payment
 * (cash, card on the counter terminal, cheque), the receipt on screen and on the printer, and a
 * supervisor's void. Card numbers are never typed here: only the terminal's authorisation code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "pay.h"
#include "screen_choose.h"
#include "screens.h"
#include "spool.h"
#include "text.h"
#include "theme.h"
#include "validate.h"
#include "widget_form.h"
#include "widget_list.h"

#define HEAD_ROWS 5
#define TRANSACTIONS_LIMIT 100
#define RECEIPT_SIZE 2048

/* "owes £35.00", "is in credit by £5.00", "owes nothing": the balance in words. */
static void
balance_words(long long pence, char *out, size_t size)
{
	char amount[32];

	validate_format_pence(pence < 0 ? -pence : pence, amount, sizeof amount);
	if (pence > 0)
		snprintf(out, size, _("Owes %s"), amount);
	else if (pence < 0)
		snprintf(out, size, _("In credit by %s"), amount);
	else
		snprintf(out, size, "%s", _("Nothing owed"));
}

/* Receipt ---------------------------------------------------------------------------------- */

struct receipt_screen {
	struct screen base;
	char number[PAY_REFERENCE_LEN];
	struct pay_receipt receipt;
	char text[RECEIPT_SIZE];
	bool loaded;
	char problem[256];
};

static void
receipt_load(struct receipt_screen *rs, struct app *app)
{
	struct error err;

	rs->problem[0] = '\0';
	if (pay_receipt_get(app->session.db, rs->number, &rs->receipt, &err) != STATUS_OK) {
		snprintf(rs->problem, sizeof rs->problem, _("The receipt could not be read: %s"),
		    err.detail);
		return;
	}
	pay_receipt_text(&rs->receipt, app->cfg.council, rs->text, sizeof rs->text);
	rs->loaded = true;
}

static void
receipt_draw(struct screen *s, struct app *app)
{
	struct receipt_screen *rs = (struct receipt_screen *)s;
	const char *line = rs->text;
	int y = 3;

	(void)app;
	if (!rs->loaded) {
		text_put(1, 2, COLS - 4, rs->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	text_put(1, 2, COLS - 4, rs->receipt.voided ? _("VOIDED: this payment was cancelled. "
	    "P prints, F6 for more.") : _("Give the customer this receipt: P prints it, F7 "
	    "sends it as a letter, F6 for more."), theme_attr(rs->receipt.voided ? STYLE_WARNING : STYLE_HINT), true);
	while (*line != '\0' && y < LINES - 3) {
		size_t n = strcspn(line, "\n");
		char row[200];

		snprintf(row, sizeof row, "%.*s", (int)n, line);
		text_put(y++, 4, COLS - 6, row, A_NORMAL, true);
		line += n + (line[n] == '\n');
	}
}

static unsigned
receipt_contexts(struct screen *s)
{
	(void)s;
	return CTX_ACCOUNT | CTX_RECEIPT | CTX_VIEW;
}

static void
receipt_print(struct receipt_screen *rs, struct app *app)
{
	char name[64], path[700];
	struct error err;

	snprintf(name, sizeof name, "receipt-%s.txt", rs->receipt.number);
	if (spool_print(&app->cfg, name, rs->text, path, sizeof path, &err) != STATUS_OK)
		app_message(app, MESSAGE_ERROR, _("Not printed: %s"), err.detail);
	else
		app_message(app, MESSAGE_INFO, _("Receipt %s sent to print (%s)."),
		    rs->receipt.number, path);
}

/* Void: a supervisor's, with a reason; a new record, the payment itself unchanged. */
struct void_screen {
	struct screen base;
	long long payment_id;
	char number[PAY_REFERENCE_LEN];
	char reason[256];
	struct form_field field;
	struct form form;
	char request[DB_REQUEST_ID_LEN];
};

static void
void_draw(struct screen *s, struct app *app)
{
	struct void_screen *vs = (struct void_screen *)s;
	char line[200];
	int cy = -1, cx = -1;

	snprintf(line, sizeof line, _("Void payment %s: the amount will be owed again."),
	    vs->number);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	text_put(2, 2, COLS - 4, _("Only a supervisor can void. The payment stays on record with "
	    "the void beside it."), A_NORMAL, true);
	form_draw(&vs->form, 4, LINES - 7, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
void_contexts(struct screen *s)
{
	return form_contexts(&((struct void_screen *)s)->form);
}

static enum key_result
void_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct void_screen *vs = (struct void_screen *)s;
	char number[PAY_REFERENCE_LEN];
	struct error err;
	int left;

	if (a != ACTION_SAVE) {
		if (form_key(&vs->form, a, key, wide, &left) == FORM_UNUSED)
			return KEY_UNUSED;
		return KEY_USED;
	}
	if (pay_void(&app->session, vs->request, vs->payment_id, vs->reason, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not voided: %s"), err.detail);
		return KEY_USED;
	}
	snprintf(number, sizeof number, "%s", vs->number);
	app_pop(app);
	app_message(app, MESSAGE_INFO, _("Payment %s voided: the amount is owed again."), number);
	return KEY_USED;
}

static void
void_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops void_ops = {
	.title = N_("Void a payment"),
	.contexts = void_contexts,
	.draw = void_draw,
	.key = void_key,
	.close = void_close,
};

/* The void form, or a refusal when the role may not void (said before anything is typed). */
static void
offer_void(struct app *app, long long payment_id, const char *number)
{
	struct void_screen *vs;

	if (!session_may(&app->session, MAY_VOID_PAYMENT)) {
		app_message(app, MESSAGE_ERROR, "%s", _("Only a supervisor can void a payment: ask "
		    "one to sign in and do it."));
		return;
	}
	if ((vs = calloc(1, sizeof *vs)) == NULL)
		return;
	vs->base.ops = &void_ops;
	vs->payment_id = payment_id;
	snprintf(vs->number, sizeof vs->number, "%s", number);
	vs->field = (struct form_field){ .label = N_("Reason"), .help = N_("Why it is cancelled, "
		"e.g. keyed twice; kept with the payment"), .value = vs->reason,
		.size = sizeof vs->reason, .required = true };
	form_init(&vs->form, &vs->field, 1);
	db_new_request_id(vs->request);
	app_push(app, &vs->base);
}

enum { RECEIPT_PRINT, RECEIPT_VOID };

static bool
receipt_action(struct app *app, int row, void *arg)
{
	struct receipt_screen *rs = arg;

	app_pop(app);		/* the list of actions */
	if (row == RECEIPT_PRINT)
		receipt_print(rs, app);
	else
		offer_void(app, rs->receipt.payment_id, rs->receipt.number);
	return false;
}

static enum key_result
receipt_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct receipt_screen *rs = (struct receipt_screen *)s;
	const char *labels[] = { _("Print the receipt"), _("Void this payment (supervisor)") };

	(void)wide;

	if (!rs->loaded)
		return KEY_UNUSED;
	if (a == ACTION_NONE && (key == 'p' || key == 'P')) {
		receipt_print(rs, app);
		return KEY_USED;
	}
	if (a == ACTION_LETTER) {
		screens_letters(app, rs->receipt.number, NULL);
		return KEY_USED;
	}
	if (a != ACTION_CASE_ACTIONS)
		return KEY_UNUSED;
	app_push(app, choose_screen_new(N_("Receipt"), _("What do you want to do with this "
	    "receipt?"), labels, rs->receipt.voided ? 1 : 2, 0, receipt_action, rs, false));
	return KEY_USED;
}

static void
receipt_uncovered(struct screen *s, struct app *app)
{
	receipt_load((struct receipt_screen *)s, app);	/* a void above */
}

static void
receipt_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops receipt_ops = {
	.title = N_("Receipt"),
	.contexts = receipt_contexts,
	.draw = receipt_draw,
	.key = receipt_key,
	.uncovered = receipt_uncovered,
	.reconnected = receipt_uncovered,
	.close = receipt_close,
};

struct screen *
receipt_screen_new(struct app *app, const char *number)
{
	struct receipt_screen *rs = calloc(1, sizeof *rs);

	if (rs == NULL)
		return NULL;
	rs->base.ops = &receipt_ops;
	snprintf(rs->number, sizeof rs->number, "%s", number);
	receipt_load(rs, app);
	return &rs->base;
}

/* Taking a payment ------------------------------------------------------------------------- */

enum { PAY_AMOUNT, PAY_METHOD, PAY_AUTH, PAY_CHEQUE, PAY_FIELDS };

struct payment_screen {
	struct screen base;
	struct pay_account account;
	char values[PAY_FIELDS][64];
	struct form_field fields[PAY_FIELDS];
	struct form form;
	long long pence;
	bool overpay_confirmed;
	char request[DB_REQUEST_ID_LEN];
};

static void
payment_draw(struct screen *s, struct app *app)
{
	struct payment_screen *ps = (struct payment_screen *)s;
	char line[300], balance[64];
	int cy = -1, cx = -1;

	snprintf(line, sizeof line, _("Take a payment: %s  %s"), ps->account.reference,
	    ps->account.title);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	balance_words(ps->account.balance_pence, balance, sizeof balance);
	snprintf(line, sizeof line, _("%s. Fund: %s."), balance, _(choice_label(pay_funds,
	    ps->account.fund)));
	text_put(2, 2, COLS - 4, line, A_NORMAL, true);
	text_put(3, 2, COLS - 4, _("Cards go in the counter terminal: never type a card number "
	    "here."), theme_attr(STYLE_NOTICE), true);
	form_draw(&ps->form, HEAD_ROWS, LINES - 3 - HEAD_ROWS, &cy, &cx);
	app_cursor(app, cy, cx);
}

static unsigned
payment_contexts(struct screen *s)
{
	return form_contexts(&((struct payment_screen *)s)->form);
}

/* Checks what pay_take would refuse, next to the field it is about; false if one is wrong. */
static bool
payment_check(struct payment_screen *ps)
{
	const char *method = ps->values[PAY_METHOD];
	struct validation v;
	char code[16];
	int bad = -1;

	for (int i = 0; i < PAY_FIELDS; i++)
		ps->fields[i].message[0] = '\0';
	validate_money(ps->values[PAY_AMOUNT], &v);
	ps->pence = v.result == VALIDATE_INVALID ? 0 : strtoll(v.normal, NULL, 10);
	if (ps->pence <= 0) {
		snprintf(ps->fields[PAY_AMOUNT].message, sizeof ps->fields[0].message, "%s",
		    _("Give an amount more than £0.00, e.g. 35.00"));
		bad = PAY_AMOUNT;
	}
	if (strcmp(method, "card") == 0 && !pay_auth_code_normalise(ps->values[PAY_AUTH], code)) {
		snprintf(ps->fields[PAY_AUTH].message, sizeof ps->fields[0].message, "%s",
		    _("The code on the terminal's slip: 4 to 8 letters and digits"));
		bad = bad < 0 ? PAY_AUTH : bad;
	}
	validate_number(ps->values[PAY_CHEQUE], 0, 999999, &v);
	if (strcmp(method, "cheque") == 0 && (strlen(ps->values[PAY_CHEQUE]) != 6 ||
	    v.result != VALIDATE_OK)) {
		snprintf(ps->fields[PAY_CHEQUE].message, sizeof ps->fields[0].message, "%s",
		    _("The six-digit number printed at the foot of the cheque"));
		bad = bad < 0 ? PAY_CHEQUE : bad;
	}
	for (int i = 0; i < PAY_FIELDS; i++)
		ps->fields[i].is_error = ps->fields[i].message[0] != '\0';
	if (bad >= 0)
		form_focus(&ps->form, bad);
	return bad < 0;
}

static void
payment_take(struct payment_screen *ps, struct app *app)
{
	const char *method = ps->values[PAY_METHOD];
	struct pay_new n = { .account_id = ps->account.id, .amount_pence = ps->pence,
		.method = method, .overpay_confirmed = ps->overpay_confirmed };
	struct pay_receipt r;
	struct screen *receipt;
	char today[11], amount[32];
	struct error err;

	if (strcmp(method, "card") == 0)
		n.auth_code = ps->values[PAY_AUTH];
	if (strcmp(method, "cheque") == 0)
		n.cheque_number = ps->values[PAY_CHEQUE];
	app_today(today);
	n.business_date = today;
	n.contact_id = app->contact.customer_id == ps->account.customer_id ? app->contact.id : 0;
	if (pay_take(&app->session, ps->request, &n, &r, &err) != STATUS_OK) {
		app_message(app, MESSAGE_ERROR, _("Not taken: %s"), err.detail);
		return;
	}
	validate_format_pence(r.amount_pence, amount, sizeof amount);
	receipt = receipt_screen_new(app, r.number);
	app_pop(app);		/* ps is gone from here on */
	if (receipt != NULL)
		app_push(app, receipt);
	app_message(app, MESSAGE_INFO, _("%s taken: receipt %s."), amount, r.number);
}

static bool
overpay_chosen(struct app *app, int row, void *arg)
{
	struct payment_screen *ps = arg;

	app_pop(app);		/* the question */
	if (row == 0) {
		ps->overpay_confirmed = true;
		payment_take(ps, app);
	}
	return false;
}

/* More than is owed is allowed (paying ahead), but only when the advisor says so. */
static void
payment_submit(struct payment_screen *ps, struct app *app)
{
	char amount[32], owed[32], intro[200];
	const char *labels[2];

	if (!payment_check(ps)) {
		app_message(app, MESSAGE_ERROR, "%s", _("Please correct the fields marked !"));
		return;
	}
	if (ps->pence <= ps->account.balance_pence || ps->overpay_confirmed) {
		payment_take(ps, app);
		return;
	}
	validate_format_pence(ps->pence, amount, sizeof amount);
	validate_format_pence(ps->account.balance_pence > 0 ? ps->account.balance_pence : 0, owed,
	    sizeof owed);
	snprintf(intro, sizeof intro, _("%s is more than the %s owed: the rest is held as credit."),
	    amount, owed);
	labels[0] = _("Yes: take it, the customer is paying ahead");
	labels[1] = _("No: change the amount");
	app_push(app, choose_screen_new(N_("More than is owed"), intro, labels, 2, 1,
	    overpay_chosen, ps, false));
}

static enum key_result
payment_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct payment_screen *ps = (struct payment_screen *)s;
	int left;

	if (a == ACTION_SAVE) {
		payment_submit(ps, app);
		return KEY_USED;
	}
	switch (form_key(&ps->form, a, key, wide, &left)) {
	case FORM_UNUSED:
		return KEY_UNUSED;
	case FORM_EDITED:
		/* A changed payment is a new request; an unchanged retry keeps its id. */
		db_new_request_id(ps->request);
		ps->overpay_confirmed = false;
		ps->fields[ps->form.focus].message[0] = '\0';
		break;
	default:
		break;
	}
	return KEY_USED;
}

static void
payment_close(struct screen *s)
{
	free(s);
}

static const struct screen_ops payment_ops = {
	.title = N_("Take a payment"),
	.contexts = payment_contexts,
	.draw = payment_draw,
	.key = payment_key,
	.close = payment_close,
};

struct screen *
payment_screen_new(struct app *app, const struct pay_account *account)
{
	static const char *const labels[PAY_FIELDS] = { N_("Amount"), N_("Method"),
		N_("Card auth code"), N_("Cheque number") };
	/* Bytes each field holds: an authorisation code is at most 8 characters, so a card
	 * number cannot even be typed into it. */
	static const size_t sizes[PAY_FIELDS] = { 16, 16, 9, 7 };
	static const char *const help[PAY_FIELDS] = {
		N_("In pounds, e.g. 35.00; what is owed is filled in"),
		N_("Left and Right choose: cash, card on the counter terminal, cheque"),
		N_("Card only: the code on the terminal's slip, never the card number"),
		N_("Cheque only: the six digits at the foot of the cheque") };
	struct payment_screen *ps;

	if (!session_may(&app->session, MAY_TAKE_PAYMENT)) {
		app_message(app, MESSAGE_ERROR, "%s", _(status_message(STATUS_DENIED)));
		return NULL;
	}
	if ((ps = calloc(1, sizeof *ps)) == NULL)
		return NULL;
	ps->base.ops = &payment_ops;
	ps->account = *account;
	for (int i = 0; i < PAY_FIELDS; i++)
		ps->fields[i] = (struct form_field){ .label = labels[i], .help = help[i],
			.value = ps->values[i], .size = sizes[i], .required = i < PAY_AUTH };
	ps->fields[PAY_METHOD].choices = pay_methods;
	snprintf(ps->values[PAY_METHOD], sizeof ps->values[0], "%s", pay_methods[0].code);
	if (account->balance_pence > 0)
		validate_format_pence(account->balance_pence, ps->values[PAY_AMOUNT],
		    sizeof ps->values[0]);
	form_init(&ps->form, ps->fields, PAY_FIELDS);
	db_new_request_id(ps->request);
	return &ps->base;
}

/* The account ------------------------------------------------------------------------------ */

struct account_screen {
	struct screen base;
	long long id;
	struct pay_account account;
	struct pay_transaction *tx;
	struct list list;
	bool loaded;
	char problem[256];
};

static int
account_rows(void)
{
	return LINES - 3 - HEAD_ROWS - 1;
}

static void
account_load(struct account_screen *as, struct app *app)
{
	char request[DB_REQUEST_ID_LEN];
	struct error err;

	as->problem[0] = '\0';
	db_new_request_id(request);
	free(as->tx);
	as->tx = NULL;
	as->list.count = 0;
	if (pay_account_get(&app->session, request, as->id, &as->account, &err) != STATUS_OK ||
	    pay_transactions(app->session.db, as->id, TRANSACTIONS_LIMIT, &as->tx,
	    &as->list.count, &err) != STATUS_OK) {
		snprintf(as->problem, sizeof as->problem, _("The account could not be read: %s"),
		    err.detail);
		return;
	}
	as->loaded = true;
}

/* "24/11/2026  Card payment              RCP-2026-000012     -£35.00  VOIDED" */
static void
transaction_row(const struct pay_transaction *t, char *out, size_t size)
{
	char amount[32], signed_amount[34], on[CALENDAR_DATE_SIZE] = "";
	struct date d;

	if (calendar_parse_date(t->on, &d))
		calendar_format_british(d, on);
	validate_format_pence(t->amount_pence < 0 ? -t->amount_pence : t->amount_pence, amount,
	    sizeof amount);
	snprintf(signed_amount, sizeof signed_amount, "%s%s", t->amount_pence < 0 ? "-" : "",
	    amount);
	snprintf(out, size, "%-10s  %-34.34s %-15s %11s %s", on, t->description, t->receipt,
	    signed_amount, t->voided ? _("VOIDED") : "");
}

static void
account_draw(struct screen *s, struct app *app)
{
	struct account_screen *as = (struct account_screen *)s;
	char line[300], balance[64];

	if (!as->loaded) {
		text_put(1, 2, COLS - 4, as->problem, theme_attr(STYLE_ERROR), true);
		return;
	}
	snprintf(line, sizeof line, "%s  %s", as->account.reference, as->account.title);
	text_put(1, 2, COLS - 4, line, theme_attr(STYLE_HEADING), true);
	balance_words(as->account.balance_pence, balance, sizeof balance);
	snprintf(line, sizeof line, _("%s. %s, paid into %s."), balance,
	    _(choice_label(pay_account_kinds, as->account.kind)),
	    _(choice_label(pay_funds, as->account.fund)));
	text_put(2, 2, COLS - 4, line, theme_attr(as->account.balance_pence > 0 ? STYLE_WARNING :
	    STYLE_OK), true);
	text_put(3, 2, COLS - 4, _("F6 takes a payment. Enter on a payment shows its receipt."),
	    theme_attr(STYLE_HINT), true);
	text_put(HEAD_ROWS - 1, 2, COLS - 4, as->list.count > 0 ? _("Recent transactions, newest "
	    "first") : _("No transactions yet."), theme_attr(STYLE_LABEL), true);
	list_clamp(&as->list, account_rows());
	for (int i = as->list.top; i < as->list.count && i - as->list.top < account_rows(); i++) {
		int y = HEAD_ROWS + i - as->list.top;
		bool sel = i == as->list.selected;

		transaction_row(&as->tx[i], line, sizeof line);
		text_put(y, 2, COLS - 4, line, theme_attr(sel ? STYLE_SELECTED : STYLE_NORMAL),
		    true);
		if (sel)
			app_cursor(app, y, 2);
	}
}

static unsigned
account_contexts(struct screen *s)
{
	(void)s;
	return CTX_ACCOUNT | CTX_LIST | CTX_VIEW;
}

/* The highlighted transaction when it is a payment, else NULL. */
static const struct pay_transaction *
selected_payment(const struct account_screen *as)
{
	const struct pay_transaction *t;

	if (as->list.count == 0)
		return NULL;
	t = &as->tx[as->list.selected];
	return t->payment_id > 0 && strcmp(t->kind, "payment") == 0 ? t : NULL;
}

enum { ACCOUNT_PAY, ACCOUNT_RECEIPT, ACCOUNT_VOID };

static bool
account_action(struct app *app, int row, void *arg)
{
	struct account_screen *as = arg;
	const struct pay_transaction *t = selected_payment(as);
	struct screen *next = NULL;

	app_pop(app);		/* the list of actions */
	if (row == ACCOUNT_PAY)
		next = payment_screen_new(app, &as->account);
	else if (row == ACCOUNT_RECEIPT && t != NULL)
		next = receipt_screen_new(app, t->receipt);
	else if (row == ACCOUNT_VOID && t != NULL)
		offer_void(app, t->payment_id, t->receipt);
	if (next != NULL)
		app_push(app, next);
	return false;
}

static enum key_result
account_key(struct screen *s, struct app *app, enum action a, int key, bool wide)
{
	struct account_screen *as = (struct account_screen *)s;
	const struct pay_transaction *t;
	const char *labels[] = { _("Take a payment"), _("Show the highlighted payment's receipt"),
		_("Void the highlighted payment (supervisor)") };
	struct screen *next;

	(void)key;
	(void)wide;
	if (list_move(&as->list, a, account_rows()))
		return KEY_USED;
	if (!as->loaded)
		return KEY_UNUSED;
	t = selected_payment(as);
	switch (a) {
	case ACTION_OPEN:
		if (t != NULL && (next = receipt_screen_new(app, t->receipt)) != NULL)
			app_push(app, next);
		return KEY_USED;
	case ACTION_CASE_ACTIONS:
		app_push(app, choose_screen_new(N_("Account"), _("What do you want to do?"), labels,
		    t == NULL ? 1 : t->voided ? 2 : 3, 0, account_action, as, false));
		return KEY_USED;
	default:
		return KEY_UNUSED;
	}
}

static void
account_refresh(struct screen *s, struct app *app)
{
	account_load((struct account_screen *)s, app);	/* a payment or a void above */
}

static void
account_close(struct screen *s)
{
	free(((struct account_screen *)s)->tx);
	free(s);
}

static const struct screen_ops account_ops = {
	.title = N_("Account"),
	.contexts = account_contexts,
	.draw = account_draw,
	.key = account_key,
	.uncovered = account_refresh,
	.reconnected = account_refresh,
	.close = account_close,
};

struct screen *
account_screen_new(struct app *app, long long account_id)
{
	struct account_screen *as = calloc(1, sizeof *as);

	if (as == NULL)
		return NULL;
	as->base.ops = &account_ops;
	as->id = account_id;
	account_load(as, app);
	return &as->base;
}
