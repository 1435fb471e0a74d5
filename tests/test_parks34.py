"""``loro_fast.py --strict`` (parks34, issue #12): a fold's training examples are described without the held-out
reports' words, on real dev reports; the count features are the only ones that move, and a report's own
description is reproduced exactly when nothing else is left out. The thresholds' inner folds keep a family whole."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import loro_strict  # noqa: E402
from policykg.evaluation import manifest  # noqa: E402
from policykg.extract.specificity import count_features, report_words  # noqa: E402

pytestmark = pytest.mark.unit

SMALL = "jinghai-2021"          # the smallest dev report with parks
SISTER = "hailaer-2013"


def _family(stem: str) -> str:
    return stem.rsplit("-", 1)[0]


@lru_cache(maxsize=1)
def _dev() -> dict:
    return {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}


@lru_cache(maxsize=1)
def _small_examples() -> tuple[list, dict]:
    from policykg.extract.train import report_examples
    dev = _dev()
    by_report = loro_strict.examples_with_counts({SMALL: dev[SMALL]}, report_examples)
    return by_report[SMALL], loro_strict.vocabularies({SMALL: dev[SMALL], SISTER: dev[SISTER]})


def test_own_words_out_reproduces_the_training_description():
    records, vocab = _small_examples()
    again = loro_strict.recounted(records, Counter(vocab[SMALL]))
    assert len(records) > 100
    assert [r["x"] for r in again] == [r["x"] for r in records]


def test_another_reports_words_out_moves_count_features_only():
    records, vocab = _small_examples()
    strict = loro_strict.recounted(records, Counter(vocab[SMALL]) + Counter(vocab[SISTER]))
    moved = [(r["x"], s["x"]) for r, s in zip(records, strict) if r["x"] != s["x"]]
    assert moved
    for old, new in moved:
        changed = set(old) ^ set(new)
        assert changed and all(loro_strict._is_count_feature(k) for k in changed)


def test_held_out_reports_lower_a_words_spread():
    """临港 (guangdong's 湛江临港经济区) is used by 9 dev reports: "some"; five of them held out, "few"."""
    words = report_words()
    assert words["临港"] == 9

    def spread(left: Counter) -> dict:
        return count_features("Park", "湛江临港经济区", ("湛江", "临港"), ("湛江",),
                              lambda w: max(words.get(w, 0) - left.get(w, 0), 0))
    assert spread(Counter())["Park:spread_min=some"] == 1.0
    assert spread(Counter({"临港": 5}))["Park:spread_min=few"] == 1.0


def test_inner_folds_keep_a_family_whole():
    training = {s: [{"s": s}] for s in _dev() if s != SMALL}
    folds = loro_strict.inner_folds(training, _family)
    assert len(folds) == loro_strict.INNER_FOLDS
    where = {r["s"]: k for k, rs in folds.items() for r in rs}
    assert len({where[s] for s in training if _family(s) == "hailaer"}) == 1
    assert sorted(where) == sorted(training)


def test_strict_parts_are_checked():
    assert loro_strict.parts("counts,lexicon") == ("counts", "lexicon")
    with pytest.raises(argparse.ArgumentTypeError):
        loro_strict.parts("counts,words")


def test_a_family_word_removed_leaves_the_standard_too():
    """chongqing's own family function 生物 (重庆国际生物城) is also a standard word: with --strict it goes from both
    lists; 互贸 (neimenggu's) has no twin in the standard."""
    import park_ablation
    fn = ("head_families", "functions")
    twins = loro_strict.standard_twins([("parks", fn, "生物"), ("parks", fn, "互贸")])
    assert twins == [("park_standard", fn, "生物")]

    def functions() -> list:
        from policykg.extract.grammar import parks_raw
        return parks_raw()["head_families"]["functions"]
    assert "生物" in park_ablation.forked([("parks", fn, "生物")], functions)
    assert "生物" not in park_ablation.forked([("parks", fn, "生物"), *twins], functions)
