"""A total deadline on reading a request from a client of `policykg serve` (and of its --store front).

A socket timeout bounds each read, not their sum: under a 15 s timeout a client sending its headers or its
body one byte every 14 s kept its request, and one of the server's MAX_OPEN threads, open for good (256
such clients and every other got 503). Reads through ``DeadlineReader`` end with TimeoutError once the
deadline has passed, whatever the pace of the bytes.
"""
from __future__ import annotations

import io
import socket
import time

BODY_RATE = 64 << 10   # bytes a second a body must at least arrive at (loopback clients send at once)


class DeadlineReader(io.RawIOBase):
    """SOCK's bytes, each read waiting no longer than the socket's timeout nor past ``deadline``
    (a time.monotonic() value; None: the socket's timeout alone)."""

    def __init__(self, sock: socket.socket):
        self.sock, self.deadline = sock, None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return recv_by(self.sock, self.deadline, buffer)


def recv_by(sock: socket.socket, deadline: float | None, buffer) -> int:
    """sock.recv_into(BUFFER), given up with TimeoutError at DEADLINE; the socket's own timeout is kept
    for the reads and writes that follow."""
    if deadline is None:
        return sock.recv_into(buffer)
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the request did not arrive in time")
    idle = sock.gettimeout()
    sock.settimeout(left if idle is None else min(idle, left))
    try:
        return sock.recv_into(buffer)
    finally:
        sock.settimeout(idle)


def body_deadline(length: int, head_seconds: float) -> float:
    """When a body of LENGTH bytes, its head read, must have arrived."""
    return time.monotonic() + head_seconds + length / BODY_RATE
