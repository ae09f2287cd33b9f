#!/bin/bash
# Casework from the advisor's side, at 80x24 on a fixed day (Tuesday 24 November 2026, so every
# due date is known): raise a report from search to reference, the same report made twice at one
# postcode, a request with the address filled in and its fee, a complaint with its due dates at
# stage 1 and 2, a status change that owes the customer a message, a broken service line file
# reported and skipped, a half-filled form kept as a draft, and one flow on a vt100.
. "$(dirname "$0")/lib.sh"

TODAY=2026-11-24
START=(--env "CIVICDESK_TODAY=$TODAY")
OPEN_STATUSES="('new', 'in_progress', 'awaiting_customer')"

# The customer's address as one line, as the forms fill it in: "2 Dyke Lane, Ashby Fen, EM7 8XD".
ADDRESS_SQL="concat_ws(', ', nullif(u.address_line1, ''), nullif(u.address_line2, ''),
    nullif(u.town, ''), nullif(u.postcode, ''))"
# Demo customers a search by email finds alone, whose answers match their record as they stand
# (a mobile number, an address that fits the form's 36 columns), at a postcode where no
# missed-bin report is open and no other test in this file has raised one.
CUSTOMER_SQL="SELECT u.id, u.first_name, u.last_name, u.email, u.phone, $ADDRESS_SQL, u.postcode,
    u.preferred_channel FROM customer u
    WHERE u.email LIKE '%@example.%' AND u.phone LIKE '07700 900___'
    AND u.first_name ~ '^[A-Za-z]+\$' AND u.last_name ~ '^[A-Za-z]+\$'
    AND length($ADDRESS_SQL) <= 36"
FREE_POSTCODE="u.postcode NOT IN (SELECT postcode FROM casework WHERE service_id = 'missed-bin'
    AND status IN $OPEN_STATUSES)"
USED_POSTCODES="''"
RAISED_REF=

# pick_customer [CONDITION]: sets C_ID C_FIRST C_LAST C_EMAIL C_PHONE C_ADDRESS C_POSTCODE C_CHANNEL
# to a customer no earlier test here has used the postcode of.
pick_customer() {
	local row

	row=$(sql "$CUSTOMER_SQL AND $FREE_POSTCODE AND u.postcode NOT IN ($USED_POSTCODES)
	           ${1:+AND $1} ORDER BY u.id LIMIT 1")
	[[ $row == [0-9]*'|'* ]] || { fail "no demo customer to use: $row"; return 1; }
	IFS='|' read -r C_ID C_FIRST C_LAST C_EMAIL C_PHONE C_ADDRESS C_POSTCODE C_CHANNEL <<<"$row"
	USED_POSTCODES="$USED_POSTCODES, '$C_POSTCODE'"
}

# Signs in on the fixed day, finds the customer picked by email and opens their record.
open_picked() {
	app_start "${START[@]}" "$@" || return 1
	wait_signed_in || return 1
	open_customer "$C_EMAIL" "$C_FIRST $C_LAST" || return 1
	expect_line_has 2 "$C_FIRST $C_LAST" "the record open is not $C_FIRST $C_LAST's"
}

# From the customer's record to the missed-bin form, checked as far as its fixed lines go.
start_missed_bin() {
	fkey 7
	wait_for "Which service? Type words to narrow the list" || return 1
	pick missed "^  Report it +Missed bin collection " || return 1
	wait_for "Report it: Missed bin collection (Waste and Recycling)" || return 1
	expect_line_has 3 "Service standard 2 working days: due Thursday 26 November 2026." \
	    "the form does not give the due date, Thursday 26 November 2026" || return 1
	expect_line_has 4 "Online next time: https://www.eastmere.gov.uk/report/" \
	    "the form does not give the web address"
}

# answer_missed_bin [NOTE]: the missed-bin answers (the address and phone are filled in already,
# NOTE goes in the last field), then F10; the caller waits for what follows.
answer_missed_bin() {
	wait_for_re "^  Address of the m.* \*  $(re_quote "$C_ADDRESS")" || return 1
	send Tab Right
	wait_for_re "Which bin was mi.* \*  < General waste \(grey bin\) >" || return 1
	send Tab
	send_text "23/11/2026"
	send Tab Right
	wait_for_re "Was the bin at t.* \*  < Yes >" || return 1
	send Tab Tab Tab
	send_text "${1:-Left by the gate}"
	wait_for "${1:-Left by the gate}" || return 1
	fkey 10
}

# The case screen just raised: prints the reference it shows.
raised_reference() {
	local ref

	wait_for_re "^  $1-2026-[0-9]{6}  $2" 5 || return 1
	ref=$(screen | sed -n 2p | grep -Eo "$1-2026-[0-9]{6}")
	[ -n "$ref" ] || { fail "no $1 reference on the case's first line"; return 1; }
	wait_for "Case $ref raised: read the reference to the customer." || return 1
	printf '%s' "$ref"
}

# Search to reference: the reference is read out and is the customer's case in the database, with
# the customer's message owed for it.
test_raise_missed_bin() {
	local ref row

	pick_customer || return 1
	open_picked || return 1
	wait_for "Cases: none yet. F7 raises one." || return 1
	start_missed_bin || return 1
	answer_missed_bin "Bin kept by the side gate" || return 1
	ref=$(raised_reference RPT "Missed bin collection") || return 1
	expect_screen_lacks "Update the record?" "asked to update a record nothing differs from" ||
	    return 1
	expect_line 3 "^  New, stage 1\. Due Thursday 26 November 2026: 2 working days left\." \
	    "the case does not say it is new and due Thursday 26 November 2026" || return 1
	wait_for "Address of the missed bin: $C_ADDRESS" || return 1
	row=$(sql "SELECT customer_id, due_on, status, postcode FROM casework WHERE reference = '$ref'")
	[ "$row" = "$C_ID|2026-11-26|new|$C_POSTCODE" ] ||
	    { fail "the database holds $ref as \"$row\", not \"$C_ID|2026-11-26|new|$C_POSTCODE\""; return 1; }
	row=$(sql "SELECT value FROM case_field f JOIN casework k ON k.id = f.case_id
	           WHERE k.reference = '$ref' AND f.name = 'address'")
	[ "$row" = "$C_ADDRESS" ] ||
	    { fail "the address answer is \"$row\", not the record's \"$C_ADDRESS\""; return 1; }
	row=$(sql "SELECT o.body FROM outbox o JOIN casework k ON k.id = o.case_id
	           WHERE k.reference = '$ref' ORDER BY o.id")
	[ "$row" = "Thank you $C_FIRST. Your missed bin report is $ref. We aim to collect it by Thursday 26 November 2026." ] ||
	    { fail "the message owed for $ref is \"$row\""; return 1; }
	# The advisor's own list has it, due in two days.
	fkey 9
	wait_for "Cases I raised:" || return 1
	wait_for_re "^  $ref Missed bin collection +New +26/11/2026( |$)" || return 1
	back
	wait_for_re "^  $ref  Missed bin collection" || return 1
	RAISED_REF=$ref
}

# Back from the case just raised, the customer's record lists it and Enter opens it again.
test_record_lists_case() {
	local ref

	pick_customer || return 1
	open_picked || return 1
	wait_for "Cases: none yet. F7 raises one." || return 1
	start_missed_bin || return 1
	answer_missed_bin || return 1
	ref=$(raised_reference RPT "Missed bin collection") || return 1
	back
	wait_for "Contact in progress" || return 1
	wait_for "Cases (1): Enter opens one" || return 1
	select_row "^  $ref Missed bin collection +New +26/11/2026( |$)" || return 1
	send Enter
	wait_for_re "^  $ref  Missed bin collection" || return 1
}

# The same report at the same postcode: the second caller follows the first case instead.
test_duplicate_report() {
	local first first_address second ref pc row

	pc=$(sql "SELECT postcode FROM ($CUSTOMER_SQL AND $FREE_POSTCODE
	          AND u.postcode NOT IN ($USED_POSTCODES)) c
	          GROUP BY postcode HAVING count(*) >= 2 ORDER BY postcode LIMIT 1")
	[[ $pc == EM* ]] || { fail "no postcode with two demo customers to use: $pc"; return 1; }
	pick_customer "u.postcode = '$pc'" || return 1
	first=$C_ID first_address=$C_ADDRESS
	# The second customer, at the postcode the first has just used.
	second=$(sql "$CUSTOMER_SQL AND u.postcode = '$pc' AND u.id <> $first ORDER BY u.id LIMIT 1")
	second=${second%%|*}
	open_picked || return 1
	start_missed_bin || return 1
	answer_missed_bin "First report here" || return 1
	ref=$(raised_reference RPT "Missed bin collection") || return 1
	app_stop

	IFS='|' read -r C_ID C_FIRST C_LAST C_EMAIL C_PHONE C_ADDRESS C_POSTCODE C_CHANNEL \
	    <<<"$(sql "$CUSTOMER_SQL AND u.id = $second")"
	open_picked || return 1
	start_missed_bin || return 1
	answer_missed_bin "Second report here" || return 1
	wait_for "This may already be reported. Enter adds the customer to that case's updates" ||
	    return 1
	wait_for "F10 raises a new report anyway" || return 1
	wait_for_re "^  $ref +$(re_quote "$first_address") +New, due " || return 1
	send Enter
	wait_for_re "^  $ref  Missed bin collection" || return 1
	wait_for "The customer will get the updates on $ref" || return 1
	wait_for "Following: 1." || return 1
	row=$(sql "SELECT f.customer_id FROM case_follower f JOIN casework k ON k.id = f.case_id
	           WHERE k.reference = '$ref'")
	[ "$row" = "$second" ] || { fail "$ref has followers \"$row\", not customer $second"; return 1; }
	row=$(sql "SELECT count(*) FROM casework WHERE customer_id = $second")
	[ "$row" = 0 ] || fail "a second case was raised for customer $second as well"
}

# A request: the address is the record's, the fee is stated, nothing is raised by looking.
test_request_prefilled() {
	pick_customer || return 1
	open_picked || return 1
	fkey 7
	wait_for "Which service?" || return 1
	pick bulky "^  Request it +Bulky waste collection " || return 1
	wait_for "Request it: Bulky waste collection (Waste and Recycling)" || return 1
	expect_line 3 "^  Service standard 10 working days: due Tuesday 8 December 2026\." \
	    "the form does not give the due date" || return 1
	expect_line 5 "^  Fee £35\.00 for up to three items\." "the form does not give the fee" ||
	    return 1
	expect_line_has 7 "$C_ADDRESS" "the collection address is not the record's, $C_ADDRESS" ||
	    return 1
	expect_line 7 "^  Collection addr.* \*  " "the first field is not the collection address" ||
	    return 1
	back
	wait_for "Contact in progress" || return 1
	[ "$(sql "SELECT count(*) FROM casework WHERE customer_id = $C_ID")" = 0 ] ||
	    fail "looking at the form raised a case"
}

# A complaint: 5 working days at stage 1, 20 more from the day it is escalated.
test_complaint_escalated() {
	local ref row

	pick_customer || return 1
	open_picked || return 1
	fkey 7
	wait_for "Which service?" || return 1
	pick complaint "^  Complaints +Complaint " || return 1
	wait_for "Complaints, compliments and comments: Complaint (Customer Experience)" || return 1
	expect_line_has 3 "Service standard 5 working days: due Tuesday 1 December 2026." \
	    "the complaint is not due Tuesday 1 December 2026" || return 1
	# Which service: the letter M picks Missed bin collection.
	send M
	wait_for_re "Which service is.* \*  < Missed bin collection >" || return 1
	send Tab
	send_text "The crew left the bin in the road twice"
	fkey 10
	ref=$(raised_reference FBK Complaint) || return 1
	expect_line 3 "^  New, stage 1\. Due Tuesday 1 December 2026: 5 working days left\." \
	    "the complaint is not at stage 1 due Tuesday 1 December 2026" || return 1
	row=$(sql "SELECT stage, due_on FROM casework WHERE reference = '$ref'")
	[ "$row" = "1|2026-12-01" ] || { fail "$ref is \"$row\" in the database, not 1|2026-12-01"; return 1; }

	fkey 6
	wait_for "What do you want to do with this case?" || return 1
	pick escalate "^  Escalate to stage 2" || return 1
	wait_for "$ref: Escalate to stage 2" || return 1
	send_text "Too late"
	fkey 10
	wait_for "Escalated to stage 2." || return 1
	# 25 November is working day 1; no bank holiday falls before 22 December.
	wait_for_re "^  [A-Za-z ]+, stage 2\. Due Tuesday 22 December 2026: 20 working days left\." ||
	    return 1
	wait_for "Too late" || return 1
	row=$(sql "SELECT stage, due_on FROM casework WHERE reference = '$ref'")
	[ "$row" = "2|2026-12-22" ] ||
	    { fail "$ref is \"$row\" in the database, not 2|2026-12-22"; return 1; }
	fkey 6
	wait_for "What do you want to do with this case?" || return 1
	expect_screen_lacks "Escalate to stage 2" "a stage 2 complaint is offered escalation again"
}

# Moving a report on owes the customer a message, sent where they asked to be contacted.
test_status_message() {
	local ref row

	pick_customer "u.preferred_channel = 'email'" || return 1
	open_picked || return 1
	start_missed_bin || return 1
	answer_missed_bin || return 1
	ref=$(raised_reference RPT "Missed bin collection") || return 1
	fkey 6
	wait_for "What do you want to do with this case?" || return 1
	pick status "^  Change the status" || return 1
	wait_for "$ref: Change the status" || return 1
	wait_for_re "New status +\*  < In progress >" || return 1
	send Tab
	send_text "Crew sent"
	fkey 10
	wait_for "Status changed." || return 1
	wait_for_re "^  In progress, stage 1\." || return 1
	wait_for_re "Status: In progress: Crew sent$" || return 1
	[ "$(sql "SELECT status FROM casework WHERE reference = '$ref'")" = in_progress ] ||
	    { fail "$ref is not in progress in the database"; return 1; }
	row=$(sql "SELECT o.channel, o.recipient, o.body FROM outbox o JOIN casework k ON k.id = o.case_id
	           WHERE k.reference = '$ref' ORDER BY o.id DESC LIMIT 1")
	[ "$row" = "email|$C_EMAIL|A crew is on the way to collect the bin in report $ref." ] ||
	    fail "the last message for $ref is \"$row\", not the in-progress one by email to $C_EMAIL"
}

# A case raised earlier in this file, seen on the day it is due and the day after.
test_due_in_words() {
	local ref

	ref=$RAISED_REF
	[[ $ref == RPT-* ]] || { fail "the first test raised no missed bin to look at"; return 1; }
	[ "$(sql "SELECT status, due_on FROM casework WHERE reference = '$ref'")" = "new|2026-11-26" ] ||
	    { fail "$ref is no longer new and due 26/11/2026"; return 1; }
	app_start --env CIVICDESK_TODAY=2026-11-26 || return 1
	wait_signed_in || return 1
	fkey 9
	wait_for_re "^  Cases I raised: [0-9]+ open, [0-9]+ overdue, [1-9][0-9]* due today\." || return 1
	wait_for_re "^  $ref Missed bin collection +New +26/11/2026 DUE TODAY( |$)" || return 1
	app_start --env CIVICDESK_TODAY=2026-11-27 || return 1
	wait_signed_in || return 1
	fkey 9
	wait_for_re "^  Cases I raised: [0-9]+ open, [1-9][0-9]* overdue, [0-9]+ due today\." || return 1
	select_row "^  $ref Missed bin collection +New +26/11/2026 OVERDUE( |$)" || return 1
	send Enter
	wait_for_re "^  $ref  Missed bin collection" || return 1
	expect_line 3 "^  New, stage 1\. Due Thursday 26 November 2026: OVERDUE by 1 working day\." \
	    "the case does not say it is overdue by 1 working day"
}

BROKEN_FORMS=
# lib.sh's clean-up, and the broken catalogue's folder (outside the test's own folder) too.
trap 'rm -rf "${BROKEN_FORMS:-/nonexistent}"; tui_cleanup' EXIT

# A broken service line file: named with its line on the home screen and by forms check, and
# left out of the service list while the rest still work.
test_broken_form() {
	local line file out status

	# A short path, so "file:line: message" fits in 80 columns whatever the checkout's path.
	BROKEN_FORMS=$(mktemp -d "${TMPDIR:-/tmp}/cdforms.XXXXXX") ||
	    { fail "no temporary folder"; return 1; }
	cp -R "$TUI_TOP/forms/." "$BROKEN_FORMS/" || { fail "forms/ not copied"; return 1; }
	file=$BROKEN_FORMS/report/graffiti.ini
	line=$(grep -n '^type = "choice"' "$file" | head -n 1 | cut -d: -f1)
	[ -n "$line" ] || { fail "graffiti.ini has no choice field to break"; return 1; }
	sed -i "${line}s/\"choice\"/\"chooser\"/" "$file"

	out=$("$TUI_BIN" forms check "$BROKEN_FORMS" 2>&1)
	status=$?
	[ "$status" = 1 ] || { fail "forms check exited $status, not 1: $out"; return 1; }
	[[ $out == *"$file:$line: unknown type"* ]] ||
	    { fail "forms check does not name $file:$line: $out"; return 1; }

	pick_customer || return 1
	TUI_FORMS_DIR=$BROKEN_FORMS app_start "${START[@]}" || return 1
	wait_signed_in || return 1
	wait_for "1 problem in the service catalogue: the files named are skipped." || return 1
	wait_for "$file:$line: unknown type" || return 1
	open_customer "$C_EMAIL" "$C_FIRST $C_LAST" || return 1
	fkey 7
	wait_for "Which service?" || return 1
	wait_for_re "^  Report it +Fly-tipping " || return 1
	expect_screen_lacks "Graffiti" "the broken Graffiti service is still offered" || return 1
	send_text graffiti
	wait_for_re "Showing those matching \"graffiti\" \(0 of [0-9]+\)" || return 1
	wait_for "Nothing matches: Backspace to widen." || return 1
	send BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
	wait_for_re "^  Report it +Graffiti|^  Report it +Fly-tipping " || return 1
	expect_screen_lacks "Graffiti" "the broken Graffiti service is offered once the filter is gone" ||
	    return 1
	pick fly "^  Report it +Fly-tipping " || return 1
	wait_for "Report it: Fly-tipping" || return 1
}

test_broken_form_cleaned() {
	local rc

	test_broken_form
	rc=$?
	[ -z "$BROKEN_FORMS" ] || rm -rf "$BROKEN_FORMS"
	BROKEN_FORMS=
	return $rc
}

# A half-filled form left with Esc Esc is there again, answers and all, next time.
test_draft_resumed() {
	local note

	note="Dog in the garden $(unique_word)"
	pick_customer || return 1
	open_picked || return 1
	start_missed_bin || return 1
	send Tab Tab Tab Tab Tab Tab
	wait_for "Anything else the crew should know" || return 1
	send_text "$note"
	wait_for "$note" || return 1
	back
	wait_for "Contact in progress" || return 1
	wait_for "The answers are kept: F7 and Missed bin collection resume them." || return 1
	start_missed_bin || return 1
	wait_for "Resumed the answers kept at" || return 1
	wait_for_re "^  Anything else th +$note" || return 1
	[ "$(sql "SELECT count(*) FROM casework WHERE customer_id = $C_ID")" = 0 ] ||
	    fail "leaving the form raised a case"
}

TUI_DEFAULT_TERM=xterm-256color
run_test "a missed bin from search to reference, due Thursday, in the database" \
    test_raise_missed_bin
run_test "back on the record, the case just raised is listed; Enter opens it" \
    test_record_lists_case
run_test "a second report at the same postcode offers the open case; Enter follows it" \
    test_duplicate_report
run_test "a request shows the record's address filled in and its fee" test_request_prefilled
run_test "a complaint is due in 5 working days; escalated, in 20 more" test_complaint_escalated
run_test "a status change queues the service line's message on the customer's channel" \
    test_status_message
run_test "F9 says DUE TODAY on the day and OVERDUE the day after, in words" test_due_in_words
run_test "a broken form file is named with its line and skipped; the rest still work" \
    test_broken_form_cleaned
run_test "a half-filled form left with Esc Esc is resumed with its answers" test_draft_resumed
# The same from search to reference on a vt100: Esc 7 raises, Esc 9 lists, Esc 0 saves.
TUI_DEFAULT_TERM=vt100
run_test "vt100: Esc 7 and Esc 0 raise a missed bin from search to reference" test_raise_missed_bin
summary
