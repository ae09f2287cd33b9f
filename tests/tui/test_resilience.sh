#!/bin/bash
# What happens when things go wrong: the terminal hangs up mid-edit, the database is not there at
# start or drops later, and keys arrive faster than the screen redraws.
. "$(dirname "$0")/lib.sh"

# Drafts are kept per advisor; this one is used by no other TUI test.
ADVISOR=aisha.khan

test_hangup_keeps_draft() {
	local first last word pid email

	first=$(unique_word) last=$(unique_word) word=$(unique_word | tr 'Q' 'q')
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	new_customer "$first" "$last" "" "before.$word@example.org" || return 1
	wait_for "Email: before.$word@example.org" || return 1
	fkey 4
	wait_for "Edit the customer's details" || return 1
	send Down Down Down Down Down C-u
	send_text "after.$word@example.net"
	# Typed, not yet left: the field has not been checked or kept as a draft yet.
	wait_for_re "^  Email +after\.$word@example\.net" || return 1
	pid=$(app_pid)
	app_stop
	wait_pid_gone "$pid" 5 || { fail "civicdesk (pid $pid) still runs 5 s after the hang-up"; return 1; }

	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	open_customer "$last" "$first $last" || return 1
	wait_for "Unsaved changes to this record were kept" || return 1
	expect_screen_contains "Email: before.$word@example.org" \
	    "the record shows the draft instead of what is saved" || return 1
	fkey 4
	wait_for "Resumed the changes" || return 1
	wait_for_re "^  Email +after\.$word@example\.net" || return 1
	email=$(sql "SELECT email FROM customer WHERE first_name = '$first' AND last_name = '$last'")
	[ "$email" = "before.$word@example.org" ] ||
	    fail "the database holds \"$email\", not the saved before.$word@example.org"
}

test_hangup_exits() {
	local pid

	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	send_text "smith"
	wait_for_re "[0-9]+ found" || return 1
	pid=$(app_pid)
	[ -n "$pid" ] && ! pid_gone "$pid" || { fail "no civicdesk process"; return 1; }
	app_stop
	if ! wait_pid_gone "$pid" 2; then
		fail "civicdesk (pid $pid) still runs 2 s after the hang-up: $(ps -o stat=,pcpu=,time= -p "$pid")"
		return 1
	fi
}

test_database_missing_at_start() {
	local empty=$TUI_TMP/no-server pid

	mkdir -p "$empty"
	app_start --as "$ADVISOR" --env "PGHOST=$empty" || return 1
	wait_for "Waiting for the database" 5 || return 1
	wait_for_re "DB (OFFLINE|connecting)" || return 1
	expect_line 24 "DB (OFFLINE|connecting)" "the status line does not say the database is away" ||
	    return 1
	pid=$(app_pid)
	sleep 3		# a duration being checked, not a synchronisation
	pid_gone "$pid" && { fail "civicdesk gave up waiting"; return 1; }
	expect_screen_contains "Waiting for the database" || return 1
	send C-q
	app_wait_exit 3 || return 1
	[ "$(app_exit_status)" = 0 ] || fail "Ctrl-Q quit with status $(app_exit_status), not 0"
}

test_database_drops() {
	local killed

	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	wait_for "DB online" || return 1
	killed=$(sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
	              WHERE application_name = 'civicdesk' AND usename = current_user
	              AND pid <> pg_backend_pid()")
	[ "$killed" -ge 1 ] 2>/dev/null || { fail "no civicdesk connection to end ($killed)"; return 1; }
	send_text "smi"
	wait_for_re "Search failed|DB OFFLINE|cannot be reached" 5 || return 1
	# Typed while the database is away.
	send_text "th"
	wait_for_re "^  Search +smith( |$)" || return 1
	wait_for "DB online" 10 || return 1
	wait_for_re "[0-9]+ found" 10 || return 1
	wait_for_re "^> .*Smith" || return 1
	expect_line 3 "^  Search +smith( |$)" "the query typed is not in the search box" || return 1
	expect_screen_lacks "Search failed" "the failure is still shown after reconnecting"
}

test_typeahead() {
	local query

	query="Featherstonehaugh-$(unique_word) Montgomery"
	app_start --as "$ADVISOR" || return 1
	wait_signed_in || return 1
	send_text "$query"
	wait_for_re "No customers found|[0-9]+ found" || return 1
	expect_line 3 "^  Search +$query( |$)" "the search box does not hold every character typed"
}

# Keys typed while the program is still starting (an advisor who types at once) reach the search.
test_typeahead_at_start() {
	app_start --as "$ADVISOR" || return 1
	send_text "smith"
	wait_signed_in || return 1
	wait_for_re "[0-9]+ found|No customers found" 3 ||
	    { fail "\"smith\", typed while signing in, was lost: no search ran"; return 1; }
	expect_line 3 "^  Search +smith( |$)" "\"smith\", typed while signing in, is not in the search box"
}

run_test "hang-up mid-edit keeps a draft and writes nothing to the record" test_hangup_keeps_draft
run_test "the program exits within 2 s of the terminal going away" test_hangup_exits
run_test "no database at start: waits, says it is offline, Ctrl-Q quits" test_database_missing_at_start
run_test "database connection dropped: a clear message, then reconnects, query kept" \
    test_database_drops
run_test "typeahead: a fast burst of keys arrives whole" test_typeahead
run_test "typeahead: keys typed while signing in reach the search box" test_typeahead_at_start
summary
