# "Exception ignored" reports of __del__ at exit go to standard error;
# after module teardown began they carry no source lines (addresses masked)
$PY del_raises_at_exit.py 2>&1 | sed -E 's/0x[0-9a-f]+/ADDR/; s|"[^"]*del_raises_at_exit.py"|"FILE"|'
