"""The Progress page's widgets: the index in one line, the span, the list of charts, the chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.progress import Span
from trustplanner.ui.widgets.date_field import date_field
from trustplanner.ui.widgets.heading import heading
from trustplanner.ui.widgets.span_combo import span_combo


class ProgressView(QWidget):
    shown = Signal()
    palette_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = heading()
        self.headline.setAccessibleName(self.tr("Your self-trust index"))
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.explain_button = QPushButton(self.tr("How is this &computed?"))

        self.span_combo = span_combo(
            [Span.FOUR_WEEKS, Span.THREE_MONTHS, Span.YEAR, Span.ALL, Span.CUSTOM]
        )
        span_label = QLabel(self.tr("&Show:"))
        span_label.setBuddy(self.span_combo)
        self.from_edit = date_field(self.tr("From"))
        self.to_edit = date_field(self.tr("To"))
        self.dates = QWidget()
        dates_layout = QHBoxLayout(self.dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(QLabel(self.tr("from")))
        dates_layout.addWidget(self.from_edit)
        dates_layout.addWidget(QLabel(self.tr("to")))
        dates_layout.addWidget(self.to_edit)
        self.dates.hide()
        self.save_button = QPushButton(self.tr("Sa&ve chart…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG picture"))
        self.report_button = QPushButton(self.tr("Print a &report…"))
        self.report_button.setToolTip(
            self.tr("Print your progress over some days, or save it as a PDF")
        )

        self.chart_model = QStringListModel(
            [
                self.tr("Self-trust over time"),
                self.tr("How agreements ended"),
                self.tr("How realistic your plans were"),
                self.tr("Fears faced"),
                self.tr("The year at a glance"),
                self.tr("Which days keep best"),
                self.tr("Planned and what it took"),
                self.tr("Promises to others"),
            ],
            self,
        )
        self.chart_list = QListView()
        self.chart_list.setModel(self.chart_model)
        self.chart_list.setAccessibleName(self.tr("Charts"))
        self.chart_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # As wide as the longest chart name in the person's language, and no wider.
        widest = max(
            self.fontMetrics().horizontalAdvance(self.chart_model.index(row, 0).data())
            for row in range(self.chart_model.rowCount())
        )
        self.chart_list.setFixedWidth(widest + self.fontMetrics().horizontalAdvance("M" * 3))
        self.chart_list.setCurrentIndex(self.chart_model.index(0, 0))
        # One canvas per chart, made when the chart is first shown.
        self.chart_stack = QStackedWidget()
        self.chart_stack.setAccessibleName(self.tr("Chart"))
        self.hover_label = QLabel(" ")
        self.hover_label.setAccessibleName(self.tr("Value under the mouse"))
        # The chart in one sentence, for everyone; its values as a table on request.
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_label.setAccessibleName(self.tr("What the chart shows"))
        self.table_button = QPushButton(self.tr("As a &table…"))
        self.table_button.setToolTip(
            self.tr("The chart's values as a table, to read or go through")
        )
        self.table_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.headline)
        top.addStretch(1)
        top.addWidget(self.explain_button)
        controls = QHBoxLayout()
        controls.addWidget(span_label)
        controls.addWidget(self.span_combo)
        controls.addWidget(self.dates)
        controls.addStretch(1)
        controls.addWidget(self.save_button)
        controls.addWidget(self.report_button)
        charts = QHBoxLayout()
        charts.addWidget(self.chart_list)
        chart_column = QVBoxLayout()
        chart_column.addWidget(self.chart_stack, 1)
        reading_row = QHBoxLayout()
        reading_row.addWidget(self.reading_label, 1)
        reading_row.addWidget(self.table_button)
        chart_column.addLayout(reading_row)
        chart_column.addWidget(self.hover_label)
        charts.addLayout(chart_column, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.change_label)
        layout.addLayout(controls)
        layout.addLayout(charts, 1)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def chart_number(self) -> int:
        return max(0, self.chart_list.currentIndex().row())

    def show_reading(self, summary: str, has_values: bool) -> None:
        """The sentence under the chart (and what a screen reader says of it)."""
        self.reading_label.setText(summary)
        self.chart_stack.setAccessibleDescription(summary)
        self.table_button.setEnabled(has_values)

    def show_hover(self, text: str) -> None:
        self.hover_label.setText(text or " ")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.palette_changed.emit()
