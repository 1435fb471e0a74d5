"""A character sequence tagger of park names (a linear-chain CRF, python-crfsuite): BIO tags fitted on the
dev reports' gold parks. An experiment, outside the production path: ``scripts/loro_fast.py --crf`` injects
its ``Park:crf`` feature (and, ``--crf-spans``, its spans as candidates) into the decision
(``scripts/crf_feature.py``), ``--vote`` its vote on parks the decision rejected (``scripts/park_vote.py``);
measured on the dev reports neither paid its way, so no tagger ships (docs/checks/parks-crf-crf26.md).

Each character is described by general features only: itself and its neighbours (unigrams, bigrams), its
jieba token's tag and its place in that token (B/M/E/S), whether a park head of the lexicons
(``name_grammar.head_res``) ends or starts at it, whether it lies in a place surface of the report, and
whether a construction cue word (projects.yaml) or a park's inside cue (parks.yaml ``context_cues``) stands
right before or after its token. Only the sentences asked about are tagged, once each. The tagger is the
file POLICYKG_PARK_CRF names (``python -m policykg.extract.train_crf --out F``; loro_fast fits one per fold).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from .grammar import TokSentence, lexicon, parks_raw

LABELS = ("B", "I", "O")
CRF = "crf"      # the family of a candidate only the tagger proposes (``crf_spans``)
# training: L1 + L2 (crfsuite lbfgs), a fixed number of passes so that a fit does not depend on timing
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 50, "feature.minfreq": 2, "feature.possible_transitions": True}


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset, frozenset]:
    """(words before a name, words after it): construction cues (projects.yaml), a park's status and inside."""
    lex, cues = lexicon(), parks_raw().get("context_cues", {})
    return (frozenset((*lex.cons_before, *(cues.get("status") or ()))),
            frozenset((*lex.cons_after, *(cues.get("inside") or ()))))


def _head_marks(text: str) -> tuple[set, set]:
    from .name_grammar import head_res
    starts, ends = set(), set()
    for m in dict(head_res())["Park"].finditer(text):
        starts.add(m.start())
        ends.add(m.end() - 1)
    return starts, ends


def _place_marks(text: str, surfaces) -> list[str]:
    marks = ["-"] * len(text)
    rx = getattr(surfaces, "regex", None)
    if rx is None:
        return marks
    for m in rx.finditer(text):
        for i in range(m.start(), m.end()):
            marks[i] = "B" if i == m.start() else "I"
    return marks


def char_features(st: TokSentence, surfaces) -> list[list[str]]:
    """One list of feature strings per character of the sentence."""
    text = st.text
    n = len(text)
    pad = f"^^{text}$$"
    h_starts, h_ends = _head_marks(text)
    places = _place_marks(text, surfaces)
    before_cues, after_cues = _cues()
    out: list[list[str]] = [[] for _ in range(n)]
    toks = st.tokens
    for k, (a, b, word, flag) in enumerate(toks):
        prev_w = toks[k - 1][2] if k else ""
        next_w = toks[k + 1][2] if k + 1 < len(toks) else ""
        for i in range(a, b):
            pos = "S" if b - a == 1 else "B" if i == a else "E" if i == b - 1 else "M"
            c = i + 2
            f = out[i]
            f += [f"c={pad[c]}", f"c-1={pad[c - 1]}", f"c+1={pad[c + 1]}", f"c-2={pad[c - 2]}", f"c+2={pad[c + 2]}",
                  f"c-1c={pad[c - 1:c + 1]}", f"cc+1={pad[c:c + 2]}", f"t={flag[:2]}", f"tp={pos}",
                  f"tpt={pos}{flag[:1]}", f"pl={places[i]}", f"w={word}" if b - a <= 4 else "w=long"]
            if i in h_ends:
                f.append("head_end")
            if i in h_starts:
                f.append("head_start")
            if i == a and prev_w in before_cues:
                f.append("cue_before")
            if i == b - 1 and next_w in after_cues:
                f.append("cue_after")
    return out


def bio(text: str, names) -> list[str]:
    """The BIO labels of a sentence whose park names are ``names`` (every occurrence, longest first)."""
    labels = ["O"] * len(text)
    for name in sorted(set(names), key=lambda n: (-len(n), n)):     # ties by text: overlapping names label alike in every run
        start = text.find(name)
        while start >= 0 and name:
            if all(x == "O" for x in labels[start:start + len(name)]):
                labels[start:start + len(name)] = ["B"] + ["I"] * (len(name) - 1)
            start = text.find(name, start + len(name))
    return labels


def crfsuite(where: str = "the park tagger"):
    """The python-crfsuite module; a UsageError naming ``where`` when it is not installed (a ModuleNotFoundError
    traceback ended train_crf and loro_fast --crf after a minute of reading the reports)."""
    try:
        import pycrfsuite
    except ImportError:
        raise UsageError(f"{where}: python-crfsuite is not installed (pip install '.[crf]')") from None
    return pycrfsuite


def fit(sequences, out: str) -> None:
    """Fit the tagger on (features, labels) pairs and write it to ``out``."""
    pycrfsuite = crfsuite()
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in sequences:
        trainer.append(xs, ys)
    trainer.set_params(PARAMS)
    trainer.train(out)


@lru_cache(maxsize=1)
def tagger():
    """The tagger POLICYKG_PARK_CRF names (a fold's, ``train_crf``), or None: unset or ``none``. A file that
    variable names must be a tagger read by python-crfsuite (else a UsageError: without the package a named
    tagger was dropped silently, and the run measured main's decision as the tagger's). No tagger ships with
    the package: measured, it did not pay its way (docs/checks/parks-crf-crf26.md)."""
    choice = os.environ.get("POLICYKG_PARK_CRF", "")
    if choice in ("", "none"):
        return None
    where = f"POLICYKG_PARK_CRF={choice}"
    pycrfsuite = crfsuite(where)
    if not Path(choice).is_file():
        raise UsageError(f"{where}: cannot read the tagger (no such file)")
    t = pycrfsuite.Tagger()
    try:
        t.open(choice)
    except (ValueError, OSError) as exc:
        raise UsageError(f"{where}: not a tagger file written by train_crf ({exc})") from None
    return t


class Marginals:
    """P(B) and P(I) of each character of one sentence under the tagger, and its Viterbi park spans."""

    def __init__(self, st: TokSentence, surfaces, t):
        t.set(char_features(st, surfaces))
        n = len(st.text)
        self.b = [t.marginal("B", i) for i in range(n)]
        self.i = [t.marginal("I", i) for i in range(n)]
        self.path = t.tag()

    def span(self, a: int, b: int) -> float:
        """How likely [a, b) is one whole park name: the weakest of its start, its inside and its end."""
        if b <= a or b > len(self.b):
            return 0.0
        end = 1.0 - self.i[b] if b < len(self.i) else 1.0
        return min(self.b[a], end, *self.i[a + 1:b])

    def spans(self) -> list[tuple[int, int]]:
        """The park names of the best tag sequence (an I with no B before it starts one)."""
        out, start = [], None
        for k, y in enumerate([*self.path, "O"]):
            if start is not None and y != "I":
                out.append((start, k))
                start = None
            if y == "B" or (y == "I" and start is None):
                start = k
        return out


def marginals(st: TokSentence, surfaces) -> Marginals | None:
    """The sentence's marginals (computed once per sentence), or None without a tagger."""
    t = tagger()
    if t is None:
        return None
    m = st.__dict__.get("_crf")
    if m is None:
        m = st.__dict__["_crf"] = Marginals(st, surfaces, t)
    return m


def span_feature(st: TokSentence, a: int, b: int, surfaces) -> dict[str, float]:
    """The decision's ``Park:crf`` feature of a park candidate (nothing without a tagger)."""
    m = marginals(st, surfaces)
    return {} if m is None else {"Park:crf": round(m.span(a, b), 4)}


def crf_spans(st: TokSentence, surfaces) -> list[tuple[int, int]]:
    """The tagger's park names in a sentence with a park head (its training domain), as extra candidates
    (``loro_fast.py --crf --crf-spans``)."""
    if not _head_marks(st.text)[1]:
        return []
    m = marginals(st, surfaces)
    return [] if m is None else [(a, b) for a, b in m.spans() if b - a >= 3]
