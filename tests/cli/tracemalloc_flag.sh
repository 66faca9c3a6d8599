$PY -X tracemalloc -c 'import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())'
$PY -X tracemalloc=7 -c 'import tracemalloc; print(tracemalloc.get_traceback_limit())'
PYTHONTRACEMALLOC=3 $PY -c 'import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())'
$PY -c 'import tracemalloc; print(tracemalloc.is_tracing())'
