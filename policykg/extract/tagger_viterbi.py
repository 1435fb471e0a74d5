"""The Viterbi search of ``jieba.posseg`` over its joint segmentation/tagging HMM (tagger.py's out-of-dictionary
runs of Han characters), bit-identical to jieba's: the same sums in the same order, ties to the larger state."""
from __future__ import annotations

from operator import itemgetter

from .tagger_cache import _Hmm

_MIN_FLOAT = -3.14e100
_MIN_INF = float("-inf")


def viterbi_run(obs: str, H: _Hmm) -> list[int]:
    """jieba.posseg.viterbi's best state path (state numbers), without its per-cell tuples.

    jieba compares ``(V[y0] + trans[y0].get(y, -inf) + emit, y0)`` over every previous state; a
    previous state without a transition to ``y`` scores -inf and never wins while one with a
    transition exists (states are only kept when some previous state leads to them), and ties go
    to the larger state, as with ``max`` over tuples (numbers follow the tuples' order). The sums
    are done in the same order, so the scores are bit-identical.
    """
    start_p, trans_p, all_states, char = H.start, H.trans, H.all_states, H.char
    cs, em = char(obs[0])
    V = {y: start_p[y] + em.get(y, _MIN_FLOAT) for y in cs}
    paths = [dict.fromkeys(V, -1)]
    for t in range(1, len(obs)):
        cs, em = char(obs[t])
        prev = [(x, V[x], trans_p[x]) for x in V if trans_p[x]]
        expect = set()
        for _, _, tr in prev:
            expect.update(tr)
        obs_states = set(cs) & expect
        if not obs_states:
            obs_states = expect if expect else all_states
        if len(obs_states) * len(prev) > sum(len(tr) for _, _, tr in prev):
            nv, path = _step_by_transitions(prev, obs_states, em)
        else:
            nv, path = _step_by_states(prev, obs_states, em)
        V = nv
        paths.append(path)
    _, state = max((V[y], y) for y in paths[-1])
    route = [0] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return route


def _step_by_states(prev: list, obs_states, em: dict) -> tuple[dict, dict]:
    """One Viterbi step, state by state: for each state y the best (score, larger state on a tie) over
    the previous states with a transition to y (few states: a known character)."""
    nv, path = {}, {}
    for y in obs_states:
        e = em.get(y, _MIN_FLOAT)
        best = bs = None
        for x, vx, tr in prev:
            p = tr.get(y)
            if p is None:
                continue
            sc = vx + p + e
            if best is None or sc > best or (sc == best and x > bs):
                best, bs = sc, x
        if best is None:
            best, bs = _MIN_INF, max(x for x, _, _ in prev)
        nv[y] = best
        path[y] = bs
    return nv, path


def _step_by_transitions(prev: list, obs_states, em: dict) -> tuple[dict, dict]:
    """The same step walking the transitions that exist instead of every pair of states: a character
    the model has no states for keeps nearly all 256, and pairs outnumber transitions about eightfold.
    The sums are the same; taking larger previous states first and keeping the first best score is the
    (score, larger state) comparison, so the result is too."""
    es = {y: em.get(y, _MIN_FLOAT) for y in obs_states}
    esget = es.get
    nv: dict = {}
    path: dict = {}
    nvget = nv.get
    for x, vx, tr in sorted(prev, key=itemgetter(0), reverse=True):
        for y, p in tr.items():
            e = esget(y)
            if e is None:
                continue
            sc = vx + p + e
            b = nvget(y)
            if b is None or sc > b:
                nv[y] = sc
                path[y] = x
    if len(nv) < len(es):
        top = max(x for x, _, _ in prev)
        for y in es.keys() - nv.keys():
            nv[y], path[y] = _MIN_INF, top
    return nv, path
