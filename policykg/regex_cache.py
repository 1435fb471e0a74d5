"""Compiled regular expressions kept across processes: a build process (the ``build`` verb and its workers)
builds each pattern it has compiled before from the code stored in the user cache, instead of running
``re``'s compiler again.

Why: the seed's build compiled ~970 patterns, ~0.27 s of its ~1.2 s of CPU, most of it in
``re._compiler._optimize_charset`` walking the CJK ranges (``[\\u4e00-\\u9fff]``) one character at a time;
building them from stored code takes ~0.02 s. A pattern made so is the very object ``re.compile`` makes
(``Pattern.__eq__`` compares the flags, the pattern text and the code), so no output changes.

``install`` wraps ``re._compiler.compile`` (what ``re``'s own cache calls on a miss) in this process; a
miss asked for by policykg's code is compiled by the same steps as that function, and its code kept for
``save``. The file is one marshal dict of (pattern, flags) → the marshalled (flags, code, groups,
groupindex, indexgroup), so that only the patterns a build uses are decoded (the 2,500 of the dev builds:
20 ms decoded whole, 5 ms as bytes). It is for one interpreter (its version and ``_sre.MAGIC`` are in the
key), read and written through ``parsed_cache`` (checked, trusted folders only, atomic). Interpreters
whose compiler this module does not know are left alone.
"""
from __future__ import annotations

import hashlib
import marshal
import re
import sys
from contextlib import contextmanager

FORMAT = 2
_KNOWN = {(3, 11), (3, 12), (3, 13)}   # re._compiler.compile is the sequence _entry repeats
_MAX_ENTRIES = 5000                     # past it, a saved file keeps only the patterns this process used
_state: dict = {"stored": None, "new": {}, "used": set(), "original": None}


@contextmanager
def kept(active: bool = True):
    """Patterns compiled in the block built from the cache (install, when active) and the new ones written
    back (save) when the block ends without an error: a build's process and its pool's workers."""
    if active:
        install()
    yield
    save()


def install() -> None:
    """Build this process's compiled patterns from the cache (once per process; nothing on an unknown
    interpreter)."""
    if _state["original"] is not None or sys.version_info[:2] not in _KNOWN:
        return
    from re import _compiler
    from .parsed_cache import load_named
    _state["stored"] = load_named(_file_name(), _key()) or {}
    _state["original"] = _compiler.compile
    _compiler.compile = _compile


def save() -> None:
    """Write the cache file when this process compiled patterns it did not hold (a no-op otherwise), with
    what another process (a worker, the parent) wrote there since this one read it."""
    new = _state["new"]
    if not new:
        return
    from .parsed_cache import load_named, store_named
    merged = {**(load_named(_file_name(), _key()) or {}), **_state["stored"], **new}
    if len(merged) > _MAX_ENTRIES:
        merged = {k: merged[k] for k in sorted(_state["used"] | set(new), key=repr)}
    store_named(_file_name(), _key(), merged)
    _state["stored"], _state["new"] = merged, {}


def _compile(pattern, flags=0):
    """re._compiler.compile, the code taken from the cache when it holds it."""
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _state["original"](pattern, flags)
    import _sre
    key = (pattern, int(flags))
    entry = _state["stored"].get(key) or _state["new"].get(key)
    if entry is None:
        if not _called_from_package():
            return _state["original"](pattern, flags)
        entry = _state["new"][key] = marshal.dumps(_entry(pattern, int(flags)))
    _state["used"].add(key)
    final_flags, code, groups, groupindex, indexgroup = marshal.loads(entry)
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def _called_from_package() -> bool:
    """Whether the code that asked re for the pattern is policykg's. Others' patterns are not kept: fnmatch's
    made from the --out folder's name, html5rdf's from a set in hash order, new at every run."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").startswith("policykg.")


def _entry(pattern, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile for pattern, as marshal can hold it (the
    compiler's opcodes are int subclasses)."""
    from re import _compiler, _parser
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _key() -> str:
    import _sre
    return f"regex|f{FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def _file_name() -> str:
    return f"policykg-regex-{hashlib.sha256(_key().encode('utf-8')).hexdigest()[:32]}.bin"
