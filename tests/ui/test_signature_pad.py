"""The on-screen signature pad (app/ui/consent/signature_pad.py): mouse, pen and touch draw
strokes on the 0..1000 grid, the keyboard and the Clear button clear them, and the strokes
survive a resize and the round trip through app/core/signature.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core import signature
from app.ui.consent import signature_pad
from app.ui.consent.signature_pad import SignatureField, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    made = SignaturePad()
    qtbot.addWidget(made)
    made.resize(480, 160)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def field(qtbot) -> SignatureField:
    made = SignatureField()
    qtbot.addWidget(made)
    made.resize(480, 220)
    made.show()
    qtbot.waitExposed(made)
    return made


def drag(pad: SignaturePad, *points: tuple[int, int]) -> None:
    """Press the left button at the first point, move through the others, release."""
    QTest.mousePress(pad, LEFT, NO_KEYS, QPoint(*points[0]))
    for point in points[1:]:
        QTest.mouseMove(pad, QPoint(*point))
    QTest.mouseRelease(pad, LEFT, NO_KEYS, QPoint(*points[-1]))


def tablet(pad: SignaturePad, kind: QEvent.Type, x: float, y: float) -> None:
    pen = QPointingDevice(
        "test pen",
        7,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )
    pressed = kind != QEvent.Type.TabletRelease
    buttons = LEFT if pressed else Qt.MouseButton.NoButton
    here = QPointF(x, y)
    event = QTabletEvent(
        kind, pen, here, pad.mapToGlobal(here), 0.6 if pressed else 0.0, 0, 0, 0, 0, 0,
        NO_KEYS, LEFT, buttons,
    )  # fmt: skip
    QApplication.sendEvent(pad, event)


def dark_pixels(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    return sum(
        1
        for x in range(left, right)
        for y in range(top, bottom)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_two_mouse_strokes_land_on_the_grid_where_they_were_drawn(pad):
    drag(pad, (48, 40), (240, 80), (432, 120))
    drag(pad, (96, 16), (96, 144))
    assert pad.strokes() == (
        ((100, 250), (500, 500), (900, 750)),
        ((200, 100), (200, 900)),
    )


def test_is_empty_and_changed_follow_the_strokes(pad, qtbot):
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        drag(pad, (20, 20), (60, 60))
    assert not pad.is_empty()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.clear()
    assert pad.is_empty()
    assert pad.strokes() == ()
    with qtbot.assertNotEmitted(pad.changed):
        pad.clear()  # nothing to clear, nothing changed


def test_a_click_is_a_dot_and_is_kept(pad):
    QTest.mouseClick(pad, LEFT, NO_KEYS, QPoint(240, 80))
    assert pad.strokes() == (((500, 500),),)
    assert dark_pixels(pad.grab().toImage(), 238, 78, 242, 82) > 0


def test_a_drag_beyond_the_pad_is_clamped_to_its_edge(pad):
    drag(pad, (240, 80), (700, -50))
    assert pad.strokes() == (((500, 500), (1000, 0)),)


def test_other_mouse_buttons_do_not_draw(pad):
    QTest.mouseClick(pad, Qt.MouseButton.RightButton, NO_KEYS, QPoint(100, 100))
    assert pad.is_empty()


def test_delete_and_backspace_clear_the_focused_pad(pad, qtbot):
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        drag(pad, (20, 20), (60, 60))
        pad.setFocus()
        QTest.keyClick(pad, Qt.Key.Key_A)
        assert not pad.is_empty()  # other keys leave the signature alone
        with qtbot.waitSignal(pad.changed, timeout=1000):
            QTest.keyClick(pad, key)
        assert pad.is_empty()


def test_the_clear_button_clears_and_is_off_while_empty(field, qtbot):
    assert not field.clear_button.isEnabled()
    drag(field.pad, (20, 20), (60, 60))
    assert field.clear_button.isEnabled()
    qtbot.mouseClick(field.clear_button, LEFT)
    assert field.pad.is_empty()
    assert not field.clear_button.isEnabled()


def test_alt_c_clears(field, qtbot):
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow, timeout=3000)
    drag(field.pad, (20, 20), (60, 60))
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.pad.is_empty, timeout=1000)  # a mnemonic "animates" the click


def test_the_signer_label_is_plain_text_and_leads_to_the_pad(field):
    field.signer_label("Signed by <b>Rosa</b> Delgado")
    assert field.signer.textFormat() == Qt.TextFormat.PlainText
    assert field.signer.text() == "Signed by <b>Rosa</b> Delgado"
    assert field.signer.buddy() is field.pad
    assert field.focusProxy() is field.pad


def test_a_resize_after_signing_keeps_the_shape(pad, qtbot):
    drag(pad, (48, 40), (240, 80), (432, 120))
    before = pad.strokes()
    pad.resize(960, 320)
    qtbot.waitUntil(lambda: pad.width() == 960)
    assert pad.strokes() == before
    image = pad.grab().toImage()
    assert dark_pixels(image, 470, 150, 490, 170) > 0  # (500, 500) on the grid, now bigger


def test_strokes_round_trip_through_the_stored_form(pad):
    drag(pad, (48, 40), (100, 70), (240, 80), (432, 120))
    QTest.mouseClick(pad, LEFT, NO_KEYS, QPoint(300, 30))
    stored = signature.encode(pad.strokes())
    assert signature.decode(stored) == pad.strokes()


def test_a_pen_draws_and_its_mouse_echo_does_not(pad):
    tablet(pad, QEvent.Type.TabletPress, 48, 40)
    QTest.mousePress(pad, LEFT, NO_KEYS, QPoint(300, 150))  # the platform's echo of the pen
    tablet(pad, QEvent.Type.TabletMove, 240, 80)
    QTest.mouseMove(pad, QPoint(310, 150))
    tablet(pad, QEvent.Type.TabletRelease, 432, 120)
    QTest.mouseRelease(pad, LEFT, NO_KEYS, QPoint(310, 150))
    assert pad.strokes() == (((100, 250), (500, 500), (900, 750)),)


def test_a_pen_hovering_without_touching_does_not_draw(pad):
    tablet(pad, QEvent.Type.TabletMove, 100, 100)
    assert pad.is_empty()


def test_a_finger_draws(pad):
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(48, 40), pad).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(240, 80), pad).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(432, 120), pad).commit()
    assert pad.strokes() == (((100, 250), (500, 500), (900, 750)),)
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)


def test_a_second_finger_does_not_draw(pad):
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(48, 40), pad).commit()
    touch = QTest.touchEvent(pad, screen)
    touch.stationary(0).press(1, QPoint(400, 150), pad).commit()  # the palm comes down
    QTest.touchEvent(pad, screen).move(0, QPoint(240, 80), pad).move(
        1, QPoint(410, 150), pad
    ).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(432, 120), pad).stationary(1).commit()
    QTest.touchEvent(pad, screen).move(1, QPoint(420, 150), pad).commit()
    QTest.touchEvent(pad, screen).release(1, QPoint(420, 150), pad).commit()
    assert pad.strokes() == (((100, 250), (500, 500), (900, 750)),)


def test_drawing_stops_at_the_limit_and_what_is_kept_is_a_valid_signature(pad, monkeypatch):
    monkeypatch.setattr(signature_pad, "MAX_POINTS", 10)
    drag(pad, *[(10 + 20 * step, 80) for step in range(15)])
    drag(pad, (30, 30), (60, 60))  # the pad is full: no new stroke either
    assert sum(len(stroke) for stroke in pad.strokes()) == 10
    assert len(pad.strokes()) == 1
    assert signature.check(pad.strokes()) == pad.strokes()


def test_no_more_strokes_than_a_signature_may_have(pad, monkeypatch):
    monkeypatch.setattr(signature_pad, "MAX_STROKES", 3)
    for step in range(5):
        QTest.mouseClick(pad, LEFT, NO_KEYS, QPoint(20 + 30 * step, 50))
    assert len(pad.strokes()) == 3


def test_wipe_forgets_everything(field):
    drag(field.pad, (20, 20), (60, 60))
    kept = field.pad._strokes
    field.pad.wipe()
    assert field.pad.is_empty()
    assert field.pad._strokes is not kept  # a fresh list: nothing refers to the old points
    assert not field.clear_button.isEnabled()
    image = field.pad.grab().toImage()
    assert dark_pixels(image, 15, 15, 65, 65) == 0


def test_the_drawing_shows_in_ink(pad):
    blank = pad.grab().toImage()
    assert dark_pixels(blank, 40, 30, 440, 125) == 0
    drag(pad, (48, 40), (240, 80), (432, 120))
    image = pad.grab().toImage()
    assert dark_pixels(image, 44, 36, 52, 44) > 0  # where the stroke starts
    assert dark_pixels(image, 236, 76, 244, 84) > 0  # and where it bends
    assert dark_pixels(image, 300, 10, 470, 40) == 0  # nowhere near it


def test_screen_readers_are_told_what_the_pad_is(pad):
    assert pad.accessibleName() == "Signature pad"
    description = pad.accessibleDescription()
    assert "Delete" in description
    assert "paper" in description and "verbally" in description
    assert pad.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_it_fits_a_dialog_on_a_small_laptop_screen(pad):
    hint, least = pad.sizeHint(), pad.minimumSize()
    assert (least.width(), least.height()) == (360, 120)
    assert 440 <= hint.width() <= 520 and 140 <= hint.height() <= 180
    # 1366 × 768 at 125 %: about 1090 × 610 device-independent pixels, less the dialog around
    assert hint.width() * 1.25 < 1366 - 300 and hint.height() * 1.25 < 768 - 400


def test_a_stroke_cut_off_by_hiding_the_pad_ends_there(pad, qtbot):
    QTest.mousePress(pad, LEFT, NO_KEYS, QPoint(48, 40))
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.hide()  # a dialog closed mid-stroke: its release never comes
    pad.show()
    tablet(pad, QEvent.Type.TabletPress, 240, 80)
    tablet(pad, QEvent.Type.TabletRelease, 240, 80)
    assert pad.strokes() == (((100, 250),), ((500, 500),))
