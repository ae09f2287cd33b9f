#!/bin/bash
# Book it and find it, at 80x24 on a fixed clock (Tuesday 24 November 2026, CIVICDESK_NOW): a
# Blue Badge assessment booked at the earliest free time, then moved and cancelled; reception
# with a late booked customer checked in, a walk-in, waits growing past the standard and the
# next customer called; Find it without a contact (typos, the words people use) and with one
# (the customer's bin days, an article sent, a partner signposted); and the reception on a
# vt100, where a wait over the standard has to be said in words.
. "$(dirname "$0")/lib.sh"

DAY=2026-11-24
# start_at HH:MM [START OPTION...]: the program on the fixed day with the clock at HH:MM.
start_at() {
	local time=$1
	shift
	app_start "$@" --env "CIVICDESK_NOW=${DAY}T$time"
}

# The customer the booking test creates and the appointment it books, for the tests after it.
B_FIRST=Testa
B_LAST=
B_ID=
B_REF=

# line_of REGEX: the number (1 = top) of the first screen line matching, or nothing.
line_of() {
	screen | grep -En -- "$1" | head -n 1 | cut -d: -f1
}

# screen_line N: line N of the screen as it is now.
screen_line() {
	screen | sed -n "$1p"
}

# fmt_start "YYYY-MM-DD HH:MM": a start as the lists show it, "Tue 24 Nov 10:30am".
fmt_start() {
	local day=${1% *} hm=${1#* } h m h12 half time

	h=$((10#${hm%:*}))
	m=$((10#${hm#*:}))
	h12=$(( h % 12 == 0 ? 12 : h % 12 ))
	half=am
	[ "$h" -lt 12 ] || half=pm
	if [ "$h" -eq 12 ] && [ "$m" -eq 0 ]; then
		time="12 noon"
	elif [ "$m" -eq 0 ]; then
		time="$h12$half"
	else
		time=$(printf '%d:%02d%s' "$h12" "$m" "$half")
	fi
	printf '%s %s' "$(LC_ALL=C date -d "$day" '+%a %e %b')" "$time"
}

# earliest_free TYPE-CODE NOW: the first start, "YYYY-MM-DD HH:MM", worked out from the database
# alone: on the 15-minute grid from each opening time of the type's place, not before NOW,
# within the hours for the whole appointment, on a day the place is not closed, with some active
# advisor who takes the type and has nothing booked over it. (Bank holidays are in forms/, not
# the database; none falls in the days this file looks at.)
earliest_free() {
	sql "WITH ty AS (
	         SELECT t.id, t.minutes, p.id AS place FROM appointment_type t
	         JOIN service_point sp ON sp.id = t.service_point_id
	         JOIN place p ON p.service_point_id = sp.id
	         WHERE sp.code = 'TOWNHALL' AND t.code = '$1' AND t.active),
	     starts AS (
	         SELECT d::date + o.opens + make_interval(mins => 15 * k) AS s,
	                d::date + o.closes AS closes, ty.minutes, ty.id AS type_id
	         FROM ty JOIN opening_time o ON o.place_id = ty.place
	         CROSS JOIN generate_series(timestamp '$DAY', timestamp '$DAY' + interval '42 days',
	                                    interval '1 day') d
	         CROSS JOIN generate_series(0, 96) k
	         WHERE o.weekday = extract(isodow FROM d)
	         AND NOT EXISTS (SELECT 1 FROM place_closure c WHERE c.place_id = ty.place
	                         AND c.on_date = d::date))
	     SELECT to_char(min(s), 'YYYY-MM-DD HH24:MI') FROM starts
	     WHERE s >= timestamp '$2' AND s + make_interval(mins => minutes) <= closes
	     AND EXISTS (SELECT 1 FROM appointment_type_staff ts JOIN staff st ON st.id = ts.staff_id
	                 WHERE ts.type_id = starts.type_id AND st.active
	                 AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.staff_id = ts.staff_id
	                     AND a.status IN ('booked', 'arrived', 'seen')
	                     AND tsrange(a.starts_at, a.ends_at)
	                         && tsrange(s, s + make_interval(mins => minutes))))"
}

# From a customer's record, F6 and the kind picked by typing.
start_booking() {
	fkey 6
	wait_for "Which kind? Type words to narrow the list" || return 1
	pick "$1" "$2" || return 1
	wait_for "The next free times, earliest first. Enter books the highlighted one." 5
}

# Book -------------------------------------------------------------------------------------

test_book_earliest() {
	local first when shown row

	B_LAST=$(unique_word)
	start_at 10:20 || return 1
	wait_signed_in || return 1
	new_customer "$B_FIRST" "$B_LAST" || return 1
	B_ID=$(sql "SELECT id FROM customer WHERE last_name = '$B_LAST'")
	first=$(earliest_free blue-badge "$DAY 10:20")
	[[ $first == 20??-??-??' '??:?? ]] || { fail "no free Blue Badge time worked out: $first"; return 1; }
	when=$(fmt_start "$first")

	start_booking blue "^  Blue Badge assessment +30 min +Face to face +Eastmere Town Hall" ||
	    return 1
	expect_line_has 2 "Book: Blue Badge assessment, 30 minutes, Face to face" || return 1
	# The first row, highlighted, is the earliest that fits; nothing earlier is offered.
	expect_line 6 "^  $(re_quote "$when") +today\$" \
	    "the first free time is \"$(screen_line 6)\", not $when today" || return 1
	[ "$(cursor_line)" = 6 ] || { fail "the first free time is not the one highlighted"; return 1; }
	shown=$(screen | sed -n '6,21p' | grep -Eo '^  [A-Z][a-z]{2} [ 0-9]{2} [A-Z][a-z]{2} [^ ]+( noon)?')
	[ "$(printf '%s\n' "$shown" | sort -u | wc -l)" = "$(printf '%s\n' "$shown" | wc -l)" ] ||
	    { fail "a free time is offered twice"; return 1; }

	send Enter
	wait_for_re "Booked $(re_quote "$when") with Aisha Khan: AP-[0-9]{6}\. Confirmation in the outbox" 5 ||
	    return 1
	B_REF=$(screen | grep -Eo "with Aisha Khan: AP-[0-9]{6}" | grep -Eo "AP-[0-9]{6}")
	wait_for "Appointments (1): Enter opens one; F6 books another" || return 1
	wait_for_re "^  $(re_quote "$when") +Blue Badge assessment +Aisha Khan +Booked\$" ||
	    return 1

	row=$(sql "SELECT to_char(a.starts_at, 'YYYY-MM-DD HH24:MI'), t.code, s.username, a.status,
	           b.username FROM appointment a JOIN appointment_type t ON t.id = a.type_id
	           JOIN staff s ON s.id = a.staff_id JOIN staff b ON b.id = a.booked_by
	           WHERE a.reference = '$B_REF' AND a.customer_id = $B_ID")
	[ "$row" = "$first|blue-badge|aisha.khan|booked|demo" ] ||
	    { fail "the database holds $B_REF as \"$row\""; return 1; }
	row=$(sql "SELECT count(*) FROM outbox WHERE customer_id = $B_ID
	           AND body LIKE 'Your appointment is booked: Blue Badge assessment%'
	           AND body LIKE '%$B_REF%'")
	[ "$row" = 1 ] || fail "the outbox has $row confirmations of $B_REF for customer $B_ID"
}

# From the record: F6 moves the appointment to the first time offered (the old one shows Moved),
# then the new one is cancelled with a reason.
test_move_and_cancel() {
	local old_id moved row reason="Has a lift on Friday instead"

	[ -n "$B_REF" ] || { fail "the booking test booked nothing to move"; return 1; }
	old_id=$(sql "SELECT id FROM appointment WHERE reference = '$B_REF'")
	start_at 10:20 || return 1
	wait_signed_in || return 1
	open_customer "$B_LAST" "$B_FIRST $B_LAST" || return 1
	select_row "^  .* +Blue Badge assessment +Aisha Khan +Booked\$" || return 1
	send Enter
	wait_for "$B_REF  Blue Badge assessment" || return 1
	wait_for "Status: Booked" || return 1
	fkey 6
	wait_for "What do you want to do?" || return 1
	select_row "^  Move it to another time" || return 1
	send Enter
	wait_for "Move to: Blue Badge assessment, 30 minutes, Face to face" || return 1
	wait_for_re "^  [A-Z][a-z]{2} [ 0-9]{2} [A-Z][a-z]{2} " || return 1
	send Enter
	wait_for_re "Booked .* with Aisha Khan: AP-[0-9]{6}\." 5 || return 1
	moved=$(screen | grep -Eo "with Aisha Khan: AP-[0-9]{6}" | grep -Eo "AP-[0-9]{6}")
	[ "$moved" != "$B_REF" ] || { fail "the move kept the reference $B_REF"; return 1; }
	wait_for "Status: Moved" || return 1
	row=$(sql "SELECT o.status, n.status, n.rebooked_from = o.id, n.starts_at >= '$DAY 10:20'
	           FROM appointment o, appointment n
	           WHERE o.reference = '$B_REF' AND n.reference = '$moved'")
	[ "$row" = "rebooked|booked|t|t" ] ||
	    { fail "after the move the database holds $B_REF, $moved as \"$row\""; return 1; }
	row=$(sql "SELECT count(*) FROM outbox WHERE customer_id = $B_ID
	           AND body LIKE 'Your appointment is booked:%' AND body LIKE '%$moved%'")
	[ "$row" = 1 ] || { fail "no confirmation of $moved in the outbox"; return 1; }

	back
	wait_for "Appointments (2): Enter opens one; F6 books another" || return 1
	wait_for_re "^  .* +Blue Badge assessment +Aisha Khan +Moved\$" || return 1
	select_row "^  .* +Blue Badge assessment +Aisha Khan +Booked\$" || return 1
	send Enter
	wait_for "$moved  Blue Badge assessment" || return 1
	fkey 6
	wait_for "What do you want to do?" || return 1
	select_row "^  Cancel it" || return 1
	send Enter
	wait_for "Cancel the appointment" || return 1
	wait_for "$moved" || return 1
	send_text "$reason"
	wait_for "$reason" || return 1
	send Enter
	wait_for "Cancelled; the customer is told through the outbox." 5 || return 1
	wait_for "Status: Cancelled" || return 1
	expect_screen_lacks "F6 moves or cancels it" "a cancelled appointment still offers F6" ||
	    return 1
	row=$(sql "SELECT status, cancel_reason FROM appointment WHERE reference = '$moved'")
	[ "$row" = "cancelled|$reason" ] || { fail "$moved is recorded as \"$row\""; return 1; }
	row=$(sql "SELECT count(*) FROM outbox WHERE customer_id = $B_ID
	           AND body LIKE 'Your appointment is cancelled: Blue Badge assessment%'
	           AND body LIKE '%$moved%'")
	[ "$row" = 1 ] || { fail "the outbox has $row cancellations of $moved"; return 1; }
	[ "$(sql "SELECT status FROM appointment WHERE id = $old_id")" = rebooked ] ||
	    fail "cancelling $moved changed $B_REF"
}

# Reception -------------------------------------------------------------------------------

# The waiting rows lie between the "Waiting (n)" and "Expected today" headings.
in_waiting() {
	local n=$1 top bottom

	top=$(line_of "^  Waiting \([0-9]+\), in calling order")
	bottom=$(line_of "^  Expected today, not yet here")
	[ -n "$n" ] && [ -n "$top" ] && [ -n "$bottom" ] && [ "$n" -gt "$top" ] && [ "$n" -lt "$bottom" ]
}

test_reception() {
	local a_ticket w_ticket rhys row l w

	start_at 10:20 || return 1
	wait_signed_in || return 1
	send C-r
	wait_for "Reception: Eastmere Town Hall" || return 1
	wait_for "10:20am: " || return 1
	# Booked for 10am, not here at 10:20: more than 15 minutes late.
	wait_for_re "^  10am +Mrs Laura Sánchez +Council tax advice +Sam Taylor +LATE\$" || return 1
	rhys=$(line_of "^  11:30am +Mr Rhys Williams")
	if [ -n "$rhys" ]; then
		expect_line "$rhys" "Sam Taylor *\$" "Rhys Williams, due at 11:30, is marked late at 10:20" ||
		    return 1
	fi

	send_text W
	wait_for "A walk-in customer" || return 1
	send_text "Mr Testwalker"
	send Enter
	send_text "Missed bin collection"
	send Enter
	wait_for_re "Mr Testwalker joins the queue: ticket W[0-9]{3}\." 5 || return 1
	w_ticket=$(screen | grep -Eo "joins the queue: ticket W[0-9]{3}" | grep -Eo "W[0-9]{3}")
	wait_for_re "^  $w_ticket +Mr Testwalker +0 min +Missed bin collection\$" || return 1

	select_row "^  10am +Mrs Laura Sánchez" || return 1
	send Enter
	wait_for_re "Mrs Laura Sánchez checked in: ticket A[0-9]{3}\." 5 || return 1
	a_ticket=$(screen | grep -Eo "checked in: ticket A[0-9]{3}" | grep -Eo "A[0-9]{3}")
	# Her appointment time has come, so she goes before the walk-in who came at the same time.
	wait_for_re "^  $a_ticket +Mrs Laura Sánchez +0 min +10:00 Council tax advice" || return 1
	expect_screen_lacks "10am    Mrs Laura Sánchez" "Laura Sánchez is still expected" || return 1
	l=$(line_of "^  $a_ticket +Mrs Laura Sánchez +0 min ")
	w=$(line_of "^  $w_ticket +Mr Testwalker +0 min ")
	in_waiting "$l" && in_waiting "$w" ||
	    { fail "Laura Sánchez (line $l) or the walk-in (line $w) is not under Waiting"; return 1; }
	[ "$l" -lt "$w" ] ||
	    { fail "the walk-in (line $w) is called before Laura Sánchez (line $l)"; return 1; }
	expect_screen_lacks "OVER" "a wait of 0 min is marked over the standard" || return 1

	# Twenty minutes later, in a new session: both over the published 15 minutes.
	start_at 10:40 || return 1
	wait_signed_in || return 1
	send C-r
	wait_for "10:40am: " || return 1
	wait_for_re "^  $w_ticket +Mr Testwalker +20 min +OVER 15 MIN +Missed bin collection\$" || return 1
	wait_for_re "^  $a_ticket +Mrs Laura Sánchez +20 min +OVER 15 MIN +10:00 Council tax" || return 1
	send_text N
	wait_for "Calling $a_ticket, Mrs Laura Sánchez (waited 20 min)." 5 || return 1
	# Her needs come first (letters in braille), then her record.
	wait_for "BEFORE YOU START" || return 1
	wait_for "Letters in braille." || return 1
	send Enter
	wait_for "Contact in progress" || return 1
	expect_line 1 "\| Customer\$" "N did not open the called customer's record" || return 1
	expect_line_has 2 "Mrs Laura Sánchez" "the record opened is not Laura Sánchez's" || return 1
	wait_for "Contact in progress" || return 1
	row=$(sql "SELECT q.status, s.username, q.called_at, a.status FROM queue_ticket q
	           JOIN staff s ON s.id = q.called_by JOIN appointment a ON a.id = q.appointment_id
	           WHERE q.business_date = '$DAY' AND q.ticket = '$a_ticket' AND q.customer_id = 15")
	[ "$row" = "called|demo|$DAY 10:40:00|seen" ] ||
	    { fail "Laura Sánchez's ticket $a_ticket is recorded as \"$row\""; return 1; }
	row=$(sql "SELECT status FROM queue_ticket WHERE business_date = '$DAY'
	           AND ticket = '$w_ticket' AND name = 'Mr Testwalker'")
	[ "$row" = waiting ] || fail "the walk-in $w_ticket is \"$row\", not still waiting"
}

# vt100: no colour to lean on. A walk-in at 10:50 has waited 15 minutes at 11:05 (within the
# standard, no mark) and 16 at 11:06, which the row says in words.
test_reception_vt100() {
	local name="Ms Vtwaiting" ticket n

	start_at 10:50 --term vt100 || return 1
	wait_signed_in || return 1
	send C-r
	wait_for "10:50am: " || return 1
	send_text W
	wait_for "A walk-in customer" || return 1
	send_text "$name"
	send Enter
	send_text "Council tax bill"
	send Enter
	wait_for_re "$name joins the queue: ticket W[0-9]{3}\." 5 || return 1
	ticket=$(screen | grep -Eo "joins the queue: ticket W[0-9]{3}" | grep -Eo "W[0-9]{3}")

	start_at 11:05 --term vt100 || return 1
	wait_signed_in || return 1
	send C-r
	wait_for "11:05am: " || return 1
	wait_for_re "^  $ticket +$name +15 min +Council tax bill\$" || return 1

	start_at 11:06 --term vt100 || return 1
	wait_signed_in || return 1
	send C-r
	wait_for "11:06am: " || return 1
	wait_for_re "^  $ticket +$name +16 min +OVER 15 MIN +Council tax bill\$" || return 1
	n=$(line_of "^  $ticket +$name ")
	in_waiting "$n" || fail "$name is not under Waiting"
}

# Find it ----------------------------------------------------------------------------------

# The first result row (line 9) once a search for the query on screen has run.
FIRST_RESULT=9

# find_query TEXT: clears the Find field, waits for the empty list, types TEXT and waits for
# results (so the rows seen are this query's, not the last one's).
find_query() {
	send C-u
	wait_for "Type what the customer asks" || return 1
	send_text "$1"
	wait_for "Find: $1" || return 1
	wait_for_re "^  (Article|Partner|Place) " 5
}

test_find() {
	local n q

	start_at 10:20 || return 1
	wait_signed_in || return 1
	send C-k
	wait_for "Find:" || return 1
	expect_line 2 "^  Find it\$" "Find it names a customer with no contact in progress" || return 1
	wait_for "Open today: " || return 1
	expect_screen_lacks "Bins at" "bin days are shown with no customer" || return 1
	for q in "bulky wast" "big items" "bulkey waste"; do
		find_query "$q" || return 1
		expect_line "$FIRST_RESULT" "^  Article  Bulky waste collection +We collect" \
		    "the first result for \"$q\" is \"$(screen_line $FIRST_RESULT)\"" || return 1
	done
	send Enter
	wait_for "Article: Bulky waste collection" || return 1
	expect_line 2 "^  Article: Bulky waste collection\$" || return 1
	wait_for "It costs £35 for up to" || return 1
	wait_for "No contact in progress: open the customer's record to record what was given." ||
	    return 1
	n=$(sql "SELECT count(*) FROM contact_information")
	send_text G
	wait_for "No contact in progress: open the customer's record first." || return 1
	[ "$(sql "SELECT count(*) FROM contact_information")" = "$n" ] ||
	    fail "G with no contact in progress recorded something"
}

# Lines 4 to 7 (the answers under Find:) as one line, runs of spaces made one.
answers_text() {
	screen | sed -n '4,7p' | tr '\n' ' ' | tr -s ' '
}

answers_has() {
	[[ $(answers_text) =~ $1 ]]
}

test_find_with_contact() {
	local contact row org n

	start_at 10:20 || return 1
	wait_signed_in || return 1
	open_customer "Laura Sánchez" "Laura Sánchez" || return 1
	expect_line_has 2 "Mrs Laura Sánchez" || return 1
	send C-k
	wait_for "Find it, for Laura Sánchez" || return 1
	# As demo_find.sql says: Kingfisher Way, Ashby Fen, Tuesdays; black bin next 1 December,
	# blue bin, food caddy and brown bin today, 24 November.
	expect_line_has 4 "Bins at Kingfisher Way, Ashby Fen: " "line 4 does not give her bin days" ||
	    return 1
	answers_has "black bin Tue 1 Dec" || { fail "the black bin is not on Tue 1 Dec"; return 1; }
	for bin in "blue bin" "food caddy" "brown bin"; do
		answers_has "$bin (today|Tue 24 Nov)" ||
		    { fail "the $bin is not collected today, Tue 24 Nov: $(answers_text)"; return 1; }
	done

	find_query "bulky wast" || return 1
	expect_line "$FIRST_RESULT" "^  Article  Bulky waste collection " || return 1
	send Enter
	wait_for "Article: Bulky waste collection" || return 1
	wait_for "G given to the customer (read out)   S send it to them as well" || return 1
	send_text S
	wait_for "Sent to Laura Sánchez and recorded on the contact." 5 || return 1
	contact=$(sql "SELECT id FROM contact WHERE customer_id = 15 AND ended_at IS NULL
	               ORDER BY id DESC LIMIT 1")
	[[ $contact == [0-9]* ]] || { fail "Laura Sánchez has no contact in progress"; return 1; }
	row=$(sql "SELECT a.slug, o.customer_id, o.channel <> 'phone',
	           strpos(o.body, 'Bulky waste collection') > 0, strpos(o.body, '£35') > 0
	           FROM contact_information i JOIN article a ON a.id = i.article_id
	           JOIN outbox o ON o.id = i.outbox_id WHERE i.contact_id = $contact")
	[ "$row" = "bulky-waste|15|t|t|t" ] ||
	    { fail "contact $contact holds the article sent as \"$row\""; return 1; }

	back
	wait_for "Find: bulky wast" || return 1
	find_query "food bank" || return 1
	# The Find field keeps the cursor, so the row is reached by counting Downs.
	n=$(line_of "^  Partner  Eastmere Foodbank ")
	[ -n "$n" ] || { fail "food bank does not find Eastmere Foodbank"; return 1; }
	for ((i = FIRST_RESULT; i < n; i++)); do send Down; done
	send Enter
	wait_for "Partner: Eastmere Foodbank" || return 1
	wait_for "G given to the customer (signposted)" || return 1
	expect_screen_lacks "S send it" "a partner can be sent like an article" || return 1
	send_text G
	wait_for "Recorded on the contact with Laura Sánchez." 5 || return 1
	org=$(sql "SELECT id FROM organisation WHERE name = 'Eastmere Foodbank'")
	row=$(sql "SELECT count(*) FROM contact_information WHERE contact_id = $contact
	           AND organisation_id = $org AND outbox_id IS NULL AND article_id IS NULL")
	[ "$row" = 1 ] || fail "contact $contact has $row signposting rows to Eastmere Foodbank"
}

run_test "Blue Badge booked at the earliest free time, with Aisha Khan, confirmation sent" \
    test_book_earliest
run_test "the appointment moved from the record, then cancelled with a reason" \
    test_move_and_cancel
run_test "reception: a late booked customer checked in before a walk-in; waits past 15 min; N calls" \
    test_reception
run_test "vt100: reception says a wait over the standard in words" test_reception_vt100
run_test "find: bulky waste first for a typo and for the words people use; the article" \
    test_find
run_test "find with a contact: bin days; an article sent; a partner signposted" \
    test_find_with_contact
summary
