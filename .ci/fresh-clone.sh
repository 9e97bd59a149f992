#!/usr/bin/env bash
# Proof that a fresh clone builds and passes its tests on its own: clones this repository (its
# committed HEAD) into an empty temporary directory, so nothing (no ../shared) sits beside it, and runs
# the README's test command there, reduced to the model module to stay quick in CI:
#   mvn -B -o -q verify -pl model
# MVTD_FULL=1 runs the README's full command (mvn -B verify) instead. Exit status is Maven's.
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d /tmp/mvtd-fresh-clone.XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-local "$repo" "$work/clone"
cd "$work/clone"
# Nothing but the clone in its parent directory: a test that reads ../anything fails here.
if [ "$(ls -A "$work")" != clone ]; then
  echo "fresh-clone.sh: $work holds more than the clone" >&2
  exit 1
fi
started=$SECONDS
if [ "${MVTD_FULL:-}" = 1 ]; then
  mvn -B verify
else
  mvn -B -o -q verify -pl model
fi
echo "fresh-clone.sh: a clone of $(git rev-parse --short HEAD) passed in $((SECONDS - started)) s"
