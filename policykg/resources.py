"""The files the code reads, shipped inside the package and read through importlib.resources, so a
source checkout and an installed wheel read the same files:

* ``ontology/``  policykg.ttl (the ontology) and indicators.ttl (the canonical indicator scheme)
* ``shapes/``    policykg.ttl (the SHACL shapes)
* ``queries/``   cq-NN-slug.rq (competency questions) and checks/*-violation.rq (ontology checks)
* ``data/``      lexicons/, gazetteer/, concepts/, curation/ and models/ (the fitted entity decision)

Each function returns an ``importlib.resources.abc.Traversable``; read it with ``read_text`` or
``read_bytes``. Report texts are not resources: a command is told which reports to read.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

PACKAGE = "policykg"


def root() -> Traversable:
    """The package folder that holds every resource."""
    return files(PACKAGE)


def ontology(name: str = "policykg.ttl") -> Traversable:
    """An ontology file: ``policykg.ttl`` or ``indicators.ttl``."""
    return root() / "ontology" / name


def shapes(name: str = "policykg.ttl") -> Traversable:
    """A SHACL shapes file."""
    return root() / "shapes" / name


def queries(folder: str = "") -> list[Traversable]:
    """The ``.rq`` files of ``queries/`` (or of its sub-folder ``checks``), sorted by name."""
    where = root() / "queries"
    if folder:
        where = where / folder
    return sorted((q for q in where.iterdir() if q.name.endswith(".rq") and q.is_file()),
                  key=lambda q: q.name)


def lexicon(name: str) -> Traversable:
    """``data/lexicons/<name>.yaml`` (units, parks, projects, heads, indicators, periods, comparators)."""
    return root() / "data" / "lexicons" / f"{name}.yaml"


def load_yaml(text: str, source: str = "a YAML text"):
    """YAML through PyYAML's C loader when it has one (the same data, ten times faster than the pure
    Python loader), its result cached by the text's hash (parsed_cache): PyYAML's import and parse were
    ~0.08 s of a one-report build. A key given twice in one mapping is an InputError naming SOURCE, the
    line and the key: PyYAML kept the second silently, so a rule or list written twice lost the first."""
    from .parsed_cache import cached
    # the key's tag: a parse cached before duplicates were refused is not taken for a checked one
    return cached("yaml", _pyyaml_version() + "+unique-keys", text, lambda t: _parse(t, source))


def _parse(text: str, source: str):
    """parse_unique, a YAML syntax error as a DataError naming SOURCE and the line: a lexicon edited by hand and
    broken was "internal error: ParserError" (exit 3)."""
    import yaml
    from .errors import DataError
    from .yaml_keys import parse_unique
    try:
        return parse_unique(text, source)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise DataError(f"{source}: not valid YAML ({where}{err.problem or err.context})") from None
    except yaml.YAMLError as err:
        raise DataError(f"{source}: not valid YAML ({str(err).splitlines()[0][:200]})") from None


@lru_cache(maxsize=1)
def _pyyaml_version() -> str:
    """PyYAML's version, read from its __init__.py without importing it (the import is what is saved)."""
    import re
    from importlib.machinery import PathFinder
    spec = PathFinder.find_spec("yaml")
    try:
        with open(spec.origin, encoding="utf-8") as fh:
            m = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", fh.read(), re.M)
        return m.group(1) if m else "?"
    except (AttributeError, OSError, TypeError):   # no spec or no file: ask the package itself
        import yaml
        return str(yaml.__version__)


@lru_cache(maxsize=None)
def lexicon_data(name: str):
    """``data/lexicons/<name>.yaml`` parsed once; shared, so callers only read it."""
    return yaml_file(lexicon(name))


def yaml_file(where: Traversable):
    """A data file's YAML (load_yaml), an error naming the file: every package YAML is read through here. A file
    under data/ must keep the shape data/shapes.json records for it (data_shapes), checked once per text."""
    try:
        text = where.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        from .errors import DataError
        raise DataError(f"{where}: not UTF-8 text (byte {err.start}); policykg's data files are UTF-8") from None
    data = load_yaml(text, str(where))
    relative = _data_name(where)
    if relative is not None:
        from . import data_shapes
        from .parsed_cache import cached
        # the verdict cached by the text's hash (compiling every pattern is ~0.7 s); a failure is never cached
        cached("shape", f"{relative}|{data_shapes.shapes_digest()}", text,
               lambda t: data_shapes.check_file(relative, str(where), data) or True)
    return data


def _data_name(where: Traversable) -> str | None:
    """WHERE's name under the package's data/ folder (lexicons/units.yaml), None for any other file."""
    folder, path = str(root() / "data").replace("\\", "/") + "/", str(where).replace("\\", "/")
    return path[len(folder):] if path.startswith(folder) else None


def tsv_rows(where: Traversable, columns: int, numbers: tuple[int, ...] = ()) -> list[list]:
    """A data TSV's rows (blank and ``#`` lines skipped), each of exactly COLUMNS fields, those at NUMBERS made
    ints: a DataError names the file, the line and what is wrong (a short row, a word where a count is, bytes that
    are not UTF-8 were "internal error")."""
    from .errors import DataError
    raw = where.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise DataError(f"{where}: line {line}: not UTF-8 text; policykg's data files are UTF-8") from None
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        row: list = line.split("\t")
        if len(row) != columns:
            raise DataError(f"{where}: line {n}: {len(row)} tab-separated fields where {columns} are read")
        for i in numbers:
            if not row[i].isascii() or not row[i].isdigit():
                raise DataError(f"{where}: line {n}: field {i + 1} is {row[i][:40]!r}, not a whole number")
            row[i] = int(row[i])
        rows.append(row)
    return rows


def gazetteer(name: str) -> Traversable:
    """A gazetteer file: ``places.yaml``, ``divisions.tsv`` or ``renames.tsv``."""
    return root() / "data" / "gazetteer" / name


def concepts(name: str = "indicators.yaml") -> Traversable:
    """The canonical indicator concepts (the YAML the SKOS scheme is compiled from)."""
    return root() / "data" / "concepts" / name


def curation(name: str) -> Traversable:
    """A curation file: ``aliases.yaml`` or ``romanization.yaml``."""
    return root() / "data" / "curation" / name


def model(name: str = "entity-decision.json") -> Traversable:
    """A fitted model file (the park/project decision ``make train`` writes)."""
    return root() / "data" / "models" / name
