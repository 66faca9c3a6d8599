print("mypkg init")
PKG_CONST = "pkg"
from .core import core_func
