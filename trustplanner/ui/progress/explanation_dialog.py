"""'How is this computed?': the self-trust index explained in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from trustplanner.domain.trust_index import step_factor
from trustplanner.words.numbers import number_text


class ExplanationDialog(QDialog):
    def __init__(self, half_life: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How is this computed?"))
        self.resize(560, 520)
        self.text = QLabel(
            self.tr(
                "<p>Your <b>self-trust index</b> is a number from 0 to 100. It follows what you do "
                "with the agreements you make with yourself. It starts at 50.</p>"
                "<p><b>Each day on which agreements ended</b> gets a day score, the average of:</p>"
                "<ul>"
                "<li><b>kept</b> counts 100: you did what you said;</li>"
                "<li><b>renegotiated in time</b> counts 75: saying early that something will not "
                "fit is keeping your word too;</li>"
                "<li><b>renegotiated afterwards</b> counts 25;</li>"
                "<li><b>didn't happen</b> counts 0.</li>"
                "</ul>"
                "<p>A fear you faced counts 100, and twice over.</p>"
                "<p><b>The index then takes a step towards that day score.</b> Recent days weigh "
                "the most: after %1 days with agreements, a day counts half as much as it did. "
                "You can change this number in Settings.</p>"
                "<p><b>Days without agreements do not change the index.</b> A rest day, a holiday "
                "or a day off never lowers it.</p>"
                "<p>For those who like formulas:<br>"
                "<tt>new index = index × %2 + day score × (1 − %2)</tt>,<br>"
                "where %2 = 0.5<sup>1/%1</sup>.</p>"
            )
            .replace("%1", str(half_life))
            .replace("%2", number_text(step_factor(half_life), 3))
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
