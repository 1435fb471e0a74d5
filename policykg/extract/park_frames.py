"""The frame around a park candidate's name, as a decision input (``park_context.py``): the verb written right
before it says what the sentence does with the thing named. A place that is supported or developed (支持X发展,
加快X建设, 推进X招商) is run over years, as a park is; the verb classes of ``specificity.py`` read the nearest
class word of the clause instead, and ``before=cjk`` only that some character precedes. The verbs are ``frames``
of ``parks.yaml``."""
from __future__ import annotations

from functools import lru_cache

from .grammar import parks_raw


@lru_cache(maxsize=1)
def _frames() -> tuple[tuple[str, str], ...]:
    """(verb, frame) pairs, longest verb first."""
    pairs = [(w, f) for f, ws in parks_raw()["frames"].items() for w in ws]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def frame_before(text: str, a: int) -> str | None:
    """The frame of the verb that ends right at ``a`` (the name's start), or None."""
    return next((f for w, f in _frames() if text.endswith(w, 0, a)), None)


def park_frame(text: str, a: int) -> dict[str, float]:
    """The feature of the frame before the park candidate starting at ``a``: ``Park:frame=<frame>``."""
    frame = frame_before(text, a)
    return {f"Park:frame={frame}": 1.0} if frame else {}
