"""Finding and reading query files: a competency question shipped in policykg/queries/ (cq-NN-slug.rq,
by name or number) or any SPARQL file, read as UTF-8 or marked UTF-16 up to sparql_form's size limit."""
from __future__ import annotations

import os
import re
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import InputError, UsageError, empty_name, refuse_stdin_dash, special_file
from ..options import spaced, spaced_hint
from ..resources import queries
from .sparql_form import UTF16_BOMS, query_text


def query_path(name: str) -> Path | Traversable:
    """A file path, or the name of a competency question (with or without .rq, or just its number)."""
    if not name.strip():   # `policykg query "$Q"` with Q unset (or a space): it said ": no such query file"
        raise empty_name("the query name", "a query file or competency question name (cq-01)", UsageError)
    p = Path(name)
    if p.is_file():
        return p
    what = "a folder" if p.is_dir() else special_file(p)
    if what and (name.endswith(".rq") or os.sep in name):  # a bare cq name may match a folder here
        raise UsageError(f"{name}: is {what}, not a query file")
    stem = name[:-3] if name.endswith(".rq") else name
    shipped = queries() if re.fullmatch(r"[\w.-]+", stem) else []   # no shipped name holds a space or a slash
    matches = [q for q in shipped if q.name == f"{stem}.rq"] or [q for q in shipped if q.name.startswith(f"{stem}-")]
    if not matches and stem.isdigit():
        matches = [q for q in shipped if q.name.startswith(f"cq-{stem.zfill(2)}-")]
    if not matches:   # `query out` (a folder here) said "no such query file", as if nothing were there
        refuse_stdin_dash(name, "a query", UsageError)
        raise UsageError(f"{spaced(name)}: " + (f"is {what}, not a query file, and names no competency question"
                                                if what else "no such query file or competency question")
                         + (spaced_hint(name) or " (see policykg/queries/)"))
    if len(matches) > 1:   # `policykg query cq` ran cq-01, the first of the thirteen its name begins
        raise UsageError(f"{name}: names {len(matches)} competency questions ({', '.join(q.name for q in matches[:3])}, "
                         f"…); give one's number or full name")
    return matches[0]


def named_query(name: str) -> str:
    """Text of a query file or competency question (see query_path)."""
    from .sparql_form import MAX_BYTES

    path = query_path(name)
    try:
        with path.open("rb") as fh:  # read no more than a query may hold: a file of gigabytes took minutes
            raw = fh.read(MAX_BYTES + 4)
            # the limit is of the query's UTF-8: UTF-16 spends two bytes on an ASCII character (a query of
            # 200 KB saved by Notepad as "Unicode" is a file of 400 KB), so its file may be twice as large
            limit = 2 * MAX_BYTES + 2 if raw[:2] in UTF16_BOMS else MAX_BYTES + 3
            if limit > MAX_BYTES + 3 and len(raw) > MAX_BYTES + 3:
                raw += fh.read(MAX_BYTES)
            if len(raw) > limit:
                size = os.fstat(fh.fileno()).st_size if hasattr(fh, "fileno") else len(raw)
                utf16 = f" ({2 * MAX_BYTES // 1024} KB as UTF-16)" if limit > MAX_BYTES + 3 else ""
                raise UsageError(f"{name}: the query is {max(size, len(raw)) // 1024} KB; policykg runs queries "
                                 f"up to {MAX_BYTES // 1024} KB{utf16}")
        return query_text(raw)
    except (OSError, UnicodeDecodeError) as exc:
        why = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else exc.strerror or type(exc).__name__
        raise InputError(f"{name}: cannot read query ({why})") from None
    except ValueError as exc:
        raise InputError(f"{name}: cannot read query ({exc})") from None


def competency_questions() -> list[Traversable]:
    """The shipped competency questions (cq-NN-slug.rq), sorted by name."""
    return [q for q in queries() if q.name.startswith("cq-")]


def question_summaries() -> list[tuple[str, str]]:
    """(short name, summary) of every shipped competency question, for `policykg query --help`."""
    from .query_terms import query_info
    return [("-".join(q.name.split("-")[:2]), query_info(q.read_text(encoding="utf-8")).summary)
            for q in competency_questions()]
