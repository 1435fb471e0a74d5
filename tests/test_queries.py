"""Competency questions (queries/cq-*.rq) on the seed build, parameters bound as RDF terms, the
`policykg query` command, and reasoning (a question that needs the inferred graph).

Expected rows are pinned as subsets that must be present, plus lower bounds on row counts, because the
extractor is still improving. cq-01 is also run on tests/fixtures/park-chain.ttl, which asserts pkg:hosts
instead of pkg:locatedIn. One question cannot be answered from the seed yet and is checked on a
hand-made fixture graph in tests/fixtures/ instead:

* cq-10 (promise vs result): pkg:assessedBy needs two reports of one jurisdiction; checked on
  tests/fixtures/promise-result.ttl.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from policykg.use import query as Q
from policykg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CQS = sorted((ROOT / "policykg" / "queries").glob("cq-*.rq"))
POLICYKG = Path(sys.executable).parent / "policykg"

INJECTIONS = ['x" } ; DROP ALL ; #', '"> } DELETE WHERE {?s ?p ?o} #']

# name → (where to run it, minimum rows, rows that must be present: {variable: expected value})
# where: "ttl" = seed graph.ttl (asserted), "trig" = seed graph.trig (with the inferred graph), or a
# fixture file name. Numbers compare by value (stores respell decimals), strings by text.
EXPECTED = {
    "cq-01-park-project-target": ("ttl", 5, [
        {"parkName": "天津子牙经济技术开发区", "projectName": "废旧动力电池回收利用",
         "targetName": "废旧动力电池回收利用等5个项目开工建设", "value": 5, "unit": "个"},
        {"parkName": "国际商贸物流园", "projectName": "鲲宝物流", "value": 7, "unit": "个"},
        {"parkName": "中旺航空产业园", "projectName": "科维尔", "value": 7},
    ]),
    "cq-02-work-area-targets": ("ttl", 3, [
        {"areaLabel": "着力推进创新驱动发展", "taskName": "加快推动科技创新",
         "targetName": "新增国家高新技术企业18家", "value": 18, "unit": "家"},
        {"areaLabel": "着力推进创新驱动发展", "targetName": "评价入库“雏鹰”企业48家", "value": 48},
    ]),
    "cq-03-targets-by-comparator": ("ttl", 30, [
        {"targetName": "城镇登记失业率控制在3.8%以内", "cmp": "<=", "kindName": "上限", "value": 3.8},
        {"targetName": "粮食播面稳定在98万亩以上", "cmp": ">=", "kindName": "下限", "value": 98, "unit": "万亩"},
        {"targetName": "地区生产总值增长4%", "cmp": "=", "value": 4},
    ]),
    "cq-04-targets-vs-13th-plan-outcomes": ("ttl", 3, [
        {"indicatorName": "地区生产总值", "targetName": "地区生产总值增长4%", "targetValue": 4,
         "outcomeName": "地区生产总值年均增长2.3%", "outcomeValue": 2.3, "outcomeStart": 2016, "outcomeEnd": 2020},
    ]),
    "cq-05-park-organisations": ("ttl", 1, [
        {"parkName": "中旺航空产业园", "viaName": "科维尔", "organisationName": "中航表面处理中心"},
    ]),
    "cq-06-indicator-facts": ("ttl", 2, [
        {"indicatorLabel": "地区生产总值", "factName": "地区生产总值增长4%", "kind": "target", "value": 4,
         "unit": "%", "quote": "地区生产总值增长4%"},
        {"indicatorLabel": "地区生产总值", "factName": "地区生产总值年均增长2.3%", "kind": "outcome",
         "value": 2.3, "startYear": 2016, "endYear": 2020},
    ]),
    "cq-07-goal-contributions": ("ttl", 7, [
        {"goalLabel": "民生福祉得到新改善", "goalKind": "goal", "contributorName": "着力提升群众生活品质"},
        {"goalLabel": "经济高质量发展迈上新台阶", "goalKind": "goal"},
    ]),
    "cq-08-projects-by-status": ("ttl", 24, [
        {"projectStatus": "to start", "statusName": "拟开工", "projectName": "废旧动力电池回收利用",
         "locationName": "天津子牙经济技术开发区"},
        {"projectStatus": "completed", "projectName": "津石高速静海段"},
    ]),
    "cq-09-parks-ranked": ("ttl", 8, [
        {"parkName": "天津子牙经济技术开发区", "parkKind": "development zone"},
        {"parkName": "中旺航空产业园", "organisations": 1},
    ]),
    "cq-10-promise-vs-result": ("promise-result.ttl", 9, [
        {"promise": "地区生产总值增长4%", "result": "地区生产总值增长6.2%", "verdict": "met", "verdictName": "达成"},
        {"promise": "城镇登记失业率控制在3.8%以内", "resultValue": 4.5, "verdict": "missed"},
        {"promise": "粮食播面稳定在98万亩以上", "promisedComparator": ">=", "verdict": "partly",
         "verdictName": "部分达成"},
        {"promise": "PM2.5年均浓度下降5%", "verdict": "met"},
        {"promise": "一般公共预算收入增长5.5%左右", "promisedComparator": "≈", "verdict": "met"},
        {"promise": "固定资产投资增长8%", "verdict": "not comparable"},
        {"promise": "新建高标准农田6.3万亩", "verdict": "not reported", "verdictName": "未报告"},
        {"promise": "地区生产总值增长5%", "verdict": "no follow-up report", "verdictName": "无后续报告"},
    ]),
    "cq-11-report-outline": ("ttl", 60, [
        {"reportName": "静海区2021年政府工作报告", "nodeName": "着力推进创新驱动发展",
         "parentName": "努力实现“十四五”良好开局", "depth": 2, "ordinal": 1},
        {"nodeName": "加快推进园区发展步伐", "parentName": "着力推进创新驱动发展", "depth": 3, "ordinal": 3},
    ]),
    "cq-12-evidence-lookup": ("ttl", 2, [
        {"itemName": "天津子牙经济技术开发区", "quote": "子牙经开区"},
    ]),
    "cq-13-report-tasks-transitive": ("trig", 40, [
        {"reportName": "静海区2021年政府工作报告", "partName": "努力实现“十四五”良好开局", "partKind": "plan",
         "taskName": "加快推进园区发展步伐"},
    ]),
}


def _same(term, expected) -> bool:
    if term is None:
        return False
    if isinstance(expected, (int, float, Decimal)) and not isinstance(expected, bool):
        try:
            return Decimal(str(term)) == Decimal(str(expected))
        except InvalidOperation:
            return False
    return str(term) == str(expected)


def _dicts(rows: Q.Rows) -> list[dict]:
    return [dict(zip(rows.vars, r)) for r in rows.rows]


def _contains(rows: Q.Rows, want: dict) -> bool:
    return any(all(_same(d.get(k), v) for k, v in want.items()) for d in _dicts(rows))


@pytest.fixture(scope="module")
def stores(seed_out):
    cache = {}

    def get(where: str):
        if where not in cache:
            path = {"ttl": seed_out / "graph.ttl", "trig": seed_out / "graph.trig"}.get(where, FIXTURES / where)
            cache[where] = Q.load_store([path])
        return cache[where]
    return get


def test_every_cq_has_expectations():
    names = [p.stem for p in CQS]
    assert len(names) >= 12
    assert set(names) == set(EXPECTED), "add expected rows for every competency question"
    assert "cq-01-park-project-target" in names and "cq-10-promise-vs-result" in names


@pytest.mark.parametrize("path", CQS, ids=[p.stem for p in CQS])
def test_cq_header(path):
    text = path.read_text(encoding="utf-8")
    info = Q.query_info(text)
    zh, sep, en = info.summary.partition(" / ")
    assert sep and any("\u4e00" <= c <= "\u9fff" for c in zh) and en.strip(), info.summary
    assert len(info.description) > 40
    # every variable used as a parameter is documented, and the documented default parses as a term
    for name, default in info.params.items():
        assert f"?{name}" in text, f"{path.name}: #+ param {name} is not used in the query"
        assert default is None or isinstance(default, (URIRef, Literal))


@pytest.mark.parametrize("path", CQS, ids=[p.stem for p in CQS])
def test_cq_expected_rows(path, stores):
    where, minimum, wanted = EXPECTED[path.stem]
    rows = Q.run_store(stores(where), path.read_text(encoding="utf-8"))
    assert len(rows.rows) >= minimum, f"{path.stem}: {len(rows.rows)} rows on {where}"
    for want in wanted:
        assert _contains(rows, want), f"{path.stem} on {where}: no row with {want}"
    # @zh labels beside IRIs
    terms = [t for r in rows.rows for t in r if t is not None]
    assert any(isinstance(t, Literal) and t.language == "zh" for t in terms)
    assert any(isinstance(t, URIRef) for t in terms)
    assert all(isinstance(t, URIRef) for t in rows.rows[0][:1]) or any(isinstance(t, URIRef) for t in rows.rows[0])


@pytest.mark.parametrize("path", CQS, ids=[p.stem for p in CQS])
def test_cq_runs_on_seed_without_parameters(path, stores):
    """Every CQ runs on both seed files with its defaults (some answer nothing yet: see module doc)."""
    text = path.read_text(encoding="utf-8")
    for where in ("ttl", "trig"):
        rows = Q.run_store(stores(where), text)
        assert rows.vars
        for r in rows.rows:
            assert any(isinstance(t, Literal) and t.language == "zh" for t in r if t is not None) or \
                path.stem == "cq-09-parks-ranked" and isinstance(r[1], Literal)


def test_cq01_fixture_hosts_and_park_targets(stores):
    """pkg:hosts instead of pkg:locatedIn; a park target with no contributing project pairs with every
    project of the park; a park without projects gives no chain."""
    rows = Q.run_store(stores("park-chain.ttl"), Q.named_query("cq-01"))
    got = {(str(d["parkName"]), str(d["projectName"]), str(d["targetName"])) for d in _dicts(rows)}
    assert got == {
        ("天津子牙经济技术开发区", "废旧动力电池回收利用", "废旧动力电池回收利用等5个项目开工建设"),
        ("国际商贸物流园", "红星美凯龙二期", "红星美凯龙二期、鲲宝物流等7个项目建设"),
        ("国际商贸物流园", "鲲宝物流", "红星美凯龙二期、鲲宝物流等7个项目建设"),
    }


def test_cq01_pairs_group_targets_with_their_members_only(stores):
    """子牙经开区 also plans 全国性循环经济产品交易中心, which is not one of the 5 projects to start."""
    rows = Q.run_store(stores("ttl"), Q.named_query("cq-01"))
    for d in _dicts(rows):
        if str(d["targetName"]).startswith("废旧动力电池回收利用等5个项目"):
            assert str(d["projectName"]) != "全国性循环经济产品交易中心"


def test_cq10_says_when_no_follow_up_report_exists(stores):
    rows = Q.run_store(stores("promise-result.ttl"), Q.named_query("cq-10"))
    verdicts = {str(d["promise"]): (str(d["verdict"]), str(d["rule"])) for d in _dicts(rows)}
    assert len(rows.rows) == 9
    assert verdicts["地区生产总值增长5%"][0] == "no follow-up report"   # latest report: no 2023 report
    assert verdicts["地区生产总值增长6%"][0] == "no follow-up report"   # other jurisdiction, no later report
    assert verdicts["新建高标准农田6.3万亩"][0] == "not reported"       # the 2022 report is there
    assert all(rule for _, rule in verdicts.values())
    one = Q.run_store(stores("promise-result.ttl"), Q.named_query("cq-10"),
                      Q.parse_params(["jurisdictionName=西青区"], Q.named_query("cq-10")))
    assert [str(d["promise"]) for d in _dicts(one)] == ["地区生产总值增长6%"]


def test_cq04_compares_a_jurisdiction_with_its_own_past(tmp_path):
    """Jinghai 2021 and Hailar 2018 share indicator nodes (新增就业, 社会消费品零售总额): Jinghai's targets
    stand beside Jinghai's 十三五 results only."""
    from policykg.corpus.build import build, write_outputs
    reports = [ROOT / "data" / "reports" / "jinghai-2021.txt", ROOT / "data" / "corpus" / "hailaer" / "hailaer-2018.txt"]
    write_outputs(build([str(p) for p in reports]), str(tmp_path / "out"))
    rows = _dicts(Q.run_store(Q.load_store([tmp_path / "out" / "graph.ttl"]), Q.named_query("cq-04")))
    assert any(str(d["outcomeName"]) == "地区生产总值年均增长2.3%" for d in rows)

    def report(iri):
        return str(iri).split("/report/")[1].split("/")[0]
    assert all(report(d["target"]) == report(d["outcome"]) for d in rows)


# --- reasoning ---------------------------------------------------------------------------------

def test_transitive_question_needs_the_inferred_graph(stores):
    text = Q.named_query("cq-13")
    assert "partOf+" not in text and "partOf*" not in text
    assert Q.run_store(stores("ttl"), text).rows == []
    rows = Q.run_store(stores("trig"), text)
    assert len(rows.rows) >= 40


def test_inverse_needs_the_inferred_graph(stores):
    """pkg:hosts is only ever inferred (the seed asserts pkg:locatedIn) unless the text states it."""
    q = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?park ?name ?project WHERE { ?park pkg:hosts ?project ; rdfs:label ?name .
      ?project pkg:locatedIn ?park . FILTER(lang(?name) = "zh") }"""
    assert Q.run_store(stores("ttl"), q).rows == []
    assert len(Q.run_store(stores("trig"), q).rows) >= 5


# --- parameters --------------------------------------------------------------------------------

def test_parse_term():
    zh = Literal("地区生产总值", lang="zh")
    assert Q.parse_term('"地区生产总值"@zh') == zh
    assert Q.parse_term("地区生产总值", like=zh) == zh
    assert Q.parse_term("地区生产总值") == Literal("地区生产总值")
    assert Q.parse_term('"5"^^xsd:integer') == Literal("5", datatype=XSD.integer)
    assert Q.parse_term('"5"^^<http://www.w3.org/2001/XMLSchema#decimal>') == Literal("5", datatype=XSD.decimal)
    assert Q.parse_term("<https://w3id.org/policykg/id/place/jinghaiqu>") == \
        URIRef("https://w3id.org/policykg/id/place/jinghaiqu")
    assert Q.parse_term("2021") == Literal("2021", datatype=XSD.integer)
    assert Q.parse_term("4.5") == Literal("4.5", datatype=XSD.decimal)
    assert Q.parse_term('"a \\"quoted\\" word"') == Literal('a "quoted" word')
    for bad in INJECTIONS + ["<http://x> } DROP ALL {", '"x"^^<a b>']:
        t = Q.parse_term(bad)
        assert isinstance(t, Literal) and str(t) == bad


def test_bare_string_parameter_becomes_zh(stores):
    text = Q.named_query("cq-06")
    for value in ("固定资产投资", '"固定资产投资"@zh'):
        rows = Q.run_store(stores("ttl"), text, Q.parse_params([f"indicatorName={value}"], text))
        assert len(rows.rows) >= 2
        assert {str(d["indicatorLabel"]) for d in _dicts(rows)} == {"固定资产投资"}


def test_parameters_override_defaults(stores):
    cmp = Q.named_query("cq-03")
    rows = Q.run_store(stores("ttl"), cmp, Q.parse_params(["comparator=<="], cmp))
    assert rows.rows and {str(d["cmp"]) for d in _dicts(rows)} == {"<="}
    ev = Q.named_query("cq-12")
    iri = "https://w3id.org/policykg/id/org/shengbaojituan"
    rows = Q.run_store(stores("ttl"), ev, Q.parse_params([f"node=<{iri}>"], ev))
    assert rows.rows and {str(d["item"]) for d in _dicts(rows)} == {iri}
    area = Q.named_query("cq-02")
    rows = Q.run_store(stores("ttl"), area, Q.parse_params(["areaName=着力推进乡村振兴"], area))
    assert rows.rows and {str(d["areaLabel"]) for d in _dicts(rows)} == {"着力推进乡村振兴"}
    assert _contains(rows, {"targetName": "新建高标准农田6.3万亩", "value": 6.3})


def test_unknown_parameter_is_a_usage_error():
    with pytest.raises(Q.UsageError):
        Q.parse_params(["nosuch=1"], Q.named_query("cq-06"))
    with pytest.raises(Q.UsageError):
        Q.parse_params(["a b=1"])


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_is_a_literal(value, seed_out):
    store = Q.load_store([seed_out / "graph.ttl"])
    before = len(store)
    for name, param in (("cq-06", "indicatorName"), ("cq-12", "node"), ("cq-01", "parkLabel")):
        text = Q.named_query(name)
        params = Q.parse_params([f"{param}={value}"], text)
        assert isinstance(params[param], Literal) and str(params[param]) == value
        rows = Q.run_store(store, text, params)
        assert rows.rows == []
    assert len(store) == before
    # the VALUES block carries the value as one escaped literal
    block = Q.values_block({"x": Literal(value)})
    assert block == "VALUES (?x) { (" + Literal(value).n3() + ") }"


def test_injection_through_the_cli(seed_out):
    ttl = seed_out / "graph.ttl"
    before = ttl.read_bytes()
    for value in INJECTIONS:
        r = CliRunner().invoke(cli, ["query", "cq-06", "--graph", str(ttl), "--param", f"indicatorName={value}",
                                     "--format", "json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.output)["results"]["bindings"] == []
    assert ttl.read_bytes() == before


def test_bind_values_places_block_inside_where():
    q = '#+ summary: x { not this }\nSELECT ?a WHERE { BIND(COALESCE(?p, "d") AS ?a) }'
    out = Q.bind_values(q, {"p": Literal("v")})
    assert out.index('VALUES (?p) { ("v") }') > out.index("WHERE {")


# --- runner ------------------------------------------------------------------------------------

def test_named_query_by_number_name_and_path():
    full = Q.named_query("cq-01-park-project-target")
    assert Q.named_query("cq-01") == full == Q.named_query("1") == Q.named_query("cq-01-park-project-target.rq")
    assert Q.named_query(str(ROOT / "policykg" / "queries" / "cq-01-park-project-target.rq")) == full
    with pytest.raises(Q.UsageError):
        Q.named_query("cq-99")


def test_run_query_on_rdflib_graphs(seed_graph):
    rows = Q.run_query(Q.named_query("cq-06"), graphs=[seed_graph])
    assert _contains(rows, {"factName": "地区生产总值增长4%", "value": 4})


@pytest.mark.parametrize("name", ["cq-01", "cq-01-park-project-target",
                                  "policykg/queries/cq-01-park-project-target.rq"])
def test_cli_query_by_name(name):
    r = CliRunner().invoke(cli, ["query", str(ROOT / name) if name.startswith("policykg/") else name,
                                 "--graph", str(FIXTURES / "park-chain.ttl")])
    assert r.exit_code == 0, r.output
    assert "废旧动力电池回收利用" in r.output and "天津子牙经济技术开发区" in r.output and "(3 rows)" in r.output


def test_query_help_lists_every_competency_question():
    from policykg.use.query_terms import query_info
    result = CliRunner().invoke(cli, ["query", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for path in CQS:
        short = "-".join(path.stem.split("-")[:2])
        summary = " ".join(query_info(path.read_text(encoding="utf-8")).summary.split())
        assert f"{short} {summary}" in text, short


def test_cli_formats():
    args = ["query", "cq-01", "--graph", str(FIXTURES / "park-chain.ttl")]
    r = CliRunner().invoke(cli, args + ["--format", "json"])
    data = json.loads(r.output)
    assert data["head"]["vars"][:2] == ["park", "parkName"]
    b = data["results"]["bindings"][0]
    assert b["park"]["type"] == "uri" and b["parkName"]["xml:lang"] == "zh"
    assert b["value"]["datatype"] == str(XSD.decimal)
    r = CliRunner().invoke(cli, args + ["--format", "csv", "--param", "parkLabel=子牙经开区"])
    lines = r.output.splitlines()
    assert lines[0].startswith("park,parkName,project") and len(lines) == 2
    assert "废旧动力电池回收利用等5个项目开工建设" in lines[1]


def test_cli_errors_are_one_line_exit_2(tmp_path):
    if not POLICYKG.exists():
        pytest.skip("no .venv/bin/policykg")
    for args in (["query", "cq-99", "--graph", str(FIXTURES / "park-chain.ttl")],
                 ["query", "cq-01", "--graph", str(tmp_path / "missing.ttl")],
                 ["query", "cq-06", "--graph", str(FIXTURES / "park-chain.ttl"), "--param", "nosuch=1"],
                 ["query", "cq-01", "--graph", "x.ttl", "--endpoint", "http://127.0.0.1:9/q"]):
        r = subprocess.run([str(POLICYKG), *args], capture_output=True, text=True, cwd=tmp_path)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_cli_default_graph(tmp_path, seed_out):
    if not POLICYKG.exists():
        pytest.skip("no policykg script beside the Python interpreter")
    (tmp_path / "out").mkdir()
    shutil.copy(seed_out / "graph.trig", tmp_path / "out" / "graph.trig")
    r = subprocess.run([str(POLICYKG), "query", "cq-13", "--format", "csv"], capture_output=True, text=True,
                       cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) > 40      # the default graph.trig includes the inferred graph
    r = subprocess.run([str(POLICYKG), "query", "cq-13"], capture_output=True, text=True, cwd=tmp_path / "out")
    assert r.returncode == 2 and "policykg build" in r.stderr


# --- endpoint ----------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(seed_out, tmp_path_factory):
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not exe:
        pytest.skip("oxigraph server not installed")
    loc = tmp_path_factory.mktemp("oxigraph")
    subprocess.run([exe, "load", "--location", str(loc), "--file", str(seed_out / "graph.trig")],
                   check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(loc), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_endpoint_matches_files(endpoint, stores):
    text = Q.named_query("cq-06")
    params = Q.parse_params(["indicatorName=固定资产投资"], text)
    remote = Q.run_endpoint(text, endpoint, params)
    local = Q.run_store(stores("trig"), text, params)
    assert remote.vars == local.vars
    assert sorted(map(repr, remote.rows)) == sorted(map(repr, local.rows))
    assert any(isinstance(t, Literal) and t.language == "zh" for r in remote.rows for t in r if t is not None)


def test_endpoint_injection(endpoint):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = Q.run_endpoint(count, endpoint).rows
    for value in INJECTIONS:
        text = Q.named_query("cq-06")
        assert Q.run_endpoint(text, endpoint, Q.parse_params([f"indicatorName={value}"], text)).rows == []
    assert Q.run_endpoint(count, endpoint).rows == before


def test_endpoint_unreachable_is_usage_error():
    with pytest.raises(Q.UsageError):
        Q.run_endpoint(Q.named_query("cq-09"), f"http://127.0.0.1:{_free_port()}/query")
