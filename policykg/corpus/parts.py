"""What `policykg add` needs of a built output besides graph.trig: each report's part of the shared graph.

The shared graph (emit/shared.py) is the union of what every report says of shared nodes (places, parks,
organisations, indicators), so it cannot be split back into the reports' parts. A build therefore writes
each part to ``shared/<slug>.nt`` (N-Triples, lines sorted, so the bytes depend only on the triples);
adding or replacing a report recomputes the union from these files and the new report's part. The
report's own triples are its named graph in graph.trig (minus the cross-report ``pkg:assessedBy`` links,
which add draws again).
"""
from __future__ import annotations

from pathlib import Path

PARTS_DIR = "shared"


def nt_text(triples) -> str:
    """Sorted N-Triples of rdflib triples (pyoxigraph's escaping)."""
    import pyoxigraph as ox

    from ..use.ox_terms import to_ox

    data = ox.serialize([ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples],
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    lines = sorted(ln for ln in data.split("\n") if ln)
    return "".join(ln + "\n" for ln in lines)


def write_parts(folder: Path, reports) -> None:
    """shared/<slug>.nt for every report (its descriptions of shared nodes as it wrote them, before another year's
    IRI joined a park of it: park_years.py, so that `add` joins again from what each report wrote)."""
    (folder / PARTS_DIR).mkdir(exist_ok=True)
    for r in reports:
        part = r.written_shared if getattr(r, "written_shared", None) is not None else r.shared
        (folder / PARTS_DIR / f"{r.slug}.nt").write_text(nt_text(part or ()), encoding="utf-8")


class TermCache:
    """pyoxigraph terms → rdflib terms, each distinct term converted once."""

    def __init__(self) -> None:
        self.seen: dict = {}

    def __call__(self, term):
        got = self.seen.get(term)
        if got is None:
            from ..use.ox_terms import to_rdflib
            got = self.seen[term] = to_rdflib(term)
        return got


def read_quads(path: Path, fmt: str, terms: TermCache, graphs=None, others: set | None = None):
    """(graph name or None, s, p, o) as rdflib terms of a TriG or N-Triples file, parsed by pyoxigraph;
    with graphs (a set of IRIs), only the quads of those named graphs (the names of the others are
    added to the set others, when given)."""
    import pyoxigraph as ox

    form = {"trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
    for q in ox.parse(path=str(path), format=form):
        g = q.graph_name
        name = None if isinstance(g, ox.DefaultGraph) else g.value
        if graphs is None or name in graphs:
            yield name, terms(q.subject), terms(q.predicate), terms(q.object)
        elif others is not None:
            others.add(name)


class TripleIndex:
    """The part of rdflib's Graph API that assess.keys reads (value, subjects, objects), over a set of
    triples; building it costs a tenth of adding them to a Graph."""

    def __init__(self, triples) -> None:
        self.out: dict = {}
        self.into: dict = {}
        for s, p, o in triples:
            self.out.setdefault((s, p), []).append(o)
            self.into.setdefault((p, o), []).append(s)

    def value(self, s, p):
        found = self.out.get((s, p))
        return min(found) if found else None

    def objects(self, s, p):
        return iter(self.out.get((s, p), ()))

    def subjects(self, p, o):
        return iter(self.into.get((p, o), ()))


def trig_bodies(path: Path) -> dict[str, str]:
    """{graph IRI: Turtle body} of a TriG serialise.trig_from_bodies wrote (bodies indented by four
    spaces between ``GRAPH <iri> {`` and ``}``), so that a body whose triples are unchanged is reused
    as it is instead of rendered again."""
    bodies: dict[str, str] = {}
    name, lines = None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if name is None:
                if line.startswith("GRAPH <") and line.endswith("> {"):
                    name, lines = line[7:-3], []
            elif line == "}":
                bodies[name] = "\n".join(lines) + "\n"
                name = None
            else:
                lines.append(line[4:])
    return bodies
