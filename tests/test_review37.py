"""Review 37: a second reading of rel37, and attacks on it (docs/checks/review37.md)."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree

_MARKER_HEAD = ("Written by `policykg build` or `policykg impact`. The next run into this folder replaces it whole.\n"
                "Command: policykg build\n")
_LIST = "Files it wrote (anything else in the folder makes the next run refuse to replace it):\nsummary.csv\n"
_SUMS = "SHA-256 of each as written (a file changed since makes the next run refuse to replace it):\n"


@pytest.mark.unit
@pytest.mark.parametrize("body", [_SUMS, _SUMS + _LIST], ids=["sums-without-list", "sums-before-list"])
def test_a_marker_whose_sums_follow_no_list_proves_no_file_ours(tmp_path, body):
    """Regression: rel37 let only a marker holding sums prove a folder policykg's, but it looked for the sums'
    heading alone. A marker with that heading and no list after it (its list deleted in an editor, or the two
    sections swapped) sent the folder back to the judging by names: `make clean` removed the user's own
    summary.csv with exit 0, and build would have replaced it. Now such a marker proves nothing, as one without
    sums: exit 2, one line, nothing removed."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.csv").write_text("city,count\n海拉尔,3\n", encoding="utf-8")   # the user's own
    (out / ".policykg-output").write_text(_MARKER_HEAD + body, encoding="utf-8")
    before = tree(out)
    clean = subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), "out"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=60)
    assert clean.returncode == 2 and "nothing proves summary.csv is policykg's" in clean.stderr, clean.stderr
    one_line(run_cli("build", SEED, "--out", out, timeout=120), 2, "nothing proves summary.csv is policykg's")
    assert tree(out) == before


def _flooding_backend() -> int:
    """A stand-in for oxigraph's server answering every request with 64 MiB (more than sockets buffer)."""
    listener = socket.create_server(("127.0.0.1", 0))

    def answer(conn):
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 67108864\r\nConnection: close\r\n\r\n" + bytes(64 << 20))
            except OSError:
                pass

    def accept():
        while True:
            threading.Thread(target=answer, args=(listener.accept()[0],), daemon=True).start()
    threading.Thread(target=accept, daemon=True).start()
    return listener.getsockname()[1]


def test_the_store_front_frees_the_slot_of_a_client_that_never_reads(monkeypatch):
    """Regression: the front passed oxigraph's answer on with no timeout, so a client that sent a query and never
    read its large answer held its connection, and one of MAX_OPEN slots, for good: MAX_OPEN such clients and
    serve --store answered everyone 503. Now a part of the answer not taken within ANSWER_TIMEOUT (as the memory
    server's Handler.timeout) ends the connection and frees its slot."""
    from policykg.use import serve_front

    monkeypatch.setattr(serve_front, "MAX_OPEN", 1)
    monkeypatch.setattr(serve_front, "ANSWER_TIMEOUT", 1, raising=False)   # absent before the fix
    front = serve_front.Front(("127.0.0.1", 0), serve_front.Handler)
    front.backend = ("127.0.0.1", _flooding_backend())
    threading.Thread(target=front.serve_forever, daemon=True).start()
    port = front.server_address[1]
    ask = f"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode("ascii")
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as stalled:
            stalled.sendall(ask)   # and never reads
            for _ in range(40):
                time.sleep(0.5)
                with socket.create_connection(("127.0.0.1", port), timeout=10) as other:
                    other.sendall(ask)
                    if other.recv(12) == b"HTTP/1.1 200":
                        break
            else:
                pytest.fail("the client that never read kept the front's only slot for 20 s")
    finally:
        front.shutdown()
        front.server_close()
