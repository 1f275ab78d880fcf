"""The package's shape: imports go one way, and briefing never loads training or evaluation code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hindi_brief"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imports(tree: ast.AST):
    """Every import statement, wherever it stands (functions, methods, try blocks), except under
    ``if TYPE_CHECKING:``, which never runs."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if _is_type_checking_block(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph() -> dict[str, set[str]]:
    """``module -> modules of the package it imports``. Importing ``a.b.c`` also runs the
    ``__init__`` of the subpackage ``a.b`` (not of the top package, which every import runs),
    so that is an edge too."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                if node.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets = [module] + [f"{module}.{a.name}" for a in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if not target.startswith("hindi_brief."):
                    continue
                edges.add(target)
                parent = target.rpartition(".")[0]
                while parent.count("."):  # subpackages above it, not hindi_brief itself
                    edges.add(parent)
                    parent = parent.rpartition(".")[0]
        edges.discard(name)
        graph[name] = {e for e in edges if not name.startswith(e + ".")}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_import_graph_has_no_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_graph_sees_imports_inside_functions_and_subpackages():
    graph = import_graph()
    # training/tagger.py imports the tagging package's modules, some inside functions.
    assert "hindi_brief.tagging.embedded" in graph["hindi_brief.training.tagger"]
    assert "hindi_brief.tagging" in graph["hindi_brief.training.tagger"]


def test_runtime_never_imports_training_or_evaluation_code():
    for name, edges in import_graph().items():
        if name.startswith(("hindi_brief.training", "hindi_brief.evaluation", "hindi_brief.evaluate")):
            continue
        bad = sorted(e for e in edges if e.startswith(("hindi_brief.training", "hindi_brief.evaluation", "hindi_brief.evaluate")))
        assert not bad, f"{name} imports {bad}"


def test_a_brief_loads_no_training_evaluation_or_scikit_learn_module():
    code = (
        "import sys, hindi_brief as hb\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "hb.brief(text); hb.story([text, text]); hb.group([text, text])\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('sklearn', 'hindi_brief.training', "
        "'hindi_brief.evaluation', 'hindi_brief.evaluate', 'torch', 'stanza')))\n"
        "print(bad)\n"
    )
    seed = sorted((PACKAGE.parent / "seeds").glob("*.txt"))[0]
    proc = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


#: The keyword steps in the order ``rank/keyphrase/__init__.py`` and docs/architecture.md give them.
KEYPHRASE_ORDER = ("vocabulary", "spellings", "scoring", "names", "seams", "candidates", "choice", "forms")


def test_each_keyphrase_module_imports_only_those_before_it():
    graph = import_graph()
    package = "hindi_brief.rank.keyphrase"
    on_disk = {n.rpartition(".")[2] for n in graph if n.startswith(package + ".")}
    assert on_disk == set(KEYPHRASE_ORDER)
    for i, name in enumerate(KEYPHRASE_ORDER):
        siblings = {e.rpartition(".")[2] for e in graph[f"{package}.{name}"] if e.startswith(package + ".")}
        assert siblings <= set(KEYPHRASE_ORDER[:i]), f"{name} imports {sorted(siblings - set(KEYPHRASE_ORDER[:i]))}"
    assert "hindi_brief.rank.keywords" not in {e for n in on_disk for e in graph[f"{package}.{n}"]}
