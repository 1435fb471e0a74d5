"""parks56: every grammar candidate of the dev reports (dev split only) with its label, 8 characters before and
after it and its clause, as JSON lines: the input of the frame counts in parks-frames-parks56.md.
Run from the repository root: PYTHONPATH=. python docs/checks/parks-frames-parks56-count.py OUT.jsonl"""
import json, sys
from policykg.extract import train as T
from policykg.evaluation import entity_annotation
from policykg.scoring import names
from policykg.read import for_matching, read_report
from policykg.structure import parse
from policykg.extract.candidates import park_candidates
from policykg.extract.project_rules import project_candidates
from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence
from policykg.extract.surfaces import place_surfaces
dev = T.dev_reports([])
out = open(sys.argv[1], "w")
for stem, info in sorted(dev.items()):
    gold = entity_annotation(stem, info)
    req = {k: {n for g in gold.get(v) or [] if not g.get("optional") for n in names(g)} for k, v in T.KEYS.items()}
    opt = {k: {n for g in gold.get(v) or [] if g.get("optional") for n in names(g)} for k, v in T.KEYS.items()}
    doc = for_matching(read_report(str(info["path"])))
    sentences = parse(doc).sentences
    ctx = next((s.context for s in sentences if s.context), None)
    surfaces = place_surfaces(ctx)
    for i, s in enumerate(sentences):
        st = TokSentence(s)
        parks, _ = park_candidates(st, surfaces)
        rules = (*parks, *project_candidates(st, surfaces))
        for c in grammar_candidates(st, rules, surfaces):
            if c.name in opt[c.kind]:
                continue
            l, r = st.clause_bounds(c.a, c.b)
            out.write(json.dumps({"stem": stem, "i": i, "kind": c.kind, "name": c.name, "a": c.a, "b": c.b,
                "y": int(c.name in req[c.kind]), "general": bool(c.attrs.get("general")),
                "before": st.text[max(0, c.a - 8):c.a], "after": st.text[c.b:c.b + 8],
                "cl_before": st.text[l:c.a], "cl_after": st.text[c.b:r]}, ensure_ascii=False) + "\n")
    print(stem, file=sys.stderr)
