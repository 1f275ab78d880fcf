"""Evaluation: ROUGE and keyword metrics, baseline systems, and the evaluation command.

The runtime never imports this package. Run ``python -m hindi_brief.evaluate``
(or ``python -m hindi_brief.evaluation.evaluate``) with a data path; see docs/evaluation.md.
"""
