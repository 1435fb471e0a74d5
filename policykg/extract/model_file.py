"""The file form of a learned decision (``make train`` writes it): its format and feature families
(``feature_set.py``), weights, bias, one threshold per kind (and, for a kind that has one, ``<kind>:sibling``: the
lower threshold of a list member beside a kept name)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from .feature_set import FORMAT, family


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    thresholds: dict[str, float]     # kind (or <kind>:sibling) → the probability a candidate needs
    scores: dict[str, float] = field(default_factory=dict)   # cross-validation figures the file records

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        # exp overflows past 709 (a bias of -1000 in an edited model was exit 3); 700 leaves every other z as it was
        return 1.0 / (1.0 + math.exp(min(-z, 700.0)))


def read_model(path: Path, where: str, kinds: tuple[str, ...], features: frozenset) -> Model:
    """A model file written by ``make train`` for this code's FEATURES (families), or a UsageError naming
    ``where`` and what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{where}: cannot read the model ({exc.strerror})") from None
    except ValueError as exc:  # not UTF-8, not JSON
        raise UsageError(f"{where}: not a model file written by make train ({exc})") from None
    except RecursionError:  # [[[…]]] past the recursion limit, for readers that skip errors.check_model_env
        raise UsageError(f"{where}: not a model file written by make train (JSON nested too deep to read)") from None
    model = _checked(raw, where, kinds)
    _same_features(raw, where, features)
    return model


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


def _same_features(raw: dict, where: str, features: frozenset) -> None:
    """A UsageError unless RAW is of this FORMAT and lists exactly FEATURES, and each weight is of one of them."""
    fmt = raw.get("format")
    if fmt != FORMAT:
        said = "no format number" if fmt is None else f"format {json.dumps(fmt, ensure_ascii=False)[:20]}"
        raise UsageError(f"{where}: a model file of another policykg ({said}; this one reads format {FORMAT}); "
                         f"run make train")
    listed = raw.get("features")
    if not isinstance(listed, list) or not all(isinstance(f, str) for f in listed):
        raise UsageError(f"{where}: not a model file written by make train (needs its list of features)")
    if set(listed) != features:
        lacks, extra = sorted(features - set(listed)), sorted(set(listed) - features)
        parts = ((lacks, "this policykg weighs are not in it"), (extra, "in it this policykg never makes"))
        said = "; ".join(f"{len(v)} {what}, as {v[0]}" for v, what in parts if v)
        raise UsageError(f"{where}: a model for another feature set ({said}); run make train")
    stray = next((k for k in sorted(raw["weights"]) if family(k) not in features), None)
    if stray is not None:
        raise UsageError(f"{where}: a weight for {stray[:60]}, a feature the file does not list; "
                         f"not a model file written by make train")
