"""Taggers that fill ``Token.pos`` and ``Token.lemma``."""
