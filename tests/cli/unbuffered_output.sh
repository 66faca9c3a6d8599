# -u and PYTHONUNBUFFERED: stdout writes through, so it interleaves with
# stderr in program order; without them stdout to a pipe is block-buffered.
env -u PYTHONUNBUFFERED $PY -u -c 'import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2")' 2>&1
env PYTHONUNBUFFERED=1 $PY -c 'import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2")' 2>&1
env -u PYTHONUNBUFFERED $PY -c 'import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2")' 2>&1
