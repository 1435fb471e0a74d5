"""List the modules over a number of lines and the functions over another (the project's ≲ 300 and ≲ 60).

    python scripts/code_sizes.py [ROOT] [--module-lines 300] [--function-lines 60] [--folders policykg scripts]

A module counts its physical lines; a function (or method) its lines from `def` (its decorators
included) to its last line, nested functions inside it. Largest first; ROOT defaults to this checkout,
so an older commit is measured from a worktree or an archive; the folders (of ROOT) default to the
package, scripts/ and benchmarks/ (tests/ on request).
"""
import ast
from pathlib import Path

from policykg.errors import InputError
from script_cli import count, parser, run


def functions(tree: ast.AST):
    """(qualified name, first line, lines) of every function and method, nested ones too."""
    def walk(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                if not isinstance(child, ast.ClassDef):
                    first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                    yield name, first, child.end_lineno - first + 1
                yield from walk(child, name + ".")
            else:
                yield from walk(child, prefix)
    yield from walk(tree, "")


def sizes(root: Path, folders: list[str], module_lines: int, function_lines: int):
    """(modules over module_lines as (lines, path), functions over function_lines as (lines, path:line name))."""
    big_modules, big_functions = [], []
    for path in sorted(p for folder in folders for p in (root / folder).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(root).as_posix()
        n = len(text.splitlines())
        if n > module_lines:
            big_modules.append((n, rel))
        for name, first, lines in functions(ast.parse(text)):
            if lines > function_lines:
                big_functions.append((lines, f"{rel}:{first} {name}"))
    return (sorted(big_modules, key=lambda t: (-t[0], t[1])), sorted(big_functions, key=lambda t: (-t[0], t[1])))


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parents[1],
                    help="a checkout of policykg (default: this one)")
    ap.add_argument("--module-lines", type=count, default=300, help="list modules longer than this")
    ap.add_argument("--function-lines", type=count, default=60, help="list functions longer than this")
    ap.add_argument("--folders", nargs="+", default=["policykg", "scripts", "benchmarks"],
                    help="folders of ROOT to measure (default: policykg scripts benchmarks)")
    args = ap.parse_args()
    missing = [f for f in args.folders if not (args.root / f).is_dir()]
    if missing:
        raise InputError(f"{args.root}: no folder {missing[0]}/ (not a policykg checkout?)")
    modules, funcs = sizes(args.root, args.folders, args.module_lines, args.function_lines)
    print(f"modules over {args.module_lines} lines: {len(modules)}")
    for n, rel in modules:
        print(f"  {n:5d}  {rel}")
    print(f"functions over {args.function_lines} lines: {len(funcs)}")
    for n, where in funcs:
        print(f"  {n:5d}  {where}")
    return 0


if __name__ == "__main__":
    run(main)
