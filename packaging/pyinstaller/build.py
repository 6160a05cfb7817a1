"""Build the standalone bundle: dist/trustplanner/, one folder with the app and all it needs.

    python packaging/pyinstaller/build.py [--dist DIR]

Installs PyInstaller into this Python when it is missing, then builds from
trustplanner.spec. Run the result's own check with `dist/trustplanner/trustplanner
--self-test`.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def build(dist: Path) -> Path:
    """Build into `dist` and return the bundle's folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller"], check=True)
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(dist),
                "--workpath",
                work,
                str(HERE / "trustplanner.spec"),
            ],
            check=True,
            cwd=ROOT,
        )
    return dist / "trustplanner"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="where the bundle goes")
    bundle = build(Path(parser.parse_args().dist))
    size = sum(
        path.stat().st_size
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    print(f"{bundle}: {size / 1024 / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
