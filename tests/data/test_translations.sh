#!/bin/bash
# The translation files: every .po passes msgfmt --check; the template holds every string the
# code marks (so none is left untranslatable); Welsh translates every one of them; every phrase
# catalogue has all the phrases the screens show, says how far it has been reviewed, and keeps
# the reference placeholder where the English has it.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
tmp=${CIVICDESK_TEST_TMP:-/tmp}/translations-$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check() {	# NAME COMMAND...
	local name=$1
	shift
	if "$@" >"$tmp/out" 2>&1; then
		echo "PASS $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name"
		sed 's/^/    /' "$tmp/out" | head -20
		failed=$((failed + 1))
	fi
}

msgfmt_ok() {
	msgfmt --check -o /dev/null "$1"
}

# The msgids of a PO file or template, sorted, the header left out.
msgids() {
	msgcat --no-wrap "$1" | awk '/^msgid "/ { sub(/^msgid "/, ""); sub(/"$/, "");
	    if ($0 != "") print }' | sort -u
}

template_current() {
	xgettext --language=C --keyword=_ --keyword=N_ --keyword=ngettext:1,2 \
	    --from-code=UTF-8 -o "$tmp/now.pot" tui/*.c core/*.c 2>/dev/null || return 1
	msgids "$tmp/now.pot" >"$tmp/now.ids"
	msgids locales/civicdesk.pot >"$tmp/pot.ids"
	diff -u "$tmp/pot.ids" "$tmp/now.ids" || {
		echo "locales/civicdesk.pot is out of date: see locales/README.md"
		return 1
	}
}

welsh_complete() {
	local stats

	stats=$(msgfmt --statistics -o /dev/null locales/cy.po 2>&1)
	echo "$stats"
	[[ $stats != *fuzzy* && $stats != *untranslated* ]] || return 1
	msgids locales/cy.po >"$tmp/cy.ids"
	comm -23 "$tmp/pot.ids" "$tmp/cy.ids" | grep . && return 1
	return 0
}

phrases_complete() {	# FILE
	local f=$1 field

	msgids locales/phrases/phrases.pot | comm -23 - <(msgids "$f") | grep . && return 1
	for field in X-Language-Name X-Native-Name X-Latin-Name X-Script X-Review-Status; do
		grep -q "^\"$field: [^\\]" "$f" || { echo "$f: no $field"; return 1; }
	done
	grep -Eq '^"X-Review-Status: (draft|reviewed)\\n"' "$f" ||
	    { echo "$f: X-Review-Status is draft or reviewed"; return 1; }
	msgfmt --statistics -o /dev/null "$f" 2>&1 | grep -Eq 'fuzzy|untranslated' &&
	    { echo "$f: not every phrase is translated"; return 1; }
	return 0
}

for f in locales/*.po locales/phrases/*.po; do
	check "msgfmt --check $f" msgfmt_ok "$f"
done
check "the template holds every string the code marks" template_current
check "Welsh translates every string of the screens" welsh_complete
n=0
for f in locales/phrases/*.po; do
	check "phrase catalogue $f is complete and says its review status" phrases_complete "$f"
	n=$((n + 1))
done
check "at least 12 community languages have phrase catalogues" test "$n" -ge 12
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
