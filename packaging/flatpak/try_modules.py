"""Try the manifest's Python modules without flatpak-builder: in a venv of the runtime's
Python, install them as the manifest does, build trustplanner with the build tools,
and run its self-test.

    python packaging/flatpak/try_modules.py --python python3.12 [--keep DIR]

Downloads each x86_64 or pure-Python wheel the modules name and checks its SHA-256.
PySide6 and numpy, which the BaseApp provides, come from PyPI here. Uses the network.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import tempfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MODULES = ("python3-dependencies.json", "python3-build-tools.json")


def fetch(module: Path, into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    for entry in json.loads(module.read_text())["sources"]:
        if entry.get("only-arches", ["x86_64"]) != ["x86_64"]:
            continue
        target = into / entry["url"].rsplit("/", 1)[1]
        with urllib.request.urlopen(entry["url"], timeout=120) as answer:
            target.write_bytes(answer.read())
        if hashlib.sha256(target.read_bytes()).hexdigest() != entry["sha256"]:
            raise SystemExit(f"{target.name}: the SHA-256 differs from the manifest's")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default="python3.12")
    parser.add_argument("--keep", metavar="DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(args.keep or scratch)
        venv = work / "venv"
        subprocess.run([args.python, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "PySide6-Essentials", "numpy"], check=True)  # the BaseApp's part
        for name in MODULES:
            wheels = work / name.removesuffix(".json")
            fetch(HERE / name, wheels)
            subprocess.run(
                [*pip, "--no-index", "--no-deps", *sorted(map(str, wheels.glob("*.whl")))],
                check=True,
            )
        subprocess.run(
            [*pip, "--no-index", "--no-deps", "--no-build-isolation", str(ROOT)], check=True
        )
        subprocess.run(
            [str(venv / "bin" / "trustplanner"), "--self-test"],
            check=True,
            env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(work)},
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
