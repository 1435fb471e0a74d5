"""Write the PDF fixtures under tests/fixtures/inputs/ from a slice of the Jinghai 2021 report.

    python scripts/make_input_fixtures.py

Needs Debian's chromium, fonts-noto-cjk (scripts/system-deps.sh installs both) and qpdf. The PDF is
printed by headless Chromium from an HTML page of the slice (first-line indents, as the reports are
typeset), so its text is real CJK text behind embedded subset fonts, as in a published report. The
encrypted fixture is a one-page PDF with a user password (qpdf). The files are committed: the tests
need none of these tools. The .docx inputs the tests make themselves (tests/test_documents.py).
"""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from policykg.errors import UsageError
from script_cli import parser, run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
OUT = ROOT / "tests" / "fixtures" / "inputs"
HEAD_LINES = 32   # the notice, title, meeting line and the first part of the review
# the heading and first paragraph of parts two and three (the 2021 targets: GDP, revenue, investment, income)
PARTS = ("二、2035年远景目标和“十四五”时期主要目标与重点任务", "三、努力实现“十四五”良好开局")


def slice_lines() -> list[str]:
    """The report's first HEAD_LINES lines, the start of parts two and three and its closing paragraph,
    blank lines dropped (tests/test_documents.py writes the same lines into its .docx input)."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    kept = lines[:HEAD_LINES]
    for heading in PARTS:
        kept += lines[lines.index(heading):lines.index(heading) + 4]
    kept += [ln for ln in lines if ln.strip()][-1:]
    return [ln.strip() for ln in kept if ln.strip()]


def page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return ("<!doctype html><html><head><meta charset='utf-8'><style>"
            "@page { size: A4; margin: 25mm 22mm; }"
            "body { font-family: 'Noto Sans CJK SC'; font-size: 16px; line-height: 1.6; }"
            "p { margin: 0; text-indent: 2em; text-align: justify; }"
            f"</style></head><body>\n{body}\n</body></html>\n")


def tools() -> tuple[str, str]:
    """(chromium, qpdf): both before any fixture is written (a missing qpdf ended in a traceback after the
    slice PDF was already replaced)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise UsageError("chromium is missing (bash scripts/system-deps.sh installs it)")
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        raise UsageError("qpdf is missing (apt-get install qpdf)")
    return browser, qpdf


def print_pdf(browser: str, html_text: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "slice.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)


def main() -> None:
    parser(__doc__).parse_args()
    browser, qpdf = tools()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:   # both fixtures made, then both moved in
        made = {"jinghai-2021-slice.pdf": Path(tmp) / "slice.pdf", "encrypted.pdf": Path(tmp) / "encrypted.pdf"}
        print_pdf(browser, page(slice_lines()), made["jinghai-2021-slice.pdf"])
        plain = Path(tmp) / "short.pdf"
        print_pdf(browser, page(slice_lines()[:2]), plain)
        subprocess.run([qpdf, "--encrypt", "user-secret", "owner-secret", "256", "--", str(plain),
                        str(made["encrypted.pdf"])], check=True)
        for name, path in made.items():
            os.replace(path, OUT / name)
    for p in sorted(OUT.iterdir()):
        print(f"{p.relative_to(ROOT)}: {p.stat().st_size} bytes")


if __name__ == "__main__":
    run(main)
