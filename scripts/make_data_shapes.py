"""Write policykg/data/shapes.json: the shape of each shipped data YAML file (policykg/data_shapes.py), which an
edited file must keep. Run it after changing what a data file holds (a key added, a word list made a mapping).

A mapping whose keys are all lower-case identifiers is read by its keys (each must stay, but those the code reads
only with ``.get`` and a default, code_reads); any other is a table of data (place names, words), whose values share
one shape, as is a mapping the code looks into by a computed key. A list's items share one shape too."""
from __future__ import annotations

import ast
import json
import re
import sys
from functools import cache
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg import data_shapes  # noqa: E402
from policykg.yaml_keys import parse_unique  # noqa: E402

DATA = ROOT / "policykg" / "data"
IDENT = re.compile(r"[a-z_][a-z0-9_]*")
# Keys that every shipped mapping at a path holds but the code never requires (each path's last part a key, * for
# every key; a * before it stands for a table's or list's values): a province's zone lists are iterated (a zone
# added for a province may give any one rule: ``cbz`` is in every shipped province), an FTZ's areas read by .get
OPTIONAL = {"lexicons/park_gazetteer*.yaml": ("zones.*.*", "zones.*.ftz.areas")}
# Values that are prose, never compiled, though the shipped ones hold a regex mark and compile (a concept's
# definition, "… (GDP) | …": one with an unclosed bracket was refused as a bad regular expression)
WORDS = {"concepts/indicators.yaml": ("concepts.*.def",)}


def file_shape(relative: str, data) -> dict | None:
    """The shape recorded for the data file RELATIVE holding DATA: shape_of, with the OPTIONAL keys and those the
    code reads only by .get optional, a mapping it reads by computed keys a table, and the WORDS values words."""
    shape = shape_of(data)
    _as_read(shape, *code_reads())
    for table, leaf in ((OPTIONAL, _optional), (WORDS, _words)):
        for pattern, paths in table.items():
            for path in paths if fnmatch(relative, pattern) else ():
                _walk(shape, path.split("."), leaf)
    return shape


def _optional(shape: dict, keys: list[str]) -> None:
    shape["opt"] = sorted(set(shape.get("opt", ())) | set(keys))


def _words(shape: dict, keys: list[str]) -> None:
    for k in keys:
        shape["keys"][k] = {"t": "word"}


def _walk(shape: dict | None, path: list[str], leaf) -> None:
    """leaf(the mapping's shape, its keys named by PATH's last part) for each mapping PATH leads to."""
    if shape is None:
        return
    head, rest = path[0], path[1:]
    if shape["t"] in ("table", "list") and head == "*":
        _walk(shape.get("v"), rest, leaf)
    elif shape["t"] == "map":
        keys = [k for k in shape["keys"] if head in ("*", k)]
        if not rest and keys:
            leaf(shape, keys)
        for k in keys if rest else ():
            _walk(shape["keys"][k], rest, leaf)


def _as_read(shape: dict | None, by_get: frozenset, tables: frozenset) -> None:
    """Mark in SHAPE, in place, the keys read only by .get optional and turn the mappings read as tables into tables."""
    if shape is not None and shape["t"] in ("table", "list"):
        _as_read(shape.get("v"), by_get, tables)
    if shape is None or shape["t"] != "map":
        return
    for key, sub in shape["keys"].items():
        if key in tables and sub["t"] == "map":
            values = None
            for v in sub["keys"].values():
                values = merge(values, v)
            shape["keys"][key] = sub = {"t": "table", "k": "word", "v": values}
        _as_read(sub, by_get, tables)
    if by_get & set(shape["keys"]):
        _optional(shape, sorted(by_get & set(shape["keys"])))


@cache
def code_reads() -> tuple[frozenset, frozenset]:
    """(the words policykg's code names only as ``x.get(word, default)`` or ``x.get(word) or …``, those of them
    whose value it then reads by ``.get`` of a computed key): a data key read so may be missing, and its keys too.
    A word named any other way (x[word], in a tuple) may be read by key, and stays required."""
    uses, tables = {}, set()
    for path in sorted((ROOT / "policykg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                call, up = parents.get(node), parents.get(parents.get(node))
                defaulted = _is_get(call) and call.args[0] is node and (
                    len(call.args) > 1 or (isinstance(up, ast.BoolOp) and isinstance(up.op, ast.Or)))
                uses.setdefault(node.value, set()).add(defaulted)
                if defaulted and isinstance(up, ast.Attribute) and _is_get(parents.get(up)) \
                        and not isinstance(parents[up].args[0], ast.Constant):
                    tables.add(node.value)
    by_get = frozenset(k for k, how in uses.items() if how == {True})
    return by_get, frozenset(tables & by_get)


def _is_get(node) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
        and bool(node.args)


def shape_of(value) -> dict | None:
    """The shape VALUE shows (None for an empty list's items or table's values)."""
    if isinstance(value, dict):
        if value and all(isinstance(k, str) and IDENT.fullmatch(k) for k in value):
            return {"t": "map", "keys": {k: shape_of(v) or {"t": "any"} for k, v in value.items()}}
        keys = {data_shapes.scalar_kind(k) for k in value}
        return {"t": "table", "k": keys.pop() if len(keys) == 1 else None, "v": _merged(value.values())}
    if isinstance(value, list):
        return {"t": "list", "v": _merged(value)}
    if isinstance(value, str):
        return data_shapes.pattern_facts(value) or {"t": "word"}
    return {"t": data_shapes.scalar_kind(value)}


def _merged(values) -> dict | None:
    out = None
    for v in values:
        out = merge(out, shape_of(v))
    return out


def merge(a: dict | None, b: dict | None) -> dict | None:
    """One shape both A and B keep."""
    if a is None or b is None:
        return a or b
    out = _merge(a, b)
    nullable = a.get("null") or b.get("null")
    return {**out, "null": True} if nullable and out["t"] in _NULLABLE else out


_NULLABLE = ("word", "pattern", "int", "num", "bool")


def _merge(a: dict, b: dict) -> dict:
    ta, tb = a["t"], b["t"]
    if {ta, tb} <= {"word", "pattern"}:
        if ta == tb == "pattern":
            out = {"t": "pattern", "fields": sorted(set(a["fields"]) | set(b["fields"])),
                   "empty": a["empty"] or b["empty"], "nested": a["nested"] or b["nested"],
                   "ambiguous": a["ambiguous"] or b["ambiguous"]}
            groups = sorted(set(a.get("groups", ())) & set(b.get("groups", ())))   # those every pattern has
            out = {**out, "groups": groups} if groups else out
            filled = [s["filled"] for s in (a, b) if "filled" in s]
            return {**out, "filled": any(filled)} if filled else out
        pattern = a if ta == "pattern" else b   # a plain word is a pattern too, with no group
        return {k: v for k, v in pattern.items() if k != "groups"}
    if {ta, tb} == {"int", "num"}:
        return {"t": "num"}
    if "null" in (ta, tb) and ta != tb and {ta, tb} <= {"null", *_NULLABLE}:
        return {**(a if tb == "null" else b), "null": True}   # a word or nothing (units.yaml families: compute: null)
    if ta != tb or ta in ("any",):
        return {"t": "any"} if ta != tb else a
    if ta == "map":
        keys = {k: merge(a["keys"].get(k), b["keys"].get(k)) for k in {**a["keys"], **b["keys"]}}
        opt = set(a.get("opt", ())) | set(b.get("opt", ())) | (set(a["keys"]) ^ set(b["keys"]))
        return {"t": "map", "keys": dict(sorted(keys.items())), **({"opt": sorted(opt)} if opt else {})}
    if ta == "table":
        k = a["k"] if a["k"] == b["k"] else None
        return {"t": "table", "k": k, "v": merge(a["v"], b["v"])}
    if ta == "list":
        return {"t": "list", "v": merge(a["v"], b["v"])}
    return a


def main() -> int:
    from script_cli import output, parser
    parser(__doc__).parse_args()    # no options: --help or a typo wrote shapes.json
    out = {}
    for path in sorted(DATA.glob("*/*.yaml")):
        rel = path.relative_to(DATA).as_posix()
        out[rel] = file_shape(rel, parse_unique(path.read_text(encoding="utf-8"), rel))
    with output(str(DATA / "shapes.json"), only_ours=False) as fh:   # whole or not at all, as make_report_words
        fh.write(json.dumps({"format": data_shapes.FORMAT, "files": out}, ensure_ascii=False, sort_keys=True,
                            separators=(",", ":")) + "\n")
    print(f"{len(out)} files: {DATA / 'shapes.json'}")
    return 0


if __name__ == "__main__":
    from script_cli import run
    run(main)
