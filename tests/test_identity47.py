"""identity47: a park is one node whichever spelling a year's report uses (docs/checks/identity47.md)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from policykg.corpus.build import process
from policykg.vocab import PKG

SEED = Path(__file__).resolve().parents[1] / "data" / "reports" / "jinghai-2021.txt"


def _report(folder: Path, year: int, *numbers: int) -> str:
    """A report of 静海区 for ``year``: the seed's meeting line and some of its paragraphs (1-based lines)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    head = f"政 府 工 作 报 告\n\n——{year}年1月13日在天津市静海区\n第二届人民代表大会第八次会议上\n\n"
    path = folder / f"jinghai-{year}.txt"
    path.write_text(head + "二、{}年工作安排\n\n".format(year) + "\n\n".join(lines[n - 1] for n in numbers) + "\n", encoding="utf-8")
    return str(path)


def _parks(path: str) -> dict[str, str]:
    g = process(path).graph
    return {str(l): str(p) for p in g.subjects(RDF.type, PKG.Park) for l in g.objects(p, PKG.evidence / PKG.quote)}


@pytest.mark.unit
def test_short_form_of_one_year_and_full_form_with_city_of_another_are_one_park(tmp_path):
    full = _parks(_report(tmp_path, 2021, 95, 120))       # 天津子牙经济技术开发区 (with the city, written out)
    short = _parks(_report(tmp_path, 2022, 122))     # 子牙经开区 only
    assert full["天津子牙经济技术开发区"] == short["子牙经开区"]
    assert full["天津子牙经济技术开发区"].endswith("/park/jinghaiqu/ziyajingjijishukaifaqu")


PROVINCES = Path(__file__).resolve().parents[1] / "data" / "corpus" / "provincial-2026"


def _excerpt(folder: Path, stem: str, phrase: str) -> str:
    """A dev report's title, meeting line and the paragraph holding ``phrase`` with the one after it."""
    lines = [l for l in (PROVINCES / f"{stem}.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    meeting = next(l for l in lines if l.startswith("——2026年"))
    at = next(i for i, l in enumerate(lines) if phrase in l)
    path = folder / f"{stem}.txt"
    path.write_text("政府工作报告\n" + meeting + "\n\n" + "\n\n".join(lines[at:at + 2]) + "\n", encoding="utf-8")
    return str(path)


def _indicators(path: str) -> dict[str, str]:
    g = process(path).graph
    return {str(l): str(i) for i in g.subjects(RDF.type, PKG.Indicator)
            for l in (*g.objects(i, RDFS.label), *g.objects(i, SKOS.altLabel))}


@pytest.mark.unit
def test_scope_qualifier_written_short_or_in_full_is_one_indicator(tmp_path):
    # ningxia: 规模以上高技术制造业和装备制造业增加值分别增长…; guangxi: 规上高技术制造业、装备制造业增加值分别增长…
    full = _indicators(_excerpt(tmp_path, "ningxia-2026", "规模以上高技术制造业和装备制造业增加值"))
    short = _indicators(_excerpt(tmp_path, "guangxi-2026", "规上高技术制造业、装备制造业增加值"))
    assert full["规模以上装备制造业增加值"] == short["规上装备制造业增加值"]
    assert short["规上装备制造业增加值"].endswith("/indicator/guimoyishangzhuangbeizhizaoyezengjiazhi")
    g = process(_excerpt(tmp_path, "guangxi-2026", "规上高技术制造业、装备制造业增加值")).graph
    node = URIRef(short["规上装备制造业增加值"])       # one label whichever report's spelling; the written one an alias
    assert [str(l) for l in g.objects(node, RDFS.label) if l.language == "zh"] == ["规模以上装备制造业增加值"]
    assert [str(l) for l in g.objects(node, SKOS.altLabel)] == ["规上装备制造业增加值"]


@pytest.mark.unit
def test_scope_qualifier_in_full_reaches_the_concept_the_short_form_reaches(tmp_path):
    g = process(_excerpt(tmp_path, "ningxia-2026", "规模以上高技术制造业和装备制造业增加值")).graph
    exact = {str(l): str(c).rsplit("/", 1)[-1] for i in g.subjects(RDF.type, PKG.Indicator)
             for l in g.objects(i, RDFS.label) for c in g.objects(i, SKOS.exactMatch)}
    assert exact["规模以上高技术制造业增加值"] == "high-tech-manufacturing-value-added"
    assert exact["规模以上装备制造业增加值"] == "equipment-manufacturing-value-added"


def _audit():
    import importlib.util
    spec = importlib.util.spec_from_file_location("identity_audit", Path(__file__).resolve().parents[1]
                                                  / "scripts" / "identity_audit.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_audit_counts_the_seed_build_and_refuses_a_folder_without_graph(seed_out, tmp_path, capsys):
    audit = _audit()
    assert audit.main([str(seed_out)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("nodes: parks 11, ")
    assert "park: 0 pairs shown" in out        # 子牙经开区 and 天津子牙经济技术开发区 are one node already
    assert audit.main([str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.unit
def test_audit_refuses_a_graph_it_cannot_read_in_one_line(tmp_path, capsys):
    """Regression (the lead's hostile try): a graph.trig that is no TriG ended in pyoxigraph's traceback."""
    (tmp_path / "graph.trig").write_text("garbage", encoding="utf-8")
    assert _audit().main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not readable as TriG" in err


@pytest.mark.unit
def test_only_a_short_form_that_is_a_word_is_written_out():
    """review49: 规上/限上 were replaced as substrings, so 期限上限 would have read 期额以上限; the tagger's words decide."""
    from policykg.extract.identity import indicator_identity
    assert indicator_identity("全省限上批零住餐业营业额") == "全省限额以上批零住餐业营业额"
    assert indicator_identity("新入库规上服务业企业数量") == "新入库规模以上服务业企业数量"
    assert indicator_identity("贷款期限上限") == "贷款期限上限"
