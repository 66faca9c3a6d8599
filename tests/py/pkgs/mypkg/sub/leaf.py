from .. import PKG_CONST
from ..core import core_func
LEAF = PKG_CONST + "/leaf/" + core_func()
