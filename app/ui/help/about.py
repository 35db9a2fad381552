"""Help > About Caseload: the version and licence of the app, and the name, version and
licence of every runtime dependency (app/ui/help/licences.py), with Qt's LGPL note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.help.dialogs import HelpDialog
from app.ui.help.licences import Package, app_package, runtime_packages


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class AboutDialog(HelpDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("About Caseload"), parent)
        self.packages = runtime_packages()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label(self._app_line(app_package()), self.tr("Version and licence")))
        layout.addWidget(_label(self._qt_note(), self.tr("Qt licence note")))
        layout.addWidget(self._table(), stretch=1)
        self.finish(body, self.tr("Close"), self.tr("Close the About window"))
        self.table.setFocus()

    def _app_line(self, app: Package) -> str:
        version = app.version or self.tr("unknown")
        licence = app.licence or self.tr("not stated")
        text = self.tr("Caseload {version}. Licence: {licence}. It runs on the software below.")
        return text.format(version=version, licence=licence)

    def _qt_note(self) -> str:
        return self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License version 3 "
            "(LGPL-3.0): you may replace them with another build of the same version. Their "
            "source code is available from the Qt Project at https://code.qt.io."
        )

    def _table(self) -> QTableWidget:
        table = self.table = QTableWidget(len(self.packages), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Software"), self.tr("Version"), self.tr("Licence")]
        )
        for row, found in enumerate(self.packages):
            version = found.version or self.tr("not installed")
            licence = found.licence or self.tr("not stated by the package")
            for column, text in enumerate((found.name, version, licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Software and licences"))
        table.setAccessibleDescription(self.tr("Each piece of software Caseload uses"))
        return table
