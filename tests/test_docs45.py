"""docs45: faults met following README.md top to bottom as a first-time user."""
from __future__ import annotations

import socket

import pytest

from policykg.use.serve import _listen
from policykg.use.serve_front import Front, Handler as FrontHandler
from policykg.use.serve_http import Handler, Server
from policykg.use.serve_oxigraph import _check_port

pytestmark = pytest.mark.unit


def test_a_stopped_serve_store_leaves_its_port_to_the_next_server():
    """`serve --store` stopped after answering: its port took no server for a minute ("Address already in use")."""
    front = _listen("127.0.0.1", 0, Front, FrontHandler)
    port = front.server_address[1]
    client = socket.create_connection(("127.0.0.1", port))
    answered, _ = front.socket.accept()
    answered.close()                  # the server closes first, as after an answer: its side waits in TIME_WAIT
    assert client.recv(1) == b""
    client.close()
    front.server_close()
    for server_class, handler in ((Front, FrontHandler), (Server, Handler)):
        again = _listen("127.0.0.1", port, server_class, handler)   # serve --store again, or plain serve
        again.server_close()
    _check_port("127.0.0.1", port)    # the check before oxigraph's own server listens (--allow-remote)
