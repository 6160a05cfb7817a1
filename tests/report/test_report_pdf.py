"""Reports written from example history and read back: what they say is what the store holds."""

import datetime as dt
import re
import sqlite3

import pytest
from pypdf import PdfReader

from trustplanner.domain.endings import Ending
from trustplanner.domain.trust_index import evidence_from_events, index_on, index_series
from trustplanner.report import pages as report_pages
from trustplanner.report.content import read_report
from trustplanner.report.writing import write_report

from .conftest import OCTOBER, TODAY, page_texts

A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture(scope="module")
def october_pdf(history_dir, tmp_path_factory, qapp):
    out = tmp_path_factory.mktemp("reports") / "october.pdf"
    write_report(history_dir, *OCTOBER, TODAY, out, paper="a4")
    return out


@pytest.fixture(scope="module")
def october_full_pdf(history_dir, tmp_path_factory, qapp):
    """The same report with every agreement and fear listed."""
    out = tmp_path_factory.mktemp("reports") / "october-full.pdf"
    write_report(history_dir, *OCTOBER, TODAY, out, paper="a4", full=True)
    return out


def rows(history_dir, sql, *params):
    with sqlite3.connect(history_dir / "trustplanner.db") as conn:
        return conn.execute(sql, params).fetchall()


def in_october(history_dir, sql, tail=""):
    start, end = (day.isoformat() for day in OCTOBER)
    return rows(history_dir, f"{sql} WHERE day BETWEEN ? AND ? {tail}", start, end)


def test_the_figures_are_the_stores(history_dir, october_pdf):
    [(made, kept, honest, late, didnt)] = in_october(
        history_dir,
        "SELECT count(*), sum(outcome = 'kept'), sum(outcome = 'renegotiated' AND NOT late),"
        " sum(outcome = 'renegotiated' AND late), sum(outcome = 'didnt_happen') FROM agreements",
    )
    [(faced, before, after, happened, partly)] = in_october(
        history_dir,
        "SELECT count(*), avg(anxiety_before), avg(anxiety_after), sum(outcome = 'happened'),"
        " sum(outcome = 'partly') FROM fears",
    )
    assert made > 100 and faced > 3  # the example history has something to count
    first = page_texts(october_pdf)[0]
    assert f"Agreements made {made} " in first
    assert f"Kept {kept} " in first
    assert f"Renegotiated in time {honest} " in first
    assert f"Renegotiated afterwards {late} " in first
    assert f"Didn't happen {didnt} " in first
    assert f"that ended {round(100 * kept / (kept + honest + late + didnt))} %" in first
    assert f"Fears faced {faced} " in first
    # What was learned first, then the anxiety as it was, rounded as people round.
    assert f"What you feared happened in {happened} of them; partly in {partly} " in first
    said = re.search(r"afterwards, on average (\d+) and (\d+)", first)
    assert said and abs(int(said.group(1)) - before) <= 0.5 + 1e-9, first
    assert abs(int(said.group(2)) - after) <= 0.5 + 1e-9, first


def test_the_index_is_the_one_the_stores_endings_give(history_dir, october_pdf):
    """Counted again here from the rows: how early a change was said (`lead`), and a
    promise told early counting like a renegotiation said that early."""
    events = []
    for day, outcome, late, lead in rows(
        history_dir,
        "SELECT day, outcome, late, lead FROM agreements WHERE outcome IS NOT NULL",
    ):
        if outcome == "kept":
            ending = Ending.KEPT
        elif outcome == "renegotiated" and late:
            ending = Ending.RENEGOTIATED_LATE
        elif lead == 2:
            ending = "ahead"
        elif outcome == "renegotiated" or lead == 1:
            ending = Ending.RENEGOTIATED_HONESTLY
        else:
            ending = Ending.DIDNT_HAPPEN
        events.append((_date(day), ending))
    events += [(_date(day), "fear") for (day,) in rows(history_dir, "SELECT day FROM fears")]
    series = index_series(evidence_from_events(events), end=OCTOBER[1])
    start = index_on(series, OCTOBER[0] - dt.timedelta(days=1))
    end = index_on(series, OCTOBER[1])
    assert f"{start:.1f} at the start, {end:.1f} at the end" in page_texts(october_pdf)[0]


def _date(text):
    return dt.date.fromisoformat(text)


def test_every_agreement_and_fear_is_listed_once(history_dir, october_full_pdf):
    texts = page_texts(october_full_pdf)
    first = next(i for i, text in enumerate(texts) if "Your agreements" in text)
    listed = " ".join(texts[first:])
    agreements_part, fears_part = listed.split("Fears you faced", 1)
    per_day = in_october(history_dir, "SELECT day, count(*) FROM agreements", "GROUP BY day")
    from PySide6.QtCore import QLocale

    from trustplanner.words.dates import qdate

    for day, count in per_day:
        label = QLocale().toString(qdate(_date(day)), "ddd d MMM")
        # "Thu 1 Oct" must not also count "Thu 1 Oct" inside "Thu 1 Octo...": labels end in a space
        assert agreements_part.count(label + " ") == count, label
    for (note,) in in_october(history_dir, "SELECT DISTINCT note FROM agreements"):
        if note:
            assert note in agreements_part
    fears = in_october(history_dir, "SELECT situation, learned FROM fears")
    for situation, learned in fears:
        assert situation in fears_part
        if learned:
            assert learned in fears_part


def test_pages_are_numbered_and_a4(october_full_pdf):
    reader = PdfReader(october_full_pdf)
    texts = page_texts(october_full_pdf)
    assert len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {len(texts)}" in text
        assert "1 October 2026 – 31 October 2026" in text
    for page in reader.pages:
        assert (round(page.mediabox.width), round(page.mediabox.height)) == A4
    # a table that goes on says so at the top of the next page, with its column names
    continued = [t for t in texts if "Your agreements (continued)" in t]
    assert continued and all("How it ended" in t for t in continued)


def test_the_summary_tells_the_agreements_week_by_week_in_a_few_pages(
    history_dir, october_pdf, october_full_pdf
):
    texts = page_texts(october_pdf)
    assert len(texts) <= 5 < len(page_texts(october_full_pdf))
    listed = " ".join(texts[next(i for i, t in enumerate(texts) if "week by week" in t) :])
    assert "Your agreements, week by week" in listed and "How it ended" not in listed
    made = in_october(history_dir, "SELECT count(*) FROM agreements")[0][0]
    from trustplanner.domain.report_weeks import by_week
    from trustplanner.report.content import read_report

    weeks = by_week(read_report(history_dir, *OCTOBER, TODAY).agreements)
    assert sum(week.made for week in weeks) == made
    for week in weeks:
        assert f"{week.start.day} {week.start:%b} {week.start.year} {week.made} {week.kept} " in (
            listed
        )


def test_charts_are_vectors_with_real_words(october_pdf):
    reader = PdfReader(october_pdf)
    assert all(not page.images for page in reader.pages)
    charts = " ".join(page_texts(october_pdf)[:4])
    for words in ("Self-trust over time", "Day score", "Agreements per week", "a full day"):
        assert words in charts


def test_letter_paper_when_asked(history_dir, tmp_path, qapp):
    out = tmp_path / "letter.pdf"
    pages = write_report(history_dir, *OCTOBER, TODAY, out, paper="letter")
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == LETTER


def test_an_empty_store_gives_a_kind_short_report(tmp_path, qapp):
    out = tmp_path / "empty.pdf"
    write_report(tmp_path / "no-store-yet", *OCTOBER, TODAY, out, paper="a4")
    text = " ".join(page_texts(out))
    assert "Agreements made 0" in text
    assert "not enough in these days yet" in text
    assert "No agreements were made for these days." in text
    assert not (tmp_path / "no-store-yet").exists()  # reading made nothing


def test_a_failed_write_leaves_nothing_behind(history_dir, tmp_path, qapp, monkeypatch):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"an older report")

    def broken(report, device):
        raise OSError("the disk is full")

    monkeypatch.setattr("trustplanner.report.pdf.paint", broken)
    with pytest.raises(OSError):
        write_report(history_dir, *OCTOBER, TODAY, out, paper="a4")
    assert out.read_bytes() == b"an older report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_one_day_report_draws_no_line_through_a_single_point(history_dir, tmp_path, qapp):
    out = tmp_path / "day.pdf"
    write_report(history_dir, OCTOBER[0], OCTOBER[0], TODAY, out, paper="a4")
    assert "1 October 2026 · made on" in page_texts(out)[0]
    report = report_pages.prepare(read_report(history_dir, OCTOBER[0], OCTOBER[0], TODAY))
    index_chart = report.pictures()[0].decode()
    assert "Self-trust index" in index_chart
    # a path that only moves somewhere draws nothing, and is closed into an invalid PDF shape
    assert not re.search(r'd="M [-\d.]+ [-\d.]+ \n"', index_chart)


def test_promises_to_others_are_counted_per_person_and_the_names_can_be_left_out(
    history_dir, october_pdf, tmp_path, qapp
):
    people = rows(
        history_dir,
        "SELECT person, count(*) FROM agreements WHERE person IS NOT NULL"
        " AND day BETWEEN ? AND ? GROUP BY person",
        *(day.isoformat() for day in OCTOBER),
    )
    assert people, "the demo history holds promises to others"
    text = " ".join(page_texts(october_pdf))
    assert "Promises to others" in text
    for person, _count in people:
        assert person in text
    total = sum(count for _person, count in people)
    assert re.search(rf"Everyone {total} ", text)
    nameless = tmp_path / "nameless.pdf"
    write_report(history_dir, *OCTOBER, TODAY, nameless, paper="a4", names=False)
    text = " ".join(page_texts(nameless))
    assert "Someone 1" in text and re.search(rf"Everyone {total} ", text)
    for person, _count in people:
        assert person not in text
