#!/usr/bin/env bash
# tests/run_cli_case.sh PYM DIR NAME — runs tests/cli/NAME.sh with PY set to
# pym (in DIR) and compares its standard output with NAME.exp, which
# scripts/regen-expected made by running the same commands with PY=python3.
set -u
export PY=$1
cd "$2" || exit 2
actual=$(bash "$3.sh" 2>/dev/null </dev/null)
expected=$(cat "$3.exp")
if [ "$actual" != "$expected" ]; then
  echo "FAIL $3: output differs"
  diff <(echo "$expected") <(echo "$actual")
  exit 1
fi
