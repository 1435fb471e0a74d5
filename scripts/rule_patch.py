"""A figure-name rule of ``name_rule_audit.RULES`` turned off while in use (``with Patch(rule):``), or wrapped to
record the reports where it fires, by a monkeypatch: a function to what its ``off`` code returns (every module
holding it by a from-import too), or a quantities.yaml value taken back; never by a code change. Split from
name_rule_audit.py; also used by names_strict.py, name_widen_probe.py and the names tests."""
from __future__ import annotations

import functools
import sys
from importlib import import_module

from policykg.errors import InputError

# what a rule turned off returns, by its off code (the codes are named beside name_rule_audit.RULES)
_OFF = {"first": lambda a, kw: a[0], "empty": lambda a, kw: "", "none": lambda a, kw: None,
        "false": lambda a, kw: False,       # a predicate answering no
        "noop": lambda a, kw: None, "action": lambda a, kw: a[0], "second": lambda a, kw: a[1], "base": lambda a, kw: (a[0], "")}
CURRENT = [""]   # the report being extracted, for the firing record


def _targets(target: str):
    """(module, attribute) pairs holding the function ``target`` (its own module and every from-import of it)."""
    import_module("policykg.extract.quantities")     # every from-import made before one is patched
    import_module("policykg.extract.scopes")
    mod, attr = target.rsplit(".", 1)
    fn = getattr(import_module("policykg.extract." + mod), attr)
    return [(m, attr) for name, m in list(sys.modules.items())
            if name.startswith("policykg") and getattr(m, attr, None) is fn]


def clear_caches() -> None:
    """Forget what the extract modules computed from a lexicon value (qwords, compiled patterns). Only their own
    functions: extract.figures imports resources.lexicon_data, whose cache holds the edited value, and clearing it
    read the file again, so after any build in the process a lexicon rule was never turned off."""
    for name, m in list(sys.modules.items()):
        if name.startswith("policykg.extract"):
            for v in vars(m).values():
                if callable(getattr(v, "cache_clear", None)) and getattr(v, "__module__", "").startswith(
                        "policykg.extract"):
                    v.cache_clear()


class Patch:
    """A rule turned off while in use (``with Patch(rule):``), or wrapped to record where it fires."""

    def __init__(self, rule, record: set | None = None):
        self.rule, self.record, self.saved = rule, record, []

    def __enter__(self):
        target, off = self.rule[3], self.rule[4]
        if off == "lex":
            self._lexicon(target, swap=True)
            return self
        for m, attr in _targets(target):
            fn = getattr(m, attr)
            self.saved.append((m, attr, fn))
            setattr(m, attr, self._wrapped(fn, off) if self.record is not None else
                    functools.wraps(fn)(lambda *a, _o=off, **kw: _OFF[_o](a, kw)))
        return self

    def __exit__(self, *exc):
        if self.rule[4] == "lex":
            self._lexicon(self.rule[3], swap=False)
        for m, attr, fn in self.saved:
            setattr(m, attr, fn)

    def _wrapped(self, fn, off):
        """``fn`` recording itself as fired when its result differs from the turned-off one."""
        def call(*a, **kw):
            figs = next((x for x in a if isinstance(x, list)), [])     # the pass's figures, wherever it takes them
            before = [(q.indicator, q.label) for q in figs] if off == "noop" else None
            result = fn(*a, **kw)
            after = [(q.indicator, q.label) for q in figs] if off == "noop" else None
            if (before != after) if off == "noop" else (result != _OFF[off](a, kw)):
                self.record.add(CURRENT[0])
            return result
        return call

    def _lexicon(self, target: str, swap: bool) -> None:
        """Edit a quantities.yaml value (a pattern: OLD replaced by NEW; a list or map: the word or key OLD left
        out), or put the saved one back."""
        from policykg.extract.qlexicon import lexicon
        key, change = target[4:].split(":", 1)
        mod, name = key.split(".")
        old, new = change.split("=>")
        table = lexicon("quantities")[mod]
        if swap:
            self.saved_value = value = table[name]
            gone = old.split(",")
            table[name] = (value.replace(old, new) if isinstance(value, str) else
                           {k: v for k, v in value.items() if k not in gone} if isinstance(value, dict) else
                           [w for w in value if w not in gone])
            if table[name] == value:
                raise InputError(f"{self.rule[0]}: {old!r} is not in quantities.yaml {key}; update RULES")
        else:
            table[name] = self.saved_value
        clear_caches()
