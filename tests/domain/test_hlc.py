"""The hybrid logical clock's promises, over many generated histories."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.hlc import HybridClock, Stamp

walls = st.integers(0, 10**13)
events = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["do", "see"]), walls),
    max_size=60,
)


@given(st.lists(walls, min_size=1, max_size=50))
def test_one_computers_stamps_only_increase_even_when_its_clock_goes_back(wall_times):
    clock = HybridClock("a")
    stamps = [clock.stamp(wall) for wall in wall_times]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


@given(events)
def test_what_is_done_after_seeing_a_change_comes_after_it_whatever_the_clocks(history):
    clocks = {node: HybridClock(node) for node in "abc"}
    made: list[Stamp] = []
    for node, kind, wall in history:
        clock = clocks[node]
        if kind == "see" and made:
            seen = made[wall % len(made)]
            after = clock.receive(seen, wall)
            assert after > seen
            assert clock.stamp(wall) > seen
        else:
            made.append(clock.stamp(wall))
    assert len(set(made)) == len(made)  # no two changes share a stamp


@given(walls, st.integers(0, 10**5), st.text(min_size=1, max_size=20))
def test_a_stamp_as_text_reads_back_and_sorts_as_the_stamp(wall, counter, node):
    stamp = Stamp(wall, counter, node.replace("-", ""))
    if not stamp.node:
        return
    assert Stamp.parse(stamp.text()) == stamp
    other = Stamp(wall, counter + 1, stamp.node)
    assert (stamp.text() < other.text()) == (stamp < other)


@pytest.mark.parametrize("text", ["", "12-3-a", "000000000000001-000001-", "x-y-z"])
def test_what_is_not_a_stamp_is_refused(text):
    with pytest.raises(ValueError):
        Stamp.parse(text)
