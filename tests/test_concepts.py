"""Canonical indicators: the SKOS scheme, the pattern matcher, and figure kinds/units on real text."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from policykg.emit import concepts
from policykg.emit import emit
from policykg.extract import figures
from policykg.model import Document, Facts, Metadata, Outline, Span
from policykg.vocab import PKG
from quantity_helpers import extract

FAMILIES = {"money", "percent", "person", "household", "count", "area", "length", "weight", "volume",
            "energy", "time", "multiple", "ratio", "index"}


def test_scheme_keeps_the_fixed_codes_and_has_150_concepts():
    codes = [c.code for c in concepts.concepts()]
    assert set(concepts.FIXED) <= set(codes)
    assert len(codes) == len(set(codes)) >= 150


@pytest.mark.parametrize("c", concepts.concepts(), ids=lambda c: c.code)
def test_every_concept_is_described(c):
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.code)
    assert c.zh and c.en and c.definition_en and c.definition_zh
    assert c.family in FAMILIES
    assert c.broader is None or c.broader in concepts.by_code()
    assert c.exact or c.broad, "a concept no indicator can reach"


def test_shipped_turtle_is_the_compiled_yaml():
    """ontology/indicators.ttl is what `python -m policykg.emit.concepts` writes from the YAML."""
    shipped = Graph().parse(concepts.TURTLE, format="turtle")
    assert isomorphic(shipped, concepts.scheme_graph())


@pytest.mark.parametrize("name, code, how", [
    ("地区生产总值", "gdp", "exact"),
    ("GDP", "gdp", "exact"),
    ("经济增长", "gdp", "exact"),
    ("居民消费价格总水平上涨幅度", "cpi", "exact"),          # Shanxi 2026, apart from every other CPI
    ("城镇调查失业率", "urban-surveyed-unemployment-rate", "exact"),
    ("农民人均纯收入", "rural-disposable-income", "exact"),    # Hailar 2013's older wording
    ("规上工业增加值", "industrial-value-added", "exact"),
    ("全社会研发经费投入强度", "rd-intensity", "exact"),
    ("国家级专精特新“小巨人”企业数量", "specialised-smes", "exact"),
    ("省级重点工程项目数量", "key-projects", "exact"),
    ("脱贫县农村居民人均可支配收入", "rural-disposable-income", "broad"),
    ("制造业单项冠军企业数量", "enterprises", "broad"),
    ("南疆五地州地区生产总值", "gdp", "broad"),
    ("三产增加值", "services-value-added", "exact"),                # guizhou / ningxia 2026
    ("永久基本农田保护面积", "cultivated-land", "broad"),       # a kind of farmland, not the land kept
    ("省外游客人数", "tourism-visitors", "broad"),               # a part of the visitors, not all of them
    ("入境游客数量", "tourism-visitors", "broad"),
    ("游客人次", "tourism-visitors", "exact"),
])
def test_match(name, code, how):
    c, found = concepts.match(name)
    assert (c.code, found) == (code, how)


@pytest.mark.parametrize("name", ["国家和地区数量", "经济总量超县数量", "公众生态环境满意率", "次数量", "方面数量"])
def test_no_match_for_what_no_concept_means(name):
    assert concepts.match(name) is None


def test_sdg_and_family_of_fixed_codes():
    by = concepts.by_code()
    assert by["urban-surveyed-unemployment-rate"].sdg == "8.5.2"
    assert by["forest-coverage"].sdg == "15.1.1"
    assert by["urban-disposable-income"].broader == "disposable-income"
    assert (by["gdp"].family, by["urban-new-jobs"].family) == ("money", "person")


@pytest.mark.parametrize("unit, value, base_value, base_unit, family", [
    ("万亿元", "1.2", "1200000000000", "元", "money"),
    ("亿元", "282", "28200000000", "元", "money"),
    ("万人", "1.35", "13500", "人", "person"),
    ("万千瓦", "50", "500000", "千瓦", "energy"),
    ("千瓦", "50", "50", "千瓦", "energy"),
    ("％", "5", "5", "%", "percent"),
    ("万元/亩", "1.5", "15000", "元/亩", "money"),
])
def test_base_value(unit, value, base_value, base_unit, family):
    v, u = figures.base(Decimal(value), unit)
    assert (v, u, figures.unit_family(unit)) == (Decimal(base_value), base_unit, family)


@pytest.mark.parametrize("snippet, part, kind", [
    ("地区生产总值增长5%左右。", "plan", "growth-rate"),
    ("常住人口城镇化率提高1.2个百分点。", "review", "pp-change"),
    ("新能源汽车产量增长5.1倍。", "review", "multiple"),
    ("森林覆盖率达到45.2%。", "review", "share"),
    ("城镇新增就业1.35万人。", "plan", "count"),
    ("压减地下水开采量21.5亿立方米。", "review", "change"),
    ("地区生产总值达到4.93万亿元。", "review", "level"),
])
def test_figure_kind_on_report_sentences(snippet, part, kind):
    q = extract(snippet, part, 2026)[0]
    assert figures.figure_kind(q.attrs.get("measure"), q.unit) == kind


def test_emitted_figure_reaches_its_concept():
    """Jiangsu-style wording: the GDP target reaches concept/gdp through skos:exactMatch and
    carries kind, normalised unit and base value."""
    text = "2026年主要预期目标是：全市生产总值增长5％左右，城镇新增就业1.35万人。"
    qs = extract(text, "plan", 2026)
    doc = Document(path="x.txt", text=text, encoding="utf-8", sha256="0" * 64,
                   metadata=Metadata(place="静海区", year=2026), report_id="test-2026")
    g = emit(doc, Outline(headings=[], sentences=[], body=Span(0, len(text))), Facts(quantities=qs))
    gdp, jobs = (next(g.subjects(PKG.indicator, i)) for i in
                 sorted(g.subjects(RDF.type, PKG.Indicator), key=lambda i: str(g.value(i, SKOS.exactMatch))))
    assert g.value(g.value(gdp, PKG.indicator), SKOS.exactMatch) == concepts.CONCEPT["gdp"]
    assert (g.value(gdp, PKG.figureKind), g.value(gdp, PKG.normalisedUnit)) == (Literal("growth-rate"), Literal("%"))
    assert g.value(g.value(jobs, PKG.indicator), SKOS.exactMatch) == concepts.CONCEPT["urban-new-jobs"]
    assert g.value(jobs, PKG.baseValue).toPython() == Decimal("13500")
    assert (g.value(jobs, PKG.baseUnit), g.value(jobs, PKG.figureKind)) == (Literal("人"), Literal("count"))
    assert (concepts.CONCEPT["gdp"], SKOS.notation, Literal("gdp")) in g


def test_coverage_counts_targets_reaching_a_concept():
    text = "全市生产总值增长5％左右，新建风雨馆8个。"
    doc = Document(path="x.txt", text=text, encoding="utf-8", sha256="0" * 64,
                   metadata=Metadata(place="静海区", year=2026), report_id="test-2026")
    g = emit(doc, Outline(headings=[], sentences=[], body=Span(0, len(text))),
             Facts(quantities=extract(text, "plan", 2026)))
    assert concepts.coverage(g) == {"Target→concept": 2, "Outcome→concept": 0}


def test_coverage_of_a_graph_is_that_of_its_triples_and_a_doubly_typed_node_is_scanned():
    """coverage() reads a Graph through its indexes: the same counts as the scan of its triples, and a
    node typed both Target and Outcome still counted by the scan (its last triple decides)."""
    text = "全市生产总值增长5％左右，城镇新增就业1.2万人。去年粮食产量达到50万吨。"
    doc = Document(path="x.txt", text=text, encoding="utf-8", sha256="0" * 64,
                   metadata=Metadata(place="静海区", year=2026), report_id="test-2026")
    g = emit(doc, Outline(headings=[], sentences=[], body=Span(0, len(text))),
             Facts(quantities=extract(text, "plan", 2026)))
    found = concepts.coverage(g)
    assert found == concepts.coverage(list(g)) and found["Target→concept"] >= 2
    node = next(g.subjects(RDF.type, PKG.Target))
    g.add((node, RDF.type, PKG.Outcome))
    assert concepts._graph_coverage(g) is None
    assert concepts.coverage(g) == concepts.coverage(list(g))
