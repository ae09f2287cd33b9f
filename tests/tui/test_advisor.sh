#!/bin/bash
# An advisor's day at 80x24, on a modern terminal and again on a vt100 (Esc then a digit stands in
# for the function keys there): sign in, search, edit with a validation error, end a contact, help,
# a likely duplicate, and nothing drawn past the edge of the screen.
. "$(dirname "$0")/lib.sh"

# The demo advisor, as the database has them.
ADVISOR=demo
IFS='|' read -r ADVISOR_NAME ADVISOR_POINT <<EOF
$(sql "SELECT s.first_name || ' ' || s.last_name, p.name FROM staff s
       JOIN service_point p ON p.id = s.service_point_id WHERE s.username = '$ADVISOR'")
EOF

test_sign_in() {
	local status missing='' before after clock point

	before=$(date +%H:%M)
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	wait_for "DB online" || return 1
	status=$(status_line)
	after=$(date +%H:%M)
	[[ $status == *"$ADVISOR_NAME"* ]] || missing="$missing, name \"$ADVISOR_NAME\""
	[[ $status == *"Advisor"* ]] || missing="$missing, role \"Advisor\""
	[[ $status == *"Face to face"* ]] || missing="$missing, channel \"Face to face\""
	# The service point comes after the channel; a long name may be cut, but not to nothing.
	point=${status#*"Face to face | "}
	point=${point%%" | DB "*}
	point=${point%"${point##*[! ]}"}
	[ "${#point}" -ge 10 ] || [ "$point" = "$ADVISOR_POINT" ] || point=
	[ -n "$point" ] && [[ $ADVISOR_POINT == "$point"* ]] ||
	    missing="$missing, service point \"$ADVISOR_POINT\" (or its first 10 or more letters)"
	[[ $status == *"DB online"* ]] || missing="$missing, \"DB online\""
	clock=$(printf '%s\n' "$status" | grep -Eo '[0-2][0-9]:[0-5][0-9]' | tail -n 1)
	[ "$clock" = "$before" ] || [ "$clock" = "$after" ] ||
	    missing="$missing, the clock $before (shows \"$clock\")"
	[ -z "$missing" ] || fail "the status line lacks ${missing#, }"
}

test_search_and_open() {
	local row name postcode

	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	send_text "smi"
	wait_for_re "[0-9]+ found" || return 1
	expect_line 5 "Name +Born +Address +Postcode +Phone" "no column headings" || return 1
	# Rows: "> " or "  ", the name in 24 columns, ..., the postcode from column 56.
	expect_line 6 "^> .*Smi.* EM[0-9]+ [0-9][A-Z]{2}" "the first row is not a Smi... with a postcode" ||
	    return 1
	row=$(screen | sed -n 7p)
	[[ $row =~ ^"  "[^\ ].*" EM"[0-9]+" "[0-9][A-Z][A-Z] ]] ||
	    { fail "the second row has no name and postcode"; return 1; }
	name=${row:2:24}
	name=${name%"${name##*[! ]}"}
	postcode=$(printf '%s\n' "$row" | grep -Eo 'EM[0-9]+ [0-9][A-Z]{2}' | head -n 1)
	send Down
	wait_for_re "^> $name" || return 1
	send Enter
	wait_for "Contact in progress" || return 1
	expect_line 2 "^  (Mrs? |Ms |Miss |Mx |Dr )?$name" "the customer screen is not $name's" || return 1
	expect_line 3 "^  Address: .*$postcode" "the address with $postcode is not shown" || return 1
	expect_line 1 "Customer" "the title is not Customer"
}

test_edit_with_error() {
	local first last digits

	first=$(unique_word) last=$(unique_word) digits=$(printf '%03d' $((RANDOM % 1000)))
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	new_customer "$first" "$last" || return 1
	fkey 4
	wait_for "Edit the customer's details" || return 1
	send Down Down Down Down C-u
	send_text "12345"
	send Tab
	# "Phone   12345   ! <why>" on the phone's own line, in words.
	wait_for_re "^  Phone +12345 +! [A-Za-z]+( [A-Za-z]+)+" || return 1
	send Up C-u
	send_text "+44 7700 900$digits"
	send Tab
	wait_for_re "^  Phone +07700 900$digits *$" || return 1
	fkey 10
	wait_for "Changes saved." || return 1
	wait_for "Phone: 07700 900$digits" || return 1
	[ "$(sql "SELECT phone FROM customer WHERE last_name = '$last'")" = "07700 900$digits" ] ||
	    fail "the database does not hold 07700 900$digits"
}

test_end_contact() {
	local first last reason

	first=$(unique_word) last=$(unique_word) reason="Bins $(unique_word | tail -c 5)"
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	new_customer "$first" "$last" || return 1
	wait_for "Contact in progress" || return 1
	fkey 8
	wait_for "End the contact with $first $last" || return 1
	send_text "$reason"
	send Tab Space
	wait_for_re "Resolved +\* +< Yes >" || return 1
	fkey 10
	wait_for "Contact ended: resolved" || return 1
	wait_for "No contact in progress with this customer." || return 1
	wait_for "Contact history (1)" || return 1
	expect_line 12 "$ADVISOR_NAME +$reason: resolved" "the history does not show \"$reason: resolved\"" ||
	    return 1
	[ "$(sql "SELECT resolved_first, reason FROM contact c JOIN customer u ON u.id = c.customer_id
	          WHERE u.last_name = '$last' AND c.ended_at IS NOT NULL")" = "t|$reason" ] ||
	    fail "the database does not hold the ended contact"
}

test_help() {
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	send_text "smi"
	wait_for_re "^> .*Smi" || return 1
	send Enter
	wait_for "Contact in progress" || return 1
	fkey 1
	wait_for "Function keys also work as Esc" || return 1
	expect_line 1 "Help" "the title is not Help" || return 1
	wait_for_re "^  F4, Esc 4 +Change the customer's details" || return 1
	wait_for_re "^  F8, Esc 8 +Record the outcome and end the contact" || return 1
	wait_for_re "^  Esc Esc, Ctrl-G, F12 +Go back" || return 1
	wait_for_re "^  Ctrl-Q +Sign out and quit" || return 1
	expect_screen_lacks "F10, Esc 0" "help on the customer screen lists the form's F10" || return 1
	back
	wait_for "Contact in progress" || return 1
	expect_line 1 "Customer" "Esc Esc did not go back to the customer"
}

test_duplicate() {
	local first last count

	first=$(unique_word) last=$(unique_word)
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	new_customer "$first" "$last" "EM4 7QT" || return 1
	fkey 2
	wait_for "Find a customer" || return 1
	fkey 3
	wait_for "New customer." || return 1
	fill_new_customer "$first" "$last" "em47qt"
	fkey 10
	wait_for "may already have a record" || return 1
	wait_for_re "^  $first $last .*EM4 7QT" || return 1
	send Enter
	wait_for "Contact in progress" || return 1
	expect_line 2 "^  $first $last" "Enter did not open $first $last" || return 1
	expect_line 3 "Address: .*EM4 7QT" "the address is not shown" || return 1
	count=$(sql "SELECT count(*) FROM customer WHERE first_name = '$first' AND last_name = '$last'")
	[ "$count" = 1 ] || fail "$count records for $first $last, not 1"
}

# Every line fits in 80 columns, the title is the first line and the status line the last.
check_layout() {
	local text n=0 line

	text=$(screen)
	while IFS= read -r line; do
		n=$((n + 1))
		[ "${#line}" -le 80 ] || { fail "$1: line $n is ${#line} columns long"; return 1; }
	done <<<"$text"
	[ "$n" -eq 24 ] || { fail "$1: $n lines, not 24"; return 1; }
	expect_line 1 "^ civicdesk \| " "$1: the title is not the first line" || return 1
	expect_line 24 "^ $ADVISOR_NAME, Advisor .*\| DB online \| [0-2][0-9]:[0-5][0-9] *$" \
	    "$1: the status line is not the last line" || return 1
	[ "$(printf '%s\n' "$text" | grep -c "DB online")" -eq 1 ] ||
	    fail "$1: the status line is drawn more than once"
}

test_layout() {
	local size

	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	size=$(tui display-message -p -t "$TUI_SESSION" '#{pane_width}x#{pane_height}')
	[ "$size" = 80x24 ] || { fail "the pane is $size, not 80x24"; return 1; }
	check_layout "sign-in message" || return 1
	send_text "smi"
	wait_for_re "[0-9]+ found" || return 1
	check_layout "search results" || return 1
	send Enter
	wait_for "Contact in progress" || return 1
	check_layout "customer" || return 1
	fkey 4
	wait_for "Edit the customer's details" || return 1
	send Down Down Down Down C-u
	send_text "12345"
	send Tab
	wait_for_re "^  Phone +12345 +!" || return 1
	check_layout "form with an error" || return 1
	back
	wait_for "Contact in progress" || return 1
	fkey 1
	wait_for "Function keys also work as Esc" || return 1
	check_layout "help" || return 1
	back
	wait_for "Contact in progress" || return 1
	fkey 8
	wait_for "End the contact" || return 1
	check_layout "end contact" || return 1
	send C-q
	wait_for "F8 ends it; Ctrl-Q again quits" || return 1
	check_layout "quit warning"
}

for term in xterm-256color vt100; do
	TUI_DEFAULT_TERM=$term
	run_test "$term: sign in shows the advisor, service point, channel, clock and DB online" test_sign_in
	run_test "$term: search shows rows with postcodes; Down Enter opens the customer" test_search_and_open
	run_test "$term: an invalid phone is marked beside the field; corrected, F10 saves it normalised" \
	    test_edit_with_error
	run_test "$term: F8 records the outcome; the history shows resolved and the reason" test_end_contact
	run_test "$term: help lists the keys from the key table; Esc Esc goes back" test_help
	run_test "$term: a likely duplicate is shown before creating; Enter opens it" test_duplicate
	run_test "$term: every screen fits 80x24 with the status line last" test_layout
done
summary
