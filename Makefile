# civicdesk: `make run` to try it, `make check` to test it, `make bench` to measure it.

CC       ?= cc
CFLAGS   ?= -O2 -g
# snprintf cutting text to a field's size is deliberate, so its truncation warning is off.
CFLAGS   += -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-format-truncation
CPPFLAGS += -DCIVICDESK_VERSION=\"0.1.0\" -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
            -Icore -I$(B) -I/usr/include/postgresql -I/usr/include/iniparser
TUI_LIBS  = $(shell pkg-config --libs ncursesw 2>/dev/null || echo -lncursesw -ltinfo)
CORE_LIBS = -lpq -liniparser
# Letters are drawn as PDF by a separate short-lived program, so sessions never load cairo.
PDF_CFLAGS = $(shell pkg-config --cflags pangocairo 2>/dev/null)
PDF_LIBS   = $(shell pkg-config --libs pangocairo 2>/dev/null || echo -lpangocairo-1.0 -lpango-1.0 -lcairo -lgobject-2.0 -lglib-2.0)

B        = build
VAR      = $(CURDIR)/var
DEMO_PG  = $(VAR)/pg
TEST_PG  = $(VAR)/pgtest
DEMO_INI = $(VAR)/demo.ini
DEMO_ENV = PGHOST=$(DEMO_PG) PGDATABASE=civicdesk PGUSER=civicdesk CIVICDESK_CONFIG=$(DEMO_INI)

CORE_SRC = $(wildcard core/*.c)
TUI_SRC  = $(wildcard tui/*.c)
SQL      = $(sort $(wildcard core/sql/*.sql))
CORE_OBJ = $(CORE_SRC:%.c=$(B)/%.o) $(B)/sqlfiles.o
TUI_OBJ  = $(TUI_SRC:%.c=$(B)/%.o)
UNIT     = $(patsubst tests/unit/%.c,$(B)/tests/%,$(wildcard tests/unit/*.c))
DBTESTS  = $(patsubst tests/db/%.c,$(B)/tests/%,$(wildcard tests/db/*.c))

.PHONY: all deps run stop check bench demo-db layers clean
.DELETE_ON_ERROR:

all: deps
	@$(MAKE) --no-print-directory $(B)/civicdesk $(B)/civicdesk-pdf $(UNIT) $(DBTESTS)

deps:
	@tools/deps run

# core/ never draws and tui/ never speaks SQL: the build refuses a change that crosses the line.
layers:
	@! grep -nE '#include[[:space:]]*[<"](n?curses|ncursesw/)' core/*.c core/*.h || \
	    { echo "core/ must not include curses"; exit 1; }
	@! grep -nE 'libpq-fe\.h|\<PQ[a-z]+\(' tui/*.c tui/*.h || \
	    { echo "tui/ must reach the database through core/"; exit 1; }

# Quiet by default; `make V=1` shows the commands.
Q = $(if $(V),,@)

$(B)/%.o: %.c | layers
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(B)/sqlfiles.c: $(SQL) tools/embed-sql
	@mkdir -p $(B)
	$(Q)tools/embed-sql $(SQL) > $@

$(B)/sqlfiles.o: $(B)/sqlfiles.c
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(B)/libcivicdesk.a: $(CORE_OBJ)
	$(Q)$(AR) rcs $@ $^

$(B)/civicdesk: $(TUI_OBJ) $(B)/libcivicdesk.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $(TUI_OBJ) $(B)/libcivicdesk.a $(CORE_LIBS) $(TUI_LIBS)

$(B)/civicdesk-pdf: core/pdf/civicdesk-pdf.c | layers
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(CPPFLAGS) $(PDF_CFLAGS) $(CFLAGS) -o $@ $< $(LDFLAGS) $(PDF_LIBS)

TEST_LINK = $(CC) $(CPPFLAGS) -Itests $(CFLAGS) -o $@ $< $(B)/tests/harness.o \
            $(B)/libcivicdesk.a $(CORE_LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/tests/harness.o $(B)/libcivicdesk.a
	@mkdir -p $(dir $@)
	$(Q)$(TEST_LINK)

$(B)/tests/%: tests/db/%.c tests/db/dbtest.h $(B)/tests/harness.o $(B)/libcivicdesk.a
	@mkdir -p $(dir $@)
	$(Q)$(TEST_LINK)

# A terminal of 8-bit characters for the screen tests (tmux passes only UTF-8).
$(B)/tests/vt8: tests/tools/vt8.c | layers
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LDFLAGS) -lvterm -lutil

# The Mustache specification's tests are JSON, read with json-c (tests only).
$(B)/tests/test_mustache: CORE_LIBS += -ljson-c

$(B)/tests/harness.o: tests/harness.c tests/harness.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

# The demo council in a private cluster under var/ (kept between runs; `make stop` stops it).
$(DEMO_INI): Makefile
	@mkdir -p $(VAR)
	@printf '; Written by make for the demo cluster.\n[session]\ndemo_signin = yes\n[drafts]\ndir = "%s"\n[forms]\ndir = "%s"\n[locales]\ndir = "%s"\n' \
	    "$(VAR)/drafts" "$(CURDIR)/forms" "$(CURDIR)/locales" > $@
	@printf '[interpreting]\nservice = "%s"\nphone = "%s"\naccount = "%s"\nbsl = "%s"\n' \
	    "Eastmere Language Line (demo)" "01632 960555" "EMC-4471" \
	    "01632 960556, or sign-video.example.org/eastmere" >> $@

demo-db: all $(DEMO_INI)
	@tools/pg start $(DEMO_PG) civicdesk
	@$(DEMO_ENV) $(B)/civicdesk db migrate
	@$(DEMO_ENV) $(B)/civicdesk db demo

run: demo-db
	@$(DEMO_ENV) $(B)/civicdesk --as demo

stop:
	@tools/pg stop $(DEMO_PG)

# Every test on a throwaway cluster, which is stopped and removed whatever the outcome.
check:
	@tools/deps check
	@$(MAKE) --no-print-directory $(B)/civicdesk $(B)/civicdesk-pdf $(UNIT) $(DBTESTS) \
	    $(B)/tests/vt8
	@tests/run $(TEST_PG)

bench:
	@tools/deps check
	@$(MAKE) --no-print-directory $(B)/civicdesk
	@tests/bench/run $(VAR)/pgbench

clean:
	rm -rf $(B)

-include $(shell find $(B) -name '*.d' 2>/dev/null)
