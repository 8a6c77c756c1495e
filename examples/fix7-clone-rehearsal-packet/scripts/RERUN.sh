#!/bin/sh
# Recomputes the tree hash with coreutils and compares it with the seal.
set -eu
cd "$(dirname "$0")/.."
actual=$(find . -type f ! -path ./seal.json -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum | cut -d' ' -f1)
sealed=$(python3 -c 'import json; print(json.load(open("seal.json"))["tree"])')
[ "$actual" = "$sealed" ] && echo "PASS/MATCH" || { echo "FAIL: tree $actual, sealed $sealed"; exit 1; }
