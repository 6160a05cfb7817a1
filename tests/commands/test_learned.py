"""`trustplanner learned`: the same figures as the window, for people and as JSON."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from trustplanner.demo import fill_store
from trustplanner.store.database import open_store
from trustplanner.store.settings import load_settings
from trustplanner.store.track_record import learned


def run(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "trustplanner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("learned")
    store = open_store(folder)
    fill_store(store, 90, dt.date.today())
    store.close()
    return folder


def test_the_json_holds_the_figures_the_window_learns(demo_dir):
    result = run("learned", "--json", "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    today = dt.date.today()
    store = open_store(demo_dir)
    try:
        knowing = learned(store, load_settings(store), today)
    finally:
        store.close()
    assert found["learned_to"] == (today - dt.timedelta(days=1)).isoformat()
    assert found["ready"] is True and found["days"] == knowing.days
    assert [size["up_to_minutes"] for size in found["sizes"]] == [15, 30, 60, None]
    assert [load["up_to_share"] for load in found["loads"]] == [0.5, 0.8, 1.0, 1.25, None]
    for size, (band, figure) in zip(found["sizes"], knowing.ratios.items(), strict=True):
        assert size["agreements"] == knowing.size_counts[band]
        if figure is not None:
            assert size["factor"] == round(figure.value, 3)
            assert size["pull"] == round(figure.pull, 3)
    assert found["kept_overall"]["kept"] == round(knowing.keeping.overall.value, 3)
    assert {day["weekday"] for day in found["weekdays"]} <= set(range(7))


def test_as_of_learns_from_the_history_up_to_that_day_only(demo_dir):
    early = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    result = run("learned", "--json", "--as-of", early, "--data-dir", str(demo_dir))
    now = json.loads(run("learned", "--json", "--data-dir", str(demo_dir)).stdout)
    then = json.loads(result.stdout)
    assert then["learned_to"] == early
    assert then["days"] < now["days"]
    assert then["kept_overall"]["agreements"] < now["kept_overall"]["agreements"]


def test_for_people_it_names_each_figure_and_what_it_rests_on(demo_dir):
    result = run("learned", "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "How long things take you" in text and "How much of a day you keep" in text
    assert "Up to 15 min: takes about 1." in text and "agreements)" in text
    assert "Days planned over 125 %: you kept about " in text
    dutch = run("--lang", "nl", "learned", "--data-dir", str(demo_dir)).stdout
    assert "Hoe lang dingen bij jou duren" in dutch


@pytest.mark.parametrize(
    ("as_of", "words"),
    [("2001-01-01", "is outside your history"), ("tomorrow", "is not a date")],
)
def test_a_day_outside_the_history_or_no_day_is_one_line_and_exit_2(demo_dir, as_of, words):
    result = run("learned", "--as-of", as_of, "--data-dir", str(demo_dir))
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("trustplanner: ") and words in line


def test_without_a_history_nothing_is_learned_and_nothing_is_made(tmp_path):
    result = run("learned", "--json", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["ready"] is False and found["days"] == 0
    assert all(size["factor"] is None for size in found["sizes"])
    assert not (tmp_path / "none").exists()


def test_the_json_form_loads_no_qt(demo_dir):
    code = (
        "import sys\n"
        "from trustplanner.commands.main import main\n"
        f"main(['learned', '--json', '--data-dir', {str(demo_dir)!r}])\n"
        "print('QT', 'PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "QT False"


def test_an_offset_drawn_fully_to_none_reads_zero_not_minus_zero():
    import dataclasses

    from trustplanner.commands.learned import as_json
    from trustplanner.domain.forecast import learn
    from trustplanner.domain.learning import Learned
    from trustplanner.domain.settings import Settings

    today = dt.date.today()
    knowing = learn([], [], today)
    drawn = Learned(-1e-12, 40, 40.0, 1e6)
    knowing = dataclasses.replace(
        knowing, keeping=dataclasses.replace(knowing.keeping, by_weekday={0: drawn})
    )
    text = json.dumps(as_json(knowing, Settings(), today))
    assert '"offset": 0.0' in text and "-0.0" not in text
