"""YAML parsed with every mapping's keys unique (PyYAML keeps the last of two equal keys without a word)."""
from __future__ import annotations

from .errors import DataError

MERGE = "tag:yaml.org,2002:merge"


def parse_unique(text: str, source: str, pure: bool = False):
    """TEXT parsed by PyYAML's safe loader (its C parser when it has one, unless PURE); DataError naming SOURCE,
    the line and the key when a mapping holds one key twice (a merge key, ``<<``, may be overridden)."""
    import yaml
    base = yaml.SafeLoader if pure else getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Unique(base):
        def construct_mapping(self, node, deep=False):
            if isinstance(node, yaml.MappingNode):
                _unique_keys(self, node, source)
            return super().construct_mapping(node, deep=deep)

    return yaml.load(text, Loader=Unique)


def _unique_keys(loader, node, source: str) -> None:
    seen: dict = {}
    for key_node, _ in node.value:
        if key_node.tag == MERGE:
            continue
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            first = seen.get(key)
        except TypeError:      # an unhashable key: PyYAML's own construct_mapping names it
            continue
        if first is not None:
            raise DataError(f"{source}: line {line}: the key {str(key)[:80]!r} is given twice in one mapping "
                             f"(first on line {first}); the second would silently replace the first: keep one")
        seen[key] = line


def read_unique(path):
    """The YAML file at PATH (a gold annotation, the annotation manifest, a hand table) parsed by parse_unique:
    a key given twice is refused naming the file, the line and the key (yaml.safe_load kept the second). Its
    loader is yaml.safe_load's, so the values and the other errors are as they were (libyaml refuses a deep
    nesting with its own message, where the pure loader's RecursionError is named by the callers)."""
    from pathlib import Path
    return parse_unique(Path(path).read_text(encoding="utf-8"), str(path), pure=True)
