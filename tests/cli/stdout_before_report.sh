# A failing script file's buffered output comes before its traceback or exit
# message (the file runner flushes stdout); a -c program's does not.
env -u PYTHONUNBUFFERED $PY print_then_raise.py 2>&1 | sed -e 's#File ".*/print_then_raise.py"#File "print_then_raise.py"#'
env -u PYTHONUNBUFFERED $PY print_then_exit.py 2>&1
env -u PYTHONUNBUFFERED $PY -c 'print("printed after the report")
raise ValueError("report first")' 2>&1
