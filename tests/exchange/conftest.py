from tests.conftest import EXPORTED_AT as NOW  # noqa: F401
from trustplanner.exchange.fields import KINDS


def dump(store) -> dict:
    """Every row of every table, to tell whether a store changed."""
    tables = [
        name
        for (name,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    return {table: store.rows(f"SELECT * FROM [{table}] ORDER BY 1") for table in tables}


def by_content(document: dict) -> dict:
    """The records of an export with ids replaced by their order, so that two stores compare."""
    order = {
        kind: {record["id"]: n for n, record in enumerate(document[kind])}
        for kind, fields in KINDS.items()
        if fields[0].kind == "id"
    }
    compared = {}
    for kind, fields in KINDS.items():
        records = []
        for record in document[kind]:
            copy = dict(record)
            for field in fields:
                value = copy.get(field.name)
                if field.kind == "id":
                    copy[field.name] = order[kind][value]
                elif field.kind == "ref" and value is not None:
                    copy[field.name] = order[field.refers_to][value]
            records.append(copy)
        compared[kind] = records
    compared["settings"] = document["settings"]
    return compared
