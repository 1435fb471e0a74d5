"""docs45: faults met following README.md top to bottom as a first-time user."""
from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from policykg.use.serve import _listen
from policykg.use.serve_front import Front, Handler as FrontHandler
from policykg.use.serve_http import Handler, Server
from policykg.use.addresses import check_port

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent


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
    check_port("127.0.0.1", port)    # the check before oxigraph's own server listens (--allow-remote)


def test_the_moved_check_reads_only_the_sections_docs44_cut():
    """readme_moved_check failed on any README edit elsewhere (hostile44's lock row): it read every section."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from readme_moved_check import section_text

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    cut = section_text(readme, ["How well it extracts", "Speed"])
    assert cut.startswith("## How well it extracts") and "\n## Speed\n" in cut
    assert "make bench" in cut and "## Engines" not in cut and "The lock is a file" not in cut
