"""The rules and the store must work without Qt: for the command line, reports and tests."""

import subprocess
import sys


def test_the_domain_and_the_store_import_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import trustplanner.domain, trustplanner.store\n"
        "names = ['trustplanner.demo', 'trustplanner.datadir', 'trustplanner.report.content']\n"
        "for package in (trustplanner.domain, trustplanner.store):\n"
        "    modules = pkgutil.iter_modules(package.__path__)\n"
        "    names += [package.__name__ + '.' + m.name for m in modules]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "assert len(names) > 10, names\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
