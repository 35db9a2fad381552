"""A handwritten signature as strokes: what the on-screen pad records, the vault keeps (as an
attachment of the consent) and the signed PDF draws.

Points are integers on a 0..SCALE grid of the pad's box, so the signature keeps its shape on
any screen and at any print size. The JSON form is canonical (sorted keys, no spaces): the
same strokes always give the same bytes and the same SHA-256.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal

SCALE = 1000
MAX_STROKES = 200
MAX_POINTS = 20_000  # over all strokes: a long signature is a few thousand
MEDIA_TYPE = "application/vnd.caseload.signature+json"

Point = tuple[int, int]
Stroke = tuple[Point, ...]


class BadSignature(Refusal):
    """The strokes are empty, too large, or not in the expected form."""


def normalise(points: Sequence[tuple[float, float]], width: float, height: float) -> Stroke:
    """Pad coordinates (pixels) onto the 0..SCALE grid, clamped to the box."""
    if width <= 0 or height <= 0:
        raise BadSignature(QT_TRANSLATE_NOOP("Refusal", "The signature pad has no size."))

    def grid(value: float, size: float) -> int:
        return max(0, min(SCALE, round(value / size * SCALE)))

    return tuple((grid(x, width), grid(y, height)) for x, y in points)


def check(strokes: Sequence[Stroke]) -> tuple[Stroke, ...]:
    """The strokes if they make a signature (something drawn, within bounds)."""
    kept = tuple(tuple((int(x), int(y)) for x, y in stroke) for stroke in strokes if stroke)
    if not kept:
        raise BadSignature(QT_TRANSLATE_NOOP("Refusal", "Nothing was signed."))
    if len(kept) > MAX_STROKES or sum(len(s) for s in kept) > MAX_POINTS:
        raise BadSignature(
            QT_TRANSLATE_NOOP(
                "Refusal", "The signature is too large; clear the pad and sign again."
            )
        )
    if any(not (0 <= v <= SCALE) for stroke in kept for point in stroke for v in point):
        raise BadSignature(
            QT_TRANSLATE_NOOP("Refusal", "The signature has points outside the pad.")
        )
    return kept


def encode(strokes: Sequence[Stroke]) -> bytes:
    return json.dumps(
        {"scale": SCALE, "strokes": [list(map(list, s)) for s in check(strokes)]},
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")


def decode(data: bytes) -> tuple[Stroke, ...]:
    try:
        body = json.loads(data.decode("ascii"))
        raw = body["strokes"] if body.get("scale") == SCALE else None
        strokes = [tuple((int(p[0]), int(p[1])) for p in stroke) for stroke in raw or []]
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise BadSignature(
            QT_TRANSLATE_NOOP("Refusal", "The stored signature is damaged.")
        ) from error
    return check(strokes)
