"""Write docs/api.md from the docstrings of every public name in ``hindi_brief.__all__``.

    python docs/make_api.py          # rewrite docs/api.md
    python docs/make_api.py --check  # exit 1 if docs/api.md is out of date (run by the tests)
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import sys
from pathlib import Path

import hindi_brief

OUT = Path(__file__).resolve().parent / "api.md"
HEADER = """# API reference

Generated from the docstrings by `python docs/make_api.py`; `tests/test_docs.py`
fails when this file is out of date. Everything below is importable from
`hindi_brief` (`import hindi_brief as hb`). The scale-out modules `hindi_brief.dask`
and `hindi_brief.spark` (optional extras, imported on their own) are described in
[scaling out](scale.md).
"""


def _signature(obj: object, name: str) -> str:
    try:
        return f"{name}{inspect.signature(obj)}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return name


def _section(name: str, obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    if inspect.isclass(obj):
        kind = "exception" if issubclass(obj, BaseException) else "class"
        lines = [f"## `{name}` ({kind})", "", f"```text\n{_signature(obj, name)}\n```", "", doc, ""]
        if dataclasses.is_dataclass(obj):
            fields = [f.name for f in dataclasses.fields(obj)]
            lines += ["Fields: " + ", ".join(f"`{f}`" for f in fields), ""]
        members = []
        for attr, value in sorted(vars(obj).items()):
            if attr.startswith("_") and attr not in ("__call__",):
                continue
            if inspect.isfunction(value) or isinstance(value, property):
                target = value.fget if isinstance(value, property) else value
                summary = (inspect.getdoc(target) or "").split("\n\n")[0].replace("\n", " ")
                sig = attr if isinstance(value, property) else _signature(value, attr).replace("(self, ", "(").replace("(self)", "()")
                members.append(f"- `{sig}`: {summary}")
        if members:
            lines += ["Members:", "", *members, ""]
        return "\n".join(lines)
    if callable(obj):
        return "\n".join([f"## `{name}()`", "", f"```text\n{_signature(obj, name)}\n```", "", doc, ""])
    return "\n".join([f"## `{name}`", "", f"`{obj!r}`", ""])


def render() -> str:
    names = [n for n in hindi_brief.__all__ if not n.startswith("__")]
    return HEADER + "\n" + "\n".join(_section(n, getattr(hindi_brief, n)) for n in names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("docs/api.md is out of date: run python docs/make_api.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
