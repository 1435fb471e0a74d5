"""Prototype (a monkeypatch; policykg is unchanged): the name rule with a shorter name that is its broad concept's own measure
treated as generic. Builds the four dev Hailar reports with and without it and prints changed assessments."""
import sys, csv, io
from rdflib.namespace import SKOS
import policykg.corpus.assess_names as an
from policykg.corpus.build import build, write_outputs
from policykg.use.table import asserted_store, rows

def thing(name):
    lex = an._lexicon()
    ending = max((m for m in lex["measures"] + ["里程"] if name.endswith(m)), key=len, default="")
    return an._without_acts(name[:len(name) - len(ending)])

orig = an.specific_label
def specific_label(g, ind):
    if not orig(g, ind):
        return False
    label = str(g.value(ind, an.RDFS.label) or "")
    broad = g.value(ind, SKOS.broadMatch)
    return broad is None or thing(label) not in {thing(str(l)) for l in g.objects(broad, SKOS.prefLabel)}

files = [f"data/corpus/hailaer/hailaer-{y}.txt" for y in (2013, 2014, 2017, 2018)]
def run(out):
    write_outputs(build(files), out)
    return {r["iri"]: r for r in rows(asserted_store([out + "/graph.trig"]), "assessments")[1]}
before = run("/tmp/verdicts46/proto-a")
an.specific_label = specific_label
after = run("/tmp/verdicts46/proto-b")
for k in sorted(before):
    a, b = before[k], after[k]
    if (a["verdict"], a["result_quote"]) != (b["verdict"], b["result_quote"]):
        print(a["report"], a["quote"], a["verdict"], a["result_quote"], "->", b["verdict"], b["result_quote"])
print("rows", len(before), len(after))
