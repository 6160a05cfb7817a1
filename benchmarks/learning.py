"""What the app learns, checked against the truth: demo people whose behaviour is known.

    python benchmarks/learning.py

Each demo person (trustplanner/demo/person.py) has a hidden estimate ratio and a
hidden load above which they keep less. For each, and several seeds, the demo
writes 90 days; the app learns from the first 60 and is judged on them and on the 30
after, which it did not see:
- the learned estimate ratio against the hidden one (target: within 10 %);
- the Brier score of its forecast of each agreement being kept, against always
  forecasting the person's overall keep rate (target: at least 10 % better).
run.py reports both in results.json. A benchmark, not a test.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
from pathlib import Path

from measuring import Figure

TODAY = dt.date(2026, 11, 25)  # fixed, so that every run judges the same histories
DAYS, LEARN_DAYS = 90, 60
SEEDS = (1, 2, 3, 4, 5)


def judged(person, seed: int, folder: Path) -> tuple[float, float, float, float]:
    """The learned ratio's relative error; the Brier of the forecast, of the base rate,
    and of a ceiling: rates fitted in hindsight on the judged days themselves, on each
    side of the person's true load. No forecast made beforehand can expect to do
    better than that ceiling; it says how much the history lets a forecast gain."""
    from trustplanner.demo import fill_store
    from trustplanner.domain.learning import brier, estimate_ratio, keeping
    from trustplanner.store.database import open_store
    from trustplanner.store.settings import load_settings
    from trustplanner.store.track_record import days_kept, what_it_took

    store = open_store(folder)
    try:
        fill_store(store, DAYS, TODAY, seed=seed, person=person)
        cut = TODAY - dt.timedelta(days=DAYS - LEARN_DAYS)
        settings = load_settings(store)
        ratio = estimate_ratio(what_it_took(store, cut), cut)
        found = keeping(days_kept(store, settings, cut), cut)
        later = [day for day in days_kept(store, settings, TODAY) if day.day > cut]
    finally:
        store.close()
    forecast, base = [], []
    for day in later:
        rate = found.rate(day.planned, day.capacity, day.day.weekday()).value
        for number in range(day.agreed):
            forecast.append((rate, number < day.kept))
            base.append((found.overall.value, number < day.kept))
    error = abs(ratio.value - person.estimate_ratio) / person.estimate_ratio
    return error, brier(forecast), brier(base), _ceiling(later, person)


def _ceiling(later, person) -> float:
    from trustplanner.domain.learning import brier

    def over(day) -> bool:
        return day.planned > person.keeping_falls_above * day.capacity

    rate = {}
    for side in (False, True):
        chosen = [day for day in later if over(day) is side]
        agreed = sum(day.agreed for day in chosen)
        rate[side] = sum(day.kept for day in chosen) / agreed if agreed else 0.0
    return brier(
        (rate[over(day)], number < day.kept) for day in later for number in range(day.agreed)
    )


def all_judged() -> list[tuple[int, int, float, float, float, float]]:
    from trustplanner.demo import PEOPLE

    found = []
    with tempfile.TemporaryDirectory() as scratch:
        for number, person in enumerate(PEOPLE):
            for seed in SEEDS:
                folder = Path(scratch) / f"{number}-{seed}"
                found.append((number, seed, *judged(person, seed, folder)))
    return found


_judged: list | None = None


def _results() -> list:
    global _judged
    if _judged is None:
        _judged = all_judged()
    return _judged


def estimate_ratio_figure(folder: Path, rounds: int) -> Figure:
    """The largest error of the learned estimate ratio over every person and seed."""
    errors = [error for _, _, error, *_ in _results()]
    figure = Figure(
        "learned estimate ratio's error (60 days)",
        "within 10 % of the hidden ratio, every demo person",
        0.10,
        "share",
        quantity="score",
        note=f"the largest of {len(errors)}; median {statistics.median(errors):.1%}",
    )
    figure.measured = max(errors)
    return figure


def forecast_figure(folder: Path, rounds: int) -> Figure:
    """The forecast's Brier score on the 30 unseen days, against the base rate's."""
    results = _results()
    base = statistics.mean(b for *_, b, _ in results)
    ceiling = statistics.mean(c for *_, c in results) / base
    figure = Figure(
        "keep forecast's Brier score vs the base rate",
        "at most 0.9 x always forecasting the overall keep rate",
        0.9,
        "ratio",
        quantity="score",
        note=f"mean over {len(results)} person-seeds; the worst "
        f"{max(f / b for *_, f, b, _ in results):.2f}x; the hindsight ceiling "
        f"{ceiling:.2f}x",
    )
    figure.measured = statistics.mean(f for *_, f, _, _ in results)
    figure.reference = base
    return figure


def main() -> int:
    print(f"{'person':>6} {'seed':>4} {'ratio error':>12} {'Brier':>7} {'base':>7} {'ceiling':>8}")
    for number, seed, error, forecast, base, ceiling in _results():
        print(f"{number:>6} {seed:>4} {error:>11.1%} {forecast:>7.3f} {base:>7.3f} {ceiling:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
