"""'How is this computed?' on Plan and 'See what was learned' in Settings: what was
learned from the person's days, with the numbers and how much evidence each rests on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustplanner.domain.forecast import Knowing
from trustplanner.ui.context import AppContext
from trustplanner.ui.widgets.reading_dialog import ReadingDialog
from trustplanner.words.learning import learned_html


class LearnedDialog(ReadingDialog):
    def __init__(self, knowing: Knowing, parent: QWidget | None = None):
        title = QCoreApplication.translate("LearnedDialog", "What your days say")
        super().__init__(title, learned_html(knowing), parent)


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
