#!/bin/bash
# Language support and terminals, at 80x24: a customer who needs an interpreter is prompted for
# as the contact starts and the interpreting is recorded; the I speak card records a language;
# phrases shown in Polish and in Arabic on a UTF-8 terminal; the same screens on a terminal of
# ISO-8859-1 and on a vt100 with LANG=C (driven through vt8, as tmux passes only UTF-8) show no
# byte those terminals would misread and keep their layout; the screens in Welsh.
. "$(dirname "$0")/lib.sh"

START=(--env "CIVICDESK_TODAY=2026-11-24")
VT8=${CIVICDESK_VT8:-$TUI_TOP/${B:-build}/tests/vt8}

# phrase CODE ENGLISH: the catalogue's translation of ENGLISH (one-line msgid and msgstr).
phrase() {
	awk -v id="msgid \"$2\"" '$0 == id { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' \
	    "$TUI_TOP/locales/phrases/$1.po"
}

# A demo customer found alone by email: sets C_ID C_FIRST C_LAST C_EMAIL, after CONDITION and
# SET (an UPDATE's SET list) are applied to them.
pick_customer() {
	local row

	row=$(sql "SELECT id, first_name, last_name, email FROM customer
	           WHERE email LIKE '%@example.%' AND first_name ~ '^[A-Za-z]+\$'
	           AND last_name ~ '^[A-Za-z]+\$' ${1:+AND $1}
	           AND id NOT IN (SELECT customer_id FROM contact)
	           ORDER BY id LIMIT 1")
	[[ $row == [0-9]*'|'* ]] || { fail "no demo customer to use: $row"; return 1; }
	IFS='|' read -r C_ID C_FIRST C_LAST C_EMAIL <<<"$row"
	[ -z "${2:-}" ] || sql "UPDATE customer SET $2 WHERE id = $C_ID" >/dev/null
}

open_picked() {
	app_start "${START[@]}" "$@" || return 1
	wait_signed_in || return 1
	send_text "$C_EMAIL"
	wait_for_re "^> $C_FIRST $C_LAST" || return 1
	send Enter
}

test_interpreter_prompt_and_record() {
	local row

	pick_customer "interpreter = 'none'" "language = 'Polish', interpreter = 'spoken',
	    written_language = '', formats = '{large_print}', access_needs = ''" || return 1
	open_picked || return 1
	wait_for "BEFORE YOU START" || return 1
	wait_for "Needs a Polish interpreter. Letters in large print." || return 1
	send i
	wait_for "Interpreter for $C_FIRST $C_LAST: Polish" || return 1
	wait_for "1. Call Eastmere Language Line on 01632 960555. Account code: EMC-4471." ||
	    return 1
	fkey 10
	wait_for "How was it interpreted?" || return 1
	send Enter
	wait_for "How long did it take?" || return 1
	send_text "12"
	send Tab
	send_text "LL-88231"
	fkey 10
	wait_for "Interpreting recorded: Polish, 12 minutes." || return 1
	row=$(sql "SELECT i.language, i.kind, i.minutes, i.booking FROM contact_interpreting i
	           JOIN contact c ON c.id = i.contact_id WHERE c.customer_id = $C_ID")
	[ "$row" = "Polish|telephone|12|LL-88231" ] ||
	    { fail "the contact holds \"$row\" as its interpreting"; return 1; }
	back
	wait_for "NEEDS: Needs a Polish interpreter." || return 1
}

test_ispeak_card_records_a_language() {
	pick_customer "interpreter = 'none' AND language = 'English' AND access_needs = ''
	    AND formats = '{}'" || return 1
	open_picked || return 1
	wait_for "No language or access needs recorded." || return 1
	send L
	wait_for "What does the customer need?" || return 1
	send Enter
	wait_for "I speak ... Please point to your language." || return 1
	wait_for "Polski" || return 1
	select_row "Polski" || return 1
	send Enter
	wait_for "Recorded: $C_FIRST $C_LAST speaks Polish." || return 1
	[ "$(sql "SELECT language FROM customer WHERE id = $C_ID")" = Polish ] ||
	    { fail "the record's language is not Polish"; return 1; }
	[ "$(sql "SELECT count(*) FROM audit WHERE entity = 'customer' AND entity_id = $C_ID
	          AND action = 'update' AND fields LIKE '%language%'")" = 1 ] ||
	    { fail "the change of language is not audited"; return 1; }
	wait_for "NEEDS: Speaks Polish." || return 1
}

# show_phrase LANGUAGE CODE: the phrase "We will write to you." for a customer who speaks it.
show_phrase() {
	local want

	want=$(phrase "$2" "We will write to you.")
	[ -n "$want" ] || { fail "no $1 phrase for \"We will write to you.\""; return 1; }
	pick_customer "interpreter = 'none'" "language = '$1', interpreter = 'none',
	    written_language = ''" || return 1
	open_picked || return 1
	wait_for "BEFORE YOU START" || return 1
	send Enter
	wait_for "NEEDS: Speaks $1." || return 1
	send L
	wait_for "What does the customer need?" || return 1
	send Down Enter
	wait_for "Which phrase? It is shown in $1." || return 1
	select_row "We will write to you" || return 1
	send Enter
	wait_for "$want" || return 1
	wait_for "In English:" || return 1
	wait_for "We will write to you." || return 1
	wait_for "Draft translation: not yet checked" || return 1
}

test_phrase_in_polish() { show_phrase Polish pl; }
test_phrase_in_arabic() { show_phrase Arabic ar; }

# The screens in Welsh for an advisor who chose Welsh, from the Welsh catalogue.
test_screens_in_welsh() {
	local find

	# The catalogue unwrapped, so each message is one line.
	msgcat --no-wrap -o "$TUI_TMP/cy.po" "$TUI_TOP/locales/cy.po" || return 1
	find=$(awk '$0 == "msgid \"Find a customer: name, postcode, phone, email, case or account reference\"" { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' "$TUI_TMP/cy.po")
	find=${find:0:40}
	[ -n "$find" ] || { fail "cy.po does not translate the search screen's heading"; return 1; }
	sql "UPDATE staff SET ui_language = 'cy' WHERE username = 'megan.lloyd'" >/dev/null
	app_start "${START[@]}" --as megan.lloyd || return 1
	wait_for "$find" || return 1
	expect_screen_lacks "Find a customer" "English is still on a Welsh advisor's screen" ||
	    return 1
	# Ctrl-O back to English, kept for the next session.
	send C-o
	wait_for "English" || return 1
	select_row "English" || return 1
	send Enter
	wait_for "Find a customer" || return 1
	[ "$(sql "SELECT ui_language FROM staff WHERE username = 'megan.lloyd'")" = en ] ||
	    { fail "the advisor's choice of English was not kept"; return 1; }
}

# vt8_run CHARSET LANG TERM SCRIPT: the program on an 8-bit terminal; its screen on stdout, its
# byte counts in $TUI_TMP/vt8.err.
vt8_run() {
	local config

	config=$(tui_config)
	env LANG="$2" LC_ALL="$2" TERM="$3" CIVICDESK_CONFIG="$config" CIVICDESK_TODAY=2026-11-24 \
	    "$VT8" --charset "$1" --bytes "$TUI_TMP/vt8.bytes" "$4" -- \
	    "$TUI_BIN" --as demo 2>"$TUI_TMP/vt8.err"
}

# clean_bytes CHARSET: vt8 saw no byte a terminal of CHARSET would misread: no C1 controls,
# and on an ASCII terminal nothing above 0x7f.
clean_bytes() {
	grep -q "C1 controls: 0" "$TUI_TMP/vt8.err" ||
	    { fail "bytes this terminal would misread: $(cat "$TUI_TMP/vt8.err")"; return 1; }
	[ "$1" != ascii ] || grep -q "bytes above 0x7f: 0" "$TUI_TMP/vt8.err" ||
	    { fail "bytes above 0x7f on an ASCII terminal: $(cat "$TUI_TMP/vt8.err")"; return 1; }
}

# The record of a customer whose name has an accent, and an Arabic phrase, on a terminal of
# CHARSET: the name as that terminal can show it, the phrase replaced by a note, no byte it
# would misread, and the layout whole (title on the first line, status on the last).
eight_bit() {
	local charset=$1 lang=$2 term=$3 name=$4 out status

	cat >"$TUI_TMP/vt8.script" <<-EOF
	wait Find a customer
	type CT-00000015
	wait 1 found
	key Enter
	wait BEFORE YOU START
	screen
	key Enter
	wait Contact in progress
	screen
	key C-q
	key C-q
	EOF
	out=$(vt8_run "$charset" "$lang" "$term" "$TUI_TMP/vt8.script") ||
	    { fail "vt8: $(cat "$TUI_TMP/vt8.err")"; return 1; }
	TEST_SCREEN=$out
	[[ $out == *"$name"* ]] || { fail "the record does not show \"$name\""; return 1; }
	[[ $(printf '%s\n' "$out" | sed -n 1p) == *"civicdesk | Borough of Eastmere"* ]] ||
	    { fail "the title line moved"; return 1; }
	[[ $(printf '%s\n' "$out" | sed -n 24p) == *"DB online"* ]] ||
	    { fail "the status line is not on the last line"; return 1; }
	clean_bytes "$charset" || return 1
	sql "UPDATE customer SET language = 'Arabic', interpreter = 'none', written_language = ''
	     WHERE id = 15" >/dev/null
	cat >"$TUI_TMP/vt8.script" <<-EOF
	wait Find a customer
	type CT-00000015
	wait 1 found
	key Enter
	wait BEFORE YOU START
	key Enter
	wait Contact in progress
	type L
	wait What does the customer need?
	key Down
	key Enter
	wait Which phrase?
	key Down
	key Down
	key Enter
	wait In English:
	screen
	key C-q
	key C-q
	EOF
	out=$(vt8_run "$charset" "$lang" "$term" "$TUI_TMP/vt8.script")
	status=$?
	sql "UPDATE customer SET language = 'English' WHERE id = 15" >/dev/null
	[ "$status" -eq 0 ] || { fail "vt8: $(cat "$TUI_TMP/vt8.err")"; return 1; }
	TEST_SCREEN=$out
	[[ $out == *"This terminal cannot show Arabic writing"* ]] ||
	    { fail "the Arabic phrase is not replaced by a note"; return 1; }
	[[ $out == *"al-"* || $out == *"Arab"* ]] ||
	    { fail "the language is not named in Latin letters"; return 1; }
	clean_bytes "$charset"
}

test_latin1_terminal() { eight_bit latin1 en_GB.ISO-8859-1 xterm "Laura Sánchez"; }
test_ascii_vt100() { eight_bit ascii C vt100 "Laura Sanchez"; }

run_test "an interpreter need prompts as the contact starts; interpreting recorded" \
    test_interpreter_prompt_and_record
run_test "the I speak card records the customer's language" test_ispeak_card_records_a_language
run_test "a phrase shown in Polish" test_phrase_in_polish
run_test "a phrase shown in Arabic" test_phrase_in_arabic
run_test "the screens in Welsh, and back to English with Ctrl-O" test_screens_in_welsh
run_test "ISO-8859-1 terminal: names as it has them, Arabic as a note, layout kept" \
    test_latin1_terminal
run_test "vt100 with LANG=C: plain ASCII, Arabic as a note, layout kept" test_ascii_vt100
summary
