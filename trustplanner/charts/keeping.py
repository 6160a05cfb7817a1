"""When agreements are kept: a year of days as a calendar, and the weekdays side by
side."""

from __future__ import annotations

import datetime as dt

from matplotlib.colors import LinearSegmentedColormap, to_rgba
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator
from PySide6.QtCore import QCoreApplication, QLocale

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import DIDNT, KEPT, Colours
from trustplanner.domain.progress import Keeping, calendar_span
from trustplanner.words.dates import short_date_text

translate = QCoreApplication.translate


class CalendarChart(Chart):
    """The 53 weeks up to a day: one square per day, greener as more was kept."""

    WEEKS = 53

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        axes = self.axes
        axes.grid(False)
        axes.set_aspect("equal")
        axes.set_xlim(0, self.WEEKS)
        axes.set_ylim(7, 0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        locale = QLocale()
        axes.set_yticks([0.5, 2.5, 4.5, 6.5])
        axes.set_yticklabels(
            [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5, 7)]
        )
        axes.set_title(translate("charts", "Share of each day's agreements kept"), fontsize=10)
        axes.tick_params(length=0)
        axes.set_xlabel(
            translate(
                "charts", "Greener: more of that day's agreements kept. Pale: nothing ended."
            ),
            fontsize=8,
        )
        self._first = dt.date.today()
        self._keeping: dict[dt.date, Keeping] = {}

    def restyle(self, colours: Colours) -> None:
        super().restyle(colours)
        self.axes.grid(False)

    def show(self, keeping: dict[dt.date, Keeping], end: dt.date) -> None:
        self._clear()
        first, last = calendar_span(end)
        self._first, self._keeping = first, keeping
        grid = [[float("nan")] * self.WEEKS for _ in range(7)]
        for day, kept in keeping.items():
            if first <= day <= last and kept.share is not None:
                grid[day.weekday()][(day - first).days // 7] = kept.share
        cmap = LinearSegmentedColormap.from_list(
            "kept", [to_rgba(DIDNT, 0.35), KEPT]
        ).with_extremes(bad=to_rgba(self.colours.empty))
        self._keep(
            self.axes.pcolormesh(
                grid,
                cmap=cmap,
                vmin=0,
                vmax=1,
                edgecolors=self.colours.background,
                linewidth=1.5,
            )
        )
        locale = QLocale()
        months = [
            (week + 0.5, first + dt.timedelta(days=7 * week))
            for week in range(self.WEEKS)
            if (first + dt.timedelta(days=7 * week)).day <= 7
        ]
        self.axes.set_xticks([x for x, _ in months])
        self.axes.set_xticklabels(
            [locale.standaloneMonthName(m.month, QLocale.FormatType.ShortFormat) for _, m in months]
        )

    def describe(self, x: float, y: float) -> str | None:
        if not (0 <= x < self.WEEKS and 0 <= y < 7):
            return None
        day = self._first + dt.timedelta(days=7 * int(x) + int(y))
        kept = self._keeping.get(day)
        if kept is None or kept.share is None:
            return translate("charts", "%1: nothing ended").replace("%1", short_date_text(day))
        return (
            translate("charts", "%1: %2 of %3 kept")
            .replace("%1", short_date_text(day))
            .replace("%2", str(kept.kept))
            .replace("%3", str(kept.ended))
        )


class WeekdayChart(Chart):
    """Which weekdays keep best: the share kept for Monday to Sunday."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        locale = QLocale()
        self._names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        self.axes.set_xticks(range(7))
        self.axes.set_xticklabels(self._names)
        self.axes.set_xlim(-0.6, 6.6)
        self.axes.set_ylim(0, 110)
        self.axes.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        self.axes.set_ylabel(translate("charts", "% of agreements kept"))
        self._pattern: list[Keeping] = []

    def show(self, pattern: list[Keeping]) -> None:
        self._clear()
        self._pattern = pattern
        if not any(k.ended for k in pattern):
            self._say_empty(
                translate(
                    "charts",
                    "Here you will see which days of the week you keep your agreements best.",
                )
            )
            return
        shares = [100 * (k.share or 0) for k in pattern]
        self._keep(self.axes.bar(range(7), shares, color=KEPT, width=0.7, linewidth=0))
        for x, keeping in enumerate(pattern):
            if keeping.ended:
                self._keep(
                    self.axes.text(
                        x,
                        100 * keeping.share + 1.5,
                        f"{round(100 * keeping.share)} %",
                        ha="center",
                        va="bottom",
                        fontsize=8,
                        color=self.colours.text,
                    )
                )

    def describe(self, x: float, y: float) -> str | None:
        weekday = round(x)
        if not self._pattern or not 0 <= weekday < 7:
            return None
        keeping = self._pattern[weekday]
        return (
            translate("charts", "%1: %2 of %3 kept")
            .replace("%1", self._names[weekday])
            .replace("%2", str(keeping.kept))
            .replace("%3", str(keeping.ended))
        )
