"""`trustplanner --self-test`: every part works headless, or the first that does not is named."""

from tests.commands.test_cli import run
from trustplanner import self_test


def test_the_self_test_passes_without_a_display():
    # No display at all, and no hint to Qt: the self-test must find its own way.
    result = run("--self-test", env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(" (")[0] for line in lines] == [
        "ok: a store with the demo history",
        "ok: the self-trust index",
        "ok: a PDF report",
        "ok: every Progress chart",
        "self-test passed",
    ]
    assert "8 charts" in lines[3]


def test_the_first_step_that_fails_is_named_and_ends_the_test(monkeypatch):
    said = []

    def broken(folder):
        raise OSError("no room on the disk")

    # In this process the suite's own Qt application is the one to keep.
    monkeypatch.setattr(self_test, "_application", lambda language: None)
    monkeypatch.setattr(self_test, "_report", broken)
    monkeypatch.setattr(self_test, "_charts", lambda folder: said.append("charts ran"))
    monkeypatch.setattr(self_test, "_store", lambda folder: "stored")
    monkeypatch.setattr(self_test, "_index", lambda folder: "computed")
    code = self_test.run_self_test(lambda text, error=False: said.append((text, error)))
    assert code == 1
    assert said[-1] == (
        "self-test failed at a PDF report: OSError: no room on the disk",
        True,
    )
    assert "charts ran" not in said
