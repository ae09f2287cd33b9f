#!/bin/bash
# Sourced by tests/tui/test_*.sh: drives the real build/civicdesk in a detached tmux session, in the
# manner of tig's test/tools/libtest.sh.
#
#   app_start [--as USER] [--term TERM] [--size COLSxLINES] [--env NAME=VALUE]...
#   send KEY...           tmux key names or text (send-keys); send_text TEXT types it literally
#   fkey N                F-key N, or Esc then its digit when the terminal is vt100 (Esc 0 is F10)
#   back                  Esc Esc
#   wait_for TEXT [SECONDS]      polls the screen every 50 ms (default 5 s); fails with the screen
#   wait_for_re REGEX [SECONDS]  the same with an extended regular expression
#   screen                prints the screen; status_line prints its last line
#   expect_screen_contains TEXT, expect_screen_lacks TEXT
#   app_pid, app_wait_exit [SECONDS], app_exit_status, app_stop
#   run_test NAME FUNCTION [ARG...]; summary (prints "N passed, N failed" and exits)
#
# A test FUNCTION stops at its first failed step (`wait_for X || return 1`); run_test then prints
# "FAIL name: why" and the screen as it was at that moment. Each test gets a fresh program and the
# tmux server (a private socket) is killed on exit whatever happens.
set -u

TUI_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TUI_BIN=${CIVICDESK_BIN:-$TUI_TOP/build/civicdesk}
TUI_SOCKET=civicdesk-test-$$
TUI_SESSION=app

# Character counts and the program's wide-character input need a UTF-8 locale.
export LC_ALL=C.UTF-8
unset TMUX TMUX_PANE

if [ -z "${CIVICDESK_TEST_TMP:-}" ]; then
	echo "lib.sh: CIVICDESK_TEST_TMP is not set; run through tests/run" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
TUI_TMP=$CIVICDESK_TEST_TMP/tui-$$
mkdir -p "$TUI_TMP/drafts"
chmod 700 "$TUI_TMP/drafts"
TUI_SPOOL=$TUI_TMP/spool	# receipts printed by the program under test

tui_passed=0
tui_failed=0

TEST_FAILED=
TEST_SCREEN=
TUI_TERM=xterm-256color

# tmux leaves its socket file behind after kill-server.
TUI_SOCKET_PATH=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$TUI_SOCKET

tui_cleanup() {
	tmux -L "$TUI_SOCKET" kill-server >/dev/null 2>&1
	rm -f "$TUI_SOCKET_PATH"
	rm -rf "$TUI_TMP"
}
trap tui_cleanup EXIT
trap 'exit 130' INT TERM HUP

tui() {
	tmux -L "$TUI_SOCKET" "$@"
}

# The tmux server: no status bar (the pane is the whole size asked for), and a pane whose program
# has exited stays, so its exit status can be read.
tui_conf() {
	cat >"$TUI_TMP/tmux.conf" <<-'EOF'
	set -g status off
	set -g remain-on-exit on
	set -g history-limit 100
	set -g exit-empty off
	EOF
}
tui_conf

# A configuration file of its own, so a user's or the demo's settings never leak in; a test may
# add sections in TUI_EXTRA_CONFIG.
tui_config() {
	local file=$TUI_TMP/civicdesk.ini

	printf '[session]\ndemo_signin = yes\n[drafts]\ndir = "%s"\n[forms]\ndir = "%s"\n' \
	    "$TUI_TMP/drafts" "${TUI_FORMS_DIR:-$TUI_TOP/forms}" >"$file"
	printf '[print]\nspool = "%s"\n' "$TUI_SPOOL" >>"$file"
	printf '[locales]\ndir = "%s"\n' "$TUI_TOP/locales" >>"$file"
	printf '[interpreting]\nservice = "Eastmere Language Line"\nphone = "01632 960555"\n' \
	    >>"$file"
	printf 'account = "EMC-4471"\nbsl = "01632 960556"\n' >>"$file"
	printf '%s' "${TUI_EXTRA_CONFIG:-}" >>"$file"
	printf '%s' "$file"
}

# app_start [--as USER] [--term TERM] [--size COLSxLINES] [--env NAME=VALUE]...
app_start() {
	local as=demo size=80x24 config cmd
	local -a envs=()

	TUI_TERM=${TUI_DEFAULT_TERM:-xterm-256color}
	while [ $# -gt 0 ]; do
		case $1 in
		--as) as=$2; shift 2 ;;
		--term) TUI_TERM=$2; shift 2 ;;
		--size) size=$2; shift 2 ;;
		--env) envs+=("$2"); shift 2 ;;
		*) echo "app_start: unknown option $1" >&2; return 2 ;;
		esac
	done
	app_stop
	config=$(tui_config)
	rm -f "$TUI_TMP/exit-status"
	cmd="env TERM=$(printf %q "$TUI_TERM") CIVICDESK_CONFIG=$(printf %q "$config")"
	cmd="$cmd PGHOST=$(printf %q "${PGHOST:-}") PGDATABASE=$(printf %q "${PGDATABASE:-}")"
	cmd="$cmd PGUSER=$(printf %q "${PGUSER:-}") LC_ALL=C.UTF-8"
	for e in "${envs[@]}"; do
		cmd="$cmd $(printf %q "$e")"
	done
	# The shell records the exit status itself: tmux sometimes never learns it.
	cmd="$cmd $(printf %q "$TUI_BIN") --as $(printf %q "$as");"
	cmd="$cmd echo \$? > $(printf %q "$TUI_TMP/exit-status")"
	tui -f "$TUI_TMP/tmux.conf" new-session -d -s "$TUI_SESSION" -x "${size%x*}" \
	    -y "${size#*x}" "$cmd" || { fail "tmux could not start the program"; return 1; }
	# A second size request: a server started earlier may keep its own default size.
	tui resize-window -t "$TUI_SESSION" -x "${size%x*}" -y "${size#*x}" >/dev/null 2>&1
	return 0
}

# Kills the session (the program gets SIGHUP, as when a terminal closes).
app_stop() {
	tui kill-session -t "$TUI_SESSION" >/dev/null 2>&1
	return 0
}

# The civicdesk process: the child of the pane's shell.
app_pid() {
	local shell

	shell=$(tui display-message -p -t "$TUI_SESSION" '#{pane_pid}' 2>/dev/null)
	[ -n "$shell" ] && pgrep -P "$shell" -n
}

app_dead() {
	[ "$(tui display-message -p -t "$TUI_SESSION" '#{pane_dead}' 2>/dev/null)" = 1 ]
}

# The exit status of the program once it has exited, as the pane's shell wrote it; waits up to
# 3 s for it ("" if never known, as after a hang-up, which takes the shell too).
app_exit_status() {
	local tries=60

	while [ "$tries" -gt 0 ]; do
		[ -s "$TUI_TMP/exit-status" ] && { cat "$TUI_TMP/exit-status"; return 0; }
		sleep 0.05
		tries=$((tries - 1))
	done
}

# True once PID has exited (a zombie waiting for its parent counts as exited).
pid_gone() {
	local state

	[ -r "/proc/$1/stat" ] || return 0
	state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)
	[ -z "$state" ] || [ "$state" = Z ] || [ "$state" = X ]
}

# wait_pid_gone PID [SECONDS]: polls every 50 ms.
wait_pid_gone() {
	local pid=$1 tries=$(( ${2:-5} * 20 ))

	while [ "$tries" -gt 0 ]; do
		pid_gone "$pid" && return 0
		sleep 0.05
		tries=$((tries - 1))
	done
	return 1
}

# app_wait_exit [SECONDS]: waits for the program in the pane to exit.
app_wait_exit() {
	local tries=$(( ${1:-5} * 20 ))

	while [ "$tries" -gt 0 ]; do
		app_dead && return 0
		sleep 0.05
		tries=$((tries - 1))
	done
	fail "the program was still running after ${1:-5} s"
}

send() {
	tui send-keys -t "$TUI_SESSION" "$@"
}

send_text() {
	tui send-keys -t "$TUI_SESSION" -l -- "$1"
}

# fkey N: F1..F10 as the terminal has them; vt100 has no F5-F10, so Esc then the digit there.
fkey() {
	case $TUI_TERM in
	vt100*|vt220*|vt52) send Escape "$(( $1 % 10 ))" ;;
	*) send "F$1" ;;
	esac
}

back() {
	send Escape Escape
}

screen() {
	tui capture-pane -p -t "$TUI_SESSION" 2>/dev/null
}

status_line() {
	screen | tail -n 1
}

# fail WHY: records the first failure of the current test with the screen as it is now.
fail() {
	if [ -z "$TEST_FAILED" ]; then
		TEST_FAILED=$1
		TEST_SCREEN=$(screen)
		if app_dead; then
			TEST_FAILED="$TEST_FAILED (the program had exited, status $(app_exit_status))"
		fi
	fi
	return 1
}

# tui_wait DESCRIPTION SECONDS COMMAND...: runs COMMAND with the screen text every 50 ms.
tui_wait() {
	local what=$1 secs=$2 tries
	shift 2

	tries=$(awk -v s="$secs" 'BEGIN { printf "%d", s * 20 }')
	while :; do
		if "$@" "$(screen)"; then
			return 0
		fi
		if [ "$tries" -le 0 ]; then
			fail "waited ${secs} s for $what"
			return 1
		fi
		if app_dead; then
			fail "the program exited while waiting for $what"
			return 1
		fi
		sleep 0.05
		tries=$((tries - 1))
	done
}

tui_has() { [[ $2 == *"$1"* ]]; }
tui_has_re() { printf '%s\n' "$2" | grep -Eq -- "$1"; }

wait_for() {
	tui_wait "\"$1\"" "${2:-5}" tui_has "$1"
}

wait_for_re() {
	tui_wait "/$1/" "${2:-5}" tui_has_re "$1"
}

expect_screen_contains() {
	[[ $(screen) == *"$1"* ]] || fail "${2:-the screen does not show \"$1\"}"
}

expect_screen_lacks() {
	[[ $(screen) != *"$1"* ]] || fail "${2:-the screen shows \"$1\"}"
}

# expect_line N REGEX [WHY]: line N (1 = top) matches the extended regular expression.
expect_line() {
	screen | sed -n "$1p" | grep -Eq -- "$2" || fail "${3:-line $1 does not match /$2/}"
}

# TEXT as an extended regular expression matching itself.
re_quote() {
	printf '%s' "$1" | sed 's/[][\.*^$()+?{}|]/\\&/g'
}

# expect_line_has N TEXT [WHY]: line N (1 = top) contains TEXT as it is (no pattern).
expect_line_has() {
	[[ $(screen | sed -n "$1p") == *"$2"* ]] || fail "${3:-line $1 does not show \"$2\"}"
}

# The line the program left the cursor on (the selected row of a list), 1 = top.
cursor_line() {
	echo $(( $(tui display-message -p -t "$TUI_SESSION" '#{cursor_y}') + 1 ))
}

cursor_off() { [ "$(cursor_line)" != "$1" ]; }

# select_row REGEX: moves the selection (where the program leaves the cursor) with Up and Down to
# the first line matching the extended regular expression.
select_row() {
	local n at tries=20

	wait_for_re "$1" || return 1
	n=$(screen | grep -En -- "$1" | head -n 1 | cut -d: -f1)
	while at=$(cursor_line) && [ "$at" != "$n" ]; do
		tries=$((tries - 1))
		[ "$tries" -gt 0 ] || { fail "the selection never reached line $n, /$1/"; return 1; }
		if [ "$at" -lt "$n" ]; then send Down; else send Up; fi
		tui_wait "the selection to move from line $at" 1 cursor_off "$at" || return 1
	done
}

# pick FILTER REGEX: on a list that typing narrows (the service picker, the case actions), types
# FILTER, selects the row matching REGEX and opens it with Enter.
pick() {
	send_text "$1"
	wait_for "Showing those matching \"$1\"" || return 1
	select_row "$2" || return 1
	send Enter
}

# sql QUERY: one value per line, no headers, from the test database.
sql() {
	psql -X -q -At -v ON_ERROR_STOP=1 -c "$1" 2>&1
}

# A word no other test or earlier run has used: "Q" and 7 random lower-case letters.
unique_word() {
	printf 'Q%s' "$(LC_ALL=C tr -dc 'a-z' </dev/urandom 2>/dev/null | head -c 7)"
}

# Signs in (app_start has to have run) and waits for the search screen.
wait_signed_in() {
	wait_for "Find a customer" "${1:-10}"
}

# fill_new_customer FIRST LAST [POSTCODE] [EMAIL]: on the new-customer form, types into each text
# field from Title to Postcode, clearing it first (a draft kept earlier may have filled it).
fill_new_customer() {
	local -a values=("" "$1" "$2" "" "" "${4:-}" "" "" "" "${3:-}")
	local v

	for v in "${values[@]}"; do
		send C-u
		[ -z "$v" ] || send_text "$v"
		send Down
	done
}

# new_customer FIRST LAST [POSTCODE] [EMAIL]: from the search screen, through the F3 form, to the
# new customer's screen (a contact with them is then in progress).
new_customer() {
	fkey 3
	wait_for "New customer." || return 1
	fill_new_customer "$@"
	fkey 10
	wait_for "Customer record created." || return 1
	wait_for "$1 $2"
}

# open_customer QUERY NAME: searches from the search screen and opens the first row.
open_customer() {
	send_text "$1"
	wait_for_re "^> $2" || return 1
	send Enter
	dismiss_needs
	wait_for "Contact in progress"
}

# A customer with language or access needs is opened with them shown first: Enter notes them.
dismiss_needs() {
	wait_for_re "Contact in progress|BEFORE YOU START" || return 1
	if screen | grep -q "BEFORE YOU START"; then
		send Enter
		wait_for "Contact in progress"
	fi
}

# run_test NAME FUNCTION [ARG...]
run_test() {
	local name=$1
	shift

	TEST_FAILED=
	TEST_SCREEN=
	"$@"
	local rc=$?
	if [ "$rc" -ne 0 ] && [ -z "$TEST_FAILED" ]; then
		fail "the test stopped with status $rc"
	fi
	app_stop
	if [ -z "$TEST_FAILED" ]; then
		echo "PASS $name"
		tui_passed=$((tui_passed + 1))
	else
		echo "FAIL $name: $TEST_FAILED"
		printf '%s\n' "$TEST_SCREEN" | sed 's/^/    | /'
		tui_failed=$((tui_failed + 1))
	fi
}

summary() {
	echo "$tui_passed passed, $tui_failed failed"
	[ "$tui_failed" -eq 0 ]
	exit $?
}
