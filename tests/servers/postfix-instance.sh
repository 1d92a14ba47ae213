#!/usr/bin/env bash
# Starts a private Postfix instance in DIRECTORY (never /etc/postfix) listening on loopback only, and stops it again.
#
#   postfix-instance.sh start DIRECTORY CERT KEY STARTTLS_PORT IMPLICIT_PORT [SUBMISSION_PORT]
#   postfix-instance.sh stop DIRECTORY
#
# STARTTLS_PORT offers STARTTLS (smtpd), IMPLICIT_PORT is SMTPS (wrapper mode). Needs root and Debian's postfix
# package (installed with debconf "No configuration"). Mail is accepted for nobody: relaying is refused, which is
# what a client test of greetings, TLS and EHLO needs.
set -euo pipefail

command=$1
directory=$2

if [ "$command" = stop ]; then
    postfix -c "$directory/etc" stop >/dev/null 2>&1 || true
    exit 0
fi

cert=$3
key=$4
starttls_port=$5
implicit_port=$6
submission_port=${7:-}

mkdir -p "$directory/etc" "$directory/queue" "$directory/data"
chown root:root "$directory/etc" "$directory/queue"
chown postfix:postfix "$directory/data"
cp "$cert" "$directory/etc/cert.pem"
cp "$key" "$directory/etc/key.pem"
chmod 600 "$directory/etc/key.pem"

cat >"$directory/etc/main.cf" <<MAIN
compatibility_level = 3.6
myhostname = postfix.test
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
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
    echo "127.0.0.1:$starttls_port inet n - n - - smtpd"
    echo "127.0.0.1:$implicit_port inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt"
    [ -n "$submission_port" ] && echo "127.0.0.1:$submission_port inet n - n - - smtpd -o smtpd_tls_security_level=encrypt"
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

postfix -c "$directory/etc" set-permissions >/dev/null 2>&1 || true
postfix -c "$directory/etc" start
