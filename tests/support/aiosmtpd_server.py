#!/usr/bin/python3
"""A real SMTP server for integration tests, built on aiosmtpd (Debian's python3-aiosmtpd 1.4).

Listens on 127.0.0.1 (or --host) and prints "READY <port>" on stdout once it accepts connections. Exits when
stdin reaches end of file or on SIGTERM/SIGINT, so a test that dies cannot leave it behind.

Each message received with --store DIR becomes DIR/NNNN.eml (the DATA payload after dot-unstuffing, bytes
unchanged) and DIR/NNNN.json (the envelope). The .json file is written last and atomically: its presence means
the message is complete.

With --dsn the server advertises DSN (RFC 3461) and takes RET and ENVID on MAIL FROM and NOTIFY and ORCPT on
RCPT TO, which aiosmtpd itself refuses; the .json envelope then holds them, as sent, under "dsn_mail" (a list) and
"dsn_rcpt" (a list per recipient).

With --log-commands FILE, each AUTH attempt ("AUTH <mechanism> <login> OK" or "... FAILED") and each QUIT ("QUIT")
is appended to FILE as one line, flushed at once, so a test can see what a client did without reading the wire.
Passwords are never written.

With --proxy-protocol the server expects a HAProxy PROXY header (v1 or v2) before anything else on each connection;
the .json envelope then holds what it claimed under "proxy" ({"version", "src_addr", "src_port", "dst_addr",
"dst_port"}), and "peer" stays the real TCP peer.

With --lmtp the server speaks LMTP (aiosmtpd.lmtp.LMTP: LHLO, no EHLO or HELO) and answers the end of data once per
recipient (RFC 2033 §4.2): 250, or 550 for each recipient named by --lmtp-refuse (repeatable). The message is
stored as usual, with "lmtp_refused" in the envelope.
"""

import argparse
import re
import asyncio
import json
import logging
import os
import signal
import ssl
import sys

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port, 0 for any free one")
    parser.add_argument("--hostname", default="aiosmtpd.test", help="name in the banner and EHLO reply")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"), help="offer STARTTLS with this certificate")
    parser.add_argument("--require-starttls", action="store_true", help="refuse commands other than EHLO/STARTTLS "
                        "before TLS")
    parser.add_argument("--implicit-tls", nargs=2, metavar=("CERT", "KEY"), help="TLS from the first byte (SMTPS)")
    parser.add_argument("--require-client-cert", metavar="CA", help="demand a client certificate signed by CA")
    parser.add_argument("--auth-user", action="append", default=[], metavar="USER:PASSWORD",
                        help="accept AUTH PLAIN/LOGIN for this user (repeatable)")
    parser.add_argument("--auth-allow-plaintext", action="store_true", help="offer AUTH without TLS")
    parser.add_argument("--auth-required", action="store_true", help="refuse MAIL before AUTH")
    parser.add_argument("--dsn", action="store_true", help="advertise DSN and accept its parameters")
    parser.add_argument("--proxy-protocol", action="store_true", help="expect a PROXY header on each connection")
    parser.add_argument("--lmtp", action="store_true", help="speak LMTP: one reply per recipient after DATA")
    parser.add_argument("--lmtp-refuse", action="append", default=[], metavar="ADDRESS",
                        help="with --lmtp, refuse delivery to ADDRESS after DATA (repeatable)")
    parser.add_argument("--store", metavar="DIR", help="write each received message into DIR")
    parser.add_argument("--log-commands", metavar="FILE", help="append a line per AUTH attempt and QUIT to FILE")
    parser.add_argument("--data-size-limit", type=int, default=33554432)
    parser.add_argument("--backlog", type=int, default=100, help="listen queue length (benchmarks connect hundreds "
                        "of clients at once)")
    arguments = parser.parse_args()
    if arguments.starttls and arguments.implicit_tls:
        parser.error("--starttls and --implicit-tls exclude each other")
    if arguments.lmtp and arguments.dsn:
        parser.error("--lmtp and --dsn exclude each other")
    if arguments.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("tests listen on loopback only")
    return arguments


def make_tls_context(cert, key, client_ca):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    if client_ca:
        context.load_verify_locations(cafile=client_ca)
        context.verify_mode = ssl.CERT_REQUIRED
    return context


def transport_ssl_object(server):
    transport = getattr(server, "transport", None)
    if transport is None:
        return None
    return transport.get_extra_info("ssl_object")


class CommandLog:
    def __init__(self, path):
        self.path = path

    def write(self, line):
        if not self.path:
            return
        with open(self.path, "a", encoding="utf-8") as stream:
            stream.write(line + "\n")
            stream.flush()


DSN_MAIL_PARAMETER = re.compile(r"\s+((?:RET|ENVID)=\S*)", re.IGNORECASE)
DSN_RCPT_PARAMETER = re.compile(r"\s+((?:NOTIFY|ORCPT)=\S*)", re.IGNORECASE)


class DsnSMTP(SMTP):
    """aiosmtpd refuses parameters it does not know; this one takes the DSN parameters off and keeps them."""

    async def smtp_MAIL(self, arg):
        self.session.dsn_mail = DSN_MAIL_PARAMETER.findall(arg or "")
        self.session.dsn_rcpt = []
        await super().smtp_MAIL(DSN_MAIL_PARAMETER.sub("", arg) if arg else arg)

    async def smtp_RCPT(self, arg):
        getattr(self.session, "dsn_rcpt", []).append(DSN_RCPT_PARAMETER.findall(arg or ""))
        await super().smtp_RCPT(DSN_RCPT_PARAMETER.sub("", arg) if arg else arg)


def proxy_summary(proxy_data):
    if not proxy_data:
        return None
    return {
        "version": proxy_data.version,
        "src_addr": str(proxy_data.src_addr),
        "src_port": proxy_data.src_port,
        "dst_addr": str(proxy_data.dst_addr),
        "dst_port": proxy_data.dst_port,
    }


class StoringHandler:
    def __init__(self, directory, offer_auth, command_log, offer_dsn=False, lmtp_refused=()):
        self.directory = directory
        self.offer_auth = offer_auth
        self.offer_dsn = offer_dsn
        self.command_log = command_log
        self.lmtp_refused = set(lmtp_refused)
        self.count = 0

    async def handle_PROXY(self, server, session, envelope, proxy_data):
        # Any well-formed header is taken; the envelope records what it claimed.
        return True

    async def handle_QUIT(self, server, session, envelope):
        self.command_log.write("QUIT")
        return "221 Bye"

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # aiosmtpd advertises AUTH even with nobody to authenticate; a server without users should not.
        session.host_name = hostname
        if self.offer_dsn:
            responses = responses[:1] + ["250-DSN"] + responses[1:]
        if self.offer_auth:
            return responses
        return [line for line in responses if not line.startswith("250-AUTH")]

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        if self.directory:
            base = os.path.join(self.directory, "%04d" % self.count)
            ssl_object = transport_ssl_object(server)
            peer_certificate = ssl_object.getpeercert() if ssl_object else None
            auth = session.auth_data
            sidecar = {
                "mail_from": envelope.mail_from,
                "mail_options": envelope.mail_options,
                "rcpt_tos": envelope.rcpt_tos,
                "rcpt_options": envelope.rcpt_options,
                "smtp_utf8": envelope.smtp_utf8,
                "helo": session.host_name,
                "peer": list(session.peer) if session.peer else None,
                "tls": ssl_object is not None,
                "tls_version": ssl_object.version() if ssl_object else None,
                "client_certificate": bool(peer_certificate),
                "authenticated": bool(session.authenticated),
                "auth_login": auth.login.decode("utf-8", "replace") if isinstance(auth, LoginPassword) else None,
                "size": len(envelope.original_content),
                "dsn_mail": getattr(session, "dsn_mail", []),
                "dsn_rcpt": getattr(session, "dsn_rcpt", []),
                "proxy": proxy_summary(session.proxy_data),
                "lmtp_refused": [r for r in envelope.rcpt_tos if r in self.lmtp_refused],
            }
            write_atomically(base + ".eml", envelope.original_content)
            write_atomically(base + ".json", json.dumps(sidecar, indent=2).encode("utf-8"))
        if isinstance(server, LMTP):
            # RFC 2033 §4.2: one reply per recipient, in RCPT order; push() ends the last line.
            return "\r\n".join("550 5.1.1 <%s> refused" % r if r in self.lmtp_refused
                                 else "250 2.0.0 <%s> delivered as %04d" % (r, self.count)
                                 for r in envelope.rcpt_tos)
        return "250 2.0.0 OK: queued as %04d" % self.count


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def make_authenticator(users, command_log):
    def authenticator(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            command_log.write("AUTH %s - FAILED" % mechanism)
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        ok = users.get(login) == password
        command_log.write("AUTH %s %s %s" % (mechanism, login, "OK" if ok else "FAILED"))
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    return authenticator


async def serve(arguments):
    loop = asyncio.get_running_loop()
    users = {}
    for entry in arguments.auth_user:
        user, separator, password = entry.partition(":")
        if not separator:
            raise SystemExit("--auth-user wants USER:PASSWORD, got %r" % entry)
        users[user] = password

    starttls_context = None
    implicit_context = None
    if arguments.starttls:
        starttls_context = make_tls_context(*arguments.starttls, arguments.require_client_cert)
    if arguments.implicit_tls:
        implicit_context = make_tls_context(*arguments.implicit_tls, arguments.require_client_cert)

    command_log = CommandLog(arguments.log_commands)
    handler = StoringHandler(arguments.store, offer_auth=bool(users), command_log=command_log,
                             offer_dsn=arguments.dsn, lmtp_refused=arguments.lmtp_refuse)
    server_class = LMTP if arguments.lmtp else DsnSMTP if arguments.dsn else SMTP
    smtp_arguments = dict(
        hostname=arguments.hostname,
        data_size_limit=arguments.data_size_limit,
        tls_context=starttls_context,
        require_starttls=arguments.require_starttls,
        auth_required=arguments.auth_required,
        # aiosmtpd only knows TLS that came through STARTTLS; on an implicit-TLS connection the transport is
        # already encrypted, so its own "TLS first" check must be off there.
        auth_require_tls=not (arguments.auth_allow_plaintext or implicit_context is not None),
        enable_SMTPUTF8=True,
        timeout=60,
        proxy_protocol_timeout=5 if arguments.proxy_protocol else None,
    )
    if users:
        smtp_arguments["authenticator"] = make_authenticator(users, command_log)

    server = await loop.create_server(lambda: server_class(handler, **smtp_arguments), host=arguments.host,
                                      port=arguments.port, ssl=implicit_context,
                                      backlog=arguments.backlog)
    port = server.sockets[0].getsockname()[1]

    stop = loop.create_future()

    def request_stop():
        if not stop.done():
            stop.set_result(None)

    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, request_stop)

    def stdin_readable():
        if not os.read(sys.stdin.fileno(), 4096):
            loop.remove_reader(sys.stdin.fileno())
            request_stop()

    loop.add_reader(sys.stdin.fileno(), stdin_readable)

    sys.stdout.write("READY %d\n" % port)
    sys.stdout.flush()
    await stop
    server.close()
    await server.wait_closed()


def main():
    arguments = parse_arguments()
    # aiosmtpd itself warns about its own deprecated attributes; only real errors belong on stderr.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    if arguments.store:
        os.makedirs(arguments.store, exist_ok=True)
    asyncio.run(serve(arguments))


if __name__ == "__main__":
    main()
