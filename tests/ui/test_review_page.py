import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt

from trustplanner.domain.endings import Ending
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.ui.review.agreement_model import ENDING, TITLE
from trustplanner.ui.review.didnt_happen_dialog import DidntHappenDialog
from trustplanner.ui.review.renegotiate_dialog import RenegotiateDialog

from .dialogs import answer


def make_agreements(context, day, *entries):
    plans.add_items(context.store, day, list(entries), context.now())
    ids = plans.commit_day(context.store, day, context.now())
    context.changed.emit()
    return ids


def rows(review):
    return [
        (review.model.index(r, TITLE).data(), review.model.index(r, ENDING).data())
        for r in range(review.model.rowCount())
    ]


def select(review, *titles):
    selection = review.view.table.selectionModel()
    selection.clearSelection()
    for r in range(review.model.rowCount()):
        if review.model.index(r, TITLE).data() in titles:
            selection.select(
                review.model.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_an_empty_review_says_where_agreements_come_from(review):
    assert review.view.list_stack.currentWidget() is review.view.empty_label
    assert "In Plan" in review.view.empty_label.text()


def test_kept_moves_on_to_the_next_open_agreement(qtbot, review, context):
    make_agreements(context, context.today(), ("A", 10), ("B", 10), ("C", 10))
    select(review, "A")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    assert rows(review)[0] == ("A", "Kept")
    selected = review.view.table.selectionModel().selectedRows()
    assert [review.model.index(i.row(), TITLE).data() for i in selected] == ["B"]
    # the keyboard alone is enough: Alt+K on the next one
    qtbot.keyClick(review.view.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rows(review)[1] == ("B", "Kept"))  # a shortcut animates the click
    assert "2 kept" in review.view.summary_label.text()


def test_didnt_happen_with_a_kind_note(qtbot, review, context, monkeypatch):
    [a] = make_agreements(context, context.today(), ("A", 10))
    select(review, "A")
    shown = answer(monkeypatch, DidntHappenDialog, lambda d: d.note_edit.setText("Too tired"))
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    assert "That is all right" in " ".join(
        label.text() for label in shown[0].findChildren(type(review.view.summary_label))
    )
    assert rows(review) == [("A", "Didn't happen")]
    assert store_agreements.get_agreement(context.store, a).note == "Too tired"
    assert "Every agreement has an ending" in review.view.summary_label.text()


def test_renegotiate_on_the_day_is_honest(qtbot, review, context, monkeypatch):
    make_agreements(context, context.today(), ("Write", 60))
    select(review, "Write")
    answer(monkeypatch, RenegotiateDialog, lambda d: d.reason_edit.setText("The day filled up"))
    qtbot.mouseClick(review.view.renegotiate_button, Qt.MouseButton.LeftButton)
    assert rows(review) == [
        (
            "Write",
            "Renegotiated · to " + review.model._ending(review.model.row_at(0)).split(" to ")[1],
        )
    ]
    tomorrow = context.today() + dt.timedelta(days=1)
    [moved] = store_agreements.agreements_on(context.store, tomorrow)
    assert (moved.title, moved.minutes, moved.is_open) == ("Write", 60, True)


def test_reopen_takes_back_an_ending(qtbot, review, context):
    make_agreements(context, context.today(), ("A", 10))
    select(review, "A")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    select(review, "A")
    assert review.view.reopen_button.isEnabled()
    assert not review.view.kept_button.isEnabled()
    qtbot.mouseClick(review.view.reopen_button, Qt.MouseButton.LeftButton)
    assert rows(review) == [("A", "Open")]


def test_earlier_open_agreements_stay_visible_until_ended(qtbot, review, context, clock):
    make_agreements(context, context.today(), ("Yesterday's", 10))
    clock.advance(days=1)
    context.check_day()
    assert review.day == context.today()
    assert rows(review) == [("Yesterday's", "Open")]
    assert review.model.index(0, 0).data() == "Yesterday"
    assert "1 earlier agreement still open" in review.view.summary_label.text()
    review.view.earlier_check.setChecked(False)
    assert rows(review) == []


def test_past_days_can_be_reviewed(qtbot, review, context, clock):
    make_agreements(context, context.today(), ("A", 10), ("B", 10))
    clock.advance(days=3)
    context.check_day()
    review.view.earlier_check.setChecked(False)
    review.view.navigator.set_day(context.today() - dt.timedelta(days=3))
    assert [title for title, _ in rows(review)] == ["A", "B"]
    select(review, "A", "B")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    assert rows(review) == [("A", "Kept"), ("B", "Kept")]


def test_what_was_said_no_to_is_shown_with_the_day(qtbot, review, context):
    today = context.today()
    [a, b, c] = plans.add_items(
        context.store, today, [("Clean", 10), ("Novel", 60), ("Photos", 90)], context.now()
    )
    plans.move_items(context.store, [a], today + dt.timedelta(days=1), context.now(), "busy")
    plans.let_go(context.store, [b], context.now())
    plans.put_aside(context.store, [c], context.now())
    context.changed.emit()
    assert not review.view.said_no_view.isHidden()
    shown = [
        review.said_no_model.index(r, 0).data() for r in range(review.said_no_model.rowCount())
    ]
    assert shown == [
        "Moved to tomorrow: Clean (busy)",
        "Let go: Novel",
        "For some day, no date yet: Photos",
    ]


def test_a_new_user_plans_ten_items_makes_them_fit_and_reviews_the_next_day(
    qtbot, window, context, clock, monkeypatch
):
    """The whole journey of the foundation issue, through the window."""
    from trustplanner.domain.realism import Level
    from trustplanner.ui.plan.commit_confirmation import CommitConfirmation
    from trustplanner.ui.plan.let_go_dialog import LetGoDialog
    from trustplanner.ui.plan.move_dialog import MoveDialog
    from trustplanner.ui.plan.paste_dialog import PasteDialog
    from trustplanner.ui.plan.plan_model import TITLE as PLAN_TITLE
    from trustplanner.ui.plan.split_dialog import SplitDialog

    from .dialogs import press

    plan = window.plan
    ten = "\n".join(
        [
            "1. Write the project proposal (2h)",
            "2. Clean the kitchen (45 min)",
            "3. Call the dentist (10 min)",
            "4. Pay the bills (20 min)",
            "5. Sort the tax papers (1h30)",
            "6. Go for a walk (30 min)",
            "7. Reply to emails (30 min)",
            "8. Paint the hallway (4h)",
            "9. Water the plants (5 min)",
            "10. Read a chapter (30 min)",
        ]
    )
    answer(monkeypatch, PasteDialog, lambda d: d.text_edit.setPlainText(ten))
    qtbot.mouseClick(plan.view.paste_button, Qt.MouseButton.LeftButton)
    assert plan.model.rowCount() == 10
    assert plan.view.meter.level is Level.RED
    assert "times what fits" in plan.view.verdict_label.text()

    def choose(*titles):
        selection = plan.view.table.selectionModel()
        selection.clearSelection()
        for r in range(plan.model.rowCount()):
            if plan.model.index(r, PLAN_TITLE).data() in titles:
                selection.select(
                    plan.model.index(r, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    # Split the proposal, then move most of it and the big jobs to later days.
    choose("Write the project proposal")
    # The person names the first two steps; the rest read "Next step of …".
    answer(
        monkeypatch,
        SplitDialog,
        lambda d: (
            d.first_edit.setText("Open last year's proposal"),
            d._on_first("Open last year's proposal"),
            d.model.setData(d.model.index(1, 0), "Write the outline"),
        ),
    )
    qtbot.mouseClick(plan.view.split_button, Qt.MouseButton.LeftButton)
    answer(monkeypatch, MoveDialog)
    choose(
        "Next step of Write the project proposal",
        "Sort the tax papers",
        "Paint the hallway",
    )
    qtbot.mouseClick(plan.view.move_button, Qt.MouseButton.LeftButton)
    answer(monkeypatch, LetGoDialog)
    choose("Read a chapter")
    qtbot.mouseClick(plan.view.let_go_button, Qt.MouseButton.LeftButton)
    assert plan.view.meter.level is not Level.RED, plan.view.verdict_label.text()

    asked = press(monkeypatch, CommitConfirmation, "back_button")
    qtbot.mouseClick(plan.view.commit_button, Qt.MouseButton.LeftButton)
    assert asked == []
    made = store_agreements.agreements_on(context.store, context.today())
    assert len(made) == 8

    # The next morning: yesterday's agreements wait in Review.
    clock.advance(days=1)
    context.check_day()
    window.tabs.setCurrentWidget(window.review_page)
    review = window.review
    assert review.model.rowCount() == 8
    select(review, "Call the dentist", "Pay the bills", "Go for a walk", "Water the plants")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    select(review, "Clean the kitchen")
    answer(monkeypatch, RenegotiateDialog, lambda d: d.reason_edit.setText("Visitors came"))
    qtbot.mouseClick(review.view.renegotiate_button, Qt.MouseButton.LeftButton)
    select(review, "Reply to emails")
    answer(monkeypatch, DidntHappenDialog)
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)

    endings = [
        a.ending
        for a in store_agreements.agreements_on(
            context.store, context.today() - dt.timedelta(days=1)
        )
    ]
    assert endings.count(Ending.KEPT) == 4
    assert endings.count(Ending.RENEGOTIATED_LATE) == 1  # its day was over
    assert endings.count(Ending.DIDNT_HAPPEN) == 1
    assert endings.count(None) == 2  # the two proposal steps stay open until the person says


def test_reviewing_yesterday_by_keyboard_ends_exactly_the_agreements_meant(
    qtbot, review, context, clock
):
    make_agreements(context, context.today(), ("First", 10), ("Second", 10), ("Third", 10))
    clock.advance(days=1)
    context.check_day()
    select(review, "First")
    qtbot.keyClick(review.view.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rows(review)[0] == ("First", "Kept"))
    qtbot.keyClick(review.view.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rows(review)[1] == ("Second", "Kept"))
    # what was reviewed today stays in view, with how it ended
    assert rows(review) == [("First", "Kept"), ("Second", "Kept"), ("Third", "Open")]
    selected = review.view.table.selectionModel().selectedRows()
    assert [review.model.index(i.row(), TITLE).data() for i in selected] == ["Third"]


def test_review_opens_with_the_first_open_agreement_chosen(qtbot, review, context):
    [a, _b] = make_agreements(context, context.today(), ("Done already", 10), ("Still open", 10))
    store_agreements.mark_kept(context.store, a, context.now())
    context.changed.emit()
    review.view.table.clearSelection()
    review.refresh()
    selected = review.view.table.selectionModel().selectedRows()
    assert [review.model.index(i.row(), TITLE).data() for i in selected] == ["Still open"]
    assert review.view.kept_button.isEnabled()


def took(context, agreement_id):
    return store_agreements.get_agreement(context.store, agreement_id).took_minutes


def test_after_kept_what_it_took_may_be_said_and_skipping_is_the_default(qtbot, review, context):
    a, b = make_agreements(context, context.today(), ("A", 20), ("B", 40))
    bar = review.view.took_bar
    assert bar.isHidden()
    select(review, "A")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and bar.minutes_edit.isVisible()
    bar.minutes_edit.setFocus()
    qtbot.keyClick(bar.minutes_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(bar.isHidden)
    assert took(context, a) is None  # nothing said, nothing stored
    select(review, "B")
    qtbot.keyClick(review.view.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(bar.isVisible)
    qtbot.keyClick(review.view.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: took(context, b) == 40)  # about as planned
    assert bar.isHidden()


def test_several_kept_at_once_take_a_quick_choice_each_by_its_own_plan(qtbot, review, context):
    a, b = make_agreements(context, context.today(), ("A", 20), ("B", 40))
    select(review, "A", "B")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    bar = review.view.took_bar
    assert "these 2" in bar.question.text() and bar.minutes_edit.isHidden()
    qtbot.mouseClick(bar.choices[1.5], Qt.MouseButton.LeftButton)
    assert (took(context, a), took(context, b)) == (30, 60)
    context.undo_stack.undo()  # one step takes it back
    assert (took(context, a), took(context, b)) == (None, None)
    assert rows(review)[0] == ("A", "Kept")


def test_typed_minutes_are_read_like_estimates_and_nonsense_is_told_at_the_field(
    qtbot, review, context
):
    [a] = make_agreements(context, context.today(), ("A", 20))
    select(review, "A")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    bar = review.view.took_bar
    for nonsense, words in (
        ("0", "at least 1 minute"),
        ("30 h", "more than a day"),
        ("soon", "such as"),
    ):
        bar.minutes_edit.setText(nonsense)
        qtbot.keyClick(bar.minutes_edit, Qt.Key.Key_Return)
        assert bar.isVisible() and words in bar.problem.text()
        assert took(context, a) is None
    bar.minutes_edit.setText("1h10")
    qtbot.keyClick(bar.minutes_edit, Qt.Key.Key_Return)
    assert took(context, a) == 70 and bar.isHidden()


def test_each_ending_is_answered_with_a_short_kind_word_that_varies(
    qtbot, review, window, context, monkeypatch
):
    make_agreements(context, context.today(), ("A", 10), ("B", 10), ("C", 10))
    said = []
    context.message.connect(said.append)
    select(review, "A")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    select(review, "B")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    select(review, "C")
    answer(monkeypatch, DidntHappenDialog, lambda d: None)
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    assert len(said) == 3 and len(set(said)) == 3
    assert said[0].startswith("Kept.") and said[1].startswith("Kept.")
    assert said[2].startswith("Noted.")
    # Told in the status line, where it does not stand in the way.
    assert window.statusBar().currentMessage() == said[2]


def test_how_each_agreement_stands_is_a_sign_and_a_word_never_colour_alone(
    qtbot, review, context, monkeypatch
):
    from PySide6.QtGui import QIcon

    make_agreements(context, context.today(), ("A", 10), ("B", 10), ("C", 10), ("D", 10))
    select(review, "A")
    qtbot.mouseClick(review.view.kept_button, Qt.MouseButton.LeftButton)
    select(review, "B")
    answer(monkeypatch, DidntHappenDialog, lambda d: None)
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    select(review, "C")
    answer(monkeypatch, RenegotiateDialog, lambda d: d.reason_edit.setText("Too much"))
    qtbot.mouseClick(review.view.renegotiate_button, Qt.MouseButton.LeftButton)

    def sign(title):
        row = next(r for r in range(review.model.rowCount()) if rows(review)[r][0] == title)
        icon = review.model.index(row, ENDING).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        image = icon.pixmap(16, 16).toImage()
        # A shape, not only a colour: the sign in grey tones still differs from the others.
        return bytes(image.convertToFormat(image.Format.Format_Grayscale8).constBits())

    signs = {title: sign(title) for title in ("A", "B", "C", "D")}
    assert len(set(signs.values())) == 4
    assert [ending for _, ending in rows(review)[:2]] == ["Kept", "Didn't happen"]


def test_after_didnt_happen_a_smaller_version_is_offered_once_a_day_never_pushed(
    qtbot, review, context, monkeypatch
):
    from trustplanner.ui.review.smaller_dialog import SmallerDialog

    make_agreements(context, context.today(), ("Clean the kitchen", 60), ("Call mum", 20))
    select(review, "Clean the kitchen")
    answer(monkeypatch, DidntHappenDialog, lambda d: None)
    opened = []
    monkeypatch.setattr(SmallerDialog, "exec", lambda d: opened.append(d) or 0)
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    bar = review.view.smaller_bar
    # An offer in the page, not a dialog in the way.
    assert not bar.isHidden() and opened == []
    assert "that is all right" in bar.question.text()
    bar.not_now_button.click()
    assert bar.isHidden()
    # Not twice on one day.
    select(review, "Call mum")
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    assert context.settings.smaller_offered_on == context.today().isoformat()


def test_a_smaller_version_goes_on_another_days_plan(qtbot, review, context, monkeypatch):
    from trustplanner.ui.review.smaller_dialog import SmallerDialog

    make_agreements(context, context.today(), ("Clean the kitchen", 60))
    select(review, "Clean the kitchen")
    answer(monkeypatch, DidntHappenDialog, lambda d: None)
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    proposed = []
    answer(
        monkeypatch,
        SmallerDialog,
        lambda d: (
            proposed.append((d.estimate_field.minutes(), d.date_edit.date().toPython())),
            d.title_edit.setText("Clean the sink"),
        ),
    )
    review.view.smaller_bar.smaller_button.click()
    tomorrow = context.today() + dt.timedelta(days=1)
    # About half, for tomorrow, as a proposal the person may change.
    assert proposed == [(30, tomorrow)]
    [item] = plans.planned_items(context.store, tomorrow)
    assert (item.title, item.minutes) == ("Clean the sink", 30)
    [ended] = store_agreements.agreements_on(context.store, context.today())
    assert ended.ending is Ending.DIDNT_HAPPEN  # what happened stays as it was
    assert "A smaller step is still a step" in review.view.window().statusBar().currentMessage()


def test_renegotiating_to_another_day_shows_what_that_day_then_holds(
    qtbot, review, context, monkeypatch
):
    tomorrow = context.today() + dt.timedelta(days=1)
    plans.add_items(context.store, tomorrow, [("Already there", 200)], context.now())
    make_agreements(context, context.today(), ("Write", 60))
    select(review, "Write")
    seen = []

    def look(dialog):
        seen.append(dialog.load_label.text())
        dialog.estimate_field.setEditText("20")  # smaller: it fits then
        seen.append(dialog.load_label.text())
        dialog.reason_edit.setText("The day filled up")

    answer(monkeypatch, RenegotiateDialog, look)
    qtbot.mouseClick(review.view.renegotiate_button, Qt.MouseButton.LeftButton)
    capacity = context.settings.capacity_on(tomorrow)
    assert capacity < 260
    assert "holds 4 h 20 min" in seen[0] and "more than the day has" in seen[0]
    if capacity >= 220:
        assert "holds 3 h 40 min" in seen[1] and "more than" not in seen[1]


def _promise(context, day, title="Dinner", person="Sam", time="19:00"):
    (item,) = plans.add_items(context.store, day, [(title, 90)], context.now())
    plans.set_promise(context.store, item, person, time)
    (agreement_id,) = plans.commit_day(context.store, day, context.now())
    context.changed.emit()
    return agreement_id


def _tell(monkeypatch, press: str) -> list:
    """Answer the "Tell them?" dialog with one of its buttons; the dialogs shown."""
    from trustplanner.ui.review.tell_dialog import TellDialog

    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        if press == "copy":
            dialog.copy_button.click()
            press_next = dialog.told_button
        else:
            press_next = getattr(dialog, f"{press}_button")
        press_next.click()
        return dialog.result()

    monkeypatch.setattr(TellDialog, "exec", fake_exec)
    return shown


def test_a_promise_that_will_not_happen_offers_an_honest_message_and_notes_the_telling(
    qtbot, review, context, monkeypatch
):
    from PySide6.QtGui import QGuiApplication

    from trustplanner.domain.agreements import AHEAD
    from trustplanner.store.evidence import day_evidence
    from trustplanner.ui.review.agreement_model import WITH

    tomorrow = context.today() + dt.timedelta(days=1)
    dinner = _promise(context, tomorrow)
    review.view.navigator.set_day(tomorrow)
    assert review.model.index(0, WITH).data() == "Sam · 19:00"
    select(review, "Dinner")
    answer(monkeypatch, DidntHappenDialog)
    shown = _tell(monkeypatch, "copy")
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    (dialog,) = shown
    draft = dialog.draft.toPlainText()
    assert "“Dinner” tomorrow at 19:00" in draft and "rather tell you now" in draft
    assert QGuiApplication.clipboard().text() == draft
    ended = store_agreements.get_agreement(context.store, dinner)
    assert ended.told_at == context.now() and ended.lead == AHEAD
    assert rows(review) == [("Dinner", "Didn't happen · told them")]
    # Told a day ahead: it counts like a renegotiation said a day ahead.
    (evidence,) = day_evidence(context.store, start=tomorrow, end=tomorrow)
    assert evidence.score == 85


def test_not_now_records_no_telling_and_an_agreement_to_no_one_asks_nothing(
    qtbot, review, context, monkeypatch
):
    today = context.today()
    dinner = _promise(context, today)
    make_agreements(context, today, ("Read", 20))
    shown = _tell(monkeypatch, "not_now")
    answer(monkeypatch, DidntHappenDialog)
    select(review, "Dinner")
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    select(review, "Read")
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1  # only for the promise to someone
    assert store_agreements.get_agreement(context.store, dinner).told_at is None


def test_a_repair_is_noted_with_a_new_agreement_and_one_undo_takes_it_back(
    qtbot, window, review, context, monkeypatch
):
    from trustplanner.domain.promises import ACKNOWLEDGED, SORRY
    from trustplanner.ui.review.repair_dialog import RepairDialog

    today = context.today()
    dinner = _promise(context, today)
    answer(monkeypatch, DidntHappenDialog)
    _tell(monkeypatch, "not_now")
    select(review, "Dinner")
    assert not review.view.repair_button.isEnabled()  # still open: nothing to repair
    qtbot.mouseClick(review.view.didnt_happen_button, Qt.MouseButton.LeftButton)
    select(review, "Dinner")
    assert review.view.repair_button.isEnabled()

    def fill(dialog):
        dialog.checks[ACKNOWLEDGED].setChecked(True)
        dialog.checks[SORRY].setChecked(True)
        dialog.new_group.setChecked(True)
        dialog.title_edit.setText("Lunch, my treat")

    answer(monkeypatch, RepairDialog, fill)
    with qtbot.waitSignal(context.message) as told:
        qtbot.mouseClick(review.view.repair_button, Qt.MouseButton.LeftButton)
    assert "new agreement for tomorrow" in told.args[0]
    assert store_agreements.get_agreement(context.store, dinner).repair == {ACKNOWLEDGED, SORRY}
    (lunch,) = store_agreements.agreements_on(context.store, today + dt.timedelta(days=1))
    assert (lunch.title, lunch.person, lunch.repair_of) == ("Lunch, my treat", "Sam", dinner)
    window.undo_action.trigger()
    assert store_agreements.get_agreement(context.store, dinner).repair == frozenset()
    assert store_agreements.agreements_on(context.store, today + dt.timedelta(days=1)) == []


def test_the_list_can_show_the_promises_to_one_person(qtbot, review, context):
    today = context.today()
    assert not review.view.person_combo.isVisibleTo(review.view)  # no promises yet
    _promise(context, today, "Dinner", "Sam")
    _promise(context, today, "Walk", "noor", None)
    make_agreements(context, today, ("Read", 20))
    combo = review.view.person_combo
    assert combo.isVisibleTo(review.view)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Everyone", "noor", "Sam"]
    combo.setCurrentIndex(combo.findData("Sam"))
    combo.activated.emit(combo.currentIndex())
    assert [title for title, _ in rows(review)] == ["Dinner"]
    context.changed.emit()  # what is chosen stays chosen
    assert [title for title, _ in rows(review)] == ["Dinner"]
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert len(rows(review)) == 3
