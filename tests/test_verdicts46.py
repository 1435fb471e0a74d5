"""A researcher's reading of the Hailar 2017 → 2018 promise-vs-result pair (dev reports only).

Every verdict below was read in both texts (docs/checks/verdicts-dev-verdicts46.csv): the 2018 review
states each result for the same measure of 海拉尔区 in 2017, with the same kind and unit. The promises
kept unjudged have no such result: 2018 gives the budget revenue as a level only, one investment for two
sites, a year's investment where 2017 promised a project's total, no unemployment rate, no afforestation
(造林面积5845亩: named 新增造林面积 since names90, it was the generic 面积 and never compared).
"""
from __future__ import annotations

from pathlib import Path

import pytest

HAILAR = Path(__file__).resolve().parents[1] / "data" / "corpus" / "hailaer"

# promise quote (2017) → (result quote in the 2018 report, verdict), as read in both texts
READ_VERDICTS = {
    "社会消费品零售总额增长10%": ("同比增长6.9%", "missed"),
    "达到164.1亿元": ("社会消费品零售总额完成159.5亿元", "partly"),
    "城镇常住居民人均可支配收入增长8%": ("分别同比增长7.8%", "partly"),
    "达到35578元": ("城镇和农村居民人均可支配收入分别达35512元", "partly"),
    "农村牧区常住居民人均可支配收入增长7.5%": ("分别同比增长7.8%", "met"),
    "达到25617元": ("25689元", "met"),
    "新增就业5700人": ("新增就业6435人", "met"),
}
UNJUDGED = ("一般公共财政预算收入按可比口径增长7.5%", "投资4800万元", "举全区之力推进总投资103.7亿元",
            "城镇登记失业率控制在4%以内", "造林面积5845亩")


@pytest.fixture(scope="module")
def hailar_rows(tmp_path_factory):
    from policykg.corpus.build import build, write_outputs
    from policykg.use.table import asserted_store, rows
    out = tmp_path_factory.mktemp("verdicts46") / "out"
    write_outputs(build([str(HAILAR / f"hailaer-{y}.txt") for y in (2017, 2018)]), str(out))
    return [r for r in rows(asserted_store([str(out / "graph.trig")]), "assessments")[1]
            if r["report"] == "hailaerqu-2017"]


@pytest.mark.corpus
def test_hailar_2017_verdicts_are_the_ones_read_in_both_texts(hailar_rows):
    """Each read pair has its 2018 result quote at its offsets, its verdict and a rule (the key rule)."""
    from policykg.read import read_report
    text = read_report(str(HAILAR / "hailaer-2018.txt")).text
    for promise, (result, verdict) in READ_VERDICTS.items():
        (row,) = [r for r in hailar_rows if r["quote"] == promise]
        assert (row["result_report"], row["result_quote"], row["verdict"]) == ("hailaerqu-2018", result, verdict)
        assert text[int(row["result_start"]):int(row["result_end"])] == result
        assert row["rule"] and "matched by name" not in row["rule"]


@pytest.mark.corpus
def test_hailar_2017_promises_without_a_matching_result_stay_unjudged(hailar_rows):
    for promise in UNJUDGED:
        (row,) = [r for r in hailar_rows if r["quote"] == promise]
        assert (row["verdict"], row["result_quote"]) == ("not reported", None), promise
