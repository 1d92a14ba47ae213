#!/usr/bin/env python3
"""Writes the seed corpora of fuzz_capabilities, fuzz_sasl, fuzz_profileloader and fuzz_session (the formats are
described at the top of each target). Run it from anywhere; it rewrites these seeds and leaves other files (inputs
the fuzzers found) alone."""

import base64
import hashlib
import hmac
import json
import pathlib

corpus = pathlib.Path(__file__).resolve().parent / "corpus"


def write(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)


def b64(data):
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


# --- capabilities: server bytes, every positive reply taken as an EHLO reply --------------------------------------
ehlo = ("250-mx.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250-STARTTLS\r\n"
        "250-ENHANCEDSTATUSCODES\r\n250-AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256 XOAUTH2 OAUTHBEARER\r\n"
        "250-DSN\r\n250-SMTPUTF8\r\n250-CHUNKING\r\n250-REQUIRETLS\r\n250 8BITMIME\r\n")
write("capabilities", "typical", ehlo)
write("capabilities", "bare-lf", ehlo.replace("\r\n", "\n"))
write("capabilities", "old-auth-form", "250-mx\r\n250-AUTH=LOGIN PLAIN\r\n250-AUTH LOGIN\r\n250 AUTH=login\r\n")
write("capabilities", "size-forms", "250-mx\r\n250-SIZE\r\n250-SIZE 0\r\n250-SIZE -1\r\n250-SIZE 0x100\r\n"
      "250 SIZE 99999999999999999999999\r\n")
write("capabilities", "size-overflow-first", "250-mx\r\n250 SIZE 9223372036854775808\r\n")
write("capabilities", "nul-and-controls", b"250-mx\r\n250-AUTH\x00PLAIN\r\n250-ST\x1bARTTLS\r\n250 \x7f\r\n")
write("capabilities", "tabs-and-spaces", "250-mx\r\n250- \t AUTH\t PLAIN  LOGIN \r\n250-\r\n250  \r\n")
write("capabilities", "invalid-keywords", "250-mx\r\n250--DASH\r\n250-A_B\r\n250-é-UTF8\r\n250 ÿ\r\n")
write("capabilities", "invalid-utf8", b"250-mx\r\n250-AUTH \xc3\x28 \xff\xfe\r\n250 X-\xed\xa0\x80\r\n")
write("capabilities", "many-keywords", "250-mx\r\n" + "".join(f"250-X{i}\r\n" for i in range(1100)) + "250 END\r\n")
write("capabilities", "many-auth", "250-mx\r\n250 AUTH " + " ".join(f"M{i}" for i in range(600)) + "\r\n")
write("capabilities", "duplicates", "250-mx\r\n250-SIZE 10\r\n250-size 20\r\n250-AUTH PLAIN plain\r\n250 AUTH X\r\n")
write("capabilities", "huge-line", "250-mx\r\n250 AUTH " + "A" * 20000 + "\r\n")
write("capabilities", "negative-ehlo", "550 5.7.1 go away\r\n")
write("capabilities", "code-change", "250-mx\r\n251-PIPELINING\r\n250 SIZE 1\r\n")
write("capabilities", "greeting-only", "250 mx.example.org\r\n")
write("capabilities", "lone-cr", "250-mx\rPIPELINING\r\n250 SIZE\r1\r\n")

# --- sasl: byte 0 picks the mechanism (mod 7) and the feed (bit 3: raw challenges, bit 4: no initial response) ----
PLAIN, LOGIN, CRAM, SCRAM1, SCRAM256, XOAUTH2, OAUTHBEARER = range(7)
RAW, NO_IR = 0x08, 0x10
nonce = "fyko+d2lbbFgONRv9qkxdawL"
server_nonce = nonce + "3rfcNHYJY1ZVvWVs7j"
salt = base64.b64decode("QSXCR+Q6sek8bf92")


def scram_final(name, iterations=4096):
    """The server-first and a correct server-final for the fuzz target's user, password and nonce."""
    server_first = f"r={server_nonce},s={b64(salt)},i={iterations}"
    bare = f"n=fuzz-user,r={nonce}"
    without_proof = f"c=biws,r={server_nonce}"
    auth_message = f"{bare},{server_first},{without_proof}".encode()
    salted = hashlib.pbkdf2_hmac(name, b"FUZZ-secret-pw", salt, iterations)
    server_key = hmac.new(salted, b"Server Key", name).digest()
    signature = hmac.new(server_key, auth_message, name).digest()
    return server_first, "v=" + b64(signature)


def wire(mode, *lines):
    return bytes([mode]) + "".join(line + "\r\n" for line in lines).encode()


def raw(mode, *challenges, final=b""):
    out = bytes([mode])
    for challenge in challenges:
        challenge = challenge.encode() if isinstance(challenge, str) else challenge
        out += bytes([len(challenge)]) + challenge
    return out + final


write("sasl", "plain-ok", wire(PLAIN, "235 2.7.0 Authentication successful"))
write("sasl", "plain-empty-challenge", wire(PLAIN | NO_IR, "334 ", "235 ok"))
write("sasl", "plain-refused", wire(PLAIN, "535 5.7.8 Authentication credentials invalid"))
write("sasl", "login-ok", wire(LOGIN | NO_IR, "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 ok"))
write("sasl", "login-third-prompt", wire(LOGIN | NO_IR, "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "334 UGFzc3dvcmQ6",
                                         "501 cancelled"))
write("sasl", "login-bad-base64", wire(LOGIN | NO_IR, "334 VXNlcm5hbWU6!", "501 5.5.2 cancelled"))
write("sasl", "login-bad-padding", wire(LOGIN | NO_IR, "334 VX=lcm5hbWU6", "501 cancelled"))
write("sasl", "login-multiline-334", wire(LOGIN | NO_IR, "334-VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "501 cancelled"))
write("sasl", "cram-md5-ok", wire(CRAM, "334 " + b64("<1896.697170952@postoffice.example.net>"), "235 ok"))
write("sasl", "cram-md5-empty", wire(CRAM, "334 ", "535 no"))
write("sasl", "cram-md5-long", wire(CRAM, "334 " + b64("<" + "x" * 9000 + ">"), "501 cancelled"))
for name, mode in (("sha1", SCRAM1), ("sha256", SCRAM256)):
    first, final = scram_final(name)
    write("sasl", f"scram-{name}-ok", wire(mode, "334 " + b64(first), "334 " + b64(final), "235 ok"))
    write("sasl", f"scram-{name}-final-in-235", wire(mode, "334 " + b64(first), "235 2.7.0 " + b64(final)))
    write("sasl", f"scram-{name}-wrong-signature", wire(mode, "334 " + b64(first), "334 " + b64("v=AAAA"), "501 x"))
    write("sasl", f"scram-{name}-raw", raw(mode | RAW, first, final=final.encode()))
write("sasl", "scram-no-proof", wire(SCRAM256, "334 " + b64(scram_final("sha256")[0]), "235 ok"))
write("sasl", "scram-foreign-nonce", wire(SCRAM256, "334 " + b64("r=other,s=QSXCR+Q6sek8bf92,i=4096"), "501 x"))
write("sasl", "scram-iterations", raw(SCRAM256 | RAW, f"r={server_nonce},s=QSXCR+Q6sek8bf92,i=99999999999"))
write("sasl", "scram-low-iterations", raw(SCRAM1 | RAW, f"r={server_nonce},s=QSXCR+Q6sek8bf92,i=1"))
write("sasl", "scram-bad-salt", raw(SCRAM1 | RAW, f"r={server_nonce},s=!!!,i=4096"))
write("sasl", "scram-extensions", raw(SCRAM256 | RAW, f"m=ext,r={server_nonce},s=QSXCR+Q6sek8bf92,i=4096"))
write("sasl", "scram-error", raw(SCRAM256 | RAW, f"r={server_nonce},s=QSXCR+Q6sek8bf92,i=4096",
                                 final=b"e=invalid-proof"))
write("sasl", "scram-nul", raw(SCRAM256 | RAW, f"r={server_nonce}\0,s=QSXCR+Q6sek8bf92,i=4096"))
error_json = '{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}'
write("sasl", "xoauth2-error", wire(XOAUTH2, "334 " + b64(error_json), "535 5.7.8 Username and Password not accepted"))
write("sasl", "xoauth2-bad-json", raw(XOAUTH2 | RAW, '{"status":"401\x1b[31m', '{}'))
write("sasl", "xoauth2-ok", wire(XOAUTH2, "235 2.7.0 Accepted"))
write("sasl", "oauthbearer-error", wire(OAUTHBEARER, "334 " + b64(error_json), "535 5.7.8 no"))
write("sasl", "oauthbearer-endless", wire(OAUTHBEARER, *(["334 " + b64(error_json)] * 14)))
write("sasl", "oauthbearer-controls", raw(OAUTHBEARER | RAW, '{"status":"\u202e\n\r\x00"}'))
write("sasl", "unprompted-235", wire(LOGIN | NO_IR, "235 ok"))
write("sasl", "base64-only", bytes([PLAIN]) + b"QUJDRA==")

# --- profileloader: profiles.json content ------------------------------------------------------------------------
profile = {
    "id": "6f2c5a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "name": "Relay", "folder": "Customers/ACME",
    "tags": ["prod", "eu"], "favourite": True, "notes": "line 1\nline 2",
    "lastUsed": "2026-01-02T03:04:05Z", "lastResult": "OK", "lastResultOk": True,
    "host": "mx.example.org", "port": 587, "security": "starttls", "extended": True, "submission": True,
    "timeout": 30, "localName": "client.example.org", "trustedSite": False, "serverName": "mx.example.org",
    "proxy": "socks5://bob@127.0.0.1:1080", "caFile": "/etc/ssl/ca.pem", "authMechanism": "SCRAM-SHA-256",
    "authUser": "alice", "allowPlaintextAuth": False, "from": "a@example.org", "to": ["b@example.org"],
    "rememberedCertificate": {"spkiSha256": "AAAA", "sha256": "BBBB", "notAfter": "2027-01-01T00:00:00Z",
                              "rememberedSince": "2026-01-01T00:00:00Z"},
    "history": [{"when": "2026-01-02T03:04:05Z", "ok": True, "outcome": "OK", "tlsProtocol": "TLS 1.3",
                 "cipher": "TLS_AES_256_GCM_SHA384", "certificateNotAfter": "2027-01-01T00:00:00Z",
                 "capabilities": ["PIPELINING", "SIZE 1000"]}],
    "scenarioFile": "/home/u/check.scenario",
    "secretBinding": {"host": "mx.example.org", "port": 587, "serverName": "mx.example.org", "proxy": "",
                      "caFile": "", "security": "starttls", "authMechanism": "SCRAM-SHA-256"},
    "futureField": {"kept": [1, 2, 3]},
}
document = {"version": 1, "defaults": {"timeout": 20, "localName": "me.example.org"},
            "folders": [{"path": "Customers", "defaults": {"security": "implicit", "port": 465}},
                        {"path": "Customers/ACME", "defaults": {"authUser": "acme"}, "colour": "red"}],
            "profiles": [profile, {"id": "00000000-0000-0000-0000-000000000001", "name": "Local", "host": "127.0.0.1",
                                   "port": 2525, "security": "none"}],
            "generator": "a newer version"}
write("profileloader", "v1-typical", json.dumps(document, indent=2))
write("profileloader", "v1-compact-bom", b"\xef\xbb\xbf" + json.dumps(document).encode())
write("profileloader", "v0-legacy", json.dumps([
    {"name": "old", "server": "mx.example.org", "port": 25, "timeout": 10, "localName": "me", "serverName": "",
     "user": "bob", "from": "b@example.org", "options": ["extended", "secure", "trustedsite"]},
    {"name": "implicit", "server": "smtp.example.org", "port": 465, "options": ["secure-implicit"], "extra": 1},
    {"name": 5, "server": [], "options": "extended"}]))
write("profileloader", "v0-empty", "[]")
write("profileloader", "version-future", json.dumps({"version": 99, "profiles": [profile]}))
write("profileloader", "version-huge", '{"version": 1e308, "profiles": []}')
write("profileloader", "version-negative", '{"version": -1, "profiles": []}')
write("profileloader", "version-string", '{"version": "1", "profiles": []}')
bad = dict(profile)
bad.update({"port": 70000, "name": "a\nb", "timeout": -5, "security": "tls9", "tags": "x", "history": {}})
dup = dict(profile)
write("profileloader", "rejected-entries", json.dumps({"version": 1, "profiles": [bad, dup, profile, 3, None],
                                                      "folders": ["x", {"path": 1}, {"path": "a//b"}]}))
write("profileloader", "nul-in-name", json.dumps({"version": 1, "profiles": [dict(profile, name="a\u0000b")]}))
write("profileloader", "wrong-types", '{"version": 1, "profiles": {}, "folders": 1, "defaults": []}')
write("profileloader", "truncated", json.dumps(document)[:300])
write("profileloader", "not-json", "version = 1\nprofiles = []\n")
write("profileloader", "empty", "")
write("profileloader", "whitespace", " \n\t\r\n")
write("profileloader", "deep-nesting", "[" * 2000 + "]" * 2000)
write("profileloader", "invalid-utf8", b'{"version": 1, "profiles": [{"id": "x", "name": "\xff\xfe\xc3\x28"}]}')
write("profileloader", "lone-surrogate", '{"version": 1, "profiles": [{"id": "x", "name": "\\ud800"}]}')
write("profileloader", "huge-string", '{"version": 1, "profiles": [{"id": "x", "name": "' + "n" * 100000 + '"}]}')
write("profileloader", "bad-dates", json.dumps({"version": 1, "profiles": [dict(
    profile, lastUsed="yesterday", history=[{"when": "9999-99-99", "ok": "yes", "capabilities": [1, None]}])]}))

# --- session: byte 0 settings, byte 1 transport, then the server's bytes -----------------------------------------
NONE, STARTTLS, IMPLICIT, TRUSTED = 0, 1, 2, 3
MECH = {"": 0, "PLAIN": 1, "LOGIN": 2, "CRAM-MD5": 3, "SCRAM-SHA-256": 4, "SCRAM-SHA-1": 5, "XOAUTH2": 6, "auto": 7}
MESSAGE, INTERACTIVE, DRIVEN = 0x20, 0x40, 0x80
VERIFIED, UNVERIFIED, TLS_FAILED, NOT_TLS = 0, 1, 2, 3
PLAINTEXT, NO_PIPELINING, NO_CHUNKING, HELO, DEADLINE, EIGHT_BIT = 0x04, 0x08, 0x10, 0x20, 0x40, 0x80


def session(name, security, mechanism, flags, transport, *lines, raw_bytes=b""):
    head = bytes([security | (MECH[mechanism] << 2) | flags, transport])
    write("session", name, head + "".join(line + "\r\n" for line in lines).encode() + raw_bytes)


banner = "220 mx.example.org ESMTP"
ehlo_plain = ["250-mx.example.org", "250-PIPELINING", "250-SIZE 1000000", "250-STARTTLS", "250 8BITMIME"]
ehlo_tls = ["250-mx.example.org", "250-PIPELINING", "250-SIZE 1000000", "250-ENHANCEDSTATUSCODES",
            "250-AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256 SCRAM-SHA-1 XOAUTH2", "250-DSN", "250-SMTPUTF8",
            "250 8BITMIME"]
envelope = ["250 2.1.0 ok", "250 2.1.5 ok", "250 2.1.5 ok", "354 go ahead", "250 2.0.0 queued as X", "221 bye"]
session("plain-message", NONE, "", MESSAGE, NO_PIPELINING, banner, *ehlo_plain, *envelope)
session("starttls-plain-auth-message", STARTTLS, "PLAIN", MESSAGE, VERIFIED, banner, *ehlo_plain, "220 go",
        *ehlo_tls, "235 2.7.0 ok", *envelope)
session("starttls-login", STARTTLS, "LOGIN", 0, VERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls,
        "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 ok", "221 bye")
session("starttls-cram-md5", STARTTLS, "CRAM-MD5", 0, VERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls,
        "334 " + b64("<1.2@mx>"), "235 ok", "221 bye")
session("starttls-scram-bad-first", STARTTLS, "SCRAM-SHA-256", 0, VERIFIED, banner, *ehlo_plain, "220 go",
        *ehlo_tls, "334 " + b64("r=x,s=!!,i=0"), "501 cancelled", "221 bye")
session("starttls-xoauth2-error", STARTTLS, "XOAUTH2", 0, VERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls,
        "334 " + b64(error_json), "535 5.7.8 no", "221 bye")
session("starttls-auth-bad-base64", STARTTLS, "LOGIN", 0, VERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls,
        "334 ???", "501 cancelled", "221 bye")
session("starttls-auto", STARTTLS, "auto", MESSAGE, VERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls,
        "334 " + b64("r=x,s=QQ==,i=4096"), "501 x", "221 bye")
session("starttls-refused-454", STARTTLS, "PLAIN", MESSAGE, VERIFIED, banner, *ehlo_plain, "454 4.7.0 TLS not available",
        "221 bye")
session("starttls-not-offered", STARTTLS, "PLAIN", 0, VERIFIED, banner, "250-mx", "250 PIPELINING", "221 bye")
session("starttls-handshake-fails", STARTTLS, "PLAIN", 0, TLS_FAILED, banner, *ehlo_plain, "220 go")
session("starttls-not-tls", STARTTLS, "", 0, NOT_TLS, banner, *ehlo_plain, "220 go", "250 plaintext")
session("starttls-injection", STARTTLS, "PLAIN", 0, VERIFIED, banner, *ehlo_plain, "220 go\r\n250-injected",
        "250 AUTH PLAIN")
session("starttls-unverified", STARTTLS, "PLAIN", 0, UNVERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls)
session("trusted-unverified-plaintext", TRUSTED, "PLAIN", MESSAGE, UNVERIFIED | PLAINTEXT, banner, *ehlo_plain,
        "220 go", *ehlo_tls, "235 ok", *envelope)
session("no-tls-auth-refused", NONE, "PLAIN", MESSAGE, 0, banner, "250-mx", "250 AUTH PLAIN", "221 bye")
# The server itself sends the password's bytes: recorded as sent, and not a leak (CI's fuzz run found this shape).
session("server-echoes-password", NONE, "PLAIN", 0, 0, "220 WlVaWkNB ZUZZCANARY-pw", "250-mx ZUZZCANARY-pw",
        "250 AUTH PLAIN", "535 WlVaWkNBTkFSWS1wdw==", "221 bye")
# An escape in the shown text followed by server bytes once spelled the old canary (\xFF + UZZCANARY-pw).
session("escape-then-canary-tail", NONE, "", INTERACTIVE, 0, raw_bytes=b"220 \xffUZZCANARY-pw\r\n250 \xffUZZ\r\n")
session("no-tls-auth-plaintext", NONE, "LOGIN", 0, PLAINTEXT, banner, "250-mx", "250 AUTH LOGIN",
        "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 ok", "221 bye")
session("implicit-pipelined-chunking", IMPLICIT, "PLAIN", MESSAGE, VERIFIED | EIGHT_BIT, banner,
        *ehlo_tls[:-1], "250-CHUNKING", "250 8BITMIME", "235 ok", "250 ok", "250 ok", "550 5.1.1 no such user",
        "250 2.0.0 ok", "221 bye")
session("implicit-data-pipelined", IMPLICIT, "", MESSAGE, VERIFIED | NO_CHUNKING, banner, *ehlo_tls, "250 ok",
        "550 no", "550 no", "554 no valid recipients", "221 bye")
session("helo-only", NONE, "", MESSAGE, HELO | NO_PIPELINING, banner, "250 mx", "250 ok", "250 ok", "250 ok",
        "354 go", "250 ok", "221 bye")
session("smtputf8-not-offered", NONE, "", MESSAGE, EIGHT_BIT, banner, "250-mx", "250 PIPELINING", "221 bye")
session("greeting-554", NONE, "", MESSAGE, 0, "554 5.7.1 no service", "221 bye")
session("greeting-421-multiline", NONE, "", 0, 0, "421-mx busy", "421 try later")
session("async-421", STARTTLS, "", MESSAGE, VERIFIED, banner, "421 4.3.2 shutting down")
session("rset-354", NONE, "", MESSAGE, NO_PIPELINING, banner, "250 mx", "354 what", "354 what", "221 bye")
session("reply-during-text", NONE, "", MESSAGE, NO_PIPELINING, banner, "250 mx", "250 ok", "250 ok", "250 ok",
        "354 go", "250 ok", "250 extra", "221 bye")
session("bare-lf", NONE, "", MESSAGE, 0, raw_bytes=b"220 mx\n250-mx\n250 PIPELINING\n250 ok\n250 ok\n")
session("nul-in-banner", NONE, "", 0, 0, raw_bytes=b"220 mx\x00\x1b[31m evil\r\n250 mx\x00\r\n221 bye\r\n")
session("huge-line", NONE, "", 0, 0, "220 " + "x" * 20000)
session("endless-continuation", NONE, "", 0, 0, *(["220-more"] * 2000))
session("not-smtp", NONE, "", 0, 0, "HTTP/1.1 400 Bad Request", "Content-Length: 0", "")
session("no-crlf-then-deadline", NONE, "", 0, DEADLINE, raw_bytes=b"220 mx ready")
session("deadline-after-ehlo", STARTTLS, "PLAIN", MESSAGE, DEADLINE, banner)
session("interactive", NONE, "", INTERACTIVE, 0, banner, "250 mx", "250 noop", "250-mx", "250 ok",
        "454 no tls", "334 VXNlcm5hbWU6", "501 cancelled", "354 go", "250 queued", "500 bdat?", "221 bye")
session("interactive-starttls", NONE, "", INTERACTIVE, VERIFIED, banner, "250 mx", "250 noop", "250 mx",
        "220 go", "250 mx", "221 bye")
session("driven", STARTTLS, "PLAIN", DRIVEN, VERIFIED, banner, *ehlo_plain, "220 go", *ehlo_tls, "235 ok",
        *envelope[:-1], "250 noop", "221 bye")
session("driven-refusals", STARTTLS, "LOGIN", DRIVEN, TLS_FAILED, banner, "502 no ehlo", "250 helo ok",
        "502 no starttls", "221 bye")
session("invalid-utf8-capabilities", NONE, "", MESSAGE, 0, raw_bytes=b"220 mx\r\n250-mx\r\n250-\xff\xfe AUTH\r\n"
        b"250 SIZE 99999999999999999999\r\n250 ok\r\n")
