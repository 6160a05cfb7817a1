"""The sync folder's segments: written whole, read only when whole, never another's."""

import json
import os

import pytest

from trustplanner.sync.segments import (
    FORMAT,
    SegmentUnreadable,
    Unread,
    computers,
    read_segment,
    segment_path,
    segments_of,
    write_segment,
)

CHANGES = [
    {"stamp": "000001700000000-000000-a", "kind": "items", "id": ["a", 1], "row": {"t": "Zoë"}},
    {"stamp": "000001700000001-000000-a", "kind": "items", "id": ["a", 2], "row": None},
]


def test_a_segment_reads_back_as_it_was_written(tmp_path):
    path = write_segment(tmp_path, "a", 1, CHANGES)
    assert path == segment_path(tmp_path, "a", 1)
    segment = read_segment(path)
    assert (segment.node, segment.number, segment.changes) == ("a", 1, CHANGES)
    assert [p.name for p in tmp_path.joinpath("a").iterdir()] == ["00000001.segment"]


def test_segments_and_their_folder_are_private(tmp_path):
    path = write_segment(tmp_path, "a", 1, CHANGES)
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700


@pytest.mark.parametrize("cut", [1, 40, -1])
def test_a_segment_cut_short_is_half_synced_and_left_unread(tmp_path, cut):
    path = write_segment(tmp_path, "a", 1, CHANGES)
    whole = path.read_bytes()
    path.write_bytes(whole[:cut])
    with pytest.raises(SegmentUnreadable) as unread:
        read_segment(path)
    assert unread.value.why is Unread.HALF
    path.write_bytes(whole)  # the rest arrives: it is read then
    assert read_segment(path).changes == CHANGES


def test_a_changed_line_is_caught_by_the_checksum(tmp_path):
    path = write_segment(tmp_path, "a", 1, CHANGES)
    path.write_bytes(path.read_bytes().replace("Zoë".encode(), b"Zoe" + b" "))
    with pytest.raises(SegmentUnreadable) as unread:
        read_segment(path)
    assert unread.value.why is Unread.HALF


def test_a_segment_of_a_newer_version_is_left_for_that_version(tmp_path):
    path = write_segment(tmp_path, "a", 1, CHANGES)
    head, _, body = path.read_bytes().partition(b"\n")
    newer = {**json.loads(head), "version": 99}
    path.write_bytes(json.dumps(newer).encode() + b"\n" + body)
    with pytest.raises(SegmentUnreadable) as unread:
        read_segment(path)
    assert unread.value.why is Unread.NEWER


@pytest.mark.parametrize("content", [b"not a segment\n{}\n", b'{"format": "other"}\n', b"\xff\n"])
def test_a_file_that_is_no_segment_is_damaged(tmp_path, content):
    path = tmp_path / "a" / "00000001.segment"
    path.parent.mkdir()
    path.write_bytes(content)
    with pytest.raises(SegmentUnreadable) as unread:
        read_segment(path)
    assert unread.value.why is Unread.DAMAGED
    assert FORMAT not in content.decode("utf-8", "replace")


def test_segments_are_listed_in_order_after_the_last_one_read(tmp_path):
    for number in (3, 1, 12, 2):
        write_segment(tmp_path, "b", number, CHANGES)
    (tmp_path / "b" / "notes.txt").write_text("not ours")
    (tmp_path / "b" / ".00000013.segment.x.part").write_text("being written")
    assert [p.name for p in segments_of(tmp_path, "b", after=1)] == [
        "00000002.segment",
        "00000003.segment",
        "00000012.segment",
    ]
    assert list(segments_of(tmp_path, "nobody")) == []


def test_a_link_planted_at_a_segments_name_is_replaced_not_written_through(tmp_path):
    elsewhere = tmp_path / "someone elses file"
    elsewhere.write_text("theirs")
    (tmp_path / "sync" / "a").mkdir(parents=True)
    segment_path(tmp_path / "sync", "a", 1).symlink_to(elsewhere)
    write_segment(tmp_path / "sync", "a", 1, CHANGES)
    assert elsewhere.read_text() == "theirs"
    assert not segment_path(tmp_path / "sync", "a", 1).is_symlink()


def test_the_computers_are_the_folders_of_the_sync_folder(tmp_path):
    write_segment(tmp_path, "laptop", 1, CHANGES)
    write_segment(tmp_path, "desktop", 1, CHANGES)
    (tmp_path / ".stfolder").mkdir()  # Syncthing's own marker
    (tmp_path / "README.txt").write_text("x")
    assert computers(tmp_path) == ["desktop", "laptop"]
    assert computers(tmp_path / "missing") == []
