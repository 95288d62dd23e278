"""The extraction rules, one module per construction family.

:mod:`~extract.rules.verbal` (clauses headed by a verb),
:mod:`~extract.rules.complements` (infinitive and clause complements),
:mod:`~extract.rules.nominal` (event nouns and hyphenated modifiers) and
:mod:`~extract.rules.roles` (appositions and titles) hold small generators
``Doc | Span -> Iterator[TokenTriple]``; :mod:`~extract.rules.base` the shared
labels and helpers, :mod:`~extract.rules.registry` every pattern they yield.
:func:`extract.triples.all_triples` runs them all.
"""
