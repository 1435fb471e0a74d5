"""quantities.yaml: each word list or pattern is written once; modules that share one reference it."""
from __future__ import annotations

import pytest
import yaml

from policykg import resources
from policykg.extract.qlexicon import qwords

pytestmark = pytest.mark.unit


def _plain(node):
    """A YAML node's value as a hashable Python value."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return tuple(_plain(n) for n in node.value)
    return tuple((_plain(k), _plain(v)) for k, v in node.value)


def test_each_value_of_quantities_yaml_lives_once():
    root = yaml.compose(resources.lexicon("quantities").read_text(encoding="utf-8"))
    seen: dict = {}
    repeated = []
    for section, body in root.value:
        for key, node in body.value:
            where = f"{section.value}.{key.value}"
            first = seen.setdefault(_plain(node), (where, node))
            if first[1] is not node:          # an alias is the very node it refers to
                repeated.append(f"{where} repeats {first[0]}")
    assert not repeated


def test_shared_words_reach_each_module_section():
    """Each section reads the value of ``shared`` it references (no copy of it to drift)."""
    def shared(key):
        return qwords("shared", key)
    assert qwords("peeling", "joining") == qwords("chunks", "joining") == shared("joining_words")
    assert qwords("phrases", "joining") != qwords("chunks", "joining")   # same key, own pattern
    assert qwords("reading", "deng") == qwords("filters", "framing_list") == qwords("chunks", "group_end") \
        == shared("deng")
    assert qwords("lists", "separator") == qwords("chunks", "list_mark") == shared("list_mark")
    assert qwords("figures", "points") == qwords("reading", "points") == shared("points")
