def core_func():
    return "core"
from . import sub
