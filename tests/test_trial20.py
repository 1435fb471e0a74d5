"""A researcher's reading of the Hailar 2013 → 2014 promise-vs-result chain (dev reports only).

Every verdict the two reports give was checked by reading both texts (docs/checks/verdicts-trial20.md):
each pairs one measure of 海拉尔区 for 2013, and its result sentence in the 2014 report says what the
promise asked. The pairs a reader must not make — a count of flats for another housing count, greenhouses
in 亩 judged by greenhouses in 栋, one project's area by the district's total — stay unjudged.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HAILAR = ROOT / "data" / "corpus" / "hailaer"

# promise quote (2013) → (result quote in the 2014 report, verdict), as read in both texts
READ_VERDICTS = {
    "地区生产总值增长20%": ("同比增长10.1%", "missed"),
    "达到282亿元": ("地区生产总值完成253.7亿元", "missed"),
    "地方财政总收入增长20%": ("同比增长20.3%", "met"),
    "达到24.8亿元": ("地方财政总收入完成24.85亿元", "met"),
    "区本级固定资产投资增长23%": ("同比增长24.7%", "met"),
    "达到100亿元": ("区本级全社会固定资产投资额完成90.7亿元", "partly"),
    "社会消费品零售总额增长22%": ("同比增长13%", "missed"),
    "达到120亿元": ("社会消费品零售总额完成110.6亿元", "partly"),
    "计划投资3亿元": ("完成投资1.7亿元", "missed"),
    "旅游接待人数达到446万人次": ("旅游接待人数438万人次", "partly"),
    "旅游收入达到46亿元": ("旅游收入完成47.2亿元", "met"),
    "地产蔬菜产量达到8万吨": ("地产蔬菜产量达到9.2万吨", "met"),
    "新增城镇就业5400人": ("新增就业5611人", "met"),
    "58万平方米棚户区改造": ("实施棚户区改造19.5万平方米", "missed"),
}
# the same, between two spellings of one indicator (the name rule, policykg/corpus/assess_names.py)
NAME_VERDICTS = {
    "下岗失业人员和困难人员再就业2100人": ("再就业2529人", "met"),
    "新建蔬菜大棚2000亩": ("建成大棚2350亩", "met"),
    "改造建华路、根河路等背街巷道10条": ("集中改造的11条背街巷道全部完工", "met"),
    "完成50万平方米老旧小区既有建筑节能改造和工人新村": ("14万平方米既有建筑节能改造", "missed"),
}


@pytest.fixture(scope="module")
def hailar_rows(tmp_path_factory):
    from policykg.corpus.build import build, write_outputs
    from policykg.use.table import asserted_store, rows
    out = tmp_path_factory.mktemp("trial20") / "out"
    write_outputs(build([str(HAILAR / f"hailaer-{y}.txt") for y in (2013, 2014)]), str(out))
    return rows(asserted_store([str(out / "graph.trig")]), "assessments")[1]


def _by_quote(rows, report):
    found: dict[str, list] = {}
    for r in rows:
        if r["report"] == report:
            found.setdefault(r["quote"], []).append(r)
    return found


@pytest.mark.corpus
def test_hailar_2013_verdicts_are_the_ones_read_in_both_texts(hailar_rows):
    """The 2013 promises judged by the 2014 report are judged as a reader judges them, with both quotes
    and the rule; no other 2013 promise gets a verdict from an unrelated result."""
    from policykg.read import read_report
    texts = {f"hailaerqu-{y}": read_report(str(HAILAR / f"hailaer-{y}.txt")).text for y in (2013, 2014)}
    by_quote = _by_quote(hailar_rows, "hailaerqu-2013")
    for promise, (result, verdict) in {**READ_VERDICTS, **NAME_VERDICTS}.items():
        (row,) = by_quote[promise]
        assert (row["result_report"], row["result_quote"], row["verdict"]) == ("hailaerqu-2014", result, verdict)
        assert row["rule"] and texts["hailaerqu-2014"][int(row["result_start"]):int(row["result_end"])] == result
        assert ("matched by name" in row["rule"]) == (promise in NAME_VERDICTS), row["rule"]
    judged = {r["quote"] for r in hailar_rows if r["verdict"] in ("met", "partly", "missed", "not comparable")}
    assert judged <= set(READ_VERDICTS) | set(NAME_VERDICTS)


@pytest.mark.corpus
def test_hailar_2013_promises_with_no_matching_result_stay_unjudged(hailar_rows):
    """温室500亩 (the 2014 report counts 温室500栋), 200套结转公租房 (2014: 保障性住房2262套, another
    count) and one project's 100万平方米 of shanty-town renovation (2014: the district's 19.5万平方米)
    are not reported, not judged by those figures; nor, by the name rule, one township's 1万亩 of
    irrigation by the district's 新增节水灌溉面积1.2万亩, or 5 roads to build by 3条主干道路完工 (a flow
    word added to the name: another measure)."""
    by_quote = _by_quote(hailar_rows, "hailaerqu-2013")
    for promise in ("温室500亩", "完成200套结转公租房建设任务", "大兴安岭100万平方米棚户区改造工程建设",
                    "实施奋斗镇1万亩节水灌溉", "新建5条主干道路"):
        (row,) = by_quote[promise]
        assert (row["verdict"], row["result_quote"]) == ("not reported", None), promise
    assert {r["verdict"] for r in hailar_rows if r["report"] == "hailaerqu-2014"} == {"no follow-up report"}
    gdp = by_quote["达到282亿元"][0]
    assert (gdp["value"], gdp["result_value"]) == (Decimal("282"), Decimal("253.7"))
