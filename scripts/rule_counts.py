"""Count the extractor's lexicon entries (data) and the Chinese literals left in its code.

    python scripts/rule_counts.py [ROOT]

Lexicon entries: every string leaf of the YAML files under ROOT/policykg/data/ (a list item or a
mapping value; mapping keys are not counted). Literals in code: every string constant holding a CJK
character in ROOT/policykg/**/*.py that is not a docstring, in all and per sub-package (extract,
structure, read … ; "top level" is policykg/*.py), so the rules' share of them can be cited. Issue #12
asks for these numbers before and after a change; ROOT defaults to this checkout, so an older commit is
counted from a worktree.
"""
import ast
import re
from pathlib import Path

from policykg.errors import InputError
from policykg.resources import load_yaml
from script_cli import parser, run

CJK = re.compile(r"[\u3400-\u9fff]")


def yaml_leaves(node) -> int:
    """String leaves of a loaded YAML document."""
    if isinstance(node, dict):
        return sum(yaml_leaves(v) for v in node.values())
    if isinstance(node, list):
        return sum(yaml_leaves(v) for v in node)
    return 1 if isinstance(node, str) else 0


def docstring_ids(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are module, class or function docstrings."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def cjk_literals(path: Path) -> int:
    """Non-docstring string constants with a CJK character in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstring_ids(tree)
    return sum(1 for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str)
               and id(n) not in skip and CJK.search(n.value))


def by_package(package: Path, modules: list[Path]) -> dict[str, int]:
    """CJK literals per sub-package of PACKAGE (modules right in it under "top level"), largest first."""
    counts: dict[str, int] = {}
    for p in modules:
        parts = p.relative_to(package).parts
        where = parts[0] if len(parts) > 1 else "top level"
        counts[where] = counts.get(where, 0) + cjk_literals(p)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parents[1],
                    help="a checkout of policykg (default: this one)")
    root = ap.parse_args().root
    if not (root / "policykg" / "data").is_dir():
        raise InputError(f"{root}: not a policykg checkout (no policykg/data/)")
    data = sorted((root / "policykg" / "data").rglob("*.yaml"))
    leaves = sum(yaml_leaves(load_yaml(p.read_text(encoding="utf-8"), str(p))) for p in data)
    code = sorted((root / "policykg").rglob("*.py"))
    per = by_package(root / "policykg", code)
    print(f"lexicon entries (YAML string leaves, {len(data)} files): {leaves}")
    print(f"CJK string literals in code ({len(code)} modules, docstrings excluded): {sum(per.values())}")
    for where, n in per.items():
        print(f"  {where}: {n}")
    return 0


if __name__ == "__main__":
    run(main)
