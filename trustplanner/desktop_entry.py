"""`trustplanner install-desktop-entry`: Trust Planner in the desktop's menu, with its icon.

After `pip install` or `pipx install`, nothing tells the desktop about the app. This
writes the desktop entry and the icons into the person's own XDG data folder
($XDG_DATA_HOME, else ~/.local/share), and `--uninstall` removes exactly those files.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from trustplanner import APP_ID
from trustplanner.autostart import app_command, desktop_exec
from trustplanner.resources import resources_dir

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
_CHECKOUT = Path(__file__).resolve().parents[1]


def data_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def _packaged(name: str) -> Path:
    """A file of packaging/linux: shipped in the package's resources, or in a checkout."""
    for folder in (resources_dir() / "linux", _CHECKOUT / "packaging" / "linux"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"missing from this installation: {name}")


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Each file the install writes, with where it comes from (None: the desktop entry,
    which is written with this installation's command)."""
    icons = home / "icons" / "hicolor"
    files: dict[Path, Path | None] = {home / "applications" / f"{APP_ID}.desktop": None}
    for size in ICON_SIZES:
        files[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = (
            resources_dir() / "icons" / "app" / f"trustplanner-{size}.png"
        )
    files[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = (
        resources_dir() / "icons" / "trustplanner.svg"
    )
    return files


def entry_text(command: list[str]) -> str:
    """The shipped desktop entry, starting this installation's command."""
    lines = _packaged(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    return (
        "\n".join(
            f"Exec={desktop_exec(command)}" if line.startswith("Exec=") else line for line in lines
        )
        + "\n"
    )


def install(home: Path | None = None) -> list[Path]:
    """Write the desktop entry and the icons; return the files written."""
    home = home or data_home()
    written = []
    for target, source in planned_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(entry_text(app_command()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote, and nothing else; return the files removed."""
    home = home or data_home()
    removed = []
    for target in planned_files(home):
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed
