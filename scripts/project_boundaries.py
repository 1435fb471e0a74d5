"""Where project names start and end wrong, leave one report out (as ``loro_fast.py``), dev only.

For every held-out dev report (fold model fitted on the others): every kept project that matches no
gold name and overlaps a gold project's label or alt where the report writes it (``wrong``), and every
missed gold project whose exact span was a candidate but lost to another boundary of its head
(``lost`` when the winner reaches the threshold, ``lost-low`` when it does not). Each is classed by the
edge that differs and the words there (``edge_cause``), and by where it went wrong: ``generation``
(the gold span is no example: not generated, or dropped whatever its score) or ``decision`` (the gold
span was a candidate and lost).
Prints one tab-separated line per error and the counts per cause.
Usage: .venv/bin/python scripts/project_boundaries.py [--out FILE]
"""
from __future__ import annotations

import os
import re
import tempfile
from collections import Counter

from policykg.evaluation import entity_annotation, manifest
from policykg.extract import decide, extract
from policykg.extract.report_words import vocabulary
from policykg.extract.specificity import leaving_out
from policykg.extract.grammar import lexicon, lexicon_raw, pos_tags
from policykg.extract.name_grammar import head_res
from policykg.extract.train import FIXED, C, fit, report_examples, write_model
from policykg.read import for_matching, read_report
from policykg.scoring import names
from policykg.structure import parse
from script_cli import run, write_report

_PHASE = re.compile(r"[一二三四五六七八九十\d]+期")
_WORKS = ("项目", "工程")


def _spans(text: str, name: str):
    s = text.find(name)
    while s >= 0:
        yield s, s + len(name)
        s = text.find(name, s + 1)


def _left_cause(extra: str, pred_longer: bool) -> str:
    """Why the left edges differ, from the characters one name has there and the other lacks."""
    if any(q in extra for q in "“”《》（）()"):
        return "left:quote/bracket"
    if not pred_longer:
        if "至" in extra or "—" in extra or "-" in extra:
            return "left:route/pair prefix lost"
        if extra[-1:] in "、和与及":
            return "left:list head shared"
        return "left:place/owner prefix lost"
    tags = pos_tags(extra)
    lex = lexicon()
    if any(extra.endswith(w) or extra.startswith(w) for w in (*lex.cons_before, *lex.stop_words)) \
            or (tags and tags[0][1].startswith("v")):
        return "left:verb/cue swallowed"
    if dict(head_res())["Project"].search(extra[1:]):
        return "left:descriptor or item with its own head swallowed"
    if extra[-1:] in "、和与及" or any(w in extra for w in "、和与及"):
        return "left:second item swallowed"
    return "left:modifier swallowed"


def _right_cause(extra: str, pred_longer: bool) -> str:
    """Why the right edges differ."""
    if _PHASE.search(extra):
        return "right:phase"
    if any(q in extra for q in "“”《》（）()"):
        return "right:quote/bracket"
    if extra in (*_WORKS, "改扩建", "建设", "改造"):
        return "right:项目/工程 suffix" + ("" if not pred_longer else " swallowed")
    if not pred_longer and dict(head_res())["Project"].search(extra):
        return "right:name runs on to a later head"
    cues = lexicon_raw().get("status_cues") or {}
    if any(w in extra for ws in cues.values() for w in ws) or extra in ("全线",):
        return "right:status word"
    tags = pos_tags(extra)
    if tags and tags[0][1].startswith("v"):
        return "right:verb"
    return "right:other" + (" (pred longer)" if pred_longer else " (pred shorter)")


def edge_cause(pred: tuple[int, int], gold: tuple[int, int], text: str) -> str:
    """The general cause of one wrong boundary (pred and gold spans in the same sentence)."""
    (pa, pb), (ga, gb) = pred, gold
    causes = []
    if pa != ga:
        causes.append(_left_cause(text[min(pa, ga):max(pa, ga)], pa < ga))
    if pb != gb:
        causes.append(_right_cause(text[min(pb, gb):max(pb, gb)], pb > gb))
    return " + ".join(causes) or "same span"


def _fold_probs(by_report: dict, held: str, path: str):
    train = [r for s, rs in by_report.items() if s != held for r in rs]
    vec, clf = fit(train, C)
    recs = [r for r in by_report[held] if r["name"][0] == "Project"]
    write_model(path, train, C, {}, FIXED)
    return recs, (clf.predict_proba(vec.transform([r["x"] for r in recs]))[:, 1] if recs else [])


def _gold_spans(gold: list[dict], text: str):
    """(label, a, b) for every place a required gold project's label or alt is written."""
    for g in gold:
        if not g.get("optional"):
            for n in names(g):
                for a, b in _spans(text, n):
                    yield g["label"], a, b


def _extracted(info: dict):
    """(document text, sentences, project entities) of a report read as an unseen one."""
    doc = for_matching(read_report(str(info["path"])))
    outline = parse(doc)
    with leaving_out(vocabulary(doc.text)):
        facts = extract(doc, outline)
    return doc.text, outline.sentences, [e for e in facts.entities if e.kind == "Project"]


def _best_per_head(recs, probs) -> tuple[dict, dict]:
    """(sentence, a, b) → (score, record) of every candidate, and (sentence, b) → the best start."""
    scored = {(r["head"][1], r["a"], r["head"][3]): (p, r) for r, p in zip(recs, probs)}
    best = {}
    for (i, a, b), (p, _) in scored.items():
        if (i, b) not in best or (p, -a) > best[(i, b)][:2]:
            best[(i, b)] = (p, -a, a)
    return scored, {k: (v[0], v[2]) for k, v in best.items()}


def _context(text: str, x: tuple[int, int], y: tuple[int, int]) -> str:
    return text[max(0, min(x[0], y[0]) - 8):max(x[1], y[1]) + 6].replace("\n", " ")


def report_errors(held: str, info: dict, recs, probs) -> list[tuple]:
    """(wrong | lost, generation | decision, cause, predicted, gold, gold span's score, winner's score,
    context) of one report: a kept project that matches no gold name and overlaps a gold project where
    the report writes it (wrong), a missed gold project a wrong one overlaps or whose exact span lost to
    another boundary of its head (lost)."""
    text, sentences, ents = _extracted(info)
    gold = entity_annotation(held, info).get("projects") or []
    every = {n for g in gold for n in names(g)}
    spans = list(_gold_spans(gold, text))
    found = {n for e in ents for n in {e.label, *e.alt_labels}}
    missed = {g["label"] for g in gold if not g.get("optional") and not names(g) & found}
    scored, best = _best_per_head(recs, probs)
    where = {}
    for i, s in enumerate(sentences):
        where.update({(s.span.start + a, s.span.start + b): (i, a, b) for (j, a, b) in scored if j == i})
    out, lost = [], set()
    for e in ents:
        if {e.label, *e.alt_labels} & every:
            continue
        near = [(abs(sp.start - ga) + abs(sp.end - gb), (sp.start, sp.end), (ga, gb), label)
                for sp in e.spans for label, ga, gb in spans if ga < sp.end and sp.start < gb]
        if not near:
            continue
        _, pred, g, label = min(near)
        p = scored.get(where.get(g), (-1.0,))[0]
        out.append(("wrong", "decision" if g in where else "generation", edge_cause(pred, g, text), e.label,
                    label, p, -1.0, _context(text, pred, g)))
        lost |= {label} & missed
    for label, ga, gb in spans:
        if label in missed and label not in lost and (ga, gb) in where:
            i, a, b = where[(ga, gb)]
            wp, wa = best[(i, b)]
            base = sentences[i].span.start
            if wa != a and text[base + wa:gb] not in every:
                out.append(("lost" if wp >= FIXED["Project"] else "lost-low", "decision", edge_cause((base + wa, gb), (ga, gb), text), text[base + wa:gb],
                            label, scored[(i, a, b)][0], wp, _context(text, (base + wa, gb), (ga, gb))))
                lost.add(label)
    return out


def main() -> int:
    return write_report(__doc__, "errors", write_errors)


def write_errors(out) -> None:
    """Each dev report's project boundary errors, then their counts by cause and by place, on out."""
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    by_report = {s: report_examples(s, i) for s, i in dev.items()}
    counts, where = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            path = os.path.join(tmp, f"{held}.json")
            recs, probs = _fold_probs(by_report, held, path)
            os.environ["POLICYKG_ENTITY_MODEL"] = path
            decide.model.cache_clear()
            for err in report_errors(held, info, recs, probs):
                counts[(err[0], err[2])] += 1
                where[(err[0], err[1])] += 1
                print(held, *err[:5], f"{err[5]:.2f}", f"{err[6]:.2f}", err[7], sep="\t", file=out, flush=True)
    print("\n".join(f"# {k[0]}\t{k[1]}\t{v}" for k, v in sorted(counts.items(), key=lambda x: -x[1])), file=out)
    print("\n".join(f"# {k[0]}\t{k[1]}\t{v}" for k, v in sorted(where.items())), file=out)


if __name__ == "__main__":
    run(main)
