"""Two computers, one synced folder: what is done on one is there on the other."""

import datetime as dt
import json
import shutil

import pytest

from trustplanner.domain.agreements import Outcome
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.database import open_store
from trustplanner.store.evidence import day_evidence
from trustplanner.sync import engine
from trustplanner.sync.segments import Unread, segments_of

NOW = dt.datetime(2026, 12, 7, 9, 0).astimezone()
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def wall(monkeypatch):
    """A wall clock that moves a second at every look: "later" is well defined."""
    ticks = iter(range(1_800_000_000_000, 10**15, 1000))
    monkeypatch.setattr(engine, "_wall_ms", lambda: next(ticks))


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "Sync" / "trustplanner"


@pytest.fixture
def laptop(tmp_path, folder):
    store = open_store(tmp_path / "laptop")
    yield store
    store.close()


@pytest.fixture
def desktop(tmp_path, folder):
    store = open_store(tmp_path / "desktop")
    yield store
    store.close()


def _agreements(store):
    return sorted(
        (a.title, a.day, a.outcome, a.person) for a in store_agreements.agreements_on(store, TODAY)
    )


def _in_step(*stores, folder):
    for _ in range(2):  # twice round: what one applied, the other sees next
        for store in stores:
            engine.sync_once(store, folder)


def test_a_plan_made_on_one_is_reviewed_on_the_other_and_both_agree(laptop, desktop, folder):
    dinner, _call = plans.add_items(laptop, TODAY, [("Dinner", 90), ("Call mum", 10)], NOW)
    plans.set_promise(laptop, dinner, "Sam", "19:00")
    plans.commit_day(laptop, TODAY, NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    _in_step(laptop, desktop, folder=folder)
    assert _agreements(desktop) == _agreements(laptop)
    # Reviewed on the desktop: the laptop sees how it ended.
    on_desktop = {a.title: a for a in store_agreements.agreements_on(desktop, TODAY)}
    store_agreements.mark_kept(desktop, on_desktop["Call mum"].id, NOW)
    store_agreements.renegotiate(
        desktop,
        on_desktop["Dinner"].id,
        NOW,
        new_day=TODAY + dt.timedelta(days=2),
        new_minutes=90,
        reason="Sam is ill",
    )
    _in_step(laptop, desktop, folder=folder)
    assert _agreements(laptop) == _agreements(desktop)
    on_laptop = {a.title: a for a in store_agreements.agreements_on(laptop, TODAY)}
    assert on_laptop["Call mum"].outcome is Outcome.KEPT
    # The new agreement points at the one it replaced, in the laptop's own ids.
    (later,) = store_agreements.agreements_on(laptop, TODAY + dt.timedelta(days=2))
    assert later.renegotiated_from == on_laptop["Dinner"].id and later.person == "Sam"
    assert day_evidence(laptop) == day_evidence(desktop)


def test_the_later_change_wins_and_the_other_is_kept_aside(laptop, desktop, folder):
    (item,) = plans.add_items(laptop, TODAY, [("Paint the hall", 60)], NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    _in_step(laptop, desktop, folder=folder)
    [there] = plans.planned_items(desktop, TODAY)
    plans.rename_item(laptop, item, "Paint the hall blue")
    plans.rename_item(desktop, there.id, "Paint the hall green")  # later
    _in_step(laptop, desktop, folder=folder)
    assert plans.get_item(laptop, item).title == "Paint the hall green"
    assert plans.get_item(desktop, there.id).title == "Paint the hall green"
    lost = [
        json.loads(row)["title"]
        for (row,) in laptop.conn.execute("SELECT row FROM sync_lost WHERE kind = 'items'")
    ] + [
        json.loads(row)["title"]
        for (row,) in desktop.conn.execute("SELECT row FROM sync_lost WHERE kind = 'items'")
        if row
    ]
    assert "Paint the hall blue" in lost  # not silently gone


def test_a_half_synced_segment_waits_and_is_applied_once_whole(laptop, desktop, folder):
    plans.add_items(laptop, TODAY, [("Water the plants", 5)], NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    engine.push(laptop, folder)
    (segment,) = segments_of(folder, engine.node_of(laptop))
    whole = segment.read_bytes()
    segment.write_bytes(whole[: len(whole) // 2])
    pulled = engine.pull(desktop, folder)
    assert pulled.applied == 0 and pulled.unread == [(segment, Unread.HALF)]
    assert plans.planned_items(desktop, TODAY) == []
    segment.write_bytes(whole)
    assert engine.pull(desktop, folder).applied == 1
    assert engine.pull(desktop, folder).applied == 0  # never twice
    assert [i.title for i in plans.planned_items(desktop, TODAY)] == ["Water the plants"]


def test_an_undo_here_is_a_change_that_travels(laptop, desktop, folder):
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    with laptop.action() as change:
        plans.add_items(laptop, TODAY, [("Read a chapter", 30)], NOW)
    _in_step(laptop, desktop, folder=folder)
    assert len(plans.planned_items(desktop, TODAY)) == 1
    laptop.undo(change)
    _in_step(laptop, desktop, folder=folder)
    assert plans.planned_items(desktop, TODAY) == []


def test_each_computer_writes_only_in_its_own_folder(laptop, desktop, folder):
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    plans.add_items(laptop, TODAY, [("A", 5)], NOW)
    plans.add_items(desktop, TODAY, [("B", 5)], NOW)
    _in_step(laptop, desktop, folder=folder)
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [engine.node_of(laptop), engine.node_of(desktop)]
    )
    assert sorted(i.title for i in plans.planned_items(laptop, TODAY)) == ["A", "B"]
    assert sorted(i.title for i in plans.planned_items(desktop, TODAY)) == ["A", "B"]


def test_a_stop_after_writing_writes_the_same_changes_again_and_they_apply_once(
    laptop, desktop, folder, monkeypatch
):
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    plans.add_items(laptop, TODAY, [("Bake bread", 15)], NOW)
    real_action = laptop.action
    calls = []

    def stopped_before_the_outbox_is_emptied():
        calls.append(1)
        raise KeyboardInterrupt  # a kill between writing the segment and emptying the outbox

    monkeypatch.setattr(laptop, "action", stopped_before_the_outbox_is_emptied)
    with pytest.raises(KeyboardInterrupt):
        engine.push(laptop, folder)
    monkeypatch.setattr(laptop, "action", real_action)
    engine.push(laptop, folder)  # the next run writes them again, in segment 2
    assert len(list(segments_of(folder, engine.node_of(laptop)))) == 2
    pulled = engine.pull(desktop, folder)
    assert [i.title for i in plans.planned_items(desktop, TODAY)] == ["Bake bread"]
    assert pulled.kept_here == 0
    assert desktop.value("SELECT count(*) FROM sync_lost") == 0


def test_a_segment_that_fails_halfway_is_applied_whole_the_next_time(
    laptop, desktop, folder, monkeypatch
):
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    plans.add_items(laptop, TODAY, [("One", 5), ("Two", 5), ("Three", 5)], NOW)
    engine.push(laptop, folder)
    real_apply = engine._apply
    seen = []

    def failing_at_the_second(store, node, change):
        seen.append(change)
        if len(seen) == 2:
            raise OSError("the disk went away")
        return real_apply(store, node, change)

    monkeypatch.setattr(engine, "_apply", failing_at_the_second)
    with pytest.raises(OSError):
        engine.pull(desktop, folder)
    assert plans.planned_items(desktop, TODAY) == []  # nothing half applied
    monkeypatch.setattr(engine, "_apply", real_apply)
    assert engine.pull(desktop, folder).applied == 3
    assert len(plans.planned_items(desktop, TODAY)) == 3


def test_a_deletion_that_did_not_see_an_edit_keeps_the_edit_on_both(laptop, desktop, folder):
    (item,) = plans.add_items(laptop, TODAY, [("Fix the bike", 45)], NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    _in_step(laptop, desktop, folder=folder)
    [there] = plans.planned_items(desktop, TODAY)
    plans.rename_item(desktop, there.id, "Fix the bike's brakes")  # changed there
    plans.delete_items(laptop, [item])  # deleted here, later, without seeing it
    engine.push(desktop, folder)
    kept = engine.pull(laptop, folder).kept_edits
    _in_step(laptop, desktop, folder=folder)
    assert kept == 1  # said once
    for store in (laptop, desktop):
        assert [i.title for i in plans.planned_items(store, TODAY)] == ["Fix the bike's brakes"]


def test_an_edit_that_meets_a_deletion_made_before_it_brings_the_row_back(laptop, desktop, folder):
    (item,) = plans.add_items(laptop, TODAY, [("Call the bank", 10)], NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    _in_step(laptop, desktop, folder=folder)
    [there] = plans.planned_items(desktop, TODAY)
    plans.delete_items(laptop, [item])  # deleted here first
    plans.estimate_item(desktop, there.id, 20)  # changed there afterwards, unseen
    _in_step(laptop, desktop, folder=folder)
    for store in (laptop, desktop):
        assert [(i.title, i.minutes) for i in plans.planned_items(store, TODAY)] == [
            ("Call the bank", 20)
        ]


def test_a_later_segment_that_arrives_first_waits_for_the_one_before_it(
    laptop, desktop, folder, tmp_path
):
    engine.turn_on(laptop, folder)
    plans.add_items(laptop, TODAY, [("First", 5)], NOW)
    engine.push(laptop, folder)
    plans.add_items(laptop, TODAY, [("Second", 5)], NOW)
    engine.push(laptop, folder)
    first, second = segments_of(folder, engine.node_of(laptop))
    # The desktop's copy of the folder: the second segment arrives before the first.
    there = tmp_path / "desktop's copy"
    (there / first.parent.name).mkdir(parents=True)
    shutil.copy(second, there / first.parent.name / second.name)
    engine.turn_on(desktop, there)
    assert engine.pull(desktop, there).applied == 0
    shutil.copy(first, there / first.parent.name / first.name)
    engine.pull(desktop, there)
    assert sorted(i.title for i in plans.planned_items(desktop, TODAY)) == ["First", "Second"]


def test_a_new_computer_starts_from_a_snapshot_instead_of_replaying_every_change(
    laptop, desktop, folder, tmp_path, monkeypatch
):
    monkeypatch.setattr(engine, "SNAPSHOT_EVERY", 3)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    (item,) = plans.add_items(laptop, TODAY, [("Draft the letter", 30)], NOW)
    for number in range(6):  # six segments of renames: a history to replay
        plans.rename_item(laptop, item, f"Draft the letter, version {number}")
        engine.push(laptop, folder)
    plans.add_items(desktop, TODAY, [("Post the letter", 10)], NOW)
    _in_step(laptop, desktop, folder=folder)
    assert (folder / engine.node_of(laptop) / "snapshot.segment").is_file()
    tablet = open_store(tmp_path / "tablet")
    try:
        engine.turn_on(tablet, folder)
        pulled = engine.pull(tablet, folder)
        assert sorted(i.title for i in plans.planned_items(tablet, TODAY)) == [
            "Draft the letter, version 5",
            "Post the letter",
        ]
        # Not every rename again: the snapshot holds the row as it is.
        assert pulled.applied < 7
        plans.rename_item(laptop, item, "Draft the letter, final")
        _in_step(laptop, desktop, tablet, folder=folder)
        assert "Draft the letter, final" in [i.title for i in plans.planned_items(tablet, TODAY)]
    finally:
        tablet.close()


def test_the_settings_that_shape_the_history_travel_and_the_computers_own_stay(
    laptop, desktop, folder
):
    from dataclasses import replace

    from trustplanner.store.settings import load_settings, save_settings

    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    with laptop.action():
        save_settings(
            laptop,
            replace(
                load_settings(laptop),
                half_life_days=30,
                capacity_minutes=(240, 240, 240, 240, 240, 60, 60),
                language="nl",
                close_to_tray=False,
            ),
        )
    _in_step(laptop, desktop, folder=folder)
    there = load_settings(desktop)
    assert there.half_life_days == 30
    assert there.capacity_minutes == (240, 240, 240, 240, 240, 60, 60)
    assert (there.language, there.close_to_tray) == (None, True)  # the desktop's own
    assert day_evidence(laptop) == day_evidence(desktop)


def test_a_new_computers_defaults_never_overwrite_what_was_chosen_on_the_other(
    laptop, desktop, folder
):
    from dataclasses import replace

    from trustplanner.store.settings import load_settings, save_settings

    save_settings(laptop, replace(load_settings(laptop), half_life_days=30))
    save_settings(desktop, replace(load_settings(desktop), language="nl"))  # all saved
    engine.turn_on(laptop, folder)
    _in_step(laptop, folder=folder)
    engine.turn_on(desktop, folder)  # later, with every setting stored at its default
    _in_step(laptop, desktop, folder=folder)
    # Changing one setting later sends only that one.
    save_settings(desktop, replace(load_settings(desktop), appearance="dark"))
    _in_step(laptop, desktop, folder=folder)
    assert load_settings(laptop).half_life_days == 30
    assert load_settings(desktop).half_life_days == 30


def test_agreements_made_of_one_plan_on_both_before_they_were_in_step_are_one(
    laptop, desktop, folder
):
    plans.add_items(laptop, TODAY, [("Dinner", 90), ("Call mum", 10)], NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    _in_step(laptop, desktop, folder=folder)
    # Both press "Make these my agreements" before they are in step again; the desktop
    # then marks the call kept.
    plans.commit_day(laptop, TODAY, NOW)
    plans.commit_day(desktop, TODAY, NOW)
    call = {a.title: a for a in store_agreements.agreements_on(desktop, TODAY)}["Call mum"]
    store_agreements.mark_kept(desktop, call.id, NOW)
    kept_aside = 0
    for _ in range(2):
        for store in (laptop, desktop):
            kept_aside += engine.sync_once(store, folder)[1].kept_here
    # Nothing the person needs to hear of: the items agreed on both are the same, and
    # an agreement made a moment earlier on the other is the same agreement.
    assert kept_aside == 0

    def ended(store):
        return sorted(
            (a.title, a.outcome.value if a.outcome else "open")
            for a in store_agreements.agreements_on(store, TODAY)
        )

    expected = [("Call mum", "kept"), ("Dinner", "open")]
    assert ended(laptop) == expected
    assert ended(desktop) == expected
    # And they stay one: what is done to it on either side reaches the other.
    dinner = {a.title: a for a in store_agreements.agreements_on(laptop, TODAY)}["Dinner"]
    store_agreements.mark_kept(laptop, dinner.id, NOW)
    _in_step(laptop, desktop, folder=folder)
    assert ended(desktop) == [("Call mum", "kept"), ("Dinner", "kept")]
    assert ended(laptop) == ended(desktop)


def test_twins_made_one_can_be_renegotiated_on_either_side(laptop, desktop, folder):
    plans.add_items(laptop, TODAY, [("Dinner", 90)], NOW)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    _in_step(laptop, desktop, folder=folder)
    plans.commit_day(laptop, TODAY, NOW)
    [made_here] = plans.commit_day(desktop, TODAY, NOW)
    store_agreements.renegotiate(
        desktop,
        made_here,
        NOW,
        new_day=TODAY + dt.timedelta(days=1),
        new_minutes=60,
        reason="Sam is ill",
    )
    _in_step(laptop, desktop, folder=folder)
    for store in (laptop, desktop):
        [today] = store_agreements.agreements_on(store, TODAY)
        [tomorrow] = store_agreements.agreements_on(store, TODAY + dt.timedelta(days=1))
        assert today.outcome == Outcome.RENEGOTIATED and tomorrow.minutes == 60
        assert tomorrow.renegotiated_from == today.id


def _renames(store, folder, item, times, start=0):
    """`times` segments from `store`, each one rename."""
    for number in range(start, start + times):
        plans.rename_item(store, item, f"Draft the letter, version {number}")
        engine.push(store, folder)


def _numbers(folder, store):
    return [int(path.stem) for path in segments_of(folder, engine.node_of(store))]


@pytest.fixture
def often(laptop, desktop, folder, monkeypatch):
    """Both computers on the folder, with a snapshot every third segment."""
    monkeypatch.setattr(engine, "SNAPSHOT_EVERY", 3)
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)


def _eight_segments(laptop, folder):
    """The laptop's letter, renamed in eight segments; the letter."""
    (item,) = plans.add_items(laptop, TODAY, [("Draft the letter", 30)], NOW)
    _renames(laptop, folder, item, 8)
    return item


def test_segments_every_computer_has_read_are_tidied_away(laptop, desktop, folder, tmp_path, often):
    item = _eight_segments(laptop, folder)
    _in_step(laptop, desktop, folder=folder)
    # The desktop has read all eight; the snapshot before the last (the last is at 6)
    # took in segments 1 to 3: those go.
    about = json.loads((folder / engine.node_of(desktop) / "about.json").read_text())
    assert about["read"] == {engine.node_of(laptop): 8}
    engine.push(laptop, folder)
    assert _numbers(folder, laptop) == [4, 5, 6, 7, 8]
    # A computer new to the folder starts from the snapshot and misses nothing.
    tablet = open_store(tmp_path / "tablet")
    try:
        engine.turn_on(tablet, folder)
        engine.pull(tablet, folder)
        assert [i.title for i in plans.planned_items(tablet, TODAY)] == [
            "Draft the letter, version 7"
        ]
        plans.rename_item(laptop, item, "Draft the letter, final")
        _in_step(laptop, desktop, tablet, folder=folder)
        for store in (laptop, desktop, tablet):
            titles = [i.title for i in plans.planned_items(store, TODAY)]
            assert titles == ["Draft the letter, final"]
    finally:
        tablet.close()


def test_a_computer_that_has_not_read_them_keeps_the_segments_here(laptop, desktop, folder, often):
    engine.push(desktop, folder)  # the desktop is in the folder, and has read nothing
    item = _eight_segments(laptop, folder)
    assert _numbers(folder, laptop) == list(range(1, 9))
    # It reads them while the laptop goes on: what it has read may go, and no more.
    engine.sync_once(desktop, folder)
    _renames(laptop, folder, item, 4, start=8)
    assert _numbers(folder, laptop) == list(range(1, 13))  # its word has not come yet
    engine.push(desktop, folder)  # says it read up to 8
    engine.push(laptop, folder)
    assert _numbers(folder, laptop) == [9, 10, 11, 12]
    engine.pull(desktop, folder)
    assert [i.title for i in plans.planned_items(desktop, TODAY)] == [
        "Draft the letter, version 11"
    ]


def test_a_computer_that_says_nothing_of_what_it_read_keeps_every_segment(
    laptop, desktop, folder, monkeypatch, often
):
    # An older Trust Planner on the desktop writes no word of what it read.
    older, write_about = engine.node_of(desktop), engine.write_about
    monkeypatch.setattr(
        engine,
        "write_about",
        lambda folder, node, name, read=None: write_about(
            folder, node, name, None if node == older else read
        ),
    )
    _eight_segments(laptop, folder)
    assert _numbers(folder, laptop) == list(range(1, 9))  # alone in the folder: all kept
    _in_step(laptop, desktop, folder=folder)
    assert "read" not in json.loads((folder / older / "about.json").read_text())
    engine.push(laptop, folder)
    assert _numbers(folder, laptop) == list(range(1, 9))


def test_while_a_computer_read_from_is_missing_from_the_folder_nothing_is_tidied(
    laptop, desktop, folder, tmp_path, often
):
    _eight_segments(laptop, folder)
    plans.add_items(desktop, TODAY, [("Post the letter", 10)], NOW)
    _in_step(desktop, folder=folder)  # has read all eight, and says so
    engine.pull(laptop, folder)  # has read the desktop's
    tablet = open_store(tmp_path / "tablet")
    try:
        engine.turn_on(tablet, folder)
        _in_step(tablet, folder=folder)  # has read everything too
        # The desktop's folder has not arrived on the laptop's side, or was taken away.
        aside = folder.parent / "aside"
        shutil.move(folder / engine.node_of(desktop), aside)
        engine.push(laptop, folder)
        assert min(_numbers(folder, laptop)) == 1
        shutil.move(aside, folder / engine.node_of(desktop))
        engine.push(laptop, folder)
        assert min(_numbers(folder, laptop)) == 4
    finally:
        tablet.close()


def test_a_row_brought_back_never_takes_the_place_of_another(laptop, desktop, folder):
    # The desktop deletes its only item; then an item from the laptop arrives and must
    # not get the deleted one's number here, for the laptop's later edit of the deleted
    # one brings it back under that number.
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    (letter,) = plans.add_items(desktop, TODAY, [("Draft the letter", 30)], NOW)
    engine.push(desktop, folder)
    plans.add_items(laptop, TODAY, [("Buy stamps", 10)], NOW)
    engine.push(laptop, folder)
    engine.pull(laptop, folder)
    (there,) = [i.id for i in plans.planned_items(laptop, TODAY) if i.title == "Draft the letter"]
    plans.rename_item(laptop, there, "Draft the letter, kinder")
    engine.push(laptop, folder)
    plans.delete_items(desktop, [letter])
    _in_step(desktop, laptop, folder=folder)
    for store in (laptop, desktop):
        assert sorted(i.title for i in plans.planned_items(store, TODAY)) == [
            "Buy stamps",
            "Draft the letter, kinder",
        ]


def test_a_planned_item_deleted_on_one_while_the_other_agreed_to_it_stays_with_its_agreement(
    laptop, desktop, folder
):
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    plans.add_items(laptop, TODAY, [("Call the dentist", 10)], NOW)
    _in_step(laptop, desktop, folder=folder)
    plans.commit_day(laptop, TODAY, NOW)  # an agreement made of it on the laptop
    engine.push(laptop, folder)
    (there,) = plans.planned_items(desktop, TODAY)
    plans.delete_items(desktop, [there.id])  # while the desktop had not seen that yet
    _in_step(desktop, laptop, folder=folder)
    for store in (laptop, desktop):
        assert _agreements(store) == [("Call the dentist", TODAY, None, None)]
        assert store.value("SELECT count(*) FROM items") == 1
    assert not desktop.rows("SELECT key FROM sync_state WHERE key LIKE 'waiting:%'")


def test_a_new_row_here_never_takes_the_name_of_one_deleted_here(laptop, desktop, folder):
    # The laptop deletes its newest item and adds another, while the desktop renamed
    # the deleted one: the rename brings it back, and the new one is a row of its own.
    engine.turn_on(laptop, folder)
    engine.turn_on(desktop, folder)
    plans.add_items(laptop, TODAY, [("Water the plants", 5), ("Book the train", 10)], NOW)
    _in_step(laptop, desktop, folder=folder)
    (train,) = [i for i in plans.planned_items(desktop, TODAY) if i.title == "Book the train"]
    plans.rename_item(desktop, train.id, "Book the train to Utrecht")
    (gone,) = [i for i in plans.planned_items(laptop, TODAY) if i.title == "Book the train"]
    plans.delete_items(laptop, [gone.id])
    plans.add_items(laptop, TODAY, [("Call grandma", 15)], NOW)
    _in_step(laptop, desktop, folder=folder)
    for store in (laptop, desktop):
        assert sorted(i.title for i in plans.planned_items(store, TODAY)) == [
            "Book the train to Utrecht",
            "Call grandma",
            "Water the plants",
        ]
