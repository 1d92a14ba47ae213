#!/usr/bin/python3
"""A minimal SMTP sink for bench_bigmessage: it takes a message as fast as the kernel and TLS allow, so that the
figure measures the client rather than the server (a line-by-line server in Python reads far slower).

Listens on 127.0.0.1, prints "READY <port>" once it accepts connections, serves one connection at a time, and
exits when stdin reaches end of file. It offers STARTTLS with the given certificate, answers every command with
success, and after DATA reads (a TLS record at a time: asking for more only costs allocations) until the end of data ("\\r\\n.\\r\\n"), then answers
"250 received <octets>" with the number of octets of message data it read (the final dot line included).
"""

import argparse
import socket
import ssl
import sys
import threading


def serve(connection, context):
    stream = connection
    pending = b""

    def read_line():
        nonlocal pending
        while b"\r\n" not in pending:
            data = stream.recv(65536)
            if not data:
                return None
            pending += data
        line, pending = pending.split(b"\r\n", 1)
        return line

    stream.sendall(b"220 sink.test ESMTP\r\n")
    while True:
        line = read_line()
        if line is None:
            return
        verb = line[:4].upper()
        if verb == b"EHLO":
            offer = b"250-STARTTLS\r\n" if stream is connection else b""
            stream.sendall(b"250-sink.test\r\n" + offer + b"250 8BITMIME\r\n")
        elif verb == b"STAR":
            stream.sendall(b"220 go ahead\r\n")
            stream = context.wrap_socket(connection, server_side=True)
            pending = b""
        elif verb == b"DATA":
            stream.sendall(b"354 go ahead\r\n")
            received = len(pending)
            tail = pending[-5:]
            while not (b"\r\n" + tail).endswith(b"\r\n.\r\n"):
                data = stream.recv(65536)
                if not data:
                    return
                received += len(data)
                tail = (tail + data)[-5:]
            pending = b""
            stream.sendall(b"250 received %d\r\n" % received)
        elif verb == b"QUIT":
            stream.sendall(b"221 bye\r\n")
            stream.close()
            return
        else:
            stream.sendall(b"250 ok\r\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"), required=True)
    arguments = parser.parse_args()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*arguments.starttls)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    print("READY %d" % listener.getsockname()[1], flush=True)

    def accept_forever():
        while True:
            connection, _ = listener.accept()
            try:
                serve(connection, context)
            except (OSError, ssl.SSLError):
                pass
            finally:
                connection.close()

    threading.Thread(target=accept_forever, daemon=True).start()
    sys.stdin.read()


if __name__ == "__main__":
    main()
