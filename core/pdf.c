/*
 * Letters as PDF: the text goes to civicdesk-pdf (core/pdf/civicdesk-pdf.c), a separate program
 * run once per letter, so a session never loads cairo, pango or their fonts.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdf.h"

/* The helper: configured, else beside this program, else civicdesk-pdf on PATH. */
static void
helper_path(const struct config *cfg, char *out, size_t size)
{
	char self[900];
	ssize_t len;

	if (cfg->pdf_helper[0] != '\0') {
		snprintf(out, size, "%s", cfg->pdf_helper);
		return;
	}
	snprintf(out, size, "civicdesk-pdf");
	if ((len = readlink("/proc/self/exe", self, sizeof self - 1)) <= 0)
		return;
	self[len] = '\0';
	if (strrchr(self, '/') != NULL)
		*strrchr(self, '/') = '\0';
	snprintf(self + strlen(self), sizeof self - strlen(self), "/civicdesk-pdf");
	if (access(self, X_OK) == 0)
		snprintf(out, size, "%s", self);
}

/*
 * The text goes to the helper as a file that is already unlinked, not through a pipe: a helper
 * that fails early can then never stop this process with SIGPIPE.
 */
static int
text_file(const char *text)
{
	const char *tmp = getenv("TMPDIR");
	char path[600];
	size_t len = strlen(text);
	int fd;

	snprintf(path, sizeof path, "%s/civicdesk-letter-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return -1;
	unlink(path);
	if (write(fd, text, len) != (ssize_t)len || lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static void
run_helper(const char *helper, int in, int errout, const char *heading, const char *path)
{
	int null = open("/dev/null", O_WRONLY);

	dup2(in, STDIN_FILENO);
	if (null >= 0)
		dup2(null, STDOUT_FILENO);
	dup2(errout, STDERR_FILENO);
	execlp(helper, helper, "--heading", heading, "-o", path, (char *)NULL);
	dprintf(STDERR_FILENO, "cannot run %s: %s", helper, strerror(errno));
	_exit(127);
}

enum status
pdf_write(const struct config *cfg, const char *text, const char *heading, const char *path,
    struct error *err)
{
	char helper[1000], message[200] = "";
	int in = text_file(text), pipefd[2], status;
	ssize_t got, used = 0;
	pid_t pid;

	if (in < 0)
		return error_set(err, STATUS_IO_ERROR, "cannot write a temporary file for the PDF");
	helper_path(cfg, helper, sizeof helper);
	if (pipe(pipefd) != 0 || (pid = fork()) < 0) {
		close(in);
		return error_set(err, STATUS_IO_ERROR, "cannot start %s", helper);
	}
	if (pid == 0)
		run_helper(helper, in, pipefd[1], heading, path);
	close(in);
	close(pipefd[1]);
	while ((got = read(pipefd[0], message + used, sizeof message - 1 - (size_t)used)) > 0 ||
	    (got < 0 && errno == EINTR))
		used += got > 0 ? got : 0;
	message[used] = '\0';
	/* The helper's first line says what went wrong. */
	memmove(message, message + strspn(message, "\n"), strlen(message) + 1);
	message[strcspn(message, "\n")] = '\0';
	close(pipefd[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return error_set(err, STATUS_IO_ERROR, "the PDF could not be made: %s",
		    message[0] ? message : "the helper failed");
	return STATUS_OK;
}
