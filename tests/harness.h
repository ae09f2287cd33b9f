/*
 * A small test harness: each test is a function; CHECK records a failure and carries on. A test
 * program prints one line per test ("PASS name" or "FAIL name: file:line: what") and ends with
 * "N passed, N failed"; tests/run adds the programs' counts together.
 */
#ifndef CIVICDESK_HARNESS_H
#define CIVICDESK_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct test {
	const char *name;
	void (*fn)(void);
};

#define TEST(name) static void name(void)
#define TEST_ENTRY(name) { #name, name }

/* Records a failure of the running test unless cond holds; returns cond. */
#define CHECK(cond) harness_check((cond), __FILE__, __LINE__, "%s", #cond)
#define CHECK_STR(got, want) \
	harness_check_str((got), (want), __FILE__, __LINE__, #got)
#define CHECK_INT(got, want) \
	harness_check_int((long long)(got), (long long)(want), __FILE__, __LINE__, #got)

bool harness_check(bool ok, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
bool harness_check_str(const char *got, const char *want, const char *file, int line,
    const char *expr);
bool harness_check_int(long long got, long long want, const char *file, int line,
    const char *expr);

/*
 * Writes text to a new file in $CIVICDESK_TEST_TMP (or /tmp) named from prefix, its name into
 * path; false, after a failed check, when it could not. The caller unlinks it.
 */
bool harness_write_temp(const char *prefix, const char *text, char *path, size_t size);

/*
 * Runs the tests (those whose name contains argv[1], when given), prints the summary line and
 * returns the exit status for main: 0 when every test passed.
 */
int harness_main(int argc, char **argv, const struct test *tests, int count);

#define HARNESS_MAIN(tests) \
	int main(int argc, char **argv) \
	{ return harness_main(argc, argv, tests, (int)(sizeof tests / sizeof tests[0])); }

#endif
