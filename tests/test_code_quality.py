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
