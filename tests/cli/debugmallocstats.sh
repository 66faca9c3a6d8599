# sys._debugmallocstats() writes the allocator's report to standard error
# and returns None: its header and size-class table (the figures, and the
# arena lines that a sanitizer build has not, are the implementation's own).
$PY -c 'import sys; sys._debugmallocstats()' 2>&1 >/dev/null | head -4
$PY -c 'import sys; sys._debugmallocstats()' 2>&1 >/dev/null | grep -cE '^ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$' | sed 's/^[1-9][0-9]*$/some size-class rows/'
$PY -c 'import sys; print(sys._debugmallocstats())' 2>/dev/null
