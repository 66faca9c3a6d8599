# Compile-time SyntaxWarnings on stderr: `is` with a literal, calling a
# literal (a missing comma), assert on a tuple; with the source line when the
# file can be read, without it for -c.
$PY literal_warnings.py 2>&1 | sed -e "s#[^ \"]*/literal_warnings.py#literal_warnings.py#g"
$PY -c 'x = 1 is 1
print(x, [(1, 2) (3, 4)] if x else 0)' 2>&1
