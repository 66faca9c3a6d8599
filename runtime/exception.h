/* exception.h — exception instances and tracebacks.
 * Invariants: args is always a tuple; __context__/__cause__ are exception
 * instances or NULL; __traceback__ is a traceback object or NULL. */
#ifndef PYM_EXCEPTION_H
#define PYM_EXCEPTION_H
#include "object.h"
#include "errors.h"

#define PYM_EXCEPTION_FIELDS         \
    PYM_OBJECT_HEAD;                 \
    PymObject *dict;                 \
    PymObject *args;                 \
    PymObject *notes;                \
    PymObject *traceback;            \
    PymObject *context;              \
    PymObject *cause;                \
    char suppress_context

typedef struct PymBaseExceptionObject { PYM_EXCEPTION_FIELDS; } PymBaseExceptionObject;
typedef struct PymSystemExitObject { PYM_EXCEPTION_FIELDS; PymObject *code; } PymSystemExitObject;
typedef struct PymStopIterationObject { PYM_EXCEPTION_FIELDS; PymObject *value; } PymStopIterationObject;
typedef struct PymImportErrorObject { PYM_EXCEPTION_FIELDS; PymObject *msg, *name, *path; } PymImportErrorObject;
typedef struct PymNameErrorObject { PYM_EXCEPTION_FIELDS; PymObject *name; } PymNameErrorObject;
typedef struct PymAttributeErrorObject { PYM_EXCEPTION_FIELDS; PymObject *obj, *name; } PymAttributeErrorObject;
typedef struct PymOSErrorObject {
    PYM_EXCEPTION_FIELDS;
    PymObject *myerrno, *strerror, *filename, *filename2;
} PymOSErrorObject;
typedef struct PymSyntaxErrorObject {
    PYM_EXCEPTION_FIELDS;
    PymObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line;
} PymSyntaxErrorObject;
typedef struct PymUnicodeErrorObject {
    PYM_EXCEPTION_FIELDS;
    PymObject *encoding, *object, *start, *end, *reason;
} PymUnicodeErrorObject;

#define PYM_EXCEPTION_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_BASE_EXC_SUBCLASS)
#define PYM_EXCEPTION_CLASS_CHECK(t) \
    (PYM_TYPE_HAS_FLAG(PYM_TYPE(t), PYM_TPFLAG_TYPE_SUBCLASS) && \
     PYM_TYPE_HAS_FLAG((PymType *)(t), PYM_TPFLAG_BASE_EXC_SUBCLASS))

/* Accessors (new references or NULL when unset). */
PymObject *pym_exception_get_traceback(PymObject *exc);
void pym_exception_set_traceback(PymObject *exc, PymObject *tb);   /* increfs, tb may be NULL */
PymObject *pym_exception_get_context(PymObject *exc);
void pym_exception_set_context(PymObject *exc, PymObject *ctx_steal);
PymObject *pym_exception_get_cause(PymObject *exc);
void pym_exception_set_cause(PymObject *exc, PymObject *cause_steal);
/* StopIteration(value) creation/inspection for generators. */
PymObject *pym_stop_iteration_value(PymObject *exc); /* new ref; None if no args */
/* Build a SyntaxError instance with location (lineno 1-based, offset 1-based). */
PymObject *pym_syntax_error_new(PymType *type, const char *msg, PymObject *filename, int lineno,
                                int offset, PymObject *text, int end_lineno, int end_offset);
int pym_exceptions_init(void);  /* ready all the exception types */

/* Tracebacks (src/traceback.c). */
typedef struct PymTracebackObject {
    PYM_OBJECT_HEAD;
    PymObject *next;      /* traceback or NULL */
    PymObject *frame;     /* the frame object */
    int lasti;            /* instruction index */
    int lineno;
} PymTracebackObject;
extern PymType pym_traceback_type;
/* Prepend a traceback entry for frame to the raised exception's traceback. */
int pym_traceback_add_frame(PymObject *frame);

#endif
