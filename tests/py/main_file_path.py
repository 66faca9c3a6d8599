# The main script is named by its absolute path, as CPython 3.9+ does.
import sys
print(__file__.startswith("/"), __file__.endswith("/main_file_path.py"))
print(sys.argv[0])
def where():
    return where.__code__.co_filename == __file__
print(where())
