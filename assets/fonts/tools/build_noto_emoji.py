"""Rebuild one Noto Emoji font from @fontsource/noto-emoji's unicode-range slices.

The slices each carry their own copies of shared glyphs (skin tones, ZWJ, base emoji)
and GSUB lookups that reference those copies. After merging, every slice's copies are
renamed to the merged font's glyph for the same code point, then unreachable glyphs
are dropped by the subsetter (GSUB closure from the character map)."""
import glob, os, re, sys, io
from fontTools.ttLib import TTFont
from fontTools.merge import Merger, Options
from fontTools import subset

files = sorted(glob.glob('package/files/noto-emoji-*-400-normal.woff2'))
ttfs, slices = [], []
for p in files:
    f = TTFont(p); f.flavor = None
    out = '/tmp/' + os.path.basename(p).replace('.woff2', '.ttf'); f.save(out); ttfs.append(out)
    slices.append(TTFont(out))
merged = Merger(options=Options(drop_tables=[])).merge(ttfs)
merged.save('/tmp/merged.ttf')
m = TTFont('/tmp/merged.ttf')
order = m.getGlyphOrder()
cmap = m.getBestCmap()
canon = {}
offset = 0
for s in slices:
    so = s.getGlyphOrder()
    name_at = {g: i for i, g in enumerate(so)}
    for u, g in s.getBestCmap().items():
        merged_name = order[offset + name_at[g]]
        target = cmap.get(u)
        if target and merged_name != target:
            canon[merged_name] = target
    offset += len(so)
assert offset == len(order), (offset, len(order))
print('duplicates renamed:', len(canon))
buf = io.StringIO()
m.saveXML('/tmp/gsub.ttx', tables=['GSUB'])
xml = open('/tmp/gsub.ttx').read()
def fix(match):
    names = match.group(2).split(',')
    return match.group(1) + '"' + ','.join(canon.get(n, n) for n in names) + '"'
xml = re.sub(r'((?:value|glyph|in|out|components|LigGlyph|Substitute)=)"([^"]*)"', fix, xml)
open('/tmp/gsub2.ttx', 'w').write(xml)
del m['GSUB']
m.importXML('/tmp/gsub2.ttx')
m.save('/tmp/merged2.ttf')
opts = subset.Options()
opts.layout_features = ['*']
opts.name_IDs = ['*']
opts.name_languages = ['*']
opts.notdef_outline = True
opts.glyph_names = False
opts.drop_tables = []
f = TTFont('/tmp/merged2.ttf')
sub = subset.Subsetter(opts)
sub.populate(unicodes=f.getBestCmap().keys())
sub.subset(f)
f.save(sys.argv[1])
print('glyphs', f['maxp'].numGlyphs, 'bytes', os.path.getsize(sys.argv[1]))
