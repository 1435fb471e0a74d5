"""The ontology's Turtle as graph.trig holds it (rdflib's longturtle of ``ontology/policykg.ttl``),
shipped pre-rendered: rendering it took ~0.07 s of every build (~4 % of the seed's).

``ontology/policykg.written.ttl`` is that rendering and ``policykg.written.sha256`` the SHA-256 of the
ontology text it was rendered from; a build uses the file only while the hash matches the ontology it
reads, and renders the ontology itself otherwise, so an edited ontology is never written stale.
``python -m policykg.corpus.ontology_text`` writes both files again (tests/test_ontology_text.py checks
that they are current).
"""
from __future__ import annotations

import hashlib
import sys
from functools import lru_cache

from .. import resources

WRITTEN = "policykg.written.ttl"
KEY = "policykg.written.sha256"


def source_key(text: str) -> str:
    """The key of a rendering: the SHA-256 of the ontology text it was rendered from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render(text: str) -> str:
    """The ontology text parsed and written by emit.serialise.turtle."""
    from rdflib import Graph

    from ..emit.serialise import turtle
    return turtle(Graph().parse(data=text, format="turtle"))


@lru_cache(maxsize=1)
def ontology_turtle() -> str:
    """The Turtle of the shipped ontology: the pre-rendered file when its key is this text's, else rendered."""
    text = resources.ontology().read_text(encoding="utf-8")
    try:
        if resources.ontology(KEY).read_bytes().decode("utf-8").strip() == source_key(text):
            return resources.ontology(WRITTEN).read_bytes().decode("utf-8")
    except OSError:
        pass
    return render(text)


def main() -> int:
    """Write ontology/policykg.written.ttl and its key from ontology/policykg.ttl."""
    import argparse

    from .safefile import write_atomic
    # no options: `--help` (or any typo) rewrote the package's files instead of saying so
    argparse.ArgumentParser(prog="python -m policykg.corpus.ontology_text", description=main.__doc__).parse_args()
    text = resources.ontology().read_text(encoding="utf-8")
    write_atomic(str(resources.ontology(WRITTEN)), render(text).encode("utf-8"), option="FILE")
    write_atomic(str(resources.ontology(KEY)), source_key(text) + "\n", option="FILE")
    print(f"{resources.ontology(WRITTEN)} written")
    return 0


if __name__ == "__main__":
    from ..errors import run_module
    sys.exit(run_module(main, "python -m policykg.corpus.ontology_text"))
