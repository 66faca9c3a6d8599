/* repl.c — the interactive session: read a statement, run it, show the value.
 *
 * On a terminal, lines are read with libedit (history in ~/.pym_history,
 * Tab completion, automatic indentation after a line ending in ':'); from a
 * pipe, lines are read plainly with the banner and prompts on stderr and
 * results on stdout, as `python3 -i` does.  Invariants: a statement is
 * collected until the parser no longer reports it incomplete (a compound
 * statement ends with an empty line); each statement is compiled in
 * single-input mode with filename "<stdin>" so its line numbers restart at
 * 1; an exception is printed and the session goes on; SystemExit ends it.
 */
#include "src/repl.h"
#include "src/compile.h"
#include "src/eval.h"
#include "src/lifecycle.h"
#include "src/traceback.h"

#include <ctype.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef PYM_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

enum { HISTORY_LIMIT = 1000 };

/* The statement being collected, as UTF-8. */
typedef struct Input {
    char *text;
    size_t len, cap;
} Input;

static int input_append(Input *in, const char *line)
{
    size_t n = strlen(line);
    if (in->len + n + 2 > in->cap) {
        size_t cap = (in->len + n + 2) * 2;
        char *p = pym_mem_realloc(in->text, cap);
        if (!p)
            return -1;
        in->text = p;
        in->cap = cap;
    }
    memcpy(in->text + in->len, line, n);
    in->len += n;
    if (n == 0 || line[n - 1] != '\n')
        in->text[in->len++] = '\n';
    in->text[in->len] = '\0';
    return 0;
}

static void write_stderr(const char *s)
{
    fputs(s, stderr);
    fflush(stderr);
}

/* ---- reading lines ------------------------------------------------------- */

static int use_line_editor;
static char indent_prefill[256];

/* A line from a pipe (without libedit); NULL at end of input. */
static char *read_plain_line(const char *prompt)
{
    write_stderr(prompt);
    fflush(stdout);
    size_t cap = 256, len = 0;
    char *buf = pym_mem_malloc(cap);
    int c;
    while (buf && (c = getchar()) != EOF) {
        if (len + 2 > cap) {
            char *bigger = pym_mem_realloc(buf, cap * 2);
            if (!bigger) {
                pym_mem_free(buf);
                return NULL;
            }
            buf = bigger;
            cap *= 2;
        }
        buf[len++] = (char)c;
        if (c == '\n')
            break;
    }
    if (!buf)
        return NULL;
    if (len == 0) {
        pym_mem_free(buf);
        return NULL;
    }
    buf[len] = '\0';
    return buf;
}

#ifdef PYM_HAVE_LIBEDIT
static sigjmp_buf interrupt_jump;
static volatile sig_atomic_t reading_line;

static void on_sigint_while_reading(int signo)
{
    (void)signo;
    if (reading_line) {
        reading_line = 0;
        siglongjmp(interrupt_jump, 1);
    }
    pym_tstate.pending_interrupt = 1;
}

/* The planned indentation is fed to libedit as if typed: its own hooks for
 * pre-filling the line are cleared again when reading starts. */
static char pending_keys[sizeof indent_prefill];
static const char *next_pending_key = pending_keys;

static int read_key(FILE *f)
{
    if (*next_pending_key)
        return (unsigned char)*next_pending_key++;
    unsigned char c;
    ssize_t n;
    while ((n = read(fileno(f), &c, 1)) < 0 && errno == EINTR)
        ;
    return n == 1 ? c : EOF;
}

static void prefill_indent(void)
{
    memcpy(pending_keys, indent_prefill, sizeof pending_keys);
    next_pending_key = pending_keys;
    indent_prefill[0] = '\0';
}

/* ---- completion ----------------------------------------------------------- */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    NULL};

static PymObject *completion_candidates; /* list of str for the current word */

static int add_names_with_prefix(PymObject *names, const char *prefix, const char *attr_base)
{
    PymObject *it = pym_object_get_iter(names);
    if (!it)
        return -1;
    size_t plen = strlen(prefix);
    PymObject *name;
    while ((name = pym_iter_next(it)) != NULL) {
        if (PYM_STR_CHECK(name)) {
            const char *s = pym_str_as_utf8(name);
            /* hide private names unless the user typed the underscore */
            if (s && strncmp(s, prefix, plen) == 0 && (s[0] != '_' || prefix[0] == '_')) {
                PymObject *full = attr_base ? pym_str_from_format("%s.%s", attr_base, s) : PYM_NEWREF(name);
                if (full) {
                    int dup = pym_sequence_contains(completion_candidates, full);
                    if (dup == 0)
                        pym_list_append(completion_candidates, full);
                    PYM_DECREF(full);
                }
            }
        }
        PYM_DECREF(name);
    }
    PYM_DECREF(it);
    return 0;
}

static void collect_candidates(const char *text)
{
    PYM_CLEAR(completion_candidates);
    completion_candidates = pym_list_new(0);
    if (!completion_candidates)
        return;
    const char *dot = strrchr(text, '.');
    if (dot) {
        /* attribute completion: evaluate the part before the dot as a name path */
        char base[512];
        snprintf(base, sizeof base, "%.*s", (int)(dot - text), text);
        for (const char *p = base; *p; p++)
            if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '.'))
                return;
        PymObject *fname = pym_str_from_cstr("<completion>");
        PymObject *code = fname ? pym_compile_source(base, fname, PYM_MODE_EVAL) : NULL;
        PYM_XDECREF(fname);
        PymObject *globals = pym_main_dict_borrow();
        PymObject *obj = code && globals ? pym_eval_code(code, globals, globals) : NULL;
        PYM_XDECREF(code);
        if (obj) {
            PymObject *dir_func = pym_dict_getitem_str_borrow(pym_interp.builtins, "dir");
            PymObject *names = dir_func ? pym_object_call1(dir_func, obj) : NULL;
            if (names) {
                add_names_with_prefix(names, dot + 1, base);
                PYM_DECREF(names);
            }
            PYM_DECREF(obj);
        }
        pym_err_clear();
        return;
    }
    for (int i = 0; keywords[i]; i++) {
        if (strncmp(keywords[i], text, strlen(text)) == 0) {
            PymObject *kw = pym_str_from_cstr(keywords[i]);
            if (kw) {
                pym_list_append(completion_candidates, kw);
                PYM_DECREF(kw);
            }
        }
    }
    PymObject *globals = pym_main_dict_borrow();
    if (globals)
        add_names_with_prefix(globals, text, NULL);
    if (pym_interp.builtins)
        add_names_with_prefix(pym_interp.builtins, text, NULL);
    pym_list_sort(completion_candidates);
    pym_err_clear();
}

static char *completion_generator(const char *text, int state)
{
    if (state == 0)
        collect_candidates(text);
    if (!completion_candidates || state >= PYM_LIST_SIZE(completion_candidates))
        return NULL;
    const char *s = pym_str_as_utf8(PYM_LIST_BORROW_ITEM(completion_candidates, state));
    /* libedit frees the returned string with free(): give it malloc memory */
    return s ? strdup(s) : NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, completion_generator);
}

static char history_path[4096];

static void editor_init(void)
{
    rl_readline_name = "pym";
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(";
    rl_completion_append_character = '\0';
    rl_getc_function = read_key;
    using_history();
    stifle_history(HISTORY_LIMIT);
    const char *home = getenv("HOME");
    if (home) {
        snprintf(history_path, sizeof history_path, "%s/.pym_history", home);
        read_history(history_path);
    }
}

static void editor_fini(void)
{
    if (history_path[0])
        write_history(history_path);
    PYM_CLEAR(completion_candidates);
}

/* A line from the terminal, as pym_mem memory; NULL at end of input;
 * sets *interrupted when Ctrl-C cancelled the line. */
static char *read_edited_line(const char *prompt, int *interrupted)
{
    *interrupted = 0;
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint_while_reading;
    sigaction(SIGINT, &sa, &old);
    if (sigsetjmp(interrupt_jump, 1)) {
        sigaction(SIGINT, &old, NULL);
        *interrupted = 1;
        indent_prefill[0] = '\0';
        return NULL;
    }
    reading_line = 1;
    prefill_indent();
    char *line = readline(prompt);
    reading_line = 0;
    sigaction(SIGINT, &old, NULL);
    if (!line)
        return NULL;
    if (*line)
        add_history(line);
    size_t n = strlen(line);
    char *copy = pym_mem_malloc(n + 2);
    if (copy) {
        memcpy(copy, line, n);
        copy[n] = '\n';
        copy[n + 1] = '\0';
    }
    free(line); /* allocated by libedit */
    return copy;
}
#endif

static char *read_line(const char *prompt, int *interrupted)
{
    *interrupted = 0;
#ifdef PYM_HAVE_LIBEDIT
    if (use_line_editor)
        return read_edited_line(prompt, interrupted);
#endif
    return read_plain_line(prompt);
}

/* True when the line's statement ends its block's flow (return, pass, …),
 * after which the next line most likely belongs one level out. */
static int ends_flow(const char *stmt, size_t len)
{
    static const char *const words[] = {"return", "pass", "break", "continue", "raise"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t w = strlen(words[i]);
        if (len >= w && memcmp(stmt, words[i], w) == 0 &&
            (len == w || stmt[w] == ' ' || stmt[w] == '(' || stmt[w] == ';'))
            return 1;
    }
    return 0;
}

/* After a line ending in ':' the next line is pre-filled one level deeper;
 * after return/pass/break/continue/raise one level shallower; otherwise
 * with the indentation of the line just typed. */
static void plan_indentation(const char *line)
{
    size_t indent = strspn(line, " \t");
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    if (n <= indent) {
        indent_prefill[0] = '\0';
        return;
    }
    int deeper = line[n - 1] == ':';
    size_t total = indent + (deeper ? 4 : 0);
    if (!deeper && ends_flow(line + indent, n - indent))
        total = indent >= 4 ? indent - 4 : 0;
    if (total >= sizeof indent_prefill)
        total = sizeof indent_prefill - 1;
    memcpy(indent_prefill, line, indent < total ? indent : total);
    for (size_t i = indent; i < total; i++)
        indent_prefill[i] = ' ';
    indent_prefill[total] = '\0';
}

/* ---- evaluating ---------------------------------------------------------- */

/* 1: complete statement in *code; 0: need more input; -1: error raised. */
static int try_compile(const char *source, PymObject *filename, PymObject **code)
{
    *code = NULL;
    PymArena *arena = pym_arena_new();
    if (!arena)
        return -1;
    int incomplete = 0;
    PymAstModule *mod = pym_parse(arena, source, filename, PYM_MODE_SINGLE, &incomplete);
    int rc;
    if (!mod) {
        rc = incomplete && !pym_err_occurred() ? 0 : -1;
        if (incomplete && pym_err_occurred()) {
            pym_err_clear();
            rc = 0;
        }
    } else {
        *code = pym_compile_ast(mod, filename, PYM_MODE_SINGLE);
        rc = *code ? 1 : -1;
    }
    pym_arena_free(arena);
    return rc;
}

/* Input ended inside a statement: parse it as a whole file so that the error
 * is the one CPython reports for unfinished input ('(' was never closed,
 * expected an indented block, …).  Always returns -1 with an error set. */
static int report_unfinished(const char *source, PymObject *filename)
{
    PymArena *arena = pym_arena_new();
    if (!arena)
        return -1;
    if (pym_parse(arena, source, filename, PYM_MODE_EXEC, NULL) && !pym_err_occurred())
        pym_err_set_string(&pym_exc_SyntaxError, "unexpected EOF while parsing");
    pym_arena_free(arena);
    return -1;
}

static void print_banner(void)
{
    write_stderr("pym 0.1.0 (Python 3.11 compatible) [reference counting, pooled allocator, "
                 "generational gc]\n"
                 "Type \"exit()\" or press Ctrl-D to leave; Tab completes names and attributes.\n");
}

int pym_repl_run(int quiet, int status)
{
    PymObject *globals = pym_main_dict_borrow();
    if (!globals)
        return pym_handle_uncaught();
    pym_interp.interactive = 1;
    use_line_editor = isatty(0) && isatty(2);
#ifdef PYM_HAVE_LIBEDIT
    if (use_line_editor)
        editor_init();
#else
    use_line_editor = 0;
#endif
    if (!quiet)
        print_banner();
    Input in = {NULL, 0, 0};
    int exiting = 0;
    while (!exiting) {
        in.len = 0;
        if (in.text)
            in.text[0] = '\0';
        const char *prompt = ">>> ";
        int at_end_of_input = 0;
        PymObject *code = NULL, *filename = NULL;
        for (;;) {
            int interrupted;
            char *line = read_line(prompt, &interrupted);
            if (interrupted) {
                write_stderr("\nKeyboardInterrupt\n");
                in.len = 0;
                break;
            }
            if (!line) {
                if (in.len == 0) {
                    write_stderr("\n");
                    exiting = 1;
                    break;
                }
                /* end of input inside a statement: what we have must stand
                 * on its own now */
                write_stderr("\n");
                at_end_of_input = 1;
                line = pym_mem_strdup("\n");
                if (!line) {
                    exiting = 1;
                    break;
                }
            }
            int was_blank = strspn(line, " \t\r\n") == strlen(line);
            if (use_line_editor) {
                plan_indentation(line);
                /* Enter on an auto-indented line with nothing typed ends the
                 * block, as an empty line does. */
                if (was_blank)
                    line[0] = '\n', line[1] = '\0';
            }
            int rc = input_append(&in, line);
            pym_mem_free(line);
            if (rc < 0) {
                pym_err_no_memory();
                break;
            }
            /* a lone blank line at the primary prompt does nothing */
            if (was_blank && prompt[0] == '>') {
                in.len = 0;
                break;
            }
            /* A fresh filename object per statement: the traceback printer
             * finds each statement's source through it. */
            PYM_XDECREF(filename);
            filename = pym_str_from_cstr("<stdin>");
            int compiled = filename ? try_compile(in.text, filename, &code) : -1;
            if (compiled != 1 && at_end_of_input) {
                pym_err_clear();
                in.text[--in.len] = '\0'; /* the error points into what was typed */
                compiled = report_unfinished(in.text, filename);
            }
            if (compiled != 0)
                break;
            prompt = "... ";
        }
        if (code) {
            pym_traceback_register_source(filename, in.text);
            PymObject *result = pym_eval_code(code, globals, globals);
            PYM_DECREF(code);
            fflush(stdout);
            if (result) {
                PYM_DECREF(result);
            } else if (pym_err_exception_matches(&pym_exc_SystemExit)) {
                status = pym_handle_uncaught();
                exiting = 2;
            } else {
                pym_err_print();
            }
        } else if (pym_err_occurred()) {
            pym_err_print();
        }
        PYM_XDECREF(filename);
        pym_tstate.pending_interrupt = 0;
    }
    pym_mem_free(in.text);
#ifdef PYM_HAVE_LIBEDIT
    if (use_line_editor)
        editor_fini();
#endif
    pym_interp.interactive = 0;
    return status;
}
