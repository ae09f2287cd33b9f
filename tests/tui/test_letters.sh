#!/bin/bash
# Scripts and letters, at 80x24 on a fixed clock (Tuesday 24 November 2026, 10:20): a call
# handler raises a missed-bin report with the script beside the form (the message of the week,
# her own name and team, the customer's name, the due date), the choice to show the script kept
# for her next session; the channel-shift prompt left out for a customer who cannot go online;
# then the acknowledgement letter previewed with its plain-English score, issued, spooled as
# text and as a PDF whose text holds the reference, listed for reprinting; and the same letter
# from the command line.
. "$(dirname "$0")/lib.sh"

DAY=2026-11-24
START=(--as priya.patel --env "CIVICDESK_TODAY=$DAY" --env "CIVICDESK_NOW=${DAY}T10:20")
MOTW="Flu jabs are free for over-65s at any pharmacy."
TUI_EXTRA_CONFIG=$(printf '[scripts]\nmessage = "%s"\n' "$MOTW")
RAISED_REF=
RAISED_FOR=	# the customer's name

# A demo customer a search by email finds alone, whose phone and address the form takes as they
# are; sets C_ID C_FIRST C_LAST C_EMAIL. ONLINE: what the record says of the website.
pick_customer() {
	local row

	row=$(sql "SELECT id, first_name, last_name, email FROM customer
	           WHERE email LIKE '%@example.%' AND phone LIKE '07700 900___'
	           AND first_name ~ '^[A-Za-z]+\$' AND last_name ~ '^[A-Za-z]+\$'
	           AND length(concat_ws(', ', nullif(address_line1, ''), nullif(address_line2, ''),
	               nullif(town, ''), nullif(postcode, ''))) <= 30
	           AND id NOT IN (SELECT customer_id FROM casework)
	           ORDER BY id DESC LIMIT 1")
	[[ $row == [0-9]*'|'* ]] || { fail "no demo customer to use: $row"; return 1; }
	IFS='|' read -r C_ID C_FIRST C_LAST C_EMAIL <<<"$row"
	sql "UPDATE customer SET online = '$1' WHERE id = $C_ID" >/dev/null
}

# panel_says TEXT [SECONDS]: the script panel (columns 48 on), its lines joined as the words
# run, says TEXT.
panel_says() {
	local tries=$(( ${2:-5} * 20 ))

	while [ "$tries" -gt 0 ]; do
		screen | cut -c49- | sed 's/^ *//' | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1" &&
		    return 0
		sleep 0.05
		tries=$((tries - 1))
	done
	fail "the script panel does not say \"$1\""
}

# Signs in, opens the picked customer and starts the missed-bin form.
open_missed_bin() {
	app_start "${START[@]}" || return 1
	wait_signed_in || return 1
	open_customer "$C_EMAIL" "$C_FIRST $C_LAST" || return 1
	fkey 7
	wait_for "Which service? Type words to narrow the list" || return 1
	pick missed "^  Report it +Missed bin collection " || return 1
	wait_for "Report it: Missed bin collection" || return 1
}

test_script_beside_the_form() {
	pick_customer yes || return 1
	sql "UPDATE staff SET script_panel = false WHERE username = 'priya.patel'" >/dev/null
	open_missed_bin || return 1
	expect_screen_lacks "Script (F3 hides" "the script shows before it was asked for" ||
	    return 1
	expect_screen_contains "F3 Script" "the hint line does not offer the script" || return 1
	fkey 3
	wait_for "Script (F3 hides, F4 ticks)" || return 1
	panel_says "$MOTW" || return 1
	# On the phone: her name and team, as the charter asks.
	panel_says "through to Priya in Contact Centre at Borough of Eastmere" || return 1
	wait_for "[>] Greeting" || return 1
	fkey 4
	wait_for "[x] Greeting" || return 1
	wait_for "[>] Questions" || return 1
	fkey 4
	wait_for "[>] What happens next" || return 1
	panel_says "Thank you, $C_FIRST." || return 1
	panel_says "by Thursday 26 November 2026." || return 1
	fkey 4
	wait_for "[>] Online" || return 1
	panel_says "you can report this online at https://www.eastmere.gov.uk/" || return 1
	# The form beside it still works at 80 columns: the focused field's label in full.
	wait_for "Address of the missed bin" || return 1
	[ "$(sql "SELECT script_panel FROM staff WHERE username = 'priya.patel'")" = t ] ||
	    { fail "the choice to show the script was not kept"; return 1; }
	# The next session opens with the script shown.
	open_missed_bin || return 1
	wait_for "Script (F3 hides, F4 ticks)" || return 1
	send Tab Right
	wait_for_re "Which bin wa.* \*  < General waste" || return 1
	send Tab
	send_text "23/11/2026"
	send Tab Right
	wait_for_re "Was the bin.* \*  < Yes >" || return 1
	fkey 10
	wait_for_re "^  RPT-2026-[0-9]{6}  Missed bin collection" || return 1
	RAISED_REF=$(screen | sed -n 2p | grep -Eo "RPT-2026-[0-9]{6}")
	[ -n "$RAISED_REF" ] || { fail "no reference on the case"; return 1; }
	RAISED_FOR="$C_FIRST $C_LAST"
	# The script goes on beside the case at what happens next, with the reference to read out.
	wait_for "Script (F3 hides, F4 ticks)" || return 1
	wait_for "[>] What happens next" || return 1
	panel_says "Your reference is $RAISED_REF." || return 1
}

# A customer who has told us they cannot use the website is not told to use it.
test_no_online_prompt_for_a_customer_who_cannot() {
	pick_customer cannot || return 1
	sql "UPDATE staff SET script_panel = true WHERE username = 'priya.patel'" >/dev/null
	open_missed_bin || return 1
	wait_for "Script (F3 hides, F4 ticks)" || return 1
	wait_for "[ ] Anything else" || return 1
	expect_screen_lacks "[ ] Online" "the online step shows for a customer who cannot use it" ||
	    return 1
	expect_screen_lacks "eastmere.gov.uk/report/missed-bin. It" \
	    "the script suggests the website to a customer who cannot use it"
}

# F7 on the case: the acknowledgement previewed with its score, issued, spooled, reprintable.
test_acknowledgement_letter() {
	local ease txt pdf

	[ -n "$RAISED_REF" ] || { fail "no case was raised by the test before"; return 1; }
	app_start "${START[@]}" || return 1
	wait_signed_in || return 1
	fkey 9
	wait_for "$RAISED_REF" || return 1
	select_row "^  $RAISED_REF " || return 1
	send Enter
	wait_for_re "^  $RAISED_REF  Missed bin collection" || return 1
	fkey 7
	wait_for "Which letter? A preview with its plain-English check comes first." || return 1
	wait_for_re "^> ?  ?Acknowledgement|Acknowledgement" || return 1
	send Enter
	wait_for "Acknowledgement about $RAISED_REF: F10 issues and prints it" || return 1
	wait_for_re "Reading ease [0-9]+ \((plain English|fairly easy|easy|very easy)\)" || return 1
	ease=$(screen | grep -Eo "Reading ease [0-9]+" | grep -Eo "[0-9]+")
	[ "$ease" -ge 60 ] || { fail "reading ease $ease is under 60"; return 1; }
	wait_for "Missing: nothing" || return 1
	wait_for "$RAISED_FOR" || return 1
	send NPage
	wait_for "Our reference: $RAISED_REF" || return 1
	wait_for "Your report of a missed bin collection" || return 1
	fkey 10
	wait_for_re "Letter issued and printed: letter-$RAISED_REF-[0-9]+\.pdf in the spool" ||
	    return 1
	pdf=$(ls "$TUI_SPOOL"/letter-"$RAISED_REF"-*.pdf 2>/dev/null | head -n 1)
	txt=${pdf%.pdf}.txt
	[ -s "$txt" ] || { fail "no text letter in the spool"; return 1; }
	grep -q "Our reference: $RAISED_REF" "$txt" ||
	    { fail "the text letter does not give the reference"; return 1; }
	pdftotext "$pdf" - 2>/dev/null | grep -q "$RAISED_REF" ||
	    { fail "the PDF's text does not hold $RAISED_REF"; return 1; }
	[ "$(sql "SELECT count(*) FROM letter l JOIN staff s ON s.id = l.staff_id
	          WHERE l.about = '$RAISED_REF' AND s.username = 'priya.patel'
	          AND l.reading_ease >= 60 AND l.template = 'missed-bin/acknowledgement'")" = 1 ] ||
	    { fail "the letter is not kept on the case with its score"; return 1; }
	wait_for "Letter sent: Your report of a missed b" || return 1
	fkey 7
	wait_for "Reprint: Your report of a missed bin collection" || return 1
}

# The same letter from the command line: text to standard output, PDF to a file, bad input said.
test_letter_command() {
	local config out rc

	[ -n "$RAISED_REF" ] || { fail "no case was raised by the test before"; return 1; }
	config=$(tui_config)
	out=$(CIVICDESK_CONFIG=$config "$TUI_BIN" letter "$RAISED_REF" --as priya.patel 2>/dev/null)
	[[ $out == *"Our reference: $RAISED_REF"* && $out == *"Dear "* ]] ||
	    { fail "the text letter is not the case's: $out"; return 1; }
	CIVICDESK_CONFIG=$config "$TUI_BIN" letter "$RAISED_REF" --as priya.patel --format pdf \
	    -o "$TUI_TMP/cli.pdf" 2>"$TUI_TMP/cli.err" ||
	    { fail "letter --format pdf failed: $(cat "$TUI_TMP/cli.err")"; return 1; }
	grep -q "Reading ease" "$TUI_TMP/cli.err" ||
	    { fail "the command does not report the plain-English check"; return 1; }
	pdftotext "$TUI_TMP/cli.pdf" - | grep -q "$RAISED_REF" ||
	    { fail "the command's PDF does not hold $RAISED_REF"; return 1; }
	CIVICDESK_CONFIG=$config "$TUI_BIN" letter RPT-1999-000001 --as priya.patel \
	    >/dev/null 2>"$TUI_TMP/cli.err"
	rc=$?
	[ "$rc" -ne 0 ] && grep -q "no case" "$TUI_TMP/cli.err" ||
	    { fail "an unknown reference gave status $rc: $(cat "$TUI_TMP/cli.err")"; return 1; }
	CIVICDESK_CONFIG=$config "$TUI_BIN" letter "$RAISED_REF" --template farewell \
	    --as priya.patel >/dev/null 2>"$TUI_TMP/cli.err" &&
	    { fail "an unknown template was accepted"; return 1; }
	grep -q "acknowledgement, decision" "$TUI_TMP/cli.err" ||
	    { fail "an unknown template is not explained: $(cat "$TUI_TMP/cli.err")"; return 1; }
}

run_test "script beside the missed-bin form, kept per advisor" test_script_beside_the_form
run_test "no channel-shift prompt for a customer who cannot go online" \
    test_no_online_prompt_for_a_customer_who_cannot
run_test "acknowledgement previewed, issued, spooled as text and PDF" test_acknowledgement_letter
run_test "civicdesk letter on the command line" test_letter_command
summary
