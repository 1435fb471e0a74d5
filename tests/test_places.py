"""Places that roll up: division codes (GB/T 2260), levels and pkg:parentPlace up to the province, from
data/gazetteer/divisions.tsv (generated from jionlp by scripts/make_gazetteer.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from policykg import divisions as places
from policykg.emit import ids
from policykg.corpus.build import process
from policykg.corpus.inputs import folder_reports
from policykg.vocab import PKG

ROOT = Path(__file__).resolve().parent.parent
JILIN = ROOT / "data" / "corpus" / "provincial-2026" / "jilin-2026.txt"
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"


def test_gazetteer_file_is_complete_and_pinned():
    text = places.DIVISIONS.read_text(encoding="utf-8")
    version = re.search(r"from jionlp (\S+)", text).group(1)
    assert f'"jionlp=={version}"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    divs = places.divisions()
    assert sum(d.level == "province" for d in divs.values()) == 34
    assert sum(d.level == "city" for d in divs.values()) > 330
    assert sum(d.level in ("county", "district") for d in divs.values()) > 2800
    for d in divs.values():
        assert re.fullmatch(r"\d{6}", d.code) and d.level in ("province", "city", "county", "district")
        assert (d.parent == "") == (d.level == "province")
        assert places.chain(d)[-1].level == "province"


def test_chain_and_levels():
    assert [(d.code, d.name) for d in places.chain(places.resolve("海拉尔区"))] == [
        ("150702", "海拉尔区"), ("150700", "呼伦贝尔市"), ("150000", "内蒙古自治区")]
    assert [d.name for d in places.chain(places.resolve("静海区"))] == ["静海区", "天津市"]  # a municipality
    assert places.resolve("仙桃市").parent == "420000"                                     # 省直辖
    assert places.resolve("神农架林区").level == "county" and places.resolve("浦东新区").level == "district"


def test_a_suffix_gives_a_level_the_gazetteer_gives_its_names():
    """places.yaml gave 区 (and 新区) the level "county" where the gazetteer's 区 are districts (市辖区), so a
    place known by its suffix only and the same name read from the gazetteer had two levels. A suffix's
    level must be one the gazetteer gives at least a third of its names so ending (市: prefecture-level
    and county-level cities alike); the meeting line's place_level agrees with the suffix."""
    from collections import Counter

    import yaml

    from policykg.resources import gazetteer
    from policykg.structure.metadata import place_level

    suffixes = yaml.safe_load(gazetteer("places.yaml").read_text(encoding="utf-8"))["suffixes"]
    by_suffix: dict[str, Counter] = {s: Counter() for s in suffixes}
    for d in places.divisions().values():
        suf = max((s for s in suffixes if d.name.endswith(s) and d.name != s), key=len, default=None)
        if suf:
            by_suffix[suf][d.level] += 1
    for suf, level in suffixes.items():
        seen = by_suffix[suf]
        if seen:
            assert seen[level] * 3 >= sum(seen.values()), (suf, level, seen)
        assert place_level(["某某" + suf]) in (level, None), suf


def test_names_and_contractions():
    assert places.resolve("大理州").code == "532900"
    assert places.resolve("互助县").code == "630223"
    assert places.resolve("内蒙古").code == "150000"
    assert places.resolve("不存在县") is None


def test_a_shared_name_is_resolved_by_the_report_province_only():
    jilin, beijing, liaoning = places.resolve("吉林省"), places.resolve("北京市"), places.resolve("辽宁省")
    assert places.is_ambiguous("朝阳区")
    assert places.resolve("朝阳区") is None                      # not guessed
    assert places.resolve("朝阳区", jilin).code == "220104"       # Changchun's
    assert places.resolve("朝阳区", beijing).code == "110105"
    assert places.resolve("朝阳区", liaoning) is None             # none in the report's province
    assert ids.place_iri("朝阳区", "220104").endswith("/place/chaoyangqu-220104")
    assert ids.place_iri("海拉尔区").endswith("/place/hailaerqu")


def _built(tmp_path, source: Path, sentence: str) -> Graph:
    p = tmp_path / source.name
    p.write_text(source.read_text(encoding="utf-8")[:2500] + "\n\n" + sentence + "\n", encoding="utf-8")
    return process(str(p)).graph


def test_emitted_places_in_a_jilin_report(tmp_path):
    g = _built(tmp_path, JILIN, "朝阳区、大理州和通州区加快推进城市更新。")
    coded = {str(s).rsplit("/", 1)[1]: str(o) for s, o in g.subject_objects(SKOS.notation)}
    assert coded["chaoyangqu-220104"] == "220104" and coded["changchunshi"] == "220100"
    assert coded["dalibaizuzizhizhou"] == "532900" and coded["jilinsheng"] == "220000"
    tongzhou = ids.place_iri("通州区")                # Beijing's or Nantong's: neither is in Jilin
    assert (tongzhou, RDF.type, PKG.Place) in g and g.value(tongzhou, SKOS.notation) is None
    dali = ids.place_iri("大理白族自治州")
    assert (dali, SKOS.altLabel, Literal("大理州", lang="zh")) in g and g.value(dali, PKG.evidence)
    assert g.value(ids.place_iri("朝阳区", "220104"), PKG.parentPlace) == ids.place_iri("长春市")


def test_the_same_name_in_a_tianjin_report_is_left_unresolved(tmp_path):
    g = _built(tmp_path, SEED, "朝阳区加快推进城市更新。")
    assert (None, SKOS.notation, Literal("220104")) not in g and (None, SKOS.notation, Literal("110105")) not in g


@pytest.mark.parametrize("path", [Path(p) for p in folder_reports(str(ROOT / "data"))], ids=lambda p: p.stem)
def test_every_report_jurisdiction_rolls_up(path):
    """Jurisdiction of each shipped report: code, level, parents up to the province (metadata only)."""
    from policykg.emit import Emitter
    from policykg.read import read_report

    em = Emitter(read_report(str(path)))
    em.report_node()
    g = em.g
    place = g.value(em.report, PKG.jurisdiction)
    assert str(g.value(place, PKG.placeLevel)) in ("province", "city", "county", "district")
    chain = [place]
    while g.value(chain[-1], PKG.parentPlace) is not None:
        chain.append(g.value(chain[-1], PKG.parentPlace))
    assert all(re.fullmatch(r"\d{6}", str(g.value(p, SKOS.notation))) for p in chain)
    assert str(g.value(chain[-1], PKG.placeLevel)) == "province"
    assert isinstance(place, URIRef) and g.value(place, PKG.evidence) is not None


def test_english_labels_of_divisions_use_the_short_name():
    from policykg.emit import english_division
    assert english_division(places.resolve("大理州")) == "Dali Autonomous Prefecture"
    assert english_division(places.resolve("巴音郭楞蒙古自治州")) == "Bayinguoleng Autonomous Prefecture"
    assert english_division(places.resolve("广西壮族自治区")) == "Guangxi Autonomous Region"
    assert english_division(places.resolve("海拉尔区")) == "Hailaer District"
