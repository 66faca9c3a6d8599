echo 'print("from stdin", 6 * 7)' | $PY -
echo 'import sys; print(sys.argv)' | $PY - x y
echo 'print("implicit stdin")' | $PY
