#!/usr/bin/env bash
# Whole-process comparison with `openssl s_client`: a verified session (connect, TLS, EHLO, QUIT) made by
# smtp-workbench-cli and by s_client against the same servers, in paired runs, with medians and their ratio.
# Servers are started here on loopback: aiosmtpd always, and a private Postfix instance when Postfix is installed and
# this runs as root. With FLOOR (tests/bench/tls_floor_client), the same session made by a program that only starts
# Qt and then speaks TLS through OpenSSL directly is timed too: the floor under any client built on Qt. Prints
# figures; fails only when a session itself fails.
#
#   compare_s_client.sh [CLI] [RUNS] [FLOOR]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
cli=${1:-$source_dir/build/app/smtp-workbench-cli}
runs=${2:-21}
floor=${3:-}
work=$(mktemp -d)
# Postfix's daemons run as the postfix user and must reach their queue below this folder.
chmod 755 "$work"
pids=()
postfix_dir=

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$postfix_dir" ] && "$source_dir/tests/servers/postfix-instance.sh" stop "$postfix_dir"
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
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
# Sets $port.
start_aiosmtpd() {
    local mode=$1 fifo=$work/aiosmtpd-$1.in out=$work/aiosmtpd-$1.out holder
    mkfifo "$fifo"
    /usr/bin/python3 "$source_dir/tests/support/aiosmtpd_server.py" --port 0 "--$mode" "$work/server.pem" \
        "$work/server.key" <"$fifo" >"$out" 2>/dev/null &
    pids+=($!)
    exec {holder}>"$fifo"
    for _ in $(seq 100); do
        grep -q '^READY' "$out" 2>/dev/null && break
        sleep 0.1
    done
    port=$(awk '/^READY/ { print $2 }' "$out")
    [ -n "$port" ] || { echo "aiosmtpd ($mode) did not start" >&2; exit 1; }
}

targets=()
start_aiosmtpd starttls
targets+=("aiosmtpd STARTTLS|$port|starttls")
start_aiosmtpd implicit-tls
targets+=("aiosmtpd implicit TLS|$port|implicit")
if command -v postfix >/dev/null && [ "$(id -u)" -eq 0 ]; then
    postfix_dir=$work/postfix
    starttls_port=$(free_port)
    implicit_port=$(free_port)
    if "$source_dir/tests/servers/postfix-instance.sh" start "$postfix_dir" "$work/server.pem" "$work/server.key" \
        "$starttls_port" "$implicit_port" >/dev/null 2>&1; then
        for _ in $(seq 50); do
            (exec 3<>"/dev/tcp/127.0.0.1/$starttls_port") 2>/dev/null && break
            sleep 0.1
        done
        targets+=("Postfix STARTTLS|$starttls_port|starttls" "Postfix implicit TLS|$implicit_port|implicit")
    else
        echo "Postfix did not start; compared with aiosmtpd only."
        postfix_dir=
    fi
else
    echo "Postfix is not installed (or this is not root): compared with aiosmtpd only."
fi

run_cli() {
    "$cli" --host 127.0.0.1 --port "$1" --security "$2" --ca-file "$work/ca.pem" --server-name localhost \
        --local-name client.test --timeout 10 >/dev/null
}

run_s_client() {
    local starttls=()
    [ "$2" = starttls ] && starttls=(-starttls smtp -name client.test)
    printf 'EHLO client.test\r\nQUIT\r\n' |
        openssl s_client "${starttls[@]}" -connect "127.0.0.1:$1" -CAfile "$work/ca.pem" -verify_hostname localhost \
            -verify_return_error -quiet >/dev/null 2>&1
}

run_floor() {
    "$floor" "$1" "$2" "$work/ca.pem" localhost
}

tools="cli s_client"
[ -n "$floor" ] && tools="cli s_client floor"
echo "smtp-workbench-cli against openssl s_client, $runs paired runs each, medians of whole processes"
if [ -n "$floor" ]; then
    printf '%-24s %12s %12s %7s %12s %7s\n' "server" "workbench" "s_client" "ratio" "Qt floor" "ratio"
else
    printf '%-24s %12s %12s %7s\n' "server" "workbench" "s_client" "ratio"
fi
for target in "${targets[@]}"; do
    IFS='|' read -r name port mode <<<"$target"
    for tool in $tools; do : >"$work/$tool.ms"; done
    for i in $(seq "$runs"); do
        # Rotate which goes first, so none always meets a warm or a cold server.
        order=$(echo $tools | awk -v i="$i" '{ for (k = 0; k < NF; k++) printf "%s ", $((i + k) % NF + 1) }')
        for tool in $order; do
            start=$(now_ms)
            "run_$tool" "$port" "$mode"
            echo $(($(now_ms) - start)) >>"$work/$tool.ms"
        done
    done
    cli_median=$(median <"$work/cli.ms")
    s_client_median=$(median <"$work/s_client.ms")
    ratio=$(awk -v a="$cli_median" -v b="$s_client_median" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    if [ -n "$floor" ]; then
        floor_median=$(median <"$work/floor.ms")
        floor_ratio=$(awk -v a="$floor_median" -v b="$s_client_median" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        printf '%-24s %9s ms %9s ms %7s %9s ms %7s\n' "$name" "$cli_median" "$s_client_median" "$ratio" \
            "$floor_median" "$floor_ratio"
    else
        printf '%-24s %9s ms %9s ms %7s\n' "$name" "$cli_median" "$s_client_median" "$ratio"
    fi
done
