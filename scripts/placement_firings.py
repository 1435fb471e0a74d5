"""Every firing of the placement pass's ties70 and ties71 rules on the dev reports and the probe entity texts (ties71).

    PYTHONPATH=.:scripts python scripts/placement_firings.py [--dev] [--probe]

A firing of the works-list rule is a project mention the rule places with ``works_lists`` and not without it
(``placement.rule_choice``: X…，A、B建成投产), of the production rule one the rule places only through
``placement._enters_production`` (X…，Y建成投产; ties71); a firing of the by-name rule is a tie of
``placement_names.name_ties`` (a park's name opens the work's). Each line: family, report, rule, what the gold says
of the pair (right: a gold tie; optional: an optional gold tie; not-gold), whether the other rules tie the pair
anyway (``also-context``), project → park, and the sentence around the project. Judging a firing by the guideline
is the reader's job: ``not-gold`` is only where to look. Never the test reports (it reads the dev split only).
"""
from __future__ import annotations

from probe_texts import probe_texts
from script_cli import parser, run
from policykg.evaluation import entity_annotation, manifest
from policykg.extract import extract, placement
from policykg.extract.placement import rule_choice
from policykg.extract.placement_features import mentions, sentence_finder
from policykg.extract.placement_names import name_ties
from policykg.read import for_matching, read_report
from policykg.scoring import gold_name, gold_placements
from policykg.structure import parse


def family(stem: str) -> str:
    """The report family: all hailaer years are one; any other report or probe text is its own."""
    return "hailaer" if stem.startswith("hailaer-") else stem


def _context_ties(entities, sentences, text: str, parks) -> set:
    """(id project, id park) the old rule ties, without the works-list shape."""
    out, sentence_at = set(), sentence_finder(sentences)
    for span, project in mentions(entities, "Project", text):
        st = sentence_at(span)
        park = rule_choice(span, st, parks, text, works_lists=False) if st is not None else None
        if park is not None:
            out.add((id(project), id(park)))
    return out


def _without_production(span, st, parks, text: str):
    """The rule's park without the production shape (placement._enters_production read as never)."""
    saved, placement._enters_production = placement._enters_production, lambda *_: False
    try:
        return rule_choice(span, st, parks, text)
    finally:
        placement._enters_production = saved


def firings(stem: str, info: dict) -> list[tuple]:
    """(rule, verdict, also-context, project label, park label, snippet) of one report."""
    doc = for_matching(read_report(str(info["path"])))
    outline = parse(doc)
    facts = extract(doc, outline)
    text, sents, ents = doc.text, outline.sentences, facts.entities
    items, parks_lookup, required, optional = gold_placements(entity_annotation(stem, info))
    parks = mentions(ents, "Park", text)
    old = _context_ties(ents, sents, text, parks)

    def verdict(project, park) -> str:
        pair = (gold_name(project, items), gold_name(park, parks_lookup))
        return "right" if pair in required else "optional" if pair in optional else "not-gold"

    out, sentence_at = [], sentence_finder(sents)
    for span, project in mentions(ents, "Project", text):
        st = sentence_at(span)
        park = rule_choice(span, st, parks, text) if st is not None else None
        if park is None or park is project:
            continue
        snippet = text[max(st.span.start, span.start - 60):span.end + 20].replace("\n", " ")
        for rule, without in (("works-list", rule_choice(span, st, parks, text, works_lists=False)),
                              ("production", _without_production(span, st, parks, text))):
            if park is not without:
                out.append((rule, verdict(project, park), "-", project.label, park.label, snippet))
    for project, park, sspan in name_ties(ents, sents):
        also = "also-context" if (id(project), id(park)) in old else "-"
        out.append(("by-name", verdict(project, park), also, project.label, park.label,
                    text[sspan.start:sspan.end][:80].replace("\n", " ")))
    return sorted(set(out))


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--dev", action="store_true", help="the dev reports only")
    ap.add_argument("--probe", action="store_true", help="the probe entity texts only")
    args = ap.parse_args(argv)
    reports = {}
    if not args.probe:
        reports.update({s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]})
    if not args.dev:
        reports.update(probe_texts("probe", "entities"))
    for stem, info in reports.items():
        for rule, verdict, also, project, park, snippet in firings(stem, info):
            print("\t".join((family(stem), stem, rule, verdict, also, f"{project} -> {park}", snippet)), flush=True)
    return 0


if __name__ == "__main__":
    run(main)
