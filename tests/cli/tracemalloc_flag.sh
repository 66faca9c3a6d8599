$PY -X tracemalloc -c 'import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())'
$PY -X tracemalloc=7 -c 'import tracemalloc; print(tracemalloc.get_traceback_limit())'
PYTHONTRACEMALLOC=3 $PY -c 'import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())'
$PY -c 'import tracemalloc; print(tracemalloc.is_tracing())'
$PY -X tracemalloc=0 -c 'import tracemalloc; print(tracemalloc.is_tracing())'
$PY -X tracemalloc= -c 'import tracemalloc; print(tracemalloc.is_tracing())'
PYTHONTRACEMALLOC=0 $PY -c 'import tracemalloc; print(tracemalloc.is_tracing())'
PYTHONTRACEMALLOC=4 $PY -X tracemalloc=0 -c 'import tracemalloc; print(tracemalloc.is_tracing())'
PYTHONTRACEMALLOC=4 $PY -X tracemalloc=2 -c 'import tracemalloc; print(tracemalloc.get_traceback_limit())'
$PY -X tracemalloc=abc -c 'print("not reached")'; echo "rc=$?"
PYTHONTRACEMALLOC=x $PY -c 'print("not reached")'; echo "rc=$?"
$PY -X tracemalloc=70000 -c 'print("not reached")'; echo "rc=$?"
