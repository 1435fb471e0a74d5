"""review33: a second reading of hostile36, parks39 and names67; one regression test per finding
(docs/checks/review33.md)."""
from __future__ import annotations

import pytest

from entity_helpers import tok_sentence
from policykg.extract.decide import with_gazetteer
from policykg.extract.grammar import Candidate

pytestmark = pytest.mark.unit


def _gazetteer_parks(text, place, parents=(), kept=()):
    st, surfaces = tok_sentence(text, place, parents)
    kept = [Candidate("Park", name, text.index(name), text.index(name) + len(name), st) for name in kept]
    return {c.name for c in with_gazetteer(st, kept, surfaces)}


def test_a_place_before_a_zones_form_names_that_places_own_park():
    """hebei-2026's 雄安中关村科技园 written in a 北京 report, fujian-2026's 三明中关村科技园 in a report of no
    place: each gave way to 北京's 中关村科技园, which it ends with; 推动大连片区 still gives way (liaoning-2026)."""
    assert _gazetteer_parks("做大做强雄安中关村科技园等平台，发展新质生产力。", "北京市",
                            kept=["雄安中关村科技园"]) == {"雄安中关村科技园"}
    assert _gazetteer_parks("加快建设平潭综合实验区、三明中关村科技园、广龙合作产业园。", "",
                            kept=["三明中关村科技园"]) == {"三明中关村科技园"}
    assert _gazetteer_parks("推动大连片区整合提升。", "辽宁省", kept=["推动大连片区"]) == {"大连片区"}


@pytest.mark.parametrize("framing, status", [(b"Transfer-Encoding: chunked\r\n", b"411"),
                                             (b"Content-Length: 1000000000000\r\n", b"413")],
                         ids=["chunked", "claimed-terabyte"])
def test_the_store_front_frames_a_body_as_the_memory_server_does(tmp_path, monkeypatch, framing, status):
    """Regression: serve --store's front gave a body dripped a byte at a time no deadline when it was chunked
    (no Content-Length to pace it), and one of some 176 days when it claimed a terabyte; the client held the
    front's thread and an oxigraph connection. It is refused at once, as the memory server refuses it."""
    from test_hostile_round36 import _dribble

    from policykg.use import serve_front, serve_http
    from policykg.use.serve import start

    monkeypatch.setattr(serve_http, "HEAD_TIMEOUT", 2)
    monkeypatch.setattr(serve_front, "HEAD_TIMEOUT", 2)
    graph = tmp_path / "g.nt"
    graph.write_text('<http://x/a> <http://x/p> "x" .\n')
    server = start([str(graph)], port=0, timeout=30, store=str(tmp_path / "store"))
    try:
        head = (b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + framing + b"\r\n")
        answer = _dribble(int(server.url.rstrip("/").rsplit(":", 1)[1]), head, b"6\r\nASK {}\r\n", 0.5, 16)
        assert answer is not None and answer.split(b" ")[:2] == [b"HTTP/1.1", status], answer
    finally:
        server.stop()
