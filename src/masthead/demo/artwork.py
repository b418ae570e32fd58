"""Locally drawn stand-in photographs for the demo newsroom.

Everything here is drawn with Pillow primitives; no external images, no text, no network.
A *scene* is a small dict such as ``{"kind": "skyline", "time": "dusk", "palette": "warm"}``.
The same scene always produces the same picture (the random seed is derived from the scene
itself unless an explicit ``seed`` is passed).

Scene keys understood by every kind:

* ``kind``    one of :data:`SCENE_KINDS` (required)
* ``time``    ``"dawn" | "day" | "dusk" | "night" | "overcast"`` (default depends on the kind)
* ``palette`` ``"neutral" | "warm" | "cool" | "muted" | "vivid"`` final colour grade
* ``variant`` any int; only used to vary the seed between otherwise identical scenes

Some kinds read extra keys (``flag``, ``water``, ``season``, ``snow``, ``accent``, ``facing``,
``observatory``, ``performers``); see the individual painters.
"""

from __future__ import annotations

import io
import json
import math
import random
import zlib
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter

Color = tuple[int, int, int]
Point = tuple[float, float]

SCENE_KINDS = (
    "skyline",
    "parliament",
    "harbour",
    "crowd",
    "landscape",
    "laboratory",
    "stage",
    "market",
    "station",
    "snowstreet",
    "portrait",
    "podium",
)

# Green, white and ochre: the flag of the fictional Republic of Verenia.
DEFAULT_FLAG: tuple[Color, ...] = ((22, 98, 74), (238, 236, 228), (212, 158, 42))

SKIES: dict[str, list[tuple[float, Color]]] = {
    "dawn": [
        (0.0, (52, 66, 118)),
        (0.5, (176, 134, 156)),
        (0.85, (246, 180, 150)),
        (1.0, (255, 210, 160)),
    ],
    "day": [(0.0, (52, 108, 184)), (0.55, (122, 168, 218)), (1.0, (206, 224, 238))],
    "dusk": [
        (0.0, (22, 28, 70)),
        (0.45, (96, 64, 112)),
        (0.78, (214, 112, 92)),
        (1.0, (255, 178, 104)),
    ],
    "night": [(0.0, (4, 7, 20)), (0.65, (14, 22, 50)), (1.0, (40, 48, 84))],
    "overcast": [(0.0, (104, 112, 124)), (1.0, (186, 190, 194))],
}


# --------------------------------------------------------------------------------------------
# Small colour and geometry helpers
# --------------------------------------------------------------------------------------------


def _clamp(v: float) -> int:
    return 0 if v < 0 else 255 if v > 255 else int(v)


def _mix(a: Sequence[float], b: Sequence[float], t: float) -> Color:
    return (
        _clamp(a[0] + (b[0] - a[0]) * t),
        _clamp(a[1] + (b[1] - a[1]) * t),
        _clamp(a[2] + (b[2] - a[2]) * t),
    )


def _shade(c: Sequence[float], f: float) -> Color:
    return (_clamp(c[0] * f), _clamp(c[1] * f), _clamp(c[2] * f))


def _jitter(rng: random.Random, c: Sequence[float], amount: int) -> Color:
    return (
        _clamp(c[0] + rng.randint(-amount, amount)),
        _clamp(c[1] + rng.randint(-amount, amount)),
        _clamp(c[2] + rng.randint(-amount, amount)),
    )


def _stops_at(stops: Sequence[tuple[float, Color]], t: float) -> Color:
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
        if t <= p1:
            return _mix(c0, c1, (t - p0) / max(p1 - p0, 1e-6))
    return stops[-1][1]


def _vgradient(w: int, h: int, stops: Sequence[tuple[float, Color]]) -> Image.Image:
    h = max(h, 1)
    col = Image.new("RGB", (1, h))
    col.putdata([_stops_at(stops, y / max(h - 1, 1)) for y in range(h)])
    return col.resize((max(w, 1), h), Image.Resampling.NEAREST)


def _chaikin(points: list[Point], rounds: int = 2, closed: bool = True) -> list[Point]:
    pts = points
    for _ in range(rounds):
        out: list[Point] = []
        n = len(pts)
        rng_ = range(n) if closed else range(n - 1)
        for i in rng_:
            (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
            out.append((x0 * 0.75 + x1 * 0.25, y0 * 0.75 + y1 * 0.25))
            out.append((x0 * 0.25 + x1 * 0.75, y0 * 0.25 + y1 * 0.75))
        if not closed:
            out = [pts[0], *out, pts[-1]]
        pts = out
    return pts


_RADIAL_CACHE: dict[tuple[float, float], Image.Image] = {}


def _radial(size: int, falloff: float = 2.0, strength: float = 1.0) -> Image.Image:
    """Round soft mask (L) of the given diameter: 255*strength at the centre, 0 at the rim."""
    key = (round(falloff, 2), round(strength, 3))
    base = _RADIAL_CACHE.get(key)
    if base is None:
        lut = []
        for v in range(256):
            d = v / 255 * 1.4142  # radial_gradient reaches 255 at the corner of a 256 square
            t = max(0.0, 1.0 - d)
            lut.append(_clamp(255 * strength * t**falloff))
        base = Image.radial_gradient("L").point(lut)
        _RADIAL_CACHE[key] = base
    size = max(int(size), 2)
    return base.resize((size, size), Image.Resampling.BILINEAR)


def _ridge(
    rng: random.Random, w: float, base_y: float, amp: float, rough: float = 0.55, levels: int = 7
) -> list[Point]:
    pts = [base_y + rng.uniform(-amp, amp) * 0.6, base_y + rng.uniform(-amp, amp) * 0.6]
    disp = amp
    for _ in range(levels):
        new: list[float] = []
        for a, b in zip(pts, pts[1:], strict=False):
            new += [a, (a + b) / 2 + rng.uniform(-disp, disp)]
        new.append(pts[-1])
        pts = new
        disp *= rough
    step = w / (len(pts) - 1)
    return [(i * step, y) for i, y in enumerate(pts)]


# --------------------------------------------------------------------------------------------
# Canvas
# --------------------------------------------------------------------------------------------


class _Canvas:
    def __init__(self, w: int, h: int, scene: dict, rng: random.Random, default_time: str):
        self.w = w
        self.h = h
        self.s = w / 1600  # scale for pixel sizes designed at 1600 px wide
        self.scene = scene
        self.rng = rng
        self.time = scene.get("time", default_time)
        if self.time not in SKIES:
            self.time = default_time
        self.img = Image.new("RGB", (w, h), (0, 0, 0))
        self.bloom = Image.new("RGB", (w, h), (0, 0, 0))
        self.d = ImageDraw.Draw(self.img)
        self.b = ImageDraw.Draw(self.bloom)

    @property
    def dark(self) -> bool:
        return self.time in ("night", "dusk")

    def px(self, v: float) -> int:
        return max(1, int(round(v * self.s)))

    def glow(
        self,
        cx: float,
        cy: float,
        r: float,
        color: Color,
        strength: float = 1.0,
        falloff: float = 2.0,
    ) -> None:
        """Add a soft round light to the bloom layer (additive)."""
        r = max(int(r), 2)
        mask = _radial(2 * r, falloff, strength)
        box = (int(cx - r), int(cy - r), int(cx - r) + mask.width, int(cy - r) + mask.height)
        region = self.bloom.crop(box)
        light = Image.new("RGB", mask.size, (0, 0, 0))
        light.paste(color, (0, 0), mask)
        self.bloom.paste(ImageChops.add(region, light), box[:2])

    def paste_mask(
        self,
        color: Color,
        mask: Image.Image,
        opacity: float = 1.0,
        target: Image.Image | None = None,
    ) -> None:
        if opacity < 1.0:
            mask = mask.point(lambda v: int(v * opacity))
        (target or self.img).paste(color, (0, 0), mask)

    def layer_mask(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        m = Image.new("L", (self.w, self.h), 0)
        return m, ImageDraw.Draw(m)

    def blurred_mask(self, mask: Image.Image, radius: float) -> Image.Image:
        """Cheap large blur: downscale, blur, upscale."""
        f = 4 if radius >= 8 else 2 if radius >= 3 else 1
        if f == 1:
            return mask.filter(ImageFilter.GaussianBlur(radius))
        small = mask.resize((self.w // f, self.h // f), Image.Resampling.BILINEAR)
        small = small.filter(ImageFilter.GaussianBlur(radius / f))
        return small.resize((self.w, self.h), Image.Resampling.BILINEAR)


# --------------------------------------------------------------------------------------------
# Shared scenery: sky, clouds, stars, water, people, flags
# --------------------------------------------------------------------------------------------


def _sky(cv: _Canvas, horizon: int, clouds: float | None = None, sun: bool = True) -> Color:
    """Paint the sky down to ``horizon``; returns the colour at the horizon (for haze)."""
    w, rng, t = cv.w, cv.rng, cv.time
    stops = SKIES[t]
    cv.img.paste(_vgradient(w, horizon, stops), (0, 0))
    scene_bloom, cv.bloom = cv.bloom, Image.new("RGB", (cv.w, cv.h))
    cv.b = ImageDraw.Draw(cv.bloom)
    low = stops[-1][1]
    sx = rng.uniform(0.18, 0.82) * w
    if sun and t in ("dawn", "dusk"):
        sy = horizon * rng.uniform(0.82, 0.95)
        cv.glow(sx, sy, w * 0.55, (150, 80, 30), 0.9, 1.6)
        cv.glow(sx, sy, w * 0.14, (255, 170, 90), 0.9, 1.8)
        r = cv.px(26)
        cv.d.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 226, 170))
        cv.glow(sx, sy, r * 3, (255, 220, 160), 1.0, 1.5)
    elif sun and t == "day":
        sy = horizon * rng.uniform(0.12, 0.3)
        cv.glow(sx, sy, w * 0.4, (70, 70, 60), 1.0, 2.0)
        r = cv.px(22)
        cv.d.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 252, 236))
        cv.glow(sx, sy, r * 4, (255, 250, 220), 0.9, 1.8)
    elif t == "night":
        _stars(cv, horizon)
        if sun:
            sy = horizon * rng.uniform(0.15, 0.35)
            r = cv.px(15)
            cv.d.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(232, 232, 220))
            cv.d.ellipse(
                (sx - r * 0.3, sy - r * 0.5, sx + r * 0.1, sy - r * 0.1), fill=(214, 214, 204)
            )
            cv.glow(sx, sy, r * 9, (60, 70, 96), 1.0, 1.8)
    if clouds is None:
        clouds = {"overcast": 1.0, "day": 0.5, "dawn": 0.45, "dusk": 0.55, "night": 0.2}[t]
    if clouds > 0:
        _clouds(cv, horizon, clouds)
    # sky light is applied now, so that anything drawn later stands in front of it
    soft = cv.bloom.resize((max(w // 4, 1), max(cv.h // 4, 1)), Image.Resampling.BILINEAR)
    soft = soft.filter(ImageFilter.GaussianBlur(2)).resize((w, cv.h), Image.Resampling.BILINEAR)
    sky = ImageChops.screen(cv.img, soft).crop((0, 0, w, horizon))
    cv.img.paste(sky, (0, 0))
    cv.bloom = scene_bloom
    cv.b = ImageDraw.Draw(cv.bloom)
    return low


def _stars(cv: _Canvas, horizon: int) -> None:
    rng = cv.rng
    for _ in range(int(420 * cv.s * cv.s * (horizon / cv.h) * 2)):
        x, y = rng.uniform(0, cv.w), rng.uniform(0, horizon) ** 1.0
        fade = 1 - y / max(horizon, 1)
        b = int(rng.uniform(90, 250) * fade)
        if rng.random() < 0.06:
            r = cv.px(1.6)
            cv.d.ellipse((x - r, y - r, x + r, y + r), fill=(b, b, min(255, b + 20)))
            cv.glow(x, y, r * 5, (b // 3, b // 3, b // 2), 0.8)
        else:
            cv.d.point((x, y), fill=(b, b, min(255, b + 25)))


def _clouds(cv: _Canvas, horizon: int, amount: float) -> None:
    rng, w, t = cv.rng, cv.w, cv.time
    f = 4
    sw, sh = w // f, max(horizon // f, 1)
    mask = Image.new("L", (sw, sh), 0)
    md = ImageDraw.Draw(mask)
    n = int(3 + amount * 9)
    for _ in range(n):
        cx = rng.uniform(-0.1, 1.1) * sw
        cy = rng.uniform(0.08, 0.75) * sh
        cw = rng.uniform(0.12, 0.32) * sw * (0.6 + amount * 0.6)
        ch = cw * rng.uniform(0.12, 0.22)
        for _ in range(rng.randint(5, 10)):
            ox = rng.uniform(-0.5, 0.5) * cw
            oy = rng.uniform(-0.6, 0.3) * ch
            rx = rng.uniform(0.2, 0.45) * cw
            ry = rng.uniform(0.5, 1.0) * ch
            md.ellipse((cx + ox - rx, cy + oy - ry, cx + ox + rx, cy + oy + ry), fill=255)
        md.ellipse((cx - cw * 0.55, cy, cx + cw * 0.55, cy + ch * 0.6), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(2.2))
    shadow = ImageChops.offset(mask, 0, -2)
    mask = mask.resize((w, horizon), Image.Resampling.BILINEAR)
    shadow = shadow.resize((w, horizon), Image.Resampling.BILINEAR)
    body, under = {
        "day": ((250, 250, 252), (176, 186, 204)),
        "overcast": ((206, 208, 212), (138, 144, 152)),
        "dawn": ((252, 214, 196), (150, 118, 146)),
        "dusk": ((255, 176, 128), (92, 62, 96)),
        "night": ((70, 76, 100), (22, 26, 44)),
    }[t]
    op = 0.55 + 0.35 * min(amount, 1.0)
    region = cv.img.crop((0, 0, w, horizon))
    region.paste(body, (0, 0), mask.point(lambda v: int(v * op)))
    region.paste(
        under, (0, 0), ImageChops.multiply(mask, shadow).point(lambda v: int(v * op * 0.8))
    )
    cv.img.paste(region, (0, 0))


def _water(cv: _Canvas, horizon: int, tint: Color, tint_amount: float = 0.35) -> None:
    """Mirror the picture above ``horizon`` into a rippled water surface below it."""
    w, h, rng = cv.w, cv.h, cv.rng
    rows = h - horizon
    src_top = max(0, horizon - rows)
    src = cv.img.crop((0, src_top, w, horizon)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    src_bloom = cv.bloom.crop((0, src_top, w, horizon)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    if src.height < rows:
        src = src.resize((w, rows))
        src_bloom = src_bloom.resize((w, rows))
    refl = src.copy()
    rbloom = src_bloom.copy()
    y = 0
    while y < rows:
        bh = max(1, int(1 + y * 0.035))
        shift = int(rng.uniform(-1, 1) * (2 + y * 0.06) * cv.s)
        box = (0, y, w, min(rows, y + bh))
        refl.paste(src.crop(box), (shift, y))
        rbloom.paste(src_bloom.crop(box), (shift, y))
        y += bh
    refl = refl.filter(ImageFilter.GaussianBlur(1.2))
    refl = Image.blend(refl, Image.new("RGB", refl.size, tint), tint_amount)
    fade = _vgradient(w, rows, [(0.0, (235, 235, 235)), (1.0, (150, 150, 150))])
    refl = ImageChops.multiply(refl, fade)
    cv.img.paste(refl, (0, horizon))
    cv.bloom.paste(rbloom.point(lambda v: v // 2), (0, horizon))
    # glints and dark ripple lines
    hi = _shade(_stops_at(SKIES[cv.time], 1.0), 1.15)
    for _ in range(int(140 * cv.s)):
        yy = horizon + rows * rng.random() ** 1.6
        depth = (yy - horizon) / rows
        ln = rng.uniform(8, 60) * cv.s * (0.4 + depth * 1.6)
        xx = rng.uniform(0, w)
        col = hi if rng.random() < 0.35 else _shade(tint, 0.6)
        cv.d.line(
            (xx, yy, xx + ln, yy),
            fill=_mix(cv.img.getpixel((int(xx), int(min(yy, h - 1)))), col, 0.3),
            width=max(1, int(depth * 2)),
        )
    cv.d.line((0, horizon, w, horizon), fill=_shade(tint, 0.7), width=cv.px(2))


def _figure(
    d: ImageDraw.ImageDraw,
    x: float,
    base: float,
    h: float,
    fill: Color,
    rng: random.Random,
    full: bool = True,
) -> tuple[float, float]:
    """A standing person silhouette; returns the (x, y) of the right hand/shoulder."""
    hr = h * 0.065
    head_cy = base - h + hr
    d.ellipse((x - hr * 0.92, head_cy - hr, x + hr * 0.92, head_cy + hr), fill=fill)
    sw = h * rng.uniform(0.11, 0.135)
    top = head_cy + hr * 1.25
    d.rectangle((x - hr * 0.45, head_cy, x + hr * 0.45, top + hr), fill=fill)
    hip = base - h * 0.47 if full else base
    d.rounded_rectangle((x - sw, top, x + sw, min(hip, top + sw * 2.2)), radius=sw * 0.5, fill=fill)
    d.polygon(
        [
            (x - sw, top + sw * 0.5),
            (x + sw, top + sw * 0.5),
            (x + sw * 0.8, hip + h * 0.02),
            (x - sw * 0.8, hip + h * 0.02),
        ],
        fill=fill,
    )
    if full:
        stride = rng.uniform(-1, 1) * h * 0.06
        lw = sw * 0.36
        d.polygon(
            [
                (x - sw * 0.78, hip),
                (x - sw * 0.05, hip),
                (x - lw * 0.2 - stride, base),
                (x - lw * 1.3 - stride, base),
            ],
            fill=fill,
        )
        d.polygon(
            [
                (x + sw * 0.05, hip),
                (x + sw * 0.78, hip),
                (x + lw * 1.3 + stride, base),
                (x + lw * 0.2 + stride, base),
            ],
            fill=fill,
        )
    return x + sw * 0.8, top + sw * 0.3


def _lit_figure(
    cv: _Canvas,
    x: float,
    base: float,
    h: float,
    fill: Color,
    rng: random.Random,
    rim: Color | None = None,
    shadow: bool = True,
) -> None:
    """A person drawn with darker legs, an optional rim light on the left and a ground shadow."""
    pad = int(h * 0.3) + 4
    x0, y0 = int(x - pad), int(base - h - 4)
    size = (2 * pad, int(h * 1.06) + 8)
    m = Image.new("L", size, 0)
    _figure(ImageDraw.Draw(m), x - x0, base - y0, h, 255, rng)
    if shadow:
        gx, gy = int(min(max(x, 0), cv.w - 1)), int(min(max(base, 0), cv.h - 1))
        ground = cv.img.getpixel((gx, gy))
        sm = Image.new("L", size, 0)
        sd = ImageDraw.Draw(sm)
        sd.ellipse(
            (pad - h * 0.2, base - y0 - h * 0.02, pad + h * 0.3, base - y0 + h * 0.035), fill=120
        )
        sm = sm.filter(ImageFilter.GaussianBlur(max(1.0, h * 0.012)))
        cv.img.paste(_shade(ground, 0.55), (x0, y0), sm)
    cv.img.paste(fill, (x0, y0), m)
    legs = ImageChops.multiply(m, Image.linear_gradient("L").resize(size))
    cv.img.paste(_shade(fill, 0.6), (x0, y0), legs)
    if rim:
        off = max(1, int(h * 0.02))
        edge = ImageChops.subtract(m, ImageChops.offset(m, off, 0))
        edge = edge.filter(ImageFilter.GaussianBlur(max(0.6, h * 0.005)))
        cv.img.paste(rim, (x0, y0), edge.point(lambda v: int(v * 0.7)))


def _flag_wave(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    fw: float,
    fh: float,
    colors: Sequence[Color],
    rng: random.Random,
    light: float = 1.0,
) -> None:
    """A flag flying to the right of a pole at (x, y) (top-left corner), horizontal stripes."""
    n = len(colors)
    phase = rng.uniform(0, math.tau)
    amp = fh * rng.uniform(0.08, 0.16)
    segs = 10
    for j in range(segs):
        t0, t1 = j / segs, (j + 1) / segs

        def off(t: float) -> float:
            return math.sin(t * math.pi * 2.2 + phase) * amp * t

        f = (0.82 + 0.22 * math.cos((t0 + t1) / 2 * math.pi * 2.2 + phase)) * light
        for i, c in enumerate(colors):
            ya, yb = y + fh * i / n, y + fh * (i + 1) / n
            d.polygon(
                [
                    (x + fw * t0, ya + off(t0)),
                    (x + fw * t1, ya + off(t1)),
                    (x + fw * t1, yb + off(t1)),
                    (x + fw * t0, yb + off(t0)),
                ],
                fill=_shade(c, f),
            )


def _flag_hanging(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    fw: float,
    fh: float,
    colors: Sequence[Color],
    light: float = 1.0,
) -> None:
    """A flag hanging in folds from a horizontal top (stripes stay horizontal)."""
    n = len(colors)
    folds = 12
    for j in range(folds):
        x0, x1 = x + fw * j / folds, x + fw * (j + 1) / folds
        f = (0.78 + 0.26 * math.cos(j * 1.35)) * light
        sag = fh * 0.03 * math.sin(j * 1.35)
        for i, c in enumerate(colors):
            ya, yb = y + fh * i / n, y + fh * (i + 1) / n + (sag if i == n - 1 else 0)
            d.rectangle((x0, ya, x1 + 1, yb), fill=_shade(c, f))


def _flag_colors(cv: _Canvas) -> tuple[Color, ...]:
    flag = cv.scene.get("flag")
    if flag:
        return tuple(tuple(c) for c in flag)  # type: ignore[misc]
    return DEFAULT_FLAG


def _facade_row(
    cv: _Canvas,
    d: ImageDraw.ImageDraw,
    y_base: float,
    height: tuple[float, float],
    colors: Sequence[Color],
    lit: float,
    light_col: Color = (255, 208, 140),
    roofs: bool = True,
    snow: bool = False,
    bloom: bool = True,
) -> None:
    """A row of old-town houses standing on ``y_base`` across the whole width."""
    rng, w = cv.rng, cv.w
    x = -rng.uniform(0, 40) * cv.s
    while x < w:
        bw = rng.uniform(0.08, 0.16) * w
        bh = rng.uniform(*height) * cv.h
        col = _jitter(rng, rng.choice(colors), 10)
        top = y_base - bh
        d.rectangle((x, top, x + bw, y_base), fill=col)
        d.rectangle((x + bw * 0.93, top, x + bw, y_base), fill=_shade(col, 0.82))
        roof_col = _shade(col, 0.55) if not snow else (228, 234, 244)
        if roofs and rng.random() < 0.55:
            peak = top - bw * rng.uniform(0.25, 0.45)
            d.polygon([(x - 3, top), (x + bw / 2, peak), (x + bw + 3, top)], fill=roof_col)
            if snow:
                d.polygon(
                    [
                        (x - 3, top),
                        (x + bw / 2, peak),
                        (x + bw + 3, top),
                        (x + bw / 2, peak + bw * 0.05),
                    ],
                    fill=(206, 214, 230),
                )
        else:
            d.rectangle((x - 2, top - cv.px(10), x + bw + 2, top), fill=roof_col)
        floors = max(2, int(bh / (70 * cv.s)))
        cols = max(2, int(bw / (55 * cv.s)))
        ww, wh = bw / cols * 0.42, bh / floors * 0.45
        for fi in range(floors):
            for ci in range(cols):
                wx = x + bw / cols * (ci + 0.5) - ww / 2
                wy = top + bh / floors * (fi + 0.3)
                if wy + wh > y_base - bh / floors * 0.2:
                    continue
                if rng.random() < lit:
                    lc = _jitter(rng, light_col, 14)
                    d.rectangle((wx, wy, wx + ww, wy + wh), fill=lc)
                    if bloom:
                        cv.b.rectangle((wx, wy, wx + ww, wy + wh), fill=_shade(lc, 0.8))
                else:
                    d.rectangle((wx, wy, wx + ww, wy + wh), fill=_shade(col, 0.45))
                if snow:
                    d.rectangle(
                        (wx - 2, wy + wh, wx + ww + 2, wy + wh + cv.px(4)), fill=(220, 228, 240)
                    )
        x += bw


# --------------------------------------------------------------------------------------------
# Painters
# --------------------------------------------------------------------------------------------


def _paint_skyline(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    water = cv.scene.get("water", True)
    horizon = int(h * (0.66 if water else 0.84))
    haze = _sky(cv, horizon)
    lit_p = {"night": 0.42, "dusk": 0.3, "dawn": 0.12, "day": 0.0, "overcast": 0.04}[t]
    base = {
        "night": (16, 20, 32),
        "dusk": (38, 34, 54),
        "dawn": (70, 70, 92),
        "day": (96, 108, 126),
        "overcast": (92, 98, 106),
    }[t]
    layers = [(0.55, 0.62, (0.10, 0.26)), (0.8, 0.32, (0.14, 0.40)), (1.0, 0.0, (0.08, 0.30))]
    for li, (scale, hz, (lo, hi)) in enumerate(layers):
        x = -rng.uniform(0, 60) * cv.s
        while x < w:
            bw = rng.uniform(0.035, 0.085) * w * scale
            bh = rng.uniform(lo, hi) * h
            if rng.random() < 0.08:
                bh *= 1.5
            tone = rng.choice(
                [
                    (1.0, 1.0, 1.0),
                    (1.18, 1.05, 0.92),
                    (0.9, 1.0, 1.15),
                    (1.25, 1.22, 1.18),
                    (0.85, 0.86, 0.9),
                ]
            )
            col = _mix(
                _jitter(rng, (base[0] * tone[0], base[1] * tone[1], base[2] * tone[2]), 8), haze, hz
            )
            if t == "day" and rng.random() < 0.35:
                col = _mix(col, (150, 176, 206), 0.4)
            top = horizon - bh
            cv.d.rectangle((x, top, x + bw, horizon), fill=col)
            cv.d.rectangle((x + bw * 0.72, top, x + bw, horizon), fill=_shade(col, 0.8))
            if t in ("day", "dawn"):
                cv.d.rectangle((x, top, x + bw * 0.12, horizon), fill=_shade(col, 1.12))
            r = rng.random()
            if r < 0.22:
                sb = bw * rng.uniform(0.4, 0.7)
                sh_ = bh * rng.uniform(0.08, 0.2)
                cv.d.rectangle((x + (bw - sb) / 2, top - sh_, x + (bw + sb) / 2, top), fill=col)
                cv.d.line(
                    (x + bw / 2, top - sh_, x + bw / 2, top - sh_ - bh * 0.18),
                    fill=col,
                    width=cv.px(3),
                )
                if t in ("night", "dusk"):
                    ay = top - sh_ - bh * 0.18
                    cv.d.ellipse(
                        (x + bw / 2 - 3, ay - 3, x + bw / 2 + 3, ay + 3), fill=(255, 60, 50)
                    )
                    cv.glow(x + bw / 2, ay, 14 * cv.s, (200, 30, 20), 0.8)
            elif r < 0.34:
                cv.d.polygon([(x, top), (x + bw, top), (x + bw, top - bw * 0.35)], fill=col)
            elif r < 0.4:
                cv.d.polygon(
                    [(x + bw * 0.2, top), (x + bw / 2, top - bh * 0.35), (x + bw * 0.8, top)],
                    fill=col,
                )
            if li >= 1:
                cell = rng.uniform(10, 15) * cv.s * scale
                ww, wh = cell * 0.5, cell * 0.55
                rows = int(bh / cell) - 1
                cols_ = int(bw / cell)
                if t in ("day", "overcast", "dawn"):
                    glass = _mix(col, (186, 206, 226), 0.25 if li == 2 else 0.15)
                    for ri in range(rows):
                        wy = top + cell * (ri + 0.6)
                        cv.d.rectangle((x + 3, wy, x + bw - 3, wy + wh * 0.7), fill=glass)
                bias = rng.uniform(0.4, 1.5)
                lc0 = rng.choice([(255, 214, 140), (255, 232, 186), (210, 226, 255)])
                for ri in range(rows):
                    wy = top + cell * (ri + 0.6)
                    for ci in range(cols_):
                        if rng.random() < lit_p * bias:
                            wx = x + cell * (ci + 0.3)
                            lc = _shade(_jitter(rng, lc0, 12), 0.75 if li == 1 else 1.0)
                            cv.d.rectangle((wx, wy, wx + ww, wy + wh), fill=lc)
                            cv.b.rectangle((wx, wy, wx + ww, wy + wh), fill=_shade(lc, 0.55))
            x += bw + rng.uniform(-0.006, 0.01) * w
    if water:
        tint = {"night": (10, 16, 30), "dusk": (40, 36, 60), "day": (40, 76, 104)}.get(
            t, (60, 72, 90)
        )
        _water(cv, horizon, tint, 0.3)
    else:
        cv.img.paste(
            _vgradient(w, h - horizon, [(0, _shade(base, 0.7)), (1, _shade(base, 0.4))]),
            (0, horizon),
        )


def _paint_parliament(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    horizon = int(h * 0.8)
    _sky(cv, horizon, clouds=0.35 if t != "overcast" else None)
    stone = {
        "day": (226, 216, 196),
        "overcast": (196, 192, 184),
        "dawn": (232, 200, 178),
        "dusk": (214, 170, 124),
        "night": (196, 164, 116),
    }[t]
    shadow = _shade(stone, 0.62)
    deep = _shade(stone, 0.32)
    lit = t in ("dusk", "night")
    flag = _flag_colors(cv)
    d = cv.d
    cx = w * 0.5
    # trees on both sides, soft
    tm, td = cv.layer_mask()
    for side in (-1, 1):
        for _ in range(7):
            tx = cx + side * rng.uniform(0.36, 0.56) * w
            ty = horizon - rng.uniform(0.06, 0.2) * h
            r = rng.uniform(0.04, 0.08) * w
            td.ellipse((tx - r, ty - r, tx + r, ty + r * 1.3), fill=255)
    tree_col = (22, 40, 30) if not lit else (12, 16, 20)
    cv.paste_mask(tree_col, cv.blurred_mask(tm, 3))
    # wings
    wing_top = horizon - h * 0.26
    wl, wr = cx - w * 0.4, cx + w * 0.4
    d.rectangle((wl, wing_top, wr, horizon), fill=stone)
    d.rectangle((wl - 6 * cv.s, wing_top - h * 0.018, wr + 6 * cv.s, wing_top), fill=shadow)
    d.rectangle((wl, horizon - h * 0.05, wr, horizon), fill=_shade(stone, 0.88))
    win_lit = (255, 204, 130)
    for side in (-1, 1):
        for k in range(7):
            wx = cx + side * (w * 0.2 + k * w * 0.028)
            for fy in (0.2, 0.12):
                wy = horizon - h * fy - h * 0.045
                box = (wx - w * 0.007, wy, wx + w * 0.007, wy + h * 0.05)
                if lit and rng.random() < 0.7:
                    d.rectangle(box, fill=_jitter(rng, win_lit, 10))
                    cv.b.rectangle(box, fill=(150, 110, 60))
                else:
                    d.rectangle(box, fill=deep)
                d.rectangle((box[0] - 2, box[1] - 4 * cv.s, box[2] + 2, box[1]), fill=shadow)
    # dome
    dw = w * 0.2
    drum_top = horizon - h * 0.47
    drum_bot = horizon - h * 0.34
    d.rectangle((cx - dw / 2, drum_top, cx + dw / 2, drum_bot), fill=stone)
    for k in range(9):
        px_ = cx - dw / 2 + dw * (k + 0.5) / 9
        d.rectangle((px_ - dw * 0.018, drum_top + 8, px_ + dw * 0.018, drum_bot), fill=shadow)
        if k < 8:
            wx = px_ + dw / 18
            box = (wx - dw * 0.015, drum_top + h * 0.04, wx + dw * 0.015, drum_bot - h * 0.03)
            d.rounded_rectangle(box, radius=dw * 0.015, fill=win_lit if lit else deep)
            if lit:
                cv.b.rectangle(box, fill=(120, 90, 50))
    d.rectangle((cx - dw * 0.56, drum_top - h * 0.015, cx + dw * 0.56, drum_top), fill=shadow)
    dome_h = h * 0.14
    dome_col = _mix(stone, (120, 150, 140), 0.45)
    d.pieslice(
        (cx - dw * 0.52, drum_top - dome_h, cx + dw * 0.52, drum_top + dome_h),
        180,
        360,
        fill=_shade(dome_col, 0.8),
    )
    d.pieslice(
        (cx - dw * 0.52, drum_top - dome_h, cx + dw * 0.3, drum_top + dome_h),
        180,
        360,
        fill=dome_col,
    )
    for k in range(1, 8):
        a = math.pi * k / 8
        rx = math.cos(a) * dw * 0.52
        pts = []
        for j in range(12):
            b = math.pi / 2 * j / 11
            pts.append((cx + rx * math.cos(b), drum_top - dome_h * math.sin(b)))
        d.line(pts, fill=_shade(dome_col, 0.7), width=cv.px(2))
    lt = drum_top - dome_h
    d.rectangle((cx - dw * 0.06, lt - h * 0.05, cx + dw * 0.06, lt + 2), fill=stone)
    d.pieslice(
        (cx - dw * 0.07, lt - h * 0.075, cx + dw * 0.07, lt - h * 0.025), 180, 360, fill=dome_col
    )
    pole_top = lt - h * 0.13
    d.line((cx, lt - h * 0.05, cx, pole_top), fill=(60, 60, 64), width=cv.px(4))
    _flag_wave(d, cx + 2, pole_top, w * 0.07, h * 0.055, flag, rng, light=0.75 if lit else 1.0)
    # portico
    pw = w * 0.34
    col_top = horizon - h * 0.31
    steps_top = horizon - h * 0.045
    d.rectangle((cx - pw / 2, col_top, cx + pw / 2, steps_top), fill=deep)
    for k in range(3):
        dx = cx - pw * 0.3 + k * pw * 0.3
        box = (dx - pw * 0.035, steps_top - h * 0.13, dx + pw * 0.035, steps_top)
        if lit:
            d.rectangle(box, fill=(236, 190, 120))
            cv.b.rectangle(box, fill=(170, 120, 60))
        else:
            d.rectangle(box, fill=_shade(deep, 0.7))
    n = 8
    cw = pw / (n * 2.1)
    for k in range(n):
        ccx = cx - pw / 2 + cw * 1.2 + k * (pw - cw * 2.4) / (n - 1)
        d.rectangle(
            (ccx - cw / 2, col_top + h * 0.02, ccx + cw / 2, steps_top - h * 0.012), fill=stone
        )
        d.rectangle(
            (ccx + cw * 0.15, col_top + h * 0.02, ccx + cw / 2, steps_top - h * 0.012),
            fill=_shade(stone, 0.8),
        )
        d.rectangle(
            (ccx - cw * 0.3, col_top + h * 0.02, ccx - cw * 0.12, steps_top - h * 0.012),
            fill=_mix(stone, (255, 255, 255), 0.25),
        )
        d.rectangle((ccx - cw * 0.75, col_top, ccx + cw * 0.75, col_top + h * 0.02), fill=stone)
        d.rectangle((ccx - cw * 0.7, steps_top - h * 0.014, ccx + cw * 0.7, steps_top), fill=shadow)
    ent_top = col_top - h * 0.04
    d.rectangle((cx - pw / 2 - 8 * cv.s, ent_top, cx + pw / 2 + 8 * cv.s, col_top), fill=stone)
    d.line(
        (cx - pw / 2 - 8 * cv.s, col_top - h * 0.012, cx + pw / 2 + 8 * cv.s, col_top - h * 0.012),
        fill=shadow,
        width=cv.px(2),
    )
    ped_h = h * 0.085
    d.polygon(
        [
            (cx - pw / 2 - 14 * cv.s, ent_top),
            (cx, ent_top - ped_h),
            (cx + pw / 2 + 14 * cv.s, ent_top),
        ],
        fill=stone,
    )
    d.polygon(
        [
            (cx - pw / 2 + 20 * cv.s, ent_top - 5 * cv.s),
            (cx, ent_top - ped_h + 14 * cv.s),
            (cx + pw / 2 - 20 * cv.s, ent_top - 5 * cv.s),
        ],
        fill=_shade(stone, 0.84),
    )
    d.line(
        [
            (cx - pw / 2 - 14 * cv.s, ent_top),
            (cx, ent_top - ped_h),
            (cx + pw / 2 + 14 * cv.s, ent_top),
        ],
        fill=shadow,
        width=cv.px(3),
    )
    # steps and plaza
    for k in range(6):
        y0 = steps_top + k * (horizon - steps_top) / 6
        ext = k * w * 0.008
        d.rectangle(
            (
                cx - pw / 2 - 20 * cv.s - ext,
                y0,
                cx + pw / 2 + 20 * cv.s + ext,
                y0 + (horizon - steps_top) / 6,
            ),
            fill=_shade(stone, 0.95 - 0.04 * (k % 2)),
        )
    pave = _shade(stone, 0.62 if not lit else 0.4)
    cv.img.paste(_vgradient(w, h - horizon, [(0, pave), (1, _shade(pave, 0.7))]), (0, horizon))
    for k in range(1, 9):
        yy = horizon + (h - horizon) * (k / 9) ** 1.5
        d.line((0, yy, w, yy), fill=_shade(pave, 0.9), width=1)
    for k in range(-12, 13):
        d.line((cx + k * w * 0.02, horizon, cx + k * w * 0.16, h), fill=_shade(pave, 0.9), width=1)
    if lit:
        m, md = cv.layer_mask()
        md.rectangle((wl, wing_top, wr, horizon), fill=110)
        md.rectangle((cx - pw / 2, ent_top - ped_h, cx + pw / 2, horizon), fill=150)
        md.ellipse((cx - dw * 0.6, drum_top - dome_h * 0.8, cx + dw * 0.6, drum_bot), fill=50)
        cv.paste_mask((90, 64, 30), cv.blurred_mask(m, 6), target=cv.bloom)
    # lamp posts and a few people on the plaza
    for side in (-1, 1):
        for k in range(2):
            lx = cx + side * (w * 0.3 + k * w * 0.16)
            lb = horizon + (h - horizon) * (0.25 + k * 0.4)
            lh = h * (0.16 + k * 0.12)
            d.line((lx, lb, lx, lb - lh), fill=(30, 30, 34), width=cv.px(4 + k * 3))
            r = cv.px(7 + k * 4)
            d.ellipse(
                (lx - r, lb - lh - r, lx + r, lb - lh + r),
                fill=(255, 236, 190) if lit else (70, 70, 74),
            )
            if lit:
                cv.glow(lx, lb - lh, r * 9, (255, 190, 110), 0.9)
    for _ in range(rng.randint(4, 9)):
        fx = rng.uniform(0.1, 0.9) * w
        fb = horizon + (h - horizon) * rng.uniform(0.1, 0.5)
        fh = h * 0.07 * (1 + (fb - horizon) / (h - horizon) * 1.5)
        _figure(d, fx, fb, fh, (30, 28, 30) if not lit else (16, 14, 16), rng)


def _paint_harbour(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    horizon = int(h * 0.62)
    haze = _sky(cv, horizon)
    lit = t in ("dusk", "night")
    d = cv.d
    accent = tuple(cv.scene.get("accent", (196, 72, 44)))
    # far shore
    shore = _ridge(rng, w, horizon - h * 0.03, h * 0.03, 0.5, 6)
    far = _mix((40, 50, 60) if not lit else (14, 18, 28), haze, 0.55)
    d.polygon([*shore, (w, horizon), (0, horizon)], fill=far)
    quay = horizon - h * 0.015
    # container stacks
    cols = [
        (176, 64, 46),
        (44, 88, 140),
        (52, 120, 86),
        (200, 142, 52),
        (120, 124, 130),
        (150, 40, 52),
    ]
    x = w * 0.02
    while x < w * 0.98:
        n_hi = rng.randint(1, 5)
        cwid = w * rng.uniform(0.035, 0.05)
        for k in range(n_hi):
            c = _mix(rng.choice(cols), haze, 0.35 if not lit else 0.6)
            if lit:
                c = _shade(c, 0.5)
            y1 = quay - k * h * 0.022
            d.rectangle((x, y1 - h * 0.022, x + cwid, y1), fill=c)
            d.line((x, y1 - h * 0.022, x + cwid, y1 - h * 0.022), fill=_shade(c, 1.2), width=1)
            for j in range(1, 6):
                xx = x + cwid * j / 6
                d.line((xx, y1 - h * 0.021, xx, y1 - 1), fill=_shade(c, 0.8), width=1)
        x += cwid + rng.uniform(0, w * 0.008)
    # gantry cranes
    crane_col = accent if not lit else _shade(accent, 0.45)
    n_cr = rng.randint(3, 5)
    for k in range(n_cr):
        ccx = w * (0.12 + 0.76 * k / max(n_cr - 1, 1)) + rng.uniform(-0.03, 0.03) * w
        sc = rng.uniform(0.8, 1.1)
        top = quay - h * 0.33 * sc
        leg = w * 0.035 * sc
        lw_ = cv.px(6 * sc)
        d.line((ccx - leg, quay, ccx - leg * 0.6, top), fill=crane_col, width=lw_)
        d.line((ccx + leg, quay, ccx + leg * 0.6, top), fill=crane_col, width=lw_)
        d.line(
            (ccx - leg * 0.9, quay - h * 0.12 * sc, ccx + leg * 0.9, quay - h * 0.12 * sc),
            fill=crane_col,
            width=lw_,
        )
        d.line(
            (ccx - leg * 0.8, quay - h * 0.22 * sc, ccx + leg * 0.8, quay - h * 0.22 * sc),
            fill=crane_col,
            width=cv.px(4 * sc),
        )
        boom_y = top + h * 0.02
        d.rectangle(
            (ccx - leg * 2.2, boom_y - cv.px(5), ccx + leg * 3.8, boom_y + cv.px(5)), fill=crane_col
        )
        d.line((ccx, top - h * 0.06 * sc, ccx + leg * 3.8, boom_y), fill=crane_col, width=cv.px(2))
        d.line((ccx, top - h * 0.06 * sc, ccx - leg * 2.2, boom_y), fill=crane_col, width=cv.px(2))
        d.line((ccx, top - h * 0.06 * sc, ccx, boom_y), fill=crane_col, width=cv.px(4))
        d.rectangle(
            (ccx - leg * 0.5, boom_y + cv.px(5), ccx + leg * 0.2, boom_y + h * 0.03),
            fill=_shade(crane_col, 0.8) if not lit else (40, 40, 44),
        )
        if lit:
            for lx in (ccx - leg * 2.1, ccx + leg * 3.7, ccx):
                cv.glow(lx, boom_y + 6, 16 * cv.s, (255, 200, 120), 0.9)
            cv.glow(ccx, top - h * 0.06 * sc, 10 * cv.s, (255, 40, 30), 0.9)
    # quay edge
    d.rectangle((0, quay, w, horizon), fill=_shade(far, 0.7))
    if lit:
        for k in range(14):
            lx = w * (k + 0.5) / 14
            d.line((lx, quay, lx, quay - h * 0.06), fill=(20, 20, 24), width=cv.px(2))
            cv.glow(lx, quay - h * 0.06, 30 * cv.s, (255, 176, 90), 0.8)
            d.ellipse(
                (lx - 3, quay - h * 0.06 - 3, lx + 3, quay - h * 0.06 + 3), fill=(255, 226, 170)
            )
    # ship
    sx0 = w * rng.uniform(0.05, 0.3)
    sx1 = sx0 + w * rng.uniform(0.45, 0.6)
    hull_top = horizon - h * 0.06
    hull_col = rng.choice([(30, 38, 52), (120, 30, 32), (32, 60, 54)])
    if lit:
        hull_col = _shade(hull_col, 0.5)
    d.polygon(
        [
            (sx0, hull_top),
            (sx1 + w * 0.04, hull_top - h * 0.015),
            (sx1 - w * 0.01, horizon),
            (sx0 + w * 0.01, horizon),
        ],
        fill=hull_col,
    )
    d.rectangle((sx0, horizon - h * 0.012, sx1, horizon), fill=(110, 32, 30))
    x = sx0 + w * 0.08
    while x < sx1 - w * 0.02:
        cwid = w * 0.022
        for k in range(rng.randint(2, 5)):
            c = _mix(rng.choice(cols), haze, 0.2)
            if lit:
                c = _shade(c, 0.45)
            d.rectangle(
                (x, hull_top - (k + 1) * h * 0.018, x + cwid - 1, hull_top - k * h * 0.018), fill=c
            )
        x += cwid
    bx = sx0 + w * 0.015
    br_col = (232, 232, 228) if not lit else (90, 90, 96)
    d.rectangle((bx, hull_top - h * 0.11, bx + w * 0.05, hull_top), fill=br_col)
    d.rectangle(
        (bx - w * 0.005, hull_top - h * 0.115, bx + w * 0.055, hull_top - h * 0.1),
        fill=_shade(br_col, 0.9),
    )
    for k in range(3):
        wy = hull_top - h * (0.095 - k * 0.03)
        d.rectangle(
            (bx + 4, wy, bx + w * 0.05 - 4, wy + h * 0.01),
            fill=(40, 50, 60) if not lit else (255, 214, 150),
        )
        if lit:
            cv.b.rectangle((bx + 4, wy, bx + w * 0.05 - 4, wy + h * 0.01), fill=(160, 120, 70))
    d.rectangle(
        (bx + w * 0.02, hull_top - h * 0.15, bx + w * 0.032, hull_top - h * 0.115), fill=hull_col
    )
    tint = {"night": (8, 14, 26), "dusk": (38, 34, 56), "day": (30, 72, 96)}.get(t, (56, 70, 84))
    _water(cv, horizon, tint, 0.35)


def _paint_crowd(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    horizon = int(h * 0.56)
    haze = _sky(cv, horizon)
    lit = t in ("dusk", "night")
    flag = _flag_colors(cv)
    # blurred buildings behind the square
    bg = cv.img.copy()
    bd = ImageDraw.Draw(bg)
    facade = [
        _mix(c, haze, 0.35)
        for c in ((150, 132, 112), (170, 160, 140), (128, 120, 118), (182, 150, 120))
    ]
    if lit:
        facade = [_shade(c, 0.45) for c in facade]
    _facade_row(cv, bd, horizon + h * 0.05, (0.22, 0.36), facade, 0.35 if lit else 0.0, bloom=False)
    cv.img.paste(bg.filter(ImageFilter.GaussianBlur(3 * cv.s)), (0, 0))
    d = cv.d
    d.rectangle((0, horizon + h * 0.05, w, h), fill=_shade(haze, 0.4))
    rows = 7
    for r in range(rows):
        depth = r / (rows - 1)
        scale = 0.32 + depth * 1.05
        ph = h * 0.36 * scale
        yb = horizon + h * 0.04 + depth**1.3 * h * 0.62 + ph * 0.45
        dark = (18, 16, 20) if not lit else (8, 8, 12)
        col = _mix(dark, haze, 0.6 * (1 - depth) ** 1.5)
        spacing = ph * 0.25
        x = -rng.uniform(0, spacing)
        while x < w + spacing:
            pc = _jitter(rng, col, 6)
            hand = _figure(
                d,
                x + rng.uniform(-0.2, 0.2) * spacing,
                yb + rng.uniform(-0.05, 0.05) * ph,
                ph,
                pc,
                rng,
                full=False,
            )
            roll = rng.random()
            if 0.15 < depth < 0.9 and roll < 0.07:
                pole = ph * rng.uniform(0.7, 1.0)
                hx, hy = hand
                tx, ty = hx + rng.uniform(-0.1, 0.15) * ph, hy - pole
                d.line((hx, hy, tx, ty), fill=(40, 36, 34), width=max(1, int(ph * 0.012)))
                fw = ph * rng.uniform(0.45, 0.6)
                _flag_wave(d, tx, ty, fw, fw * 0.62, flag, rng, light=0.6 if lit else 0.95)
            elif 0.15 < depth < 0.9 and roll < 0.12:
                hx, hy = hand
                d.line(
                    (hx, hy, hx, hy - ph * 0.45), fill=(70, 56, 40), width=max(1, int(ph * 0.01))
                )
                pw_ = ph * rng.uniform(0.25, 0.35)
                pc_ = rng.choice([(236, 232, 222), (240, 214, 80), (228, 228, 232)])
                pc_ = _mix(pc_, haze, 0.3 * (1 - depth))
                if lit:
                    pc_ = _shade(pc_, 0.55)
                d.rectangle(
                    (hx - pw_ / 2, hy - ph * 0.45 - pw_ * 0.7, hx + pw_ / 2, hy - ph * 0.45),
                    fill=pc_,
                )
            elif lit and roll < 0.135 and 0.1 < depth < 0.6:
                hx, hy = hand
                fx, fy = hx, hy - ph * 0.12
                d.ellipse((fx - 3, fy - 3, fx + 3, fy + 3), fill=(255, 230, 210))
                cv.glow(fx, fy, ph * 0.3, (255, 80, 40), 0.9, 1.8)
            x += spacing * rng.uniform(0.7, 1.2)


def _paint_landscape(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    season = cv.scene.get("season", "summer")
    snow = cv.scene.get("snow", season == "winter")
    horizon = int(h * 0.56)
    haze = _sky(cv, horizon, clouds=0.3 if t == "night" else None)
    lit = t in ("dusk", "night")
    d = cv.d
    rock = (70, 80, 100) if not lit else (26, 30, 46)
    snow_col = (236, 240, 246) if not lit else (130, 140, 170)
    if t == "dusk":
        snow_col = (240, 190, 170)
    for k, (amp, base, hz) in enumerate([(0.24, 0.46, 0.62), (0.17, 0.54, 0.42)]):
        pts = _ridge(rng, w, h * base, h * amp, 0.52, 7)
        top = min(p[1] for p in pts)
        body = _mix(rock, haze, hz)
        m, md = cv.layer_mask()
        md.polygon([*pts, (w, h), (0, h)], fill=255)
        grad = _vgradient(w, h, [(0, body), (1, body)])
        if snow or k == 0:
            sl = (top + h * 0.06) / h
            grad = _vgradient(
                w,
                h,
                [
                    (0, _mix(snow_col, haze, hz * 0.5)),
                    (sl, _mix(snow_col, haze, hz * 0.5)),
                    (sl + 0.03, body),
                    (1, body),
                ],
            )
        cv.img.paste(grad, (0, 0), m)
    greens = {
        "summer": [(82, 120, 58), (120, 146, 66), (168, 160, 80), (96, 130, 70)],
        "autumn": [(150, 110, 50), (176, 136, 70), (120, 96, 56), (160, 80, 40)],
        "spring": [(112, 156, 80), (140, 170, 90), (96, 140, 70), (170, 176, 100)],
        "winter": [(216, 222, 232), (200, 208, 222), (226, 230, 238), (190, 198, 212)],
    }[season if season in ("summer", "autumn", "spring", "winter") else "summer"]
    if lit:
        greens = [_shade(_mix(g, (40, 50, 90), 0.4), 0.45) for g in greens]
    elif t == "dawn":
        greens = [_mix(g, (240, 170, 130), 0.15) for g in greens]
    hills = _ridge(rng, w, horizon + h * 0.02, h * 0.05, 0.45, 6)
    hill_col = _mix(greens[0], haze, 0.35)
    d.polygon([*hills, (w, h), (0, h)], fill=hill_col)
    # fields: a patchwork of parcels in perspective, clipped to the hills
    vx = w * rng.uniform(0.3, 0.7)
    vy = horizon - h * 0.05
    fy = min(p[1] for p in hills)
    m, md = cv.layer_mask()
    md.polygon([*hills, (w, h), (0, h)], fill=255)
    fields = Image.new("RGB", (w, h), hill_col)
    fd = ImageDraw.Draw(fields)
    hedge = _shade(greens[0], 0.55)
    ys: list[float] = []
    y = max(fy - h * 0.01, vy + h * 0.01)
    while y < h * 1.4:
        ys.append(y)
        y = vy + (y - vy) * rng.uniform(1.3, 1.6)
    span = h - vy
    for ya, yb in zip(ys, ys[1:], strict=False):
        lim = w * span / max(ya - vy, 1) + w
        xw = -lim - rng.uniform(0, w)
        while xw < lim:
            dxw = rng.uniform(0.35, 1.3) * w
            col = _jitter(rng, rng.choice(greens), 10)
            qa, qb = (ya - vy) / span, (yb - vy) / span
            fd.polygon(
                [
                    (vx + xw * qa, ya),
                    (vx + (xw + dxw) * qa, ya),
                    (vx + (xw + dxw) * qb, yb),
                    (vx + xw * qb, yb),
                ],
                fill=col,
            )
            if rng.random() < 0.55:
                nf = rng.randint(6, 14)
                fc = _shade(col, rng.choice([0.86, 1.12]))
                for j in range(1, nf):
                    xj = xw + dxw * j / nf
                    fd.line(
                        (vx + xj * qa, ya, vx + xj * qb, yb), fill=fc, width=max(1, int(qb * 2.5))
                    )
            fd.line((vx + xw * qa, ya, vx + xw * qb, yb), fill=hedge, width=max(1, int(qb * 5)))
            xw += dxw
        fd.line((0, ya, w, ya), fill=hedge, width=max(1, int((ya - vy) / span * 6)))
    haze_mask = _vgradient(w, h, [(0, (130,) * 3), (fy / h, (120,) * 3), (1, (0,) * 3)]).convert(
        "L"
    )
    fields.paste(haze, (0, 0), haze_mask)
    cv.img.paste(fields, (0, 0), m)
    # tree lines and lone trees
    tree = (34, 54, 34) if season != "autumn" else (110, 66, 30)
    if lit:
        tree = (12, 16, 20)
    if season == "winter":
        tree = (60, 58, 60)
    for _ in range(3):
        yy = fy + (h - fy) * rng.uniform(0.05, 0.3)
        x0 = rng.uniform(-0.2, 0.6) * w
        ln = rng.uniform(0.2, 0.5) * w
        sz = max((yy - vy) / (h - vy) * 26 * cv.s, 2.0)
        x = x0
        while x < x0 + ln:
            r = sz * rng.uniform(0.6, 1.1)
            d.ellipse((x - r, yy - r * 2.2, x + r, yy), fill=_jitter(rng, tree, 8))
            x += r * 1.2
    for _ in range(rng.randint(2, 4)):
        tx = rng.uniform(0.05, 0.95) * w
        ty = fy + (h - fy) * rng.uniform(0.3, 0.8)
        sz = max((ty - vy) / (h - vy) * 60 * cv.s, 4.0)
        d.line((tx, ty, tx, ty - sz * 1.5), fill=_shade(tree, 0.6), width=max(2, int(sz * 0.12)))
        for _ in range(6):
            ox, oy = rng.uniform(-0.6, 0.6) * sz, rng.uniform(-2.4, -1.2) * sz
            r = sz * rng.uniform(0.5, 0.8)
            d.ellipse(
                (tx + ox - r, ty + oy - r, tx + ox + r, ty + oy + r), fill=_jitter(rng, tree, 10)
            )
    if cv.scene.get("observatory"):
        hx = w * rng.uniform(0.6, 0.8)
        hy = min(p[1] for p in hills if abs(p[0] - hx) < w * 0.05) + 4
        r = w * 0.03
        col = (200, 204, 214) if not lit else (96, 102, 124)
        d.rectangle((hx - r, hy - r * 0.8, hx + r, hy + 4), fill=col)
        d.pieslice((hx - r, hy - r * 1.8, hx + r, hy + r * 0.2), 180, 360, fill=_shade(col, 1.1))
        d.line(
            (hx - r * 0.05, hy - r * 1.8, hx - r * 0.05, hy - r * 0.9),
            fill=(20, 20, 30),
            width=cv.px(6),
        )
        if lit:
            d.rectangle((hx - r * 0.3, hy - r * 0.5, hx - r * 0.1, hy), fill=(255, 150, 80))
            cv.glow(hx - r * 0.2, hy - r * 0.25, r * 3, (170, 80, 40), 0.9)
            cv.glow(hx, hy - r * 1.2, r * 4, (40, 44, 70), 0.8)


def _paint_laboratory(cv: _Canvas) -> None:
    w, h, rng = cv.w, cv.h, cv.rng
    pal = cv.scene.get("palette", "cool")
    wall_top, wall_bot = (150, 166, 182), (204, 214, 222)
    if pal == "warm":
        wall_top, wall_bot = (176, 164, 150), (226, 218, 204)
    cv.img.paste(_vgradient(w, h, [(0, wall_top), (0.62, wall_bot), (1, wall_bot)]), (0, 0))
    # background (to be blurred): window, shelves with bottles, cabinets
    bg = cv.img.copy()
    bd = ImageDraw.Draw(bg)
    wx0, wx1 = w * 0.04, w * 0.34
    wy0, wy1 = h * 0.08, h * 0.5
    bd.rectangle((wx0, wy0, wx1, wy1), fill=(236, 244, 250))
    bd.rectangle((wx0, wy1 - (wy1 - wy0) * 0.25, wx1, wy1), fill=(150, 176, 150))
    for k in range(1, 3):
        xx = wx0 + (wx1 - wx0) * k / 3
        bd.line((xx, wy0, xx, wy1), fill=(120, 128, 136), width=cv.px(8))
    bd.line((wx0, (wy0 + wy1) / 2, wx1, (wy0 + wy1) / 2), fill=(120, 128, 136), width=cv.px(8))
    bd.rectangle((wx0, wy0, wx1, wy1), outline=(110, 118, 126), width=cv.px(10))
    for shelf_y in (h * 0.22, h * 0.38):
        bd.rectangle((w * 0.42, shelf_y, w * 0.98, shelf_y + h * 0.012), fill=(120, 116, 110))
        x = w * 0.43
        while x < w * 0.96:
            bwid = w * rng.uniform(0.012, 0.026)
            bh = h * rng.uniform(0.05, 0.1)
            c = rng.choice(
                [
                    (120, 70, 40),
                    (60, 90, 130),
                    (200, 200, 196),
                    (70, 110, 80),
                    (150, 150, 160),
                    (170, 120, 60),
                ]
            )
            bd.rectangle((x, shelf_y - bh, x + bwid, shelf_y), fill=c)
            bd.rectangle(
                (x + bwid * 0.3, shelf_y - bh - h * 0.015, x + bwid * 0.7, shelf_y - bh),
                fill=_shade(c, 0.7),
            )
            x += bwid + w * rng.uniform(0.002, 0.01)
    bd.rectangle((w * 0.4, h * 0.45, w, h * 0.62), fill=(180, 186, 190))
    for k in range(5):
        xx = w * 0.4 + k * w * 0.12
        bd.line((xx, h * 0.45, xx, h * 0.62), fill=(150, 156, 160), width=cv.px(3))
    cv.img.paste(bg.filter(ImageFilter.GaussianBlur(6 * cv.s)), (0, 0))
    beam, bm = cv.layer_mask()
    bm.polygon([(wx0, wy0), (wx1, wy0), (w * 0.75, h * 0.64), (w * 0.2, h * 0.64)], fill=70)
    cv.paste_mask((255, 250, 236), cv.blurred_mask(beam, 30), target=cv.bloom)
    cv.glow((wx0 + wx1) / 2, (wy0 + wy1) / 2, w * 0.3, (90, 96, 100), 0.9)
    # bench
    bench_y = h * 0.64
    top_col = (44, 48, 54)
    cv.img.paste(
        _vgradient(
            w,
            int(h - bench_y),
            [
                (0, (70, 76, 84)),
                (0.06, top_col),
                (0.45, (30, 32, 36)),
                (0.46, (88, 96, 104)),
                (1, (60, 66, 72)),
            ],
        ),
        (0, int(bench_y)),
    )
    # glassware on an RGBA layer
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    liquids = [
        (40, 150, 200),
        (220, 120, 40),
        (120, 200, 90),
        (200, 60, 90),
        (90, 90, 220),
        (240, 210, 60),
    ]
    rng.shuffle(liquids)
    base = bench_y + h * 0.05
    glass = (230, 240, 248)
    items = ["erlenmeyer", "beaker", "round", "rack", "beaker", "erlenmeyer"]
    rng.shuffle(items)
    x = w * 0.08
    for i, kind in enumerate(items[: rng.randint(4, 6)]):
        liq = liquids[i % len(liquids)]
        sz = h * rng.uniform(0.22, 0.32)
        if kind == "erlenmeyer":
            bw_, neck = sz * 0.75, sz * 0.14
            lvl = rng.uniform(0.35, 0.6)
            body = [
                (x + bw_ / 2 - neck / 2, base - sz),
                (x + bw_ / 2 + neck / 2, base - sz),
                (x + bw_ / 2 + neck / 2, base - sz * 0.62),
                (x + bw_, base - 4),
                (x, base - 4),
                (x + bw_ / 2 - neck / 2, base - sz * 0.62),
            ]
            ld.polygon(body, fill=(*glass, 46))
            ly = base - sz * 0.62 * lvl
            frac = (base - ly) / (sz * 0.62)
            half = (bw_ / 2) * (1 - frac) + (neck / 2) * frac
            ld.polygon(
                [
                    (x + bw_ / 2 - half, ly),
                    (x + bw_ / 2 + half, ly),
                    (x + bw_ - 3, base - 5),
                    (x + 3, base - 5),
                ],
                fill=(*liq, 170),
            )
            ld.line([*body, body[0]], fill=(*glass, 150), width=cv.px(3))
            ld.rectangle(
                (
                    x + bw_ / 2 - neck * 0.65,
                    base - sz - cv.px(6),
                    x + bw_ / 2 + neck * 0.65,
                    base - sz,
                ),
                fill=(*glass, 170),
            )
            ld.line(
                (x + bw_ * 0.3, base - sz * 0.4, x + bw_ * 0.2, base - sz * 0.12),
                fill=(255, 255, 255, 190),
                width=cv.px(4),
            )
            x += bw_ + w * rng.uniform(0.03, 0.06)
        elif kind == "beaker":
            bw_ = sz * 0.55
            lvl = rng.uniform(0.3, 0.7)
            ld.rectangle((x, base - sz * 0.8, x + bw_, base - 4), fill=(*glass, 40))
            ld.rectangle((x + 3, base - sz * 0.8 * lvl, x + bw_ - 3, base - 6), fill=(*liq, 160))
            ld.rectangle(
                (x + 3, base - sz * 0.8 * lvl, x + bw_ - 3, base - sz * 0.8 * lvl + 4),
                fill=(*_shade(liq, 1.3), 200),
            )
            ld.rectangle(
                (x, base - sz * 0.8, x + bw_, base - 4), outline=(*glass, 150), width=cv.px(3)
            )
            for k in range(1, 6):
                ty = base - sz * 0.8 * k / 6
                ld.line((x + bw_ * 0.65, ty, x + bw_ * 0.85, ty), fill=(*glass, 140), width=2)
            ld.line(
                (x + bw_ * 0.15, base - sz * 0.7, x + bw_ * 0.15, base - sz * 0.1),
                fill=(255, 255, 255, 170),
                width=cv.px(5),
            )
            x += bw_ + w * rng.uniform(0.03, 0.06)
        elif kind == "round":
            r = sz * 0.3
            cy = base - r - cv.px(30)
            ld.rectangle(
                (x + r * 0.6, base - cv.px(30), x + r * 1.4, base - 2), fill=(90, 90, 96, 255)
            )
            ld.ellipse((x, cy - r, x + 2 * r, cy + r), fill=(*glass, 46))
            ld.chord((x + 3, cy - r + 3, x + 2 * r - 3, cy + r - 3), 10, 170, fill=(*liq, 170))
            ld.rectangle(
                (x + r * 0.8, cy - r - sz * 0.35, x + r * 1.2, cy - r + 4),
                fill=(*glass, 60),
                outline=(*glass, 150),
                width=cv.px(2),
            )
            ld.ellipse((x, cy - r, x + 2 * r, cy + r), outline=(*glass, 160), width=cv.px(3))
            ld.arc(
                (x + r * 0.3, cy - r * 0.7, x + r * 1.2, cy + r * 0.4),
                190,
                260,
                fill=(255, 255, 255, 200),
                width=cv.px(5),
            )
            x += 2 * r + w * rng.uniform(0.03, 0.06)
        else:
            rw = sz * 1.1
            tube_h = sz * 0.65
            nt = 5
            for k in range(nt):
                tx = x + rw * (k + 0.5) / nt
                tw = rw / nt * 0.45
                lvl = rng.uniform(0.3, 0.7)
                tl = liquids[(i + k) % len(liquids)]
                ld.rounded_rectangle(
                    (tx - tw / 2, base - tube_h, tx + tw / 2, base - 4),
                    radius=tw / 2,
                    fill=(*glass, 50),
                    outline=(*glass, 150),
                    width=cv.px(2),
                )
                ld.rounded_rectangle(
                    (tx - tw / 2 + 2, base - tube_h * lvl, tx + tw / 2 - 2, base - 6),
                    radius=tw / 2 - 2,
                    fill=(*tl, 180),
                )
            ld.rectangle(
                (x, base - tube_h * 0.45, x + rw, base - tube_h * 0.38), fill=(200, 200, 204, 255)
            )
            ld.rectangle((x, base - cv.px(10), x + rw, base - 2), fill=(200, 200, 204, 255))
            ld.rectangle((x, base - tube_h * 0.45, x + cv.px(6), base), fill=(180, 180, 186, 255))
            ld.rectangle(
                (x + rw - cv.px(6), base - tube_h * 0.45, x + rw, base), fill=(180, 180, 186, 255)
            )
            x += rw + w * rng.uniform(0.03, 0.06)
        if x > w * 0.92:
            break
    refl_h = int(h - base)
    refl = layer.crop((0, int(base - refl_h), w, int(base))).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    alpha = refl.getchannel("A").point(lambda v: v // 4)
    refl.putalpha(
        ImageChops.multiply(
            alpha,
            _vgradient(w, refl_h, [(0, (255,) * 3), (0.5, (0,) * 3), (1, (0,) * 3)]).convert("L"),
        )
    )
    rgba = cv.img.convert("RGBA")
    rgba.alpha_composite(refl.filter(ImageFilter.GaussianBlur(2)), (0, int(base)))
    rgba.alpha_composite(layer)
    cv.img = rgba.convert("RGB")
    cv.d = ImageDraw.Draw(cv.img)


def _paint_stage(cv: _Canvas) -> None:
    w, h, rng = cv.w, cv.h, cv.rng
    pal = cv.scene.get("palette", "warm")
    curtain = (130, 18, 30) if pal != "cool" else (40, 30, 90)
    spot_cols = {
        "warm": [(255, 220, 160), (255, 170, 90), (255, 236, 200)],
        "cool": [(150, 190, 255), (200, 150, 255), (220, 236, 255)],
        "vivid": [(255, 80, 160), (80, 180, 255), (255, 210, 120)],
    }.get(pal, [(255, 236, 210), (240, 220, 190), (255, 246, 230)])
    floor_y = h * 0.7
    cv.img.paste(
        _vgradient(
            w, h, [(0, (10, 8, 14)), (0.7, (24, 18, 26)), (0.71, (40, 28, 24)), (1, (20, 14, 12))]
        ),
        (0, 0),
    )
    d = cv.d
    # backdrop curtain, dim
    for k in range(60):
        x0 = w * k / 60
        f = 0.18 + 0.08 * math.cos(k * 1.7)
        d.rectangle((x0, 0, x0 + w / 60 + 1, floor_y), fill=_shade(curtain, f))
    # floor planks
    for k in range(18):
        yy = floor_y + (h - floor_y) * (k / 18) ** 1.4
        d.line((0, yy, w, yy), fill=(30, 22, 18), width=1)
    # spotlights
    n = int(cv.scene.get("performers", rng.randint(1, 3)))
    xs = [w * (0.5 + (k - (n - 1) / 2) * 0.2) for k in range(n)]
    cone, cd = cv.layer_mask()
    pools, pd = cv.layer_mask()
    for k, px_ in enumerate(xs):
        src_x = px_ + rng.uniform(-0.25, 0.25) * w
        cd.polygon(
            [
                (src_x - w * 0.01, -10),
                (src_x + w * 0.01, -10),
                (px_ + w * 0.09, floor_y + h * 0.05),
                (px_ - w * 0.09, floor_y + h * 0.05),
            ],
            fill=70,
        )
        pd.ellipse((px_ - w * 0.1, floor_y - h * 0.02, px_ + w * 0.1, floor_y + h * 0.09), fill=200)
        col = spot_cols[k % len(spot_cols)]
        cv.paste_mask(col, cv.blurred_mask(cone, 10))
        cv.paste_mask(_shade(col, 0.9), cv.blurred_mask(pools, 8), 0.9)
        cv.glow(src_x, 0, w * 0.05, col, 0.9)
        cone.paste(0, (0, 0, w, h))
        pools.paste(0, (0, 0, w, h))
    # performers
    for k, px_ in enumerate(xs):
        ph = h * rng.uniform(0.38, 0.46)
        fb = floor_y + h * 0.04
        _figure(d, px_, fb, ph, (26, 18, 22), rng)
        if k == 0 and rng.random() < 0.7:
            d.line(
                (px_ - ph * 0.25, fb, px_ - ph * 0.2, fb - ph * 0.75),
                fill=(20, 20, 20),
                width=cv.px(4),
            )
            d.line(
                (px_ - ph * 0.2, fb - ph * 0.75, px_ - ph * 0.1, fb - ph * 0.78),
                fill=(20, 20, 20),
                width=cv.px(4),
            )
    # side curtains with folds and valance
    cw = w * 0.13
    for side in (0, 1):
        for k in range(10):
            x0 = (k * cw / 10) if side == 0 else (w - cw + k * cw / 10)
            f = 0.55 + 0.35 * math.cos(k * 1.3 + side)
            d.rectangle((x0, 0, x0 + cw / 10 + 1, h), fill=_shade(curtain, f))
    for k in range(24):
        x0 = w * k / 24
        d.rectangle(
            (x0, 0, x0 + w / 24 + 1, h * 0.1), fill=_shade(curtain, 0.5 + 0.3 * math.cos(k * 1.1))
        )
        d.pieslice((x0, h * 0.06, x0 + w / 24, h * 0.14), 0, 180, fill=_shade(curtain, 0.55))
    # audience heads
    for row in range(2):
        ph = h * (0.3 + row * 0.12)
        x = -rng.uniform(0, 60) * cv.s
        while x < w + 40:
            _figure(d, x, h + ph * 0.55 - row * h * 0.02, ph, (6, 5, 7), rng, full=False)
            x += ph * rng.uniform(0.22, 0.3)
    m, md = cv.layer_mask()
    md.rectangle((0, 0, w, h), fill=25)
    cv.paste_mask(_shade(spot_cols[0], 0.5), m, target=cv.bloom)


def _paint_market(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    horizon = int(h * 0.5)
    _sky(cv, int(h * 0.3), clouds=0.4)
    lit = t in ("dusk", "night")
    bg = cv.img.copy()
    bd = ImageDraw.Draw(bg)
    facades = [(212, 170, 120), (200, 196, 180), (176, 120, 96), (222, 204, 150), (150, 160, 150)]
    if lit:
        facades = [_shade(c, 0.4) for c in facades]
    _facade_row(cv, bd, horizon, (0.2, 0.3), facades, 0.4 if lit else 0.0, bloom=False)
    bd.rectangle((0, horizon, w, h), fill=(130, 124, 116))
    cv.img.paste(bg.filter(ImageFilter.GaussianBlur(2.5 * cv.s)), (0, 0))
    d = cv.d
    cob = (120, 114, 106) if not lit else (50, 46, 44)
    cv.img.paste(_vgradient(w, h - horizon, [(0, cob), (1, _shade(cob, 0.75))]), (0, horizon))
    for k in range(30):
        yy = horizon + (h - horizon) * (k / 30) ** 1.6
        d.line((0, yy, w, yy), fill=_shade(cob, 0.85), width=1)
    awnings = [(176, 40, 40), (30, 90, 140), (40, 110, 70), (210, 150, 40), (120, 60, 110)]
    produce = [
        (210, 40, 30),
        (240, 140, 30),
        (120, 170, 50),
        (240, 210, 60),
        (150, 40, 70),
        (90, 140, 40),
        (200, 90, 40),
    ]
    for row, (scale, yb) in enumerate([(0.55, horizon + h * 0.09), (1.0, horizon + h * 0.36)]):
        sw_ = w * 0.3 * scale
        x = -rng.uniform(0.05, 0.2) * sw_
        while x < w:
            col = rng.choice(awnings)
            if lit:
                col = _shade(col, 0.6)
            top = yb - h * 0.42 * scale
            # posts
            d.rectangle((x + sw_ * 0.04, top, x + sw_ * 0.06, yb), fill=(60, 50, 44))
            d.rectangle((x + sw_ * 0.94, top, x + sw_ * 0.96, yb), fill=(60, 50, 44))
            # table and crates
            ty = yb - h * 0.16 * scale
            d.rectangle(
                (x + sw_ * 0.05, ty, x + sw_ * 0.95, yb - h * 0.02 * scale), fill=_shade(col, 0.45)
            )
            d.rectangle(
                (x + sw_ * 0.05, ty, x + sw_ * 0.95, ty + h * 0.015 * scale),
                fill=(220, 214, 200) if not lit else (90, 86, 80),
            )
            ncr = 4
            for c in range(ncr):
                cx0 = x + sw_ * (0.07 + c * 0.86 / ncr)
                cx1 = cx0 + sw_ * 0.86 / ncr - 4
                cy1 = ty
                cy0 = ty - h * 0.035 * scale
                pc = rng.choice(produce)
                if lit:
                    pc = _shade(pc, 0.55)
                r = h * 0.012 * scale
                yy = cy0 - r * 0.5
                while yy < cy1 - r:
                    xx = cx0 + r
                    while xx < cx1 - r:
                        cc = _jitter(rng, pc, 18)
                        d.ellipse((xx - r, yy - r, xx + r, yy + r), fill=cc)
                        d.ellipse(
                            (xx - r * 0.5, yy - r * 0.6, xx - r * 0.1, yy - r * 0.2),
                            fill=_shade(cc, 1.3),
                        )
                        xx += r * 1.8
                    yy += r * 1.6
                d.rectangle(
                    (cx0, cy0 + h * 0.01 * scale, cx1, cy1),
                    fill=(150, 110, 66) if not lit else (70, 50, 30),
                )
                d.line(
                    (cx0, cy0 + h * 0.02 * scale, cx1, cy0 + h * 0.02 * scale),
                    fill=(120, 84, 50),
                    width=1,
                )
            # awning
            aw_bot = top + h * 0.09 * scale
            stripes = 8
            for s in range(stripes):
                x0 = x + sw_ * s / stripes
                x1 = x + sw_ * (s + 1) / stripes
                sc_ = col if s % 2 == 0 else ((236, 232, 220) if not lit else (110, 106, 100))
                d.polygon(
                    [
                        (x0 + sw_ * 0.06 * (1 - s / stripes), top - h * 0.03 * scale),
                        (x1 + sw_ * 0.06 * (1 - (s + 1) / stripes) - 0, top - h * 0.03 * scale),
                        (x1, aw_bot),
                        (x0, aw_bot),
                    ],
                    fill=sc_,
                )
                d.pieslice(
                    (x0, aw_bot - (x1 - x0) / 2, x1, aw_bot + (x1 - x0) / 2), 0, 180, fill=sc_
                )
            d.rectangle(
                (
                    x + sw_ * 0.05,
                    aw_bot + (sw_ / stripes) / 2,
                    x + sw_ * 0.95,
                    aw_bot + h * 0.05 * scale,
                ),
                fill=(40, 34, 30),
            )
            if lit:
                for lx in (x + sw_ * 0.3, x + sw_ * 0.7):
                    ly = aw_bot + h * 0.06 * scale
                    d.line((lx, aw_bot, lx, ly), fill=(30, 30, 30), width=1)
                    d.ellipse((lx - 4, ly - 4, lx + 4, ly + 4), fill=(255, 230, 170))
                    cv.glow(lx, ly, h * 0.12 * scale, (255, 180, 90), 0.9)
            x += sw_ * rng.uniform(1.02, 1.15)
        # people in front of this row
        clothes = [
            (40, 44, 60),
            (90, 60, 44),
            (70, 70, 74),
            (110, 40, 44),
            (50, 70, 60),
            (112, 98, 80),
        ]
        for _ in range(rng.randint(3, 6) + row * 3):
            fx = rng.uniform(0, 1) * w
            ph = h * 0.38 * scale * rng.uniform(0.9, 1.1)
            fb = yb + h * rng.uniform(0.02, 0.12) * scale
            c = rng.choice(clothes)
            if lit:
                c = _shade(c, 0.4)
            _lit_figure(cv, fx, fb, ph, c, rng, rim=None if lit else _mix(c, (255, 250, 235), 0.3))


def _paint_station(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    lit = t in ("dusk", "night")
    vx, vy = w * 0.5 + rng.uniform(-0.08, 0.08) * w, h * 0.5
    f = w * 0.55

    def proj(x: float, y: float, z: float) -> Point:
        return vx + f * x / z, vy - f * y / z

    eye = 1.7
    half_w, spring, radius = 13.0, 7.5, 13.0
    wall = (88, 84, 80) if not lit else (36, 32, 34)
    roof_col = (150, 160, 168) if not lit else (30, 32, 42)
    cv.img.paste(_vgradient(w, h, [(0, roof_col), (0.5, _shade(wall, 1.1)), (1, wall)]), (0, 0))
    d = cv.d
    # end window of the hall
    z_end = 90.0
    stops = SKIES[t]
    pts = [proj(-half_w, -eye, z_end), proj(-half_w, spring - eye, z_end)]
    for k in range(25):
        a = math.pi - math.pi * k / 24
        pts.append(proj(radius * math.cos(a), spring - eye + radius * math.sin(a) * 0.8, z_end))
    pts += [proj(half_w, -eye, z_end)]
    m, md = cv.layer_mask()
    md.polygon(pts, fill=255)
    y_top = min(p[1] for p in pts)
    y_bot = max(p[1] for p in pts)
    end_grad = _vgradient(
        w,
        h,
        [(0, stops[1][1]), (y_top / h, stops[1][1]), (y_bot / h, stops[-1][1]), (1, stops[-1][1])],
    )
    cv.img.paste(end_grad, (0, 0), m)
    cv.paste_mask(_shade(stops[-1][1], 0.6), cv.blurred_mask(m, 20), target=cv.bloom)
    ex0, ey0 = proj(-half_w, spring - eye, z_end)
    ex1, _ = proj(half_w, spring - eye, z_end)
    for k in range(1, 10):
        xx = ex0 + (ex1 - ex0) * k / 10
        d.line((xx, y_top, xx, y_bot), fill=_shade(wall, 0.8), width=cv.px(2))
    for k in range(1, 4):
        yy = ey0 + (y_bot - ey0) * k / 4
        d.line((ex0, yy, ex1, yy), fill=_shade(wall, 0.8), width=cv.px(2))
    # longitudinal purlins
    purlin = _shade(roof_col, 0.55)
    for k in range(1, 16):
        a = math.pi * k / 16
        x, y = radius * math.cos(a), spring - eye + radius * math.sin(a) * 0.8
        d.line((*proj(x, y, 3.0), *proj(x, y, z_end)), fill=purlin, width=cv.px(2))
    # glazing bands
    for k in (5, 6, 10, 11):
        a0, a1 = math.pi * k / 16, math.pi * (k + 1) / 16
        p0 = (radius * math.cos(a0), spring - eye + radius * math.sin(a0) * 0.8)
        p1 = (radius * math.cos(a1), spring - eye + radius * math.sin(a1) * 0.8)
        poly = [proj(*p0, 3.0), proj(*p1, 3.0), proj(*p1, z_end), proj(*p0, z_end)]
        d.polygon(poly, fill=_mix(roof_col, stops[0][1], 0.6 if not lit else 0.3))
    # platforms and tracks
    floor = (120, 116, 110) if not lit else (46, 44, 46)
    d.polygon(
        [
            proj(-half_w, -eye, 1.0),
            proj(-half_w, -eye, z_end),
            proj(half_w, -eye, z_end),
            proj(half_w, -eye, 1.0),
        ],
        fill=floor,
    )
    bed = _shade(floor, 0.55)
    d.polygon(
        [
            proj(-9.5, -eye - 1, 1.0),
            proj(-9.5, -eye - 1, z_end),
            proj(-4.0, -eye - 1, z_end),
            proj(-4.0, -eye - 1, 1.0),
        ],
        fill=bed,
    )
    d.polygon(
        [
            proj(-4.0, -eye - 1, 1.0),
            proj(-4.0, -eye - 1, z_end),
            proj(-4.0, -eye, z_end),
            proj(-4.0, -eye, 1.0),
        ],
        fill=_shade(floor, 0.7),
    )
    for rx in (-8.4, -6.9):
        d.line(
            (*proj(rx, -eye - 0.85, 1.5), *proj(rx, -eye - 0.85, z_end)),
            fill=(170, 170, 176),
            width=cv.px(3),
        )
    d.line(
        (*proj(-3.7, -eye + 0.01, 1.0), *proj(-3.7, -eye + 0.01, z_end)),
        fill=(230, 200, 40),
        width=cv.px(6),
    )
    for z in range(4, 90, 6):
        d.line((*proj(-4.0, -eye, z), *proj(half_w, -eye, z)), fill=_shade(floor, 0.92), width=1)
    # arches (iron ribs)
    rib = (44, 48, 54) if not lit else (18, 18, 22)
    for z in [4.0, 8.0, 13.0, 19.0, 26.0, 34.0, 44.0, 56.0, 70.0, 90.0]:
        arc = [proj(-half_w, -eye, z), proj(-half_w, spring - eye, z)]
        for k in range(41):
            a = math.pi - math.pi * k / 40
            arc.append(proj(radius * math.cos(a), spring - eye + radius * math.sin(a) * 0.8, z))
        arc.append(proj(half_w, -eye, z))
        d.line(arc, fill=rib, width=max(2, int(f * 0.35 / z)), joint="curve")
        if z < 80:
            col_w = max(2, int(f * 0.5 / z))
            for sx in (-half_w, half_w):
                x0, y0 = proj(sx, -eye, z)
                d.rectangle(
                    (x0 - col_w / 2, proj(sx, spring - eye, z)[1], x0 + col_w / 2, y0), fill=rib
                )
            lx, ly = proj(rng.uniform(-2, 2), spring - eye + 2, z)
            lx2, ly2 = proj(0, spring - eye + 6, z)
            d.line((lx2, ly2, lx, ly), fill=rib, width=1)
            r = max(2, f * 0.35 / z)
            d.ellipse(
                (lx - r, ly - r, lx + r, ly + r * 0.6),
                fill=(255, 234, 190) if lit else (210, 210, 200),
            )
            if lit:
                cv.glow(lx, ly, r * 5, (255, 190, 110), 0.8)
    # train on the left track
    tc = rng.choice([(160, 30, 40), (40, 80, 130), (200, 200, 200), (30, 110, 90)])
    if lit:
        tc = _shade(tc, 0.55)
    zt0, zt1 = 3.0, 70.0
    tx0, tx1 = -4.3, -9.5
    ybot, ytop = -eye - 0.6, 2.4
    d.polygon(
        [proj(tx0, ybot, zt0), proj(tx0, ybot, zt1), proj(tx0, ytop, zt1), proj(tx0, ytop, zt0)],
        fill=tc,
    )
    d.polygon(
        [
            proj(tx0, ytop, zt0),
            proj(tx0, ytop, zt1),
            proj(tx1, ytop + 0.5, zt1),
            proj(tx1, ytop + 0.5, zt0),
        ],
        fill=_shade(tc, 0.7),
    )
    d.polygon(
        [
            proj(tx0, ybot, zt0),
            proj(tx0, ybot, zt1),
            proj(tx0, ybot + 0.5, zt1),
            proj(tx0, ybot + 0.5, zt0),
        ],
        fill=(30, 30, 34),
    )
    z = zt0 + 0.6
    win = (40, 50, 62) if not lit else (255, 228, 170)
    while z < zt1 - 1.5:
        poly = [
            proj(tx0, 0.2, z),
            proj(tx0, 0.2, z + 1.6),
            proj(tx0, 1.6, z + 1.6),
            proj(tx0, 1.6, z),
        ]
        d.polygon(poly, fill=win)
        if lit:
            cv.b.polygon(poly, fill=(120, 100, 60))
        z += 2.2
        if int(z) % 20 < 2:
            z += 1.0
    # people on the platform
    clothes = [(40, 40, 48), (80, 56, 44), (60, 62, 66), (110, 40, 44), (30, 50, 70)]
    for _ in range(rng.randint(12, 20)):
        z = rng.uniform(4, 50) if rng.random() < 0.5 else rng.uniform(4, 14)
        x = rng.uniform(-2.8, 9)
        px_, pb = proj(x, -eye, z)
        ph = f * 1.72 / z
        c = rng.choice(clothes)
        c = _mix(c, _shade(wall, 1.3), min(0.6, z / 90))
        if lit:
            c = _shade(c, 0.5)
        _lit_figure(cv, px_, pb, ph, c, rng, rim=_mix(c, (235, 240, 250), 0.4))


def _paint_snowstreet(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    if t == "day":
        t = cv.time = "overcast"
    horizon = int(h * 0.62)
    haze = _sky(cv, horizon, clouds=0.5, sun=False)
    lit = t in ("dusk", "night")
    facades = [(170, 130, 110), (190, 176, 150), (120, 132, 140), (200, 160, 110), (150, 120, 130)]
    facades = [_mix(c, haze, 0.25) for c in facades]
    if lit:
        facades = [_shade(_mix(c, (60, 70, 110), 0.3), 0.5) for c in facades]
    _facade_row(cv, cv.d, horizon, (0.3, 0.48), facades, 0.45 if lit else 0.08, snow=True)
    d = cv.d
    snow_top = (214, 222, 236) if not lit else (120, 134, 170)
    snow_bot = (240, 244, 250) if not lit else (160, 172, 204)
    cv.img.paste(_vgradient(w, h - horizon, [(0, snow_top), (1, snow_bot)]), (0, horizon))
    d.rectangle((0, horizon, w, horizon + h * 0.015), fill=_shade(snow_top, 0.85))
    vx = w * rng.uniform(0.4, 0.6)
    for off in (-0.22, -0.14, 0.14, 0.22):
        pts = [(vx + off * w * 0.15, horizon + h * 0.02), (vx + off * w * 2.2, h)]
        d.line(pts, fill=_shade(snow_top, 0.8), width=cv.px(10))
    # lamps
    for k in range(5):
        lx = w * (0.08 + k * 0.21) + rng.uniform(-0.02, 0.02) * w
        lb = horizon + h * 0.03
        lh = h * 0.3
        d.line((lx, lb, lx, lb - lh), fill=(24, 24, 30), width=cv.px(6))
        d.line((lx, lb - lh, lx + w * 0.02, lb - lh), fill=(24, 24, 30), width=cv.px(4))
        r = cv.px(9)
        lamp = (lx + w * 0.02, lb - lh + r)
        d.ellipse(
            (lamp[0] - r, lamp[1] - r * 0.6, lamp[0] + r, lamp[1] + r * 0.6),
            fill=(255, 236, 190) if lit else (210, 210, 200),
        )
        if lit:
            cv.glow(*lamp, h * 0.16, (255, 180, 100), 0.9)
            cv.glow(lamp[0], lb + h * 0.05, h * 0.18, (120, 80, 40), 0.8)
    # people
    for _ in range(rng.randint(3, 6)):
        fx = rng.uniform(0.05, 0.95) * w
        fb = horizon + (h - horizon) * rng.uniform(0.08, 0.6)
        ph = h * 0.18 * (1 + (fb - horizon) / (h - horizon) * 1.6)
        _lit_figure(
            cv,
            fx,
            fb,
            ph,
            (26, 28, 36) if lit else (50, 50, 58),
            rng,
            rim=(255, 196, 120) if lit else None,
        )
    # falling snow
    m, md = cv.layer_mask()
    for _ in range(int(1400 * cv.s)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.random() ** 3 * 4 * cv.s + 0.6
        md.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(120, 255))
    cv.paste_mask((250, 250, 255), m.filter(ImageFilter.GaussianBlur(0.8)), 0.9)


_PROFILE: list[Point] = [
    (0.0, 0.0),
    (0.3, 0.05),
    (0.43, 0.25),
    (0.43, 0.45),
    (0.37, 0.62),
    (0.27, 0.78),
    (0.25, 0.95),
    (0.34, 1.12),
    (0.9, 1.3),
    (1.15, 1.6),
    (1.25, 2.4),
    (-1.0, 2.4),
    (-0.85, 1.6),
    (-0.55, 1.3),
    (-0.24, 1.12),
    (-0.2, 0.95),
    (-0.21, 0.9),
    (-0.33, 0.86),
    (-0.37, 0.8),
    (-0.375, 0.745),
    (-0.355, 0.715),
    (-0.39, 0.675),
    (-0.405, 0.63),
    (-0.47, 0.575),
    (-0.44, 0.5),
    (-0.385, 0.42),
    (-0.385, 0.36),
    (-0.37, 0.3),
    (-0.35, 0.18),
    (-0.28, 0.06),
    (-0.15, 0.005),
]


def _paint_portrait(cv: _Canvas) -> None:
    w, h, rng, t = cv.w, cv.h, cv.rng, cv.time
    facing = cv.scene.get("facing", rng.choice(["left", "right"]))
    wall = (46, 44, 48) if t not in ("dusk", "night") else (26, 24, 30)
    if cv.scene.get("palette") == "warm":
        wall = _mix(wall, (90, 60, 40), 0.4)
    cv.img.paste(_vgradient(w, h, [(0, _shade(wall, 0.8)), (1, _shade(wall, 1.2))]), (0, 0))
    # window with a blurred view outside
    win_left = facing == "left"
    wx0, wx1 = (w * 0.06, w * 0.56) if win_left else (w * 0.44, w * 0.94)
    wy0, wy1 = h * 0.08, h * 0.82
    vcv = _Canvas(w, h, {**cv.scene, "water": False}, random.Random(rng.random()), cv.time)
    _paint_skyline(vcv)
    view = ImageChops.screen(vcv.img, vcv.bloom.filter(ImageFilter.GaussianBlur(4)))
    view = view.resize((w // 4, h // 4)).filter(ImageFilter.GaussianBlur(3)).resize((w, h))
    view = Image.blend(view, Image.new("RGB", (w, h), (255, 255, 255)), 0.15)
    m, md = cv.layer_mask()
    md.rectangle((wx0, wy0, wx1, wy1), fill=255)
    cv.img.paste(view, (0, 0), m)
    d = cv.d
    frame = _shade(wall, 0.6)
    d.rectangle((wx0, wy0, wx1, wy1), outline=frame, width=cv.px(16))
    for k in (1, 2):
        xx = wx0 + (wx1 - wx0) * k / 3
        d.line((xx, wy0, xx, wy1), fill=frame, width=cv.px(10))
    d.line((wx0, wy0 + (wy1 - wy0) * 0.3, wx1, wy0 + (wy1 - wy0) * 0.3), fill=frame, width=cv.px(8))
    d.rectangle((wx0 - w * 0.01, wy1, wx1 + w * 0.01, wy1 + h * 0.025), fill=_shade(wall, 1.3))
    spill, sd = cv.layer_mask()
    sd.rectangle((wx0, wy0, wx1, wy1), fill=120)
    sd.polygon(
        [(wx0, wy1), (wx1, wy1), (wx1 + (wx1 - wx0) * 0.3, h), (wx0 - (wx1 - wx0) * 0.3, h)],
        fill=60,
    )
    glow = Image.new("RGB", (w, h))
    glow.paste((120, 120, 126), (0, 0), cv.blurred_mask(spill, 40))
    cv.img = ImageChops.screen(cv.img, glow)
    cv.d = d = ImageDraw.Draw(cv.img)
    # the person: head-and-shoulders profile looking away from the window side
    scale = h * 0.37
    ox = w * 0.6 if win_left else w * 0.4
    oy = h * 0.25
    sign = 1 if win_left else -1
    pts = [(ox + sign * x * scale, oy + y * scale) for x, y in _PROFILE]
    pts = _chaikin(pts, 2)
    pm, pd = cv.layer_mask()
    pd.polygon(pts, fill=255)
    hair = [
        (ox + sign * x * scale, oy + y * scale)
        for x, y in [
            (-0.3, 0.1),
            (-0.1, -0.06),
            (0.2, -0.05),
            (0.46, 0.12),
            (0.5, 0.4),
            (0.42, 0.65),
            (0.3, 0.6),
            (0.1, 0.3),
            (-0.2, 0.2),
        ]
    ]
    pd.polygon(_chaikin(hair, 2), fill=255)
    person_col = (20, 18, 20)
    cv.paste_mask(person_col, pm)
    # rim light on the side facing the window
    shift = int(-sign * 6 * cv.s)
    rim = ImageChops.subtract(pm, ImageChops.offset(pm, -shift, 0))
    cv.paste_mask((200, 196, 190), rim.filter(ImageFilter.GaussianBlur(1.5)), 0.8)
    cv.paste_mask((120, 116, 110), cv.blurred_mask(rim, 4), target=cv.bloom)
    # a cup on the sill / table edge
    d.rectangle((0, h * 0.9, w, h), fill=_shade(wall, 0.5))


def _paint_podium(cv: _Canvas) -> None:
    w, h, rng = cv.w, cv.h, cv.rng
    pal = cv.scene.get("palette", "cool")
    back = (26, 44, 80) if pal != "warm" else (80, 36, 30)
    if pal == "muted":
        back = (60, 64, 70)
    cv.img.paste(
        _vgradient(w, h, [(0, _shade(back, 0.7)), (0.6, back), (1, _shade(back, 0.6))]), (0, 0)
    )
    d = cv.d
    for k in range(1, 8):
        xx = w * k / 8
        d.line((xx, 0, xx, h), fill=_shade(back, 0.85), width=cv.px(3))
    cv.glow(w * 0.5, h * 0.35, w * 0.45, _shade(back, 0.9), 0.9, 1.4)
    # a faint repeated emblem pattern on the backdrop
    for gy in range(4):
        for gx in range(9):
            ex = w * (gx + 0.5 * (gy % 2)) / 8
            ey = h * (0.1 + gy * 0.2)
            _emblem(d, ex, ey, h * 0.035, _shade(back, 1.25), cv.px(3))
    # flags on poles
    flag = _flag_colors(cv)
    gold = (200, 164, 80)
    for fx in (w * 0.1, w * 0.2, w * 0.8, w * 0.9):
        d.line((fx, h * 0.12, fx, h * 0.85), fill=(170, 150, 100), width=cv.px(6))
        d.ellipse(
            (fx - cv.px(9), h * 0.12 - cv.px(16), fx + cv.px(9), h * 0.12 + cv.px(2)), fill=gold
        )
        _flag_hanging(d, fx + cv.px(3), h * 0.15, w * 0.07, h * 0.42, flag)
    # speaker, head and shoulders above the lectern
    sx = w * 0.5 + rng.uniform(-0.03, 0.03) * w
    suit = rng.choice([(28, 30, 38), (44, 46, 52), (36, 40, 58)])
    skin = rng.choice([(196, 152, 124), (150, 108, 84), (214, 176, 150), (120, 84, 62)])
    hair_col = rng.choice([(40, 34, 30), (128, 124, 120), (70, 50, 36), (190, 186, 180)])
    tie = rng.choice([(140, 30, 40), (30, 60, 120), (60, 60, 64), (22, 98, 74)])
    sp = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    sd = ImageDraw.Draw(sp)
    hw, hh = w * 0.047, h * 0.105  # half sizes of the head
    hcy = h * 0.3
    sh_y = hcy + hh * 1.45
    sd.rounded_rectangle(
        (sx - w * 0.15, sh_y, sx + w * 0.15, h * 1.2), radius=w * 0.06, fill=(*suit, 255)
    )
    sd.rectangle(
        (sx - hw * 0.55, hcy, sx + hw * 0.55, sh_y + hh * 0.2), fill=(*_shade(skin, 0.8), 255)
    )
    sd.polygon(
        [
            (sx - hw * 0.75, sh_y - hh * 0.05),
            (sx + hw * 0.75, sh_y - hh * 0.05),
            (sx, sh_y + hh * 1.3),
        ],
        fill=(236, 236, 240, 255),
    )
    sd.polygon(
        [
            (sx - hw * 0.14, sh_y),
            (sx + hw * 0.14, sh_y),
            (sx + hw * 0.22, sh_y + hh * 1.2),
            (sx, sh_y + hh * 1.4),
            (sx - hw * 0.22, sh_y + hh * 1.2),
        ],
        fill=(*tie, 255),
    )
    lap = _shade(suit, 0.75)
    sd.polygon(
        [
            (sx - hw * 0.8, sh_y - hh * 0.05),
            (sx - hw * 0.05, sh_y + hh * 1.6),
            (sx - hw * 1.6, sh_y + hh * 0.6),
        ],
        fill=(*lap, 255),
    )
    sd.polygon(
        [
            (sx + hw * 0.8, sh_y - hh * 0.05),
            (sx + hw * 0.05, sh_y + hh * 1.6),
            (sx + hw * 1.6, sh_y + hh * 0.6),
        ],
        fill=(*lap, 255),
    )
    for side in (-1, 1):
        sd.ellipse(
            (
                sx + side * hw * 0.95 - hw * 0.16,
                hcy - hh * 0.2,
                sx + side * hw * 0.95 + hw * 0.16,
                hcy + hh * 0.25,
            ),
            fill=(*_shade(skin, 0.85), 255),
        )
    sd.ellipse((sx - hw, hcy - hh, sx + hw, hcy + hh), fill=(*skin, 255))
    sd.ellipse((sx - hw * 0.2, hcy - hh * 0.95, sx + hw, hcy + hh), fill=(*_shade(skin, 0.93), 255))
    for side in (-1, 1):
        ex_ = sx + side * hw * 0.38
        sd.ellipse(
            (ex_ - hw * 0.2, hcy - hh * 0.12, ex_ + hw * 0.2, hcy + hh * 0.02),
            fill=(*_shade(skin, 0.7), 255),
        )
    sd.line(
        (sx - hw * 0.05, hcy - hh * 0.05, sx - hw * 0.12, hcy + hh * 0.3),
        fill=(*_shade(skin, 0.78), 255),
        width=cv.px(5),
    )
    sd.line(
        (sx - hw * 0.28, hcy + hh * 0.55, sx + hw * 0.28, hcy + hh * 0.55),
        fill=(*_shade(skin, 0.66), 255),
        width=cv.px(4),
    )
    sd.chord(
        (sx - hw * 1.04, hcy - hh * 1.08, sx + hw * 1.04, hcy + hh * 0.1),
        180,
        360,
        fill=(*hair_col, 255),
    )
    sd.rectangle(
        (sx - hw * 1.02, hcy - hh * 0.5, sx - hw * 0.85, hcy + hh * 0.05), fill=(*hair_col, 255)
    )
    sd.rectangle(
        (sx + hw * 0.85, hcy - hh * 0.5, sx + hw * 1.02, hcy + hh * 0.05), fill=(*hair_col, 255)
    )
    rgba = cv.img.convert("RGBA")
    rgba.alpha_composite(sp.filter(ImageFilter.GaussianBlur(1.6 * cv.s)))
    cv.img = rgba.convert("RGB")
    cv.d = d = ImageDraw.Draw(cv.img)
    head_cy, hr = hcy, hh
    # lectern
    lt = h * 0.62
    wood = (96, 64, 40) if pal != "cool" else (60, 62, 70)
    d.polygon([(w * 0.36, lt), (w * 0.64, lt), (w * 0.61, h), (w * 0.39, h)], fill=wood)
    d.rectangle((w * 0.35, lt - h * 0.02, w * 0.65, lt + h * 0.01), fill=_shade(wood, 1.2))
    d.polygon([(w * 0.5, lt), (w * 0.64, lt), (w * 0.61, h), (w * 0.5, h)], fill=_shade(wood, 0.8))
    _emblem(d, w * 0.5, h * 0.8, h * 0.065, gold, cv.px(5))
    # microphones
    for k in range(rng.randint(3, 6)):
        mx = w * (0.45 + k * 0.022)
        tip = (sx + rng.uniform(-0.05, 0.05) * w, head_cy + hr * rng.uniform(1.3, 1.9))
        d.line((mx, lt - h * 0.01, *tip), fill=(20, 20, 22), width=cv.px(4))
        r = cv.px(11)
        d.ellipse(
            (tip[0] - r, tip[1] - r * 1.4, tip[0] + r, tip[1] + r * 1.4),
            fill=rng.choice([(20, 20, 22), (40, 40, 44), (150, 30, 30), (30, 60, 140)]),
        )
    # soft foreground: press heads and cameras
    fg = Image.new("L", (w, h), 0)
    fd = ImageDraw.Draw(fg)
    x = -rng.uniform(0, 80) * cv.s
    while x < w + 50:
        _figure(fd, x, h * 1.4, h * 0.8, 255, rng, full=False)
        if rng.random() < 0.35:
            cx_, cy_ = x + rng.uniform(-40, 40) * cv.s, h * rng.uniform(0.72, 0.82)
            fd.rectangle((cx_ - w * 0.04, cy_ - h * 0.05, cx_ + w * 0.04, cy_ + h * 0.05), fill=255)
            fd.ellipse((cx_ - h * 0.06, cy_ - h * 0.06, cx_ + h * 0.06, cy_ + h * 0.06), fill=255)
        x += w * rng.uniform(0.12, 0.2)
    cv.paste_mask((10, 10, 14), cv.blurred_mask(fg, 10))
    if rng.random() < 0.6:
        fx = rng.choice([rng.uniform(0.08, 0.3), rng.uniform(0.7, 0.92)]) * w
        cv.glow(fx, h * rng.uniform(0.74, 0.82), w * 0.07, (200, 200, 220), 0.85)
    cv.glow(sx, head_cy, h * 0.3, (60, 56, 50), 0.35)


def _emblem(d: ImageDraw.ImageDraw, x: float, y: float, r: float, col: Color, width: int) -> None:
    """A ring around an eight-pointed star (an invented state emblem)."""
    d.ellipse((x - r, y - r, x + r, y + r), outline=col, width=width)
    star = []
    for k in range(16):
        a = math.pi * k / 8 - math.pi / 2
        rr = r * (0.75 if k % 2 == 0 else 0.32)
        star.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    d.polygon(star, fill=col)


_PAINTERS: dict[str, tuple[Callable[[_Canvas], None], str]] = {
    "skyline": (_paint_skyline, "dusk"),
    "parliament": (_paint_parliament, "day"),
    "harbour": (_paint_harbour, "day"),
    "crowd": (_paint_crowd, "day"),
    "landscape": (_paint_landscape, "day"),
    "laboratory": (_paint_laboratory, "day"),
    "stage": (_paint_stage, "night"),
    "market": (_paint_market, "day"),
    "station": (_paint_station, "day"),
    "snowstreet": (_paint_snowstreet, "dusk"),
    "portrait": (_paint_portrait, "day"),
    "podium": (_paint_podium, "day"),
}


# --------------------------------------------------------------------------------------------
# Finishing: bloom, softness, grade, vignette, grain
# --------------------------------------------------------------------------------------------


def _grade_lut(palette: str) -> list[int]:
    gains = {
        "warm": ((1.06, 6), (1.0, 2), (0.9, -2)),
        "cool": ((0.92, -2), (0.99, 0), (1.07, 6)),
        "muted": ((0.96, 6), (0.96, 6), (0.96, 8)),
        "vivid": ((1.04, 0), (1.02, 0), (1.02, 0)),
    }.get(palette, ((1.0, 0), (1.0, 0), (1.0, 0)))
    lut: list[int] = []
    for gain, off in gains:
        for v in range(256):
            x = v / 255
            s = x + 0.08 * math.sin((x - 0.5) * math.tau) * 0.5 * -1  # gentle S-curve
            lut.append(_clamp(s * 255 * gain + off))
    return lut


def _finish(cv: _Canvas, rng: random.Random) -> Image.Image:
    w, h = cv.w, cv.h
    small = cv.bloom.resize((max(w // 4, 1), max(h // 4, 1)), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(3))
    bloom = small.resize((w, h), Image.Resampling.BILINEAR)
    img = ImageChops.screen(cv.img, ImageChops.add(bloom, cv.bloom.point(lambda v: v // 3)))
    img = img.filter(ImageFilter.GaussianBlur(0.6 * max(cv.s, 0.5)))
    palette = cv.scene.get("palette", "neutral")
    img = img.point(_grade_lut(palette))
    if palette == "muted":
        gray = img.convert("L").convert("RGB")
        img = Image.blend(img, gray, 0.25)
    elif palette == "vivid":
        gray = img.convert("L").convert("RGB")
        img = Image.blend(gray, img, 1.15)
    vig = Image.radial_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    vig = vig.point([_clamp(255 * (1 - 0.42 * (v / 255) ** 2.4)) for v in range(256)])
    img = ImageChops.multiply(img, Image.merge("RGB", (vig, vig, vig)))
    noise = _noise(w, h, rng)
    img = ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)
    return img


def _noise(w: int, h: int, rng: random.Random, amount: float = 7.5) -> Image.Image:
    """Deterministic full-resolution grain centred on 128 (effect_noise is not seedable)."""
    a = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    b = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    tri = ImageChops.add(a, b, 2.0)  # triangular distribution around 128
    k = amount / 64
    return tri.point([_clamp(128 + (v - 128) * k) for v in range(256)])


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def scene_seed(scene: dict) -> int:
    """Stable seed for a scene dict (independent of Python's hash randomisation)."""
    return zlib.crc32(json.dumps(scene, sort_keys=True, default=str).encode("utf-8"))


_MIN_WORK_SIZE = (960, 600)


def draw_image(
    scene: dict, width: int = 1600, height: int = 1000, seed: int | None = None
) -> Image.Image:
    """Return the picture for ``scene`` as an RGB Pillow image."""
    kind = scene.get("kind")
    if kind not in _PAINTERS:
        raise ValueError(f"Unknown scene kind {kind!r}; expected one of {', '.join(SCENE_KINDS)}")
    width, height = int(width), int(height)
    if width < 1 or height < 1:
        raise ValueError("width and height must be positive")
    painter, default_time = _PAINTERS[kind]
    rng = random.Random(scene_seed(scene) if seed is None else seed)
    # Small pictures are drawn at a comfortable working size and scaled down, so that the
    # painters never have to deal with degenerate shapes (and small outputs stay crisp).
    factor = max(1.0, _MIN_WORK_SIZE[0] / width, _MIN_WORK_SIZE[1] / height)
    work = (round(width * factor), round(height * factor))
    cv = _Canvas(work[0], work[1], scene, rng, default_time)
    painter(cv)
    img = _finish(cv, rng)
    if work != (width, height):
        img = img.resize((width, height), Image.Resampling.LANCZOS)
    return img


def draw_photo(
    scene: dict, width: int = 1600, height: int = 1000, seed: int | None = None
) -> bytes:
    """Return JPEG bytes (quality 82, progressive) of a locally drawn photo-like picture."""
    img = draw_image(scene, width, height, seed)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82, progressive=True, optimize=True)
    return buf.getvalue()
