"""What the commands say of a damaged data file, and the exit code of an export that
saved only what could be read."""

from __future__ import annotations

import os
from pathlib import Path

from trustplanner.store.damage import StoreDamaged
from trustplanner.store.refusal import StoreRefused
from trustplanner.words.light import translate

# An export from a damaged file is written, but it may not hold everything: a script
# must be able to tell that from a whole export (0) and from one not written (1).
EXIT_EXPORTED_FROM_DAMAGE = 3


def damaged_text(damaged: StoreDamaged) -> str:
    """One line for a damaged store: what happened, that nothing was written, what to do."""
    from trustplanner.store.damage import Damage
    from trustplanner.store.recovery import newest_good_backup

    what = {
        Damage.EMPTY: translate("cli", "your data file %1 is empty"),
        Damage.NOT_A_DATABASE: translate("cli", "%1 is not a Trust Planner data file"),
        Damage.DAMAGED: translate("cli", "your data file %1 is damaged"),
    }[damaged.damage].replace("%1", str(damaged.path))
    backup = newest_good_backup(damaged.path.parent)
    if backup is None:
        advice = translate("cli", "nothing was written to it, and there is no backup to restore")
    else:
        advice = translate(
            "cli", "nothing was written to it; 'trustplanner restore' puts back the backup of %1"
        ).replace("%1", backup.day.isoformat())
    return f"{what}; {advice}"


def refused_text(refused: StoreRefused) -> str:
    """One line for a data file that was not opened at all, and why that keeps it safe."""
    from trustplanner.store.refusal import Refusal

    return {
        Refusal.A_LINK: translate(
            "cli",
            "your data file %1 is a link to another place (%2); Trust Planner does not "
            "follow it, so nothing was read or changed. Put the file itself there, or start "
            "with --data-dir set to the folder it is in",
        ).replace("%2", _target(refused.path)),
        Refusal.NOT_A_FILE: translate(
            "cli",
            "where your data file %1 should be, there is a folder; nothing in it was read "
            "or changed. Move it out of the way, and start again",
        ),
        Refusal.NEWER: translate(
            "cli",
            "your data file %1 was written by a newer version of Trust Planner; this "
            "version leaves it as it is, so nothing was changed. Use the newer version",
        ),
    }[refused.refusal].replace("%1", str(refused.path))


def exported_from_damage_text(database: Path, out: Path, total: int) -> str:
    """One line for an export that saved what a damaged file still held."""
    from trustplanner.store.recovery import newest_good_backup

    what = (
        translate(
            "cli",
            "your data file %1 is damaged; exported what could be read, %n record(s), to %2",
            None,
            total,
        )
        .replace("%1", str(database))
        .replace("%2", str(out))
    )
    backup = newest_good_backup(database.parent)
    if backup is None:
        advice = translate("cli", "there is no backup to restore, so keep this export safe")
    else:
        advice = translate(
            "cli",
            "'trustplanner restore' puts back the backup of %1, and importing this export "
            "afterwards adds what is newer",
        ).replace("%1", backup.day.isoformat())
    return f"{what}; {advice}"


def _target(link: Path) -> str:
    try:
        return os.readlink(link)
    except OSError:
        return "?"
