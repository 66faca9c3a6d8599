import sys
sys.path.insert(0, sys.path[0] + "/pkgs")
import helper_mod
print(helper_mod.VALUE, helper_mod.greet("x"), helper_mod.__name__, helper_mod.__doc__)
import helper_mod as hm
print(hm is helper_mod, "helper_mod" in sys.modules)
from helper_mod import greet, VALUE as V
print(greet("y"), V)
from helper_mod import *
print(VALUE, "_private" in dir())
import mypkg
print(mypkg.PKG_CONST, mypkg.core_func(), mypkg.sub.SUB)
import mypkg.sub.leaf
print(mypkg.sub.leaf.LEAF)
from mypkg.sub import leaf
print(leaf.LEAF)
from mypkg import core
print(core.core_func())
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from helper_mod import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
import math, time, gc
print(type(math).__name__, math.__name__, callable(time.time))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["math"] is math)
