"""With Dutch on, no window, dialog, menu or tray menu shows a text still in English."""

import datetime as dt
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from trustplanner.resources import resources_dir

DAY = dt.date(2026, 11, 25)
# Qt's own words on standard buttons, which qtbase_nl translates.
QT_ENGLISH = {"OK", "Cancel", "Close", "Yes", "No", "Show Details...", "Save", "Apply"}


def _plain(text: str) -> str:
    """A text as the eye reads it: no accelerator marks, no surrounding space."""
    return re.sub(r"&(?=\w)", "", text).strip()


def _english() -> set[str]:
    """Every English source whose Dutch reads differently."""
    ts = resources_dir() / "translations" / "trustplanner_nl.ts"
    english = set(QT_ENGLISH)
    for message in ET.parse(ts).iter("message"):
        source = _plain(message.findtext("source"))
        dutch = {_plain(text) for text in message.find("translation").itertext() if text.strip()}
        if source and source not in dutch:
            english.add(source)
    return english


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """What a person can read in `widget` and all it holds: (where, text)."""
    found = []

    def add(where, text):
        if text:
            found.append((where, text))

    for child in [widget, *widget.findChildren(QWidget)]:
        kind = type(child).__name__
        add(f"{kind} title", child.windowTitle())
        add(f"{kind} tip", child.toolTip())
        add(f"{kind} name", child.accessibleName())
        if isinstance(child, (QLabel, QAbstractButton)):
            add(kind, child.text())
        if isinstance(child, QMessageBox):
            add(kind, child.text())
            add(kind, child.informativeText())
        if isinstance(child, QGroupBox):
            add(kind, child.title())
        if isinstance(child, (QLineEdit, QPlainTextEdit)):
            add(f"{kind} placeholder", child.placeholderText())
        if isinstance(child, QComboBox):
            for row in range(child.count()):
                add(kind, child.itemText(row))
        if isinstance(child, QTabWidget):
            for tab in range(child.count()):
                add(kind, child.tabText(tab))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its one column to itself
                columns = 1
            for column in range(columns):
                add(f"{kind} header", model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                add(f"{kind} row", model.index(row, 0).data())
        if isinstance(child, QMenu):
            found.extend(_menu_texts(child))
    return found


def _menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found = [("menu", menu.title())]
    for action in menu.actions():
        found.append(("action", action.text()))
        if action.menu() is not None:
            found.extend(_menu_texts(action.menu()))
    return found


def _still_english(texts) -> list[tuple[str, str]]:
    english = _english()
    return [
        (where, text) for where, text in texts if isinstance(text, str) and _plain(text) in english
    ]


def test_the_window_with_every_area_and_menu_speaks_dutch(qtbot, dutch, context):
    from trustplanner.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for area in (window.review_page, window.fears_page, window.settings_area):
        area.ensure_built()
    texts = _texts(window)
    for action in window.menuBar().actions():
        texts.append(("menu bar", action.text()))
        texts.extend(_menu_texts(action.menu()))
    assert ("QTabWidget", "Angsten") in texts  # the sweep reads what it should
    assert _still_english(texts) == []


def test_the_progress_area_speaks_dutch(qtbot, dutch, context):
    from trustplanner.ui.progress.progress_controller import ProgressController

    controller = ProgressController(context)
    qtbot.addWidget(controller.view)
    controller.view.show()
    assert _still_english(_texts(controller.view)) == []


def test_the_tray_menu_and_nudge_window_speak_dutch(qtbot, dutch, context):
    from trustplanner.ui.tray.tray_controller import TrayController

    tray = TrayController(context, tray_available=False)
    texts = [*_menu_texts(tray.menu), ("tooltip", tray.tooltip())]
    texts += _texts(tray.fallback)
    assert ("action", "Vandaag plannen") in texts
    assert _still_english(texts) == []
    tray.stop()


def _dialogs(context):
    from trustplanner.domain.agreements import Agreement, Item, ItemState
    from trustplanner.domain.fears import LadderStep
    from trustplanner.domain.realism import judge
    from trustplanner.store.backups import Backup
    from trustplanner.store.damage import Damage, StoreDamaged
    from trustplanner.store.fears import exposure_for
    from trustplanner.ui.data.recovery_dialog import RecoveryDialog
    from trustplanner.ui.fears.exposure_offer import ExposureOffer
    from trustplanner.ui.fears.fear_dialog import FearDialog
    from trustplanner.ui.fears.ladder_dialogs import LadderDialog, PlanStepDialog, StepDialog
    from trustplanner.ui.plan.commit_confirmation import CommitConfirmation
    from trustplanner.ui.plan.let_go_dialog import LetGoDialog
    from trustplanner.ui.plan.move_dialog import MoveDialog
    from trustplanner.ui.plan.paste_dialog import PasteDialog
    from trustplanner.ui.plan.split_dialog import SplitDialog
    from trustplanner.ui.progress.explanation_dialog import ExplanationDialog
    from trustplanner.ui.report.report_dialog import ReportDialog
    from trustplanner.ui.review.didnt_happen_dialog import DidntHappenDialog
    from trustplanner.ui.review.renegotiate_dialog import RenegotiateDialog
    from trustplanner.ui.start_at_login import StartAtLoginQuestion

    now = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
    step = LadderStep(1, 1, "Een vraag stellen", 40, 1.0)
    agreement = Agreement(1, None, "Opruimen", 30, DAY, now)
    damaged = StoreDamaged(context.data_dir / "trustplanner.db", Damage.DAMAGED)
    backup = Backup(context.data_dir / "backups" / "x.db", DAY, True)
    return [
        PasteDialog(),
        SplitDialog(Item(1, "Schilderen", 60, DAY, ItemState.PLANNED), 30),
        MoveDialog(["A"], DAY + dt.timedelta(days=1), DAY),
        LetGoDialog(["A"]),
        DidntHappenDialog(["A"]),
        RenegotiateDialog(agreement, now),
        FearDialog(exposure_for(step, DAY), [], [], DAY, "Hoe ging het?"),
        LadderDialog(),
        StepDialog(),
        PlanStepDialog(step, DAY),
        CommitConfirmation(judge(600, 60)),
        ExposureOffer("Een vraag stellen"),
        StartAtLoginQuestion(),
        RecoveryDialog(damaged, backup, None),
        RecoveryDialog(damaged, None, None),
        ExplanationDialog(14),
        ReportDialog(context),
    ]


def test_every_dialog_speaks_dutch(qtbot, dutch, context):
    for dialog in _dialogs(context):
        qtbot.addWidget(dialog)
        texts = _texts(dialog)
        assert texts, type(dialog).__name__
        assert _still_english(texts) == [], type(dialog).__name__


def test_a_note_s_invitation_is_shown_whole_in_dutch(qtbot, dutch):
    from trustplanner.ui.plan.let_go_dialog import LetGoDialog

    dialog = LetGoDialog(["De keuken schoonmaken"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.note_edit
    assert edit.placeholderText().startswith("Waarom loslaten?")
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.contentsRect().width() >= needed


def test_how_many_more_is_said_in_dutch_in_every_dialog_that_lists(qtbot, dutch):
    from trustplanner.ui.plan.let_go_dialog import LetGoDialog
    from trustplanner.ui.plan.move_dialog import MoveDialog

    titles = [f"Ding {n}" for n in range(1, 10)]
    for dialog in (LetGoDialog(titles), MoveDialog(titles, DAY + dt.timedelta(days=1), DAY)):
        qtbot.addWidget(dialog)
        assert dialog.titles_label.text().splitlines()[-1] == "en nog 3"
