"""Second reading of the session's merges (review12): edge cases the changed functions met badly."""
from __future__ import annotations

import pytest

from quantity_helpers import names
from test_hostile_round11 import _exchange, served  # noqa: F401  (the fixture)

unit = pytest.mark.unit


@unit
@pytest.mark.parametrize("owner", ["5G基站", "风电（光伏）", "“沙戈荒”风电"])
def test_a_stage_after_a_figure_named_with_other_characters_does_not_crash(owner):
    """own_power_stages read the thing of the figure before a bare stage by a pattern of Han characters
    only: a name holding a digit, a Latin letter or a bracket ended the whole build in a TypeError."""
    got = names(f"安排{owner}装机规模3000万千瓦、并网2000万千瓦。")
    assert any(v == 2000 for _, v in got)


@pytest.mark.external
def test_a_post_whose_url_is_not_utf8_never_has_its_body_answered_as_the_next_request(served):
    """read_request decoded the URL's parameters before it read a POST's body: a 400 for them left the
    body unread on a kept connection, where it was answered as a request of the client's making."""
    inner = b"GET /smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    head = (f"POST /query?query=%FF HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {len(inner)}\r\n\r\n").encode()
    got = _exchange(served, head + inner)
    assert got.startswith(b"HTTP/1.1 400"), got[:200]
    assert b"smuggled" not in got and got.count(b"HTTP/1.") == 1, got
