/* main.c — the command line: `pym [options] [-c cmd | file | -] [args]`.
 *
 * Invariants: the exit status follows CPython — 0 on success, 1 for an
 * uncaught exception, SystemExit's code when raised, 2 for usage errors and
 * unreadable script files; the interpreter is always finalized (so __del__
 * methods of objects alive at exit run) before the process exits.
 */
#include "src/lifecycle.h"
#include "src/repl.h"
#include "src/import.h"
#include "stdlib/iomodule.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PYM_VERSION_TEXT "pym 0.1.0 (Python 3.11 compatible)"

int pym_sys_set_argv(int argc, char **argv);
int pym_sys_set_path0(const char *path0);

static const char usage_text[] =
    "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-V     : print the version number and exit (also --version)\n"
    "-X tracemalloc[=N] : start tracing memory allocations with N frames (default 1);\n"
    "         also PYTHONTRACEMALLOC=N\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static void on_sigint(int signo)
{
    (void)signo;
    pym_tstate.pending_interrupt = 1;
}

/* A frame count as CPython's config reads it: strtol must consume the
 * whole text (so "" is 0, which means "do not trace"), and it must fit in
 * an int and be >= 0.  -1 when the text is not one. */
static int parse_frame_count(const char *text)
{
    char *end;
    errno = 0;
    long n = strtol(text, &end, 10);
    if (*end != '\0' || errno || n < 0 || n > INT_MAX)
        return -1;
    return (int)n;
}

static int start_tracemalloc(int nframe)
{
    PymObject *module = pym_import_module("tracemalloc");
    if (!module)
        return -1;
    PymObject *n = pym_int_from_i64(nframe);
    PymObject *r = n ? pym_object_call_method_str(module, "start", &n, 1) : NULL;
    PYM_XDECREF(n);
    PYM_XDECREF(r);
    PYM_DECREF(module);
    return r ? 0 : -1;
}

/* Read all of standard input (for `pym -` and piped programs). */
static char *read_stdin(void)
{
    size_t cap = 8192, len = 0, n;
    char *buf = pym_mem_malloc(cap);
    while (buf && (n = fread(buf + len, 1, cap - len - 1, stdin)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *bigger = pym_mem_realloc(buf, cap * 2);
            if (!bigger) {
                pym_mem_free(buf);
                return NULL;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    if (buf)
        buf[len] = '\0';
    return buf;
}

int main(int argc, char **argv)
{
    const char *command = NULL, *script = NULL;
    int inspect = 0, quiet = 0, tracemalloc_frames = 0, i;
    const char *env = getenv("PYTHONTRACEMALLOC");
    if (env && *env) {
        tracemalloc_frames = parse_frame_count(env);
        if (tracemalloc_frames < 0) {
            fprintf(stderr, "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: "
                            "invalid number of frames\n");
            return 1;
        }
    }
    if (getenv("PYTHONINSPECT") && *getenv("PYTHONINSPECT"))
        inspect = 1;
    int unbuffered = getenv("PYTHONUNBUFFERED") && *getenv("PYTHONUNBUFFERED");

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            printf(usage_text, argv[0]);
            return 0;
        }
        if (strcmp(a, "--version") == 0) {
            printf("%s\n", PYM_VERSION_TEXT);
            return 0;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\nusage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
                            "Try `pym -h' for more information.\n", a, argv[0]);
            return 2;
        }
        int stop = 0;
        for (const char *p = a + 1; *p && !stop; p++) {
            switch (*p) {
            case 'c':
                command = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!command) {
                    fprintf(stderr, "Argument expected for the -c option\n"
                                    "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
                                    "Try `pym -h' for more information.\n", argv[0]);
                    return 2;
                }
                stop = 2;
                break;
            case 'V':
                printf("%s\n", PYM_VERSION_TEXT);
                return 0;
            case 'i': inspect = 1; break;
            case 'q': quiet = 1; break;
            case 'X': {
                const char *opt = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!opt) {
                    fprintf(stderr, "Argument expected for the -X option\n");
                    return 2;
                }
                if (strncmp(opt, "tracemalloc", 11) == 0) {
                    tracemalloc_frames = opt[11] == '=' ? parse_frame_count(opt + 12) : 1;
                    if (tracemalloc_frames < 0) {
                        fprintf(stderr, "Fatal Python error: config_init_tracemalloc: "
                                        "-X tracemalloc=NFRAME: invalid number of frames\n");
                        return 1;
                    }
                }
                stop = 1;
                break;
            }
            case 'u':
                unbuffered = 1;
                break;
            case 'B': case 'E': case 's': case 'S': case 'O': case 'I': case 'P': case 'b':
                break; /* accepted for compatibility; nothing to change */
            default:
                fprintf(stderr, "Unknown option: -%c\nusage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
                                "Try `pym -h' for more information.\n", *p, argv[0]);
                return 2;
            }
        }
        if (stop == 2) {
            i++;
            break;
        }
    }
    if (!command && i < argc)
        script = argv[i];

    signal(SIGINT, on_sigint);
    if (unbuffered)
        pym_io_set_unbuffered();
    if (pym_initialize() < 0) {
        fprintf(stderr, "pym: fatal error during start-up\n");
        if (pym_err_occurred())
            pym_err_print();
        return 1;
    }

    /* sys.argv and sys.path[0] as CPython sets them. */
    int status = 0;
    int rest = argc - i;
    char **program_args = argv + i;
    char *dash_c[1] = {"-c"};
    char *dash[1] = {"-"};
    char *empty[1] = {""};
    if (command) {
        program_args = argv + i - 1;
        program_args[0] = dash_c[0];
        rest++;
    } else if (!script) {
        program_args = empty;
        rest = 1;
    } else if (strcmp(script, "-") == 0) {
        program_args = argv + i;
        program_args[0] = dash[0];
    }
    char path0[4096] = "";
    if (script && strcmp(script, "-") != 0) {
        const char *slash = strrchr(script, '/');
        if (slash) {
            char dir[4096];
            snprintf(dir, sizeof dir, "%.*s", (int)(slash - script), script);
            if (!realpath(*dir ? dir : "/", path0))
                snprintf(path0, sizeof path0, "%s", dir);
        } else if (!getcwd(path0, sizeof path0)) {
            path0[0] = '\0';
        }
    }
    if (pym_sys_set_argv(rest, program_args) < 0 || pym_sys_set_path0(path0) < 0 ||
        !pym_main_dict_borrow()) {
        status = pym_handle_uncaught();
        return pym_finalize(status);
    }
    if (tracemalloc_frames > 0 && start_tracemalloc(tracemalloc_frames) < 0) {
        status = pym_handle_uncaught();
        return pym_finalize(status);
    }

    int run_rc = 0;
    int interactive_only = 0;
    if (command) {
        run_rc = pym_run_source_as_main(command, "<string>");
    } else if (script && strcmp(script, "-") != 0) {
        /* CPython 3.9+ names the main script by its absolute path (cwd joined,
         * not normalized) in __file__, tracebacks and the can't-open message. */
        char script_path[8192];
        char cwd[4096];
        if (script[0] != '/' && getcwd(cwd, sizeof cwd))
            snprintf(script_path, sizeof script_path, "%s/%s", cwd, script);
        else
            snprintf(script_path, sizeof script_path, "%s", script);
        FILE *probe = fopen(script_path, "rb");
        if (!probe) {
            fprintf(stderr, "pym: can't open file '%s': [Errno %d] %s\n", script_path, errno,
                    strerror(errno));
            return pym_finalize(2);
        }
        fclose(probe);
        run_rc = pym_run_file_as_main(script_path);
    } else if (script || !isatty(0)) {
        if (inspect && !script) {
            interactive_only = 1;
        } else {
            char *source = read_stdin();
            if (!source) {
                fprintf(stderr, "pym: out of memory reading standard input\n");
                return pym_finalize(1);
            }
            run_rc = pym_run_source_as_main(source, "<stdin>");
            pym_mem_free(source);
        }
    } else {
        interactive_only = 1;
    }
    if (run_rc < 0) {
        int is_exit = pym_err_exception_matches(&pym_exc_SystemExit);
        status = pym_handle_uncaught();
        if (is_exit || !inspect)
            return pym_finalize(status);
    }
    if (inspect || interactive_only)
        status = pym_repl_run(quiet, interactive_only ? status : status);
    return pym_finalize(status);
}
