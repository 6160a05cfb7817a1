"""What the realism meter says once it knows a person's days, and how it explains what
it learned: kind, plain, and never "you always underestimate"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from trustplanner.domain.forecast import DayForecast, Knowing
from trustplanner.domain.keeping import KEEP_PRIOR, LOAD_LIMITS
from trustplanner.domain.learning import (
    HALF_LIFE_DAYS,
    MIN_EVIDENCE,
    PRIOR_WEIGHT,
    SIZE_LIMITS,
    Chance,
    Learned,
)
from trustplanner.words.numbers import minutes_text, ratio_text

translate = QCoreApplication.translate

# Within this share of what was planned, "about as long as planned".
ABOUT_THE_SAME = 0.05


def getting_to_know_text() -> str:
    """While there is too little history: one calm sentence, no countdown."""
    return translate(
        "learning",
        "Still getting to know your days; until then the meter goes by your estimates.",
    )


def usual_text(forecast: DayForecast) -> str:
    """What the plan takes as the person's days usually go."""
    if forecast.usual is None:
        return ""
    planned, usual = forecast.planned, forecast.usual
    if abs(usual - planned) <= ABOUT_THE_SAME * planned:
        return translate(
            "learning", "As your days usually go, this takes about as long as planned."
        )
    if forecast.fits_only_as_planned:
        return (
            translate(
                "learning",
                "As your days usually go, this takes about %1, a little more than the %2 "
                "you have. Things often take a bit longer than planned; that is very common.",
            )
            .replace("%1", minutes_text(usual))
            .replace("%2", minutes_text(forecast.capacity))
        )
    if usual > planned:
        return translate(
            "learning",
            "As your days usually go, this takes about %1. "
            "Things often take a bit longer than planned; that is very common.",
        ).replace("%1", minutes_text(usual))
    return translate(
        "learning", "As your days usually go, this takes about %1: often less than you plan."
    ).replace("%1", minutes_text(usual))


def chance_text(forecast: DayForecast) -> str:
    """ "Days like this one: you kept about 8 of 10", and what that means."""
    if forecast.rate is None:
        return ""
    if forecast.kept_of_ten >= 10:
        # "10 of 10" would sound like a promise; it is how such days went.
        kept = translate("learning", "On days like this one you kept nearly all of them.")
    else:
        kept = translate("learning", "On days like this one you kept about %1 of 10.").replace(
            "%1", str(forecast.kept_of_ten)
        )
    if (
        forecast.chance is Chance.LIKELY
        and forecast.usual is not None
        and forecast.usual > forecast.capacity
    ):
        # The meter says it will not fit: "likely to keep" beside it would only confuse.
        return kept
    verdict = {
        Chance.LIKELY: translate("learning", "A plan you are likely to keep."),
        Chance.FAIR: translate(
            "learning", "A fair chance; a little lighter would make it likelier."
        ),
        Chance.HALF: translate(
            "learning", "About half and half; a lighter plan is kept more often."
        ),
        Chance.HARD: translate(
            "learning",
            "A full day by your own history. Lighter days are kept more often: "
            "choose what matters most, and move or let go of the rest.",
        ),
    }[forecast.chance]
    return kept + " " + verdict


def size_name(band: int) -> str:
    if band < len(SIZE_LIMITS):
        return translate("learning", "Up to %1").replace("%1", minutes_text(SIZE_LIMITS[band]))
    return translate("learning", "Longer than %1").replace("%1", minutes_text(SIZE_LIMITS[-1]))


def load_name(band: int) -> str:
    if band == 0:
        return translate("learning", "Days planned up to half full")
    if band < len(LOAD_LIMITS):
        percent = round(LOAD_LIMITS[band] * 100)
        return translate("learning", "Days planned up to %1 %").replace("%1", str(percent))
    percent = round(LOAD_LIMITS[-1] * 100)
    return translate("learning", "Days planned over %1 %").replace("%1", str(percent))


def _evidence(learned: Learned) -> str:
    count = learned.count
    return translate("learning", "(from %n agreement(s))", "", count)


def _not_yet(count: int) -> str:
    return (
        translate("learning", "not enough to say yet (%1 of %2)")
        .replace("%1", str(count))
        .replace("%2", str(MIN_EVIDENCE))
    )


def ratio_line(learned: Learned | None, count: int) -> str:
    if learned is None:
        return _not_yet(count)
    return (
        translate("learning", "takes about %1 times what you planned").replace(
            "%1", ratio_text(learned.value)
        )
        + " "
        + _evidence(learned)
    )


def keep_line(learned: Learned | None, count: int) -> str:
    if learned is None:
        return _not_yet(count)
    return (
        translate("learning", "you kept about %1 of 10").replace(
            "%1", str(round(learned.value * 10))
        )
        + " "
        + _evidence(learned)
    )


def weekday_name(weekday: int) -> str:
    """Monday (0) to Sunday (6), in the person's language."""
    from PySide6.QtCore import QLocale

    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat).capitalize()


def offset_line(learned: Learned | None, count: int) -> str:
    """A weekday's offset from the usual keep rate, in tenths."""
    if learned is None:
        return _not_yet(count)
    return _in_tenths(
        learned,
        translate("learning", "about as usual"),
        translate("learning", "about %1 in 10 more kept than usual"),
        translate("learning", "about %1 in 10 fewer kept than usual"),
    )


def offset_lines(knowing: Knowing) -> list[tuple[str, str]]:
    """Per weekday how keeping differs from the usual, and how it changed over the last
    four weeks."""
    found = [
        (weekday_name(day), offset_line(learned, learned.count if learned else 0))
        for day, learned in sorted(knowing.keeping.by_weekday.items())
    ]
    lately = knowing.keeping.lately
    if lately is not None:
        found.append((translate("learning", "The last four weeks"), change_line(lately)))
    return found


def change_line(learned: Learned) -> str:
    """How much more (or less) is kept now than four weeks before, in tenths."""
    return _in_tenths(
        learned,
        translate("learning", "about as much kept as four weeks before"),
        translate("learning", "about %1 in 10 more kept than four weeks before"),
        translate("learning", "about %1 in 10 fewer kept than four weeks before"),
    )


def _in_tenths(learned: Learned, same: str, more: str, fewer: str) -> str:
    """A difference in keeping as so many in 10 more or fewer, with what it rests on."""
    tenths = round(learned.value * 10)
    text = same if tenths == 0 else (more if tenths > 0 else fewer).replace("%1", str(abs(tenths)))
    return text + " " + _evidence(learned)


def how_it_is_computed() -> str:
    """The rules in a few sentences, for the explanation."""
    return (
        translate(
            "learning",
            "Trust Planner learns only from your own days, and only on this computer. "
            "When you mark an agreement kept you may say how long it took; from that it "
            "learns how long things of each size take you, on average. From how your "
            "agreements ended it learns how much of a day's plan you keep when the day is "
            "light or full: a fuller day never counts as kept more often than a lighter "
            "one. A weekday counts as different only as far as that is more than chance. "
            "Recent weeks count more: something from %1 days ago counts half, and the way "
            "things have been going lately moves every figure, so that it follows you when "
            "you change. "
            "Your figures over all days start from a neutral value (as planned; %2 % "
            "kept), and each size and kind of day starts from those; each start is worth "
            "%3 agreements, so one odd day never swings a figure, and once a figure rests "
            "on 50 agreements, its start counts for less than a tenth. With fewer than %4 "
            "agreements to go on, no figure is given. Today counts from tomorrow.",
        )
        .replace("%1", str(HALF_LIFE_DAYS))
        .replace("%2", str(round(KEEP_PRIOR * 100)))
        .replace("%3", str(round(PRIOR_WEIGHT)))
        .replace("%4", str(MIN_EVIDENCE))
    )


def learned_html(knowing: Knowing) -> str:
    """What was learned, with what it rests on, as rich text."""

    def item(name: str, line: str) -> str:
        return f"<li><b>{escape(name)}</b>: {escape(line)}</li>"

    took_heading = translate("learning", "How long things take you")
    keep_heading = translate("learning", "How much of a day you keep")
    all_days = translate("learning", "All days")
    parts = []
    if not knowing.ready:
        parts.append(f"<p>{escape(getting_to_know_text())}</p>")
    parts.append(f"<h3>{escape(took_heading)}</h3><ul>")
    for band, learned in knowing.ratios.items():
        parts.append(item(size_name(band), ratio_line(learned, knowing.size_counts.get(band, 0))))
    parts.append(f"</ul><h3>{escape(keep_heading)}</h3><ul>")
    for band, learned in knowing.keeping.by_load.items():
        parts.append(item(load_name(band), keep_line(learned, knowing.load_counts.get(band, 0))))
    total = sum(knowing.load_counts.values())
    parts.append(item(all_days, keep_line(knowing.keeping.overall, total)))
    offsets = offset_lines(knowing)
    if offsets:
        heading = translate("learning", "By weekday, and lately")
        parts.append(f"</ul><h3>{escape(heading)}</h3><ul>")
        parts += [item(name, line) for name, line in offsets]
    parts.append(f"</ul><p>{escape(how_it_is_computed())}</p>")
    return "".join(parts)
