"""Asking where an export goes, the same from the menu and from the damage message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


def ask_export_file(parent: QWidget | None, title: str, name: str) -> Path | None:
    """The file the person chose for an export, offered as `name` in their home folder;
    None when they cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(QDir.homePath()) / name),
        translate("DataActions", "Trust Planner export (*.json)"),
    )
    return Path(chosen) if chosen else None
