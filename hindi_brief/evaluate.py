"""``python -m hindi_brief.evaluate``: the evaluation command (``hindi_brief.evaluation.evaluate``)."""

from __future__ import annotations

from .evaluation.evaluate import main

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
