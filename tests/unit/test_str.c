/* test_str.c — str and bytes: creation from UTF-8 in each storage kind,
 * code-point indexing and slicing, singletons, interning identity, hashing,
 * repr quoting, concatenation, split/join, the codecs' error messages, the
 * builders and pym_str_from_format, and sys.getsizeof figures (CPython
 * 3.11's PEP 393 layout).  Expected values were checked with python3. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/pym.h"
#include "runtime/str_impl.h"
#include "src/lifecycle.h"

static void setup(void)
{
    cr_assert_eq(pym_initialize(), 0, "pym_initialize failed");
}

static void teardown(void)
{
    pym_err_clear();
    pym_finalize(0);
}

TestSuite(str, .init = setup, .fini = teardown);

static PymObject *s(const char *utf8)
{
    PymObject *o = pym_str_from_cstr(utf8);
    cr_assert_not_null(o, "cannot make %s", utf8);
    return o;
}

/* Call a str/bytes method straight from its method table. */
static PymObject *call(PymObject *self, const char *name, PymObject *const *args, PymSize nargs)
{
    PymMethodDef *defs = PYM_STR_CHECK(self) ? pym_str_methods : pym_bytes_methods;
    for (; defs->name; defs++) {
        if (strcmp(defs->name, name) != 0)
            continue;
        if (defs->flags & PYM_METH_KEYWORDS)
            return ((PymCFunctionFastKw)defs->func)(self, args, nargs, NULL);
        if (defs->flags & PYM_METH_FASTCALL)
            return ((PymCFunctionFast)defs->func)(self, args, nargs);
        if (defs->flags & PYM_METH_O)
            return ((PymCFunction)defs->func)(self, args[0]);
        return ((PymCFunction)defs->func)(self, NULL);
    }
    cr_assert_fail("no method %s", name);
    return NULL;
}

static PymSize sizeof_of(PymObject *o)
{
    PymObject *r = call(o, "__sizeof__", NULL, 0);
    cr_assert_not_null(r);
    PymSize n = pym_int_as_ssize(r);
    PYM_DECREF(r);
    return n;
}

/* The message of the raised exception as "Type: message" (static buffer). */
static const char *raised(void)
{
    static char buf[512];
    PymObject *exc = pym_err_fetch();
    cr_assert_not_null(exc, "no exception raised");
    PymObject *msg = pym_object_str(exc);
    cr_assert_not_null(msg);
    snprintf(buf, sizeof buf, "%s: %s", PYM_TYPE_NAME(exc), pym_str_as_utf8(msg));
    PYM_DECREF(msg);
    PYM_DECREF(exc);
    return buf;
}

static void expect_utf8(PymObject *o, const char *expected)
{
    cr_assert_not_null(o, "NULL result: %s", raised());
    cr_expect_str_eq(pym_str_as_utf8(o), expected);
    PYM_DECREF(o);
}

Test(str, creation_in_each_kind)
{
    struct { const char *text; int kind; PymSize length; int ascii; PymSize size; } cases[] = {
        { "", 1, 0, 1, 49 },          /* sys.getsizeof('') == 49 */
        { "abc", 1, 3, 1, 52 },
        { "h\xc3\xa9llo", 1, 5, 0, 78 },      /* 'héllo': Latin-1, 72-byte header */
        { "ab\xe2\x82\xac", 2, 3, 0, 80 },    /* 'ab€' */
        { "\xf0\x9f\x98\x80", 4, 1, 0, 80 },  /* '😀' */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PymObject *o = s(cases[i].text);
        cr_expect_eq(pym_str_kind(o), cases[i].kind, "kind of %s", cases[i].text);
        cr_expect_eq(pym_str_length(o), cases[i].length);
        cr_expect_eq(pym_str_is_ascii(o), cases[i].ascii);
        cr_expect_eq(sizeof_of(o), cases[i].size, "sizeof %s", cases[i].text);
        cr_expect_str_eq(pym_str_as_utf8(o), cases[i].text);   /* round trip */
        PYM_DECREF(o);
    }
}

Test(str, sizeof_counts_a_cached_utf8_copy)
{
    PymObject *o = pym_str_from_codepoints((const uint32_t[]){ 'h', 0xE9, 'l', 'l', 'o', '!' }, 6);
    cr_expect_eq(sizeof_of(o), 79);
    PymObject *encoded = pym_str_encode_utf8(o);     /* does not cache */
    cr_expect_eq(pym_bytes_size(encoded), 7);
    cr_expect_eq(sizeof_of(o), 79);
    pym_str_as_utf8(o);                                 /* caches 7 + 1 bytes */
    cr_expect_eq(sizeof_of(o), 87);
    PYM_DECREF(encoded);
    PYM_DECREF(o);
}

Test(str, invalid_utf8_raises_as_cpython)
{
    cr_expect_null(pym_str_from_utf8("\xff", 1));
    cr_expect_str_eq(raised(), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: "
                               "invalid start byte");
    cr_expect_null(pym_str_from_utf8("a\xe2\x82", 3));
    cr_expect_str_eq(raised(), "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: "
                               "unexpected end of data");
    PymObject *lossy = pym_str_from_utf8_lossy("a\xff", 2);   /* surrogateescape */
    cr_assert_not_null(lossy);
    cr_expect_eq(pym_str_read_char(lossy, 1), 0xDCFF);
    cr_expect_str_eq(pym_str_as_utf8(lossy), "a\xff");          /* and back */
    PYM_DECREF(lossy);
}

Test(str, indexing_by_code_point)
{
    PymObject *o = s("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z");   /* 'aé€😀z' */
    cr_expect_eq(pym_str_length(o), 5);
    const uint32_t expected[] = { 'a', 0xE9, 0x20AC, 0x1F600, 'z' };
    for (int i = 0; i < 5; i++)
        cr_expect_eq(pym_str_read_char(o, i), expected[i]);
    PymObject *idx = pym_int_from_i64(-2);
    PymObject *item = pym_object_getitem(o, idx);
    expect_utf8(item, "\xf0\x9f\x98\x80");
    PYM_DECREF(idx);
    idx = pym_int_from_i64(5);
    cr_expect_null(pym_object_getitem(o, idx));
    cr_expect_str_eq(raised(), "IndexError: string index out of range");
    PYM_DECREF(idx);
    PymObject *step = pym_int_from_i64(-2);
    PymObject *slice = pym_slice_new(NULL, NULL, step);
    expect_utf8(pym_object_getitem(o, slice), "z\xe2\x82\xac" "a");    /* 'z€a' */
    PYM_DECREF(slice);
    PYM_DECREF(step);
    /* a narrow slice of a wide string is stored narrow */
    PymObject *sub = pym_str_substring(o, 0, 2);
    cr_expect_eq(pym_str_kind(sub), 1);
    cr_expect_eq(pym_str_is_ascii(sub), 0);
    PYM_DECREF(sub);
    PYM_DECREF(o);
}

Test(str, singletons)
{
    PymObject *a = s(""), *b = pym_str_from_latin1("", 0);
    cr_expect_eq(a, b);
    PYM_DECREF(a);
    PYM_DECREF(b);
    a = s("\xc3\xa9");
    b = pym_str_from_char(0xE9);
    cr_expect_eq(a, b, "1-char Latin-1 strings are cached");
    PymObject *word = s("caf\xc3\xa9");
    PymObject *last = pym_str_substring(word, 3, 4);
    cr_expect_eq(last, a);
    PYM_DECREF(last);
    PYM_DECREF(word);
    PYM_DECREF(a);
    PYM_DECREF(b);
    a = pym_str_from_char(0x20AC);
    b = pym_str_from_char(0x20AC);
    cr_expect_neq(a, b, "no cache beyond Latin-1");
    PYM_DECREF(a);
    PYM_DECREF(b);
}

Test(str, interning_gives_identity)
{
    PymObject *a = pym_str_intern_cstr("some_identifier");
    PymObject *b = pym_str_intern_cstr("some_identifier");
    cr_expect_eq(a, b);
    cr_expect(pym_str_is_interned(a));
    PymObject *c = pym_str_concat(PYM_ID(__init__), PYM_ID(__init__));   /* fresh, not interned */
    PymObject *d = s("__init____init__");
    cr_expect_neq(c, d);
    pym_str_intern_in_place(&c);
    pym_str_intern_in_place(&d);
    cr_expect_eq(c, d, "intern_in_place swaps in the interned copy");
    PymObject *e = s("__init__");
    pym_str_intern_in_place(&e);
    cr_expect_eq(e, PYM_ID(__init__));
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(c);
    PYM_DECREF(d);
    PYM_DECREF(e);
    /* a mortal interned string leaves the table when it dies */
    PymObject *f = pym_str_intern_cstr("short_lived_name");
    PYM_DECREF(f);
    PymObject *g = pym_str_intern_cstr("short_lived_name");
    cr_expect(pym_str_is_interned(g));
    PYM_DECREF(g);
    PymObject *ident = s("_x1"), *not_ident = s("1x");
    cr_expect(pym_str_is_identifier(ident));
    cr_expect(!pym_str_is_identifier(not_ident));
    PYM_DECREF(ident);
    PYM_DECREF(not_ident);
}

Test(str, hash_is_by_value_and_cached)
{
    PymObject *a = s("h\xc3\xa9llo"), *parts[2] = { s("h\xc3\xa9"), s("llo") };
    PymObject *b = pym_str_concat(parts[0], parts[1]);
    cr_expect_neq(a, b);
    cr_expect(pym_str_equal(a, b));
    cr_expect_eq(pym_str_hash(a), pym_str_hash(b));
    cr_expect_eq(pym_str_hash(a), pym_object_hash(a));
    cr_expect_neq(pym_str_hash(a), -1);
    PymObject *empty = s("");
    cr_expect_eq(pym_str_hash(empty), 0);
    PymObject *bytes = pym_bytes_from_data("llo", 3);
    cr_expect_eq(pym_object_hash(bytes), pym_str_hash(parts[1]), "ASCII bytes hash like the str");
    PYM_DECREF(bytes);
    PYM_DECREF(empty);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(parts[0]);
    PYM_DECREF(parts[1]);
}

Test(str, comparison_is_code_point_order)
{
    PymObject *a = s("\xc3\xa9"), *b = s("z"), *c = s("\xe2\x82\xac"), *d = s("\xc3\xa9\x00");
    cr_expect_gt(pym_str_compare(a, b), 0);      /* 'é' > 'z' */
    cr_expect_gt(pym_str_compare(c, a), 0);      /* '€' > 'é' */
    cr_expect_eq(pym_str_compare(a, a), 0);
    cr_expect(pym_str_equal_cstr(c, "\xe2\x82\xac"));
    PymObject *lt = pym_object_richcompare(b, c, PYM_LT);
    cr_expect_eq(lt, PYM_TRUE);
    PYM_DECREF(lt);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(c);
    PYM_DECREF(d);
}

Test(str, repr_quoting)
{
    struct { const char *in, *out; } cases[] = {
        { "abc", "'abc'" },
        { "it's", "\"it's\"" },
        { "say \"hi\"", "'say \"hi\"'" },
        { "both ' and \"", "'both \\' and \"'" },
        { "tab\tnl\ncr\r\\", "'tab\\tnl\\ncr\\r\\\\'" },
        { "\x01\x7f", "'\\x01\\x7f'" },
        { "\xc2\xa0\xc2\xad\xc3\xa9", "'\\xa0\\xad\xc3\xa9'" },          /* nbsp, soft hyphen escaped; é kept */
        { "\xe2\x80\xa8\xe2\x82\xac", "'\\u2028\xe2\x82\xac'" },         /* line separator escaped; € kept */
        { "\xf3\xa0\x80\x81\xf0\x9f\x98\x80", "'\\U000e0001\xf0\x9f\x98\x80'" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PymObject *o = s(cases[i].in);
        expect_utf8(pym_str_repr(o), cases[i].out);
        PYM_DECREF(o);
    }
}

Test(str, concat_and_repeat)
{
    PymObject *a = s("ab"), *b = s("\xe2\x82\xac"), *one = pym_int_from_i64(1), *three = pym_int_from_i64(3);
    PymObject *ab = pym_str_concat(a, b);
    cr_expect_eq(pym_str_kind(ab), 2);
    expect_utf8(ab, "ab\xe2\x82\xac");
    cr_expect_null(pym_str_concat(a, one));
    cr_expect_str_eq(raised(), "TypeError: can only concatenate str (not \"int\") to str");
    expect_utf8(pym_number_multiply(a, three), "ababab");
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(one);
    PYM_DECREF(three);
}

Test(str, split_and_join)
{
    PymObject *text = s("  a  b\tc\n"), *comma = s(","), *csv = s("x,,y");
    PymObject *parts = call(text, "split", NULL, 0);
    cr_assert_not_null(parts);
    cr_expect_eq(PYM_LIST_SIZE(parts), 3);
    PymObject *joined = pym_str_join(comma, parts);
    expect_utf8(joined, "a,b,c");
    PYM_DECREF(parts);
    parts = call(csv, "split", &comma, 1);
    cr_assert_not_null(parts);
    cr_expect_eq(PYM_LIST_SIZE(parts), 3);
    expect_utf8(PYM_NEWREF(PYM_LIST_BORROW_ITEM(parts, 1)), "");
    PYM_DECREF(parts);
    PymObject *bad = pym_list_new(0), *one = pym_int_from_i64(1);
    pym_list_append(bad, comma);
    pym_list_append(bad, one);
    cr_expect_null(pym_str_join(comma, bad));
    cr_expect_str_eq(raised(), "TypeError: sequence item 1: expected str instance, int found");
    cr_expect_null(pym_str_join(comma, one));
    cr_expect_str_eq(raised(), "TypeError: can only join an iterable");
    PYM_DECREF(bad);
    PYM_DECREF(one);
    PYM_DECREF(text);
    PYM_DECREF(comma);
    PYM_DECREF(csv);
}

Test(str, methods_with_cpython_messages)
{
    PymObject *abc = s("abc"), *z = s("z"), *empty = s("");
    cr_expect_null(call(abc, "index", &z, 1));
    cr_expect_str_eq(raised(), "ValueError: substring not found");
    cr_expect_null(call(abc, "split", &empty, 1));
    cr_expect_str_eq(raised(), "ValueError: empty separator");
    expect_utf8(call(abc, "upper", NULL, 0), "ABC");
    PymObject *sigma = s("\xce\xa3\xce\x91\xce\xa3");   /* 'ΣΑΣ'.lower() == 'σας' */
    expect_utf8(call(sigma, "lower", NULL, 0), "\xcf\x83\xce\xb1\xcf\x82");
    PymObject *strasse = s("stra\xc3\x9f" "e");
    expect_utf8(call(strasse, "upper", NULL, 0), "STRASSE");
    PYM_DECREF(strasse);
    PYM_DECREF(sigma);
    PYM_DECREF(abc);
    PYM_DECREF(z);
    PYM_DECREF(empty);
}

Test(str, encode_errors)
{
    PymObject *o = s("a\xc3\xa9");
    cr_expect_null(pym_str_encode(o, "ascii", NULL));
    cr_expect_str_eq(raised(), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in "
                               "position 1: ordinal not in range(128)");
    PymObject *b = pym_str_encode(o, "ascii", "replace");
    cr_assert_not_null(b);
    cr_expect_eq(pym_bytes_size(b), 2);
    cr_expect_eq(memcmp(pym_bytes_data(b), "a?", 2), 0);
    PYM_DECREF(b);
    cr_expect_null(pym_str_encode(o, "klingon", NULL));
    cr_expect_str_eq(raised(), "LookupError: unknown encoding: klingon");
    PYM_DECREF(o);
}

Test(str, writer_and_from_format)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    PymObject *euro = s("\xe2\x82\xac");
    pym_str_writer_write_cstr(&w, "[");
    pym_str_writer_write_str(&w, euro);
    pym_str_writer_write_char(&w, 0x1F600);
    pym_str_writer_write_utf8(&w, "]xyz", 1);
    PymObject *built = pym_str_writer_finish(&w);
    cr_expect_eq(pym_str_length(built), 4);
    expect_utf8(built, "[\xe2\x82\xac\xf0\x9f\x98\x80]");
    PymObject *num = pym_int_from_i64(42);
    expect_utf8(pym_str_from_format("%d|%5d|%-3s|%.2s|%zd|%c|%U|%R|%S|%T|%%", -7, 12, "ab", "xyz",
                                    (PymSize)99, 0xE9, euro, euro, num, num),
                "-7|   12|ab |xy|99|\xc3\xa9|\xe2\x82\xac|'\xe2\x82\xac'|42|int|%");
    PYM_DECREF(num);
    PYM_DECREF(euro);
}

Test(str, bytes_basics)
{
    PymObject *b = pym_bytes_from_data("it's\x00\xff", 6);
    expect_utf8(pym_bytes_repr(b), "b\"it's\\x00\\xff\"");
    cr_expect_null(pym_bytes_decode_utf8(b));
    cr_expect_str_eq(raised(), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 5: "
                               "invalid start byte");
    cr_expect_eq(sizeof_of(b), 39);      /* sys.getsizeof(b"it's\x00\xff") */
    PymObject *one = pym_bytes_from_data("a", 1), *again = pym_bytes_from_data("a", 1);
    cr_expect_eq(one, again, "1-byte bytes are cached");
    PYM_DECREF(one);
    PYM_DECREF(again);
    PYM_DECREF(b);
}
