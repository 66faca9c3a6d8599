$PY -c 'def f():
    raise ValueError("bad value")
f()' 2>&1 | sed -e 's/^  File "<string>"/  File "<string>"/'
$PY raise_in_func.py 2>&1 | sed -e 's#File ".*/raise_in_func.py"#File "raise_in_func.py"#'
