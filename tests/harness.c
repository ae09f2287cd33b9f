/* The test harness: counts, one line per test, and the closing "N passed, N failed". */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"

static const char *current;
static int failures_in_test;

bool
harness_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	if (ok)
		return true;
	if (failures_in_test++ == 0)
		printf("FAIL %s\n", current);
	printf("    %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	return false;
}

bool
harness_check_str(const char *got, const char *want, const char *file, int line, const char *expr)
{
	if (got != NULL && want != NULL && strcmp(got, want) == 0)
		return true;
	return harness_check(false, file, line, "%s is \"%s\", expected \"%s\"", expr,
	    got ? got : "(null)", want ? want : "(null)");
}

bool
harness_check_int(long long got, long long want, const char *file, int line, const char *expr)
{
	if (got == want)
		return true;
	return harness_check(false, file, line, "%s is %lld, expected %lld", expr, got, want);
}

int
harness_main(int argc, char **argv, const struct test *tests, int count)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	int passed = 0, failed = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (int i = 0; i < count; i++) {
		if (filter != NULL && strstr(tests[i].name, filter) == NULL)
			continue;
		current = tests[i].name;
		failures_in_test = 0;
		tests[i].fn();
		if (failures_in_test == 0) {
			printf("PASS %s\n", current);
			passed++;
		} else
			failed++;
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}

bool
harness_write_temp(const char *prefix, const char *text, char *path, size_t size)
{
	const char *tmp = getenv("CIVICDESK_TEST_TMP");
	FILE *f;
	int fd;

	snprintf(path, size, "%s/%s-XXXXXX", tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp", prefix);
	fd = mkstemp(path);
	if (!CHECK(fd >= 0))
		return false;
	if (!CHECK((f = fdopen(fd, "w")) != NULL)) {
		close(fd);
		unlink(path);
		return false;
	}
	fputs(text, f);
	if (!CHECK(fclose(f) == 0)) {
		unlink(path);
		return false;
	}
	return true;
}
