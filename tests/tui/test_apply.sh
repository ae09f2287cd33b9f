#!/bin/bash
# Applications from the advisor's side, at 80x24 on a fixed day (Tuesday 24 November 2026): a
# customer who cannot get a Blue Badge is stopped at the eligibility step before any personal
# details are taken; a Blue Badge application is paused, resumed by another advisor at a later
# contact, sent with a document to come later, and completed when the customer brings it.
. "$(dirname "$0")/lib.sh"

TODAY=2026-11-24
START=(--env "CIVICDESK_TODAY=$TODAY")

# Demo customers a search by email finds alone, with a date of birth and an address that fits
# the form's field, and no Blue Badge application yet.
CUSTOMER_SQL="SELECT u.id, u.first_name, u.last_name, u.email FROM customer u
    WHERE u.email LIKE '%@example.%' AND u.date_of_birth IS NOT NULL
    AND u.first_name ~ '^[A-Za-z]+\$' AND u.last_name ~ '^[A-Za-z]+\$'
    AND length(concat_ws(', ', nullif(u.address_line1, ''), nullif(u.address_line2, ''),
        nullif(u.town, ''), nullif(u.postcode, ''))) <= 36
    AND NOT EXISTS (SELECT 1 FROM casework k WHERE k.customer_id = u.id
                    AND k.service_id = 'blue-badge')
    AND NOT EXISTS (SELECT 1 FROM paused_application p WHERE p.customer_id = u.id)"
USED_IDS=0

# pick_customer: sets C_ID C_FIRST C_LAST C_EMAIL to a customer no earlier test here used.
pick_customer() {
	local row

	row=$(sql "$CUSTOMER_SQL AND u.id NOT IN ($USED_IDS) ORDER BY u.id LIMIT 1")
	[[ $row == [0-9]*'|'* ]] || { fail "no demo customer to use: $row"; return 1; }
	IFS='|' read -r C_ID C_FIRST C_LAST C_EMAIL <<<"$row"
	USED_IDS="$USED_IDS, $C_ID"
}

# open_picked [--as USER]: signs in on the fixed day and opens the picked customer's record.
open_picked() {
	app_start "${START[@]}" "$@" || return 1
	wait_signed_in || return 1
	open_customer "$C_EMAIL" "$C_FIRST $C_LAST"
}

# From the record to the Blue Badge form's first step.
start_blue_badge() {
	fkey 7
	wait_for "Which service? Type words to narrow the list" || return 1
	pick "blue badge" "Blue Badge \(disabled parking\)" || return 1
	wait_for "Apply for it: Blue Badge (disabled parking) (Adult Social Care)" || return 1
	expect_line_has 6 "Step 1 of 3, Eligibility: Do you live in Eastmere?" \
	    "the application does not start with its eligibility questions"
}

# Choices on a form cycle from "(choose one)": Right once is the first choice, twice the second.
test_ineligible_stopped() {
	local n

	pick_customer || return 1
	open_picked || return 1
	start_blue_badge || return 1
	send Right Right
	wait_for_re "Do you live in E.* \*  < No >" || return 1
	send Tab Right Tab Right
	wait_for_re "Which of these b.* \*  < You get a benefit" || return 1
	fkey 10
	wait_for "Blue Badge (disabled parking): the customer cannot apply" || return 1
	wait_for "Do you live in Eastmere? No" || return 1
	wait_for "You can only apply for a Blue Badge from the council where you live." || return 1
	wait_for "https://www.gov.uk/apply-blue-badge" || return 1
	wait_for "No personal details have been taken." || return 1
	send Enter
	wait_for "Blue Badge (disabled parking): not eligible; the customer was told why" || return 1
	wait_for "Contact in progress" || return 1
	n=$(sql "SELECT (SELECT count(*) FROM casework WHERE customer_id = $C_ID)
	         + (SELECT count(*) FROM paused_application WHERE customer_id = $C_ID)
	         + (SELECT count(*) FROM draft WHERE customer_id = $C_ID AND kind LIKE 'case:%')")
	[ "$n" = 0 ] || fail "an ineligible application left $n case, paused copy or draft behind"
}

test_blue_badge_paused_resumed_completed() {
	local row ref

	pick_customer || return 1
	open_picked || return 1
	start_blue_badge || return 1
	send Right Tab Right Tab Right
	wait_for_re "Which of these b.* \*  < You get a benefit" || return 1
	fkey 10
	wait_for "They can apply. Now the details" || return 1
	expect_line_has 6 "Step 2 of 3, Details: Your full name" \
	    "the details step does not follow eligibility" || return 1
	wait_for_re "Your full name +\*  $C_FIRST $C_LAST" || return 1
	send Tab Tab Tab Tab Right Right
	wait_for_re "< No >" || return 1
	# The customer has to fetch a document: pause at the details.
	back
	wait_for "Blue Badge (disabled parking) paused on the customer's record" || return 1
	wait_for "Paused applications (1): Enter resumes one" || return 1
	row=$(sql "SELECT p.step, s.username FROM paused_application p JOIN staff s
	           ON s.id = p.paused_by WHERE p.customer_id = $C_ID AND p.service_id = 'blue-badge'")
	[ "$row" = "details|demo" ] || { fail "the paused application is \"$row\""; return 1; }

	# A later contact, another advisor, another terminal.
	app_stop
	open_picked --as aisha.khan || return 1
	wait_for "Paused applications (1): Enter resumes one" || return 1
	select_row "Blue Badge \(disabled parking\) +paused at Details by Sam Taylor" || return 1
	send Enter
	wait_for "Resumed the application Sam Taylor paused at" || return 1
	expect_line_has 6 "Step 2 of 3, Details" "the application did not resume at its step" ||
	    return 1
	wait_for_re "< No >" || return 1
	send Tab Tab Tab Tab Tab Tab
	send_text "Arthritis in both knees; walks 20 metres with a stick"
	fkey 10
	wait_for "Step 3 of 3, Evidence: which documents have you seen?" || return 1
	wait_for "[Not seen]  Proof of identity" || return 1
	# Identity and address seen; the photo will come later; the optional one not brought.
	send_text vvl
	wait_for_re "\[Later\] +A recent passport-style photo" || return 1
	fkey 10
	wait_for_re "^  APP-2026-[0-9]{6}  Blue Badge \(disabled parking\)" 5 || return 1
	ref=$(screen | sed -n 2p | grep -Eo "APP-2026-[0-9]{6}")
	expect_line 3 "^  Awaiting customer, stage 1\." "the case does not wait for the photo" ||
	    return 1
	wait_for "Documents: 1 required still to see" || return 1
	row=$(sql "SELECT count(*) FROM paused_application WHERE customer_id = $C_ID")
	[ "$row" = 0 ] || { fail "the paused copy stayed after the application was sent"; return 1; }

	# The customer brings the photo.
	fkey 6
	pick "documents" "Mark the documents seen" || return 1
	wait_for "1 required document still to see" || return 1
	select_row "\[Later\] +A recent passport-style photo" || return 1
	send_text v
	wait_for "The case is In progress." || return 1
	wait_for "Every required document is seen and verified." || return 1
	back
	wait_for "Documents: all required seen" || return 1
	expect_line 3 "^  In progress, stage 1\." "the case did not move on once complete" || return 1
	row=$(sql "SELECT k.status, string_agg(e.state || ':' || coalesce(s.username, '') || ':' ||
	           coalesce(e.verified_on::text, ''), ',' ORDER BY e.position)
	           FROM casework k JOIN case_evidence e ON e.case_id = k.id
	           LEFT JOIN staff s ON s.id = e.verified_by WHERE k.reference = '$ref'
	           GROUP BY k.status")
	[ "$row" = "in_progress|verified:aisha.khan:$TODAY,verified:aisha.khan:$TODAY,verified:aisha.khan:$TODAY,needed::" ] ||
	    fail "the database holds $ref's documents as \"$row\""
}

run_test "stopped at eligibility, nothing taken" test_ineligible_stopped
run_test "Blue Badge paused, resumed by another advisor, completed" \
    test_blue_badge_paused_resumed_completed
summary
