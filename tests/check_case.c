/* check_case.c — runs one script-test case against pym and judges it.
 *
 * usage: check_case PYM DIR CASE.py|CASE.repl
 *
 * A case NAME.py is run as `PYM NAME.py` with DIR as the working directory
 * and standard input closed; NAME.repl is fed on standard input to `PYM -i`.
 * NAME.exp holds the expected standard output line by line (CPython 3.11's
 * output): a plain line must match exactly, `re:PAT` is one line fully
 * matching the regex PAT, `re*:PAT` zero or more such lines.  NAME.rc holds
 * the expected exit status (0 when absent), NAME.errtail the last non-blank
 * line of standard error (unchecked when absent).  Regexes are Python-style
 * for the subset the cases use (\d \s \w \. classes, groups, ?, *, +, |);
 * they are translated to POSIX extended regexes.
 *
 * Exit status 0 when the case passes; otherwise 1 with the reason on stderr.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { CASE_TIMEOUT_SECONDS = 60 };

typedef struct Lines {
    char **items;
    size_t count;
} Lines;

static char *read_file(const char *path, size_t *len_out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    buf[len] = '\0';
    if (len_out)
        *len_out = len;
    return buf;
}

/* Split text into lines as Python's str.splitlines() does for \n and \r\n. */
static Lines split_lines(char *text)
{
    Lines lines = {NULL, 0};
    size_t cap = 0;
    char *p = text;
    while (p && *p) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        size_t l = strlen(p);
        if (l && p[l - 1] == '\r')
            p[l - 1] = '\0';
        if (lines.count == cap) {
            cap = cap ? cap * 2 : 64;
            lines.items = realloc(lines.items, cap * sizeof(char *));
        }
        lines.items[lines.count++] = p;
        p = nl ? nl + 1 : NULL;
    }
    return lines;
}

/* Python regex subset → POSIX ERE, anchored for a full match. */
static int compile_pattern(regex_t *re, const char *pat)
{
    size_t cap = strlen(pat) * 16 + 8;
    char *out = malloc(cap), *o = out;
    *o++ = '^';
    *o++ = '(';
    for (const char *p = pat; *p; p++) {
        if (*p == '\\' && p[1]) {
            p++;
            switch (*p) {
            case 'd': o += sprintf(o, "[0-9]"); break;
            case 'D': o += sprintf(o, "[^0-9]"); break;
            case 's': o += sprintf(o, "[[:space:]]"); break;
            case 'S': o += sprintf(o, "[^[:space:]]"); break;
            case 'w': o += sprintf(o, "[[:alnum:]_]"); break;
            case 'W': o += sprintf(o, "[^[:alnum:]_]"); break;
            default: *o++ = '\\'; *o++ = *p; break;
            }
        } else if (*p == '(' && p[1] == '?' && p[2] == ':') {
            *o++ = '(';
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o++ = ')';
    *o++ = '$';
    *o = '\0';
    int rc = regcomp(re, out, REG_EXTENDED | REG_NOSUB);
    free(out);
    return rc;
}

static int line_matches(const char *pattern_line, const char *actual, int is_regex_prefix_len)
{
    regex_t re;
    if (compile_pattern(&re, pattern_line + is_regex_prefix_len) != 0) {
        fprintf(stderr, "bad pattern: %s\n", pattern_line);
        return 0;
    }
    int ok = regexec(&re, actual, 0, NULL, 0) == 0;
    regfree(&re);
    return ok;
}

static int match(char **exp, size_t nexp, char **act, size_t nact)
{
    if (nexp == 0)
        return nact == 0;
    const char *head = exp[0];
    if (strncmp(head, "re*:", 4) == 0) {
        size_t i = 0;
        for (;;) {
            if (match(exp + 1, nexp - 1, act + i, nact - i))
                return 1;
            if (i < nact && line_matches(head, act[i], 4))
                i++;
            else
                return 0;
        }
    }
    if (nact == 0)
        return 0;
    int ok = strncmp(head, "re:", 3) == 0 ? line_matches(head, act[0], 3) : strcmp(head, act[0]) == 0;
    return ok && match(exp + 1, nexp - 1, act + 1, nact - 1);
}

static char *slurp_fd(int fd)
{
    size_t cap = 65536, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (cap - len < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        ssize_t n = read(fd, buf + len, cap - len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    buf[len] = '\0';
    return buf;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: check_case PYM DIR CASE.py|CASE.repl\n");
        return 2;
    }
    const char *pym = argv[1], *dir = argv[2], *file = argv[3];
    size_t flen = strlen(file);
    int is_repl = flen > 5 && strcmp(file + flen - 5, ".repl") == 0;
    char base[4096];
    snprintf(base, sizeof base, "%s/%.*s", dir, (int)(flen - (is_repl ? 5 : 3)), file);

    char path[4200];
    snprintf(path, sizeof path, "%s.exp", base);
    char *exp_text = read_file(path, NULL);
    if (!exp_text) {
        fprintf(stderr, "missing %s\n", path);
        return 2;
    }
    snprintf(path, sizeof path, "%s.rc", base);
    char *rc_text = read_file(path, NULL);
    int want_rc = rc_text ? atoi(rc_text) : 0;
    snprintf(path, sizeof path, "%s.errtail", base);
    char *errtail = read_file(path, NULL);

    /* stderr goes to a temporary file so that a chatty stderr cannot block. */
    char errpath[] = "/tmp/check_case_err_XXXXXX";
    int errfd = mkstemp(errpath);
    int outpipe[2];
    if (errfd < 0 || pipe(outpipe) != 0) {
        perror("check_case");
        return 2;
    }
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(127);
        int in = is_repl ? open(file, O_RDONLY) : open("/dev/null", O_RDONLY);
        dup2(in, 0);
        dup2(outpipe[1], 1);
        dup2(errfd, 2);
        close(outpipe[0]);
        alarm(CASE_TIMEOUT_SECONDS);
        if (is_repl)
            execl(pym, pym, "-i", (char *)NULL);
        else
            execl(pym, pym, file, (char *)NULL);
        _exit(127);
    }
    close(outpipe[1]);
    char *out_text = slurp_fd(outpipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    lseek(errfd, 0, SEEK_SET);
    char *err_text = slurp_fd(errfd);
    close(errfd);
    unlink(errpath);

    int failed = 0;
    if (WIFSIGNALED(status)) {
        fprintf(stderr, "FAIL %s: killed by signal %d%s\n", file, WTERMSIG(status),
                WTERMSIG(status) == SIGALRM ? " (timed out)" : "");
        failed = 1;
    } else if (WEXITSTATUS(status) != want_rc) {
        fprintf(stderr, "FAIL %s: exit status %d, expected %d\n", file, WEXITSTATUS(status), want_rc);
        failed = 1;
    }
    Lines want = split_lines(exp_text);
    char *out_copy = strdup(out_text);
    Lines got = split_lines(out_copy);
    if (!failed && !match(want.items, want.count, got.items, got.count)) {
        snprintf(path, sizeof path, "%s.exp", base);
        char *exp_again = read_file(path, NULL); /* split_lines cut the first copy up */
        fprintf(stderr, "FAIL %s: stdout differs\n--- expected\n%s--- pym printed\n%s", file,
                exp_again ? exp_again : "", out_text);
        free(exp_again);
        failed = 1;
    }
    char *err_copy = NULL;
    Lines errs = {NULL, 0};
    if (!failed && errtail) {
        err_copy = strdup(err_text);
        errs = split_lines(err_copy);
        const char *last = "";
        for (size_t i = errs.count; i > 0; i--) {
            const char *l = errs.items[i - 1];
            if (strspn(l, " \t") != strlen(l)) {
                last = l;
                break;
            }
        }
        char *want_tail = errtail;
        size_t wl = strlen(want_tail);
        while (wl && (want_tail[wl - 1] == '\n' || want_tail[wl - 1] == ' '))
            want_tail[--wl] = '\0';
        if (strcmp(last, want_tail) != 0) {
            fprintf(stderr, "FAIL %s: last stderr line '%s', expected '%s'\n", file, last, want_tail);
            failed = 1;
        }
    }
    if (failed && *err_text)
        fprintf(stderr, "--- stderr\n%s", err_text);
    /* Freed so that the harness itself stays clean under LeakSanitizer. */
    free(errs.items);
    free(err_copy);
    free(got.items);
    free(out_copy);
    free(want.items);
    free(err_text);
    free(out_text);
    free(errtail);
    free(rc_text);
    free(exp_text);
    return failed;
}
