import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel

from trustplanner.domain.realism import Level
from trustplanner.domain.titles import MAX_TITLE_LENGTH
from trustplanner.store import plans
from trustplanner.store.agreements import agreements_on
from trustplanner.ui.plan.commit_confirmation import CommitConfirmation
from trustplanner.ui.plan.let_go_dialog import LetGoDialog
from trustplanner.ui.plan.move_dialog import MoveDialog
from trustplanner.ui.plan.paste_dialog import PasteDialog
from trustplanner.ui.plan.plan_model import ESTIMATE, STATUS, TITLE, PlanRow
from trustplanner.ui.plan.split_dialog import SplitDialog
from trustplanner.words.endings import ending_text
from trustplanner.words.numbers import minutes_text

from .dialogs import answer, press


def titles(plan):
    return [plan.model.index(row, TITLE).data() for row in range(plan.model.rowCount())]


def select(plan, *titles_wanted):
    selection = plan.view.table.selectionModel()
    selection.clearSelection()
    for row in range(plan.model.rowCount()):
        if plan.model.index(row, TITLE).data() in titles_wanted:
            selection.select(
                plan.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def add(qtbot, plan, title, estimate=""):
    plan.view.title_edit.setText(title)
    plan.view.estimate_field.setEditText(estimate)
    qtbot.mouseClick(plan.view.add_button, Qt.MouseButton.LeftButton)


def test_an_empty_day_says_what_to_do(plan):
    assert plan.view.list_stack.currentWidget() is plan.view.empty_label
    assert "Paste your to-do list" in plan.view.empty_label.text()
    assert "Nothing planned yet" in plan.view.verdict_label.text()
    assert not plan.view.commit_button.isEnabled()


def test_quick_add_with_an_estimate_from_the_choices_or_typed(qtbot, plan, context):
    with qtbot.waitSignal(context.changed):
        plan.view.title_edit.setText("Call the dentist")
        plan.view.estimate_field.setCurrentIndex(0)  # 5 min
        qtbot.keyClick(plan.view.title_edit, Qt.Key.Key_Return)
    add(qtbot, plan, "Clean the kitchen", "1,5 uur")
    add(qtbot, plan, "Read", "")
    assert titles(plan) == ["Call the dentist", "Clean the kitchen", "Read"]
    assert [plan.model.index(r, ESTIMATE).data() for r in range(3)] == ["5 min", "1 h 30 min", "—"]
    assert plan.view.title_edit.text() == ""
    assert plan.view.list_stack.currentWidget() is plan.view.table


@pytest.mark.parametrize(
    ("title", "estimate", "field", "words"),
    [
        ("   ", "", "title_message", "Write what you want to do"),
        ("x" * (MAX_TITLE_LENGTH + 1), "", "title_message", "the limit is 500"),
        ("Fine", "abc", "estimate_message", "Type a time such as"),
        ("Fine", "-5", "estimate_message", "more than 0 minutes"),
        ("Fine", "0", "estimate_message", "more than 0 minutes"),
        ("Fine", "13 h", "estimate_message", "more than 12 h"),
    ],
)
def test_bad_input_gets_a_message_at_its_field_and_nothing_is_added(
    qtbot, plan, context, title, estimate, field, words
):
    add(qtbot, plan, title, estimate)
    message = getattr(plan.view, field)
    assert message.isVisible()
    assert words in message.text()
    assert context.store.value("SELECT count(*) FROM items") == 0
    # the long text is kept in the field, never cut
    assert plan.view.title_edit.text() == title
    # the message goes away as soon as the person types again
    if field == "title_message":
        qtbot.keyClick(plan.view.title_edit, Qt.Key.Key_A)
    else:
        qtbot.keyClick(plan.view.estimate_field.lineEdit(), Qt.Key.Key_1)
    assert not message.isVisible()


def test_unicode_titles_are_kept_exactly(qtbot, plan, context):
    title = "Bel oma 👵🏽 · שלום · مرحبا"
    add(qtbot, plan, title, "10")
    assert titles(plan) == [title]
    assert context.store.value("SELECT title FROM items") == title


def test_pasting_a_list_adds_every_line_without_bullets(qtbot, plan, monkeypatch):
    shown = answer(
        monkeypatch,
        PasteDialog,
        lambda d: d.text_edit.setPlainText("- One (10 min)\n2. Two\n\n* Three"),
    )
    qtbot.mouseClick(plan.view.paste_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert titles(plan) == ["One", "Two", "Three"]
    assert plan.model.index(0, ESTIMATE).data() == "10 min"


def test_ctrl_v_in_the_list_opens_the_paste_dialog_with_the_clipboard(qtbot, plan, monkeypatch):
    QApplication.clipboard().setText("First\nSecond")
    shown = answer(monkeypatch, PasteDialog)
    add(qtbot, plan, "Existing", "5")
    plan.view.table.setFocus()
    qtbot.keyClick(plan.view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown and shown[0].text_edit.toPlainText() == "First\nSecond"
    assert titles(plan) == ["Existing", "First", "Second"]


def test_cancelling_a_dialog_changes_nothing(qtbot, plan, context, monkeypatch):
    answer(monkeypatch, PasteDialog, lambda d: d.text_edit.setPlainText("One"), accept=False)
    qtbot.mouseClick(plan.view.paste_button, Qt.MouseButton.LeftButton)
    assert context.store.value("SELECT count(*) FROM items") == 0


def test_estimates_can_be_edited_in_the_list_and_bad_ones_are_explained(qtbot, plan):
    add(qtbot, plan, "Clean", "")
    index = plan.model.index(0, ESTIMATE)
    assert plan.model.setData(index, "45 min")
    assert plan.model.index(0, ESTIMATE).data() == "45 min"
    assert not plan.model.setData(index, "lots")
    assert plan.view.list_message.isVisible()
    assert "Type a time" in plan.view.list_message.text()
    assert plan.model.index(0, ESTIMATE).data() == "45 min"
    assert plan.model.setData(plan.model.index(0, TITLE), "Clean the kitchen")
    assert titles(plan) == ["Clean the kitchen"]
    assert not plan.view.list_message.isVisible()


def test_the_estimate_editor_in_the_list_is_the_estimate_field(qtbot, plan):
    add(qtbot, plan, "Clean", "30")
    index = plan.model.index(0, ESTIMATE)
    plan.view.table.setCurrentIndex(index)
    plan.view.table.edit(index)
    qtbot.waitUntil(lambda: plan.view.table.focusWidget() is not None)
    editor = plan.view.table.focusWidget()
    while editor is not None and type(editor).__name__ != "EstimateField":
        editor = editor.parentWidget()
    assert editor is not None
    editor.setEditText("1h")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan.model.index(0, ESTIMATE).data() == "1 h")


def test_the_realism_meter_turns_amber_then_red_with_a_plain_sentence(qtbot, plan):
    view = plan.view
    add(qtbot, plan, "A", "2h")
    assert view.meter.level is Level.CALM
    assert "room to spare" in view.verdict_label.text()
    add(qtbot, plan, "B", "1h30")  # 3 h 30 of 4 h: 88 %
    assert view.meter.level is Level.AMBER
    assert "just fits" in view.verdict_label.text()
    add(qtbot, plan, "C", "1h")  # 4 h 30 of 4 h
    assert view.meter.level is Level.RED
    assert "about 30 min more than fits" in view.verdict_label.text()
    assert view.meter.scale() == 1.5  # a full day two thirds of the way along
    add(qtbot, plan, "D", "4h42")  # 9 h 12 of 4 h = 2.3 times
    # The bar stands for the whole plan now: the full day's line at 1 / 2.3 of it, so
    # that 2.3 times does not look like 1.5.
    assert view.meter.scale() == pytest.approx(552 / 240)
    assert (
        "about 2.3 times what fits in your day: choose what to keep, split or move."
        in view.verdict_label.text()
    )
    assert view.load_label.text() == "9 h 12 min planned of 4 h"
    qtbot.waitUntil(lambda: view.learned_label.text() != "")
    # A screen reader hears the verdict, then what the person's days say of it.
    assert view.meter.accessibleDescription() == (
        view.verdict_label.text() + " " + view.learned_label.text()
    )


def test_items_without_an_estimate_are_counted_in_the_sentence(qtbot, plan):
    add(qtbot, plan, "A", "")
    add(qtbot, plan, "B", "")
    add(qtbot, plan, "C", "10")
    assert "Still without an estimate: 2 items." in plan.view.verdict_label.text()


def test_the_capacity_of_one_day_can_change(qtbot, plan, context):
    add(qtbot, plan, "A", "3h30")  # 88 % of the usual 4 h
    assert plan.view.meter.level is Level.AMBER
    assert not plan.view.capacity_usual_button.isVisible()
    plan.view.capacity_spin.setValue(120)
    assert plan.view.meter.level is Level.RED
    assert plan.view.capacity_usual_button.isVisible()
    qtbot.mouseClick(plan.view.capacity_usual_button, Qt.MouseButton.LeftButton)
    assert plan.view.capacity_spin.value() == 240
    assert plan.view.meter.level is Level.AMBER
    # the next day is not touched
    assert plans.capacity_override(context.store, context.today()) is None


def test_big_items_are_marked_and_split_into_the_proposed_steps(qtbot, plan, monkeypatch):
    add(qtbot, plan, "Write the proposal", "2h")
    add(qtbot, plan, "Call", "10")
    # One calm line above the list, and a small mark on the big row with its reason.
    assert plan.view.size_label.text().startswith("1 thing bigger than one step (more than 30")
    assert "both are fine" in plan.view.size_label.text()
    assert not plan.view.size_label.isHidden()
    big, small = plan.model.index(0, STATUS), plan.model.index(1, STATUS)
    assert big.data() == "" and small.data() == ""
    assert not big.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert small.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Bigger than one step" in big.data(Qt.ItemDataRole.ToolTipRole)
    assert big.data(Qt.ItemDataRole.AccessibleTextRole) == big.data(Qt.ItemDataRole.ToolTipRole)
    select(plan, "Write the proposal")

    def first_step(dialog):
        # It asks for the very first thing, with the focus there, by keyboard.
        assert dialog.focusWidget() is dialog.first_edit
        qtbot.keyClicks(dialog.first_edit, "Open a blank page and write the title")

    shown = answer(monkeypatch, SplitDialog, first_step)
    qtbot.mouseClick(plan.view.split_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert titles(plan) == [
        "Open a blank page and write the title",
        *["Next step of Write the proposal"] * 4,  # never "part 2 of 5"
        "Call",
    ]
    estimates = [plan.model.index(r, ESTIMATE).data() for r in range(5)]
    assert estimates == ["10 min", "30 min", "30 min", "25 min", "25 min"]
    assert all(plan.model.index(r, STATUS).data() == "" for r in range(6))
    assert plan.view.size_label.isHidden()


def test_the_person_edits_adds_and_removes_steps_before_accepting(qtbot, plan, monkeypatch):
    add(qtbot, plan, "Tidy the house", "1h")

    def edit(dialog):
        model = dialog.model
        model.setData(model.index(0, 0), "Clear the table")
        dialog.table.selectRow(1)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        model.setData(model.index(2, 0), "Hoover")
        model.setData(model.index(2, ESTIMATE), "20")
        dialog.table.selectRow(1)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    select(plan, "Tidy the house")
    answer(monkeypatch, SplitDialog, edit)
    qtbot.mouseClick(plan.view.split_button, Qt.MouseButton.LeftButton)
    assert titles(plan) == ["Clear the table", "Hoover", "Next step of Tidy the house"]


def test_not_today_moves_the_selected_items_to_the_chosen_day(qtbot, plan, context, monkeypatch):
    for title in ("A", "B", "C"):
        add(qtbot, plan, title, "30")
    select(plan, "A", "C")
    next_week = context.today() + dt.timedelta(days=7)

    def choose(dialog):
        from trustplanner.words.dates import qdate

        dialog.calendar.setSelectedDate(qdate(next_week))
        dialog.note_edit.setText("Waiting for the plumber")

    shown = answer(monkeypatch, MoveDialog, choose)
    qtbot.mouseClick(plan.view.move_button, Qt.MouseButton.LeftButton)
    assert shown[0].calendar.minimumDate().toPython() == context.today() + dt.timedelta(days=1)
    assert titles(plan) == ["B"]
    assert [i.title for i in plans.planned_items(context.store, next_week)] == ["A", "C"]
    said = plans.said_no_on(context.store, context.today())
    assert [(s.kind, s.title, s.note) for s in said] == [
        ("moved", "A", "Waiting for the plumber"),
        ("moved", "C", "Waiting for the plumber"),
    ]
    plan.view.navigator.set_day(next_week)
    assert titles(plan) == ["A", "C"]


def test_let_go_with_a_reason_and_undo(qtbot, plan, context, window, monkeypatch):
    add(qtbot, plan, "Read the novel", "1h")
    select(plan, "Read the novel")
    answer(monkeypatch, LetGoDialog, lambda d: d.note_edit.setText("Not now"))
    qtbot.mouseClick(plan.view.let_go_button, Qt.MouseButton.LeftButton)
    assert titles(plan) == []
    assert [(s.kind, s.note) for s in plans.said_no_on(context.store, context.today())] == [
        ("let_go", "Not now")
    ]
    assert "Let go of 1 item" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert titles(plan) == ["Read the novel"]
    assert plans.said_no_on(context.store, context.today()) == []
    window.redo_action.trigger()
    assert titles(plan) == []


def test_delete_key_removes_items_added_by_mistake(qtbot, plan, context):
    add(qtbot, plan, "Typo", "5")
    add(qtbot, plan, "Keep", "5")
    select(plan, "Typo")
    plan.view.table.setFocus()
    qtbot.keyClick(plan.view.table, Qt.Key.Key_Delete)
    assert titles(plan) == ["Keep"]


def test_delete_in_the_title_field_deletes_text_not_items(qtbot, plan):
    add(qtbot, plan, "Keep", "5")
    select(plan, "Keep")
    plan.view.title_edit.setText("abc")
    plan.view.title_edit.setFocus()
    plan.view.title_edit.setCursorPosition(0)
    qtbot.keyClick(plan.view.title_edit, Qt.Key.Key_Delete)
    assert plan.view.title_edit.text() == "bc"
    assert titles(plan) == ["Keep"]


def test_actions_are_only_offered_for_what_is_selected(qtbot, plan):
    view = plan.view
    add(qtbot, plan, "A", "10")
    add(qtbot, plan, "B", "10")
    assert not any(b.isEnabled() for b in (view.split_button, view.move_button, view.let_go_button))
    select(plan, "A")
    assert view.split_button.isEnabled() and view.move_button.isEnabled()
    select(plan, "A", "B")
    assert not view.split_button.isEnabled() and view.move_button.isEnabled()


def test_commit_within_capacity_asks_nothing(qtbot, plan, context, monkeypatch):
    add(qtbot, plan, "A", "30")
    add(qtbot, plan, "B", "1h")
    asked = press(monkeypatch, CommitConfirmation, "back_button")
    with qtbot.waitSignal(context.changed):
        qtbot.mouseClick(plan.view.commit_button, Qt.MouseButton.LeftButton)
    assert asked == []
    made = agreements_on(context.store, context.today())
    assert [a.title for a in made] == ["A", "B"]
    assert [plan.model.index(r, STATUS).data() for r in range(2)] == ["Agreed", "Agreed"]
    assert not plan.view.commit_button.isEnabled()


def test_commit_over_capacity_asks_once_with_the_numbers(qtbot, plan, context, monkeypatch):
    add(qtbot, plan, "A", "5h")
    asked = press(monkeypatch, CommitConfirmation, "back_button")
    qtbot.mouseClick(plan.view.commit_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert (
        asked[0].text()
        == "This plan takes 5 h, and you have 4 h on this day: about 1.3 times what fits."
    )
    assert agreements_on(context.store, context.today()) == []
    asked = press(monkeypatch, CommitConfirmation, "anyway_button")
    qtbot.keyClick(plan.view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert [a.title for a in agreements_on(context.store, context.today())] == ["A"]


def test_commit_explains_when_an_estimate_is_missing(qtbot, plan, context):
    add(qtbot, plan, "A", "")
    qtbot.mouseClick(plan.view.commit_button, Qt.MouseButton.LeftButton)
    assert "estimate first" in plan.view.list_message.text()
    assert agreements_on(context.store, context.today()) == []


def test_a_day_that_is_over_cannot_be_committed(qtbot, plan, context):
    yesterday = context.today() - dt.timedelta(days=1)
    plans.add_items(context.store, yesterday, [("Old", 10)], context.now())
    plan.view.navigator.set_day(yesterday)
    assert titles(plan) == ["Old"]
    assert not plan.view.commit_button.isEnabled()


def test_leftovers_from_earlier_days_can_be_brought_to_today(qtbot, plan, context):
    yesterday = context.today() - dt.timedelta(days=1)
    plans.add_items(context.store, yesterday, [("Forgotten", 10)], context.now())
    context.changed.emit()
    assert plan.view.leftover_frame.isVisible()
    assert "not yet agreed: 1 item" in plan.view.leftover_label.text()
    qtbot.mouseClick(plan.view.leftover_button, Qt.MouseButton.LeftButton)
    assert titles(plan) == ["Forgotten"]
    assert not plan.view.leftover_frame.isVisible()


def test_a_new_day_moves_the_plan_on_at_midnight(qtbot, plan, context, clock):
    add(qtbot, plan, "Today's", "10")
    clock.advance(days=1)
    with qtbot.waitSignal(context.day_changed):
        context.check_day()
    assert plan.day == clock().date()
    assert plan.view.navigator.title.text() == "Today"
    assert titles(plan) == []


def test_a_message_goes_once_its_field_is_right(qtbot, plan):
    plan.view.title_edit.setText("  ")
    plan.view.add_button.click()
    assert not plan.view.title_message.isHidden()
    plan.view.title_edit.setText("Call mum")  # set, not typed: no edit signal clears it
    plan.view.estimate_field.setEditText("lots")
    plan.view.add_button.click()
    assert plan.view.title_message.isHidden()
    assert not plan.view.estimate_message.isHidden()


def test_the_status_column_fits_every_status_there_is(plan, context):
    from trustplanner.domain.endings import Ending

    model = plan.model
    texts = model.status_texts()
    for ending in Ending:
        assert ending_text(ending) in texts
    width = plan.view.table.horizontalHeader().sectionSize(STATUS)
    metrics = plan.view.table.fontMetrics()
    assert all(metrics.horizontalAdvance(text) < width for text in texts)
    rows = [
        PlanRow(1, "An item", None),
        PlanRow(2, "A big one", 240, too_big=True),
        PlanRow(3, "A fine one", 20),
    ]
    model.set_rows(rows)
    shown = {model.index(row, STATUS).data() for row in range(model.rowCount())}
    assert shown - {""} <= set(texts) and shown - {""} == {"Needs an estimate"}


def test_the_garbage_collector_waits_while_a_plan_is_read(plan, monkeypatch):
    # A long plan makes tens of thousands of objects at once: a collection in the middle
    # would walk everything the app holds, and the window would stall.
    import gc

    read = plans.load_day
    collecting = []
    monkeypatch.setattr(
        plans,
        "load_day",
        lambda *args, **kwargs: collecting.append(gc.isenabled()) or read(*args, **kwargs),
    )
    plan.refresh()
    assert collecting == [False]
    assert gc.isenabled()

    def fails(*args, **kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(plans, "load_day", fails)
    with pytest.raises(RuntimeError):
        plan.refresh()
    assert gc.isenabled()  # and it works again, also when reading failed


@pytest.fixture
def short_parts(monkeypatch):
    """Parts of a long plan small enough to see in a test: 3 rows at once, then 2 a turn."""
    from trustplanner.ui.plan import plan_controller

    monkeypatch.setattr(plan_controller, "ROWS_AT_ONCE", 3)
    monkeypatch.setattr(plan_controller, "ROWS_PER_TURN", 2)


def test_a_long_plan_shows_its_first_rows_at_once_and_the_rest_soon(
    qtbot, plan, context, short_parts
):
    tomorrow = context.today() + dt.timedelta(days=1)
    entries = [(f"Thing {n}", None if n == 6 else 30) for n in range(8)]
    plans.add_items(context.store, tomorrow, entries, context.now())
    plan.view.navigator.set_day(tomorrow)
    # The first part at once, and already the totals of all eight.
    assert titles(plan) == ["Thing 0", "Thing 1", "Thing 2"]
    assert "3 h 30 min" in plan.view.load_label.text()
    assert plan.view.commit_button.isEnabled()
    qtbot.waitUntil(lambda: not plan.still_reading)
    assert titles(plan) == [title for title, _ in entries]
    # Agreeing waits for the one without an estimate, however far down it is.
    plan.view.commit_button.click()
    assert "Give every item an estimate first" in plan.view.list_message.text()


def test_another_day_chosen_while_a_long_plan_is_read_shows_only_its_own_rows(
    qtbot, plan, context, short_parts
):
    tomorrow = context.today() + dt.timedelta(days=1)
    plans.add_items(context.store, tomorrow, [(f"Later {n}", 10) for n in range(9)], context.now())
    plans.add_items(context.store, context.today(), [("Today's one", 10)], context.now())
    plan.view.navigator.set_day(tomorrow)
    assert plan.model.rowCount() == 3 and plan.still_reading
    plan.view.navigator.set_day(context.today())
    assert not plan.still_reading  # the rest of tomorrow will not come
    assert titles(plan) == ["Today's one"]


def test_an_edit_in_a_long_plan_keeps_the_selection_and_every_row(
    qtbot, plan, context, short_parts
):
    tomorrow = context.today() + dt.timedelta(days=1)
    plans.add_items(context.store, tomorrow, [(f"Row {n}", 10) for n in range(7)], context.now())
    plan.view.navigator.set_day(tomorrow)
    qtbot.waitUntil(lambda: plan.model.rowCount() == 7)
    select(plan, "Row 5")
    with qtbot.waitSignal(context.changed):
        plan.model.setData(plan.model.index(6, ESTIMATE), "45 min")
    assert plan.model.rowCount() == 7
    assert plan.model.index(6, ESTIMATE).data() == "45 min"
    selected = plan.view.table.selectionModel().selectedRows()
    assert [plan.model.row_at(index.row()).title for index in selected] == ["Row 5"]


def test_not_today_shows_where_the_items_land_and_what_that_day_then_holds(
    qtbot, plan, context, monkeypatch
):
    from trustplanner.ui.plan.move_dialog import MoveDialog

    tomorrow = context.today() + dt.timedelta(days=1)
    plans.add_items(context.store, tomorrow, [("Already there", 200)], context.now())
    add(qtbot, plan, "Clean the kitchen", "45")
    add(qtbot, plan, "Sort the papers", "30")
    select(plan, "Clean the kitchen", "Sort the papers")
    seen = []

    def look(dialog):
        seen.append(dialog.chosen_label.text())
        # A day with room: choosing it updates what is said.
        dialog.calendar.setSelectedDate(dialog.calendar.selectedDate().addDays(1))
        seen.append(dialog.chosen_label.text())

    answer(monkeypatch, MoveDialog, look)
    qtbot.mouseClick(plan.view.move_button, Qt.MouseButton.LeftButton)
    capacity = context.settings.capacity_on(tomorrow)
    assert capacity < 275  # the defaults: four hours at most
    assert f"holds 4 h 35 min of the {minutes_text(capacity)} it has" in seen[0]
    assert "more than the day has" in seen[0]
    assert "holds 1 h 15 min" in seen[1] and "more than the day has" not in seen[1]
    # A new person's days are not known yet: nothing is said of how such days go.
    assert not any("you kept" in text for text in seen)


TWELVE = [
    ("Clean the kitchen", 45),
    ("Write the report", 120),
    ("Call the dentist", 10),
    ("Pay the bills", 20),
    ("Sort the tax papers", 90),
    ("Go for a walk", 30),
    ("Reply to emails", 30),
    ("Paint the hallway", 240),
    ("Water the plants", 5),
    ("Read a chapter", 30),
    ("Tidy the garage", 60),
    ("Bake bread", 15),
]


def test_make_it_fit_shows_a_proposal_and_one_undo_takes_it_back(
    qtbot, window, plan, context, monkeypatch
):
    from trustplanner.ui.plan.fit_dialog import FitDialog

    today = context.today()
    plans.add_items(context.store, today, TWELVE, context.now())
    context.changed.emit()
    capacity = context.settings.capacity_on(today)
    assert not plan.view.fit_button.isHidden()  # the plan is more than the day has
    before = titles(plan)
    seen = []

    def look(dialog):
        seen.append(dialog.summary.text())
        groups = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
        seen.append(groups)

    answer(monkeypatch, FitDialog, look)
    plan.view.fit_button.click()
    assert seen[0].startswith("Keeps ") and "for today" in seen[0]
    assert seen[1][0].startswith("Today: about ")
    kept = plans.planned_items(context.store, today)
    assert sum(item.minutes for item in kept) <= capacity
    # In the person's order; a big one that did not fit whole is started by its first step.
    names = [item.title.removeprefix("First step of ") for item in kept]
    assert names == [t for t in before if t in names]
    started = [item.title for item in kept if item.title.startswith("First step of ")]
    assert started and "(1 big one by a first step, the rest after it)" in seen[0]
    rest = started[0].replace("First step of ", "Next step of ")
    later = [
        item.title
        for offset in range(1, 11)
        for item in plans.planned_items(context.store, today + dt.timedelta(days=offset))
    ] + [item.title for item in plans.someday_items(context.store)]
    assert rest in later
    for offset in range(1, 11):
        day = today + dt.timedelta(days=offset)
        moved = plans.planned_items(context.store, day)
        assert sum(item.minutes for item in moved) <= context.settings.capacity_on(day)
    assert plan.view.fit_button.isHidden()
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    assert plan.view.table.hasFocus() or not window.isActiveWindow()
    window.undo_action.trigger()
    assert titles(plan) == before  # one undo brings the whole plan back


def test_what_must_be_today_stays_today_and_the_proposal_follows(qtbot, plan, context):
    from trustplanner.domain.fitting import Candidate, Room
    from trustplanner.ui.plan.fit_dialog import FitDialog

    today = context.today()
    items = [Candidate(n, minutes) for n, (_, minutes) in enumerate(TWELVE)]
    coming = [Room(today + dt.timedelta(days=d), 180) for d in range(1, 11)]
    names = {n: title for n, (title, _) in enumerate(TWELVE)}
    dialog = FitDialog(names, items, 120, coming, 1.0, today)
    qtbot.addWidget(dialog)
    assert 7 not in dialog.fitted.today  # four hours of painting do not fit today
    paint = next(
        dialog.model.item(g).child(r)
        for g in range(dialog.model.rowCount())
        for r in range(dialog.model.item(g).rowCount())
        if dialog.model.item(g).child(r).text().startswith("Paint the hallway")
    )
    paint.setCheckState(Qt.CheckState.Checked)  # today, whatever happens
    assert 7 in dialog.fitted.today and dialog.fitted.over_anyway
    assert "more than today has" in dialog.summary.text()


def test_not_today_can_spread_over_the_coming_days_each_only_as_full_as_it_fits(
    qtbot, window, plan, context, monkeypatch
):
    from trustplanner.ui.plan.move_dialog import MoveDialog

    today = context.today()
    for title, minutes in (("Paint the hallway", 120), ("Sort the papers", 90), ("Bake", 60)):
        add(qtbot, plan, title, str(minutes))
    select(plan, "Paint the hallway", "Sort the papers", "Bake")

    def spread(dialog):
        dialog.spread_check.setChecked(True)
        assert "each day takes what fits" in dialog.chosen_label.text()

    answer(monkeypatch, MoveDialog, spread)
    qtbot.mouseClick(plan.view.move_button, Qt.MouseButton.LeftButton)
    assert titles(plan) == []
    landed = {}
    for offset in range(1, 12):
        day = today + dt.timedelta(days=offset)
        items = plans.planned_items(context.store, day)
        assert sum(item.minutes for item in items) <= context.settings.capacity_on(day)
        landed.update({item.title: day for item in items})
    assert set(landed) == {"Paint the hallway", "Sort the papers", "Bake"}
    assert len(set(landed.values())) >= 2  # not all on one day: it would not fit
    assert window.statusBar().currentMessage().startswith("Spread 3 items over ")
    window.undo_action.trigger()
    assert titles(plan) == ["Paint the hallway", "Sort the papers", "Bake"]


def test_some_day_takes_items_off_the_plan_and_a_calm_line_offers_them_back(
    qtbot, window, plan, context, monkeypatch
):
    from trustplanner.ui.plan.move_dialog import MoveDialog
    from trustplanner.ui.plan.someday_dialog import SomedayDialog

    today = context.today()
    add(qtbot, plan, "Sort the photos", "90")
    add(qtbot, plan, "Call the dentist", "10")
    add(qtbot, plan, "Paint the hallway", "240")
    assert plan.view.someday_row.isHidden()
    select(plan, "Sort the photos", "Paint the hallway")

    def someday(dialog):
        dialog.someday_check.setChecked(True)
        assert not dialog.calendar.isEnabled()
        assert dialog.ok_button.text() == "Keep for some day"
        assert "some-day list" in dialog.chosen_label.text()

    answer(monkeypatch, MoveDialog, someday)
    qtbot.mouseClick(plan.view.move_button, Qt.MouseButton.LeftButton)
    assert titles(plan) == ["Call the dentist"]
    message = "On your some-day list now: 2 items. Undo with Ctrl+Z."
    assert window.statusBar().currentMessage() == message
    for offset in range(1, 12):  # on no day's plan
        assert plans.planned_items(context.store, today + dt.timedelta(days=offset)) == []
    assert not plan.view.someday_row.isHidden()
    assert plan.view.someday_label.text() == (
        "Waiting for some day: 2 things. There is room on this day to bring something back."
    )
    # A day with no time has no room: the line only says they wait.
    plan.view.capacity_spin.setValue(0)
    assert plan.view.someday_label.text() == "Waiting for some day, with no date yet: 2 things."
    window.undo_action.trigger()  # the capacity
    window.undo_action.trigger()  # some day
    assert titles(plan) == ["Sort the photos", "Call the dentist", "Paint the hallway"]
    assert plan.view.someday_row.isHidden()
    window.redo_action.trigger()
    assert titles(plan) == ["Call the dentist"]

    def bring_photos(dialog):
        rows = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
        assert rows[0] == "Sort the photos · 1 h 30 min · waiting since today"
        assert dialog.bring_button.text() == "Bring to today"
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))

    answer(monkeypatch, SomedayDialog, bring_photos)
    plan.view.someday_button.click()
    assert titles(plan) == ["Call the dentist", "Sort the photos"]
    # Four hours of painting do not fit in what is left of the day.
    assert plan.view.someday_label.text() == "Waiting for some day, with no date yet: 1 thing."
    assert window.statusBar().currentMessage() == "Brought 1 item to today. Undo with Ctrl+Z."


def test_make_it_fit_keeps_for_some_day_what_no_coming_day_has_room_for(
    qtbot, window, plan, context, monkeypatch
):
    from trustplanner.ui.plan.fit_dialog import FitDialog

    today = context.today()
    for offset in range(11):  # the coming days have no time at all
        plans.set_capacity_override(context.store, today + dt.timedelta(days=offset), 60)
    for offset in range(1, 11):
        plans.set_capacity_override(context.store, today + dt.timedelta(days=offset), 0)
    plans.add_items(context.store, today, [("Call", 30), ("Paint", 240)], context.now())
    context.changed.emit()
    seen = []
    answer(monkeypatch, FitDialog, lambda dialog: seen.append(dialog.summary.text()))
    plan.view.fit_button.click()
    assert seen == [
        "Keeps 2 things for today, about 40 min (1 big one by a first step, the rest after "
        "it); keeps 1 for some day."
    ]
    assert titles(plan) == ["Call", "First step of Paint"]
    assert [item.title for item in plans.someday_items(context.store)] == ["Next step of Paint"]
    window.undo_action.trigger()
    assert titles(plan) == ["Call", "Paint"]
    assert plans.someday_items(context.store) == []


def test_the_person_ranks_items_with_ctrl_up_and_down_and_one_undo_takes_it_back(
    qtbot, window, plan, context
):
    from PySide6.QtTest import QTest

    for title in ("Call", "Paint", "Bake"):
        add(qtbot, plan, title, "20")
    select(plan, "Bake")
    plan.view.table.setFocus()
    QTest.keyClick(plan.view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(plan) == ["Call", "Bake", "Paint"])
    # The moved item stays selected, so that the next Ctrl+Up moves it on.
    QTest.keyClick(plan.view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(plan) == ["Bake", "Call", "Paint"])
    QTest.keyClick(plan.view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    select(plan, "Call")
    QTest.keyClick(plan.view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(plan) == ["Bake", "Paint", "Call"])
    assert [r.title for r in plan._selected_items()] == ["Call"]
    window.undo_action.trigger()
    assert titles(plan) == ["Bake", "Call", "Paint"]
    assert [i.title for i in plans.planned_items(context.store, context.today())] == titles(plan)


def test_an_item_dropped_on_another_comes_before_it(qtbot, plan, context):
    from trustplanner.ui.plan.plan_model import ITEMS_MIME

    for title in ("Call", "Paint", "Bake"):
        add(qtbot, plan, title, "20")
    model = plan.model
    data = model.mimeData([model.index(2, 0), model.index(2, 1)])
    assert data.hasFormat(ITEMS_MIME)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    qtbot.waitUntil(lambda: titles(plan) == ["Bake", "Call", "Paint"])
    # Dropped below the last row: to the end.
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: titles(plan) == ["Call", "Paint", "Bake"])


def test_a_day_with_no_room_left_is_said_plainly_and_nothing_is_lost(qtbot, context):
    from trustplanner.domain.fitting import Candidate, Room
    from trustplanner.ui.plan.fit_dialog import FitDialog

    today = context.today()
    items = [Candidate(1, 30), Candidate(2, 900 // 2, first_step=10)]
    coming = [Room(today + dt.timedelta(days=1), 60)]
    dialog = FitDialog({1: "Call", 2: "Paint"}, items, 0, coming, 1.0, today)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "Keeps nothing for today: there is no room left in it; spreads 1 over tomorrow; "
        "keeps 1 for some day."
    )
    shown = [
        dialog.model.item(g).child(r).text()
        for g in range(dialog.model.rowCount())
        for r in range(dialog.model.item(g).rowCount())
    ]
    assert shown == ["Call · 30 min", "Paint · 7 h 30 min"]


def test_a_promise_to_someone_is_named_with_its_time_shown_and_undone(
    qtbot, window, plan, context, monkeypatch
):
    from tests.ui.dialogs import answer
    from trustplanner.ui.plan.plan_model import WITH
    from trustplanner.ui.plan.promise_dialog import PromiseDialog

    add(qtbot, plan, "Dinner", "90")
    add(qtbot, plan, "Walk", "20")
    select(plan, "Dinner")
    assert plan.view.promise_button.isEnabled()

    def fill(dialog):
        dialog.name_combo.setCurrentText("  Sam ")
        dialog.time_edit.setText("19")

    shown = answer(monkeypatch, PromiseDialog, fill)
    plan.view.promise_button.click()
    assert "“Dinner”" in shown[0].findChild(QLabel).text()
    assert [plan.model.index(r, WITH).data() for r in range(2)] == ["Sam · 19:00", ""]
    assert plans.people_named(context.store) == ["Sam"]
    # The next promise offers the names said before.
    select(plan, "Walk")
    plan.view.promise_button.click()
    assert shown[1].name_combo.itemText(0) == "Sam"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [plan.model.index(r, WITH).data() for r in range(2)] == ["", ""]


@pytest.mark.parametrize(
    ("name", "time", "said"),
    [("x" * 81, "", "the limit is 80"), ("Sam", "half past seven", "19:00 or 7.30")],
)
def test_a_name_or_time_that_cannot_be_kept_is_told_at_its_field(
    qtbot, plan, context, monkeypatch, name, time, said
):
    from tests.ui.dialogs import answer
    from trustplanner.ui.plan.promise_dialog import PromiseDialog

    add(qtbot, plan, "Dinner", "90")
    select(plan, "Dinner")

    def fill(dialog):
        dialog.name_combo.setCurrentText(name)
        dialog.time_edit.setText(time)

    shown = answer(monkeypatch, PromiseDialog, fill)
    plan.view.promise_button.click()
    (dialog,) = shown
    messages = [dialog.name_message, dialog.time_message]
    assert any(said in m.text() and m.isVisibleTo(dialog) for m in messages)
    assert plans.people_named(context.store) == []


def test_the_bar_keeps_its_length_while_the_plan_grows(qtbot, plan):
    view = plan.view
    add(qtbot, plan, "A", "10")
    length = view.meter.width()
    add(qtbot, plan, "B", "11h")  # far over: the numbers grow and Make it fit shows
    qtbot.waitUntil(lambda: view.fit_button.isVisible())
    assert view.meter.width() == length
    view.capacity_spin.setValue(120)  # this day only: Back to usual shows
    qtbot.waitUntil(lambda: view.capacity_usual_button.isVisible())
    assert view.meter.width() == length
