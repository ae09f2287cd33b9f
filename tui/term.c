/* Characters as the terminal can show them. */
#include <iconv.h>
#include <langinfo.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "term.h"
#include "translit.h"

static bool utf8 = true;
static iconv_t translit_cd = (iconv_t)-1;	/* UTF-8 to the terminal's set, transliterating */

void
term_init(void)
{
	const char *set = nl_langinfo(CODESET);
	char to[64];

	utf8 = set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
	if (!utf8 && set != NULL) {
		snprintf(to, sizeof to, "%s//TRANSLIT", set);
		translit_cd = iconv_open(to, "UTF-8");
	}
}

/*
 * The character's transliteration by iconv in the terminal's own set (the locale's rules:
 * "€" becomes "EUR"), as wide characters; 0 when iconv has none but "?".
 */
static int
iconv_translit(const char *s, size_t len, wchar_t out[TERM_CHAR_MAX])
{
	char in[8], bytes[TERM_CHAR_MAX + 1], *ip = in, *op = bytes;
	size_t left = len, room = TERM_CHAR_MAX;
	int n = 0;

	if (translit_cd == (iconv_t)-1 || len > sizeof in)
		return 0;
	memcpy(in, s, len);
	iconv(translit_cd, NULL, NULL, NULL, NULL);
	if (iconv(translit_cd, &ip, &left, &op, &room) == (size_t)-1 || op == bytes)
		return 0;
	*op = '\0';
	if (strcmp(bytes, "?") == 0)
		return 0;
	for (const char *b = bytes; *b != '\0' && n < TERM_CHAR_MAX; n++) {
		mbstate_t st;
		size_t k;

		memset(&st, 0, sizeof st);
		k = mbrtowc(&out[n], b, (size_t)(op - b), &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0 || out[n] < L' ')
			return 0;
		b += k;
	}
	return n;
}

bool
term_utf8(void)
{
	return utf8;
}

/* Decodes one UTF-8 character; 0 for an invalid or cut sequence. */
static size_t
decode(const char *s, unsigned long *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len = u[0] < 0x80 ? 1 : (u[0] & 0xE0) == 0xC0 ? 2 : (u[0] & 0xF0) == 0xE0 ? 3 :
	    (u[0] & 0xF8) == 0xF0 ? 4 : 0;
	unsigned long v = len == 1 ? u[0] : len == 2 ? u[0] & 0x1Fu : len == 3 ? u[0] & 0x0Fu :
	    u[0] & 0x07u;

	if (len == 0)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (u[i] & 0x3Fu);
	}
	/* Overlong forms, surrogates and values past Unicode are not characters. */
	if ((len == 2 && v < 0x80) || (len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
	    (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
		return 0;
	*cp = v;
	return len;
}

/* Has the terminal's character set this character (glibc's wchar_t is the code point)? */
static bool
representable(unsigned long cp)
{
	char buf[MB_LEN_MAX];
	mbstate_t st;

	memset(&st, 0, sizeof st);
	return wcrtomb(buf, (wchar_t)cp, &st) != (size_t)-1;
}

static int
by_code(const void *key, const void *entry)
{
	unsigned long k = *(const unsigned long *)key;
	unsigned short c = ((const struct translit *)entry)->code;

	return k < c ? -1 : k > c;
}

size_t
term_char(const char *s, wchar_t out[TERM_CHAR_MAX], int *n, int *cols)
{
	unsigned long cp = '?';
	size_t len = decode(s, &cp);
	const struct translit *t;
	int w;

	if (len == 0)
		len = 1, cp = '?';
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
		cp = ' ';	/* a control character would move the cursor */
	if (utf8 || representable(cp)) {
		w = wcwidth((wchar_t)cp);
		out[0] = (wchar_t)(w < 0 ? '?' : cp);
		*n = 1;
		*cols = w < 0 ? 1 : w;
		return len;
	}
	/* The C library's transliteration first, then our table (which the C locale lacks). */
	if ((*n = iconv_translit(s, len, out)) > 0) {
		*cols = *n;
		return len;
	}
	t = cp <= 0xFFFF ? bsearch(&cp, translit, sizeof translit / sizeof translit[0],
	    sizeof translit[0], by_code) : NULL;
	*n = 0;
	for (const char *a = t != NULL ? t->ascii : "?"; *a != '\0' && *n < TERM_CHAR_MAX; a++)
		out[(*n)++] = (wchar_t)*a;
	*cols = *n;
	return len;
}

bool
term_can_show(const char *s)
{
	while (*s != '\0') {
		unsigned long cp;
		size_t len = decode(s, &cp);

		if (len == 0 || (!utf8 && cp >= 0x80 && !representable(cp)))
			return false;
		s += len;
	}
	return true;
}

size_t
term_encode(wchar_t wc, char out[4])
{
	unsigned long v = (unsigned long)wc;

	if (v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || (v >= 0xD800 && v <= 0xDFFF) ||
	    v > 0x10FFFF)
		return 0;
	if (v < 0x80) {
		out[0] = (char)v;
		return 1;
	}
	if (v < 0x800) {
		out[0] = (char)(0xC0 | v >> 6);
		out[1] = (char)(0x80 | (v & 0x3F));
		return 2;
	}
	if (v < 0x10000) {
		out[0] = (char)(0xE0 | v >> 12);
		out[1] = (char)(0x80 | (v >> 6 & 0x3F));
		out[2] = (char)(0x80 | (v & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | v >> 18);
	out[1] = (char)(0x80 | (v >> 12 & 0x3F));
	out[2] = (char)(0x80 | (v >> 6 & 0x3F));
	out[3] = (char)(0x80 | (v & 0x3F));
	return 4;
}
