# printf-style % formatting corner cases
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (3.9, -2.5, 7), "%x %X %o" % (-255, 3054, -8), "%#x %#X %#o" % (255, 255, 8))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%.3d|%8.3d|%-8.3d|" % (7, 7, -7))
print("%f %.0f %.1f %e %E %g %G" % (1.5, 2.5, 0.05, 12345.678, 0.00012, 1e-5, 1e20))
print("%10.3f|%-10.3f|%010.3f|%+.2e" % (3.14159, 3.14159, -3.14159, 1234.5))
print("%c%c%c" % (72, "i", 0x263A), "%%" % (), "100%%" % ())
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%r" % (None,))
print("%(x)s %(x)r %(y)05.1f" % {"x": "v", "y": 2.25}, "%(a)s" % {"a": 1, "b": 2})
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.71828))
print("%s" % "only", "%s" % ("tuple1",), "no args" % (), "%s" % {"k": 1})
print("%.2s|%5.1s|%-4s|" % ("abc", "xyz", "q"))
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001), "%#g" % 1.0, "%.3g" % 1234.5)
print("%x" % 2**70, "%d" % True, "%s" % False, "%.1f" % float("inf"), "%e" % float("nan"))
cases = [("%d", "str"), ("%d", None), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", (1,)), ("%(k)s", {}),
         ("%z", 1), ("%c", "ab"), ("%c", 2**30), ("%x", 1.5), ("%", ()), ("%5%", ()), ("%(a", {"a": 1}), ("%*d", ("x", 1))]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"raw"), b"%5s|%-5s|" % (b"a", b"b"))
print(b"%a" % "é", b"%r" % b"x", b"%(k)s" % {b"k": b"v"})
