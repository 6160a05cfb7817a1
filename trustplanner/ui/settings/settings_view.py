"""The Settings page's widgets: the usual time per weekday and the biggest step."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.settings import STEP_SIZE_RANGE
from trustplanner.domain.trust_index import HALF_LIFE_RANGE
from trustplanner.ui.widgets.duration_spin_box import DurationSpinBox


class SettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        capacity_box, capacity_form = self._section(
            self.tr("Time you usually have for your plans"),
            self.tr(
                "The focused time you have on each weekday, apart from work you cannot move. "
                "Be generous with yourself: a day that fits is a day you can keep. You can "
                "change a single day in Plan."
            ),
        )
        self.capacity_spins: list[DurationSpinBox] = []
        locale = QLocale()
        # Qt counts weekdays from 1 (Monday) to 7 (Sunday).
        for weekday in range(1, 8):
            spin = DurationSpinBox()
            name = locale.standaloneDayName(weekday, QLocale.FormatType.LongFormat)
            spin.setAccessibleName(self.tr("Usual time on %1").replace("%1", name))
            capacity_form.addRow(name.capitalize() + ":", spin)
            self.capacity_spins.append(spin)

        step_box, step_form = self._section(
            self.tr("Small steps"),
            self.tr(
                "Items bigger than this are marked “too big to keep as one step”, and Split "
                "proposes steps no bigger than this."
            ),
        )
        low, high = STEP_SIZE_RANGE
        self.step_spin = DurationSpinBox(minimum=low, maximum=high, step=5)
        self.step_spin.setAccessibleName(self.tr("Biggest step"))
        step_form.addRow(self.tr("Biggest step:"), self.step_spin)

        index_box, index_form = self._section(
            self.tr("Self-trust index"),
            self.tr(
                "How quickly the index follows what you do. After this many days with "
                "agreements, a day counts half as much as it did. Shorter follows you quickly; "
                "longer is steadier."
            ),
        )
        low, high = HALF_LIFE_RANGE
        self.half_life_spin = QSpinBox()
        self.half_life_spin.setRange(low, high)
        self.half_life_spin.setSuffix(self.tr(" days"))
        self.half_life_spin.setKeyboardTracking(False)
        self.half_life_spin.setAccessibleName(self.tr("Half-life of the index"))
        index_form.addRow(self.tr("Half-life:"), self.half_life_spin)

        self.defaults_button = QPushButton(self.tr("Back to the defaults"))
        self.saved_label = QLabel(self.tr("Changes are saved as you make them."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.defaults_button)

        layout = QVBoxLayout(self)
        layout.addWidget(capacity_box)
        layout.addWidget(step_box)
        layout.addWidget(index_box)
        layout.addStretch(1)
        layout.addLayout(bottom)

    @staticmethod
    def _section(title: str, intro: str) -> tuple[QGroupBox, QFormLayout]:
        """A titled group with a word of explanation and a form for its fields."""
        box = QGroupBox(title)
        label = QLabel(intro)
        label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addLayout(form)
        return box, form
