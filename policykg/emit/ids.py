"""Deterministic, readable IRIs (docs/contract.md).

Names become lowercase pinyin slugs (静海区 → jinghaiqu). Parks and local bodies are scoped by the
report's jurisdiction (开发区 or 教育厅 of two provinces are two nodes; a body of a unit above it, 自治区国资委 in a
Hailar report, by that unit: ``org_scope``); places, other organisations and indicators are global, so the same
name is one node in every report. Projects, like the outline, targets, outcomes and evidence, belong to the report
that states them: their status and year are that report's statement. Homophones with identical pinyin would
share a slug; long slugs are cut and suffixed with a hash of the full name.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from rdflib import URIRef

from ..org_scope import body_jurisdiction, local_body
from ..vocab import ID

_MAX = 64


@cache
def _pinyin():
    """pypinyin's lazy_pinyin (NORMAL, errors="default", v_to_u=False), from a prebuilt cache."""
    from .pinyin import lazy_pinyin
    return lazy_pinyin


@cache
def romanisations() -> dict[str, str]:
    """Curated official spellings (data/curation/romanization.yaml), longest first."""
    from ..resources import curation, yaml_file
    table = yaml_file(curation("romanization.yaml")) or {}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def romanise(name: str) -> list[str]:
    """Syllables of ``name``: curated spellings for known prefixes, pinyin for the rest."""
    for zh, latin in romanisations().items():
        if name.startswith(zh):
            return [latin] + _pinyin()(name[len(zh):])
    return _pinyin()(name)


@cache
def slug(name: str) -> str:
    name = unicodedata.normalize("NFKC", name)
    syllables = romanise(name)
    s = re.sub(r"[^a-z0-9]+", "-", "".join(syllables).lower().replace(" ", "").replace("ü", "v")).strip("-")
    if not s:
        s = "x"
    if len(s) > _MAX:
        s = s[:_MAX].rstrip("-") + "-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return s


def report_slug(place: str, year: int, parents=()) -> str:
    """<place>-<year>; a place whose name several divisions share (朝阳区 of Beijing and of Changchun) adds
    the code of the division the header's units resolve it to (chaoyangqu-110105-2023), so the two
    reports of one year are two reports. Decided from the name alone, not from the other reports of a
    build: a report's id is the same in every build and `add`."""
    from .. import divisions

    d = divisions.resolve_jurisdiction(place, list(parents)) if divisions.is_ambiguous(place) else None
    return f"{slug(place)}-{d.code}-{year}" if d else f"{slug(place)}-{year}"


def doc_slug(doc) -> str:
    """The slug of a read report: its --report-id, else report_slug of its header's place and year."""
    return doc.report_id or report_slug(doc.metadata.place, doc.metadata.year, doc.metadata.place_parents)


def report_iri(rslug: str) -> URIRef:
    return ID[f"report/{rslug}"]


def graph_iri(rslug: str) -> URIRef:
    return ID[f"graph/{rslug}"]


INFERRED_GRAPH = ID["graph/inferred"]


def scoped(rslug: str, kind: str, local: str) -> URIRef:
    """Nodes that belong to one report: outline, targets, outcomes, evidence."""
    return ID[f"report/{rslug}/{kind}/{local}"]


def place_iri(name: str, code: str | None = None) -> URIRef:
    """A place by its name; a division whose name several divisions share (朝阳区) adds its code
    (place/chaoyangqu-110105), so the Beijing and the Changchun district are two nodes."""
    return ID[f"place/{slug(name)}-{code}" if code else f"place/{slug(name)}"]


@cache
def _division_slugs() -> dict[str, int]:
    """slug → how many divisions' full names romanise to it (蓟州区, 冀州区 and 吉州区 are all jizhouqu)."""
    from .. import divisions
    counts: dict[str, int] = {}
    for d in divisions.divisions().values():
        counts[slug(d.name)] = counts.get(slug(d.name), 0) + 1
    return counts


def division_iri(d) -> URIRef:
    """A division's place node: its name, with its code when another division bears the name (朝阳区) or a
    name of the same romanisation (锦州市 and 晋州市, jinzhoushi): one node per division, never two in one."""
    from .. import divisions
    shared = divisions.is_ambiguous(d.name) or _division_slugs().get(slug(d.name), 0) > 1
    return place_iri(d.name, d.code if shared else None)


def entity_iri(kind: str, name: str, jurisdiction: str, above: tuple[str, ...] = ()) -> URIRef:
    """A shared node's IRI: parks and local bodies (教育厅, 省国资委) are scoped to their jurisdiction; a local body
    whose name opens with the level word of a unit above it (自治区国资委 in a Hailar report) to that unit among
    ``above``, the units above the jurisdiction, nearest first (``org_scope.body_jurisdiction``)."""
    if kind == "Park":
        return ID[f"park/{slug(jurisdiction)}/{slug(name)}"]
    if kind == "Organization" and jurisdiction and local_body(name):
        return ID[f"org/{slug(body_jurisdiction(name, jurisdiction, above))}/{slug(name)}"]
    return ID[f"{ {'Place': 'place', 'Organization': 'org', 'Indicator': 'indicator'}[kind] }/{slug(name)}"]
