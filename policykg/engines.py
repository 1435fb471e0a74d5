"""The engine registry: (stage, name) → the function that runs that stage, like rdflib's plugin registry.

Two engines serve each stage — ``native`` (the default: policykg's own rule chainer and SHACL
interpreter) and ``reference`` (owlrl and pyshacl) — and give the same graphs and results. An engine
is registered by module path and attribute name and imported on first use, so the registry imports
no engine (and no engine imports the registry: no import circles).

    from policykg import engines
    infer = engines.get("reason", "native")      # infer(data, ontology) -> Graph
    check = engines.get("validate", "reference") # check(data, shapes=None) -> list[Result]

``default`` is accepted as another name of ``native`` (the name the CLI used before).
"""
from __future__ import annotations

from importlib import import_module

from .errors import UsageError

STAGES = ("reason", "validate")
DEFAULT = "native"
ALIASES = {"default": DEFAULT}

_REGISTRY: dict[tuple[str, str], tuple[str, str]] = {}
_LOADED: dict[tuple[str, str], object] = {}


def register(stage: str, name: str, module: str, attr: str) -> None:
    """Make ``engines.get(stage, name)`` return ``module.attr`` (imported when first asked for)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    _REGISTRY[(stage, name)] = (module, attr)
    _LOADED.pop((stage, name), None)


def unregister(stage: str, name: str) -> None:
    """Forget engine ``name`` of ``stage`` (a plug-in's or a test's)."""
    _REGISTRY.pop((stage, name), None)
    _LOADED.pop((stage, name), None)


def names(stage: str | None = None) -> list[str]:
    """The engine names registered for ``stage`` (for every stage when None), sorted."""
    return sorted({n for s, n in _REGISTRY if stage is None or s == stage})


def choices() -> list[str]:
    """What ``--engine`` accepts: every engine name and every alias."""
    return sorted(set(names()) | set(ALIASES))


def resolve(name: str | None) -> str:
    """The registered name ``name`` stands for (None → the default engine)."""
    return DEFAULT if name is None else ALIASES.get(name, name)


def get(stage: str, name: str | None = None):
    """The function of engine ``name`` for ``stage``; UsageError (exit 2) for a name not registered."""
    key = (stage, resolve(name))
    found = _LOADED.get(key)
    if found is None:
        where = _REGISTRY.get(key)
        if where is None:
            raise UsageError(f"unknown {stage} engine {name!r} (choose from {', '.join(choices())})")
        found = _LOADED[key] = getattr(import_module(where[0]), where[1])
    return found


register("reason", "native", "policykg.reason.native", "infer")
register("reason", "reference", "policykg.reason.reference", "infer")
register("validate", "native", "policykg.validate.native", "validate")
register("validate", "reference", "policykg.validate.reference", "validate")
