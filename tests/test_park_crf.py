"""The park sequence tagger (policykg.extract.park_crf): labels, a fit's determinism, the marginals and spans
it gives the decision, and how a tagger file named by POLICYKG_PARK_CRF is read."""
from __future__ import annotations

import pytest

from policykg.errors import UsageError
from policykg.extract import park_crf
from policykg.extract.train_crf import using

from entity_helpers import tok_sentence

# real dev sentences and their gold parks
SENTENCES = [
    ("推进甘泉堡经济技术开发区、上库高新技术产业开发区、石河子经济技术开发区国家级零碳园区建设", "新疆维吾尔自治区",
     ["甘泉堡经济技术开发区", "上库高新技术产业开发区", "石河子经济技术开发区"]),           # xinjiang-2026
    ("支持鄂州申建空港综保区，支持荆州申建保税物流中心", "湖北省", ["空港综保区"]),           # hubei-2026
    ("加快光子科创城、聚变科创城等高能级产业平台建设", "四川省", ["光子科创城", "聚变科创城"]),  # sichuan-2026
    ("提升联影小镇、东方美谷等特色园区能级", "上海市", ["联影小镇", "东方美谷"]),               # shanghai-2026
]


def _sequences():
    out = []
    for text, place, parks in SENTENCES:
        st, surfaces = tok_sentence(text, place)
        out.append((park_crf.char_features(st, surfaces), park_crf.bio(text, parks)))
    return out


@pytest.mark.unit
def test_bio_labels_mark_every_gold_park_once_longest_first():
    text = "推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设"     # ningxia-2026
    labels = park_crf.bio(text, ["银川陆港", "陆港"])
    a = text.index("银川陆港")
    assert labels[a:a + 4] == ["B", "I", "I", "I"]
    assert labels.count("B") == 1 and labels.count("I") == 3


@pytest.mark.unit
def test_one_feature_list_per_character_with_the_head_and_place_marks():
    text, place, _ = SENTENCES[0]
    st, surfaces = tok_sentence(text, place)
    feats = park_crf.char_features(st, surfaces)
    assert len(feats) == len(text)
    end = text.index("开发区") + 2
    assert "head_end" in feats[end] and "head_end" not in feats[end - 1]
    assert f"c={text[0]}" in feats[0] and "c-1=^" in feats[0]


@pytest.mark.unit
def test_a_fit_is_byte_identical_and_its_marginals_and_spans_are_well_formed(tmp_path, monkeypatch):
    pytest.importorskip("pycrfsuite")
    seqs = _sequences()
    one, two = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    park_crf.fit(seqs, str(one))
    park_crf.fit(seqs, str(two))
    assert one.read_bytes() == two.read_bytes()
    monkeypatch.setenv("POLICYKG_PARK_CRF", str(one))
    park_crf.tagger.cache_clear()
    text, place, parks = SENTENCES[2]
    st, surfaces = tok_sentence(text, place)
    m = park_crf.marginals(st, surfaces)
    assert m is park_crf.marginals(st, surfaces)            # once per sentence
    assert all(0.0 <= b + i <= 1.0 + 1e-9 for b, i in zip(m.b, m.i))
    for a, b in m.spans():
        assert 0 <= a < b <= len(text) and m.path[a] in "BI"
    a = text.index(parks[0])
    feature = park_crf.span_feature(st, a, a + len(parks[0]), surfaces)["Park:crf"]
    assert 0.0 <= feature <= 1.0
    assert feature > park_crf.span_feature(st, 0, 2, surfaces)["Park:crf"]     # a name it was fitted on > 加快
    park_crf.tagger.cache_clear()


@pytest.mark.unit
def test_spans_read_an_inside_tag_with_no_start_as_a_name_start():
    m = park_crf.Marginals.__new__(park_crf.Marginals)
    m.path = ["O", "I", "I", "O", "B", "I", "B"]
    assert m.spans() == [(1, 3), (4, 6), (6, 7)]


@pytest.mark.unit
def test_a_tagger_variable_is_read_or_refused_in_one_line(tmp_path):
    pytest.importorskip("pycrfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a tagger")
    with using(str(bad)):
        with pytest.raises(UsageError, match="not a tagger file written by train_crf"):
            park_crf.tagger()
    with using(str(tmp_path / "missing.crfsuite")):
        with pytest.raises(UsageError, match="cannot read the tagger"):
            park_crf.tagger()
    with using(None):
        assert park_crf.tagger() is None
        st, surfaces = tok_sentence(*SENTENCES[1][:2])
        assert park_crf.span_feature(st, 4, 9, surfaces) == {}


@pytest.mark.unit
def test_a_named_tagger_without_python_crfsuite_is_refused_not_dropped(tmp_path, monkeypatch):
    """POLICYKG_PARK_CRF naming a tagger where python-crfsuite is not installed: tagger() gave None, so the
    run (loro_fast --crf, a build) went on with main's decision and no word of it. Unset, nothing is asked of
    the package."""
    import sys

    monkeypatch.setitem(sys.modules, "pycrfsuite", None)    # import pycrfsuite then raises ImportError
    with using(str(tmp_path / "fold.crfsuite")):
        with pytest.raises(UsageError, match="python-crfsuite is not installed"):
            park_crf.tagger()
    with using(None):
        assert park_crf.tagger() is None


@pytest.mark.unit
def test_fitting_without_python_crfsuite_ends_in_one_line_before_reading_the_reports(tmp_path, monkeypatch):
    """train_crf (and loro_fast --crf) without python-crfsuite: a ModuleNotFoundError traceback, raised by fit()
    after a minute of reading every dev report. It is a UsageError naming the package, before any report."""
    import sys

    from policykg.extract import train_crf

    monkeypatch.setitem(sys.modules, "pycrfsuite", None)
    monkeypatch.setattr(train_crf, "report_sequences", lambda *a: pytest.fail("a report was read"))
    with pytest.raises(UsageError, match="train_crf: python-crfsuite is not installed"):
        train_crf.main(["--out", str(tmp_path / "t.crfsuite")])
    with pytest.raises(UsageError, match="the family taggers: python-crfsuite is not installed"):
        train_crf.unseen_examples({"hailaer-2014": {}}, str(tmp_path))
    with pytest.raises(UsageError, match="python-crfsuite is not installed"):
        park_crf.fit(_sequences(), str(tmp_path / "f.crfsuite"))


def _fitted(tmp_path) -> str:
    path = str(tmp_path / "t.crfsuite")
    park_crf.fit(_sequences(), path)
    return path


def _a_park_candidate(text, place, name):
    from policykg.extract.name_grammar import grammar_candidates
    st, surfaces = tok_sentence(text, place)
    a = text.index(name)
    [c] = [c for c in grammar_candidates(st, (), surfaces) if (c.kind, c.a, c.b) == ("Park", a, a + len(name))]
    return c, surfaces


@pytest.mark.unit
def test_the_production_decision_hears_no_tagger_unless_the_experiment_injects_it(tmp_path, monkeypatch):
    """The tagger is an experiment: a build's decision has no Park:crf even when POLICYKG_PARK_CRF names a tagger;
    scripts/crf_feature.py (loro_fast --crf) puts it in, for the decision and the training examples alike."""
    pytest.importorskip("pycrfsuite")
    import sys
    from pathlib import Path
    from policykg.extract import decide, train
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import crf_feature
    text, place, parks = SENTENCES[2]
    c, surfaces = _a_park_candidate(text, place, parks[0])
    counts = decide.name_counter([c.st.s])
    with using(_fitted(tmp_path)):
        assert not any(k.startswith("Park:crf") for k in decide.features(c, surfaces, set(), counts))
        for module in (decide, train):      # restored after the test
            monkeypatch.setattr(module, "features", module.features)
            monkeypatch.setattr(module, "grammar_candidates", module.grammar_candidates)
        monkeypatch.setitem(crf_feature.STATE, "installed", None)
        candidates = decide.grammar_candidates
        crf_feature.install(spans=False)
        assert train.features is decide.features
        f = decide.features(c, surfaces, set(), counts)
        assert 0.0 < f["Park:crf"] <= 1.0 and "Park:crf_only" not in f
        assert decide.grammar_candidates is candidates      # no spans asked for: the candidates as they were


@pytest.mark.unit
def test_the_vote_only_adds_parks_to_the_decision(tmp_path, monkeypatch):
    """scripts/park_vote.py (loro_fast --vote): with no band it changes nothing; with the widest band and any
    span probability it may add parks, and every park and project the decision kept stays."""
    pytest.importorskip("pycrfsuite")
    import sys
    from pathlib import Path
    from policykg.extract import decide, entities
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import park_vote
    m = decide.model()
    if m is None:
        pytest.skip("no packaged decision model")
    monkeypatch.setattr(entities, "decide", entities.decide)       # restored after the test
    monkeypatch.setattr(park_vote, "STATE", dict(park_vote.STATE))
    park_vote.install(0.0, 1.01, None)
    park_vote.use_tagger(_fitted(tmp_path))
    text, place, _ = SENTENCES[0]
    st, surfaces = tok_sentence(text, place)
    counts = decide.name_counter([st.s])

    def spans(band, p):
        park_vote.STATE.update(band=band, p=p)
        rule_parks, _ = entities.park_candidates(st, surfaces)
        parks, projects = entities.decide(st, rule_parks, entities.project_candidates(st, surfaces), surfaces,
                                          counts, m)
        return {(c.a, c.b) for c in parks}, {(c.a, c.b) for c in projects}

    plain_parks, plain_projects = decide.decide(st, entities.park_candidates(st, surfaces)[0],
                                                entities.project_candidates(st, surfaces), surfaces, counts, m)
    base = ({(c.a, c.b) for c in plain_parks}, {(c.a, c.b) for c in plain_projects})
    assert spans(0.0, 1.01) == base
    wide_parks, wide_projects = spans(1.0, 0.0)
    assert base[0] <= wide_parks and wide_projects == base[1]
    assert len(wide_parks) > len(base[0])          # 零碳园区, a head the decision rejected, is voted in
