printf 'print(value * 2)\nvalue\n' | $PY -i set_value.py 2>/dev/null
