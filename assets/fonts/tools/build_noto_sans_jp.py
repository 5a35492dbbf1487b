#!/usr/bin/env python3
"""Builds NotoSansJP-{Regular,Bold}.ttf: Noto Sans CJK JP cut down to the Japanese the
kit writes itself (every character of assets/lang/ja.json, ICU's dates and large
numbers), the kana, CJK punctuation and full-width forms, with TrueType outlines.

A Japanese kit must print its own headings on a computer without a Japanese font
(most Linux machines); names and bios in other kanji still come from the system's
fonts. Run from the repository's root with the two collections of Debian's
fonts-noto-cjk package (apt-get download fonts-noto-cjk; dpkg-deb -x):

    python3 assets/fonts/tools/build_noto_sans_jp.py NotoSansCJK-Regular.ttc NotoSansCJK-Bold.ttc

Needs fontTools (pip install fonttools). Face 0 of each collection is the JP face.
"""

import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parents[3]

# Kana, CJK punctuation, full-width and half-width forms; what ICU writes for
# Japanese dates and large numbers (年 月 日, 万 億 兆, weekdays, kanji numerals); the
# language's own name in the language menus (日本語, from src/kit/lang/mod.rs).
RANGES = [(0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF01, 0xFF9F)]
EXTRA = "〇一二三四五六七八九十百千万億兆年月日時分秒曜火水木金土午前後日本語"


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def wanted_code_points():
    table = json.loads((ROOT / "assets/lang/ja.json").read_text(encoding="utf-8"))
    points = {ord(c) for text in strings(table) for c in text if ord(c) >= 0x2000}
    points |= {ord(c) for c in EXTRA}
    for first, last in RANGES:
        points |= set(range(first, last + 1))
    return points


def to_truetype(font):
    """Replaces the CFF outlines by quadratic TrueType ones (max error 1 unit)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for glyph in glyphs.values():
        glyph.recalcBounds(glyf)
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                  "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and the names are CIDs anyway
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True  # head and maxp recomputed from the new outlines on save


def build(collection, out_name):
    options = subset.Options()
    options.font_number = 0
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = subset.load_font(collection, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted_code_points()))
    subsetter.subset(font)
    to_truetype(font)
    out = ROOT / "assets/fonts" / out_name
    font.save(out)
    print(out_name, len(font.getGlyphOrder()), "glyphs", out.stat().st_size, "bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build(sys.argv[1], "NotoSansJP-Regular.ttf")
    build(sys.argv[2], "NotoSansJP-Bold.ttf")
