"""Tables on paper: every cell stays inside its column, however long its words."""

import pytest
from PySide6.QtGui import QPageSize, QPdfWriter

from trustplanner.report import tables

LONG_WORD = "Verantwoordelijkheidsgevoel" * 6
TEXTS = ["Mon 5 Oct", "Write the letter", f"first line\nsecond line {LONG_WORD}"]


@pytest.fixture
def device(tmp_path, qapp):
    writer = QPdfWriter(str(tmp_path / "t.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return writer


def test_a_cell_wraps_at_new_lines_and_inside_long_words(device):
    table = tables.Table("Caption", ["Day", "Agreement", "Note"], [0.2, 0.3, 0.5], [TEXTS], "")
    measured = tables.measure(table, 4000, device, 9)
    [line] = measured.lines
    one_line = line.cells[0][0].boundingRect().height()
    for runs, (_x, inner) in zip(line.cells, measured.columns, strict=True):
        for run in runs:
            box = run.boundingRect()
            assert box.left() >= -0.5 and box.right() <= inner + 0.5
    note_lines = {round(p.y()) for run in line.cells[2] for p in run.positions()}
    assert len(note_lines) >= 3  # its own new line, and the long word broken to fit
    assert line.height > 3 * one_line


def test_the_same_words_are_laid_out_once(device):
    rows = [["Mon 5 Oct", f"Agreement {n}", "Kept"] for n in range(50)]
    table = tables.Table("Caption", ["Day", "Agreement", "Ending"], [0.3, 0.4, 0.3], rows, "")
    measured = tables.measure(table, 4000, device, 9)
    days = {id(line.cells[0][0]) for line in measured.lines}
    titles = {id(line.cells[1][0]) for line in measured.lines}
    assert len(days) == 1 and len(titles) == 50


def test_an_empty_cell_draws_nothing(device):
    table = tables.Table("Caption", ["Day", "Note"], [0.5, 0.5], [["Mon 5 Oct", ""]], "")
    [line] = tables.measure(table, 4000, device, 9).lines
    assert line.cells[1] == [] and line.cells[0]
