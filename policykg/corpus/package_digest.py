"""The digest of what a build's extraction reads: every file of the policykg package (its code, word lists,
gazetteer, shapes and models; not ``__pycache__``), and the model files POLICYKG_ENTITY_MODEL and
POLICYKG_PLACEMENT_MODEL name instead of the shipped ones. A Python module counts by its code: its
docstrings, comments and blank lines do not (python_code), so a checkout that only reworded them still adds
to an older output; any other change to a module, and any change to a data or model file, refuses it.

A build writes it into void.ttl (``dcterms:provenance "policykg package sha256:…"``); `add` reuses the facts
an output holds only when it names this checkout's digest: ``dcterms:hasVersion`` said 0.2.0 across many
sessions of changed extraction, so an output of an older checkout was merged with the new reports' facts.
The same files give the same digest wherever they are (paths are taken relative to the package, a model
named by a variable by its content), so builds stay byte-identical.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
PREFIX = "policykg package sha256:"


@lru_cache(maxsize=1)
def package_digest() -> str:
    """SHA-256 (hex) over the package's files, each as its relative path and the SHA-256 of its content (of a
    module's code). The files' contents are hashed on each run; a module's code is read (~1 s for the
    package) only when they changed, kept in the parse cache under their hashes."""
    from ..errors import MODEL_ENV
    from ..parsed_cache import cached
    paths = sorted(_package_files(), key=lambda p: p.as_posix())
    listing = "".join(f"{p.as_posix()}\0{_file_sha(PACKAGE / p).hex()}\n" for p in paths)
    total = hashlib.sha256(bytes.fromhex(cached("package-code", "1", listing, lambda _: _files_digest(paths))))
    for name in MODEL_ENV:   # a model file named instead of the shipped one: its content
        choice = os.environ.get(name, "")
        if choice:
            named = Path(choice)
            what = _file_sha(named) if named.is_file() else choice.encode("utf-8", "surrogateescape")
            total.update(name.encode("ascii") + b"=" + what + b"\n")
    return total.hexdigest()


def _files_digest(paths) -> str:
    """SHA-256 (hex) over each file's relative path and its content's SHA-256, a module's code's."""
    total = hashlib.sha256()
    for path in paths:
        sha = _module_sha(PACKAGE / path) if path.suffix == ".py" else _file_sha(PACKAGE / path)
        total.update(path.as_posix().encode("utf-8") + b"\0" + sha + b"\n")
    return total.hexdigest()


def _module_sha(path: Path) -> bytes:
    """The SHA-256 of a module's code, kept in the parse cache under its text (one edited module is read alone)."""
    from ..parsed_cache import cached
    from .python_code import code_sha
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return hashlib.sha256(data).digest()
    return bytes.fromhex(cached("python-code", "1", text, lambda _: code_sha(data).hex()))


def _package_files():
    for folder, dirs, files in os.walk(PACKAGE):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if not name.endswith((".pyc", ".pyo")):
                yield (Path(folder) / name).relative_to(PACKAGE)


def _file_sha(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.digest()


def provenance() -> str:
    """The literal void.ttl records."""
    return PREFIX + package_digest()


def refuse_another_checkout(void: Path, out_dir: str) -> None:
    """Refuse (UsageError) an output whose void.ttl names another policykg version, another package digest or
    none: its reports' facts were extracted by other code, word lists or models than this checkout's, and
    add would keep them as they are beside the new reports' (the version, 0.2.0 for many sessions, did not
    tell)."""
    import re

    from .. import __version__
    from ..errors import UsageError
    from ..options import visible
    head = _void_head(void)
    m = re.search(rb'dcterms:hasVersion\s+"([^"\n]{0,40})"', head)
    written_by = visible(m.group(1).decode("utf-8", "replace")) if m else None
    if written_by is not None and written_by != __version__:  # its parts and rows may not mean what ours do
        raise UsageError(f"--out {out_dir}: written by policykg {written_by}, this is {__version__}; "
                         f"run policykg build again")
    m = re.search(rb'dcterms:provenance\s+"' + re.escape(PREFIX.encode()) + rb'([0-9a-f]{64})"', head)
    if m is None:
        raise UsageError(f"--out {out_dir}: its void.ttl records no policykg package digest (written before "
                         f"add checked one, or edited), so its facts may not be what this policykg extracts; "
                         f"run policykg build again")
    theirs = m.group(1).decode("ascii")
    if theirs != package_digest():
        raise UsageError(f"--out {out_dir}: built by another policykg checkout (package digest {theirs[:12]}…, "
                         f"this one's {package_digest()[:12]}…: other code, word lists or models), so its facts "
                         f"may differ from what this one extracts; run policykg build again")


def _void_head(void: Path) -> bytes:
    """The first 64 KB of void.ttl (the dataset's own lines), empty when it is no readable file."""
    if not void.is_file():                  # a FIFO there would block the open
        return b""
    try:
        with open(void, "rb") as fh:
            return fh.read(1 << 16)
    except OSError:
        return b""
