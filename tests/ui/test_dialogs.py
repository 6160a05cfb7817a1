import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from trustplanner.domain.agreements import MAX_NOTE_LENGTH, Agreement, Item, ItemState
from trustplanner.domain.realism import judge
from trustplanner.ui.plan.commit_confirmation import CommitConfirmation
from trustplanner.ui.plan.let_go_dialog import LetGoDialog
from trustplanner.ui.plan.move_dialog import MoveDialog
from trustplanner.ui.plan.paste_dialog import PasteDialog
from trustplanner.ui.plan.split_dialog import SplitDialog, proposed_steps
from trustplanner.ui.review.didnt_happen_dialog import DidntHappenDialog
from trustplanner.ui.review.renegotiate_dialog import RenegotiateDialog
from trustplanner.words.dates import qdate

TZ = dt.timezone(dt.timedelta(hours=1))
DAY = dt.date(2026, 11, 25)
MORNING = dt.datetime(2026, 11, 25, 9, 0, tzinfo=TZ)


def label_texts(dialog):
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result() == QDialog.DialogCode.Accepted


def test_paste_dialog_previews_and_counts(qtbot):
    dialog = PasteDialog("- a\n- b (15 min)\n")
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == "2 items found."
    assert dialog.preview_model.stringList() == ["a", "b  ·  15 min"]
    assert dialog.add_button.isEnabled()
    dialog.text_edit.setPlainText("")
    assert dialog.summary_label.text() == "No items yet."
    assert not dialog.add_button.isEnabled()


def test_paste_dialog_names_a_line_that_is_too_long(qtbot):
    dialog = PasteDialog("ok\n" + "z" * 501)
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text().startswith(
        "Line 2: This is 501 characters long; the limit is 500."
    )
    assert not dialog.add_button.isEnabled()


def test_split_proposal_names_its_steps():
    item = Item(1, "Paint the hallway", 120, DAY, ItemState.PLANNED)
    steps = proposed_steps(item, 30)
    assert steps[0].title == "First step of Paint the hallway"
    assert [s.minutes for s in steps] == [10, 30, 30, 25, 25]
    assert all(step.title == "Next step of Paint the hallway" for step in steps[1:])


def test_split_dialog_shows_the_total_and_needs_a_step(qtbot):
    dialog = SplitDialog(Item(1, "Paint", 60, DAY, ItemState.PLANNED), 30)
    qtbot.addWidget(dialog)
    assert dialog.total_label.text() == "Together: 1 h (it was 1 h)"
    dialog.model.setData(dialog.model.index(1, 1), "40")
    assert dialog.total_label.text() == "Together: 1 h 15 min (it was 1 h)"  # 10 + 40 + 25
    dialog.model.setData(dialog.model.index(0, 1), "nonsense")
    assert not dialog.message.isHidden()
    dialog.model.removeRows(0, dialog.model.rowCount())
    assert not dialog.ok_button.isEnabled()


def test_move_dialog_starts_at_the_earliest_day_and_offers_quick_days(qtbot):
    dialog = MoveDialog(["A"], DAY + dt.timedelta(days=1), DAY)
    qtbot.addWidget(dialog)
    assert dialog.chosen_day() == DAY + dt.timedelta(days=1)
    labels = [b.text() for b in dialog.quick_buttons]
    assert labels == ["Tomorrow", "Next Monday"]
    dialog.quick_buttons[1].click()
    assert dialog.chosen_day() == dt.date(2026, 11, 30)
    dialog.calendar.setSelectedDate(qdate(DAY - dt.timedelta(days=3)))  # before the minimum
    assert dialog.chosen_day() >= DAY + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("count", "last_line"),
    [(6, "• T6"), (7, "• T7"), (9, "and 3 more")],
)
def test_a_long_choice_names_what_it_shows_and_counts_the_rest(qtbot, count, last_line):
    dialog = MoveDialog([f"T{n}" for n in range(1, count + 1)], DAY, DAY)
    qtbot.addWidget(dialog)
    lines = dialog.titles_label.text().splitlines()
    assert lines[-1] == last_line
    assert len(lines) == min(count, 7)
    assert "…" not in dialog.titles_label.text()


def test_note_dialogs_refuse_a_note_that_is_too_long(qtbot):
    for dialog in (LetGoDialog(["A"]), DidntHappenDialog(["A"]), MoveDialog(["A"], DAY, DAY)):
        qtbot.addWidget(dialog)
        dialog.note_edit.setText("n" * (MAX_NOTE_LENGTH + 1))
        assert not ok(dialog)
        assert not dialog.note_message.isHidden()
        dialog.note_edit.setText("fine")
        assert ok(dialog)
        assert dialog.note() == "fine"


def test_commit_confirmation_for_a_day_without_time(qtbot):
    box = CommitConfirmation(judge(90, 0))
    qtbot.addWidget(box)
    assert box.text() == "This plan takes 1 h 30 min, and you have set no time for this day."
    assert box.defaultButton() is box.back_button


def agreement(**changes):
    values = dict(id=1, item_id=None, title="Write", minutes=60, day=DAY, made_at=MORNING)
    values.update(changes)
    return Agreement(**values)


def test_renegotiate_needs_a_reason_at_its_field(qtbot):
    dialog = RenegotiateDialog(agreement(), MORNING)
    qtbot.addWidget(dialog)
    assert "keeping your word" in label_texts(dialog)
    assert not ok(dialog)
    assert not dialog.reason_message.isHidden()
    assert "reason" in dialog.reason_message.text()
    dialog.reason_edit.setText("The day filled up")
    assert ok(dialog)
    answer = dialog.renegotiation()
    assert (answer.day, answer.minutes, answer.reason) == (
        DAY + dt.timedelta(days=1),
        60,
        "The day filled up",
    )


def test_renegotiate_smaller_on_the_same_day(qtbot):
    dialog = RenegotiateDialog(agreement(), MORNING)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(qdate(DAY))
    dialog.reason_edit.setText("Start small")
    assert not ok(dialog)
    assert "smaller" in dialog.estimate_message.text()
    dialog.estimate_field.setEditText("20 min")
    dialog.title_edit.setText("Write the outline")
    assert ok(dialog)
    assert dialog.renegotiation().title == "Write the outline"


def test_renegotiate_refuses_bad_size_and_title(qtbot):
    dialog = RenegotiateDialog(agreement(), MORNING)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setText("x")
    dialog.estimate_field.setEditText("forever")
    assert not ok(dialog)
    assert not dialog.estimate_message.isHidden()
    dialog.estimate_field.setEditText("30")
    dialog.title_edit.setText("  ")
    assert not ok(dialog)
    assert not dialog.title_message.isHidden()


def test_renegotiate_after_the_day_says_so_kindly(qtbot):
    later = MORNING + dt.timedelta(days=2)
    dialog = RenegotiateDialog(agreement(), later)
    qtbot.addWidget(dialog)
    assert "The day of this agreement is over" in label_texts(dialog)
    assert dialog.date_edit.minimumDate().toPython() == later.date()


def test_renegotiating_late_proposes_today_and_on_time_proposes_tomorrow(qtbot):
    on_time = RenegotiateDialog(agreement(), MORNING)
    late = RenegotiateDialog(agreement(), MORNING + dt.timedelta(days=2))
    qtbot.addWidget(on_time)
    qtbot.addWidget(late)
    assert on_time.date_edit.date().toPython() == DAY + dt.timedelta(days=1)
    assert late.date_edit.date().toPython() == DAY + dt.timedelta(days=2)
    assert late.date_edit.text() == "Fri 27 Nov 2026"


def _dialogs():
    from trustplanner.domain.fears import LadderStep
    from trustplanner.store.fears import exposure_for
    from trustplanner.ui.fears.fear_dialog import FearDialog
    from trustplanner.ui.fears.ladder_dialogs import LadderDialog, PlanStepDialog, StepDialog

    step = LadderStep(1, 1, "Ask a question", 40, 1.0)
    entry = exposure_for(step, DAY)
    return [
        lambda: PasteDialog(),
        lambda: SplitDialog(Item(1, "Paint", 60, DAY, ItemState.PLANNED), 30),
        lambda: MoveDialog(["A"], DAY + dt.timedelta(days=1), DAY),
        lambda: LetGoDialog(["A"]),
        lambda: DidntHappenDialog(["A"]),
        lambda: RenegotiateDialog(agreement(), MORNING),
        lambda: FearDialog(entry, [], [], DAY, "How did it go?"),
        lambda: LadderDialog(),
        lambda: StepDialog(),
        lambda: PlanStepDialog(step, DAY),
    ]


@pytest.mark.parametrize("number", range(10))
def test_every_dialog_opens_ready_to_type_not_on_a_button(qtbot, number):
    from PySide6.QtWidgets import QAbstractButton

    dialog = _dialogs()[number]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    focused = dialog.focusWidget()
    assert focused is not None and not isinstance(focused, QAbstractButton), type(dialog).__name__


def test_every_day_field_keeps_to_the_days_anything_may_be_planned_on(qtbot):
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from trustplanner.ui.plan.move_dialog import MoveDialog
    from trustplanner.ui.widgets.calendar import named_calendar, with_named_calendar

    today = dt.date(2026, 12, 7)
    field = with_named_calendar(QDateEdit())
    qtbot.addWidget(field)
    calendar = named_calendar()
    qtbot.addWidget(calendar)
    dialog = MoveDialog(["Call"], today, today)
    qtbot.addWidget(dialog)
    for widget in (field, calendar, dialog.calendar):
        assert widget.maximumDate() == QDate(2200, 12, 31)
    assert field.minimumDate() == calendar.minimumDate() == QDate(1970, 1, 1)
    field.setDate(QDate(9999, 1, 1))
    assert field.date() == QDate(2200, 12, 31)
