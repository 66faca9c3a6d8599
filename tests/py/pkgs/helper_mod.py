"""A helper module for import tests."""
VALUE = 42
print("helper_mod imported as", __name__)
def greet(name):
    return f"hello {name}"
_private = "hidden"
__all__ = ["VALUE", "greet"]
