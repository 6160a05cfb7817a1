"""The rules and the store must work without Qt: for the command line, reports and tests."""

import subprocess
import sys


def test_the_domain_and_the_store_import_no_qt():
    code = (
        "import sys\n"
        "import trustplanner.domain.agreements, trustplanner.domain.durations, "
        "trustplanner.domain.planning, trustplanner.domain.realism, "
        "trustplanner.domain.settings, trustplanner.domain.splitting, trustplanner.domain.titles\n"
        "import trustplanner.store.database, trustplanner.store.plans, "
        "trustplanner.store.agreements, trustplanner.store.settings, trustplanner.demo\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_every_domain_module_is_covered_by_the_check():
    import pkgutil

    import trustplanner.domain

    names = {m.name for m in pkgutil.iter_modules(trustplanner.domain.__path__)}
    assert names == {
        "agreements",
        "durations",
        "planning",
        "realism",
        "settings",
        "splitting",
        "titles",
    }
