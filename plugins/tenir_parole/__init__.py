"""Tenir parole: editors' YAML in pledges/ → a checked, tiny, offline-ready Pelican site.

- ``tenir_parole.core``: the data core (strict YAML, model, rules, Dataset); no Pelican, no UI;
- ``check``, ``build``, ``links``, ``editions``, ``new_commune``: what the commands do;
- ``cli``: the ``tenir-parole`` command the Makefile calls.

The Pelican plugins beside this package (``pledges``, ``safe_markdown``, ``inline_css`` and
``tenir_parole.weight``) turn a Dataset into pages.
"""
