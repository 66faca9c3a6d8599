print(True and False, True or False, not True, not 0, not "")
print(0 or "default", "x" and "y", None or 0, [] or {} or "last")
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0))
print(None is None, None == None, type(None).__name__, repr(None))
print(True is True, 1 == True, True == 1.0, isinstance(True, int))
print(True & False, True | False, True ^ True, type(True & False).__name__)
x = None
if x is None:
    print("none branch")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 2 > 0)
print(str(True), repr(False), int(True), float(False))
