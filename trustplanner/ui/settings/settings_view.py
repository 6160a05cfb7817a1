"""The Settings page's widgets: the usual time per weekday and the biggest step."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.limits import LANGUAGES
from trustplanner.domain.settings import MASTERY_EXPOSURES_MAX, STEP_SIZE_RANGE
from trustplanner.domain.trust_index import HALF_LIFE_RANGE
from trustplanner.ui.widgets.duration_spin_box import DurationSpinBox
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.ui.widgets.wheel_guard import guard_wheel

# Each language by its own name, as people look for it: not translated, on purpose.
_LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}


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

        learning_box, learning_form = self._section(
            self.tr("Learning from your days"),
            self.tr(
                "From how your agreements ended, and how long they took when you said so, "
                "the realism meter learns what your days really hold. It stays on this "
                "computer."
            ),
        )
        self.learning_check = QCheckBox(self.tr("Learn from my days"))
        learning_form.addRow(self.learning_check)
        self.see_learned_button = QPushButton(self.tr("See what was learned…"))
        self.learn_afresh_button = QPushButton(self.tr("Start learning afresh"))
        self.learn_afresh_button.setAccessibleDescription(
            self.tr("Learns only from today on; your history itself stays as it is")
        )
        learning_buttons = QHBoxLayout()
        learning_buttons.addWidget(self.see_learned_button)
        learning_buttons.addWidget(self.learn_afresh_button)
        learning_buttons.addStretch(1)
        learning_form.addRow(learning_buttons)

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
        # Told once a half-life under a week was raised to one.
        self.half_life_note = QLabel()
        self.half_life_note.setWordWrap(True)
        index_form.addRow(self.half_life_note)

        reminder_box, reminder_form = self._section(
            self.tr("Reminders"),
            self.tr(
                "A quiet reminder from the tray: in the morning to choose today's agreements, "
                "in the evening to look back on them. A reminder whose job is done stays away."
            ),
        )
        self.morning_check = QCheckBox(self.tr("Morning, to choose today's agreements, at"))
        self.morning_time = QTimeEdit()
        self.morning_time.setDisplayFormat("HH:mm")
        self.morning_time.setAccessibleName(self.tr("Time of the morning reminder"))
        self.evening_check = QCheckBox(self.tr("Evening, to look back on them, at"))
        self.evening_time = QTimeEdit()
        self.evening_time.setDisplayFormat("HH:mm")
        self.evening_time.setAccessibleName(self.tr("Time of the evening reminder"))
        for check, time in (
            (self.morning_check, self.morning_time),
            (self.evening_check, self.evening_time),
        ):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(time)
            row.addStretch(1)
            reminder_form.addRow(row)
        days = QHBoxLayout()
        self.weekday_checks: list[QCheckBox] = []
        for weekday in range(1, 8):
            check = QCheckBox(locale.dayName(weekday, QLocale.FormatType.ShortFormat))
            check.setAccessibleName(
                self.tr("Reminders on %1").replace(
                    "%1", locale.dayName(weekday, QLocale.FormatType.LongFormat)
                )
            )
            days.addWidget(check)
            self.weekday_checks.append(check)
        days.addStretch(1)
        reminder_form.addRow(self.tr("On:"), days)
        self.promise_check = QCheckBox(
            self.tr("The evening before a promise to someone: still on, or tell them early?")
        )
        reminder_form.addRow(self.promise_check)
        self.last_moment_spin = QSpinBox()
        self.last_moment_spin.setRange(1, 48)
        self.last_moment_spin.setKeyboardTracking(False)
        self.last_moment_spin.setSuffix(self.tr(" h"))
        self.last_moment_spin.setAccessibleName(
            self.tr("Hours before a promise's time that still count as in time")
        )
        reminder_form.addRow(
            self.tr("Telling someone counts as in time up to this long before a promise:"),
            self.last_moment_spin,
        )
        self.close_to_tray_check = QCheckBox(
            self.tr("Keep running in the tray when the window is closed")
        )
        self.start_at_login_check = QCheckBox(self.tr("Start quietly in the tray when I log in"))
        reminder_form.addRow(self.close_to_tray_check)
        reminder_form.addRow(self.start_at_login_check)

        ladder_box, ladder_form = self._section(
            self.tr("Fear ladders"),
            self.tr(
                "A step counts as mastered after you faced it this many times with what you "
                "feared not happening and your anxiety, at its highest, at or under this level. "
                "The ladder then points to the next step."
            ),
        )
        self.mastery_exposures_spin = QSpinBox()
        self.mastery_exposures_spin.setRange(1, MASTERY_EXPOSURES_MAX)
        self.mastery_exposures_spin.setSuffix(self.tr(" times"))
        self.mastery_exposures_spin.setKeyboardTracking(False)
        self.mastery_exposures_spin.setAccessibleName(self.tr("Times faced to master a step"))
        self.mastery_anxiety_spin = QSpinBox()
        self.mastery_anxiety_spin.setRange(0, 100)
        self.mastery_anxiety_spin.setKeyboardTracking(False)
        self.mastery_anxiety_spin.setAccessibleName(self.tr("Highest anxiety, 0 to 100"))
        ladder_form.addRow(self.tr("Times faced:"), self.mastery_exposures_spin)
        ladder_form.addRow(self.tr("Anxiety at its highest, at most:"), self.mastery_anxiety_spin)

        data_box, data_form = self._section(
            self.tr("Your data"),
            self.tr(
                "Everything stays on this computer, in one folder. A backup is made "
                "every day you make a change; the last 7 days, 4 weeks and 12 months are kept."
            ),
        )
        self.data_folder_label = QLabel()
        self.data_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder_label.setWordWrap(True)
        data_form.addRow(self.tr("Folder:"), self.data_folder_label)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.show_backups_button = QPushButton(self.tr("Show the backups"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.show_backups_button)
        buttons.addStretch(1)
        data_form.addRow(buttons)
        # Two computers, one history: through a folder the person already keeps in step.
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Keep in step with another computer…"))
        self.sync_button.setToolTip(
            self.tr(
                "Choose a folder you already keep in step between your computers (Syncthing, "
                "Nextcloud, Dropbox): the same folder on both"
            )
        )
        self.sync_off_button = QPushButton(self.tr("Stop keeping in step"))
        self.computer_name_edit = QLineEdit()
        self.computer_name_edit.setAccessibleName(self.tr("This computer's name"))
        self.computer_name_edit.setPlaceholderText(self.tr("This computer's name"))
        self.computer_name_edit.setToolTip(
            self.tr("How the other computer names this one, for example “laptop”")
        )
        self.computer_name_message = FieldMessage(self.computer_name_edit)
        sync_buttons = QHBoxLayout()
        sync_buttons.addWidget(self.sync_button)
        sync_buttons.addWidget(self.sync_off_button)
        name_label = QLabel(self.tr("This computer's name:"))
        name_label.setBuddy(self.computer_name_edit)
        sync_buttons.addSpacing(12)
        sync_buttons.addWidget(name_label)
        sync_buttons.addWidget(self.computer_name_edit)
        sync_buttons.addStretch(1)
        data_form.addRow(self.sync_label)  # the whole width: a synced folder's path is long
        data_form.addRow(sync_buttons)
        data_form.addRow(self.computer_name_message)
        self.delete_all_button = QPushButton(self.tr("Delete all my data…"))
        self.delete_all_button.setAccessibleDescription(
            self.tr("Deletes your data and every backup from this computer, after asking")
        )
        data_form.addRow(self.delete_all_button)

        language_box, language_form = self._section(
            self.tr("Language"),
            self.tr("The language Trust Planner speaks. A new choice applies from its next start."),
        )
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        spoken = QLocale.system().name().split("_")[0]
        spoken = spoken if spoken in LANGUAGES else "en"
        self.language_combo.addItem(
            self.tr("As on this computer (%1)").replace("%1", _LANGUAGE_NAMES[spoken]), None
        )
        for language in LANGUAGES:
            self.language_combo.addItem(_LANGUAGE_NAMES[language], language)
        language_form.addRow(self.tr("Language:"), self.language_combo)

        look_box, look_form = self._section(
            self.tr("Look"),
            self.tr("Light or dark. As on this computer, it follows your desktop's choice."),
        )
        self.appearance_combo = QComboBox()
        self.appearance_combo.setAccessibleName(self.tr("Look"))
        self.appearance_combo.addItem(self.tr("As on this computer"), None)
        self.appearance_combo.addItem(self.tr("Light"), "light")
        self.appearance_combo.addItem(self.tr("Dark"), "dark")
        look_form.addRow(self.tr("Look:"), self.appearance_combo)

        self.defaults_button = QPushButton(self.tr("Back to the defaults"))
        self.saved_label = QLabel(self.tr("Changes are saved as you make them."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.defaults_button)

        # The sections scroll, so that the window can stay small on a small screen.
        sections = QWidget()
        sections_layout = QVBoxLayout(sections)
        for box in (
            capacity_box,
            learning_box,
            reminder_box,
            step_box,
            index_box,
            ladder_box,
            language_box,
            look_box,
            data_box,
        ):
            sections_layout.addWidget(box)
        sections_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(sections)
        self._wheel_guard = guard_wheel(sections)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
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
