"""Check that every sentence cut from README.md since a commit stands in the README or a page it moved to.

    python scripts/readme_moved_check.py [--base REV] [--cut REV] [--to docs/history.md docs/evaluation.md]
                                         [--sections NAME ...]

docs44 cut "How well it extracts" and "Speed" to what a first-time user needs and moved the rest, verbatim,
to docs/history.md and docs/evaluation.md. Only the sections cut are checked (`--sections`, default those two):
a sentence edited in another section since is no cut (hostile44 and docs45 rewrote some). Both READMEs are split into sentences (at . ! ? before white space,
at blank lines; a code block into its lines); a sentence of the README at REV (default 3b600bb, the last before the cut) is kept when it
stands, white space aside, in today's README or in one of the pages. A page's relative links are read as the
README writes them (`checks/x.md` in docs/ is `docs/checks/x.md`), so a link's new path is no change. A sentence the
README still held right after the cut (at --cut REV, default 64faf62) was changed by a later edit, not lost by the
move (review43: hostile44's README row made the check fail). Prints the counts and every sentence found nowhere;
exit 1 when there is one.
"""
import re
import subprocess
import sys
from pathlib import Path, PurePosixPath

from policykg.errors import InputError
from script_cli import parser, run

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\]\(([^)\s]+)\)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
FENCE = re.compile(r"^(```.*?^```)", re.S | re.M)


def rooted(text: str, page: str) -> str:
    """text with its relative links written from the checkout's root, as README.md writes them."""
    base = PurePosixPath(page).parent

    def fix(m):
        target = m.group(1)
        if re.match(r"[a-z][a-z0-9+.-]*:", target):
            return m.group(0)
        path, hash_, anchor = target.partition("#")
        parts = []
        for part in (base / path).parts if path else PurePosixPath(page).parts:
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        return "](" + "/".join(parts) + hash_ + anchor + ")"
    return LINK.sub(fix, text)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """Sentences of the prose; a code block's lines, each on its own (a line added to a block changes no other)."""
    units = []
    for i, part in enumerate(FENCE.split(text)):
        units += part.splitlines() if i % 2 else SENTENCE_END.split(part)
    return [s for s in (flat(u) for u in units) if s]


def section_text(text: str, names: list[str]) -> str:
    """The `## ` sections of a README whose headings are NAMES (their sub-headings included), joined."""
    parts = re.split(r"^(?=## )", text, flags=re.M)
    return "\n\n".join(p for p in parts if p.startswith("## ") and p[3:].splitlines()[0].strip() in names)


def readme_at(rev: str) -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:README.md"], capture_output=True, text=True)
    if done.returncode != 0:
        raise InputError(f"{rev}: no README.md at that revision ({done.stderr.strip().splitlines()[-1]})")
    return done.stdout


def page_text(page: str) -> str:
    try:
        return (ROOT / page).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{page}: cannot be read ({exc})") from None


def verdicts(old: list[str], now: str, pages: list[str], after_cut: str) -> dict[str, list[str]]:
    """The sentences of ``old`` (the README before the cut) by where they stand: still in the README (``now``),
    moved to a page, still in the README right after the cut (``after_cut``: a later edit changed it), or lost."""
    out = {"kept": [], "moved": [], "changed later": [], "lost": []}
    for s in old:
        where = "kept" if s in now else "moved" if any(s in p for p in pages) else \
            "changed later" if s in after_cut else "lost"
        out[where].append(s)
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--base", default="3b600bb", help="the revision whose README is checked (default 3b600bb)")
    ap.add_argument("--cut", default="64faf62", help="the revision right after the cut (default 64faf62)")
    ap.add_argument("--to", nargs="+", default=["docs/history.md", "docs/evaluation.md"],
                    help="the pages the text moved to, relative to the checkout")
    ap.add_argument("--sections", nargs="+", default=["How well it extracts", "Speed"],
                    help="the README sections whose sentences were cut (default: the two docs44 cut)")
    args = ap.parse_args()
    base = section_text(readme_at(args.base), args.sections)
    if not base:
        raise InputError(f"{args.base}: README.md has no section named {' or '.join(args.sections)}")
    old = sentences(rooted(base, "README.md"))
    now = flat(rooted(page_text("README.md"), "README.md"))
    pages = [flat(rooted(page_text(p), p)) for p in args.to]
    v = verdicts(old, now, pages, flat(rooted(readme_at(args.cut), "README.md")))
    print(f"README.md at {args.base}, {' and '.join(args.sections)}: {len(old)} sentences; {len(v['kept'])} still "
          f"in README.md, {len(v['moved'])} moved to {' or '.join(args.to)}, {len(v['changed later'])} changed in "
          f"README.md after {args.cut}, {len(v['lost'])} found nowhere")
    for s in v["lost"]:
        print(f"  lost: {s[:200]}")
    return 1 if v["lost"] else 0


if __name__ == "__main__":
    run(main)
