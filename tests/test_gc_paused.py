"""corpus.build.gc_paused: garbage collection off inside a build step, back as it was after it."""
from __future__ import annotations

import gc

import pytest

from policykg.corpus.build import gc_paused


@pytest.mark.unit
def test_off_inside_and_on_again_after():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.unit
def test_on_again_after_an_error():
    with pytest.raises(ValueError):
        with gc_paused():
            raise ValueError("a step failed")
    assert gc.isenabled()


@pytest.mark.unit
def test_left_off_when_it_was_off():
    """A nested pause (union_build inside a caller's pause) does not turn collection on early."""
    gc.disable()
    try:
        with gc_paused():
            with gc_paused():
                pass
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.corpus
def test_a_seed_build_leaves_collection_on(tmp_path):
    """process_for_union, union_build and write_outputs each pause it and turn it on again."""
    from pathlib import Path

    from policykg.corpus.build import build, write_outputs

    seed = Path(__file__).resolve().parent.parent / "data" / "reports" / "jinghai-2021.txt"
    write_outputs(build([str(seed)]), str(tmp_path / "out"))
    assert gc.isenabled()
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
