"""Draw the program's icon: installer/tatulyq.png (256 px) and installer/tatulyq.ico (16 to 256 px).

Run once by hand (`python installer/make_icon.py`) when the design changes; both files are committed, so
a build needs no drawing. Pillow comes with ReportLab, a dependency of the program.

The design: two rings that overlap on a teal tile — two sides of a dispute who have come together
("татулық", concord). Drawn at 1024 px and scaled down, so the small sizes stay smooth.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BIG = 1024
TEAL = (0, 110, 120, 255)
GOLD = (244, 190, 60, 255)  # the sun of the national flag
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, BIG - 32, BIG - 32), radius=180, fill=TEAL)
    ring = 110  # line width of each ring
    radius = 250
    centre_y = BIG // 2
    for centre_x, colour in ((BIG // 2 - 150, WHITE), (BIG // 2 + 150, GOLD)):
        box = (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius)
        pen.ellipse(box, outline=colour, width=ring)
    return image


def main() -> None:
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "tatulyq.png")
    image.save(HERE / "tatulyq.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
