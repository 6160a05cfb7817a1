import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.fear_entries import faced
from trustplanner.domain.fears import FearEntry, FearOutcome, Ladder, LadderStep, StepProgress
from trustplanner.status import read_status
from trustplanner.store import agreements as store_agreements
from trustplanner.store import fears
from trustplanner.store.evidence import day_evidence
from trustplanner.ui.fears.exposure_offer import ExposureOffer
from trustplanner.ui.fears.fear_dialog import FearDialog
from trustplanner.ui.fears.fear_model import FearModel
from trustplanner.ui.fears.ladder_dialogs import LadderDialog, PlanStepDialog, StepDialog
from trustplanner.ui.fears.ladder_models import LadderListModel, StepModel
from trustplanner.ui.review.agreement_model import TITLE
from trustplanner.words.dates import qdate

from .dialogs import answer, press


@pytest.fixture
def page(window):
    window.tabs.setCurrentWidget(window.fears_page)
    return window.fears


def write(qtbot, page, situation, before, after, outcome="No"):
    form = page.view.form
    qtbot.keyClicks(form.situation, situation)
    qtbot.keyClick(form.situation, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.before, before)
    qtbot.keyClicks(form.after, after)
    radio = {"Yes": FearOutcome.HAPPENED, "Partly": FearOutcome.PARTLY, "No": FearOutcome.NOT}[
        outcome
    ]
    if outcome:
        form.outcome_radios[radio].click()
    qtbot.keyClick(form.after, Qt.Key.Key_Return)


def history_texts(page):
    model = page.history.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_opening_fears_puts_the_cursor_in_the_first_field(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.fears.view.form.situation


def test_a_fear_is_written_down_with_the_keyboard_in_seconds(qtbot, page, context):
    with qtbot.waitSignal(context.changed):
        write(qtbot, page, "Asked my boss for a day off", "70", "25")
    [entry] = fears.find_fears(context.store)
    assert (entry.situation, entry.anxiety_before, entry.anxiety_after, entry.outcome) == (
        "Asked my boss for a day off",
        70,
        25,
        FearOutcome.NOT,
    )
    assert entry.day == context.today()
    assert page.view.form.situation.text() == ""  # ready for the next one
    assert history_texts(page) == ["Asked my boss for a day off"]
    summary = page.view.summary_label.text()
    # What was learned comes first; the anxiety is told as it was, not as a score to lower.
    assert summary.startswith("You faced 1 fear, and what you feared did not happen.")
    assert "70 on average just before, and 25 afterwards" in summary
    assert "fell" not in summary and "nervous" not in summary
    assert "Facing a fear builds trust" in page.view.window().statusBar().currentMessage()


def test_anxiety_that_stayed_high_is_met_with_a_kind_word(qtbot, window, page, context):
    write(qtbot, page, "Went to the party", "60", "65")
    assert "doing it anyway is exactly how confidence grows" in page.view.summary_label.text()
    assert "doing it anyway" in window.statusBar().currentMessage()
    write(qtbot, page, "Asked a question", "50", "10", "Yes")
    summary = page.view.summary_label.text()
    assert summary.startswith("You faced 2 fears. What you feared happened in 1 of them.")


def test_up_and_down_change_a_rating_by_five(qtbot, page):
    field = page.view.form.before
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "55"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "45"


def test_each_problem_is_told_at_its_field_and_nothing_is_saved(qtbot, page, context):
    form = page.view.form
    form.before.setText("150")
    form.after.setText("a lot")
    page.view.log_button.click()
    messages = form.messages
    assert not messages["situation"].isHidden()
    assert "Please fill this in" in messages["situation"].text()
    assert "from 0 to 100" in messages["anxiety_before"].text()
    assert "from 0 to 100" in messages["anxiety_after"].text()
    assert "Choose yes, partly or no" in messages["outcome"].text()
    assert fears.find_fears(context.store) == []
    # a message goes as soon as its field is touched
    qtbot.keyClicks(form.situation, "x")
    assert messages["situation"].isHidden()


def test_more_holds_the_rest_and_too_long_text_is_explained(qtbot, page, context):
    form = page.view.form
    assert form.more.isHidden()
    form.more_button.click()
    assert not form.more.isHidden()
    form.situation.setText("Drove on the motorway")
    form.before.setText("80")
    form.after.setText("40")
    form.outcome_radios[FearOutcome.PARTLY].click()
    form.expectation.setText("I would freeze in the traffic")
    form.belief_before.setText("70 %")
    form.peak.setText("85")
    form.what_happened.setPlainText("A truck honked, I kept going")
    form.belief_after.setText("30")
    form.learned.setPlainText("x" * 2001)
    form.tags.setText("travel, cars")
    page.view.log_button.click()
    assert "longer than fits" in form.messages["learned"].text()
    form.learned.setPlainText("I can drive while nervous")
    page.view.log_button.click()
    [entry] = fears.find_fears(context.store)
    assert (entry.feared, entry.belief_before, entry.peak_anxiety, entry.belief_after) == (
        "I would freeze in the traffic",
        70,
        85,
        30,
    )
    assert entry.tags == ("travel", "cars")
    assert entry.learned == "I can drive while nervous"
    assert form.more.isHidden()  # folded again for the next quick entry


def test_entries_are_edited_and_a_delete_is_undone(qtbot, window, page, context, monkeypatch):
    write(qtbot, page, "Called the council", "60", "20")
    page.view.history_table.selectRow(0)

    def change(dialog):
        dialog.form.after.setText("10")
        dialog.form.learned.setPlainText("They were friendly")

    answer(monkeypatch, FearDialog, change)
    page.view.edit_button.click()
    [entry] = fears.find_fears(context.store)
    assert (entry.anxiety_after, entry.learned) == (10, "They were friendly")

    page.view.history_table.selectRow(0)
    page.view.history_table.setFocus()
    qtbot.keyClick(page.view.history_table, Qt.Key.Key_Delete)
    assert fears.find_fears(context.store) == []
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert [e.learned for e in fears.find_fears(context.store)] == ["They were friendly"]
    assert history_texts(page) == ["Called the council"]


def test_the_history_can_be_searched_and_filtered(qtbot, page, context):
    now = context.now()
    store = context.store
    ladder = fears.create_ladder(store, "Phone calls", now)
    step = fears.get_step(store, fears.add_step(store, ladder, "Call the dentist", 50))
    fears.log_fear(store, faced(fears.exposure_for(step, context.today())), now)
    old = dataclasses.replace(
        faced(fears.exposure_for(step, context.today())),
        situation="Asked a stranger the way",
        step_id=None,
        tags=("outside",),
        day=context.today() - dt.timedelta(days=60),
    )
    fears.log_fear(store, old, now)
    context.changed.emit()
    view = page.view
    assert len(history_texts(page)) == 2
    view.search.setText("STRANGER")
    assert history_texts(page) == ["Asked a stranger the way"]
    view.search.clear()
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("outside"))
    assert history_texts(page) == ["Asked a stranger the way"]
    view.tag_filter.setCurrentIndex(0)
    view.ladder_filter.setCurrentIndex(view.ladder_filter.findData(ladder))
    assert history_texts(page) == ["Call the dentist"]
    view.ladder_filter.setCurrentIndex(0)
    view.span_combo.setCurrentIndex(view.span_combo.findText("Last 4 weeks"))
    assert history_texts(page) == ["Call the dentist"]
    view.span_combo.setCurrentIndex(view.span_combo.findText("Choose dates…"))
    assert not view.dates.isHidden()
    view.from_edit.setDate(qdate(context.today() - dt.timedelta(days=61)))
    view.to_edit.setDate(qdate(context.today() - dt.timedelta(days=59)))
    assert history_texts(page) == ["Asked a stranger the way"]
    view.search.setText("nothing like this")
    assert "Nothing matches" in view.history_empty.text()


def test_a_ladder_is_climbed_from_plan_to_kept_to_written_down(
    qtbot, window, page, context, clock, monkeypatch
):
    """The issue's journey: build a ladder, plan a step, keep it, write it down, move on."""
    view = page.view
    view.tabs.setCurrentIndex(1)
    answer(monkeypatch, LadderDialog, lambda d: d.theme.setText("Speaking up at work"))
    view.new_ladder_button.click()
    for description, anxiety in (
        ("Give a short talk", "85"),
        ("Say good morning to the team", "20"),
        ("Ask a question in the meeting", "40"),
    ):

        def fill(dialog, description=description, anxiety=anxiety):
            dialog.description.setText(description)
            dialog.anxiety.setText(anxiety)

        answer(monkeypatch, StepDialog, fill)
        view.add_step_button.click()
    steps = [
        page.ladders.step_model.index(r, 0).data()
        for r in range(page.ladders.step_model.rowCount())
    ]
    assert steps == [
        "Say good morning to the team",
        "Ask a question in the meeting",
        "Give a short talk",
    ]
    assert "Next: Say good morning to the team" in view.ladder_progress.text()

    # Plan the first step for tomorrow.
    view.step_table.selectRow(0)
    answer(monkeypatch, PlanStepDialog, lambda d: d.estimate.set_minutes(15))
    view.plan_button.click()
    tomorrow = context.today() + dt.timedelta(days=1)
    [planned] = store_agreements.agreements_on(context.store, tomorrow)
    assert (planned.title, planned.minutes, planned.step_id is not None) == (
        "Say good morning to the team",
        15,
        True,
    )

    # Tomorrow: keep it in Review, and write down how it went when asked.
    clock.advance(days=1)
    context.check_day()
    review = window.review
    window.tabs.setCurrentWidget(window.review_page)
    offered = press(monkeypatch, ExposureOffer, "write_button")

    def how_it_went(dialog):
        form = dialog.form
        assert form.situation.text() == "Say good morning to the team"
        # Nothing is said for the person: how anxious, and whether it happened, are theirs.
        assert (form.before.text(), form.after.text()) == ("", "")
        assert not any(radio.isChecked() for radio in form.outcome_radios.values())
        form.before.setText("30")
        form.after.setText("10")
        form.outcome_radios[FearOutcome.NOT].click()

    answer(monkeypatch, FearDialog, how_it_went)
    review.view.table.selectRow(
        [review.model.index(r, TITLE).data() for r in range(review.model.rowCount())].index(
            "Say good morning to the team"
        )
    )
    review.view.kept_button.click()
    assert len(offered) == 1
    [entry] = fears.find_fears(context.store)
    assert (entry.step_id, entry.agreement_id, entry.anxiety_after) == (
        planned.step_id,
        planned.id,
        10,
    )

    # Once more, straight from the ladder: the step is mastered and the ladder points on.
    window.tabs.setCurrentWidget(window.fears_page)
    view.tabs.setCurrentIndex(1)
    view.step_table.selectRow(0)
    answer(
        monkeypatch,
        FearDialog,
        lambda d: (
            d.form.before.setText("20"),
            d.form.after.setText("5"),
            d.form.outcome_radios[FearOutcome.NOT].click(),
        ),
    )
    view.expose_button.click()
    assert "Next: Ask a question in the meeting" in view.ladder_progress.text()
    assert page.ladders.step_model.index(0, 4).data() == "Mastered"
    # anxiety fell from one time to the next
    befores = sorted((e.anxiety_before for e in fears.find_fears(context.store)), reverse=True)
    assert befores == [30, 20]


def test_a_kept_agreement_without_a_step_asks_nothing(qtbot, window, context, monkeypatch):
    from trustplanner.store import plans

    plans.add_items(context.store, context.today(), [("Call", 10)], context.now())
    plans.commit_day(context.store, context.today(), context.now())
    context.changed.emit()
    offered = press(monkeypatch, ExposureOffer, "write_button")
    window.tabs.setCurrentWidget(window.review_page)
    window.review.view.table.selectRow(0)
    window.review.view.kept_button.click()
    assert offered == []


def test_steps_move_by_hand_and_the_mastery_rule_is_a_setting(qtbot, window, page, context):
    now = context.now()
    store = context.store
    ladder = fears.create_ladder(store, "Crowds", now)
    easy = fears.add_step(store, ladder, "Quiet terrace", 20)
    fears.add_step(store, ladder, "Busy train", 60)
    for after in (25, 28):
        fears.log_fear(
            store,
            dataclasses.replace(
                faced(fears.exposure_for(fears.get_step(store, easy), context.today())),
                anxiety_after=after,
            ),
            now,
        )
    context.changed.emit()
    view = page.view
    view.tabs.setCurrentIndex(1)
    assert "Next: Busy train" in view.ladder_progress.text()
    window.settings_page.view.mastery_anxiety_spin.setValue(
        20
    )  # stricter: 25 and 28 no longer count
    assert "Next: Quiet terrace" in view.ladder_progress.text()
    view.step_table.selectRow(1)
    view.up_button.click()
    assert page.ladders.step_model.index(0, 0).data() == "Busy train"


def test_deleting_a_ladder_asks_first_and_keeps_the_fears(qtbot, page, context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    now = context.now()
    ladder = fears.create_ladder(context.store, "Phone calls", now)
    step = fears.get_step(context.store, fears.add_step(context.store, ladder, "Call a friend", 20))
    fears.log_fear(context.store, faced(fears.exposure_for(step, context.today())), now)
    context.changed.emit()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.No
    )
    page.view.delete_ladder_button.click()
    assert len(asked) == 1 and fears.ladders(context.store)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.view.delete_ladder_button.click()
    assert fears.ladders(context.store) == []
    assert len(fears.find_fears(context.store)) == 1


def test_a_fear_faced_raises_the_self_trust_index(qtbot, page, context):
    write(qtbot, page, "Went to the party", "80", "30")
    assert read_status(context.data_dir, context.today()).index > 50


DAY = dt.date(2026, 11, 25)


def test_fear_models_pass_the_model_tester(qtmodeltester):
    from trustplanner.domain.fears import FearEntry

    model = FearModel(DAY)
    qtmodeltester.check(model)
    model.set_entries(
        [FearEntry(DAY, "Spoke up", 70, 20, FearOutcome.NOT, tags=("work",), step_id=3, id=1)],
        {3: "Work: Speak up"},
        DAY,
    )
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "70 → 20"
    assert model.index(0, 4).data() == "Work: Speak up"
    ladders = LadderListModel()
    qtmodeltester.check(ladders)
    step = LadderStep(3, 1, "Speak up", 50, 1.0)
    ladders.set_ladders([(Ladder(1, "Work", (step,)), 0)])
    qtmodeltester.check(ladders)
    assert ladders.index(0, 0).data() == "Work (0 of 1 steps)"
    steps = StepModel()
    qtmodeltester.check(steps)
    steps.set_progress([StepProgress(step, 1, 0, False)], 3)
    qtmodeltester.check(steps)
    assert steps.index(0, 4).data() == "Next step"


def test_the_whole_quick_entry_goes_by_keyboard(qtbot, page, context):
    form = page.view.form
    form.situation.setFocus()
    qtbot.keyClicks(form.situation, "Rang the doorbell of the new neighbours")
    qtbot.keyClick(form.situation, Qt.Key.Key_Tab)
    # What they expected comes first, and may be left out.
    assert page.view.focusWidget() is form.expectation
    qtbot.keyClicks(form.expectation, "They would be annoyed")
    qtbot.keyClick(form.expectation, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.view.focusWidget(), "65")
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(page.view.focusWidget(), "15")
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Tab)
    assert page.view.focusWidget() is form.outcome_radios[FearOutcome.HAPPENED]
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Right)
    assert page.view.focusWidget() is form.outcome_radios[FearOutcome.NOT]
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Return)  # picks "No" and writes it down
    [entry] = fears.find_fears(context.store)
    assert (entry.anxiety_before, entry.anxiety_after, entry.outcome) == (65, 15, FearOutcome.NOT)
    assert entry.feared == "They would be annoyed"


def test_ladder_dialogs_explain_in_their_own_words(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    ladder = LadderDialog()
    qtbot.addWidget(ladder)
    ladder.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert ladder.theme_message.text() == "Write what this ladder is about."
    step = StepDialog()
    qtbot.addWidget(step)
    step.anxiety.setText("120")
    step.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert step.description_message.text() == "Describe the step."
    assert "from 0 to 100" in step.anxiety_message.text()
    assert step.answer is None


@pytest.mark.parametrize("make", [lambda: LadderDialog(), lambda: StepDialog()])
def test_a_ladder_dialog_opens_with_the_cursor_in_its_first_field(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    first = dialog.theme if isinstance(dialog, LadderDialog) else dialog.description
    assert dialog.focusWidget() is first
    if isinstance(dialog, StepDialog):
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.anxiety


def test_plan_step_dialog_opens_on_its_day(qtbot):
    dialog = PlanStepDialog(LadderStep(1, 1, "Ask", 40, 1.0), DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.day or dialog.day.isAncestorOf(dialog.focusWidget())


def test_the_page_reads_the_store_when_it_is_opened_not_after_every_change(qtbot, window, context):
    page = window.fears  # made, but behind the Plan tab
    assert page.up_to_date.stale
    window.tabs.setCurrentWidget(window.fears_page)
    assert not page.up_to_date.stale and page.history.model.rowCount() == 0
    window.tabs.setCurrentIndex(0)
    entry = FearEntry(context.today(), "Spoke up in the meeting", 70, 20, FearOutcome.NOT)
    context.perform("Write it down", lambda: fears.log_fear(context.store, entry, context.now()))
    assert page.up_to_date.stale and page.history.model.rowCount() == 0
    window.tabs.setCurrentWidget(window.fears_page)
    assert page.history.model.rowCount() == 1
    # While it is open, a change shows at once.
    context.undo_stack.undo()
    assert page.history.model.rowCount() == 0


def test_a_ladder_step_is_never_written_down_for_the_person(qtbot, page, context, monkeypatch):
    now = context.now()
    ladder = fears.create_ladder(context.store, "Phone calls", now)
    fears.add_step(context.store, ladder, "Call the dentist", 50)
    context.changed.emit()
    view = page.view
    view.tabs.setCurrentIndex(1)
    view.step_table.selectRow(0)
    seen = []

    def save_untouched(dialog):
        seen.append(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        # Saving asks, at each field, for what only the person can say.
        form = dialog.form
        seen.append(
            (
                form.messages["anxiety_before"].text(),
                form.messages["anxiety_after"].text(),
                form.messages["outcome"].text(),
            )
        )
        return dialog.result()

    monkeypatch.setattr(FearDialog, "exec", save_untouched)
    view.expose_button.click()
    assert seen[1] == ("Please fill this in.", "Please fill this in.", "Choose yes, partly or no.")
    assert fears.find_fears(context.store) == []


def test_a_step_the_new_mastery_rule_sees_otherwise_is_told_once(qtbot, window, context):
    now = context.now()
    store = context.store
    ladder = fears.create_ladder(store, "Crowds", now)
    step = fears.get_step(store, fears.add_step(store, ladder, "Quiet terrace", 20))
    # Anxious there both times, calm only afterwards: mastered by the old rule alone.
    for before in (70, 65):
        fears.log_fear(store, faced(fears.exposure_for(step, context.today()), before, 20), now)
    context.changed.emit()
    window.tabs.setCurrentWidget(window.fears_page)
    view = window.fears.view
    assert "Quiet terrace" in view.rule_note.text() and not view.rule_note.isHidden()
    assert "open again" in view.rule_note.text()
    assert "has changed" in window.statusBar().currentMessage()
    assert context.settings.mastery_rule_told
    assert "Next: Quiet terrace" in view.ladder_progress.text()
    # Once: a window made afresh says nothing more.
    from trustplanner.ui.main_window import MainWindow

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.tabs.setCurrentWidget(again.fears_page)
    assert again.fears.view.rule_note.isHidden()


def test_nothing_is_told_when_the_new_mastery_rule_changes_nothing(qtbot, window, context):
    window.tabs.setCurrentWidget(window.fears_page)
    assert window.fears.view.rule_note.isHidden()
    assert context.settings.mastery_rule_told


def test_a_no_said_is_written_down_as_a_fear_faced_with_who_asked(qtbot, page, context):
    form = page.view.form
    assert not form.asked_by.isVisibleTo(form)
    form.said_no.setChecked(True)
    assert form.asked_by.isVisibleTo(form)
    assert "What was asked" in form.situation.placeholderText()
    qtbot.keyClicks(form.asked_by, "my manager")
    with qtbot.waitSignal(context.changed):
        write(qtbot, page, "Extra work on Saturday", "80", "30")
    [entry] = fears.find_fears(context.store)
    assert (entry.said_no, entry.asked_by, entry.situation) == (
        True,
        "my manager",
        "Extra work on Saturday",
    )
    assert history_texts(page) == ["Said no to my manager: Extra work on Saturday"]
    # It counts as a fear faced in the index, like any other.
    assert sum(e.fears_faced for e in day_evidence(context.store)) == 1
    assert not form.said_no.isChecked()  # the form starts afresh


def test_who_asked_is_a_name_and_is_told_at_its_field(qtbot, page, context):
    form = page.view.form
    form.said_no.setChecked(True)
    form.asked_by.setText("x" * 81)
    write(qtbot, page, "Lend my car", "60", "20")
    assert form.messages["asked_by"].isVisibleTo(form)
    assert fears.find_fears(context.store) == []


def test_the_situation_asks_what_was_faced_until_a_no_is_chosen(page):
    form = page.view.form
    assert "What did you face?" in form.situation.placeholderText()
    form.said_no.setChecked(True)
    form.said_no.setChecked(False)
    assert "What did you face?" in form.situation.placeholderText()
