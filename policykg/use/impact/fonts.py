"""A CJK font for the plots: find one matplotlib knows (adding system fonts the cache predates), and check
that it has glyphs for the labels (fontTools)."""
from __future__ import annotations

import os

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR",
                "Noto Sans CJK HK", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN",
                "AR PL UKai CN", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")


def find_cjk_font():
    """(family name, font file, face index) of an installed CJK font known to matplotlib, or None."""
    fm = _font_manager()

    def lookup():
        by_name = {}
        for f in fm.fontManager.ttflist:
            if f.style == "normal" and f.weight in (400, "normal", "regular"):
                by_name.setdefault(f.name, f)
            else:
                by_name.setdefault(f.name + " (any)", f)
        for fam in CJK_FAMILIES:
            f = by_name.get(fam) or by_name.get(fam + " (any)")
            if f is not None:
                return f.name, f.fname, getattr(f, "index", 0)
        return None

    found = lookup()
    if found is None:
        # the font cache may predate a font installed later: add CJK font files found on the system
        for path in sorted(fm.findSystemFonts()):
            base = os.path.basename(path).lower()
            if any(k in base for k in ("cjk", "wqy", "sourcehan", "droidsansfallback", "uming", "ukai")):
                try:
                    fm.fontManager.addfont(path)
                except Exception:  # noqa: BLE001 — an unreadable font file is just skipped
                    continue
        found = lookup()
    return found


def _font_manager():
    """matplotlib's font_manager (its first import here), imported with matplotlib's warnings about its own
    folders silenced: under a HOME it cannot write (read-only, or a file) impact printed two lines, "mkdir -p
    failed for path …/.config/matplotlib" and "Matplotlib created a temporary cache directory …", and then
    worked from that temporary folder, which matplotlib removes at exit."""
    import logging
    log = logging.getLogger("matplotlib")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        from matplotlib import font_manager
    finally:
        log.setLevel(level)
    return font_manager


def font_has_glyphs(font_file: str, text: str, index: int = 0) -> bool:
    """True when the font's cmap maps every non-space character of TEXT (fontTools)."""
    from fontTools.ttLib import TTCollection, TTFont

    if font_file.lower().endswith((".ttc", ".otc")):
        fonts = TTCollection(font_file, lazy=True).fonts
        font = fonts[index if index < len(fonts) else 0]
    else:
        font = TTFont(font_file, lazy=True)
    cmap = font.getBestCmap() or {}
    return all(ord(c) in cmap for c in text if not c.isspace())


