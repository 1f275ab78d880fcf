"""The parts of ``rank.keywords``, one step each: the words (``vocabulary``), the candidates (``candidates``, with
the name chains of ``names`` and the glued words of ``seams``), phrases written apart made one (``spellings``), scores
(``scoring``), the list chosen (``choice``) and the form each keyword is shown in (``forms``). ``rank.keywords``
describes the whole and runs the steps."""
