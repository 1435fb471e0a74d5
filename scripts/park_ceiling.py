"""The park candidate ceiling of each dev report: for every gold park (not optional), is a candidate
with its exact name proposed before the decision, by the rule passes or by the grammar? A park no
candidate reaches cannot be kept by any model; the misses are printed with the sentence they are in.
Dev reports only (test reports are never read here).
``--rule-misses`` prints the parks no rule candidate reaches (NONE: nor any grammar candidate).
Usage: .venv/bin/python scripts/park_ceiling.py [--misses | --rule-misses]
"""
from __future__ import annotations

from policykg.evaluation import entity_annotation, manifest
from policykg.extract.candidates import park_candidates
from policykg.extract.project_rules import project_candidates
from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence
from policykg.extract.report_words import vocabulary
from policykg.extract.specificity import leaving_out
from policykg.extract.surfaces import place_surfaces
from policykg.read import for_matching, read_report
from policykg.scoring import names
from policykg.structure import parse
from script_cli import parser, run


def report_ceiling(stem: str, info: dict, rule_misses: bool = False) -> tuple[int, int, int, list[tuple[str, str]]]:
    """(gold parks, reached by a rule candidate, reached by any candidate, [(missed park, sentence)])."""
    gold = [g for g in entity_annotation(stem, info).get("parks") or [] if not g.get("optional")]
    doc = for_matching(read_report(str(info["path"])))
    sentences = parse(doc).sentences
    ctx = next((s.context for s in sentences if s.context), None)
    surfaces = place_surfaces(ctx)
    rule, grammar, where = set(), set(), {}
    with leaving_out(vocabulary(doc.text)):
        for s in sentences:
            st = TokSentence(s)
            parks, _ = park_candidates(st, surfaces)
            rule |= {c.name for c in parks}
            cands = grammar_candidates(st, (*parks, *project_candidates(st, surfaces)), surfaces)
            grammar |= {c.name for c in cands if c.kind == "Park"}
            for g in gold:
                for n in names(g):
                    where.setdefault(n, st.text) if n in st.text else None
    hit = lambda pool, g: any(n in pool for n in names(g))      # noqa: E731
    misses = [(("" if hit(grammar, g) else "NONE ") + g["label"], next((where[n] for n in names(g) if n in where), ""))
              for g in gold if not hit(rule if rule_misses else grammar, g)]
    return len(gold), sum(hit(rule, g) for g in gold), sum(hit(grammar, g) for g in gold), misses


def main() -> int:
    ap = parser(__doc__)
    shown = ap.add_mutually_exclusive_group()
    shown.add_argument("--misses", action="store_true", help="print the parks no candidate reaches")
    shown.add_argument("--rule-misses", action="store_true", help="print the parks no rule candidate reaches")
    args = ap.parse_args()
    tot = [0, 0, 0]
    for stem, info in sorted(manifest().items()):
        if info["split"] != "dev" or not info["entities"]:
            continue
        n, r, g, misses = report_ceiling(stem, info, args.rule_misses)
        tot = [tot[0] + n, tot[1] + r, tot[2] + g]
        print(f"{stem:18s} gold {n:3d} rule {r:3d} any {g:3d}")
        if args.misses or args.rule_misses:
            for label, sent in misses:
                print(f"    MISS {label}  ||  {sent[:160]}")
    print(f"ALL gold {tot[0]} rule {tot[1]} ({tot[1] / tot[0]:.3f}) any {tot[2]} ({tot[2] / tot[0]:.3f})")
    return 0


if __name__ == "__main__":
    run(main)
