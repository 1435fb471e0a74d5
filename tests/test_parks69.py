"""One park across the years of a jurisdiction (parks69, issue 12): a spelling one year writes alone joins the one
longer identity another year writes when the name alone says so — a contraction (奋斗镇农业园区 of hailaer-2017 /
奋斗镇农业发展园区 of hailaer-2018) or a bracketed place's short form (深哈产业园 of heilongjiang-2026 /
深圳（哈尔滨）产业园区 of probe-province-2023) — and never by a back-reference or across two places (鄂州's
空港综合保税区 of hubei-2026 stays apart from 武汉新港空港综合保税区 of probe-province-2019). Whole reports, built as
``policykg build`` builds them."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluation import report_facts
from policykg.extract.identity_years import written_place, year_identities

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
PROBES = ROOT / "tests" / "data" / "constructed"


def parks(stem: str, path: Path) -> list[tuple[str, str, str]]:
    """(report, identity, zh label) of each Park node of the report at ``path``."""
    return [(stem, e.attrs["identity"], e.attrs["zh"]) for e in report_facts(path).entities if e.kind == "Park"]


def test_a_contraction_one_year_joins_the_full_name_another_year_writes():
    years = parks("2017", CORPUS / "hailaer" / "hailaer-2017.txt") + parks("2018", CORPUS / "hailaer" / "hailaer-2018.txt")
    joins = year_identities(years)
    assert joins[("2017", "奋斗镇农业园区")] == "奋斗镇农业发展园区"
    # the zone both years write the same way is no join, and nothing else moves
    assert list(joins) == [("2017", "奋斗镇农业园区")]


def test_a_bracketed_places_short_form_joins_across_years():
    years = parks("2023", PROBES / "probe-province-2023.txt") + \
        parks("2026", CORPUS / "provincial-2026" / "heilongjiang-2026.txt")
    joins = year_identities(years)
    assert joins[("2026", "深哈产业园")] == "深圳（哈尔滨）产业园区"
    assert list(joins) == [("2026", "深哈产业园")]


def test_two_parks_of_two_places_stay_apart():
    years = parks("2019", PROBES / "probe-province-2019.txt") + \
        parks("2026", CORPUS / "provincial-2026" / "hubei-2026.txt")
    assert {i for _, i, _ in years} >= {"空港综合保税区", "新港空港综合保税区"}
    assert year_identities(years) == {}


def test_the_place_guard_reads_the_place_each_label_writes():
    assert written_place("子牙经济技术开发区", "天津子牙经济技术开发区") == "天津"
    assert written_place("深哈产业园", "深哈产业园") == ""
    # a contraction whose two labels write two different places is no join; the same place, or none, is
    short, full = "奋斗镇农业园区", "奋斗镇农业发展园区"
    assert year_identities([("a", short, "甲市" + short), ("b", full, "乙市" + full)]) == {}
    assert year_identities([("a", short, "甲市" + short), ("b", full, "甲市" + full)]) == {("a", short): full}
    assert year_identities([("a", short, short), ("b", full, "乙市" + full)]) == {("a", short): full}


HAILAER_17_18 = [str(CORPUS / "hailaer" / f"hailaer-{y}.txt") for y in (2017, 2018)]
JOINED = "park/hailaerqu/fendouzhennongyefazhanyuanqu"
ALONE = "park/hailaerqu/fendouzhennongyeyuanqu"


@pytest.mark.corpus
def test_a_build_of_two_years_gives_the_park_one_node_whatever_the_path(tmp_path):
    from cli_helpers import run_cli
    full, added, streamed = tmp_path / "full", tmp_path / "added", tmp_path / "streamed"
    for args in (("build", *HAILAER_17_18, "--out", full), ("build", HAILAER_17_18[0], "--out", added),
                 ("add", HAILAER_17_18[1], "--out", added), ("build", *HAILAER_17_18, "--out", streamed, "--stream")):
        assert run_cli(*args, "--quiet", "--jobs", "1").returncode == 0
    union = (full / "graph.ttl").read_text(encoding="utf-8")
    assert JOINED in union and ALONE not in union
    # both years' evidence on the one node, the 2017 spelling an alt label
    assert "hailaerqu-2017/evidence/6257-6264" in union.split(JOINED + ">\n", 1)[1].split("\n.\n", 1)[0]
    assert (added / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    quads = (streamed / "graph.nq").read_text(encoding="utf-8")
    assert JOINED in quads and ALONE not in quads
