"""The house as its imports draw it: floors that only look down, and no circles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "trustplanner"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every trustplanner module `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from trustplanner.ui import collector` imports a module, not a name.
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.startswith("trustplanner")}


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {name: imports_of(path) & MODULES.keys() for name, path in MODULES.items()}


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize(
    "lower",
    [
        "trustplanner.domain",
        "trustplanner.store",
        "trustplanner.exchange",
        "trustplanner.words",
        "trustplanner.charts",
        "trustplanner.report",
        "trustplanner.demo",
        "trustplanner.status",
        "trustplanner.self_test",
    ],
)
def test_nothing_below_the_window_imports_the_window(lower):
    reaching_up = {
        (name, imported)
        for name, imported_names in GRAPH.items()
        if within(name, lower)
        for imported in imported_names
        if within(imported, "trustplanner.ui")
    }
    assert not reaching_up


def test_the_commands_import_the_window_only_to_start_it():
    reaching = {
        name
        for name, imported in GRAPH.items()
        if within(name, "trustplanner.commands")
        and any(within(i, "trustplanner.ui") for i in imported)
    }
    assert reaching == {"trustplanner.commands.window"}


def test_the_rules_import_nothing_of_the_app_above_them():
    above = {
        (name, imported)
        for name, imported_names in GRAPH.items()
        if within(name, "trustplanner.domain")
        for imported in imported_names
        if not within(imported, "trustplanner.domain") and imported != "trustplanner"
    }
    assert not above


@pytest.mark.parametrize(
    ("package", "below"),
    [
        ("trustplanner.words", ("trustplanner.domain", "trustplanner.resources")),
        (
            "trustplanner.charts",
            ("trustplanner.domain", "trustplanner.store", "trustplanner.words"),
        ),
    ],
)
def test_the_words_and_the_charts_rest_on_what_is_below_them(package, below):
    reaching = {
        (name, imported)
        for name, imported_names in GRAPH.items()
        if within(name, package)
        for imported in imported_names
        if not within(imported, package) and not any(within(imported, b) for b in below)
    }
    assert not reaching


def test_no_module_imports_itself_round_a_circle():
    # Tarjan's strongly connected components: any with more than one module is a circle.
    index, low, on_stack, stack, circles = {}, {}, set(), [], []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        for other in GRAPH[name]:
            if other not in index:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in on_stack:
                low[name] = min(low[name], index[other])
        if low[name] == index[name]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == name:
                    break
            # A package's face imports its own modules: that is no circle.
            if len(component) > 1 and not all(
                within(m, min(component, key=len)) for m in component
            ):
                circles.append(sorted(component))

    for name in GRAPH:
        if name not in index:
            visit(name)
    assert not circles


def test_the_graph_is_read_at_all():
    # A reader that found no imports would make every test above pass.
    assert "trustplanner.words.dates" in GRAPH["trustplanner.charts.endings"]
    assert "trustplanner.ui.app" in GRAPH["trustplanner.commands.window"]
