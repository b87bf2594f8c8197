"""One direction of dependencies (docs/architecture.md, "Layers").

Two checks, both counting the imports made inside functions:
- import-linter's contracts (`[tool.importlinter]` in pyproject.toml): each layer imports only the
  layers below it, the pipeline never imports the demo and evaluation webs;
- no import cycle at all between the project's modules, from an `ast` reading of every import
  statement (top-level or nested, relative imports resolved).
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ecoaudit", "spiders", "flows", "reports", "expectations", "sectorweb")


def modules(root: Path = ROOT) -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package's __init__) for every module of the project."""
    out = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            out[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return out


def import_graph(root: Path = ROOT) -> dict[str, dict[str, list[int]]]:
    """importer -> {imported module: [line numbers]}, for every import statement of the project's modules
    (at any depth: in functions, classes, `if TYPE_CHECKING` blocks) that names one of its modules.
    `from package import name` counts as an import of `package.name` when that is a module, else of `package`."""
    mods = modules(root)

    def resolve(name: str) -> str | None:
        while name:
            if name in mods:
                return name
            name = name.rpartition(".")[0]
        return None

    graph: dict[str, dict[str, list[int]]] = {}
    for name, (path, is_package) in mods.items():
        edges = graph.setdefault(name, {})
        package = name if is_package else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base_name = ".".join(base + ([node.module] if node.module else []))
                else:
                    base_name = node.module or ""
                targets = [f"{base_name}.{alias.name}" for alias in node.names]
            else:
                continue
            for target in targets:
                found = resolve(target)
                if found and found != name:
                    edges.setdefault(found, []).append(node.lineno)
    return graph


def cycles(graph: dict[str, dict[str, list[int]]]) -> list[list[str]]:
    """One cycle through each strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(v: str) -> None:  # the graph is small (~150 modules): recursion is fine
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    found = []
    for component in components:  # shortest way back to the start, inside the component
        start = min(component)
        paths = {start: [start]}
        queue = [start]
        while queue:
            v = queue.pop(0)
            for w in sorted(graph[v]):
                if w == start:
                    found.append(paths[v])
                    queue = []
                    break
                if w in component and w not in paths:
                    paths[w] = paths[v] + [w]
                    queue.append(w)
    return found


def describe(cycle: list[str], graph: dict[str, dict[str, list[int]]]) -> str:
    hops = zip(cycle, cycle[1:] + cycle[:1])
    return "\n".join(f"  {a} -> {b} (l.{', l.'.join(map(str, sorted(set(graph[a][b]))))})" for a, b in hops)


def test_no_import_cycles():
    graph = import_graph()
    found = cycles(graph)
    assert not found, "import cycles (move the shared code down, or the call up, rather than hide the import):\n" + \
        "\n\n".join(describe(c, graph) for c in found)


def test_the_reader_sees_imports_inside_functions(tmp_path):
    pkg = tmp_path / "ecoaudit"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "low.py").write_text("def f():\n    from .high import g\n    return g\n")
    (pkg / "high.py").write_text("from ecoaudit import low\n\ndef g():\n    pass\n")
    graph = import_graph(tmp_path)
    assert graph["ecoaudit.low"] == {"ecoaudit.high": [2]} and graph["ecoaudit.high"] == {"ecoaudit.low": [1]}
    assert cycles(graph) == [["ecoaudit.high", "ecoaudit.low"]]


def test_import_contracts():
    """`lint-imports` with the contracts of pyproject.toml (no cache written in the checkout)."""
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
                               "sys.exit(lint_imports(no_cache=True, no_logo=True))"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, "import contracts broken (docs/architecture.md, Layers):\n" + run.stdout + run.stderr
