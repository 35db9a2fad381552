"""The one place for the app's look: colours (a default and a high-contrast palette), spacing
and the type scale, applied to the whole application by `apply_look`.

Screens do not hard-code colours: they mark a widget with a role property (`set_role`) and the
application's style sheet, built here from the palette in use, styles every widget with that
role; switching palettes re-styles them all at once. Fonts are sized relative to the app font
(`text_percent` of the system's, the worker's text zoom), so a heading grows with the zoom.

Contrast (WCAG 2.x): every text/background pair used here is at least 4.5:1 in the default
palette (3:1 for borders) and at least 7:1 in high contrast; tests/ui/test_theme.py measures
them. The high-contrast palette stays light (black on white) so colours another screen still
sets itself stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SPACING = 8  # px between related controls; multiples of it between groups
MARGIN = 2 * SPACING  # inside a page or card
ROLE = "role"  # the widget property the style sheet matches (see `set_role`)
LEVEL = "type_level"  # the widget property naming its place in the type scale
MIN_PERCENT, MAX_PERCENT = 50, 300


@dataclass(frozen=True)
class Colors:
    text: str
    muted_text: str
    background: str  # windows and pages
    surface: str  # inputs, lists, cards
    alternate: str  # alternate rows of lists
    button: str
    border: str  # UI borders: at least 3:1 against background and surface
    accent: str  # selection and focus
    accent_text: str  # text on accent
    link: str
    danger: str  # error text on surface and background
    danger_bg: str
    danger_text: str  # text on danger_bg
    warning_bg: str
    warning_text: str
    warning_border: str
    info_bg: str
    info_text: str
    info_border: str
    success: str
    tooltip_bg: str
    tooltip_text: str
    disabled_text: str  # WCAG exempts disabled controls; still kept readable (>= 3:1)
    neutral_bg: str  # the quick-hide screen
    neutral_text: str


DEFAULT = Colors(
    text="#1a1a1a",
    muted_text="#4f4f4f",
    background="#f3f3f3",
    surface="#ffffff",
    alternate="#f5f7fa",
    button="#ececec",
    border="#767676",
    accent="#1f4e79",
    accent_text="#ffffff",
    link="#0b4f8a",
    danger="#a4001d",
    danger_bg="#fde8ea",
    danger_text="#5f0010",
    warning_bg="#fff1c2",
    warning_text="#4a2e00",
    warning_border="#8a5e00",
    info_bg="#e6f0fa",
    info_text="#0b2e59",
    info_border="#4f6f93",
    success="#1b5e20",
    tooltip_bg="#fffbe6",
    tooltip_text="#1a1a1a",
    disabled_text="#757575",
    neutral_bg="#d9d9d9",
    neutral_text="#3d3d3d",
)

HIGH_CONTRAST = Colors(
    text="#000000",
    muted_text="#262626",
    background="#ffffff",
    surface="#ffffff",
    alternate="#f0f0f0",
    button="#ffffff",
    border="#000000",
    accent="#00306b",
    accent_text="#ffffff",
    link="#00306b",
    danger="#7a0012",
    danger_bg="#ffffff",
    danger_text="#7a0012",
    warning_bg="#fff6d6",
    warning_text="#000000",
    warning_border="#000000",
    info_bg="#ffffff",
    info_text="#000000",
    info_border="#000000",
    success="#0b3d0e",
    tooltip_bg="#000000",
    tooltip_text="#ffffff",
    disabled_text="#555555",
    neutral_bg="#d9d9d9",
    neutral_text="#000000",
)


@dataclass(frozen=True)
class TypeScale:
    """Point sizes as factors of the app font (which follows the worker's text zoom)."""

    heading: float = 1.6
    title: float = 1.3
    subtitle: float = 1.12
    body: float = 1.0
    small: float = 0.9

    def factor(self, level: str) -> float:
        return float(getattr(self, level, self.body))


type_scale = TypeScale()


@dataclass
class _Look:
    colors: Colors = DEFAULT
    high_contrast: bool = False
    text_percent: int = 100


_look = _Look()


def colors() -> Colors:
    """The palette in use now (the default one until `apply_look` chose another)."""
    return _look.colors


def high_contrast() -> bool:
    return _look.high_contrast


def text_percent() -> int:
    return _look.text_percent


# -- contrast (WCAG 2.x relative luminance) ---------------------------------------------------
def _channel(value: int) -> float:
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    parsed = QColor(colour)
    red, green, blue = (_channel(v) for v in (parsed.red(), parsed.green(), parsed.blue()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# (foreground field, background field, kind): "text" needs 4.5:1 (7:1 in high contrast),
# "border" 3:1. Every pair the palette and the style sheet below put together is listed.
PAIRS: tuple[tuple[str, str, str], ...] = (
    ("text", "background", "text"),
    ("text", "surface", "text"),
    ("text", "alternate", "text"),
    ("text", "button", "text"),
    ("muted_text", "background", "text"),
    ("muted_text", "surface", "text"),
    ("accent_text", "accent", "text"),
    ("link", "surface", "text"),
    ("link", "background", "text"),
    ("danger", "surface", "text"),
    ("danger", "background", "text"),
    ("danger_text", "danger_bg", "text"),
    ("warning_text", "warning_bg", "text"),
    ("info_text", "info_bg", "text"),
    ("success", "surface", "text"),
    ("tooltip_text", "tooltip_bg", "text"),
    ("neutral_text", "neutral_bg", "text"),
    ("border", "background", "border"),
    ("border", "surface", "border"),
    ("warning_border", "warning_bg", "border"),
    ("info_border", "info_bg", "border"),
    ("danger", "danger_bg", "border"),
    ("accent", "surface", "border"),
    ("disabled_text", "surface", "border"),
)


# -- Qt palette and style sheet ---------------------------------------------------------------
def palette(c: Colors) -> QPalette:
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.background,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.ToolTipBase: c.tooltip_bg,
        QPalette.ColorRole.ToolTipText: c.tooltip_text,
        QPalette.ColorRole.PlaceholderText: c.muted_text,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.LinkVisited: c.link,
        QPalette.ColorRole.BrightText: c.accent_text,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return result


def style_sheet(c: Colors) -> str:
    """The shared styles, matched by the `role` property (set_role)."""
    border = 2 if c is HIGH_CONTRAST else 1
    return "\n".join(
        (
            f'QLabel[role="error"] {{ color: {c.danger}; font-weight: bold; }}',
            f'QLabel[role="muted"] {{ color: {c.muted_text}; }}',
            f'QLabel[role="notice"] {{ background: {c.warning_bg}; color: {c.warning_text};'
            f" border: {border}px solid {c.warning_border}; border-radius: 4px;"
            f" padding: {SPACING - 2}px; }}",
            f'QLabel[role="notice-compact"] {{ background: {c.warning_bg};'
            f" color: {c.warning_text}; border: {border}px solid {c.warning_border};"
            " border-radius: 4px; padding: 1px 6px; }",
            f'QLabel[role="info"] {{ background: {c.info_bg}; color: {c.info_text};'
            f" border: {border}px solid {c.info_border}; border-radius: 4px;"
            f" padding: {SPACING - 2}px; }}",
            f'QFrame[role="card"] {{ background: {c.surface}; color: {c.text};'
            f" border: {border}px solid {c.border}; border-radius: 6px; }}",
            f'QWidget[role="neutral"] {{ background: {c.neutral_bg}; }}',
            f'QLabel[role="neutral-hint"] {{ color: {c.neutral_text}; }}',
        )
    )


# -- applying ---------------------------------------------------------------------------------
def set_role(widget: QWidget, role: str) -> None:
    """Style `widget` by the app's style sheet rule for `role` (error, notice, card…)."""
    widget.setProperty(ROLE, role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def scaled_font(level: str, bold: bool = True) -> QFont:
    """The app font at `level` of the type scale (heading, title, subtitle, body, small)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(1.0, font.pointSizeF() * type_scale.factor(level)))
    font.setBold(bold)
    return font


def use_level(widget: QWidget, level: str, bold: bool = True) -> None:
    """Give `widget` a font from the type scale that follows later text zoom changes."""
    widget.setProperty(LEVEL, f"{level}:{int(bold)}")
    widget.setFont(scaled_font(level, bold))


def system_point_size() -> float:
    size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return size if size > 0 else 10.0


def apply_look(app: QApplication, *, high_contrast: bool = False, text_percent: int = 100) -> None:
    """Palette, app font (text_percent of the system's) and the shared style sheet, app-wide."""
    chosen = HIGH_CONTRAST if high_contrast else DEFAULT
    percent = min(max(int(text_percent), MIN_PERCENT), MAX_PERCENT)
    _look.colors, _look.high_contrast, _look.text_percent = chosen, high_contrast, percent
    app.setStyle("fusion")  # draws with the palette on every platform (no-op if missing)
    app.setPalette(palette(chosen))
    font = QFont(app.font())
    font.setPointSizeF(system_point_size() * percent / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(chosen))
    _refresh_levels(app)


def _refresh_levels(app: QApplication) -> None:
    """Widgets sized from the type scale follow the new app font."""
    for widget in app.allWidgets():
        level = widget.property(LEVEL)
        if isinstance(level, str) and ":" in level:
            name, bold = level.split(":", 1)
            widget.setFont(scaled_font(name, bold == "1"))
