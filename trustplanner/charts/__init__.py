"""The charts of how self-trust develops, drawn with matplotlib's object API on a
Figure (never pyplot): shared by the Progress page and the printed report.

Each chart keeps its axes (and their ticks, which are costly to make) and swaps only
its data when the span or the history changes, so that a redraw costs little more than
a bare figure with the same points. Only `data` and `colours` are light; everything
else imports matplotlib, and is imported only when a chart is first needed.
"""
