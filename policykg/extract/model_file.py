"""The file form of a learned decision (``make train`` writes it): weights, bias, one threshold per kind
(and, for a kind that has one, ``<kind>:sibling``: the lower threshold of a list member beside a kept name)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    thresholds: dict[str, float]     # kind (or <kind>:sibling) → the probability a candidate needs
    scores: dict[str, float] = field(default_factory=dict)   # cross-validation figures the file records

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))


def read_model(path: Path, where: str, kinds: tuple[str, ...]) -> Model:
    """A model file written by ``make train``, or a UsageError naming ``where`` and what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{where}: cannot read the model ({exc.strerror})") from None
    except ValueError as exc:  # not UTF-8, not JSON
        raise UsageError(f"{where}: not a model file written by make train ({exc})") from None
    except RecursionError:  # [[[…]]] past the recursion limit, for readers that skip errors.check_model_env
        raise UsageError(f"{where}: not a model file written by make train (JSON nested too deep to read)") from None
    return _checked(raw, where, kinds)


def _checked(raw, where: str, kinds: tuple[str, ...]) -> Model:
    """A Model from parsed JSON, or a UsageError naming what is missing or ill-typed."""
    def number(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    ok = isinstance(raw, dict) and number(raw.get("bias")) and isinstance(raw.get("weights"), dict) \
        and all(isinstance(k, str) and number(v) for k, v in raw["weights"].items()) \
        and isinstance(raw.get("threshold"), dict) and all(number(raw["threshold"].get(k)) for k in kinds)
    if not ok:
        raise UsageError(f"{where}: not a model file written by make train "
                         f"(needs numeric bias, weights and threshold for {' and '.join(kinds)})")
    scores = {k: raw[k] for k in ("cv_f1", "rule_f1") if number(raw.get(k))}
    return Model(raw["weights"], raw["bias"], raw["threshold"], scores)
