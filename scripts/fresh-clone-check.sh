#!/usr/bin/env bash
# The README's quick start, as a newcomer runs it: clone the committed work into a new folder and
# run the two commands of the README's "Quick start" block there (read from the README itself),
# then confirm the site is browsable. Usage: scripts/fresh-clone-check.sh [times, default 1]
set -euo pipefail
times=${1:-1}
repo=$(git rev-parse --show-toplevel)

# The quick-start commands, without their comments.
mapfile -t commands < <(awk '/^## Quick start/{on=1} on && /^```sh/{inblock=1; next} inblock && /^```/{exit} inblock' "$repo/README.md" | sed 's/[[:space:]]*#.*$//' | grep -v '^[[:space:]]*$')
[ "${#commands[@]}" -eq 2 ] || { echo "Expected two quick-start commands in README.md, found ${#commands[@]}" >&2; exit 2; }

for run in $(seq 1 "$times"); do
  dir=$(mktemp -d)
  git clone -q "$repo" "$dir/presswork"
  echo "== run $run of $times: fresh clone of $(git -C "$repo" rev-parse --short HEAD) in $dir/presswork"
  for command in "${commands[@]}"; do
    echo "\$ $command"
    start=$SECONDS
    (cd "$dir/presswork" && bash -c "$command") > "$dir/log.txt" 2>&1 || { tail -40 "$dir/log.txt"; echo "FAILED: $command (run $run; full log $dir/log.txt)" >&2; exit 1; }
    tail -3 "$dir/log.txt"
    echo "   ok in $((SECONDS - start)) s"
  done
  test -s "$dir/presswork/site/index.html" || { echo "FAILED: no site/index.html after npm start" >&2; exit 1; }
  rm -rf "$dir"
done
echo "The quick start passed $times time(s) on fresh clones."
