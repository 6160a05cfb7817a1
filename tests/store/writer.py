"""A child process for the crash tests: writes agreements in a loop, one action each,
and prints the id of each one after its commit."""

import datetime as dt
import sys
from pathlib import Path

from trustplanner.store.database import open_store


def main(data_dir: str, count: int, name: str) -> None:
    store = open_store(Path(data_dir))
    day = dt.date(2026, 11, 25).isoformat()
    # Ready, then wait for the word: writers started together really write at once.
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(count):
        with store.action():
            key = store.insert(
                "agreements",
                {
                    "title": f"{name} {n}",
                    "minutes": 10,
                    "day": day,
                    "made_at": "2026-11-25T09:10:00+01:00",
                },
            )
        print(key, flush=True)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
