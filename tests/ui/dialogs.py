"""Answering modal dialogs in tests: fill in the fields, then press a button, as a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox


def answer(monkeypatch, dialog_class, fill: Callable | None = None, *, accept: bool = True) -> list:
    """Replace `dialog_class.exec`; return the list of dialogs that were shown."""
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        if fill is not None:
            fill(dialog)
        if accept:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        else:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return shown


def press(monkeypatch, box_class, button_name: str) -> list:
    """Answer a QMessageBox subclass by clicking one of its named buttons."""
    shown = []

    def fake_exec(box):
        shown.append(box)
        getattr(box, button_name).click()
        return 0

    monkeypatch.setattr(box_class, "exec", fake_exec)
    return shown
