"""Reports of other levels and years, second round: real dev reports transformed the way the reports we
keep back differ (a new term's 过去五年 review, two places of one name, a December delivery, a stray file)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policykg.extract.quantities import extract_quantities
from policykg.read import for_matching, read_report
from policykg.structure import parse

ROOT = Path(__file__).resolve().parent.parent
JINGHAI_2021 = ROOT / "data" / "reports" / "jinghai-2021.txt"     # dev
REVIEW = "一、“十三五”时期工作回顾"


def _outcome_periods(tmp_path: Path, text: str) -> Counter:
    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    doc = for_matching(read_report(str(f)))
    return Counter((q.start_year, q.end_year) for q in extract_quantities(doc.text, parse(doc).sentences)
                   if q.kind == "Outcome")


@pytest.mark.parametrize("heading", ["一、过去五年工作回顾", "一、过去五年的工作回顾", "一、五年来的工作回顾"])
def test_a_review_of_the_past_five_years_dates_its_outcomes_like_the_named_plan(tmp_path, heading):
    text = JINGHAI_2021.read_text(encoding="utf-8")
    assert text.count(REVIEW) == 1
    named = _outcome_periods(tmp_path, text)
    assert named[(2016, 2020)] >= 30 and named[(2020, 2020)] >= 10     # sums over five years, and 2020's
    assert _outcome_periods(tmp_path, text.replace(REVIEW, heading)) == named


# a note a researcher keeps beside the reports, mentioning them (so it is not refused as text without
# 政府工作报告); written here, not taken from a report
README = ("本文件夹收集研究用的政府工作报告文本，文件按地区和年份命名，编码为UTF-8。"
          "部分文本来自政府网站，部分来自新闻网站转载，已去掉页面上的导航与分享链接，使用时请核对原文。\n") * 4


@pytest.mark.parametrize("note", [README, "政府工作报告文本说明\n"])
def test_a_stray_text_file_in_a_report_folder_is_one_line_saying_how_to_leave_it_out(tmp_path, note):
    from cli_helpers import one_line, run_cli, seed_copy

    folder = tmp_path / "reports"
    seed_copy(folder, "jinghai-2021.txt")
    (folder / "README.txt").write_text(note, encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("build", folder, "--out", out, "--jobs", "1")
    one_line(r, 2, r"README\.txt: .*leave it out of the build: move it out of .*reports or rename it to start with '\.'")
    assert not out.exists()
    (folder / "README.txt").rename(folder / ".README.txt")      # the way out the message names
    assert run_cli("build", folder, "--out", out, "--jobs", "1", "--quiet").returncode == 0


def test_a_file_named_on_the_command_line_keeps_the_plain_refusal(tmp_path):
    from cli_helpers import one_line, run_cli

    note = tmp_path / "README.txt"
    note.write_text(README, encoding="utf-8")
    r = run_cli("build", note, "--out", tmp_path / "out")
    one_line(r, 2, r"README\.txt: no place and year found")
    assert "leave it out" not in r.stderr


def _moved(place: str) -> str:
    """jinghai-2021 as the report of another district: its header names ``place`` instead of 天津市静海区."""
    return JINGHAI_2021.read_text(encoding="utf-8").replace("天津市静海区", place).replace("静海区", "朝阳区")


def test_two_districts_of_one_name_and_year_are_two_reports(tmp_path):
    from cli_helpers import run_cli

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "beijing.txt").write_text(_moved("北京市朝阳区"), encoding="utf-8")
    (folder / "changchun.txt").write_text(_moved("吉林省长春市朝阳区"), encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("build", folder, "--out", out, "--jobs", "1", "--quiet")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (out / "shared").iterdir()) == [
        "chaoyangqu-110105-2021.nt", "chaoyangqu-220104-2021.nt"]


@pytest.mark.unit
def test_report_ids_carry_the_code_only_for_a_shared_name_the_header_resolves():
    from policykg.emit import ids

    assert ids.report_slug("朝阳区", 2023, ["北京市"]) == "chaoyangqu-110105-2023"
    assert ids.report_slug("朝阳区", 2023, ["长春市"]) == "chaoyangqu-220104-2023"
    assert ids.report_slug("朝阳区", 2023) == "chaoyangqu-2023"         # not resolved: not guessed
    assert ids.report_slug("静海区", 2021, ["天津市"]) == "jinghaiqu-2021"  # one division of the name
    assert ids.report_slug("海拉尔区", 2018) == "hailaerqu-2018"


HAILAER_2014 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2014.txt"     # dev, GBK
FEBRUARY = "2014年2月19日在"
DECEMBER = "2013年12月26日在"     # the same report delivered in December of the year it reviews


def _hailaer_2014() -> str:
    text = HAILAER_2014.read_bytes().decode("gbk")
    assert text.count(FEBRUARY) == 1 and "二、2014年工作安排" in text
    return text


def _metadata(tmp_path: Path, text: str, **overrides):
    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    return read_report(str(f), **overrides).metadata


@pytest.mark.parametrize("plan_heading", ["二、2014年工作安排", "二、明年工作安排"])
def test_a_report_delivered_in_december_takes_the_year_it_plans(tmp_path, plan_heading):
    february = _hailaer_2014()
    december = february.replace(FEBRUARY, DECEMBER).replace("二、2014年工作安排", plan_heading)
    md = _metadata(tmp_path, december)
    assert (md.year, md.date) == (2014, "2013-12-26")
    assert _outcome_periods(tmp_path, december) == _outcome_periods(tmp_path, february)


def test_a_december_report_naming_no_plan_year_asks_for_year(tmp_path):
    from policykg.errors import InputError

    text = _hailaer_2014().replace(FEBRUARY, DECEMBER).replace("二、2014年工作安排", "二、主要工作安排")
    with pytest.raises(InputError, match=r"delivered 2013-12-26, in December: .*give --year 2013 or --year 2014$"):
        _metadata(tmp_path, text)
    md = _metadata(tmp_path, text, year=2014)
    assert (md.year, md.date) == (2014, "2013-12-26")     # the delivery date is this report's


def test_a_january_report_keeps_its_delivery_year(tmp_path):
    md = _metadata(tmp_path, _hailaer_2014())
    assert (md.year, md.date) == (2014, "2014-02-19")
