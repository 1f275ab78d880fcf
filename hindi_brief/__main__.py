"""``python -m hindi_brief`` runs the ``hindi-brief`` command."""

from .cli import main

raise SystemExit(main())
