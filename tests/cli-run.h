/* cli-run.h: running the doson-ctr program from the CLI tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Included once by each test of the command-line program, after
 * <check.h> and <glib.h>.  The program is $DOSON_CTR_CLI, which make check
 * sets to the built examples/doson-ctr.
 */

#ifndef DOSON_CTR_TESTS_CLI_RUN_H
#define DOSON_CTR_TESTS_CLI_RUN_H

#include <stdarg.h>

#include <check.h>
#include <gio/gio.h>

typedef struct {
  int   status;   /* exit status */
  char *out;      /* standard output */
  char *err;      /* standard error */
} Run;

static inline void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static inline char *
cli_bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

  return size > 0 ? g_strndup (data, size) : g_strdup ("");
}

/* Runs "$DOSON_CTR_CLI [SUBCOMMAND] ARGS..." (@args up to a NULL) in the
 * environment @envp (NULL: this one), with standard input from
 * @stdin_path (NULL: none), and returns its exit status and output.
 * Standard output and error are pipes, never a terminal.  A run that does
 * not exit normally (a crash) fails the test. */
static inline Run
cli_run_va (char       **envp,
            const char  *stdin_path,
            const char  *subcommand,
            const char  *first_arg,
            va_list      args)
{
  const char *cli = g_getenv ("DOSON_CTR_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { -1, NULL, NULL };
  const char *arg;

  ck_assert_msg (cli != NULL && *cli != '\0',
                 "DOSON_CTR_CLI is not set: it must hold the path of the built "
                 "doson-ctr program (make check sets it)");

  g_ptr_array_add (argv, (char *) cli);
  if (subcommand != NULL)
    g_ptr_array_add (argv, (char *) subcommand);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (envp != NULL)
    g_subprocess_launcher_set_environ (launcher, envp);
  if (stdin_path != NULL)
    g_subprocess_launcher_set_stdin_file_path (launcher, stdin_path);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  ck_assert_msg (process != NULL, "cannot run %s: %s", cli, error != NULL ? error->message : "?");
  ck_assert_msg (g_subprocess_communicate (process, NULL, NULL, &out, &err, &error),
                 "%s", error != NULL ? error->message : "?");
  ck_assert_msg (g_subprocess_get_if_exited (process), "%s did not exit normally", cli);

  run.status = g_subprocess_get_exit_status (process);
  run.out = cli_bytes_to_string (out);
  run.err = cli_bytes_to_string (err);
  return run;
}

#endif /* DOSON_CTR_TESTS_CLI_RUN_H */
