"""The frame around a park candidate's name, as a decision input (``park_context.py``): the verb written right
before it, or before the list it ends a member of, says what the sentence does with the thing named. A place that
is supported or developed (支持X发展, 加快X建设, 推进A、B和X…) is run over years, as a park is; the verb classes of
``specificity.py`` read the nearest class word of the clause instead, and ``before=cjk`` only that some character
precedes. The verbs are ``frames`` of ``parks.yaml``."""
from __future__ import annotations

from functools import lru_cache

from .grammar import JOINERS, parks_raw

_STOPS = "，,；;：:。！？（）()“”"
_LIST_REACH = 40    # characters a list may run between its verb and the member described


@lru_cache(maxsize=1)
def _frames() -> tuple[tuple[str, str], ...]:
    """(verb, frame) pairs, longest verb first."""
    pairs = [(w, f) for f, ws in parks_raw()["frames"].items() for w in ws]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def frame_before(text: str, a: int) -> str | None:
    """The frame of the verb that ends right at ``a`` (the name's start), or None."""
    return next((f for w, f in _frames() if text.endswith(w, 0, a)), None)


def list_frame(text: str, a: int) -> str | None:
    """The frame of the verb that opens the list whose member starts at ``a`` (a joiner right before it), or None."""
    if a < 2 or text[a - 1] not in JOINERS:
        return None
    i = a - 1
    while i > 0 and a - i <= _LIST_REACH and text[i - 1] not in _STOPS:
        i -= 1
        frame = frame_before(text, i)
        if frame:       # the nearest verb back from the member: the one the list's members share
            return frame
    return None


def park_frame(text: str, a: int) -> dict[str, float]:
    """The feature of the frame before the park candidate starting at ``a``: ``Park:frame=<frame>``."""
    frame = frame_before(text, a) or list_frame(text, a)
    return {f"Park:frame={frame}": 1.0} if frame else {}
