//! The page's one stylesheet: the theme's colours and fonts as custom properties, a
//! layout that is one column on a phone and a 12-column-like grid from tablet width,
//! and print styles (light paper, nothing split across pages where it can be helped).

use super::colours::{ROLES, hex, named, role_variable};
use super::fonts::stack;
use crate::kit::theme::{ThemeTokens, tokens};
use crate::model::Theme;
use std::fmt::Write as _;

/// The stylesheet for `theme`, with the `@font-face` rules `font_faces` first.
pub fn stylesheet(theme: &ThemeTokens, font_faces: &str) -> String {
    let mut css = String::with_capacity(font_faces.len() + 12_000);
    css.push_str(font_faces);
    css.push_str(":root{");
    push_colours(&mut css, theme);
    let f = &theme.faces;
    for (name, face) in [
        ("display", f.display),
        ("heading", f.heading),
        ("body", f.body),
        ("bold", f.body_bold),
        ("num", f.numbers),
    ] {
        let _ = write!(css, "--f-{name}:{};", stack(face));
    }
    let (radius, tile_pad, tile_rule) = match theme.theme {
        Theme::WarmEditorial => ("2px", ".9rem 0 0", "2px solid var(--accent-fill)"),
        Theme::CleanLight | Theme::BoldDark => ("6px", "1rem 1rem 1.1rem", "0 solid transparent"),
    };
    let _ = writeln!(
        css,
        "--radius:{radius};--tile-pad:{tile_pad};--tile-rule:{tile_rule};color-scheme:{}}}",
        if theme.dark { "dark" } else { "light" }
    );
    for role in ROLES {
        let var = role_variable(role);
        let _ = write!(
            css,
            ".f-{role}{{fill:var({var})}}.s-{role}{{stroke:var({var})}}"
        );
    }
    css.push('\n');
    css.push_str(SHEET);
    if theme.theme == Theme::WarmEditorial {
        // EB Garamond is small on its body: headings a step larger.
        css.push_str("h2{font-size:clamp(2rem,1.5rem + 1.9vw,2.875rem)}h3{font-size:1.4375rem}\n");
    }
    css.push_str("@media print{:root{");
    push_colours(&mut css, &print_theme(theme));
    css.push_str("color-scheme:light}");
    css.push_str(PRINT);
    css.push_str("}\n");
    css
}

/// The theme print uses: dark paper turns light (same accent hue), the others stay.
fn print_theme(theme: &ThemeTokens) -> ThemeTokens {
    if theme.dark {
        tokens(Theme::CleanLight, Some(theme.colours.accent_fill), &[])
    } else {
        *theme
    }
}

fn push_colours(css: &mut String, theme: &ThemeTokens) {
    for (name, colour) in named(theme) {
        let _ = write!(css, "--{name}:{};", hex(colour));
    }
}

/// Layout and type. Wide-screen rules also apply in print (`48rem` and print).
const SHEET: &str = r#"*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;font-synthesis:none;background:var(--bg)}
body{margin:0;background:var(--bg);color:var(--text);font-family:var(--f-body);font-size:1.0625rem;line-height:1.6;overflow-wrap:break-word}
img,svg{display:block;max-width:100%;height:auto}
a{color:var(--accent-ink);text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:.2em}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:2px solid var(--accent-ink);outline-offset:3px;border-radius:2px}
h1,h2,h3,p,ul,ol,dl,dd,figure,blockquote{margin:0}
ul,ol{padding:0;list-style:none}
strong,b{font-family:var(--f-bold);font-weight:normal}
.wrap{width:100%;max-width:70rem;margin:0 auto;padding:0 1.25rem}
.eyebrow{font-family:var(--f-bold);font-size:.8125rem;line-height:1.35;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.eyebrow.accent{color:var(--accent-ink)}
h1{font-family:var(--f-display);font-weight:normal;font-size:clamp(2.75rem,1.8rem + 4.4vw,4.75rem);line-height:1.02;letter-spacing:-.02em}
h2{font-family:var(--f-heading);font-weight:normal;font-size:clamp(1.75rem,1.35rem + 1.6vw,2.5rem);line-height:1.15;letter-spacing:-.01em}
h3{font-family:var(--f-heading);font-weight:normal;font-size:1.25rem;line-height:1.3}
.lead{font-size:1.125rem;line-height:1.55}
.small{font-size:.875rem;line-height:1.45;color:var(--muted)}
.note{font-size:.875rem;line-height:1.5;color:var(--muted);max-width:52rem;margin-top:1rem}
.num{font-family:var(--f-num)}
.section{padding-top:4rem}
.section-head{margin-bottom:2rem}
.section-head::before{content:"";display:block;width:3rem;height:3px;background:var(--accent-fill);margin-bottom:1.1rem}
.section-head .eyebrow{color:var(--accent-ink);margin-bottom:.4rem}
.masthead{padding:2rem 0 0}
.cover{padding-top:1.25rem}
.cover-grid{display:grid;gap:1.75rem}
.portrait img,.initials{width:100%;aspect-ratio:4/5;object-fit:cover;border-radius:var(--radius)}
.initials{display:flex;align-items:center;justify-content:center;background:var(--accent-tint);color:var(--accent-ink);font-family:var(--f-display);font-size:5rem}
.identity .eyebrow{color:var(--accent-ink);margin-bottom:.9rem}
.prepared-for{font-family:var(--f-bold);margin-bottom:.9rem}
.identity .lead{margin-top:1.25rem;max-width:34rem}
.handle{margin-top:1.25rem;font-family:var(--f-bold);color:var(--accent-ink)}
.identity .small{margin-top:.15rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,9.5rem),1fr));gap:.75rem;margin-top:2.5rem}
.tiles.wide{grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr))}
.tile{background:var(--tile-bg);border-top:var(--tile-rule);border-radius:var(--radius);padding:var(--tile-pad);color:var(--tile-text)}
.tile .eyebrow,.tile .small{color:var(--tile-muted)}
.tile-value{font-family:var(--f-num);font-size:clamp(1.625rem,1.3rem + 1vw,2rem);line-height:1.15;margin:.45rem 0 .3rem}
.facts{margin-top:.75rem;font-size:.875rem;line-height:1.45}
.facts div{display:flex;justify-content:space-between;gap:.75rem;padding:.35rem 0;border-top:1px solid var(--hairline)}
.facts dt{color:var(--tile-muted)}
.facts dd{font-family:var(--f-num)}
.cover-more{display:grid;gap:2rem;margin-top:2.5rem}
.bullets li{position:relative;padding-left:1.25rem;margin-top:.6rem}
.bullets li::before{content:"";position:absolute;left:0;top:.6em;width:.45rem;height:.45rem;border-radius:50%;background:var(--accent-fill)}
.profiles li,.links li{display:flex;align-items:center;gap:.75rem;margin-top:.6rem;min-width:0}
.mark{flex:none;display:inline-flex;align-items:center;justify-content:center;width:2.1rem;height:2.1rem;border-radius:50%;border:1.5px solid var(--accent-fill);color:var(--accent-ink);font-family:var(--f-bold);font-size:.75rem;letter-spacing:.02em}
.dot{flex:none;width:2.1rem;display:flex;justify-content:center}
.dot::before{content:"";width:.5rem;height:.5rem;border-radius:50%;background:var(--accent-fill)}
.contact-line{margin-top:2.25rem;padding-top:1.1rem;border-top:1px solid var(--hairline);display:flex;flex-wrap:wrap;gap:.5rem 2rem;font-family:var(--f-bold)}
.about{display:grid;gap:2.25rem}
.bio p+p{margin-top:1rem}
.style{margin-top:2rem;max-width:40rem}
.style .eyebrow{margin-bottom:.4rem}
.about-facts dt{margin-top:1.1rem}
.about-facts dt:first-child{margin-top:0}
.about-facts dd{margin-top:.2rem}
.charts{display:grid;gap:2.75rem;margin-top:3rem}
.fit{margin-top:3rem}
.fit .tiles{margin-top:1rem}
.chart-stack{display:grid;gap:2.75rem;align-content:start}
.chart figcaption{margin-bottom:1rem}
.chart h3+.small{margin-top:.2rem}
svg.narrow{display:none}
@media (max-width:40rem){svg.has-narrow{display:none}svg.narrow{display:block}}
.compare-row{display:grid;gap:.75rem 2rem;padding:1.5rem 0;border-top:1px solid var(--hairline)}
.compare-row .small{margin-top:.1rem}
.compare-value{font-family:var(--f-num);font-size:1.625rem;line-height:1.15;color:var(--accent-ink)}
.compare-row .caption{font-size:.875rem;line-height:1.5;color:var(--muted)}
.growth-more{display:grid;gap:2.75rem;margin-top:2.75rem}
.gallery{display:grid;gap:.75rem;grid-template-columns:repeat(var(--phone-cols,2),1fr)}
.gallery.p1{--phone-cols:1}.gallery.p2{--phone-cols:2}.gallery.p3{--phone-cols:3}
.gallery img,.gallery .missing{width:100%;aspect-ratio:4/5;object-fit:cover;border-radius:var(--radius);background:var(--hairline)}
.gallery figcaption{margin-top:.5rem}
.palette{display:flex;flex-wrap:wrap;gap:1rem 1.25rem;margin-top:2.25rem}
.palette .eyebrow{flex-basis:100%}
.swatch svg{width:4.5rem;height:3rem;border-radius:4px}
.swatch figcaption{margin-top:.35rem;font-family:var(--f-num)}
.campaign{display:grid;gap:1rem 3rem;padding:1.75rem 0;border-top:1px solid var(--hairline)}
.tiles+.campaign{margin-top:2rem}
.campaign .small{margin-top:.25rem}
.deliverables{margin-top:.6rem}
.results{display:flex;flex-wrap:wrap;gap:1rem 2.25rem}
.results div{display:flex;flex-direction:column-reverse}
.results .num{font-size:1.375rem;line-height:1.2}
.quote{position:relative;padding-left:2rem;margin-top:1.5rem}
.quote:first-child{margin-top:0}
.quote blockquote::before{content:"“";position:absolute;left:0;top:-.4rem;font-family:var(--f-heading);font-size:3.2rem;line-height:1;color:var(--accent-ink)}
.quote figcaption{margin-top:.6rem}
.others{display:grid;gap:1rem 3rem;margin-top:1rem}
.others li{padding-top:.75rem;border-top:1px solid var(--hairline)}
.packages{display:grid;gap:1rem}
.package{border:1px solid var(--hairline);border-radius:var(--radius);padding:1.5rem}
.package.featured{background:var(--feature-bg);border-color:var(--feature-bg)}
.package.featured .price{color:var(--feature-ink)}
.package.featured .small{color:var(--feature-muted)}
.price{font-family:var(--f-num);font-size:1.875rem;line-height:1.2;color:var(--accent-ink);margin:.5rem 0 1rem}
.package .bullets li{margin-top:.4rem}
.package .small{margin-top:1rem}
.contact{display:grid;gap:2.5rem}
.links li{font-family:var(--f-bold);overflow-wrap:anywhere}
.qr-codes{display:flex;flex-wrap:wrap;gap:1.5rem;align-content:start}
.qr{flex:0 1 9.5rem;min-width:0}
.qr svg{width:8.5rem;height:8.5rem}
.qr figcaption{margin-top:.5rem;font-size:.875rem;line-height:1.45;overflow-wrap:anywhere}
.notes-cols{display:grid;gap:1.5rem}
.notes p,.notes li{font-size:.875rem;line-height:1.55;color:var(--muted);margin-top:.5rem}
.notes .eyebrow{margin-top:0}
.sources{margin-top:2rem}
.notes a{overflow-wrap:anywhere}
.site-foot{margin-top:4.5rem;padding:1.5rem 0 2.5rem;border-top:1px solid var(--hairline)}
.site-foot .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 2rem}
@media (min-width:48rem),print{
.wrap{padding:0 2.5rem}
.lead{font-size:1.1875rem}
.section{padding-top:5rem}
.cover{padding-top:3rem}
.cover-grid{grid-template-columns:5fr 7fr;gap:3.5rem;align-items:center}
.cover-more{grid-template-columns:7fr 5fr;gap:3.5rem}
.about{grid-template-columns:8fr 4fr;gap:3.5rem}
.tiles{gap:1rem;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}
.compare-row{grid-template-columns:12rem 1fr 9rem;align-items:start}
.compare-row .caption{grid-column:2/-1}
.growth-more{grid-template-columns:1fr 1fr;gap:3rem}
.gallery{gap:1rem;grid-template-columns:repeat(var(--cols,3),1fr)}
.gallery.c1{--cols:1}.gallery.c2{--cols:2}.gallery.c3{--cols:3}.gallery.c4{--cols:4}.gallery.c5{--cols:5}.gallery.c6{--cols:6}
.campaign{grid-template-columns:4fr 8fr}
.others{grid-template-columns:1fr 1fr}
.contact{grid-template-columns:7fr 5fr;gap:3.5rem}
.notes-cols{grid-template-columns:1fr 1fr;gap:3.5rem}
}
@media (min-width:56rem),print{.packages{grid-template-columns:repeat(3,1fr)}.packages.n1{grid-template-columns:minmax(0,26rem)}.packages.n2{grid-template-columns:repeat(2,minmax(0,26rem))}}
@media (min-width:60rem),print{.charts{grid-template-columns:1fr 1fr;gap:3.5rem}}
"#;

/// Print: light paper, page margins, whole components kept together.
const PRINT: &str = r#"@page{margin:14mm 15mm 16mm}
html,body{background:#fff}
body{font-size:10.5pt;line-height:1.45}
.wrap{max-width:none;padding:0}
.section{padding-top:9mm}
.section-head{margin-bottom:5mm}
h1{font-size:38pt}h2{font-size:20pt}h3{font-size:12pt}
.section-head{break-inside:avoid;break-after:avoid}
.section-head+*{break-before:avoid}
h2,h3,figcaption,.eyebrow{break-after:avoid}
.tiles{grid-template-columns:repeat(4,1fr)}.tiles.wide{grid-template-columns:repeat(3,1fr)}
figure,.tile,.campaign,.package,.compare-row,.qr,.quote,.about-facts,.palette,.bullets li,.links li{break-inside:avoid}
.cover{padding-top:0}
.portrait img{max-height:120mm;width:auto;margin:0 auto}
.tile,.package.featured,.swatch svg,.mark,.dot::before,.section-head::before,.bullets li::before{-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg.narrow{display:none!important}svg.has-narrow{display:block!important}
.charts{grid-template-columns:1fr 1fr}
.palette{display:block}.swatch{display:inline-block;vertical-align:top;margin:0 1rem .5rem 0}
.site-foot{margin-top:10mm}
"#;
