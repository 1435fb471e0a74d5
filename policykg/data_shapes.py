"""The shape each data YAML file must keep when a user edits it (data/shapes.json, written from the shipped
files by scripts/make_data_shapes.py): which keys a mapping must hold, what kind each value is (a mapping, a
list, a word, a number, a regular expression) and, for a pattern, the template fields it may use and whether
it may match the empty string or hold a repeat inside an unbounded repeat. A file that parses but breaks its
shape is a DataError naming the file, the key and the problem; the loaders' KeyError or TypeError was
"internal error" (exit 3), a catastrophic pattern a build that never ended.

Shapes: ``{"t": "map", "keys": {...}, "opt": [...]}`` (keys the code reads by name; those in opt may be
missing), ``{"t": "table", "k": kind, "v": shape}`` (keys that are data: place names, words),
``{"t": "list", "v": shape}``, ``{"t": "pattern", "fields": [...], "empty": bool, "nested": bool, "ambiguous": bool}``
(pattern_choices; a template also "filled": ambiguous once its fields are filled, ``ambiguous_filled``; a pattern
with named groups "groups": those an edited one must keep, since the code reads them from its match) and the
scalars ``word`` (any text), ``int``, ``num``, ``bool``, ``null``; ``{"t": "any"}`` accepts anything; a scalar or
pattern with ``"null": true`` may be empty. The file is ``{"format": FORMAT, "files": {file: shape}}``."""
from __future__ import annotations

import json
import re
import string
from functools import cache

from .errors import DataError
from . import pattern_choices, pattern_facts as _facts
from .pattern_choices import ambiguous, ambiguous_filled
from .pattern_facts import nested_repeat, pattern_facts  # noqa: F401 (make_data_shapes reads pattern_facts here)

FORMAT = 2      # 2: the file names its format, and a scalar may allow null (1: a bare mapping of files)
_SCALARS = ("word", "int", "num", "bool", "null")
_KINDS = ("map", "table", "list", "pattern", "any", *_SCALARS)
_NAMES = {dict: "a mapping", list: "a list", str: "a word", int: "a number", float: "a number",
          bool: "true/false", type(None): "nothing (an empty value)"}


def scalar_kind(v) -> str:
    """The kind of one value as shapes.json names it."""
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "num"
    if v is None:
        return "null"
    return "word"


@cache
def _shapes_text() -> str:
    from . import resources
    return (resources.root() / "data" / "shapes.json").read_text(encoding="utf-8", errors="replace")


@cache
def shapes() -> dict:
    """data/shapes.json's files: file (relative to data/) → shape."""
    from . import resources
    where = resources.root() / "data" / "shapes.json"
    try:
        found = json.loads(_shapes_text())
    except (ValueError, RecursionError) as err:   # not UTF-8, not JSON, nested past the parser
        found = err
    fmt = found.get("format") if isinstance(found, dict) else None
    if isinstance(found, dict) and fmt != FORMAT:   # another version's shapes refused the shipped files in their name
        said = "no format number" if fmt is None else f"format {json.dumps(fmt, ensure_ascii=False)[:20]}"
        raise DataError(f"{where}: shapes of another policykg ({said}; this one reads format {FORMAT}); "
                        f"run scripts/make_data_shapes.py again")
    files = found.get("files") if isinstance(found, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, dict) and _well_formed(v) for v in files.values()):
        raise DataError(f"{where}: not the file scripts/make_data_shapes.py writes"
                        f"{f' ({found})' if isinstance(found, ValueError) else ''}; run it again")
    return files


def _well_formed(shape) -> bool:
    """SHAPE is one check_file can read, and so is each shape inside it (a shapes.json of another version or
    edited by hand was a KeyError or TypeError in the check: exit 3)."""
    if shape is None:
        return True
    if not isinstance(shape, dict) or shape.get("t") not in _KINDS:
        return False
    t = shape["t"]
    if t == "map":
        keys, opt = shape.get("keys"), shape.get("opt", [])
        return isinstance(keys, dict) and isinstance(opt, list) and all(isinstance(k, str) for k in opt) \
            and all(isinstance(v, dict) and _well_formed(v) for v in keys.values())
    if t in ("table", "list"):
        return shape.get("k") in (None, *_SCALARS) and _well_formed(shape.get("v"))
    if t == "pattern":
        named = shape.get("fields", []), shape.get("groups", [])
        return all(isinstance(n, list) and all(isinstance(f, str) for f in n) for n in named)
    return True


@cache
def shapes_digest() -> str:
    """The SHA-256 of shapes.json, of this checker's code and of the Python it runs on (whose ``re`` compiles the
    patterns): a verdict cached under other shapes or by another check is not taken for this one."""
    import hashlib
    import sys
    from pathlib import Path
    digest = hashlib.sha256(_shapes_text().encode("utf-8"))
    for module in (__file__, pattern_choices.__file__, _facts.__file__):     # the check's code
        try:
            digest.update(Path(module).read_bytes())
        except OSError:     # no source to read (a frozen install): the text never matches a cached one
            digest.update(repr(id(shapes)).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def check_file(relative: str, source: str, data) -> None:
    """DataError naming SOURCE when DATA (the parsed file data/RELATIVE) breaks its recorded shape."""
    shape = shapes().get(relative)
    if shape is None:
        return
    if data is None and shape["t"] == "table":
        return   # a table of data (romanization.yaml) has no key that must be there: empty, it holds none
    if data is None:
        raise DataError(f"{source}: is empty; policykg reads {_kind_name(shape)} from it")
    problem = problem_of(data, shape, ())
    if problem:
        raise DataError(f"{source}: {problem}")


def _kind_name(shape: dict) -> str:
    return {"map": "a mapping", "table": "a mapping", "list": "a list", "pattern": "a regular expression",
            "word": "a word", "int": "a whole number", "num": "a number", "bool": "true or false",
            "null": "nothing"}.get(shape["t"], "a value")


def problem_of(value, shape: dict, path: tuple) -> str | None:
    """The first way VALUE breaks SHAPE, as ``key.key: what``; None when it keeps it."""
    t = shape["t"]
    where = ".".join(map(str, path)) or "the file"
    if t == "any" or (t == "num" and scalar_kind(value) == "int") or (value is None and shape.get("null")):
        return None
    wanted = {"map": dict, "table": dict, "list": list, "pattern": str, "word": str}.get(t)
    if (wanted and not isinstance(value, wanted)) or (not wanted and scalar_kind(value) != t):
        shown = f" ({str(value)[:40]!r})" if not isinstance(value, (dict, list, type(None))) else ""
        return f"{where}: {_NAMES.get(type(value), 'a value')}{shown} where {_kind_name(shape)} is read"
    if t == "pattern":
        return _pattern_problem(value, shape, where)
    if t == "map":
        return _map_problem(value, shape, path)
    if t == "table":
        return _table_problem(value, shape, path)
    if t == "list" and shape.get("v"):
        for i, item in enumerate(value):
            found = problem_of(item, shape["v"], (*path, i))
            if found:
                return found
    return None


def _map_problem(value: dict, shape: dict, path: tuple) -> str | None:
    optional = set(shape.get("opt", ()))
    for key, sub in shape["keys"].items():
        if key not in value:
            if key in optional:
                continue
            return f"{'.'.join(map(str, (*path, key)))}: the key is missing (policykg reads it)"
        found = problem_of(value[key], sub, (*path, key))
        if found:
            return found
    return None


def _table_problem(value: dict, shape: dict, path: tuple) -> str | None:
    for key, item in value.items():
        if shape.get("k") and scalar_kind(key) != shape["k"] and not (shape["k"] == "num" and isinstance(key, int)):
            return f"{'.'.join(map(str, (*path, key)))}: the key is {_NAMES.get(type(key), 'a value')}, " \
                   f"where {_kind_name({'t': shape['k']})} is read"
        found = problem_of(item, shape["v"], (*path, key)) if shape.get("v") else None
        if found:
            return found
    return None


def _template_problem(text: str, shape: dict, where: str) -> str | None:
    """The way TEXT breaks the template SHAPE: a field policykg does not fill, one given a conversion or a format
    (``{starts:>999999999}`` padded the filled pattern to gigabytes, ``{starts:{after}}`` was an internal error),
    or one that may match a text in several ways once filled (``ambiguous_filled``) where the shipped one cannot."""
    try:
        parts = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(text) if f is not None]
    except ValueError as err:
        return f"{where}: {text[:60]!r} is no pattern template ({err}; a literal brace is written twice)"
    unknown = sorted({f for f, _, _ in parts} - set(shape["fields"]))
    if unknown:
        return f"{where}: the pattern names {{{unknown[0]}}}, which policykg does not fill here " \
               f"(it fills {', '.join('{%s}' % f for f in shape['fields'])})"
    formatted = next((p for p in parts if p[1] or p[2]), None)
    if formatted:
        f, spec, conv = formatted
        return f"{where}: {text[:60]!r} formats the field {{{f}}} ({'!' + conv if conv else ''}" \
               f"{':' + spec if spec else ''}); policykg fills {{{f}}} as written"
    if not shape.get("filled") and ambiguous_filled(text, sorted(shape["fields"])):
        return f"{where}: {text[:60]!r} may match one text in several ways once its fields are filled with " \
               f"their words (as (?:{{words}}|ab)+ where the words hold a and b): a long run would take " \
               f"exponential time (pattern_choices)"
    return None


def _pattern_problem(text: str, shape: dict, where: str) -> str | None:
    if shape.get("fields"):   # a template: str.format fills it before it is compiled
        found = _template_problem(text, shape, where)
        if found:
            return found
    try:
        compiled = re.compile(text)
        nested = nested_repeat(text)
    except (re.error, RecursionError, OverflowError) as err:
        return f"{where}: {text[:60]!r} is not a valid regular expression ({err})"
    lacking = [g for g in shape.get("groups", ()) if g not in compiled.groupindex]
    if lacking:     # the rule reading m["n"] was "internal error: IndexError: no such group"
        return f"{where}: {text[:60]!r} has no group (?P<{lacking[0]}>…), which policykg reads from each match; " \
               f"keep the group"
    if nested and not shape.get("nested"):
        return f"{where}: {text[:60]!r} repeats a repeat (as (a+)+): a long run would take exponential time"
    if not shape.get("ambiguous") and ambiguous(text):
        return f"{where}: {text[:60]!r} may match one text in several ways under a repeat (as (a|aa)*): a long " \
               f"run would take exponential time (pattern_choices)"
    if not shape.get("empty") and compiled.search("") is not None:
        return f"{where}: {text[:60]!r} matches the empty string, which would match everywhere"
    return None
