"""Which jurisdiction an organisation's node belongs to (docs/contract.md): a local body, whose name names no
place of its own (教育厅, 省国资委, 城投公司), is one node per jurisdiction; any other body is one node everywhere.
Read by ``emit.ids`` (the IRI) and kept beside neither the extractors nor the emitter: it reads only the
organisation lists (``data/lexicons/org_gazetteer.yaml``) and the tagger."""
from __future__ import annotations

from . import resources


def local_body(name: str) -> bool:
    """A body whose name names no place of its own (教育厅, 省国资委, 区矛盾纠纷调处化解中心, 城投公司, 国资委): the same
    words in another jurisdiction are another body. A name of the national lists never is, nor one opening
    with a place's name (湖南省教育厅 is one body in every report that names it)."""
    raw = resources.lexicon_data("org_gazetteer")
    if name in raw["national_bodies"]:
        return False
    if name in raw["provincial_departments"] or name in raw["local_names"] or _generic_body(name, raw):
        return True
    if name.startswith(tuple(raw["local_openings"])):
        return not name.startswith(tuple(raw["local_not_openings"]))
    return name.endswith(tuple(raw["local_endings"])) and _first_tag(name) != "ns"


def _generic_body(name: str, raw: dict) -> bool:
    """A body every jurisdiction has by the same words, its place unwritten: a sector or function word and a body's
    head (``generic_body_words``, ``generic_body_heads``: 国资委, 公交公司, 能源集团, 城投公司)."""
    return any(name.startswith(w) and name[len(w):] in raw["generic_body_heads"] for w in raw["generic_body_words"])


def _first_tag(name: str) -> str:
    from .extract.tagger import pos      # the word segmenter every pass shares; loaded once, on first use
    return pos(name)[0][1]


def body_jurisdiction(name: str, jurisdiction: str, above: tuple[str, ...] = ()) -> str:
    """The jurisdiction a local body belongs to: the report's (``jurisdiction``), or, for a name opening with the
    level word of a unit above it (自治区国资委 or 市X in a Hailar report: ``local_openings``), the nearest unit of
    ``above`` (the report's units above it, nearest first) whose level word that is (内蒙古自治区, 呼伦贝尔市). A unit's
    level word is the longest opening its name ends with (内蒙古自治区: 自治区, not 区), or that one's bare form
    (``_is_level_of``: 州 of 延边朝鲜族自治州). When the report's record knows no such unit above it (no division, no
    parents; or 省X in an autonomous region's city), the body stays the report's: one node for every report of that
    jurisdiction, not merged with the unit above's."""
    not_openings = tuple(resources.lexicon_data("org_gazetteer")["local_not_openings"])
    word = "" if name.startswith(not_openings) else _level_word(name, str.startswith)    # 市场监管局 opens with no 市
    if not word or _is_level_of(jurisdiction, word):
        return jurisdiction
    return next((unit for unit in above if _is_level_of(unit, word)), jurisdiction)


def _is_level_of(unit: str, word: str) -> bool:
    """Is ``word`` the level word of ``unit``: the longest opening its name ends with, or that one's bare form
    (``level_bare_forms``: 延边朝鲜族自治州 is 自治州 and 州)."""
    level = _level_word(unit, str.endswith)
    return word in (level, resources.lexicon_data("org_gazetteer")["level_bare_forms"].get(level))


def _level_word(name: str, where) -> str:
    """The longest level word (``local_openings``) ``name`` opens or ends with (``where``), else ''."""
    words = sorted(resources.lexicon_data("org_gazetteer")["local_openings"], key=lambda w: (-len(w), w))
    return next((w for w in words if where(name, w)), "")
