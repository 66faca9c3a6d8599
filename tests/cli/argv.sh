$PY -c 'import sys; print(sys.argv)' one two
$PY show_args.py alpha "b c"
