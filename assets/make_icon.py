#!/usr/bin/env python3
"""Draws Pitchkit's window icon, assets/icon-256.png (Pitchkit's own work, licensed like
the project): a rounded square in the kit's blue accent holding a white page with a
folded corner and a bold blue "P". Drawn at 4x and scaled down for smooth edges.

usage: python3 assets/make_icon.py   (needs Pillow: pip install pillow)
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
SCALE = 4
S = SIZE * SCALE

TOP = (0x44, 0x70, 0xF7)  # lighter accent at the top
BOTTOM = (0x22, 0x46, 0xCC)  # deeper accent at the bottom
INK = (0x2F, 0x5B, 0xEA)  # the kit's default accent (clean-light theme)
PAGE = (0xFF, 0xFF, 0xFF)
FOLD = (0xC4, 0xD2, 0xFB)


def tile() -> Image.Image:
    """The rounded square with a vertical gradient."""
    gradient = Image.new("RGB", (S, S))
    draw = ImageDraw.Draw(gradient)
    for y in range(S):
        t = y / (S - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM))
        draw.line([(0, y), (S, y)], fill=colour)
    mask = Image.new("L", (S, S), 0)
    margin = 8 * SCALE
    ImageDraw.Draw(mask).rounded_rectangle(
        [margin, margin, S - 1 - margin, S - 1 - margin], radius=52 * SCALE, fill=255
    )
    out = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    out.paste(gradient, (0, 0), mask)
    return out


def page(draw: ImageDraw.ImageDraw) -> None:
    """A white portrait page whose top-right corner is folded over."""
    left, top, right, bottom = 64, 44, 192, 212
    fold = 40
    radius = 10
    k = SCALE
    # The page without its folded corner: a rounded rectangle with the corner cut off.
    draw.rounded_rectangle([left * k, top * k, right * k, bottom * k], radius=radius * k, fill=PAGE)
    draw.polygon(
        [((right - fold) * k, (top - 1) * k), ((right + 1) * k, (top - 1) * k), ((right + 1) * k, (top + fold) * k)],
        fill=(0, 0, 0, 0),
    )
    # The folded flap.
    draw.polygon(
        [((right - fold) * k, top * k), ((right - fold) * k, (top + fold) * k), (right * k, (top + fold) * k)],
        fill=FOLD,
    )


def letter_p(draw: ImageDraw.ImageDraw) -> None:
    """A geometric bold "P": a stem and a round bowl."""
    k = SCALE
    stem_left, stem_right = 92, 120
    top, bottom = 92, 180
    bowl_bottom = 150
    radius = (bowl_bottom - top) / 2
    centre_x = 136
    centre_y = top + radius
    # The bowl: a rectangle from the stem to the centre, closed by a half disc.
    draw.rectangle([stem_left * k, top * k, centre_x * k, bowl_bottom * k], fill=INK)
    draw.ellipse(
        [(centre_x - radius) * k, top * k, (centre_x + radius) * k, bowl_bottom * k], fill=INK
    )
    inner = radius - 14
    draw.rectangle([stem_right * k, (centre_y - inner) * k, centre_x * k, (centre_y + inner) * k], fill=PAGE)
    draw.ellipse(
        [(centre_x - inner) * k, (centre_y - inner) * k, (centre_x + inner) * k, (centre_y + inner) * k],
        fill=PAGE,
    )
    draw.rectangle([stem_left * k, top * k, stem_right * k, bottom * k], fill=INK)


def main() -> None:
    icon = tile()
    layer = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    page(draw)
    letter_p(draw)
    icon.alpha_composite(layer)
    out = Path(__file__).with_name("icon-256.png")
    icon.resize((SIZE, SIZE), Image.LANCZOS).save(out, optimize=True)
    print(out)


if __name__ == "__main__":
    main()
