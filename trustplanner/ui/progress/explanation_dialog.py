"""'How is this computed?': the self-trust index explained in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trustplanner.domain.trust_index import step_factor
from trustplanner.ui.widgets.reading_dialog import ReadingDialog
from trustplanner.words.numbers import number_text


class ExplanationDialog(ReadingDialog):
    def __init__(self, half_life: int, parent: QWidget | None = None):
        html = (
            QCoreApplication.translate(
                "ExplanationDialog",
                "<p>Your <b>self-trust index</b> is a number from 0 to 100. It follows what you do "
                "with the agreements you make with yourself. It starts at 50.</p>"
                "<p><b>Each day on which agreements ended</b> gets a day score, the average of:</p>"
                "<ul>"
                "<li><b>kept</b> counts 100: you did what you said;</li>"
                "<li><b>renegotiated a day or more ahead</b> counts 85: saying early that "
                "something will not fit is keeping your word too, and the earlier, the more room "
                "it leaves;</li>"
                "<li><b>renegotiated on the day itself</b> counts 75;</li>"
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
                "where %2 = 0.5<sup>1/%1</sup>.</p>",
            )
            .replace("%1", str(half_life))
            .replace("%2", number_text(step_factor(half_life), 3))
        )
        super().__init__(
            QCoreApplication.translate("ExplanationDialog", "How is this computed?"), html, parent
        )
