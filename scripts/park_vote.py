"""The park tagger's vote that only adds (an experiment of ``loro_fast.py --vote``; docs/checks/parks-crf-crf26.md).

The decision is fitted and applied exactly as on main. After it, in each sentence, the best boundary of a park
head the decision rejected (nothing kept ends there, nothing kept overlaps it) whose probability lies in the band
[threshold − BAND, threshold) is kept as well when the park tagger (``policykg.extract.park_crf``, fitted without
the held-out report's family) gives that exact span a probability ≥ P. Every park the decision keeps stays.
The vote is injected here, around ``entities.decide``: the production modules hold no hook for it.
"""
from __future__ import annotations

import atexit
import importlib
import json
import os
import tempfile

from policykg.extract.park_crf import crfsuite

# the vote's settings, the held-out report's tagger and the extraction modules the vote calls (imported by
# ``install``: a loro_fast --group child imports them anew over its edited lexicons, and installs again)
STATE: dict = {"tagger": None, "band": 0.0, "p": 1.01, "log": None, "report": "", "mod": {}}
LOG_BAND = 0.4           # rejected parks this close to the threshold are written to the log


def use_tagger(path: str | None) -> None:
    """The held-out report's family tagger (None: no vote)."""
    if path is None:
        STATE["tagger"] = None
        return
    t = crfsuite("the park vote").Tagger()
    t.open(path)
    STATE["tagger"] = t


def _rejected_heads(st, rule_parks, rule_projects, surfaces, counts, m) -> list[tuple[float, object]]:
    """(probability, candidate) of the best boundary of each park head in the sentence, as the decision scores it."""
    rule_spans = {(c.kind, c.a, c.b) for c in (*rule_parks, *rule_projects)}
    best: dict[int, tuple[float, int, object]] = {}
    decision = STATE["mod"]["decide"]
    for c in STATE["mod"]["name_grammar"].grammar_candidates(st, (*rule_parks, *rule_projects), surfaces):
        if c.kind != "Park":
            continue
        p = m.probability(decision.features(c, surfaces, rule_spans, counts))
        if c.b not in best or (p, -c.a) > best[c.b][:2]:
            best[c.b] = (p, -c.a, c)
    return [(p, c) for p, _, c in best.values()]


def voting(original):
    """``decide`` with the tagger's vote after it."""
    def decide(st, rule_parks, rule_projects, surfaces, counts, m):
        heads = _rejected_heads(st, rule_parks, rule_projects, surfaces, counts, m) if STATE["tagger"] else []
        parks, projects = original(st, rule_parks, rule_projects, surfaces, counts, m)
        t = m.thresholds["Park"]
        near = [(p, c) for p, c in heads if t - LOG_BAND <= p < t and not any(
            k.b == c.b or (k.a < c.b and c.a < k.b) for k in parks)]
        if not near:
            return parks, projects
        marg = STATE["mod"]["park_crf"].Marginals(st, surfaces, STATE["tagger"])
        added = []
        for p, c in sorted(near, key=lambda x: (x[1].a, x[1].b)):
            crf = marg.span(c.a, c.b)
            _log(c.name, p, t, crf)
            if p >= t - STATE["band"] and crf >= STATE["p"] and not any(k.a < c.b and c.a < k.b for k in added):
                added.append(STATE["mod"]["decide"].hand_on_kept(c))
        return sorted([*parks, *added], key=lambda c: (c.a, c.b)), projects
    return decide


def start_log() -> str:
    """A file of this run's own that the vote's lines are appended to (by forked children too), written to
    ``--vote-log`` whole by ``keep_log``: appending to the named file changed a file of the user's in place
    (or the file a link there named), and mixed in the lines of earlier runs."""
    fd, path = tempfile.mkstemp(prefix="park-vote-", suffix=".jsonl")
    os.close(fd)
    atexit.register(_remove, path, os.getpid())
    return path


def _remove(path: str, owner: int) -> None:
    if os.getpid() == owner:
        try:
            os.unlink(path)
        except OSError:
            pass


def keep_log(dest: str | None) -> None:
    """The lines of ``start_log``'s file written to dest (through script_cli.output: only a file policykg
    wrote, or a new name, is replaced)."""
    if dest and STATE["log"]:
        from script_cli import output
        with open(STATE["log"], encoding="utf-8") as fh, output(dest) as out:
            out.write(fh.read())


def _log(name: str, p: float, t: float, crf: float) -> None:
    if STATE["log"]:
        with open(STATE["log"], "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"report": STATE["report"], "name": name, "p": round(p, 4), "t": t,
                                 "crf": round(crf, 4)}, ensure_ascii=False) + "\n")


def install(band: float, p: float, log: str | None) -> None:
    """Wrap the pipeline's decision with the vote (once per import of the extraction modules)."""
    STATE.update(band=band, p=p, log=log)
    STATE["mod"] = {n: importlib.import_module(f"policykg.extract.{n}")
                    for n in ("decide", "entities", "name_grammar", "park_crf")}
    entities = STATE["mod"]["entities"]
    if not getattr(entities.decide, "voting", False):
        entities.decide = voting(entities.decide)
        entities.decide.voting = True


def family_taggers(dev: dict, folder: str, reuse: bool) -> dict:
    """stem → the park tagger fitted on every other family's dev reports (``train_crf.family_models``)."""
    from policykg.extract.park_crf import crfsuite
    from policykg.extract.train_crf import family_models, report_sequences
    crfsuite("the park vote")
    return family_models({s: report_sequences(s, i) for s, i in dev.items()}, folder, reuse)
