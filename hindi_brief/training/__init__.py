"""Training code: the commands that build the shipped models in ``models/`` from data.

The runtime (``import hindi_brief``, ``hb.brief``) never imports this package; it
needs scikit-learn, which the runtime does not. Commands:

* ``python -m hindi_brief.training.tagger``: embedded tagger and lemmatiser (``models/embedded``)
* ``python -m hindi_brief.training.tagger_variants``: dev, test and PUD scores of changes tried on that tagger
* ``python -m hindi_brief.training.stanza_model``: the small Stanza model (``models/stanza-hi``)
* ``python -m hindi_brief.training.ranker``: sentence-ranker weights (``models/ranker``)
* ``python -m hindi_brief.training.df``: document frequencies (``models/df``)
* ``python -m hindi_brief.training.manifest``: check or rewrite ``models/MANIFEST.json``
"""
