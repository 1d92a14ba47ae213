#!/usr/bin/env bash
# The comparison figure for bench_manysessions (issue 13, target 3): RUNS verified STARTTLS sessions made one after
# another by `openssl s_client -starttls smtp` against aiosmtpd on loopback, timed in all and extrapolated to 500.
# Prints figures; fails only when a session fails.
#
#   compare_many_s_client.sh [RUNS]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
runs=${1:-50}
work=$(mktemp -d)
server_pid=

cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

# A CA and a leaf for localhost, made fresh.
openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/ca.key" -out "$work/ca.pem" \
    -subj "/CN=Comparison CA" -days 2 -addext basicConstraints=critical,CA:TRUE 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/server.key" \
    -out "$work/server.csr" -subj "/CN=localhost" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$work/ext.cnf"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -set_serial 1 -days 2 \
    -extfile "$work/ext.cnf" -out "$work/server.pem" 2>/dev/null

# aiosmtpd prints "READY <port>" and exits when its standard input closes: this shell keeps a pipe open for it.
mkfifo "$work/server.in"
/usr/bin/python3 "$source_dir/tests/support/aiosmtpd_server.py" --port 0 --starttls "$work/server.pem" \
    "$work/server.key" <"$work/server.in" >"$work/server.out" 2>/dev/null &
server_pid=$!
exec {holder}>"$work/server.in"
for _ in $(seq 100); do
    grep -q '^READY' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
port=$(awk '/^READY/ { print $2 }' "$work/server.out")
[ -n "$port" ] || { echo "aiosmtpd did not start" >&2; exit 1; }

start=$(now_ms)
for _ in $(seq "$runs"); do
    printf 'EHLO client.test\r\nQUIT\r\n' |
        openssl s_client -starttls smtp -name client.test -connect "127.0.0.1:$port" -CAfile "$work/ca.pem" \
            -verify_hostname localhost -verify_return_error -quiet >/dev/null 2>&1
done
total=$(($(now_ms) - start))
awk -v runs="$runs" -v total="$total" 'BEGIN {
    printf "%d sequential openssl s_client -starttls smtp sessions against aiosmtpd: %d ms (%.1f ms each); ", runs,
        total, total / runs
    printf "500 would take about %.0f ms\n", total / runs * 500
}'
exec {holder}>&-
