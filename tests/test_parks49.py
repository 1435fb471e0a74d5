"""parks49: the park decision's word-keyed features and their back-off (scripts/park_feature_folds.py), on park
candidates of dev report sentences."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

MINGYUE = "明月湖科创园累计赋能上千家硬科技创业团队，全市高新技术企业、科技型企业数量实现翻番。"     # chongqing-2026
SHENFU = "支持沈抚科创园探索科技成果转化新模式。"                                                   # liaoning-2026
LANGFANG = "通州区与廊坊北三县一体化高质量发展示范区、廊坊临空经济区建设提速。"                      # hebei-2026


def _records(text: str, place: str, stem: str, gold: str) -> list[dict]:
    [s] = make_sentences(text, place, [], part_kind="review")
    st, surfaces = TokSentence(s), place_surfaces(s.context)
    return [{"x": features(c, surfaces, set(), name_counter([s])), "y": int(c.name == gold), "name": (c.kind, c.name),
             "head": (stem, 0, c.kind, c.b), "a": c.a} for c in grammar_candidates(st, (), surfaces)]


def test_a_head_two_families_write_is_kept_and_one_family_s_backs_off_to_its_last_character():
    """科创园 heads park candidates of chongqing and of liaoning: its own weight stays; 临空经济区 heads hebei's only
    (dev), so a fold without hebei has no weight for it and hebei's candidate is weighed by 区, its class."""
    from park_feature_folds import shared, transform
    records = _records(MINGYUE, "重庆市", "chongqing-2026", "明月湖科创园") + \
        _records(SHENFU, "辽宁省", "liaoning-2026", "沈抚科创园") + \
        _records(LANGFANG, "河北省", "hebei-2026", "廊坊临空经济区")
    keep = {"head": shared(records, "head", positives=False)}
    assert "科创园" in keep["head"] and "临空经济区" not in keep["head"]
    park = next(r["x"] for r in records if r["name"] == ("Park", "廊坊临空经济区"))
    assert park["Park:head=临空经济区"] == 1.0
    backed = transform(park, ["backshared:head"], keep)
    assert "Park:head=临空经济区" not in backed and backed["Park:head_class=区"] == 1.0
    ours = next(r["x"] for r in records if r["name"] == ("Park", "明月湖科创园"))
    assert transform(ours, ["backshared:head"], keep)["Park:head=科创园"] == 1.0


def test_dropping_a_word_keyed_family_leaves_the_kind_keyed_features_as_they_are():
    from park_feature_folds import transform
    [park] = [r["x"] for r in _records(SHENFU, "辽宁省", "liaoning-2026", "沈抚科创园") if r["name"][1] == "沈抚科创园"]
    dropped = transform(park, ["drop:head"], {})
    assert not any(k.startswith("Park:head=") for k in dropped)
    assert {k: v for k, v in park.items() if not k.startswith("Park:head=")} == dropped


def test_a_cache_another_user_could_have_planted_is_not_loaded(tmp_path):
    """The script's pickle cache ran code as it loaded, from a default name in the shared /tmp: a file others may
    write, or a symbolic link, is refused before it is read (one line, exit 2), and left as it was."""
    import os
    import subprocess
    import pickle

    planted = tmp_path / "planted.pkl"
    planted.write_bytes(pickle.dumps({"records": {}, "vocab": {}}))
    os.chmod(planted, 0o666)
    link = tmp_path / "link.pkl"
    link.symlink_to(planted)
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{root / 'scripts'}"}
    for cache in (planted, link):
        done = subprocess.run([sys.executable, str(root / "scripts" / "park_feature_folds.py"), "base", "--cache",
                               str(cache)], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 2 and "not a regular file of yours" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert pickle.loads(planted.read_bytes()) == {"records": {}, "vocab": {}}
