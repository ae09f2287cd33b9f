/*
 * The plain-English checker: one pass over a letter's text finds sentences and words, scores
 * them, and notes long sentences, passives and jargon as it goes, with no allocation.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

#include "files.h"
#include "plain.h"

#define RECENT 6		/* words of the sentence kept for "will not be sent" */
#define WORD_LOW 24		/* a word folded to lower case, for the short word lists */
#define SYLLABLE_LETTERS 48	/* letters of one word part the heuristic looks at */
#define MAX_COLUMNS 16

/* One word of the text, by place, with its lower-case form when it is short. */
struct word {
	size_t off, len;
	char low[WORD_LOW];	/* "" when the word is too long for any list */
};

/* The state of one plain_check pass. */
struct scan {
	const char *text, *end;
	const struct plain_words *list;
	struct plain_report *r;
	int sentence_words;		/* 0: no sentence open */
	size_t sentence_start, sentence_end;
	struct word recent[RECENT];	/* this sentence's last words, recent[0] the newest */
	int nrecent;
	size_t jargon_end;		/* where the last jargon found ends */
};

/* The CSV file being read; problems are counted, and the first kept for the error. */
struct loader {
	struct plain_words *w;
	size_t size;		/* of w->words */
	const char *path;
	unsigned line;		/* from 1 */
	int columns;		/* in the header, so every row has them */
	unsigned problems;
	char first[200];
};

/* A form of "be", so the next participle makes a passive. ' stands for ’ too. */
static const char *const be_forms[] = {
	"am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't",
	"weren't", "i'm", "you're", "we're", "they're",
};

/* Words that come before "be" in a passive and belong in what is quoted. */
static const char *const auxiliaries[] = {
	"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have",
	"had", "having", "won't", "can't", "cannot", "hasn't", "haven't", "hadn't", "wouldn't",
	"shouldn't", "couldn't", "mustn't",
};

/* Between "be" and its participle, besides words ending in -ly: "was not collected". */
static const char *const adverbs[] = {
	"not", "never", "also", "already", "now", "still", "just", "always", "often", "then",
};

/* Past participles that do not end in -ed. */
static const char *const irregular[] = {
	"sent", "given", "taken", "done", "made", "paid", "seen", "known", "told", "kept",
	"held", "written", "shown", "found", "left", "brought", "bought", "built", "chosen",
	"sold", "spent", "won", "put", "set", "cut", "read", "lost", "met", "heard", "caught",
	"taught", "thought", "sought", "dealt", "meant", "lent", "shut", "hit", "hurt", "let",
	"laid", "led", "said", "understood", "broken", "spoken", "forgotten", "forgiven",
	"driven", "drawn", "thrown", "grown", "withdrawn", "undertaken", "overtaken",
	"hidden", "stolen", "torn", "worn", "sworn", "bound", "fed", "hung", "begun", "run",
	"rung", "sung", "got", "gotten", "proven", "overpaid", "underpaid", "mislaid",
	"misunderstood", "rebuilt", "rewritten", "resent", "upheld", "withheld", "overseen",
	"struck", "stuck", "swept", "slept", "felt", "kept", "bent", "split", "spread", "quit",
};

/*
 * Words ending in -ed that are adjectives after "be" in letters ("I am pleased"), or not verbs
 * at all; flagging them would teach advisors to ignore the passive count.
 */
static const char *const not_passive[] = {
	"interested", "concerned", "tired", "pleased", "based", "supposed", "worried",
	"delighted", "satisfied", "disappointed", "married", "retired", "disabled",
	"unemployed", "self-employed", "entitled", "aged", "indeed", "hundred", "naked",
	"sacred", "wicked", "surprised", "excited", "bored", "scared", "confused", "annoyed",
};

/*
 * Words ending in "." that do not end a sentence. The first group never does; "no." does not
 * before a number ("No. 12"); the last group does unless a lower-case word follows.
 */
static const char *const never_ends[] = {
	"e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "st.", "cllr.", "prof.", "rev.", "vs.",
	"cf.", "tel.", "ref.", "fig.", "approx.", "eg.", "ie.", "viz.",
};
static const char *const ends_before_digit[] = { "no.", "nos." };
static const char *const titles[] = {
	"mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "prof", "sir",
};
static const char *const ends_before_capital[] = {
	"etc.", "a.m.", "p.m.", "am.", "pm.", "ltd.", "inc.", "co.", "dept.", "jan.", "feb.",
	"aug.", "sept.", "oct.", "nov.", "dec.",
};

static bool
in_list(const char *word, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(word, list[i]) == 0)
			return true;
	return false;
}

#define IN_LIST(word, list) in_list((word), (list), sizeof (list) / sizeof (list)[0])

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool
is_ascii_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* c is in set; never for c 0, which strchr would find. */
static bool
one_of(const char *set, int c)
{
	return c != 0 && strchr(set, c) != NULL;
}

/*
 * Reads one UTF-8 character at p (before end) into *c; returns its length in bytes. A byte
 * that does not start a valid character is read alone as U+FFFD, so bad text cannot stop us.
 */
static size_t
decode(const char *p, const char *end, uint32_t *c)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t n, avail = (size_t)(end - p);

	if (s[0] < 0x80) {
		*c = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2, *c = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3, *c = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4, *c = s[0] & 0x07;
	else
		n = 0;
	if (n == 0 || n > avail) {
		*c = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*c = 0xFFFD;
			return 1;
		}
		*c = (*c << 6) | (s[i] & 0x3F);
	}
	return n;
}

/* Letters of any alphabet, with accents and combining marks; not punctuation or symbols. */
static bool
is_letter(uint32_t c)
{
	if (c < 0x80)
		return is_ascii_letter((int)c);
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return false;		/* Latin-1 signs (£ ©), ×, ÷ */
	if (c < 0x2000)
		return true;		/* Latin, Greek, Cyrillic and the other alphabets */
	if (c >= 0x2C00 && c < 0x2E00)
		return true;
	return c >= 0x3040 && c < 0xD800;	/* kana, CJK, Hangul */
}

static bool
is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

static bool
is_hyphen(uint32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Length of the letter or digit at p, 0 when it is neither. */
static size_t
word_char(const char *p, const char *end)
{
	uint32_t c;
	size_t n;

	if (p >= end)
		return 0;
	n = decode(p, end, &c);
	return is_letter(c) || (c < 0x80 && is_digit((int)c)) ? n : 0;
}

/* Length of the space at p (not a newline; no-break and narrow spaces too), 0 for none. */
static size_t
space_len(const char *p, const char *end)
{
	uint32_t c;
	size_t n;

	if (p >= end)
		return 0;
	if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')
		return 1;
	n = decode(p, end, &c);
	if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F)
		return n;
	return 0;
}

/* Syllables: vowels, and the letter classes the endings below look at. */
static bool
vowel_letter(int c)
{
	return one_of("aeiouy", c);
}

static bool
has_vowel_before(const char *l, int i)
{
	while (--i >= 0)
		if (vowel_letter(l[i]))
			return true;
	return false;
}

/* Whether the vowel at i starts a syllable of its own though a vowel comes before it. */
static bool
splits(const char *l, int n, int i)
{
	int a = l[i - 1], b = l[i], before = i >= 2 ? l[i - 2] : 0;
	bool at_end_or_s = false;

	if (b == 'i' && i + 3 <= n && l[i + 1] == 'n' && l[i + 2] == 'g')
		return i + 3 == n || (i + 4 == n && l[i + 3] == 's');	/* "being", "going" */
	if (i == 2 && l[0] == 'r' && a == 'e' && one_of("oiu", b))
		return true;		/* "reopen", "reissue", "reuse" */
	if (a == 'i' && b == 'a')
		return !one_of("ctsg", before);	/* "immediate", but "social" */
	if (a == 'i' && b == 'o') {
		if (one_of("ctsgx", before))
			return false;	/* "-tion", "-sion", "-cious" */
		if (one_of("ln", before) && i + 1 < n && one_of("nr", l[i + 1]))
			return false;	/* "million", "senior" */
		return true;		/* "period", "previous" */
	}
	if (a == 'u' && b == 'a')
		return !one_of("qg", before);	/* "usual", but "equal", "language" */
	if (a == 'i' && b == 'u')
		return true;		/* "premium" */
	if (a == 'e' && b == 'a' && i + 1 == n)
		return has_vowel_before(l, i - 1);	/* "area", "idea", but "tea" */
	if (a == 'e' && b == 'a' && i + 3 == n && l[i + 1] == 't' && l[i + 2] == 'e')
		return true;		/* "create", but "treated" */
	if (a == 'i' && b == 'e' && i + 2 < n && l[i + 1] == 'n' && one_of("tc", l[i + 2]))
		return !one_of("ct", before);	/* "client", "experience", but "patient" */
	if (a == 'e' && b == 'o' && i + 1 == n)
		return true;		/* "video" */
	if (a == 'i' && b == 'e' && i + 1 < n && l[i + 1] == 'r')
		at_end_or_s = i + 2 == n || (i + 3 == n && l[i + 2] == 's');
	if (a == 'i' && b == 'e' && i + 3 == n && l[i + 1] == 's' && l[i + 2] == 't')
		at_end_or_s = true;
	return at_end_or_s && n > 4 && before != 0 && !vowel_letter(before);	/* "earlier(st)" */
}

/* An e after consonant + l or r that is a syllable: "table", "centre", "handled", "hundred". */
static bool
syllabic_after(const char *l, const bool *v, int e)
{
	int c, c2;

	if (e < 2)
		return false;
	c = l[e - 1];
	c2 = l[e - 2];
	if (c != 'l' && c != 'r')
		return false;
	if (v[e - 2] || c2 == c || (c == 'l' && c2 == 'r'))
		return false;
	return true;
}

/* The word ends in an e that is not a syllable: "make", "times", "used", but not "boxes". */
static bool
silent_ending(const char *l, const bool *v, int n)
{
	int e, kind, c, c2;

	if (n >= 2 && l[n - 1] == 'e')
		e = n - 1, kind = 'e';
	else if (n >= 3 && l[n - 2] == 'e' && (l[n - 1] == 's' || l[n - 1] == 'd'))
		e = n - 2, kind = l[n - 1];
	else
		return false;
	if (v[e - 1])
		return false;	/* "free", "agreed", "issues": the e sounds with its vowel */
	if (syllabic_after(l, v, e))
		return false;
	c = l[e - 1];
	c2 = e >= 2 ? l[e - 2] : 0;
	if (kind == 's')
		return !(one_of("sxzcg", c) || (c == 'h' && one_of("cs", c2)));
	if (kind == 'd')
		return !one_of("td", c);
	return true;
}

/*
 * A silent e before a suffix: "statement", "completely", "useful", "hopefully". The stem of
 * -ment is longer, or "element" would lose a syllable.
 */
static bool
silent_before_suffix(const char *l, const bool *v, int n)
{
	static const struct {
		const char *text;
		int stem;	/* letters at least before it */
	} suffixes[] = {
		{ "ments", 4 }, { "ment", 4 },
		{ "ly", 3 }, { "ful", 3 }, { "less", 3 }, { "ness", 3 },
	};
	int stem = n, e;
	bool found;

	do {
		found = false;
		for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0] && !found; i++) {
			const char *text = suffixes[i].text;
			int k = (int)strlen(text);

			if (stem - k >= suffixes[i].stem &&
			    strncmp(l + stem - k, text, (size_t)k) == 0) {
				stem -= k;
				found = true;
			}
		}
		e = stem - 1;
		if (found && l[e] == 'e' && !v[e - 1] && !syllabic_after(l, v, e))
			return true;
	} while (found);
	return false;
}

/* Syllables in lower-case letters with no hyphen, read as one word. */
static int
simple_syllables(const char *l, int n)
{
	bool v[SYLLABLE_LETTERS];
	int count = 0;

	if (n == 0)
		return 0;
	for (int i = 0; i < n; i++) {
		v[i] = vowel_letter(l[i]);
		/* y before a vowel is a consonant at the start ("yes") or after one ("player") */
		if (l[i] == 'y' && i + 1 < n && one_of("aeiou", l[i + 1]) && (i == 0 || v[i - 1]))
			v[i] = false;
	}
	for (int i = 0; i < n; i++)
		if (v[i] && (i == 0 || !v[i - 1] || splits(l, n, i)))
			count++;
	if (count > 1 && silent_ending(l, v, n))
		count--;
	if (count > 1 && silent_before_suffix(l, v, n))
		count--;
	if (n >= 4 && strncmp(l + n - 3, "ism", 3) == 0)
		count++;	/* "tourism": the m is a syllable */
	if (count > 1 && n >= 6 && strncmp(l + n - 6, "ically", 6) == 0)
		count--;	/* "basically" is said "basicly" */
	if (count > 1 && n >= 5 && (strncmp(l + n - 3, "que", 3) == 0 ||
	    (strncmp(l + n - 3, "gue", 3) == 0 && l[n - 4] != 'r')))
		count--;	/* "unique", "colleague", but "argue" */
	return count > 0 ? count : 1;
}

/*
 * Syllables in one part of a word. Compounds whose first word ends in a silent e are counted
 * as two words, or "someone" and "household" would have a syllable too many (but not
 * "username" or "wherever").
 */
static int
part_syllables(const char *l, int n)
{
	static const char *const heads[] = {
		"some", "any", "house", "where", "there", "here", "else", "drive", "home", "life",
		"time", "care", "use", "whole", "sale", "side", "waste", "fire", "more", "wide",
	};

	if (n == 0)
		return 0;
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		int h = (int)strlen(heads[i]);

		if (n - h >= 2 && strncmp(l, heads[i], (size_t)h) == 0 && !one_of("rv", l[h]) &&
		    has_vowel_before(l + h, n - h))
			return simple_syllables(l, h) + simple_syllables(l + h, n - h);
	}
	return simple_syllables(l, n);
}

/* A letter for the heuristic: lower-case ASCII; accented vowels sound, other letters do not. */
static int
fold_letter(uint32_t c)
{
	if (c < 0x80)
		return ascii_lower((int)c);
	if ((c >= 0xC0 && c <= 0xC6) || (c >= 0xC8 && c <= 0xCF) || (c >= 0xD2 && c <= 0xD6) ||
	    (c >= 0xD9 && c <= 0xDC) || (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) ||
	    (c >= 0xF2 && c <= 0xF6) || (c >= 0xF9 && c <= 0xFC))
		return 'a';	/* never "silent", as the e in "café" is not */
	return 'b';
}

/* Syllables of a capital abbreviation read letter by letter ("NHS", "CCTV"), else 0. */
static int
spelled_out(const char *word, size_t length)
{
	int count = 0;

	if (length < 2 || length > 5)
		return 0;
	for (size_t i = 0; i < length; i++) {
		if (word[i] < 'A' || word[i] > 'Z' || one_of("AEIOUY", word[i]))
			return 0;
		count += word[i] == 'W' ? 3 : 1;
	}
	return count;
}

int
plain_syllables(const char *word, size_t length)
{
	const char *p, *end = word + length;
	char part[SYLLABLE_LETTERS];
	int n = 0, total = 0;
	uint32_t c;
	size_t k;

	for (p = word; p < end; p++)
		if (is_digit((unsigned char)*p))
			return 1;	/* a number or a reference is read as one unit */
	if ((n = spelled_out(word, length)) > 0)
		return n;
	for (p = word; p < end; p += k) {
		k = decode(p, end, &c);
		if (is_hyphen(c)) {
			total += part_syllables(part, n);
			n = 0;
		} else if (is_letter(c) && n < SYLLABLE_LETTERS) {
			part[n++] = (char)fold_letter(c);
		}
	}
	total += part_syllables(part, n);
	return total > 0 ? total : 1;
}

/* A finding, kept when there is room; the count goes on regardless. */
static void
add_finding(struct plain_finding *list, int *count, size_t off, size_t len, int words,
    const struct plain_word *word)
{
	if (*count < PLAIN_MAX_FINDINGS)
		list[*count] = (struct plain_finding){ off, len, words, word };
	(*count)++;
}

static void
end_sentence(struct scan *s)
{
	struct plain_report *r = s->r;

	if (s->sentence_words == 0)
		return;
	r->sentences++;
	if (s->sentence_words > r->longest_sentence)
		r->longest_sentence = s->sentence_words;
	if (s->sentence_words > PLAIN_LONG_SENTENCE)
		add_finding(r->longs, &r->nlong, s->sentence_start,
		    s->sentence_end - s->sentence_start, s->sentence_words, NULL);
	s->sentence_words = 0;
	s->nrecent = 0;
}

/* Fills w->low: the word in lower case, ’ as ', or "" when it does not fit. */
static void
fold_word(const char *text, struct word *w)
{
	const char *p = text + w->off, *end = p + w->len;
	size_t n = 0;
	uint32_t c;

	while (p < end) {
		p += decode(p, end, &c);
		if (c == 0x2019)
			c = '\'';
		if (c >= 0x80 || n + 1 >= sizeof w->low) {
			w->low[0] = '\0';
			return;
		}
		w->low[n++] = (char)ascii_lower((int)c);
	}
	w->low[n] = '\0';
}

static bool
ends_with(const struct word *w, const char *suffix)
{
	size_t n = strlen(w->low), k = strlen(suffix);

	return n >= k && strcmp(w->low + n - k, suffix) == 0;
}

static bool
is_be(const struct word *w)
{
	return IN_LIST(w->low, be_forms);
}

static bool
is_adverb(const struct word *w)
{
	return (strlen(w->low) >= 4 && ends_with(w, "ly")) || IN_LIST(w->low, adverbs);
}

static bool
is_participle(const struct word *w)
{
	size_t n = strlen(w->low);

	if (n == 0)
		return false;
	if (IN_LIST(w->low, irregular))
		return true;
	if (n < 4 || !ends_with(w, "ed") || IN_LIST(w->low, not_passive))
		return false;
	return !(ends_with(w, "eed") && n < 6);	/* "need", "speed", but "agreed" */
}

/*
 * A passive ending at w: a form of "be", perhaps one adverb, then a participle. What is quoted
 * starts at the auxiliaries before "be", so it reads "will not be sent".
 */
static void
check_passive(struct scan *s, const struct word *w)
{
	int be, first;

	if (!is_participle(w))
		return;
	if (s->nrecent >= 1 && is_be(&s->recent[0]))
		be = 0;
	else if (s->nrecent >= 2 && is_adverb(&s->recent[0]) && is_be(&s->recent[1]))
		be = 1;
	else
		return;
	first = be;
	while (first + 1 < s->nrecent && (is_be(&s->recent[first + 1]) ||
	    IN_LIST(s->recent[first + 1].low, auxiliaries) || is_adverb(&s->recent[first + 1])))
		first++;
	while (first > be && is_adverb(&s->recent[first]))
		first--;
	add_finding(s->r->passives, &s->r->npassive, s->recent[first].off,
	    w->off + w->len - s->recent[first].off, 0, NULL);
}

/* True when nothing at p (before end) continues a word. */
static bool
word_boundary(const char *p, const char *end)
{
	uint32_t c;
	size_t n;

	if (p >= end)
		return true;
	if (word_char(p, end) > 0)
		return false;
	n = decode(p, end, &c);
	/* "key-worker" is not "key" */
	return !((is_apostrophe(c) || is_hyphen(c)) && word_char(p + n, end) > 0);
}

/* Skips the space between a phrase's words: spaces, and one line break. */
static const char *
skip_phrase_space(const char *p, const char *end)
{
	const char *start = p;
	size_t n;

	while ((n = space_len(p, end)) > 0)
		p += n;
	if (p < end && *p == '\n')
		for (p++; (n = space_len(p, end)) > 0; p += n)
			;
	return p == start ? NULL : p;
}

/* Matches want (lower case) at p, ignoring case; returns where the match ends, or NULL. */
static const char *
match_text(const char *p, const char *end, const char *want, size_t wlen)
{
	for (size_t i = 0; i < wlen; i++) {
		if (want[i] == ' ') {
			if ((p = skip_phrase_space(p, end)) == NULL)
				return NULL;
		} else if (want[i] == '\'' && end - p >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0) {
			p += 3;
		} else if (p < end && ascii_lower((unsigned char)*p) == want[i]) {
			p++;
		} else {
			return NULL;
		}
	}
	return p;
}

/* p is past one of the endings given, then a word boundary. */
static const char *
match_ending(const char *p, const char *end, const char *const *endings)
{
	const char *q;

	for (; *endings != NULL; endings++)
		if ((q = match_text(p, end, *endings, strlen(*endings))) != NULL &&
		    word_boundary(q, end))
			return q;
	return NULL;
}

/*
 * Where entry matches at p as a whole word or phrase, or NULL. A one-word entry that is never
 * fine also matches its usual endings ("utilised", "ensures", "verifying"); one that is fine
 * in some use ("drive", for vehicles) would be found in "driving" too often to be useful.
 */
static const char *
match_entry(const char *p, const char *end, const struct plain_word *entry)
{
	static const char *const endings[] = { "s", "es", "d", "ed", "ing", "'s", NULL };
	static const char *const e_endings[] = { "ing", NULL };
	static const char *const y_endings[] = { "ies", "ied", NULL };
	const char *word = entry->word, *q;
	size_t n = strlen(word);
	bool endings_too = strchr(word, ' ') == NULL && entry->fine_when[0] == '\0';

	if ((q = match_text(p, end, word, n)) != NULL) {
		if (word_boundary(q, end))
			return q;
		if (endings_too && (q = match_ending(q, end, endings)) != NULL)
			return q;
	}
	if (!endings_too || n < 3 || (q = match_text(p, end, word, n - 1)) == NULL)
		return NULL;
	if (word[n - 1] == 'e')
		return match_ending(q, end, e_endings);
	if (word[n - 1] == 'y' && !vowel_letter(word[n - 2]))
		return match_ending(q, end, y_endings);
	return NULL;
}

static void
check_jargon(struct scan *s, const struct word *w)
{
	const char *p = s->text + w->off, *q;

	if (s->list == NULL || w->off < s->jargon_end)
		return;
	for (int i = 0; i < s->list->count; i++) {
		if ((q = match_entry(p, s->end, &s->list->words[i])) == NULL)
			continue;
		add_finding(s->r->jargon, &s->r->njargon, w->off, (size_t)(q - p), 0,
		    &s->list->words[i]);
		s->jargon_end = (size_t)(q - s->text);
		return;
	}
}

/* Counts a word; chunk is where its whitespace-separated chunk starts, to open a sentence. */
static void
add_word(struct scan *s, const char *chunk, const char *start, const char *stop, bool address)
{
	struct word w = { (size_t)(start - s->text), (size_t)(stop - start), "" };

	s->r->words++;
	s->r->syllables += address ? 1 : plain_syllables(start, w.len);
	if (s->sentence_words++ == 0)
		s->sentence_start = (size_t)(chunk - s->text);
	if (!address) {
		fold_word(s->text, &w);
		check_jargon(s, &w);
		check_passive(s, &w);
	}
	memmove(&s->recent[1], &s->recent[0], sizeof s->recent[0] * (RECENT - 1));
	s->recent[0] = w;
	if (s->nrecent < RECENT)
		s->nrecent++;
}

/* Characters that open or close a quotation or bracket around words. */
static bool
is_opener(uint32_t c)
{
	return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x2018 || c == 0x201C ||
	    c == 0xAB || c == '<';
}

static bool
is_closer(uint32_t c)
{
	return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x2019 || c == 0x201D ||
	    c == 0xBB || c == '>';
}

/* The last character before end, stepping back over UTF-8 continuation bytes. */
static const char *
last_char(const char *start, const char *end, uint32_t *c)
{
	const char *p = end - 1;

	while (p > start && ((unsigned char)*p & 0xC0) == 0x80)
		p--;
	decode(p, end, c);
	return p;
}

/* [*b, *e) without the brackets and quotes around it, and without closing punctuation. */
static void
trim_chunk(const char **b, const char **e)
{
	const char *p;
	uint32_t c;
	size_t n;

	while (*b < *e && (n = decode(*b, *e, &c), is_opener(c)))
		*b += n;
	while (*e > *b) {
		p = last_char(*b, *e, &c);
		if (!is_closer(c) && !one_of(".,;:!?", c < 0x80 ? (int)c : 0) && c != 0x2026)
			break;
		*e = p;
	}
}

/* A web or email address: read as one word, and its dots end nothing. */
static bool
is_address(const char *b, const char *e)
{
	static const char *const domains[] = { ".uk", ".com", ".org", ".net", ".gov", ".eu" };
	size_t n = (size_t)(e - b);
	const char *at, *dot;

	if (n >= 4 && strncasecmp(b, "www.", 4) == 0)
		return true;
	for (const char *p = b; p + 3 <= e; p++)
		if (memcmp(p, "://", 3) == 0)
			return true;
	at = memchr(b, '@', n);
	if (at != NULL && at > b && (dot = memchr(at, '.', (size_t)(e - at))) != NULL &&
	    dot + 1 < e)
		return true;
	for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++) {
		size_t k = strlen(domains[i]);

		for (const char *p = b + 1; p + k <= e; p++)
			if (strncasecmp(p, domains[i], k) == 0 && (p + k == e || p[k] == '/' ||
			    p[k] == '.'))
				return true;
	}
	return false;
}

/* The first character after p that is not space or a line break, 0 at the end. */
static int
next_visible(const char *p, const char *end)
{
	size_t n;

	while (p < end && ((n = space_len(p, end)) > 0 || *p == '\n'))
		p += n > 0 ? n : 1;
	return p < end ? (unsigned char)*p : 0;
}

/*
 * Whether the full stop ending [b, e) ends a sentence, given the character at next. A capital
 * and a full stop is an initial only where a name can start ("J. Smith", "Mr J. Smith"), so
 * "Your home is in band D." still ends.
 */
static bool
stop_ends_sentence(const char *b, const char *e, int next, bool name_can_start)
{
	char low[12];
	size_t n;
	uint32_t c;

	while (b < e && (n = decode(b, e, &c), is_opener(c)))
		b += n;
	if ((size_t)(e - b) >= sizeof low)
		return true;	/* longer than any abbreviation */
	if (e - b == 2 && b[0] >= 'A' && b[0] <= 'Z' && name_can_start)
		return !(next >= 'A' && next <= 'Z');
	for (n = 0; b + n < e; n++)
		low[n] = (char)ascii_lower((unsigned char)b[n]);
	low[n] = '\0';
	if (IN_LIST(low, never_ends))
		return false;
	if (IN_LIST(low, ends_before_digit))
		return !is_digit(next);
	if (IN_LIST(low, ends_before_capital))
		return next == 0 || (next >= 'A' && next <= 'Z');
	return true;
}

/*
 * Counts the words of chunk [b, e): letters and digits, joined by ' ’ and -, by . , : inside
 * numbers and by . inside abbreviations.
 */
static void
chunk_words(struct scan *s, const char *b, const char *e)
{
	const char *p = b, *start;
	uint32_t c;
	size_t n, m;

	while (p < e) {
		if (word_char(p, e) == 0) {
			p += decode(p, e, &c);
			continue;
		}
		start = p;
		for (;;) {
			if ((n = word_char(p, e)) > 0) {
				p += n;
				continue;
			}
			if (p >= e)
				break;
			m = decode(p, e, &c);
			if ((is_apostrophe(c) || is_hyphen(c)) && word_char(p + m, e) > 0)
				p += m;
			else if (one_of(".,:", c < 0x80 ? (int)c : 0) && is_digit(p[-1]) &&
			    p + 1 < e && is_digit(p[1]))
				p += m;		/* "10.30", "1,000" */
			else if (c == '.' && is_ascii_letter(p[-1]) && p + 1 < e &&
			    is_ascii_letter(p[1]))
				p += m;		/* "e.g", "a.m" */
			else
				break;
		}
		add_word(s, b, start, p, false);
	}
}

/* The newest word opens the sentence or follows a title, so it can be an initial. */
static bool
name_can_start(const struct scan *s)
{
	return s->sentence_words == 1 || (s->nrecent >= 2 && IN_LIST(s->recent[1].low, titles));
}

/* One whitespace-separated chunk of a line: its words, and whether it ends a sentence. */
static void
scan_chunk(struct scan *s, const char *b, const char *e)
{
	const char *core_b = b, *core_e = e, *p = e, *q;
	uint32_t c;

	trim_chunk(&core_b, &core_e);
	if (core_b < core_e && is_address(core_b, core_e))
		add_word(s, b, core_b, core_e, true);
	else
		chunk_words(s, b, e);
	if (s->sentence_words == 0)
		return;
	s->sentence_end = (size_t)(e - s->text);
	while (p > b && (q = last_char(b, p, &c), is_closer(c)))
		p = q;
	if (p == b)
		return;	/* c is now the last character before the closing quotes and brackets */
	if (c == '!' || c == '?' || c == 0x2026 ||
	    (c == '.' && stop_ends_sentence(b, p, next_visible(e, s->end), name_can_start(s))))
		end_sentence(s);
}

/* "-", "•", "1.", "2)", "(a)": the mark before a list item, which is not a word. */
static bool
is_list_mark(const char *b, const char *e)
{
	uint32_t c;
	size_t n = decode(b, e, &c), digits = 0;

	if (b + n == e && (is_hyphen(c) || c == '*' || c == 0x2022 || c == 0x2013 || c == 0x2014))
		return true;
	if (*b == '(')
		b++;
	while (b < e && is_digit(*b))
		b++, digits++;
	if (digits == 0 && b < e && ascii_lower((unsigned char)*b) >= 'a' &&
	    ascii_lower((unsigned char)*b) <= 'z')
		b++, digits++;
	if (digits == 0 || digits > 3 || b + 1 != e)
		return false;
	return *b == ')' || (*b == '.' && is_digit(b[-1]));
}

/* A line: its chunks; a blank line or one not ending in , ; : or a dash ends the sentence. */
static void
scan_line(struct scan *s, const char *b, const char *e)
{
	const char *p = b, *chunk, *last = NULL;
	uint32_t c;
	size_t n;
	bool first = true;

	for (;;) {
		while ((n = space_len(p, e)) > 0)
			p += n;
		if (p >= e)
			break;
		for (chunk = p; p < e && space_len(p, e) == 0; p += decode(p, e, &c))
			;
		if (!(first && is_list_mark(chunk, p)))
			scan_chunk(s, chunk, p);
		first = false;
		last = p;
	}
	if (last == NULL) {
		end_sentence(s);	/* a paragraph break */
		return;
	}
	last_char(b, last, &c);
	if (!(c == ',' || c == ';' || c == ':' || is_hyphen(c) || c == 0x2013 || c == 0x2014))
		end_sentence(s);
}

static void
score(struct plain_report *r)
{
	double per_sentence, per_word;

	if (r->sentences == 0 || r->words == 0)
		return;
	per_sentence = (double)r->words / r->sentences;
	per_word = (double)r->syllables / r->words;
	r->average_sentence = per_sentence;
	r->reading_ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word;
	r->grade = 0.39 * per_sentence + 11.8 * per_word - 15.59;
}

void
plain_check(const char *text, const struct plain_words *words, struct plain_report *r)
{
	struct scan s = { .text = text != NULL ? text : "", .list = words, .r = r };
	const char *p, *eol;

	memset(r, 0, sizeof *r);
	s.end = s.text + strlen(s.text);
	for (p = s.text; p < s.end; p = eol + 1) {
		if ((eol = memchr(p, '\n', (size_t)(s.end - p))) == NULL)
			eol = s.end;
		scan_line(&s, p, eol);
	}
	end_sentence(&s);
	score(r);
}

/* Rounds to the nearest whole number without libm. */
static int
whole(double x)
{
	return x >= 0 ? (int)(x + 0.5) : -(int)(-x + 0.5);
}

static const char *
ease_label(int ease)
{
	if (ease >= 90)
		return "very easy";
	if (ease >= 80)
		return "easy";
	if (ease >= 70)
		return "fairly easy";
	if (ease >= 60)
		return "plain English";
	if (ease >= 50)
		return "fairly difficult";
	if (ease >= 30)
		return "difficult";
	return "very difficult";
}

void
plain_summary(const struct plain_report *r, char *out, size_t size)
{
	int ease = whole(r->reading_ease), grade = whole(r->grade);
	int average = whole(r->average_sentence);

	if (r->sentences == 0) {
		snprintf(out, size, "Nothing to score yet");
		return;
	}
	/* The formulas run past both ends for very short or very long sentences. */
	ease = ease < 0 ? 0 : ease > 100 ? 100 : ease;
	grade = grade < 0 ? 0 : grade;
	snprintf(out, size, "Reading ease %d (%s) \xc2\xb7 grade %d \xc2\xb7 %d word%s a sentence, "
	    "longest %d \xc2\xb7 %d long \xc2\xb7 %d passive \xc2\xb7 %d jargon", ease,
	    ease_label(ease), grade, average, average == 1 ? "" : "s", r->longest_sentence,
	    r->nlong, r->npassive, r->njargon);
}

/* Reading the jargon list. */

static enum status problem(struct loader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Records a malformed line; returns STATUS_INVALID, and reading goes on to find the others. */
static enum status
problem(struct loader *l, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (l->problems++ > 0)
		return STATUS_INVALID;
	n = snprintf(l->first, sizeof l->first, "%s:%u: ", l->path, l->line);
	if (n < 0 || (size_t)n >= sizeof l->first)
		return STATUS_INVALID;
	va_start(ap, fmt);
	vsnprintf(l->first + n, sizeof l->first - (size_t)n, fmt, ap);
	va_end(ap);
	return STATUS_INVALID;
}

/* A copy of field without the spaces around it; lower case when lower is set. */
static char *
trimmed_copy(const char *field, bool lower)
{
	size_t n;
	char *copy;

	while (*field == ' ' || *field == '\t')
		field++;
	n = strlen(field);
	while (n > 0 && (field[n - 1] == ' ' || field[n - 1] == '\t'))
		n--;
	if ((copy = strndup(field, n)) != NULL && lower)
		for (char *p = copy; *p != '\0'; p++)
			*p = (char)ascii_lower((unsigned char)*p);
	return copy;
}

/* What is wrong with a list entry, or NULL: the matcher needs words with single spaces. */
static const char *
bad_word(const char *word)
{
	size_t n = strlen(word);

	if (n == 0)
		return "is empty";
	if (!((unsigned char)word[0] >= 0x80 || (word[0] >= 'a' && word[0] <= 'z')) ||
	    !((unsigned char)word[n - 1] >= 0x80 || (word[n - 1] >= 'a' && word[n - 1] <= 'z')))
		return "should start and end with a letter";
	for (const char *p = word; *p != '\0'; p++) {
		unsigned char c = (unsigned char)*p;

		if (c >= 0x80 || (c >= 'a' && c <= 'z') || c == '-' || c == '\'')
			continue;
		if (c != ' ')
			return "should be letters, spaces, hyphens and apostrophes";
		if (p[1] == ' ')
			return "has two spaces together";
	}
	return NULL;
}

/* Room for more entries; false when memory ran out. */
static bool
grow(struct loader *l)
{
	size_t size = l->size == 0 ? 64 : l->size * 2;
	struct plain_word *words = realloc(l->w->words, size * sizeof *words);

	if (words == NULL)
		return false;
	l->w->words = words;
	l->size = size;
	return true;
}

static enum status
add_entry(struct loader *l, char **fields)
{
	struct plain_words *w = l->w;
	struct plain_word e = { 0 };
	const char *why;

	if ((e.word = trimmed_copy(fields[0], true)) == NULL)
		return STATUS_NO_MEMORY;
	if ((why = bad_word(e.word)) != NULL) {
		problem(l, "word \"%.40s\" %s", e.word, why);
		free(e.word);
		return STATUS_INVALID;
	}
	for (int i = 0; i < w->count; i++) {
		if (strcmp(w->words[i].word, e.word) == 0) {
			problem(l, "\"%.40s\" is listed twice", e.word);
			free(e.word);
			return STATUS_INVALID;
		}
	}
	e.plain = trimmed_copy(fields[1], false);
	e.fine_when = trimmed_copy(fields[2], false);
	if (e.plain == NULL || e.fine_when == NULL || ((size_t)w->count == l->size &&
	    !grow(l))) {
		free(e.word);
		free(e.plain);
		free(e.fine_when);
		return STATUS_NO_MEMORY;
	}
	w->words[w->count++] = e;
	return STATUS_OK;
}

static enum status
read_line(struct loader *l, char *text)
{
	char *fields[MAX_COLUMNS];
	int n;

	if (l->line == 1 && strncmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3;	/* the byte order mark spreadsheets write */
	if (l->line > 1 && text[0] == '\0')
		return STATUS_OK;
	n = files_csv_split(text, fields, MAX_COLUMNS);
	if (n < 0)
		return problem(l, "a quote mark is not closed, or stands inside a field");
	if (l->line == 1) {
		if (n < 3 || n > MAX_COLUMNS || strcmp(fields[0], "word") != 0 ||
		    strcmp(fields[1], "plain") != 0 || strcmp(fields[2], "fine_when") != 0)
			return problem(l, "the first line should start \"word,plain,fine_when\"");
		l->columns = n;
		return STATUS_OK;
	}
	if (n != l->columns)
		return problem(l, "%d fields where the header has %d (quote a field that holds a "
		    "comma)", n, l->columns);
	return add_entry(l, fields);
}

static enum status
read_lines(struct loader *l, FILE *f, struct error *err)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	enum status st = STATUS_OK;

	while (st != STATUS_NO_MEMORY && (len = getline(&line, &cap, f)) >= 0) {
		l->line++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		st = read_line(l, line);
		if (l->line == 1 && l->columns == 0)
			break;	/* without the header, the rows mean nothing */
	}
	free(line);
	if (st == STATUS_NO_MEMORY || (ferror(f) && errno == ENOMEM))
		return error_set(err, STATUS_NO_MEMORY, NULL);
	if (ferror(f))
		return error_set(err, STATUS_IO_ERROR, "%s:%u: %s", l->path, l->line + 1,
		    strerror(errno));
	if (l->line == 0) {
		l->line = 1;
		problem(l, "the file is empty; it should start \"word,plain,fine_when\"");
	}
	if (l->problems == 0)
		return STATUS_OK;
	if (l->problems == 1)
		return error_set(err, STATUS_INVALID, "%s", l->first);
	return error_set(err, STATUS_INVALID, "%s (and %u more problem%s)", l->first,
	    l->problems - 1, l->problems == 2 ? "" : "s");
}

/* Longest first, so a phrase is tried before the words in it; then alphabetical. */
static int
by_length(const void *a, const void *b)
{
	const struct plain_word *x = a, *y = b;
	size_t nx = strlen(x->word), ny = strlen(y->word);

	if (nx != ny)
		return nx > ny ? -1 : 1;
	return strcmp(x->word, y->word);
}

struct plain_words *
plain_words_load(const char *path, struct error *err)
{
	struct loader l = { .path = path };
	enum status st;
	FILE *f;

	if ((l.w = calloc(1, sizeof *l.w)) == NULL) {
		error_set(err, STATUS_NO_MEMORY, NULL);
		return NULL;
	}
	if ((f = fopen(path, "r")) == NULL) {
		error_set(err, STATUS_IO_ERROR, "%s: %s", path, strerror(errno));
		plain_words_free(l.w);
		return NULL;
	}
	st = read_lines(&l, f, err);
	fclose(f);
	if (st != STATUS_OK) {
		plain_words_free(l.w);
		return NULL;
	}
	if (l.w->count > 0)
		qsort(l.w->words, (size_t)l.w->count, sizeof l.w->words[0], by_length);
	return l.w;
}

void
plain_words_free(struct plain_words *w)
{
	if (w == NULL)
		return;
	for (int i = 0; i < w->count; i++) {
		free(w->words[i].word);
		free(w->words[i].plain);
		free(w->words[i].fine_when);
	}
	free(w->words);
	free(w);
}
