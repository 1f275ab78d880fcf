"""The text layer: clean, normalise, split into sentences, tokenise. Offsets always point into the original text.

Modules (import from them directly; this package imports none of them, so that
``doc`` can use the stopword list without pulling in the cleaner):

* ``clean``: scrape boilerplate and the headline (``clean``, ``CleanResult``)
* ``normalize``: the normalised form of a token (``normalize``)
* ``sentences``: sentence splitting (``split_sentences``)
* ``tokens``: tokenisation (``tokenize``)
* ``stopwords``: the Hindi stopword list (``STOPWORDS``, ``is_stopword``)
* ``script``: Devanagari share of a text; ``stem``: a light stemmer
"""
