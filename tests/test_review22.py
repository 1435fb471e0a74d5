"""Second reading of session 21's merges (review22): regressions found on reading them."""
from __future__ import annotations

import pytest

from policykg.options import hide_echoed, redact

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("url, said, shown", [
    # a secret whose edges are no letter or digit: hostile21's word boundary showed it when a letter touched it
    ("http://h/sparql?api_key=!k3y!", "invalid key x!k3y!z", "invalid key x***z"),
    ("http://u:-pw-@h/sparql", "wrong password -pw-here", "wrong password ***here"),
    # one edge a letter, the other not: the letter edge keeps its boundary
    ("http://h/sparql?token=ab-", "token ab- unknown, see cab-", "token *** unknown, see cab-"),
])
def test_a_secret_with_a_punctuation_edge_is_hidden_wherever_that_edge_touches(url, said, shown):
    assert hide_echoed(said, url) == shown


def test_redact_still_hides_secret_named_parameters_read_with_their_escapes():
    assert redact("http://h/q?pass%77ord=x&page=2") == "http://h/q?pass%77ord=***&page=2"
