"""Dependency labels of the English models (spaCy's ClearNLP scheme), in one place,
and the part-of-speech tags of a finite verb.

The rules, the actor resolver and the flags read the parse by these names
rather than by string literals typed in each module.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "freed", "hostages"],
...           heads=[1, 1, 1], deps=[NSUBJ, ROOT, DOBJ])
>>> [t.text for t in doc if t.dep_ == DOBJ]
['hostages']
"""

from __future__ import annotations

__all__ = [
    "ACL", "ACOMP", "ADVCL", "ADVMOD", "AGENT", "AMOD", "APPOS", "ATTR", "AUX", "AUXPASS", "CASE",
    "CC", "CCOMP", "COMPOUND", "CONJ", "CSUBJ", "DATIVE", "DET", "DOBJ", "EXPL", "FINITE_TAGS",
    "FINITE_VERB_TAGS", "INTJ", "MARK", "NEG", "NMOD", "NPADVMOD", "NSUBJ", "NSUBJPASS", "NUMMOD",
    "OPRD", "PARATAXIS", "PCOMP", "PLURAL_NOUN_TAGS", "POBJ", "POSS", "PRECONJ", "PREDET", "PREP",
    "PRT", "PUNCT", "QUANTMOD", "RELATIVE_TAGS", "RELCL", "ROOT", "WHOSE_TAG", "XCOMP",
]

# the root of a sentence
ROOT = "ROOT"
# subjects, objects and agents
NSUBJ = "nsubj"
NSUBJPASS = "nsubjpass"
CSUBJ = "csubj"
EXPL = "expl"
AUX = "aux"
AUXPASS = "auxpass"
DOBJ = "dobj"
DATIVE = "dative"
AGENT = "agent"
OPRD = "oprd"
ATTR = "attr"
# prepositions and particles
PREP = "prep"
POBJ = "pobj"
PCOMP = "pcomp"
PRT = "prt"
# negation and coordination
NEG = "neg"
CONJ = "conj"
CC = "cc"
PRECONJ = "preconj"
# clauses
CCOMP = "ccomp"
XCOMP = "xcomp"
ACOMP = "acomp"
ADVCL = "advcl"
ACL = "acl"
RELCL = "relcl"
MARK = "mark"
PARATAXIS = "parataxis"
# inside a noun phrase
POSS = "poss"
APPOS = "appos"
COMPOUND = "compound"
NMOD = "nmod"
AMOD = "amod"
DET = "det"
PREDET = "predet"
NUMMOD = "nummod"
CASE = "case"
QUANTMOD = "quantmod"
NPADVMOD = "npadvmod"
ADVMOD = "advmod"
INTJ = "intj"
PUNCT = "punct"

#: Tags of a finite verb, which heads a clause of its own ("attacked", "attacks", "attack").
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Tags of finite verbs and auxiliaries ("had", "was", "says", "will").
FINITE_TAGS = FINITE_VERB_TAGS | {"MD"}
#: Tags of the relative pronouns that stand for the noun of their clause ("which", "that", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Tag of the possessive relative "whose".
WHOSE_TAG = "WP$"
#: Tags of a plural noun, common or proper ("rebels", "the Philippines", "Americans").
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
