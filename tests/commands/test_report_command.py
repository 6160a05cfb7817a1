"""`trustplanner report`, run as a script runs it: a PDF, or one plain line and a non-zero exit."""

import pytest
from pypdf import PdfReader

from .test_cli import run


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert run("demo", "--days", "60", "--data-dir", str(folder)).returncode == 0
    return folder


def report(demo_dir, *args):
    return run("report", "--data-dir", str(demo_dir), *args)


def test_writes_the_pdf_and_says_where(demo_dir, tmp_path):
    out = tmp_path / "month.pdf"
    result = report(demo_dir, "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(out).pages)
    assert result.stdout.strip() == (
        f"Wrote the report for 1 January 2026 – 31 January 2026 ({pages} "
        f"{'page' if pages == 1 else 'pages'}) to {out}"
    )
    assert result.stderr == ""


def test_paper_and_language_can_be_chosen(demo_dir, tmp_path):
    out = tmp_path / "letter.pdf"
    result = report(demo_dir, "--out", str(out), "--paper", "letter", "--lang", "en")
    assert result.returncode == 0, result.stderr
    box = PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_the_paper_follows_the_country_by_default(demo_dir, tmp_path):
    out = tmp_path / "us.pdf"
    result = run(
        "report", "--data-dir", str(demo_dir), "--out", str(out), env={"LC_ALL": "en_US.UTF-8"}
    )
    assert result.returncode == 0, result.stderr
    box = PdfReader(out).pages[0].mediabox
    assert round(box.width) == 612


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--from", "2026-02-30"], 2, "'2026-02-30' is not a date; write it as YYYY-MM-DD"),
        (["--from", "yesterday"], 2, "is not a date"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], 1, "--from (2026-03-01) is after --to"),
        (["--from", "1971-01-01", "--to", "2026-01-01"], 1, "at most"),
        (["--from", "1900-01-01", "--to", "2026-01-01"], 2, "is not a day from 1970 to 2200"),
        (["--from", "2026-01-01", "--to", "9999-01-01"], 2, "is not a day from 1970 to 2200"),
    ],
)
def test_bad_dates_get_one_line(demo_dir, tmp_path, args, code, words):
    out = tmp_path / "r.pdf"
    result = report(demo_dir, *args, "--out", str(out))
    assert result.returncode == code
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing-folder/r.pdf", "a-file/r.pdf", "."])
def test_a_place_that_cannot_be_written_gets_one_line_and_leaves_nothing(demo_dir, tmp_path, where):
    (tmp_path / "a-file").write_text("not a folder")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = report(demo_dir, "--out", str(tmp_path / where))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("trustplanner: ")
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_out_is_required(demo_dir):
    result = report(demo_dir)
    assert result.returncode == 2
    assert "--out" in result.stderr


def test_a_chart_helper_that_stopped_gets_one_line(demo_dir, tmp_path, monkeypatch, capsys):
    from trustplanner.commands import main as cli
    from trustplanner.report import writing
    from trustplanner.report.chart_drawing import ChartsNotDrawn

    def stopped(*args, **kwargs):
        raise ChartsNotDrawn("the charts could not be drawn just now")

    monkeypatch.setattr(writing, "write_report", stopped)
    out = tmp_path / "r.pdf"
    assert cli.main(["report", "--data-dir", str(demo_dir), "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert said == f"trustplanner: cannot write {out} (the charts could not be drawn just now)\n"
    assert not out.exists()


def _english_fragments(contexts: tuple[str, ...]) -> set[str]:
    """The pieces of English text, between placeholders, that the report's Dutch replaces."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "trustplanner_nl.ts"
    fragments = set()
    for context in ET.parse(ts).iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            dutch = " ".join(message.find("translation").itertext())
            for piece in re.split(r"%(?:L?n|\d)", source):
                # Names such as "Trust Planner" stay the same in Dutch.
                if len(piece.strip()) >= 8 and piece.strip() not in dutch:
                    fragments.add(piece.strip())
    return fragments


def test_a_dutch_report_has_no_english_headings_or_sentences(demo_dir, tmp_path):
    out = tmp_path / "verslag.pdf"
    result = report(
        demo_dir, "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out), "--lang", "nl"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Het verslag over 1 januari 2026 – 31 januari 2026")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Je voortgang" in text and "Je afspraken" in text
    english = sorted(f for f in _english_fragments(("report", "charts", "texts")) if f in text)
    assert english == []
