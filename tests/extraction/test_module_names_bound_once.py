"""Each module-level name in the extractor is bound once.

WHY: two rules in one long module once each bound ``_SUBJECT_REACH`` (6, then 8). Python keeps the
last binding, so the first rule silently read the second rule's reach, and neither ruff nor mypy
says so for a plain assignment. Written for these tests: the scan reads the package's own source.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import orchestration.extraction

PACKAGE_DIR = Path(orchestration.extraction.__file__).parent


def _bindings(tree: ast.Module) -> dict[str, list[int]]:
    """Lines at which each module-level name is assigned, or defined as a function or class."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return lines


def test_the_scan_sees_a_second_binding() -> None:
    source = "_REACH = 6\ndef f() -> int:\n    return _REACH\n_REACH = 8\n"
    assert _bindings(ast.parse(source))["_REACH"] == [1, 4]


def test_no_module_level_name_is_bound_twice() -> None:
    modules = sorted(PACKAGE_DIR.rglob("*.py"))
    assert len(modules) > 40
    twice = [
        f"{path.relative_to(PACKAGE_DIR)}: {name} at lines {lines}"
        for path in modules
        for name, lines in _bindings(ast.parse(path.read_text(encoding="utf-8"))).items()
        if len(lines) > 1
    ]
    assert twice == []
