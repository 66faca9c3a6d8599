# f-strings: nesting, conversions, '=' debugging, expressions, escapes
x, name, items = 42, "pym", [1, 2, 3]
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!a}", f"{'é'!a}", f"{x!s:>5}")
print(f"{x=}", f"{x = }", f"{name=!s}", f"{x=:08b}", f"{items[1]=}", f"{x * 2 + 1=}")
print(f"{len(name)=}", f"{name.upper()=}", f"{3.14159=:.2f}", f"{x=!r:>6}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{name:{'*'}^{width}}]", f"[{x:{'+' if x > 0 else '-'}}]")
print(f"{'nested {} braces'}", f"{{x}}", f"{{{x}}}", f"{'{'}{x}{'}'}")
print(f"{'a' if x > 40 else 'b'}", f"{(lambda y: y * 2)(x)}", f"{[i * i for i in items]}")
print(f"{ {'k': x}['k'] }", f"{x:{width}}|", f"{','.join(map(str, items))}")
d = {"key": "value", 1: "one"}
print(f"{d['key']}", f"{d[1]}", f"{d!r}", f"{items[-1]:03}")
print(f"{x:x} {x:#o} {x:,} {10**7:_} {0.25:.0%} {x:c}")
print(f"multi" f"{x}" "plain" f"{name}", F"{x}", rf"\n{x}", fr"{name}\t")
print(f"{'line1'}\n{'line2'}", f"\t{x}\t|", f"{chr(65)}{chr(0x1F600)!a}")
class Obj:
    def __repr__(self): return "Obj-repr"
    def __str__(self): return "Obj-str"
    def __format__(self, spec): return "Obj-format[" + spec + "]"
o = Obj()
print(f"{o}", f"{o!r}", f"{o!s}", f"{o:spec}", f"{o=}", f"{o=:xx}", f"{o!r:>10}")
def outer():
    y = 5
    return [f"{y + i}" for i in range(3)]
print(outer(), f"{f'{x}'}", f"{f'{x:>{width}}'}|", f"""{f'{name + "!"}'}""")
n = 0
def bump():
    global n
    n += 1
    return n
print(f"{bump()} {bump()} {bump()}", n)
print(f"{-0.0=}", f"{None=}", f"{True!r:>6}", f"{b'by'=}")
