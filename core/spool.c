/* The print spool: plain files any printing system can take, and one configured command. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "files.h"
#include "spool.h"

/*
 * Runs `command "$path"` through the shell, so the council can write "lp -d counter1", with
 * the path passed as an argument, never pasted into the command. Output goes nowhere: the
 * screen belongs to the application.
 */
static enum status
run_print(const char *command, const char *path, struct error *err)
{
	char script[600];
	pid_t pid;
	int status;

	snprintf(script, sizeof script, "%s \"$1\"", command);
	if ((pid = fork()) < 0)
		return error_set(err, STATUS_IO_ERROR, "cannot start the print command");
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);

		if (null >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(null, STDOUT_FILENO);
			dup2(null, STDERR_FILENO);
		}
		execl("/bin/sh", "sh", "-c", script, "sh", path, (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return error_set(err, STATUS_IO_ERROR, "the print command failed (status %d); the "
		    "file is kept", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	return STATUS_OK;
}

enum status
spool_path(const struct config *cfg, const char *name, char *path, size_t size,
    struct error *err)
{
	char dir[512];

	if (strchr(name, '/') != NULL || name[0] == '.')
		return error_set(err, STATUS_INVALID, "not a plain file name: %s", name);
	files_state_dir(cfg->spool_dir, "spool", dir, sizeof dir);
	if (files_make_dirs(dir) != 0)
		return error_set(err, STATUS_IO_ERROR, "cannot make the spool folder %s", dir);
	snprintf(path, size, "%s/%s", dir, name);
	return STATUS_OK;
}

enum status
spool_send(const struct config *cfg, const char *path, struct error *err)
{
	return cfg->print_command[0] != '\0' ? run_print(cfg->print_command, path, err) : STATUS_OK;
}

enum status
spool_print(const struct config *cfg, const char *name, const char *text, char *path,
    size_t size, struct error *err)
{
	if (spool_path(cfg, name, path, size, err) != STATUS_OK ||
	    files_write(path, NULL, text, err) != STATUS_OK)
		return err->status;
	return spool_send(cfg, path, err);
}
