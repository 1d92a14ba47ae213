#!/usr/bin/env bash
# Fails when translations/*.ts are out of date with the sources or hold unfinished or empty translations.
#
# Usage: check_translations.sh LUPDATE PROJECT TS_FILE... [-- LUPDATE_OPTION...]
#
# PROJECT is the lupdate project the update_translations target uses (same sources, include paths): its .json, or
# the .cmake description CMake writes at configure time (build/translations/.lupdate/*_project.cmake), which is
# turned into JSON with Qt's GenerateLUpdateProject.cmake (its path in $LUPDATE_PROJECT_GENERATOR, cmake in
# $CMAKE). So "out of date" means exactly: `cmake --build build --target update_translations` would change a file.
# Fix: run that target, translate what it added (Qt Linguist, or by hand), commit the .ts files.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 LUPDATE PROJECT TS_FILE... [-- LUPDATE_OPTION...]" >&2
    exit 2
fi
lupdate=$1
project=$2
shift 2
ts_files=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    ts_files+=("$1")
    shift
done
[ $# -gt 0 ] && shift
options=("$@")

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

if [[ "$project" == *.cmake ]]; then
    "${CMAKE:-cmake}" -DIN_FILE="$project" -DOUT_FILE="$workdir/project.json" -P "${LUPDATE_PROJECT_GENERATOR:?}"
    project=$workdir/project.json
fi

copies=()
for ts in "${ts_files[@]}"; do
    cp "$ts" "$workdir/"
    copies+=("$workdir/$(basename "$ts")")
done

if ! "$lupdate" -silent -project "$project" "${options[@]}" -ts "${copies[@]}" >"$workdir/lupdate.log" 2>&1; then
    cat "$workdir/lupdate.log" >&2
    echo "FAIL: lupdate failed" >&2
    exit 1
fi

status=0
for ts in "${ts_files[@]}"; do
    name=$(basename "$ts")
    if ! diff -u "$ts" "$workdir/$name" >"$workdir/$name.diff"; then
        echo "FAIL: $name is out of date with the sources; run the update_translations target and translate:" >&2
        grep -E '^[-+][^-+]' "$workdir/$name.diff" | grep -E '<source>|<name>' | head -n 40 >&2 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "FAIL: $name has $unfinished unfinished translation(s):" >&2
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' | head -n 20 >&2 || true
        status=1
    fi
    empty=$(grep -cE '<translation>\s*</translation>|<translation/>|<numerusform>\s*</numerusform>|<numerusform/>' "$ts" || true)
    if [ "$empty" -gt 0 ]; then
        echo "FAIL: $name has $empty empty translation(s)" >&2
        status=1
    fi
    obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$ts" || true)
    if [ "$obsolete" -gt 0 ]; then
        echo "FAIL: $name keeps $obsolete obsolete translation(s); update_translations drops them" >&2
        status=1
    fi
done

[ $status -eq 0 ] && echo "OK: ${#ts_files[@]} translation file(s) complete and up to date"
exit $status
