"""Export and import: everything goes out, comes back the same, and never twice."""

import copy
import json
import os

import pytest

from tests.exchange.conftest import NOW, by_content, dump
from trustplanner.exchange import importing
from trustplanner.exchange.checking import ImportRejected, Problem, parse_document
from trustplanner.exchange.exporting import export_document, write_json
from trustplanner.exchange.importing import import_document


def test_an_export_imported_into_a_new_store_gives_the_same_export(store, demo_document):
    summary = import_document(store, demo_document)
    assert summary.already_there == 0
    again = export_document(store, NOW)
    assert by_content(again) == by_content(demo_document)
    assert again["source"] != demo_document["source"]


def test_importing_the_same_file_twice_adds_nothing_twice(store, demo_document):
    import_document(store, demo_document)
    before = dump(store)
    summary = import_document(store, demo_document)
    assert summary.total_added == 0
    assert summary.already_there == sum(
        len(records) for key, records in demo_document.items() if isinstance(records, list)
    )
    assert dump(store) == before


def test_a_store_s_own_export_adds_back_only_what_was_deleted(store, demo_document):
    import_document(store, demo_document)
    own = export_document(store, NOW)
    fear = own["fears"][-1]
    with store.action():
        store.delete("fears", fear["id"])
    summary = import_document(store, own)
    assert summary.added == {"fears": 1}
    assert import_document(store, own).total_added == 0
    assert by_content(export_document(store, NOW))["fears"][-1] == by_content(own)["fears"][-1]


def test_an_import_only_adds_and_never_changes_what_is_there(store, demo_document):
    import_document(store, demo_document)
    changed = copy.deepcopy(demo_document)
    changed["fears"][0]["situation"] = "Changed in the file"
    changed["settings"]["max_step_minutes"] = 60
    before = dump(store)
    assert import_document(store, changed).total_added == 0
    assert dump(store) == before


def test_an_import_is_one_undoable_action(store, demo_document):
    before = dump(store)
    with store.action() as change:
        import_document(store, demo_document)
    store.undo(change)
    assert dump(store) == before


def test_an_undone_import_comes_back_whole_after_new_records_took_its_ids(store, demo_document):
    with store.action() as change:
        import_document(store, demo_document)
    store.undo(change)
    with store.action():
        # SQLite hands out the freed ids again: this fear takes the first imported one's.
        fear = dict(demo_document["fears"][0], tags="[]", id=None, step_id=None, agreement_id=None)
        store.insert("fears", fear)
    summary = import_document(store, demo_document)
    assert summary.added["fears"] == len(demo_document["fears"])
    assert store.value("SELECT count(*) FROM fears") == len(demo_document["fears"]) + 1


def _fresh(tmp_path, name):
    from trustplanner.store.database import open_store

    return open_store(tmp_path / name)


def test_records_that_travel_to_another_store_and_back_are_not_added_twice(tmp_path, demo_document):
    a, b, c = (_fresh(tmp_path, name) for name in "abc")
    try:
        import_document(a, demo_document)
        with a.action():
            a.insert("ladders", {"theme": "Made in A itself", "created_at": NOW.isoformat()})
        import_document(b, export_document(a, NOW))
        with b.action():
            b.insert("ladders", {"theme": "Made in B", "created_at": NOW.isoformat()})
        from_b = export_document(b, NOW)

        before = dump(a)
        summary = import_document(a, from_b)
        assert summary.added == {"ladders": 1}
        assert a.value("SELECT count(*) FROM ladders WHERE theme = 'Made in A itself'") == 1
        assert a.value("SELECT count(*) FROM ladders WHERE theme = 'Made in B'") == 1
        assert dump(a)["fears"] == before["fears"]

        # A third store that has B's file knows the demo's own export as the same records.
        import_document(c, from_b)
        assert import_document(c, demo_document).total_added == 0
    finally:
        for store in (a, b, c):
            store.close()


def test_a_record_the_store_refuses_leaves_the_store_unchanged(store, demo_document, monkeypatch):
    original = importing.to_store

    def refuse_the_last_fear(field, value):
        if field.name == "situation" and value == demo_document["fears"][-1]["situation"]:
            return "   "  # the store's own check refuses an empty situation
        return original(field, value)

    monkeypatch.setattr(importing, "to_store", refuse_the_last_fear)
    before = dump(store)
    with pytest.raises(ImportRejected) as rejected:
        import_document(store, demo_document)
    assert rejected.value.findings[0].problem is Problem.REFUSED
    assert dump(store) == before


def test_the_written_file_is_private_json_that_reads_back(store, demo_document, tmp_path):
    import_document(store, demo_document)
    target = tmp_path / "export.json"
    exported = write_json(store, target, NOW)
    assert exported.counts["agreements"] == len(demo_document["agreements"])
    assert not exported.damaged
    assert target.stat().st_mode & 0o777 == 0o600
    text = target.read_text(encoding="utf-8")
    assert json.loads(text)["format"] == "trustplanner-export"
    assert by_content(parse_document(text.encode())) == by_content(demo_document)


def test_the_documented_format_names_every_kind_and_field():
    from pathlib import Path

    from trustplanner.exchange.fields import KINDS, ORIGIN_FIELDS

    text = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text()
    for kind, fields in KINDS.items():
        section = text.split(f"### `{kind}`", 1)[1].split("###", 1)[0]
        for field in fields:
            assert f"| `{field.name}` |" in section, (kind, field.name)
    section = text.split("### Where a record came from", 1)[1].split("##", 1)[0]
    for field in ORIGIN_FIELDS:
        assert f"| `{field.name}` |" in section, field.name
    assert ", ".join(f"`{kind}`" for kind in ORIGIN_FIELDS[0].choices) in section


def test_what_a_kept_agreement_took_travels_in_json_and_csv(store, tmp_path, now):
    import csv

    from trustplanner.exchange.exporting import write_csv
    from trustplanner.store import agreements as store_agreements
    from trustplanner.store import plans
    from trustplanner.store.database import open_store

    plans.add_items(store, now.date(), [("Call the dentist", 10), ("Tidy up", 20)], now)
    first, second = plans.commit_day(store, now.date(), now)
    store_agreements.mark_kept(store, first, now, took_minutes=35)
    store_agreements.mark_kept(store, second, now)
    document = export_document(store, NOW)
    elsewhere = open_store(tmp_path / "elsewhere")
    try:
        import_document(elsewhere, json.loads(json.dumps(document)))
        took = elsewhere.rows("SELECT title, took_minutes FROM agreements ORDER BY title")
    finally:
        elsewhere.close()
    assert took == [
        {"title": "Call the dentist", "took_minutes": 35},
        {"title": "Tidy up", "took_minutes": None},
    ]
    write_csv(store, tmp_path / "csv")
    with (tmp_path / "csv" / "agreements.csv").open(encoding="utf-8") as file:
        rows = {row["title"]: row["took_minutes"] for row in csv.DictReader(file)}
    assert rows == {"Call the dentist": "35", "Tidy up": ""}


def test_what_waits_for_some_day_travels_and_older_files_wait_for_nothing(store, tmp_path, now):
    from trustplanner.store import plans
    from trustplanner.store.database import open_store

    [photos, _] = plans.add_items(store, now.date(), [("Photos", 90), ("Call", 10)], now)
    plans.put_aside(store, [photos], now)
    document = export_document(store, NOW)
    assert [item["someday"] for item in document["items"]] == [True, False]
    older = json.loads(json.dumps(document))
    for item in older["items"]:
        del item["someday"]  # as a file written before some day existed
    for name, given in (("same", document), ("older", older)):
        elsewhere = open_store(tmp_path / name)
        try:
            import_document(elsewhere, json.loads(json.dumps(given)))
            waiting = [item.title for item in plans.someday_items(elsewhere)]
            planned = [item.title for item in plans.planned_items(elsewhere, now.date())]
        finally:
            elsewhere.close()
        assert (waiting, planned) == (
            (["Photos"], ["Call"]) if name == "same" else ([], ["Photos", "Call"])
        )


def test_an_export_into_a_shared_folder_never_writes_through_a_planted_link(tmp_path, store):
    # Another account may put links in a shared folder such as /tmp, named as a
    # predictable temporary file would be: they point at the person's own data.
    import datetime as dt

    from trustplanner.exchange.exporting import write_json

    shared = tmp_path / "shared"
    shared.mkdir()
    precious = tmp_path / "precious.db"
    precious.write_bytes(b"the person's data")
    for number in range(os.getpid() - 5, os.getpid() + 5):
        (shared / f".x.json.{number}.part").symlink_to(precious)
    write_json(store, shared / "x.json", dt.datetime(2026, 12, 7, 9, 0))
    assert precious.read_bytes() == b"the person's data"
    assert json.loads((shared / "x.json").read_text())["format"]
    assert not [p for p in shared.iterdir() if p.name.endswith(".part") and not p.is_symlink()]


def test_a_stores_own_export_imported_into_it_adds_nothing(store, now):
    from trustplanner.demo import fill_store
    from trustplanner.store.settings import load_settings

    fill_store(store, 60, now.date())
    before, settings = dump(store), load_settings(store)
    summary = import_document(store, json.loads(json.dumps(export_document(store, NOW))))
    assert summary.total_added == 0
    after = dump(store)
    # The settings it had by default are now its own, with the same values.
    assert {k: v for k, v in after.items() if k != "settings"} == {
        k: v for k, v in before.items() if k != "settings"
    }
    assert load_settings(store) == settings
