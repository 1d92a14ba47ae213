#!/usr/bin/env bash
# Starts a private Postfix instance in DIRECTORY (never /etc/postfix) listening on loopback only, and stops it again.
#
#   postfix-instance.sh start DIRECTORY CERT KEY STARTTLS_PORT IMPLICIT_PORT [SUBMISSION_PORT]
#   postfix-instance.sh listen [--stop-with PID] DIRECTORY CERT KEY LISTENER...
#   postfix-instance.sh stop DIRECTORY
#
# `start` listens on 127.0.0.1: STARTTLS_PORT offers STARTTLS (smtpd), IMPLICIT_PORT is SMTPS (wrapper mode),
# SUBMISSION_PORT requires STARTTLS. `listen` takes each listener as ADDRESS:PORT:MODE, ADDRESS a loopback IPv4
# address or a bracketed IPv6 one ([::1]), MODE one of
#   starttls     STARTTLS offered
#   plain        no STARTTLS
#   submission   STARTTLS required before mail
#   implicit     TLS at once (SMTPS wrapper mode)
#   xclient      no STARTTLS; XCLIENT offered to 127.0.0.0/8 and ::1 (smtpd_authorized_xclient_hosts)
# With --stop-with PID a watcher stops the instance when process PID ends, so a test that is killed does not leave
# Postfix running. Needs root and Debian's postfix package (installed with debconf "No configuration"). Mail is
# accepted for nobody: relaying is refused, which is what a client test of greetings, TLS and EHLO needs.
set -euo pipefail

command=$1
shift

if [ "$command" = stop ]; then
    postfix -c "$1/etc" stop >/dev/null 2>&1 || true
    exit 0
fi

owner=
if [ "$command" = listen ] && [ "${1:-}" = --stop-with ]; then
    owner=$2
    shift 2
fi

directory=$1
cert=$2
key=$3
shift 3

listeners=()
case "$command" in
start)
    listeners=("127.0.0.1:$1:starttls" "127.0.0.1:$2:implicit")
    [ -n "${3:-}" ] && listeners+=("127.0.0.1:$3:submission")
    ;;
listen)
    listeners=("$@")
    ;;
*)
    echo "unknown command: $command" >&2
    exit 1
    ;;
esac

# One master.cf line: ADDRESS:PORT and the smtpd options of its mode.
service_line() {
    local listener=$1
    local mode=${listener##*:}
    local endpoint=${listener%:*}
    case "$mode" in
    starttls) echo "$endpoint inet n - n - - smtpd" ;;
    plain) echo "$endpoint inet n - n - - smtpd -o smtpd_tls_security_level=none" ;;
    submission) echo "$endpoint inet n - n - - smtpd -o smtpd_tls_security_level=encrypt" ;;
    implicit) echo "$endpoint inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt" ;;
    xclient) echo "$endpoint inet n - n - - smtpd -o smtpd_tls_security_level=none -o smtpd_authorized_xclient_hosts=127.0.0.0/8,[::1]/128" ;;
    *)
        echo "unknown listener mode: $listener" >&2
        return 1
        ;;
    esac
}

# IPv6 only when a listener asks for it: a machine without ::1 would otherwise warn at every start.
inet_protocols=ipv4
for listener in "${listeners[@]}"; do
    [[ $listener == \[* ]] && inet_protocols=all
done

mkdir -p "$directory/etc" "$directory/queue" "$directory/data"
chown root:root "$directory/etc" "$directory/queue"
chown postfix:postfix "$directory/data"
# The queue's folders as Postfix's post-install makes them, made here because post-install (and the checks that
# `postfix start` runs without a quick-start file) take seconds, and many more on a busy machine.
(
    cd "$directory/queue"
    mkdir -p pid active bounce corrupt defer deferred flush hold incoming private saved trace maildrop public
    chmod 755 pid
    chown postfix active bounce corrupt defer deferred flush hold incoming private saved trace maildrop public
    chmod 700 active bounce corrupt defer deferred flush hold incoming private saved trace
    chgrp postdrop maildrop public
    chmod 730 maildrop
    chmod 710 public
    touch quick-start
)
cp "$cert" "$directory/etc/cert.pem"
cp "$key" "$directory/etc/key.pem"
chmod 600 "$directory/etc/key.pem"

cat >"$directory/etc/main.cf" <<MAIN
compatibility_level = 3.6
myhostname = postfix.test
mydestination =
inet_interfaces = loopback-only
inet_protocols = $inet_protocols
queue_directory = $directory/queue
data_directory = $directory/data
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = $directory
maillog_file = $directory/maillog
smtpd_tls_cert_file = $directory/etc/cert.pem
smtpd_tls_key_file = $directory/etc/key.pem
smtpd_tls_security_level = may
smtpd_relay_restrictions = reject_unauth_destination
alias_maps =
alias_database =
local_recipient_maps =
MAIN

{
    for listener in "${listeners[@]}"; do
        service_line "$listener"
    done
    for service in pickup:unix:n:-:n:60:1:pickup cleanup:unix:n:-:n:-:0:cleanup qmgr:unix:n:-:n:300:1:qmgr \
        tlsmgr:unix:-:-:n:1000?:1:tlsmgr rewrite:unix:-:-:n:-:-:trivial-rewrite bounce:unix:-:-:n:-:0:bounce \
        defer:unix:-:-:n:-:0:bounce trace:unix:-:-:n:-:0:bounce verify:unix:-:-:n:-:1:verify \
        flush:unix:n:-:n:1000?:0:flush proxymap:unix:-:-:n:-:-:proxymap smtp:unix:-:-:n:-:-:smtp \
        relay:unix:-:-:n:-:-:smtp error:unix:-:-:n:-:-:error retry:unix:-:-:n:-:-:error \
        discard:unix:-:-:n:-:-:discard local:unix:-:n:n:-:-:local virtual:unix:-:n:n:-:-:virtual \
        lmtp:unix:-:-:n:-:-:lmtp anvil:unix:-:-:n:-:1:anvil scache:unix:-:-:n:-:1:scache \
        postlog:unix-dgram:n:-:n:-:1:postlogd; do
        echo "${service//:/ }"
    done
} >"$directory/etc/master.cf"

postfix -c "$directory/etc" start

if [ -n "$owner" ]; then
    # Detached from this script's output, so whoever waits for this script's end does not wait for the watcher too.
    setsid bash -c 'tail --pid="$1" -f /dev/null; postfix -c "$2/etc" stop' watcher "$owner" "$directory" \
        </dev/null >/dev/null 2>&1 &
fi
