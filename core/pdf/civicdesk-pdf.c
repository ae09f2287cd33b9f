/*
 * civicdesk-pdf: draws one letter as an A4 PDF with cairo and pango, so names in any script print
 * correctly. civicdesk runs it as a short-lived child, so the session itself never loads cairo.
 *
 *	civicdesk-pdf [--heading TEXT] [--title TEXT] [--font-size PT] [-o FILE] < letter.txt
 *
 * Input on stdin is UTF-8 plain text, one paragraph per line. The first block of lines (up to the
 * first blank line) is the council's letterhead, a blank line is one line of space, and a line
 * equal to --heading is the letter's heading. Invalid UTF-8 is printed as U+FFFD.
 *
 * Exit status: 0 written; 1 empty input or output not written (one line on stderr); 2 bad
 * arguments (with usage).
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#define PROGRAM		"civicdesk-pdf"

#define MM		(72.0 / 25.4)
#define PAGE_WIDTH	595.28		/* A4 in points */
#define PAGE_HEIGHT	841.89
#define MARGIN_SIDE	(25 * MM)
#define MARGIN_TOP	(20 * MM)
#define MARGIN_BOTTOM	(25 * MM)
#define TEXT_WIDTH	(PAGE_WIDTH - 2 * MARGIN_SIDE)
#define TEXT_BOTTOM	(PAGE_HEIGHT - MARGIN_BOTTOM)

/*
 * Noto Sans, then fontconfig's fallback for other scripts. The fonts named after it come before
 * that fallback, which would otherwise draw Arabic and Hebrew in DejaVu Sans and split an Urdu
 * name between two fonts, breaking its joins. A font not installed is skipped.
 */
#define FONT_FAMILY	"Noto Sans,Noto Sans Arabic,Noto Sans Hebrew,Noto Sans CJK SC"
#define FONT_SIZE	11.0
#define FONT_SIZE_MIN	8.0
#define FONT_SIZE_MAX	32.0

/* Far more than any letter: a runaway pipe must not grow the child without bound. */
#define INPUT_MAX	(4 * 1024 * 1024)

enum { EXIT_WRITTEN = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

/* The command line, as valid UTF-8 copies the program owns (options_free). */
struct options {
	char	*heading;	/* NULL when none */
	char	*title;		/* PDF title; NULL means the heading */
	char	*output;	/* NULL or "-" means standard output */
	double	 font_size;
};

enum style {
	STYLE_BODY,
	STYLE_LETTERHEAD_FIRST,
	STYLE_LETTERHEAD,
	STYLE_HEADING,
};

static const struct {
	double	scale;		/* of --font-size */
	bool	bold;
} styles[] = {
	[STYLE_BODY]		 = { 1.0, false },
	[STYLE_LETTERHEAD_FIRST] = { 1.4, true },
	[STYLE_LETTERHEAD]	 = { 1.0, true },
	[STYLE_HEADING]		 = { 1.2, true },
};

/* Where the line being read is, relative to the letterhead block. */
enum part { BEFORE_LETTERHEAD, IN_LETTERHEAD, AFTER_LETTERHEAD };

struct paragraph {
	PangoLayout	*layout;	/* owned; empty text for a blank line */
	bool		 blank;
	bool		 keep_with_next;	/* a heading is never the last line on a page */
};

struct letter {
	struct paragraph *paragraphs;
	size_t		  count;
};

/* Pagination state; the same walk counts the pages and then draws them, so both agree. */
struct flow {
	cairo_t		*cr;		/* borrowed; NULL while only counting pages */
	PangoLayout	*footer;	/* borrowed */
	int		 page;
	int		 pages;		/* total, known once counted */
	double		 y;		/* where the next line's top goes on this page */
	bool		 empty;		/* nothing placed on this page yet */
};

/* Where cairo's PDF bytes go. */
struct sink {
	FILE	*fp;
	int	 error;		/* errno of the first failed write, 0 while none */
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: " PROGRAM " [--heading TEXT] [--title TEXT] [--font-size PT] "
	    "[-o FILE] < letter.txt\n"
	    "  --heading TEXT   the line of the letter to print as its heading\n"
	    "  --title TEXT     PDF title (default: the heading)\n"
	    "  --font-size PT   body text size, %g to %g (default %g; large print 16 or more)\n"
	    "  -o FILE          write the PDF to FILE (default or \"-\": standard output)\n",
	    FONT_SIZE_MIN, FONT_SIZE_MAX, FONT_SIZE);
}

static int
fail(const char *what, const char *why)
{
	fprintf(stderr, PROGRAM ": %s: %s\n", what, why);
	return EXIT_FAILED;
}

/* Replaces *dst with a copy of src in which invalid UTF-8 has become U+FFFD; "" becomes NULL. */
static void
set_text_option(char **dst, const char *src)
{
	g_free(*dst);
	*dst = *src == '\0' ? NULL : g_utf8_make_valid(src, -1);
}

static bool
parse_font_size(const char *s, double *size)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0')
		return false;
	if (!(v >= FONT_SIZE_MIN && v <= FONT_SIZE_MAX))
		return false;
	*size = v;
	return true;
}

static void
options_free(struct options *opt)
{
	g_free(opt->heading);
	g_free(opt->title);
	g_free(opt->output);
}

/* Fills opt from the command line. Returns -1 to go on, or the status to exit with. */
static int
parse_options(int argc, char **argv, struct options *opt)
{
	enum { OPT_HEADING = 256, OPT_TITLE, OPT_FONT_SIZE };
	static const struct option longopts[] = {
		{ "heading",	required_argument,	NULL, OPT_HEADING },
		{ "title",	required_argument,	NULL, OPT_TITLE },
		{ "font-size",	required_argument,	NULL, OPT_FONT_SIZE },
		{ "output",	required_argument,	NULL, 'o' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 },
	};
	int c;

	*opt = (struct options){ .font_size = FONT_SIZE };
	opterr = 0;	/* one message, in this program's words */
	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_HEADING:
			set_text_option(&opt->heading, optarg);
			break;
		case OPT_TITLE:
			set_text_option(&opt->title, optarg);
			break;
		case OPT_FONT_SIZE:
			if (!parse_font_size(optarg, &opt->font_size)) {
				fprintf(stderr, PROGRAM ": font size must be a number from %g to %g: %s\n",
				    FONT_SIZE_MIN, FONT_SIZE_MAX, optarg);
				goto bad;
			}
			break;
		case 'o':
			g_free(opt->output);
			opt->output = g_strdup(optarg);
			break;
		case 'h':
			usage(stdout);
			options_free(opt);
			return EXIT_WRITTEN;
		default:
			fprintf(stderr, PROGRAM ": bad option or missing value: %s\n",
			    argv[optind - 1]);
			goto bad;
		}
	}
	if (optind < argc) {
		fprintf(stderr, PROGRAM ": unexpected argument: %s\n", argv[optind]);
		goto bad;
	}
	return -1;
bad:
	usage(stderr);
	options_free(opt);
	return EXIT_USAGE;
}

/*
 * Reads all of in and returns it as valid UTF-8 (invalid bytes, NUL among them, become U+FFFD),
 * for the caller to g_free. NULL with *cause set when it cannot be read.
 */
static char *
read_letter(FILE *in, const char **cause)
{
	GString *raw = g_string_new(NULL);
	char chunk[16384];
	size_t n;
	char *text;

	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0) {
		if (raw->len + n > INPUT_MAX) {
			*cause = "too long for a letter";
			g_string_free(raw, TRUE);
			return NULL;
		}
		g_string_append_len(raw, chunk, (gssize)n);
	}
	if (ferror(in)) {
		*cause = strerror(errno);
		g_string_free(raw, TRUE);
		return NULL;
	}
	text = g_utf8_make_valid(raw->str, (gssize)raw->len);
	g_string_free(raw, TRUE);
	return text;
}

static bool
is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!g_ascii_isspace(s[i]))
			return false;
	return true;
}

/* Returns the length of the line at p without its line ending; *next is the line after it. */
static size_t
next_line(const char *p, const char **next)
{
	size_t len = strcspn(p, "\n");

	*next = p[len] == '\n' ? p + len + 1 : p + len;
	if (len > 0 && p[len - 1] == '\r')
		len--;
	return len;
}

static size_t
count_lines(const char *text)
{
	size_t n = 0;

	for (const char *p = text; *p != '\0'; n++)
		next_line(p, &p);
	return n;
}

/* Decides a line's style from its place in the letter; advances *part past the letterhead. */
static enum style
line_style(enum part *part, const char *line, size_t len, bool blank, const char *heading)
{
	if (blank) {
		if (*part == IN_LETTERHEAD)
			*part = AFTER_LETTERHEAD;
		return STYLE_BODY;
	}
	if (*part == BEFORE_LETTERHEAD) {
		*part = IN_LETTERHEAD;
		return STYLE_LETTERHEAD_FIRST;
	}
	if (*part == IN_LETTERHEAD)
		return STYLE_LETTERHEAD;
	if (heading != NULL && strlen(heading) == len && memcmp(line, heading, len) == 0)
		return STYLE_HEADING;
	return STYLE_BODY;
}

static void
set_font(PangoLayout *layout, double size, bool bold)
{
	PangoFontDescription *font = pango_font_description_new();

	pango_font_description_set_family_static(font, FONT_FAMILY);
	pango_font_description_set_size(font, (gint)(size * PANGO_SCALE + 0.5));
	pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(layout, font);
	pango_font_description_free(font);
}

/* Returns a new layout of one paragraph, wrapped to the text width, for the caller to unref. */
static PangoLayout *
paragraph_layout(PangoContext *ctx, const char *text, size_t len, enum style style,
    double font_size)
{
	PangoLayout *layout = pango_layout_new(ctx);

	set_font(layout, font_size * styles[style].scale, styles[style].bold);
	pango_layout_set_width(layout, pango_units_from_double(TEXT_WIDTH));
	pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_auto_dir(layout, TRUE);
	pango_layout_set_text(layout, text, (int)len);
	return layout;
}

/* Lays out every line of text as a paragraph; letter_free releases them. */
static void
letter_build(struct letter *letter, PangoContext *ctx, const char *text,
    const struct options *opt)
{
	enum part part = BEFORE_LETTERHEAD;
	const char *next;

	letter->paragraphs = g_new0(struct paragraph, count_lines(text));
	letter->count = 0;
	for (const char *p = text; *p != '\0'; p = next) {
		struct paragraph *para = &letter->paragraphs[letter->count++];
		size_t len = next_line(p, &next);
		bool blank = is_blank(p, len);
		enum style style = line_style(&part, p, len, blank, opt->heading);

		para->blank = blank;
		para->keep_with_next = style == STYLE_HEADING;
		para->layout = paragraph_layout(ctx, p, blank ? 0 : len, style, opt->font_size);
	}
}

/* Auto direction has resolved it from the paragraph's first strong character. */
static bool
paragraph_is_rtl(PangoLayout *layout)
{
	return pango_layout_get_line_readonly(layout, 0)->resolved_dir == PANGO_DIRECTION_RTL;
}

static long
count_letters(const char *s)
{
	long n = 0;

	for (; *s != '\0'; s = g_utf8_next_char(s))
		if (g_unichar_isalpha(g_utf8_get_char(s)))
			n++;
	return n;
}

/* True when most of the letter's letters are in right-to-left paragraphs. */
static bool
letter_is_rtl(const struct letter *letter)
{
	long balance = 0;

	for (size_t i = 0; i < letter->count; i++) {
		PangoLayout *layout = letter->paragraphs[i].layout;
		long letters = count_letters(pango_layout_get_text(layout));

		balance += paragraph_is_rtl(layout) ? letters : -letters;
	}
	return balance > 0;
}

/*
 * Starts every line on the letter's side, so a recipient named in Arabic stays in the address
 * block (and the envelope window) of an English letter. With auto direction pango swaps left and
 * right for a paragraph whose direction differs from the context's (left to right), so such a
 * paragraph asks for the other side.
 */
static void
letter_align(struct letter *letter)
{
	bool rtl = letter_is_rtl(letter);

	for (size_t i = 0; i < letter->count; i++) {
		PangoLayout *layout = letter->paragraphs[i].layout;
		bool right = rtl != paragraph_is_rtl(layout);

		pango_layout_set_alignment(layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	}
}

static void
letter_free(struct letter *letter)
{
	for (size_t i = 0; i < letter->count; i++)
		g_object_unref(letter->paragraphs[i].layout);
	g_free(letter->paragraphs);
}

static double
layout_height(PangoLayout *layout)
{
	PangoRectangle logical;

	pango_layout_get_extents(layout, NULL, &logical);
	return pango_units_to_double(logical.height);
}

static double
first_line_height(PangoLayout *layout)
{
	PangoRectangle logical;

	pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, 0), NULL, &logical);
	return pango_units_to_double(logical.height);
}

/* The room paragraph i needs to keep with what follows: itself, any space, the next line. */
static double
kept_height(const struct letter *letter, size_t i)
{
	double height = layout_height(letter->paragraphs[i].layout);

	for (size_t j = i + 1; j < letter->count; j++) {
		PangoLayout *layout = letter->paragraphs[j].layout;

		if (!letter->paragraphs[j].blank)
			return height + first_line_height(layout);
		height += layout_height(layout);
	}
	return height;
}

/* Centred in the bottom margin, clear of the text above it. */
static void
draw_footer(const struct flow *f)
{
	char text[64];

	snprintf(text, sizeof text, "Page %d of %d", f->page, f->pages);
	pango_layout_set_text(f->footer, text, -1);
	cairo_move_to(f->cr, MARGIN_SIDE,
	    TEXT_BOTTOM + (MARGIN_BOTTOM - layout_height(f->footer)) / 2);
	pango_cairo_show_layout(f->cr, f->footer);
}

static void
finish_page(const struct flow *f)
{
	if (f->cr == NULL)
		return;
	draw_footer(f);
	cairo_show_page(f->cr);
}

static void
new_page(struct flow *f)
{
	finish_page(f);
	f->page++;
	f->y = MARGIN_TOP;
	f->empty = true;
}

/* A blank line. A page break already separates, so space never starts a following page. */
static void
flow_space(struct flow *f, double height)
{
	if (f->empty && f->page > 1)
		return;
	f->y = MIN(f->y + height, TEXT_BOTTOM);
	f->empty = false;
}

/* Places a paragraph line by line, so a long one breaks between lines onto the next page. */
static void
flow_paragraph(struct flow *f, PangoLayout *layout)
{
	PangoLayoutIter *iter = pango_layout_get_iter(layout);

	do {
		PangoRectangle logical;
		double height;

		pango_layout_iter_get_line_extents(iter, NULL, &logical);
		height = pango_units_to_double(logical.height);
		if (!f->empty && f->y + height > TEXT_BOTTOM)
			new_page(f);
		if (f->cr != NULL) {
			int baseline = pango_layout_iter_get_baseline(iter) - logical.y;

			cairo_move_to(f->cr, MARGIN_SIDE + pango_units_to_double(logical.x),
			    f->y + pango_units_to_double(baseline));
			pango_cairo_show_layout_line(f->cr, pango_layout_iter_get_line_readonly(iter));
		}
		f->y += height;
		f->empty = false;
	} while (pango_layout_iter_next_line(iter));
	pango_layout_iter_free(iter);
}

/* Walks the whole letter onto pages, drawing them when f->cr is set; returns the page count. */
static int
flow_letter(struct flow *f, const struct letter *letter)
{
	f->page = 1;
	f->y = MARGIN_TOP;
	f->empty = true;
	for (size_t i = 0; i < letter->count; i++) {
		const struct paragraph *para = &letter->paragraphs[i];

		if (para->blank) {
			flow_space(f, layout_height(para->layout));
			continue;
		}
		if (para->keep_with_next && !f->empty && f->y + kept_height(letter, i) > TEXT_BOTTOM)
			new_page(f);
		flow_paragraph(f, para->layout);
	}
	finish_page(f);
	return f->page;
}

/*
 * Returns a new context on fonts (borrowed) that lays out in points, as the PDF measures, for
 * the caller to unref.
 */
static PangoContext *
print_context(cairo_t *cr, PangoFontMap *fonts)
{
	PangoContext *ctx = pango_font_map_create_context(fonts);
	cairo_font_options_t *fo = cairo_font_options_create();

	pango_cairo_update_context(cr, ctx);
	/* Pango assumes a 96 dpi screen; at 72 one point of font size is one unit of the page. */
	pango_cairo_context_set_resolution(ctx, 72);
	/* Hinting and rounding fit glyphs to screen pixels, which only makes print unevenly spaced. */
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	/* letter_align relies on this base direction. */
	pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR);
	return ctx;
}

static PangoLayout *
footer_layout(PangoContext *ctx, double font_size)
{
	PangoLayout *layout = pango_layout_new(ctx);

	set_font(layout, font_size, false);
	pango_layout_set_width(layout, pango_units_from_double(TEXT_WIDTH));
	pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
	return layout;
}

static cairo_status_t
sink_write(void *closure, const unsigned char *data, unsigned int length)
{
	struct sink *sink = closure;

	errno = 0;
	if (fwrite(data, 1, length, sink->fp) == length)
		return CAIRO_STATUS_SUCCESS;
	if (sink->error == 0)
		sink->error = errno != 0 ? errno : EIO;
	return CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata(cairo_surface_t *surface, const struct options *opt)
{
	const char *title = opt->title != NULL ? opt->title : opt->heading;

	if (title != NULL)
		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "civicdesk");
}

/* Draws the letter as a PDF into sink; false with *cause set when it could not be written. */
static bool
render(const char *text, const struct options *opt, struct sink *sink, const char **cause)
{
	cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(sink_write, sink,
	    PAGE_WIDTH, PAGE_HEIGHT);
	cairo_t *cr = cairo_create(surface);
	/* Our own font map rather than pango's process-wide one, so that it is freed too. */
	PangoFontMap *fonts = pango_cairo_font_map_new();
	PangoContext *ctx = print_context(cr, fonts);
	struct letter letter;
	struct flow f = { 0 };
	cairo_status_t status;

	set_metadata(surface, opt);
	letter_build(&letter, ctx, text, opt);
	letter_align(&letter);
	f.footer = footer_layout(ctx, opt->font_size);
	f.pages = flow_letter(&f, &letter);
	f.cr = cr;
	flow_letter(&f, &letter);

	g_object_unref(f.footer);
	letter_free(&letter);
	g_object_unref(ctx);
	cairo_destroy(cr);
	cairo_surface_finish(surface);
	status = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	g_object_unref(fonts);
	if (status == CAIRO_STATUS_SUCCESS)
		return true;
	*cause = sink->error != 0 ? strerror(sink->error) : cairo_status_to_string(status);
	return false;
}

/* Closes (or, for stdout, flushes) fp; false with *cause set when buffered bytes were lost. */
static bool
close_output(FILE *fp, const char **cause)
{
	bool ok = fflush(fp) == 0 && !ferror(fp);
	int saved = errno;

	if (fp != stdout && fclose(fp) != 0 && ok) {
		ok = false;
		saved = errno;
	}
	if (!ok)
		*cause = strerror(saved);
	return ok;
}

/* Only a plain file is removed after a failure: -o may name a device, and we may be root. */
static bool
is_regular_file(FILE *fp)
{
	struct stat st;

	return fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode);
}

/* Writes the PDF where opt says; a file left half written is removed. */
static int
write_pdf(const char *text, const struct options *opt)
{
	bool to_stdout = opt->output == NULL || strcmp(opt->output, "-") == 0;
	const char *name = to_stdout ? "standard output" : opt->output;
	struct sink sink = { to_stdout ? stdout : fopen(opt->output, "wb"), 0 };
	const char *cause = NULL, *close_cause = NULL;
	bool ok, removable;

	if (sink.fp == NULL)
		return fail(name, strerror(errno));
	removable = !to_stdout && is_regular_file(sink.fp);
	ok = render(text, opt, &sink, &cause);
	if (!close_output(sink.fp, &close_cause) && ok) {
		ok = false;
		cause = close_cause;
	}
	if (ok)
		return EXIT_WRITTEN;
	if (removable)
		unlink(opt->output);
	return fail(name, cause);
}

int
main(int argc, char **argv)
{
	struct options opt;
	const char *cause = NULL;
	char *text;
	int status;

	if ((status = parse_options(argc, argv, &opt)) >= 0)
		return status;
	if ((text = read_letter(stdin, &cause)) == NULL)
		status = fail("standard input", cause);
	else if (is_blank(text, strlen(text)))
		status = fail("standard input", "the letter is empty");
	else
		status = write_pdf(text, &opt);
	g_free(text);
	options_free(&opt);
	return status;
}
