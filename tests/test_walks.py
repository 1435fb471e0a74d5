"""The one depth-first walk behind table's province lookup and export's chain limit."""
import pytest

from policykg.use.walks import finish_order

pytestmark = pytest.mark.unit


def test_children_finish_before_their_parent_and_every_node_once():
    kids = {"a": ["b", "c"], "b": ["c"], "c": []}
    order = list(finish_order(["a", "b"], lambda n: kids[n]))
    assert order == ["c", "b", "a"]


def test_a_cycle_is_walked_once_round():
    kids = {"a": ["b"], "b": ["a"], "s": ["s"]}
    assert list(finish_order(["a", "s"], lambda n: kids[n])) == ["b", "a", "s"]


def test_a_chain_deeper_than_the_recursion_limit_is_walked():
    n = 100_000
    order = list(finish_order([0], lambda i: [i + 1] if i < n else []))
    assert order[0] == n and order[-1] == 0 and len(order) == n + 1
