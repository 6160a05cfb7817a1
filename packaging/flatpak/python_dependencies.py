"""Write the Flatpak modules of trustplanner's Python dependencies and build tools.

    python packaging/flatpak/python_dependencies.py

Reads which versions of sqlite-utils, matplotlib and what they need are installed
here, looks up their wheels on PyPI (this script uses the network; the app never
does) and writes python3-dependencies.json beside this file: each wheel with its
address and SHA-256, the compiled ones for x86_64 and aarch64 separately. PySide6
and numpy come from the PySide BaseApp, pip from the runtime.

It also writes python3-build-tools.json: the latest hatchling and what it needs
beyond the dependencies, to build trustplanner's own wheel; it is not kept in the app.
"""

from __future__ import annotations

import json
import sys
import urllib.request
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

HERE = Path(__file__).resolve().parent
TARGET = HERE / "python3-dependencies.json"
BUILD_TARGET = HERE / "python3-build-tools.json"
TOP = ("sqlite-utils", "matplotlib")
BUILD_TOOLS = ("hatchling",)
FROM_THE_BASE = {"numpy", "pip", "pyside6", "pyside6-essentials", "shiboken6"}
# The Python of the KDE runtime the manifest names (org.kde.Platform 6.9: Python 3.12).
PYTHON_TAG = "cp312"
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}


def pinned() -> dict[str, str]:
    """Every distribution these need, with the version installed here."""
    found: dict[str, str] = {}
    wanted = list(TOP)
    marker_env = {"extra": ""}
    while wanted:
        name = canonicalize_name(wanted.pop())
        if name in found or name in FROM_THE_BASE:
            continue
        found[name] = metadata.version(name)
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(marker_env):
                wanted.append(requirement.name)
    return dict(sorted(found.items()))


def _project(name: str) -> dict:
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=30) as answer:
        return json.load(answer)


def release_files(name: str, version: str) -> list[dict]:
    return _project(name)["releases"][version]


def newest(names: tuple[str, ...], known: dict[str, str]) -> dict[str, str]:
    """The newest release of each of `names` and of what they need, leaving out `known`."""
    found: dict[str, str] = {}
    wanted = list(names)
    marker_env = {"extra": "", "python_version": PYTHON_TAG[2] + "." + PYTHON_TAG[3:]}
    while wanted:
        name = canonicalize_name(wanted.pop())
        if name in found or name in known or name in FROM_THE_BASE:
            continue
        info = _project(name)["info"]
        found[name] = info["version"]
        for line in info["requires_dist"] or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(marker_env):
                wanted.append(requirement.name)
    return dict(sorted(found.items()))


FILES = "https://files.pythonhosted.org/packages/"


def source(file: dict, arch: str | None = None) -> dict:
    # A mirror may answer with addresses of its own; the manifest names PyPI's.
    url = file["url"]
    if not url.startswith(FILES):
        url = FILES + url.split("/packages/", 1)[1].removeprefix("packages/")
    entry = {"type": "file", "url": url, "sha256": file["digests"]["sha256"]}
    if arch is not None:
        entry["only-arches"] = [arch]
    return entry


def wheels(name: str, version: str) -> list[dict]:
    files = [f for f in release_files(name, version) if f["filename"].endswith(".whl")]
    for file in files:
        tags = parse_wheel_filename(file["filename"])[3]
        if any(tag.interpreter == "py3" and tag.platform == "any" for tag in tags):
            return [source(file)]
    chosen = []
    for arch, suffix in ARCHES.items():
        fitting = [
            file
            for file in files
            if any(
                tag.interpreter == PYTHON_TAG
                and tag.platform.startswith("manylinux")
                and tag.platform.endswith(suffix)
                for tag in parse_wheel_filename(file["filename"])[3]
            )
        ]
        if not fitting:
            raise SystemExit(f"no {PYTHON_TAG} wheel of {name} {version} for {arch}")
        # The oldest manylinux the release offers: it runs on the most systems.
        chosen.append(source(min(fitting, key=lambda f: f["filename"]), arch))
    return chosen


def write_module(target: Path, name: str, versions: dict[str, str], **extra) -> None:
    module = {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --no-index --no-deps --no-build-isolation "
            '--find-links="file://${PWD}" --prefix=${FLATPAK_DEST} *.whl'
        ],
        **extra,
        "sources": [entry for name, version in versions.items() for entry in wheels(name, version)],
    }
    target.write_text(json.dumps(module, indent=2) + "\n")
    print(f"{target.name}: {', '.join(f'{n} {v}' for n, v in versions.items())}", file=sys.stderr)


def main() -> int:
    versions = pinned()
    write_module(TARGET, "python3-dependencies", versions)
    # Only needed to build trustplanner's wheel: removed from the finished app.
    write_module(BUILD_TARGET, "python3-build-tools", newest(BUILD_TOOLS, versions), cleanup=["*"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
