"""Imports go one way: no cycle between the project's modules, nor between its packages.

The graph is read from the source (``ast``), so an import inside a function counts as
much as one at the top of a file: hiding a cycle behind a deferred import is still a
cycle. A package here is a direct part of ``extractor`` (``extractor.db``,
``extractor.validators``, ...); ``schemas/``, ``prompts/`` and ``eval/`` are installed as
``extractor.schemas`` and so on (pyproject.toml), and read as such.

``KNOWN_*`` lists the cycles not broken yet; the test asserts the cycles found are
exactly those, so a new one fails it, and so does one that was broken without the list
being shortened. docs/architecture.md says how each known one goes away.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: folder in the repository -> the package it is installed as
SOURCES = {"extractor": "extractor", "schemas": "extractor.schemas",
           "prompts": "extractor.prompts", "eval": "extractor.eval"}

KNOWN_MODULE_CYCLES: set[frozenset[str]] = set()
KNOWN_PACKAGE_CYCLES: set[frozenset[str]] = set()


def project_modules() -> dict[str, Path]:
    modules = {}
    for folder, package in SOURCES.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join([package, *parts])] = path
    return modules


def _imported(module: str, path: Path, node: ast.AST, known: dict[str, Path]) -> list[str]:
    """The modules one import statement (or ``importlib.import_module("...")``) names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
            package = package[: len(package) - node.level + 1]
            base = ".".join([*package, base] if base else package)
        # ``from pkg import name``: the submodule pkg.name when there is one, else pkg
        return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
    if (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"):
        return [node.args[0].value]
    return []


def import_graph() -> dict[str, set[str]]:
    """module -> the project's modules it imports, anywhere in its file."""
    known = project_modules()
    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        targets = graph.setdefault(module, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            for name in _imported(module, path, node, known):
                while name and name not in known:  # a name inside a module: that module
                    name = name.rpartition(".")[0]
                if name and name != module:
                    targets.add(name)
    return graph


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The same imports between the direct parts of ``extractor``."""
    def part(module: str) -> str:
        return ".".join(module.split(".")[:2])

    packages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        packages.setdefault(part(module), set()).update(
            part(t) for t in targets if part(t) != part(module))
    return packages


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one node (Tarjan's, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in graph:
        if start in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.add(frozenset(component))
    return found


def _show(found: set[frozenset[str]]) -> list[list[str]]:
    return sorted(sorted(c) for c in found)


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    # extractor.glean imports validators.repair inside a function only
    assert "extractor.validators.repair" in graph["extractor.glean"]
    # eval registers its similarities with the schemas registry, which never names eval
    assert "extractor.schemas.registry" in graph["extractor.eval.compare"]
    assert not any(t.startswith("extractor.eval") for t in graph["extractor.schemas.registry"])


def test_the_cycle_finder_finds_a_cycle_and_nothing_else():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == {frozenset({"a", "b", "c"})}


def test_no_import_cycle_between_modules_but_the_known_ones():
    assert _show(cycles(import_graph())) == _show(KNOWN_MODULE_CYCLES)


def test_no_import_cycle_between_packages_but_the_known_ones():
    assert _show(cycles(package_graph(import_graph()))) == _show(KNOWN_PACKAGE_CYCLES)
