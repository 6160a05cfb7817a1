"""'How is this computed?' on Plan and 'See what was learned' in Settings: what was
learned from the person's days, with the numbers and how much evidence each rests on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.forecast import Knowing
from trustplanner.ui.context import AppContext
from trustplanner.words.learning import learned_html


class LearnedDialog(QDialog):
    def __init__(self, knowing: Knowing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What your days say"))
        self.resize(600, 560)
        self.text = QLabel(learned_html(knowing))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setMargin(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)


def show_learned(context: AppContext, parent: QWidget) -> None:
    knowing = context.learned.knowing_now(context.store, context.settings, context.today())
    if knowing is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("LearnedDialog", "What your days say"),
            QCoreApplication.translate(
                "LearnedDialog",
                "What was learned cannot be read just now. Your data is checked in the "
                "background, and you will be told if anything needs doing.",
            ),
        )
        return
    LearnedDialog(knowing, parent).exec()
