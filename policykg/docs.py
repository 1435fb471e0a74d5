"""The ontology's HTML documentation: `python -m policykg.docs DIR` writes DIR/index.html (`make docs`).

pyLODE (OntPub profile) renders it. pyLODE 3.4.1 cannot be imported from an installed wheel (its
version module reads a pyproject.toml that the wheel does not ship), hence the pin to 3.3.x in
pyproject.toml. pyLODE lists the members of a class union ("Goal or Task") through a set of HTML
objects, so their order may change from run to run; the page is generated and git-ignored. Should
pyLODE still be unusable, a plain page listing every class and property with its labels, comments,
domain and range is written instead, with a warning.
"""
from __future__ import annotations

import errno
import html
import logging
import os
import sys
from importlib.resources import as_file
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from . import resources


def _one_label(g: Graph) -> Graph:
    """pyLODE runs several rdfs:label values together ("Park园区"): give each term one label,
    "Park（园区）", English first. The ontology file itself is not changed."""
    out = Graph()
    for prefix, ns in g.namespaces():
        out.bind(prefix, ns)
    for t in g:
        if t[1] != RDFS.label:
            out.add(t)
    for s in set(g.subjects(RDFS.label)):
        labels = {(o.language or "").lower(): str(o) for o in g.objects(s, RDFS.label) if isinstance(o, Literal)}
        en = labels.get("en") or labels.get("")
        zh = next((v for k, v in sorted(labels.items()) if k.startswith("zh")), None)
        if en and zh and en != zh:
            out.add((s, RDFS.label, Literal(f"{en}（{zh}）", lang="en")))
        else:
            for o in g.objects(s, RDFS.label):
                out.add((s, RDFS.label, o))
    return out


class _RenderedOrder(set):
    """A set iterated in the order of its members' text. pyLODE gathers the classes of a union (a domain
    `Task or Project`) in a set of HTML elements, hashed by their address: the page came out in another
    order on each run (make docs never wrote the same bytes twice)."""

    def __iter__(self):
        return iter(sorted(super().__iter__(), key=str))


def _pylode(ontology: Path, dest: Path) -> None:
    import pylode.utils
    from pylode import OntPub

    pylode.utils.set = _RenderedOrder   # its one set(): the classes of a union or intersection

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
    # canonical blank-node ids (they are random on each parse, and pyLODE orders by them in places)
    graph = Graph()
    parsed = Graph().parse(ontology)
    for prefix, ns in parsed.namespaces():
        graph.bind(prefix, ns)
    for t in to_canonical_graph(parsed):
        graph.add(t)
    OntPub(_one_label(graph), sort_subjects=True).make_html(destination=dest,
                                                                              include_css=True)


def _labels(g: Graph, node, prop=RDFS.label) -> str:
    vals = sorted(g.objects(node, prop), key=lambda o: (getattr(o, "language", "") or "", str(o)))
    return " / ".join(f"{o}" + (f" ({o.language})" if isinstance(o, Literal) and o.language else "")
                      for o in vals)


def _name(g: Graph, node) -> str:
    if isinstance(node, URIRef):
        try:
            return g.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001
            return str(node)
    parts = [_name(g, m) for m in g.items(next(g.objects(node, OWL.unionOf), RDF.nil))]
    return " or ".join(parts) if parts else "(anonymous)"


def _plain(ontology: Path, dest: Path) -> None:
    """Minimal generator: one section per class and property (used only when pyLODE fails)."""
    g = Graph().parse(ontology)
    onto = next(iter(sorted(g.subjects(RDF.type, OWL.Ontology))), None)
    title = _labels(g, onto) if onto is not None else ontology.name
    out = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
           "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}dt{font-weight:bold}"
           "section{border-top:1px solid #ccc;padding:.5em 0}</style></head><body>",
           f"<h1>{html.escape(title)}</h1>"]
    if onto is not None:
        out.append(f"<p><code>{html.escape(str(onto))}</code></p>")
        for p in (RDFS.comment, SKOS.definition):
            for c in sorted(str(o) for o in g.objects(onto, p)):
                out.append(f"<p>{html.escape(c)}</p>")
    groups = [("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty),
              ("Datatype properties", OWL.DatatypeProperty), ("Annotation properties", OWL.AnnotationProperty)]
    for heading, kind in groups:
        items = sorted(s for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef))
        if not items:
            continue
        out.append(f"<h2>{heading}</h2>")
        for s in items:
            local = str(s).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            out.append(f"<section id=\"{html.escape(local)}\"><h3>{html.escape(local)}</h3><dl>")
            out.append(f"<dt>IRI</dt><dd><code>{html.escape(str(s))}</code></dd>")
            rows = [("Label", _labels(g, s)), ("Definition", _labels(g, s, SKOS.definition)),
                    ("Comment", _labels(g, s, RDFS.comment)),
                    ("Subclass of", ", ".join(_name(g, o) for o in sorted(g.objects(s, RDFS.subClassOf), key=str))),
                    ("Sub-property of", ", ".join(_name(g, o) for o in sorted(g.objects(s, RDFS.subPropertyOf), key=str))),
                    ("Domain", ", ".join(_name(g, o) for o in g.objects(s, RDFS.domain))),
                    ("Range", ", ".join(_name(g, o) for o in g.objects(s, RDFS.range)))]
            for k, v in rows:
                if v:
                    out.append(f"<dt>{k}</dt><dd>{html.escape(v)}</dd>")
            out.append("</dl></section>")
    out.append("</body></html>\n")
    dest.write_text("\n".join(out), encoding="utf-8")


OURS = "https://w3id.org/policykg/ontology"   # every page written here names the ontology's IRI
_DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)   # the disk's fault, not pyLODE's: no plain page either


def write_docs(out_dir: str | os.PathLike, ontology: str | os.PathLike | None = None) -> Path:
    """out_dir/index.html documenting ontology (default: the shipped ontology/policykg.ttl), written
    through a temporary file beside it; an index.html there that this module did not write is kept."""
    if ontology is None:
        with as_file(resources.ontology()) as shipped:
            return write_docs(out_dir, shipped)
    out = Path(out_dir)
    dest = out / "index.html"
    _check_out(out, dest, os.fspath(out_dir))
    try:
        _render_and_write(Path(ontology), out, dest)
    except OSError as exc:   # a full disk or a file size limit where the page is rendered: it said only that
        from .errors import UsageError
        raise UsageError(f"OUT_DIR {out}: cannot write index.html ({exc.strerror or exc}); nothing "
                         f"replaced") from None
    return dest


def _render_and_write(ontology: Path, out: Path, dest: Path) -> None:
    import tempfile

    from .corpus.made_folders import make_parents, remove_made
    from .corpus.safefile import write_atomic
    with tempfile.TemporaryDirectory() as work:  # rendered aside, then put in place whole
        page = Path(work, "index.html")
        try:
            _pylode(ontology, page)
        except Exception as exc:  # noqa: BLE001 — any pyLODE failure falls back to the plain page
            if isinstance(exc, OSError) and exc.errno in _DISK_FULL:  # the disk, not pyLODE: the plain page
                raise                                                   # fails too ("pyLODE failed" then the error)
            print(f"warning: pyLODE failed ({type(exc).__name__}: {exc}); writing a plain page instead",
                  file=sys.stderr)
            _plain(ontology, page)
        made = make_parents(out)
        try:
            write_atomic(str(dest), page.read_bytes(), "OUT_DIR")
        except BaseException:   # a full disk under OUT_DIR alone left the folders made for the page (hostile66)
            remove_made(made)
            raise


def _check_out(out: Path, dest: Path, given: str) -> None:
    """A UsageError unless out is a folder (or a new name) whose index.html is missing, empty or one of ours
    as written (the ledger of written files): a user's folder lost its own index.html (a web site's), a
    page of ours the user edited lost the edits, a file or an empty name ended in a traceback or wrote
    ./index.html, '-' a folder named so, the root folder (a link to /) /index.html."""
    from .corpus import written
    from .corpus.safefile import check_target
    from .errors import UsageError
    from .out_paths import check_out_path, no_file_above

    check_out_path(given, "OUT_DIR")   # as given: Path("./-") reads "-"
    if os.path.dirname(os.path.realpath(out)) == os.path.realpath(out):   # as build --out / is refused
        raise UsageError(f"OUT_DIR {out}: is the root folder; give a folder of its own")
    no_file_above(str(dest), "OUT_DIR")
    if os.path.lexists(dest) and check_target(str(dest), "OUT_DIR") is not None and dest.stat().st_size \
            and not written.wrote(str(dest)):   # the ledger, not the IRI: a page of ours the user edited was lost
        with open(dest, "rb") as fh:
            head = fh.read(1 << 20)
        if OURS.encode() not in head:
            raise UsageError(f"OUT_DIR {out}: holds an index.html that python -m policykg.docs did not write; "
                             f"not replacing it (give another folder)")
        if why := written.ledger_problem():   # a page of ours, yet the ledger cannot say whether it was edited
            raise UsageError(f"OUT_DIR {out}: its index.html {why}; not replacing it")
        raise UsageError(f"OUT_DIR {out}: holds an index.html changed since python -m policykg.docs wrote it (or "
                         f"written before policykg kept a record of its files); not replacing it (remove it, or "
                         f"give another folder)")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2) or args[0] in ("-h", "--help"):
        print("usage: python -m policykg.docs OUT_DIR [ONTOLOGY.ttl]", file=sys.stderr)
        return 0 if args[:1] in (["-h"], ["--help"]) else 2
    from .errors import run_module
    return run_module(lambda: _write_and_say(args), "policykg.docs")


def _write_and_say(args: list[str]) -> int:
    """The pages written, after the checks of the arguments (each refusal one line from run_module, named
    policykg.docs and its names escaped: a missing ONTOLOGY was 'policykg: …', its ESC printed raw)."""
    from .errors import UsageError
    from .out_paths import no_empty_name
    dashed = next((a for a in args if a.startswith("-") and a != "-"), None)
    if dashed is not None:  # `--out docs` wrote a folder named --out (the options are none but --help)
        raise UsageError(f"{dashed}: no such option (it takes OUT_DIR [ONTOLOGY.ttl]); ./{dashed} names a "
                         f"path so named")
    no_empty_name(args[0], "OUT_DIR")   # an unset variable: Path('') is the current folder
    ontology = args[1] if len(args) == 2 else None
    if ontology is not None:   # read as `validate` reads a graph: a file of no RDF ended in a traceback
        from .use.loading import load_dataset
        if not any(load_dataset([ontology]).quads((None, RDF.type, OWL.Ontology, None))):
            raise UsageError(f"{ontology}: declares no owl:Ontology, so there is no ontology to document; "
                             f"give an ontology file, or none for policykg's")   # a page of nothing was written
    print(f"wrote {write_docs(args[0], ontology)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
