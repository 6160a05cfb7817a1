"""What every chart has: its figure and axes, its colours, an empty-state text, and
the artists it swaps when its data changes."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.container import Container
from matplotlib.figure import Figure

from trustplanner.charts.colours import Colours
from trustplanner.charts.drawing import date_label, fit_margins


class Chart:
    """One chart on its own figure; subclasses draw their data in `show` and read it back."""

    def __init__(self, figure: Figure, colours: Colours):
        self.figure = figure
        self.colours = colours
        self.axes = figure.add_subplot(1, 1, 1)
        self._artists: list = []
        self._empty_text = self.axes.text(
            0.5,
            0.5,
            "",
            ha="center",
            va="center",
            wrap=True,
            transform=self.axes.transAxes,
            fontsize=11,
        )
        self.restyle(colours)
        fit_margins(figure)

    def restyle(self, colours: Colours) -> None:
        self.colours = colours
        figure, axes = self.figure, self.axes
        figure.set_facecolor(colours.background)
        axes.set_facecolor(colours.background)
        for spine in axes.spines.values():
            spine.set_color(colours.grid)
        axes.tick_params(colors=colours.text, labelsize=9)
        axes.yaxis.label.set_color(colours.text)
        axes.xaxis.label.set_color(colours.text)
        axes.title.set_color(colours.text)
        axes.grid(True, color=colours.grid, linewidth=0.5, alpha=0.6)
        axes.set_axisbelow(True)
        self._empty_text.set_color(colours.text)

    def _clear(self) -> None:
        for artist in self._artists:
            artist.remove()
        self._artists = []
        if self.axes.get_legend() is not None:
            self.axes.get_legend().remove()
        self._empty_text.set_text("")
        self.axes.xaxis.set_visible(True)
        self.axes.yaxis.set_visible(True)

    def _keep(self, *artists) -> None:
        for artist in artists:
            # A bar container is a tuple of bars, but must go as a whole: the axes list it
            # among their containers, and a legend would keep naming it after its bars went.
            if isinstance(artist, Container):
                self._artists.append(artist)
            elif isinstance(artist, list | tuple):
                self._artists.extend(artist)
            else:
                self._artists.append(artist)

    def _say_empty(self, text: str) -> None:
        self._empty_text.set_text(text)
        self.axes.xaxis.set_visible(False)
        self.axes.yaxis.set_visible(False)

    def _legend(self, location: str, columns: int = 1, handles: list | None = None) -> None:
        options = {"handles": handles} if handles else {}
        legend = self.axes.legend(loc=location, fontsize=8, frameon=False, ncols=columns, **options)
        for text in legend.get_texts():
            text.set_color(self.colours.text)

    def _date_axis(self, start: dt.date, end: dt.date) -> None:
        axes = self.axes
        axes.set_xlim(mdates.date2num(start) - 0.5, mdates.date2num(end) + 0.5)
        axes.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        # Dates in the person's language (matplotlib's own names would be English).
        axes.xaxis.set_major_formatter(
            date_label("MMM yyyy" if (end - start).days > 200 else "d MMM")
        )

    def describe(self, x: float, y: float) -> str | None:
        """What is under the mouse at data coordinates (x, y), or None."""
        return None
