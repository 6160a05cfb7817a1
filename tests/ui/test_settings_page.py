from trustplanner.domain.settings import Settings
from trustplanner.store.settings import load_settings


def test_changing_the_usual_time_is_saved_and_used_by_the_plan(qtbot, window, context):
    settings_view = window.settings_page.view
    weekday = context.today().weekday()
    with qtbot.waitSignal(context.settings_changed):
        settings_view.capacity_spins[weekday].setValue(90)
    assert load_settings(context.store).capacity_minutes[weekday] == 90
    assert window.plan.view.capacity_spin.value() == 90
    assert "Settings saved" in window.statusBar().currentMessage()


def test_the_biggest_step_decides_what_is_too_big(qtbot, window, context):
    plan = window.plan
    plan.view.title_edit.setText("Tidy")
    plan.view.estimate_field.setEditText("45")
    plan.view.add_button.click()
    assert not plan.view.size_label.isHidden()
    window.settings_page.view.step_spin.setValue(60)
    assert load_settings(context.store).max_step_minutes == 60
    assert plan.view.size_label.isHidden()


def test_typed_durations_are_understood(qtbot, window, context):
    spin = window.settings_page.view.capacity_spins[0]
    spin.lineEdit().setText("2 h 30 min")
    spin.interpretText()
    assert spin.value() == 150
    assert load_settings(context.store).capacity_minutes[0] == 150
    assert spin.text() == "2 h 30 min"


def test_back_to_the_defaults_and_undo_brings_the_persons_own_back(qtbot, window, context):
    view = window.settings_page.view
    view.capacity_spins[0].setValue(30)
    view.evening_time.setTime(view.evening_time.time().addSecs(3600))
    own = context.settings
    view.defaults_button.click()
    assert load_settings(context.store) == Settings()
    assert view.capacity_spins[0].value() == 240
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    with qtbot.waitSignal(context.settings_changed):
        context.undo_stack.undo()
    assert load_settings(context.store) == own == context.settings
    assert view.capacity_spins[0].value() == 30
    assert view.evening_time.time().toString("HH:mm") == "21:00"
    context.undo_stack.redo()
    assert context.settings == Settings()
    assert view.capacity_spins[0].value() == 240


def test_duration_fields_show_their_whole_text(qtbot, window):
    window.tabs.setCurrentWidget(window.settings_area)
    spins = [*window.settings_page.view.capacity_spins, window.settings_page.view.step_spin]
    for spin in spins:
        for minutes in (35, 75, 615):
            if spin.minimum() <= minutes <= spin.maximum():
                spin.setValue(minutes)
                qtbot.waitUntil(lambda s=spin: s.lineEdit().isVisible())
                room = spin.lineEdit().contentsRect().width()
                assert spin.fontMetrics().horizontalAdvance(spin.text()) <= room, spin.text()


def test_the_language_is_chosen_in_settings_and_kept_by_the_defaults(qtbot, window, context):
    combo = window.settings_page.view.language_combo
    assert combo.currentData() is None and combo.currentText().startswith("As on this computer")
    with qtbot.waitSignal(context.settings_changed):
        combo.setCurrentIndex(combo.findData("nl"))
    assert load_settings(context.store).language == "nl"
    assert "next start" in window.statusBar().currentMessage()
    window.settings_page.view.defaults_button.click()
    assert load_settings(context.store).language == "nl"


def test_the_window_speaks_the_language_chosen_in_settings(qapp, data_dir, monkeypatch):
    from trustplanner.store.database import open_store
    from trustplanner.store.settings import save_settings
    from trustplanner.ui import app as app_module

    store = open_store(data_dir)
    save_settings(store, Settings(language="nl"))
    store.close()
    asked = []
    monkeypatch.setattr(
        "trustplanner.words.translators.install_translators", lambda app, lang: asked.append(lang)
    )
    monkeypatch.setattr(app_module, "_open_or_recover", lambda folder: None)
    assert app_module.start(data_dir) is None
    assert asked == ["nl"]


def test_a_raised_half_life_is_told_until_the_person_chooses_one(
    qtbot, qapp, store, data_dir, clock
):
    from dataclasses import replace

    from trustplanner.store.settings import save_settings
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.main_window import MainWindow

    save_settings(store, replace(Settings(), half_life_days=7, half_life_raised_from=3))
    main = MainWindow(AppContext(store, data_dir, clock))
    qtbot.addWidget(main)
    main.show()
    view = main.settings_page.view
    assert view.half_life_note.isVisibleTo(view)
    assert view.half_life_note.text().startswith("You had chosen 3 days. The shortest half-life")
    assert view.half_life_spin.minimum() == 7
    with qtbot.waitSignal(main.context.settings_changed):
        view.half_life_spin.setValue(10)
    assert load_settings(main.context.store).half_life_raised_from is None
    assert not view.half_life_note.isVisibleTo(view)


def test_how_long_before_a_promise_counts_as_in_time_is_set_here(window, context):
    view = window.settings_page.view
    assert view.last_moment_spin.value() == 4
    view.last_moment_spin.setValue(12)
    assert context.settings.last_moment_hours == 12
    assert load_settings(context.store).last_moment_hours == 12


def test_the_wheel_scrolls_the_page_past_a_number_field_and_never_changes_it(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.tabs.setCurrentWidget(window.settings_page.view)
    spin = window.settings_page.view.last_moment_spin
    before = spin.value()
    centre = QPointF(spin.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(spin.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == before
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == before - 1  # chosen, the wheel changes it
