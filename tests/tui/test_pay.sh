#!/bin/bash
# Paying at the counter, at 80x24 on fixed days: a council tax payment found by its account
# reference, with a receipt on screen and in the print spool; a bulky waste collection requested
# and its fee paid in the same contact; a void an advisor is refused and a supervisor makes; and
# an advisor's end-of-day cash-up with a difference explained, after which the day is closed.
. "$(dirname "$0")/lib.sh"

TODAY=2026-11-24

# Council tax accounts that owe at least £50, their holder found alone by the account reference.
ACCOUNT_SQL="SELECT a.reference, u.id, u.first_name, u.last_name, u.email,
    (SELECT sum(amount_pence) FROM account_transaction t WHERE t.account_id = a.id) AS owed
    FROM account a JOIN customer u ON u.id = a.customer_id
    WHERE a.kind = 'council_tax' AND u.first_name ~ '^[A-Za-z]+\$'
    AND u.last_name ~ '^[A-Za-z]+\$' AND u.email LIKE '%@example.%'
    AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.account_id = a.id)"
USED_IDS=0

# pick_account: sets A_REF C_ID C_FIRST C_LAST C_EMAIL A_OWED (pence) to an account no earlier
# test here used.
pick_account() {
	local row

	row=$(sql "SELECT * FROM ($ACCOUNT_SQL) x WHERE owed >= 5000 AND id NOT IN ($USED_IDS)
	           ORDER BY reference LIMIT 1")
	[[ $row == CT-*'|'* ]] || { fail "no demo account to use: $row"; return 1; }
	IFS='|' read -r A_REF C_ID C_FIRST C_LAST C_EMAIL A_OWED <<<"$row"
	USED_IDS="$USED_IDS, $C_ID"
}

# balance REFERENCE: what the account owes, in pence.
balance() {
	sql "SELECT sum(t.amount_pence) FROM account_transaction t JOIN account a
	     ON a.id = t.account_id WHERE a.reference = '$1'"
}

# open_account [START OPTION...]: signs in, finds the customer by the account reference and
# opens the account from their record.
open_account() {
	app_start "$@" || return 1
	wait_signed_in || return 1
	open_customer "$A_REF" "$C_FIRST $C_LAST" || return 1
	select_row "^  $A_REF " || return 1
	send Enter
	wait_for_re "^  $A_REF  Council tax, " || return 1
	wait_for "Owes £" || return 1
}

# take_payment AMOUNT METHOD-RIGHTS [CODE]: on a payment form, types the amount, moves the method
# right METHOD-RIGHTS times (0 cash, 1 card, 2 cheque) and types the card or cheque code, then
# F10. Leaves RECEIPT set to the number on the receipt shown.
take_payment() {
	wait_for "Cards go in the counter terminal: never type a card number here." || return 1
	send C-u
	send_text "$1"
	send Tab
	for ((i = 0; i < $2; i++)); do send Right; done
	send Tab
	[ -z "${3:-}" ] || send_text "$3"
	fkey 10
	wait_for_re "^    Receipt RCP-2026-[0-9]{6}" 5 || return 1
	RECEIPT=$(screen | grep -Eo "RCP-2026-[0-9]{6}" | head -n 1)
}

# From the account screen, F6 and its first row: take a payment.
start_payment() {
	fkey 6
	wait_for "Take a payment" || return 1
	send Enter
}

test_council_tax_payment() {
	local row

	pick_account || return 1
	open_account --env "CIVICDESK_TODAY=$TODAY" || return 1
	start_payment || return 1
	take_payment 25.00 1 ab12cd || return 1
	wait_for "£25.00 taken: receipt $RECEIPT." || return 1
	wait_for "Paid by     Card, authorisation code AB12CD" || return 1
	wait_for_re "Customer    ([A-Z][a-z]+ )?$C_FIRST $C_LAST\$" || return 1
	send_text p
	wait_for "Receipt $RECEIPT sent to print" || return 1
	grep -q "Receipt $RECEIPT" "$TUI_SPOOL/receipt-$RECEIPT.txt" 2>/dev/null ||
	    { fail "no printed receipt $RECEIPT in the spool"; return 1; }
	row=$(sql "SELECT p.amount_pence, p.method, p.auth_code, p.fund, p.business_date
	           FROM payment p WHERE p.receipt_number = '$RECEIPT'")
	[ "$row" = "2500|card|AB12CD|council_tax|$TODAY" ] ||
	    { fail "the database holds $RECEIPT as \"$row\""; return 1; }
	[ "$(balance "$A_REF")" = $((A_OWED - 2500)) ] ||
	    fail "$A_REF owes $(balance "$A_REF"), not $((A_OWED - 2500))"
}

test_bulky_waste_fee_paid_in_contact() {
	local ref row

	pick_account || return 1
	app_start --env "CIVICDESK_TODAY=$TODAY" || return 1
	wait_signed_in || return 1
	open_customer "$C_EMAIL" "$C_FIRST $C_LAST" || return 1
	fkey 7
	wait_for "Which service? Type words to narrow the list" || return 1
	pick "bulky" "Bulky waste collection" || return 1
	wait_for "Fee £35.00 for up to three items." || return 1
	send Tab
	send_text "Sofa and an armchair"
	send Tab
	send_text 2
	send Tab Right Tab Tab
	send_text "Front garden by the gate"
	fkey 10
	wait_for_re "The fee for REQ-2026-[0-9]{6} is £35.00. Take it now, in this contact\?" 5 ||
	    return 1
	ref=$(screen | grep -Eo "REQ-2026-[0-9]{6}" | head -n 1)
	send Enter
	take_payment 35.00 0 || return 1
	wait_for "Paid to     Fees and charges" || return 1
	wait_for "Account     $ref" || return 1
	row=$(sql "SELECT p.amount_pence, p.method, a.kind, k.reference FROM payment p
	           JOIN account a ON a.id = p.account_id JOIN casework k ON k.id = a.case_id
	           WHERE p.receipt_number = '$RECEIPT'")
	[ "$row" = "3500|cash|fee|$ref" ] ||
	    { fail "the fee payment is \"$row\", not 3500|cash|fee|$ref"; return 1; }
	[ "$(balance "$ref")" = 0 ] || fail "the fee for $ref still owes $(balance "$ref")"
}

test_void_needs_a_supervisor() {
	local row

	pick_account || return 1
	open_account --env "CIVICDESK_TODAY=$TODAY" || return 1
	start_payment || return 1
	take_payment 40.00 0 || return 1
	fkey 6
	pick "void" "Void this payment" || return 1
	wait_for "Only a supervisor can void a payment" || return 1
	row=$(sql "SELECT count(*) FROM payment_void v JOIN payment p ON p.id = v.payment_id
	           WHERE p.receipt_number = '$RECEIPT'")
	[ "$row" = 0 ] || { fail "an advisor's void was recorded"; return 1; }

	open_account --as fiona.mcleod --env "CIVICDESK_TODAY=$TODAY" || return 1
	select_row "$RECEIPT" || return 1
	send Enter
	wait_for "Receipt $RECEIPT" || return 1
	fkey 6
	pick "void" "Void this payment" || return 1
	wait_for "Void payment $RECEIPT: the amount will be owed again." || return 1
	send_text "Keyed twice"
	fkey 10
	wait_for "Payment $RECEIPT voided: the amount is owed again." || return 1
	wait_for "VOIDED: this payment was cancelled." || return 1
	row=$(sql "SELECT s.username, v.reason, p.amount_pence FROM payment_void v
	           JOIN payment p ON p.id = v.payment_id JOIN staff s ON s.id = v.staff_id
	           WHERE p.receipt_number = '$RECEIPT'")
	[ "$row" = "fiona.mcleod|Keyed twice|4000" ] ||
	    { fail "the void is recorded as \"$row\""; return 1; }
	[ "$(balance "$A_REF")" = "$A_OWED" ] ||
	    fail "$A_REF owes $(balance "$A_REF") after the void, not $A_OWED again"
}

# Another day and another advisor, so no other test's payments are in this till.
test_cash_up() {
	local day=2026-11-26 row

	pick_account || return 1
	open_account --as aisha.khan --env "CIVICDESK_TODAY=$day" || return 1
	start_payment || return 1
	take_payment 20.00 0 || return 1
	fkey 11
	wait_for "Till: Aisha Khan, Thursday 26 November 2026" || return 1
	wait_for_re "^  Cash +Council tax +1 +£20.00" || return 1
	wait_for "Cash expected in the drawer: £20.00" || return 1
	send_text 19.50
	fkey 10
	wait_for "The count differs from what is expected: say why" || return 1
	send_text "Change given wrongly"
	fkey 10
	wait_for "Close the day with £19.50 counted (short by £0.50)?" || return 1
	select_row "Yes: close the day" || return 1
	send Enter
	wait_for "Your till is closed for today." || return 1
	wait_for_re "CLOSED .* by Aisha Khan: cash counted £19.50, short by £0.50\." || return 1
	row=$(sql "SELECT c.expected_cash_pence, c.counted_cash_pence, c.difference_pence, c.note
	           FROM cashup c JOIN staff s ON s.id = c.staff_id
	           WHERE s.username = 'aisha.khan' AND c.business_date = '$day'")
	[ "$row" = "2000|1950|-50|Change given wrongly" ] ||
	    { fail "the cash-up is recorded as \"$row\""; return 1; }
	# The closed day takes no more payments.
	back
	wait_for "Give the customer this receipt" || return 1
	back
	wait_for "Owes £" || return 1
	start_payment || return 1
	wait_for "Cards go in the counter terminal" || return 1
	send C-u
	send_text 5.00
	fkey 10
	wait_for_re "Not taken: .*cashed up" || return 1
}

run_test "council tax payment with a receipt" test_council_tax_payment
run_test "bulky waste fee paid in the same contact" test_bulky_waste_fee_paid_in_contact
run_test "a void is a supervisor's" test_void_needs_a_supervisor
run_test "end-of-day cash-up" test_cash_up
summary
