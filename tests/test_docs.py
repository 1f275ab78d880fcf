"""The docs stay true: every python example runs, the API reference is current, public names are documented."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import hindi_brief

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: p.name)
def test_python_examples_run(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = _BLOCK.findall(path.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem}"}
    cwd = os.getcwd()
    os.chdir(ROOT)  # examples open seeds/ relative to the repository
    try:
        for i, block in enumerate(blocks):
            try:
                exec(compile(block, f"{path.name}[block {i}]", "exec"), namespace)
            except hindi_brief.MissingDependencyError as exc:
                pytest.skip(f"{path.name} python block {i} needs an extra that is not installed: {exc}")
            except Exception as exc:  # pragma: no cover - the message is the point
                pytest.fail(f"{path.name} python block {i} failed: {type(exc).__name__}: {exc}\n{block}")
    finally:
        os.chdir(cwd)


def test_api_reference_is_current() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "docs" / "make_api.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_every_public_name_has_a_docstring_and_is_in_the_reference() -> None:
    reference = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in hindi_brief.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(hindi_brief, name)
        assert inspect.getdoc(obj), f"{name} has no docstring"
        assert f"`{name}" in reference, f"{name} missing from docs/api.md"
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if not attr.startswith("_") and (inspect.isfunction(value) or isinstance(value, property)):
                    target = value.fget if isinstance(value, property) else value
                    assert inspect.getdoc(target), f"{name}.{attr} has no docstring"


def test_docstring_examples() -> None:
    import doctest
    import importlib

    # hindi_brief.story and .group are shadowed by the functions of the same name: import the modules.
    names = ("hindi_brief", "hindi_brief.api", "hindi_brief.story", "hindi_brief.group", "hindi_brief.pipeline")
    for module in map(importlib.import_module, names):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        assert result.failed == 0, f"doctest failures in {module.__name__}"


def test_the_version_is_the_same_in_pyproject_and_the_package() -> None:
    # It is written twice (pyproject.toml's [project] and hindi_brief.__version__, which --version prints).
    match = re.search(r'(?m)^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert match is not None and match.group(1) == hindi_brief.__version__
