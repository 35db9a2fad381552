"""The on-screen signature pad: a white box the signer draws in with a finger, pen or mouse.

Points go onto the 0..1000 grid of app/core/signature.py as they arrive, against the pad's
size at that moment (a resize after signing keeps the shape); painting scales them back. One
device draws a stroke at a time, so a pen the platform also reports as a mouse draws once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.core.signature import MAX_POINTS, MAX_STROKES, SCALE, Point, Stroke, normalise

PAPER = QColor("#ffffff")
INK = QColor("#14213d")
BORDER = QColor("#8a8f98")
BASELINE = QColor("#b4b9c2")
HINT = QColor("#6b7079")  # light, yet readable on white (over 4.5:1)
BASELINE_AT = 0.72  # of the height: room above for the letters, below for descenders
INK_WIDTH = 2.5  # pixels at the natural height below; thicker on a bigger pad
NATURAL_HEIGHT = 160
MOUSE, PEN, TOUCH = "mouse", "pen", "touch"


class SignaturePad(QWidget):
    """Records strokes on the 0..1000 grid; `changed` after each stroke and after clearing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._points = 0  # over all strokes, against the limit of app.core.signature
        self._device: str | None = None  # what draws the stroke in progress
        self._finger = -1  # the touch point that draws it, when a finger does
        self._paths: list[QPainterPath] = []  # the finished strokes as curves, at _paths_size
        self._paths_size = QSize()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr(
                "Draw the signature here with a finger, a pen or the mouse. Delete or Backspace "
                "clears it. Someone who cannot sign on the screen can consent on paper or "
                "verbally instead: choose that in the form."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(480, NATURAL_HEIGHT)

    # -- what the form reads -------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(tuple(stroke) for stroke in self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def wipe(self) -> None:
        """Forget the signature (the screen lock): new lists, so no old one is kept alive."""
        was_empty = self.is_empty()
        self._strokes, self._paths = [], []
        self._points = 0
        self._device = None
        self.update()
        if not was_empty:
            self.changed.emit()

    clear = wipe  # the Clear button, Delete and the screen lock all forget the same way

    # -- recording ------------------------------------------------------------------------

    def _begin(self, position: QPointF, device: str) -> None:
        if self._device == device:
            self._end(device)  # its release went astray (a window popped up mid-stroke)
        full = len(self._strokes) >= MAX_STROKES or self._points >= MAX_POINTS
        if self._device is not None or full or not QRectF(self.rect()).contains(position):
            return
        if self.is_empty():
            self.update()  # the "Sign here" hint goes
        self._device = device
        self._strokes.append([])
        self._extend(position, device)

    def _extend(self, position: QPointF, device: str) -> None:
        if self._device != device or self._points >= MAX_POINTS:
            return  # another device's echo, or the pad is full: keep what is drawn
        (point,) = normalise([(position.x(), position.y())], self.width(), self.height())
        stroke = self._strokes[-1]
        if stroke and stroke[-1] == point:
            return  # the pen rests: the same grid point adds nothing but weight
        stroke.append(point)
        self._points += 1
        self.update(self._dirty_around(stroke))

    def _end(self, device: str) -> None:
        if self._device != device:
            return
        self._device = None
        self.changed.emit()

    def _dirty_around(self, stroke: list[Point]) -> QRect:
        """The area the newest segment (and the curve it bends) may paint into."""
        box = QPolygonF([self._to_pixels(point) for point in stroke[-3:]]).boundingRect()
        ink = round(self._ink_width()) + 2  # half the pen either side, and the round caps
        return box.toAlignedRect().adjusted(-ink, -ink, ink, ink)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE)
        super().mousePressEvent(event)  # focus on click

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._device == MOUSE:
            self._extend(event.position(), MOUSE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE)
            self._end(MOUSE)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), PEN)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), PEN)
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position(), PEN)
            self._end(PEN)
        event.accept()  # no mouse event made up from it: the stroke is drawn once

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):  # begin, update, end and cancel
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """The first finger down signs; a second one (or a palm) on the glass is ignored."""
        event.accept()
        points, kind = event.points(), event.type()
        if kind == QEvent.Type.TouchBegin and points:
            self._finger = points[0].id()
            self._begin(points[0].position(), TOUCH)
            return
        finger = next((point for point in points if point.id() == self._finger), None)
        state = finger.state() if finger is not None else QEventPoint.State.Unknown
        if finger is not None and state != QEventPoint.State.Stationary:
            self._extend(finger.position(), TOUCH)
        lifted = state == QEventPoint.State.Released
        if lifted or kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._end(TOUCH)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._device is not None:
            self._end(self._device)  # its release will never reach a hidden pad
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_paper(painter)
        if self.is_empty():
            self._paint_hint(painter)
        painter.setPen(self._ink_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ink = self._ink_width()
        for path in self._ink_paths():
            # While drawing only a small area is repainted: skip what lies outside it.
            if path.controlPointRect().adjusted(-ink, -ink, ink, ink).intersects(event.rect()):
                painter.drawPath(path)
        painter.end()

    def _ink_paths(self) -> list[QPainterPath]:
        """Finished strokes become curves once per size; the stroke in progress, every time."""
        if self._paths_size != self.size():
            self._paths, self._paths_size = [], self.size()
        finished = self._strokes[:-1] if self._device else self._strokes
        self._paths += [self._stroke_path(stroke) for stroke in finished[len(self._paths) :]]
        drawing = [self._stroke_path(self._strokes[-1])] if self._device else []
        return self._paths + drawing

    def _paint_paper(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), PAPER)
        # The focus shows as a thicker edge in the highlight colour (Delete clears then).
        focused = self.hasFocus()
        width = 2.0 if focused else 1.0
        edge = self.palette().highlight().color() if focused else BORDER
        painter.setPen(QPen(edge, width))
        half = width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        margin, line_y = self._margin(), round(self.height() * BASELINE_AT) + 0.5
        painter.setPen(QPen(BASELINE, 1))
        painter.drawLine(QPointF(margin, line_y), QPointF(self.width() - margin, line_y))

    def _paint_hint(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.setPen(HINT)
        above_line = QRectF(self._margin(), 0, self.width(), self.height() * BASELINE_AT - 6)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(above_line, int(align), self.tr("Sign here"))

    def _stroke_path(self, stroke: list[Point]) -> QPainterPath:
        """A smooth curve through the points: each bends at a point, on to the next midpoint."""
        points = [self._to_pixels(point) for point in stroke]
        path = QPainterPath(points[0])
        if len(points) == 1:  # a dot (on an i): the pen rests, so it is wider than a line
            radius = self._ink_width() / 2
            path.addEllipse(points[0], radius, radius)
            return path
        for here, after in zip(points[1:-1], points[2:], strict=False):
            path.quadTo(here, (here + after) / 2)
        path.lineTo(points[-1])
        return path

    def _to_pixels(self, point: Point) -> QPointF:
        return QPointF(point[0] * self.width() / SCALE, point[1] * self.height() / SCALE)

    def _ink_width(self) -> float:
        return max(1.5, INK_WIDTH * self.height() / NATURAL_HEIGHT)

    def _ink_pen(self) -> QPen:
        pen = QPen(INK, self._ink_width())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _margin(self) -> float:
        return max(12.0, self.width() * 0.05)


class SignatureField(QWidget):
    """The pad with who signs above it and a Clear button (Alt+C) below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signer = QLabel(self.tr("Signature"))
        self.signer.setTextFormat(Qt.TextFormat.PlainText)  # a client's name is never markup
        self.signer.setWordWrap(True)
        self.pad = SignaturePad()
        self.signer.setBuddy(self.pad)
        self.setFocusProxy(self.pad)  # a form row's label gives the focus to the pad
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.clear_button.setToolTip(self.tr("Wipe the pad so the signer can sign again"))
        self.clear_button.clicked.connect(self._clear)
        self.pad.changed.connect(self._enable_clear)
        self._enable_clear()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signer)
        layout.addWidget(self.pad, stretch=1)
        layout.addLayout(buttons)

    def signer_label(self, text: str) -> None:
        """Who signs, in a few words ("Signed by Rosa Delgado, guardian")."""
        self.signer.setText(text)
        self.signer.setAccessibleName(text)

    def _clear(self) -> None:
        self.pad.clear()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)  # the button is disabled now

    def _enable_clear(self) -> None:
        self.clear_button.setEnabled(not self.pad.is_empty())
