"""The parts of ``rank.keywords``: the shared ``vocabulary``, then one module per step: the candidates
(``candidates``, served by ``names`` and ``seams``), phrases written apart made one (``spellings``), scores
(``scoring``), the list chosen (``choice``) and the form each keyword is shown in (``forms``). ``rank.keywords``
describes the whole and runs the steps. A name with a leading ``_`` is private to this package."""
