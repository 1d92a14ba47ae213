#!/usr/bin/env bash
# Usage: run_validator.sh TOOL_PATH DEBIAN_PACKAGE ARGS...
# Runs a validator; exits 77 (ctest: skipped) with a clear message when it is not installed.
set -uo pipefail
tool=$1
package=$2
shift 2
if [ -z "$tool" ] || [ ! -x "$tool" ]; then
    echo "SKIP: the validator is not installed (Debian package $package; .ci/install-deps installs it)"
    exit 77
fi
exec "$tool" "$@"
