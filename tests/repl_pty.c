/* repl_pty.c — drives the real interactive session through a pseudo-terminal.
 *
 * usage: repl_pty PYM
 *
 * Starts `PYM` on a fresh pty (so it sees a terminal and uses libedit), types
 * like a person would, and checks what appears on the screen: a multi-line
 * function defined and called (with automatic indentation, one level out after
 * `return`), a line recalled with the Up arrow, `gc.coll` completed with Tab,
 * `while True: pass`
 * interrupted with Ctrl-C and the session still answering, and Ctrl-D on an
 * empty line ending the session with exit status 0.  HOME points at a
 * temporary directory so the user's history is left alone.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int master_fd;
static char screen[1 << 20];
static size_t screen_len;
static size_t mark; /* checks look at output after this point */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Read whatever the session printed within `seconds`. */
static void pump(double seconds)
{
    double end = now() + seconds;
    for (;;) {
        double left = end - now();
        if (left <= 0)
            return;
        struct pollfd p = {master_fd, POLLIN, 0};
        int r = poll(&p, 1, (int)(left * 1000) + 1);
        if (r <= 0)
            return;
        ssize_t n = read(master_fd, screen + screen_len, sizeof screen - screen_len - 1);
        if (n <= 0)
            return;
        screen_len += (size_t)n;
        screen[screen_len] = '\0';
    }
}

/* Wait until `text` appears after the mark (up to `seconds`). */
static int expect(const char *text, double seconds)
{
    double end = now() + seconds;
    while (now() < end) {
        if (strstr(screen + mark, text))
            return 1;
        pump(0.05);
    }
    return strstr(screen + mark, text) != NULL;
}

static void type_text(const char *keys)
{
    for (const char *p = keys; *p; p++) {
        if (write(master_fd, p, 1) != 1)
            return;
        pump(0.005);
    }
}

static int failures, checks;

static void check(int ok, const char *what)
{
    checks++;
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok) {
        failures++;
        printf("---- screen since last mark ----\n%s\n--------\n", screen + mark);
    }
    fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: repl_pty PYM\n");
        return 2;
    }
    char home[] = "/tmp/pym_pty_home_XXXXXX";
    if (!mkdtemp(home)) {
        perror("mkdtemp");
        return 2;
    }
    struct winsize ws = {40, 120, 0, 0};
    pid_t pid = forkpty(&master_fd, NULL, NULL, &ws);
    if (pid < 0) {
        perror("forkpty");
        return 2;
    }
    if (pid == 0) {
        setenv("HOME", home, 1);
        setenv("TERM", "xterm", 1);
        unsetenv("PYTHONSTARTUP");
        execl(argv[1], argv[1], (char *)NULL);
        _exit(127);
    }

    check(expect(">>> ", 10), "banner and primary prompt");

    /* A multi-line function: the body line is auto-indented, an Enter on the
     * auto-indented empty line ends the block. */
    mark = screen_len;
    type_text("def double(n):\r");
    check(expect("... ", 5), "continuation prompt after a line ending in ':'");
    type_text("return n * 2\r");
    type_text("\r");
    check(expect(">>> ", 5), "block ends on an empty line");
    mark = screen_len;
    type_text("double(21)\r");
    check(expect("42", 5), "calling the function defined over several lines");

    /* After `return` the next line starts one level out, so a function
     * with an early return is typed without touching the indentation. */
    expect(">>> ", 5);
    mark = screen_len;
    type_text("def sign(n):\r");
    type_text("if n < 0:\r");
    type_text("return -1\r");
    type_text("return 1\r");
    type_text("\r");
    check(expect(">>> ", 5), "block with an early return ends");
    mark = screen_len;
    type_text("sign(-5), sign(5)\r");
    check(expect("(-1, 1)", 5), "the line after return was dedented");

    /* Up arrow recalls the previous line. */
    expect(">>> ", 5);
    mark = screen_len;
    type_text("\x1b[A");
    pump(0.3);
    type_text("\r");
    check(expect("(-1, 1)", 5), "Up arrow recalls sign(-5), sign(5)");

    /* Tab completion of an attribute. */
    expect(">>> ", 5);
    type_text("import gc\r");
    expect(">>> ", 5);
    mark = screen_len;
    type_text("print(gc.coll\t");
    pump(0.5);
    type_text(".__name__)\r");
    /* the completed name, printed on a line of its own */
    check(expect("\ncollect\r", 5), "Tab completes gc.coll to gc.collect");

    /* Ctrl-C interrupts running code; the session goes on. */
    expect(">>> ", 5);
    mark = screen_len;
    type_text("while True: pass\r\r");
    pump(1.0);
    type_text("\x03");
    check(expect("KeyboardInterrupt", 10), "Ctrl-C interrupts while True: pass");
    mark = screen_len;
    type_text("print('still', 'here')\r");
    check(expect("still here", 5), "the session continues after the interrupt");

    /* Ctrl-C while typing cancels the line. */
    expect(">>> ", 5);
    mark = screen_len;
    type_text("this line is abandoned");
    type_text("\x03");
    check(expect("KeyboardInterrupt", 5), "Ctrl-C cancels the line being typed");

    /* Ctrl-D on an empty line ends the session with status 0. */
    expect(">>> ", 5);
    type_text("\x04");
    int status = 0;
    double end = now() + 10;
    pid_t done = 0;
    while (now() < end && (done = waitpid(pid, &status, WNOHANG)) == 0)
        pump(0.05);
    if (done == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    check(done == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0, "Ctrl-D exits with status 0");

    char history[300];
    snprintf(history, sizeof history, "%s/.pym_history", home);
    check(access(history, R_OK) == 0, "history saved to ~/.pym_history");
    unlink(history);
    rmdir(home);
    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures ? 1 : 0;
}
