"""The lint and type gate, inside `make test` (and so CI): ruff, mypy and sqlfluff must be clean.

Their settings live in pyproject.toml ([tool.ruff], [tool.mypy]) and .sqlfluff; the tools'
versions in requirements-dev.lock.
"""
import subprocess
import sys
from pathlib import Path

import pytest

from sdw.settings import PROJECT_ROOT

BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / command[0]), *command[1:]], cwd=PROJECT_ROOT, capture_output=True, text=True)


@pytest.mark.parametrize("command", [
    ("ruff", "check", "."),
    ("mypy",),  # files and strictness: [tool.mypy]
    ("sqlfluff", "lint", "dbt_project/models", "dbt_project/tests", "dbt_project/macros", "dbt_project/analyses"),
], ids=["ruff", "mypy", "sqlfluff"])
def test_the_code_passes_the_gate(command):
    result = run(*command)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout[-6000:]}{result.stderr[-2000:]}"


def _module_level_assignments(path: Path) -> list[str]:
    """The names a module assigns at its top level, once per assignment."""
    import ast

    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    names.append(name.id)
    return names


@pytest.mark.parametrize("path", sorted((PROJECT_ROOT / "sdw").rglob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_assigned_twice(path):
    # A second '_WITH_BEFORE = ...' further down a module silently replaces the first at every use, even
    # those written for the first (ruff's F811 sees only functions and imports).
    names = _module_level_assignments(path)
    assert sorted({name for name in names if names.count(name) > 1}) == []
