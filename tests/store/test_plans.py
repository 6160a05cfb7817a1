import datetime as dt

import pytest

from trustplanner.domain.agreements import ItemState
from trustplanner.domain.planning import CommitProblem
from trustplanner.domain.settings import Settings
from trustplanner.domain.titles import TitleError
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.agreements import agreements_on


def test_added_items_keep_their_order_and_exact_text(store, now):
    today = now.date()
    ids = plans.add_items(store, today, [("Bel de tandarts 🦷", 10), ("שלום", None)], now)
    ids += plans.add_items(store, today, [("Third", 30)], now)
    items = plans.planned_items(store, today)
    assert [i.id for i in items] == ids
    assert [(i.title, i.minutes) for i in items] == [
        ("Bel de tandarts 🦷", 10),
        ("שלום", None),
        ("Third", 30),
    ]


def test_one_bad_line_adds_nothing(store, now):
    with pytest.raises(TitleError):
        plans.add_items(store, now.date(), [("fine", 10), ("   ", 10)], now)
    assert plans.planned_items(store, now.date()) == []
    with pytest.raises(ValueError):
        plans.add_items(store, now.date(), [("fine", 10), ("too long", 721)], now)
    assert plans.planned_items(store, now.date()) == []


def test_renaming_and_estimating(store, now):
    [item_id] = plans.add_items(store, now.date(), [("Old", None)], now)
    plans.rename_item(store, item_id, "  New  ")
    plans.estimate_item(store, item_id, 45)
    item = plans.get_item(store, item_id)
    assert (item.title, item.minutes) == ("New", 45)
    plans.estimate_item(store, item_id, None)
    assert plans.get_item(store, item_id).minutes is None


def test_not_today_moves_the_item_and_keeps_it_in_history(store, now):
    today = now.date()
    tomorrow = today + dt.timedelta(days=1)
    [a, b] = plans.add_items(store, today, [("A", 10), ("B", 20)], now)
    plans.move_items(store, [a], tomorrow, now, "busy day")
    assert [i.id for i in plans.planned_items(store, today)] == [b]
    assert [i.id for i in plans.planned_items(store, tomorrow)] == [a]
    [said] = plans.said_no_on(store, today)
    assert (said.kind, said.title, said.to_day, said.note) == ("moved", "A", tomorrow, "busy day")


def test_letting_go_takes_the_item_off_and_keeps_the_reason(store, now):
    today = now.date()
    [a] = plans.add_items(store, today, [("A", 10)], now)
    plans.let_go(store, [a], now, "not important now")
    assert plans.planned_items(store, today) == []
    assert plans.get_item(store, a).state is ItemState.LET_GO
    [said] = plans.said_no_on(store, today)
    assert (said.kind, said.note) == ("let_go", "not important now")


def test_split_puts_the_steps_in_the_items_place(store, now):
    today = now.date()
    [_first, big, _last] = plans.add_items(
        store, today, [("First", 10), ("Big", 120), ("Last", 5)], now
    )
    steps = plans.split_item(store, big, [("Start", 10), ("Middle", 60), ("End", 50)], now)
    titles = [i.title for i in plans.planned_items(store, today)]
    assert titles == ["First", "Start", "Middle", "End", "Last"]
    assert plans.get_item(store, big).state is ItemState.SPLIT
    assert all(plans.get_item(store, s).parent_id == big for s in steps)


def test_deleting_a_mistake_removes_it_and_its_history(store, now):
    today = now.date()
    [a] = plans.add_items(store, today, [("Typo", 10)], now)
    plans.move_items(store, [a], today + dt.timedelta(days=1), now)
    plans.delete_items(store, [a])
    assert store.value("SELECT count(*) FROM items") == 0
    assert store.value("SELECT count(*) FROM events") == 0


def test_commit_turns_planned_items_into_agreements(store, now):
    today = now.date()
    plans.add_items(store, today, [("A", 10), ("B", 20)], now)
    ids = plans.commit_day(store, today, now)
    made = agreements_on(store, today)
    assert [a.id for a in made] == ids
    assert [(a.title, a.minutes, a.is_open) for a in made] == [("A", 10, True), ("B", 20, True)]
    assert plans.planned_items(store, today) == []


@pytest.mark.parametrize(
    ("entries", "day_offset", "problem"),
    [
        ([("A", None)], 0, CommitProblem.NEEDS_ESTIMATE),
        ([], 0, CommitProblem.NOTHING_TO_COMMIT),
        ([("A", 10)], -1, CommitProblem.DAY_IS_OVER),
    ],
)
def test_commit_refuses_what_cannot_be_an_agreement(store, now, entries, day_offset, problem):
    day = now.date() + dt.timedelta(days=day_offset)
    if entries:
        plans.add_items(store, day, entries, now)
    with pytest.raises(plans.PlanError) as caught:
        plans.commit_day(store, day, now)
    assert caught.value.problem is problem
    assert store.value("SELECT count(*) FROM agreements") == 0


def test_actions_on_an_item_that_is_no_longer_planned_are_refused(store, now):
    [a] = plans.add_items(store, now.date(), [("A", 10)], now)
    plans.commit_day(store, now.date(), now)
    for action in (
        lambda: plans.let_go(store, [a], now),
        lambda: plans.rename_item(store, a, "B"),
        lambda: plans.delete_items(store, [a]),
        lambda: plans.move_items(store, [a], now.date() + dt.timedelta(days=1), now),
    ):
        with pytest.raises(plans.PlanError):
            action()


def test_leftovers_are_planned_items_of_days_that_are_over(store, now):
    today = now.date()
    [old] = plans.add_items(store, today - dt.timedelta(days=2), [("Old", 10)], now)
    plans.add_items(store, today, [("Today", 10)], now)
    assert [i.id for i in plans.leftover_items(store, today)] == [old]


def test_capacity_for_one_day_overrides_the_weekday(store, now):
    today = now.date()
    settings = Settings()
    assert plans.load_day(store, today, settings).capacity == 240
    plans.set_capacity_override(store, today, 90)
    day = plans.load_day(store, today, settings)
    assert (day.capacity, day.capacity_is_usual) == (90, False)
    plans.set_capacity_override(store, today, None)
    assert plans.load_day(store, today, settings).capacity_is_usual


def test_the_day_plan_judges_realism(store, now):
    today = now.date()
    plans.add_items(store, today, [("A", 300), ("B", 252)], now)
    day = plans.load_day(store, today, Settings())
    assert day.realism.planned == 552
    assert day.realism.ratio == pytest.approx(2.3)


def test_the_plan_reads_each_item_whole(store, now):
    # The plan's own read leaves out what all its items share; they must come out the
    # same as read in full: steps with their parent, in place, and items moved in.
    day = now.date()
    [big, _small] = plans.add_items(store, day, [("Big one", 120), ("Small one", None)], now)
    plans.split_item(store, big, [("First step", 10), ("Second step", 110)], now)
    [moved] = plans.add_items(store, day - dt.timedelta(days=1), [("From yesterday", 5)], now)
    plans.move_items(store, [moved], day, now, "later")
    planned = plans.planned_items(store, day)
    full = plans._items(
        store, "WHERE day = ? AND state = 'planned' ORDER BY position, id", [day.isoformat()]
    )
    assert planned == full
    assert [item.title for item in planned][:2] == ["First step", "Second step"]
    assert {item.parent_id for item in planned} == {big, None}
    assert all(item.state is ItemState.PLANNED and item.day == day for item in planned)


def test_a_long_plan_can_be_read_a_part_at_a_time(store, now):
    day = now.date()
    entries = [(f"Item {n}", None if n % 4 else 10) for n in range(11)]
    ids = plans.add_items(store, day, entries, now)
    plans.split_item(store, ids[3], [("Step one", 5), ("Step two", 5)], now)  # steps in place
    whole = plans.planned_items(store, day)
    parts, last = [], None
    while True:
        part = plans.planned_items(store, day, after=last, limit=4)
        if not part:
            break
        parts += part
        last = part[-1]
    assert parts == whole and len(whole) == 12
    assert plans.planned_items(store, day, limit=5) == whole[:5]


def test_a_day_read_in_part_has_the_totals_of_all_its_items(store, now):
    day = now.date()
    plans.add_items(store, day, [("A", 30), ("B", None), ("C", 45), ("D", 60)], now)
    let_go = plans.add_items(store, day, [("Let go", 90)], now)
    plans.let_go(store, let_go, now)  # off the plan: it counts no more
    first = plans.load_day(store, day, Settings(), first=2)
    whole = plans.load_day(store, day, Settings())
    assert [i.title for i in first.items] == ["A", "B"]
    assert (first.item_count, first.complete, whole.complete) == (4, False, True)
    assert first.realism == whole.realism
    assert (whole.realism.planned, whole.realism.unestimated) == (135, 1)
    assert plans.planned_totals(store, day) == (4, 1, 135)


def test_some_day_takes_items_off_every_days_plan_until_they_are_brought_back(store, now):
    today = now.date()
    later = today + dt.timedelta(days=3)
    [a, b, c] = plans.add_items(store, today, [("A", 10), ("B", 200), ("C", None)], now)
    plans.put_aside(store, [b, c], now, "when the garden is done")
    assert [i.id for i in plans.planned_items(store, today)] == [a]
    assert plans.planned_totals(store, today) == (1, 0, 10)
    assert plans.bigger_than_a_step(store, today, 60) == 0
    assert [i.id for i in plans.someday_items(store)] == [b, c]
    # Waiting is not being left over: the next days do not offer them back.
    assert plans.leftover_items(store, today + dt.timedelta(days=1)) == [plans.get_item(store, a)]
    said = {s.title: s for s in plans.said_no_on(store, today)}
    assert (said["B"].kind, said["B"].to_day, said["B"].note) == (
        "moved",
        None,
        "when the garden is done",
    )

    plans.move_items(store, [c], later, now)
    assert [i.id for i in plans.someday_items(store)] == [b]
    assert [i.id for i in plans.planned_items(store, later)] == [c]
    # Brought back to the very day it was put aside from: that is a move too.
    plans.move_items(store, [b], today, now)
    assert plans.someday_items(store) == []
    assert [i.id for i in plans.planned_items(store, today)] == [a, b]


def test_items_are_ranked_in_the_persons_own_order(store, now):
    today = now.date()
    a, b, c, d = plans.add_items(store, today, [("A", 10), ("B", 20), ("C", 5), ("D", 1)], now)

    def order():
        return [item.title for item in plans.planned_items(store, today)]

    plans.rank_items(store, [c], a)
    assert order() == ["C", "A", "B", "D"]
    plans.rank_items(store, [a, c], None)
    assert order() == ["B", "D", "A", "C"]
    plans.rank_items(store, [d, b], c)
    assert order() == ["A", "D", "B", "C"]
    # Ranked in the same place again and again, the order still holds.
    for _ in range(60):
        plans.rank_items(store, [b], d)
        plans.rank_items(store, [d], b)
    assert order() == ["A", "D", "B", "C"]
    with pytest.raises(plans.PlanError):
        plans.rank_items(store, [a], 999)


def test_a_promise_names_someone_and_a_time_and_its_agreement_and_steps_keep_them(store, now):
    day = now.date()
    dinner, walk = plans.add_items(store, day, [("Dinner", 90), ("Walk", 30)], now)
    plans.set_promise(store, dinner, " Sam ", "19")
    assert plans.get_item(store, dinner)[8:] == ("Sam", "19:00")
    assert plans.get_item(store, walk)[8:] == (None, None)
    steps = plans.split_item(store, dinner, [("Book a table", 10), ("Go", 80)], now)
    assert {plans.get_item(store, step).person for step in steps} == {"Sam"}
    agreement_ids = plans.commit_day(store, day, now)
    made = [store_agreements.get_agreement(store, a) for a in agreement_ids]
    assert [(a.title, a.person, a.promise_time) for a in made if a.is_promise] == [
        ("Book a table", "Sam", "19:00"),
        ("Go", "Sam", "19:00"),
    ]
    assert plans.people_named(store) == ["Sam"]


def test_a_promise_can_be_named_on_an_open_agreement_and_taken_back(store, now):
    (walk,) = plans.add_items(store, now.date(), [("Walk", 30)], now)
    (agreement_id,) = plans.commit_day(store, now.date(), now)
    store_agreements.set_promise(store, agreement_id, "Noor", None)
    assert store_agreements.get_agreement(store, agreement_id).person == "Noor"
    assert plans.get_item(store, walk).person == "Noor"
    store_agreements.set_promise(store, agreement_id, "  ", None)
    assert store_agreements.get_agreement(store, agreement_id).is_promise is False


@pytest.mark.parametrize(
    ("person", "time"), [("x" * 81, None), ("Sam\x1b", None), ("Sam", "25:00")]
)
def test_a_name_or_time_that_cannot_be_kept_changes_nothing(store, now, person, time):
    (dinner,) = plans.add_items(store, now.date(), [("Dinner", 90)], now)
    before = store.rows("SELECT * FROM items")
    with pytest.raises(ValueError):
        plans.set_promise(store, dinner, person, time)
    assert store.rows("SELECT * FROM items") == before
