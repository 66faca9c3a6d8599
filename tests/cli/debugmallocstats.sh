# sys._debugmallocstats() writes the allocator's report to standard error:
# its header and the labels of the arena lines (the figures are the
# implementation's own).
$PY -c 'import sys; sys._debugmallocstats()' 2>&1 >/dev/null | head -4
$PY -c 'import sys; sys._debugmallocstats()' 2>&1 >/dev/null | grep -E '^# (arenas|bytes in)' | sed 's/ *=.*//'
$PY -c 'import sys; sys._debugmallocstats()' 2>&1 >/dev/null | grep -cE '^ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$' | sed 's/^[1-9][0-9]*$/some size-class rows/'
$PY -c 'import sys; print(sys._debugmallocstats())' 2>/dev/null
