"""The app's look (app/ui/theme.py): every text/background pair the palettes, the Qt palette and
the shared style sheet use meets WCAG contrast (AA by default, 7:1 in high contrast), and
apply_look sets the palette, the app font (text zoom) and the style sheet."""

from __future__ import annotations

import re
from dataclasses import asdict, fields

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.ui import theme
from app.ui.widgets import error_label, heading, notice

PALETTES = {"default": theme.DEFAULT, "high contrast": theme.HIGH_CONTRAST}
TEXT_MINIMUM = {"default": 4.5, "high contrast": 7.0}
BORDER_MINIMUM = 3.0
RULE = re.compile(r"(?P<selector>[^{}]+)\{(?P<body>[^{}]*)\}")
DECLARATION = re.compile(r"(?P<name>[a-z-]+)\s*:\s*(?P<value>[^;]+);")
HEX = re.compile(r"#[0-9a-fA-F]{6}")
TEXT_ROLES = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


@pytest.fixture
def restore_look(qapp):
    yield
    theme.apply_look(qapp)  # the default look for the tests that follow


def test_contrast_formula_matches_wcag() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", PALETTES)
def test_every_listed_pair_meets_its_minimum(name: str) -> None:
    colours = asdict(PALETTES[name])
    low = []
    for fore, back, kind in theme.PAIRS:
        ratio = theme.contrast(colours[fore], colours[back])
        minimum = BORDER_MINIMUM if kind == "border" else TEXT_MINIMUM[name]
        if ratio < minimum:
            low.append(f"{fore} on {back}: {ratio:.2f} < {minimum}")
    assert low == []


def test_every_colour_is_used_in_a_measured_pair() -> None:
    measured = {name for pair in theme.PAIRS for name in pair[:2]}
    assert {f.name for f in fields(theme.Colors)} == measured


@pytest.mark.parametrize("name", PALETTES)
def test_qt_palette_text_roles_meet_the_minimum(name: str) -> None:
    palette = theme.palette(PALETTES[name])
    for text, background in TEXT_ROLES:
        ratio = theme.contrast(palette.color(text).name(), palette.color(background).name())
        assert ratio >= TEXT_MINIMUM[name], (text, background, ratio)


def _rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    found = []
    for rule in RULE.finditer(sheet):
        body = {m["name"]: m["value"].strip() for m in DECLARATION.finditer(rule["body"] + ";")}
        found.append((rule["selector"].strip(), body))
    return found


@pytest.mark.parametrize("name", PALETTES)
def test_style_sheet_text_meets_the_minimum(name: str) -> None:
    """Each rule's text colour against its own background, or the page's when it has none."""
    colours = PALETTES[name]
    checked = 0
    for selector, body in _rules(theme.style_sheet(colours)):
        if "color" not in body:
            continue
        back = body.get("background", colours.background)
        for backdrop in {back, colours.surface} if "background" not in body else {back}:
            ratio = theme.contrast(body["color"], backdrop)
            assert ratio >= TEXT_MINIMUM[name], (selector, body["color"], backdrop, ratio)
        border = HEX.search(body.get("border", ""))
        if border:
            assert theme.contrast(border.group(), back) >= BORDER_MINIMUM, selector
        checked += 1
    assert checked >= 5


def test_apply_look_sets_palette_font_and_style(qapp, restore_look) -> None:
    theme.apply_look(qapp, high_contrast=True, text_percent=150)
    assert theme.colors() is theme.HIGH_CONTRAST and theme.high_contrast()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.HIGH_CONTRAST.background
    assert qapp.font().pointSizeF() == pytest.approx(theme.system_point_size() * 1.5)
    assert 'role="error"' in qapp.styleSheet() and theme.HIGH_CONTRAST.danger in qapp.styleSheet()
    theme.apply_look(qapp)
    assert theme.colors() is theme.DEFAULT and theme.text_percent() == 100
    assert qapp.font().pointSizeF() == pytest.approx(theme.system_point_size())


def test_text_zoom_is_bounded(qapp, restore_look) -> None:
    theme.apply_look(qapp, text_percent=1000)
    assert theme.text_percent() == theme.MAX_PERCENT
    theme.apply_look(qapp, text_percent=1)
    assert theme.text_percent() == theme.MIN_PERCENT


def test_headings_follow_the_text_zoom(qapp, restore_look) -> None:
    theme.apply_look(qapp)
    title = heading("Title")
    before = title.font().pointSizeF()
    assert before == pytest.approx(QApplication.font().pointSizeF() * theme.type_scale.heading)
    theme.apply_look(qapp, text_percent=200)
    assert title.font().pointSizeF() == pytest.approx(before * 2, rel=0.05)


def test_shared_widgets_take_their_colours_from_the_theme(qapp, restore_look) -> None:
    theme.apply_look(qapp)
    problem, warning = error_label("Problem"), notice("Careful", "Warning")
    assert problem.property(theme.ROLE) == "error" and warning.property(theme.ROLE) == "notice"
    assert problem.styleSheet() == "" and warning.styleSheet() == ""
    label = QLabel()
    theme.set_role(label, "muted")
    assert label.property(theme.ROLE) == "muted"
