"""Promise vs result on real data: Hailar District 2012–2019, each year's targets against the results
the next year's report states (queries/cq-10-promise-vs-result.rq)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.build import process
from policykg.corpus import link_reports
from policykg.query import named_query, run_query

HAILAR = sorted((Path(__file__).resolve().parent.parent / "data" / "corpus" / "hailaer").glob("*.txt"))


@pytest.fixture(scope="module")
def rows():
    reports = sorted((process(str(p)) for p in HAILAR), key=lambda r: r.slug)
    link_reports(reports)
    res = run_query(named_query("cq-10-promise-vs-result"), graphs=[r.graph for r in reports])
    return [{k: (str(v) if v is not None else None) for k, v in zip(res.vars, row)} for row in res.rows]


def test_at_least_ten_pairs_each_with_both_quotes(rows):
    pairs = [r for r in rows if r["outcome"]]
    assert len(pairs) >= 10
    for r in pairs:
        assert r["promiseQuote"] and r["resultQuote"]
        assert r["verdict"] in ("met", "missed", "not comparable")
        assert r["resultReport"] != r["report"]


@pytest.mark.parametrize("promise,result,verdict", [
    ("地区生产总值达到240亿元", "地区生产总值完成235.2亿元", "missed"),
    ("地方财政总收入达到20亿元", "地方财政总收入完成20.67亿元", "met"),
    ("旅游收入突破50亿元", "旅游收入完成56.4亿元", "met"),
    ("旅游接待人数达到446万人次", "旅游接待人数438万人次", "missed"),
    ("城镇登记失业率控制在4%以内", "城镇登记失业率为3.79%", "met"),
    ("地区生产总值增长6%左右", "同比增长6.0%", "met"),
])
def test_expected_pairs(rows, promise, result, verdict):
    assert any(r["promiseQuote"] == promise and r["resultQuote"] == result and r["verdict"] == verdict
               for r in rows), (promise, result)


def test_last_year_targets_are_not_judged(rows):
    # no 2020 report is shipped, so the 2019 targets are neither met nor "not reported"
    assert not any(r["reportName"].startswith("海拉尔区2019") for r in rows)
