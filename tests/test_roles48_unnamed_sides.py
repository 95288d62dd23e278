"""An unnamed side said by its kind or its owner (session 48).

* "fined the supermarket chains Edeka and Rewe" is a fine of each chain named, when the
  NER missed a name or took one for a person
  (:meth:`~extract.actors.ActorResolver._kind_listed_names`): only a plural, lower-case
  kind of business (:data:`~extract.lexicon.FIRM_APPOSITIONS`,
  :data:`~extract.lexicon.ORGANISATION_KIND_HEADS`) with two or more coordinated names of
  capitalised proper nouns right after it;
* guards: the bare kind ("fined the supermarket chains a combined €40 million", "praised
  the chains") names no one and stays out; a plural of people ("the brothers Ali and Omar
  Haddad") is no business kind and keeps its reading;
* a person's unnamed post holder acted on, "sacked his finance minister", is kept as a
  concept labelled with its owner when the subject is the only one who may own it
  ("Hakainde Hichilema's finance minister": ``_persons_role_acted_on`` in
  ``extract/actors.py``, labelled by :meth:`~extract.actors.ActorResolver.sole_owner`;
  a day named in the sentence still keeps it out); a dismissing verb on one's own post
  holder is a dismissal, no attack ("fired his interior minister":
  ``_staff_dismissed`` in ``extract/events.py``);
* guards: a bare "the minister" with no owner stays out, as does "his deputy" when another
  person named may own it, and a name in apposition is still the side ("his finance
  minister, Arun Jaitley").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_labels

LISTED = {
    "plural kind, names after it": [
        ("Spain's competition authority fined the supermarket chains Mercadona and Eroski "
         "over price fixing.",
         [("Spain", "fine", "Mercadona"), ("Spain", "fine", "Eroski")],
         [("Spain", "supermarket chains")]),
        ("The central bank warned the lenders Sparbank and Nordkredit about their capital "
         "buffers.",
         [("central bank", "warn", "Sparbank"), ("central bank", "warn", "Nordkredit")],
         [("central bank", "lenders")]),
        ("Investors sued the carmakers Voltaro and Brennwerk over defective airbags.",
         [("investors", "sue", "Voltaro"), ("investors", "sue", "Brennwerk")],
         [("investors", "carmakers")]),
        ("Inspectors raided the companies Kessler and Brandt in Hamburg.",
         [("inspectors", "raid", "Kessler"), ("inspectors", "raid", "Brandt")], []),
    ],
    "guard: no name, no side": [
        ("The regulator fined the supermarket chains a combined €40 million.",
         [], [("regulator", "supermarket chains")]),
        ("The ministry praised the chains for their work.", [], [("ministry", "chains")]),
    ],
    "guard: people are no business": [
        ("Police detained the brothers Ali and Omar Haddad.",
         [("police", "detain", "Omar Haddad")], []),
    ],
}


OWNED_ROLES = {
    "a person's post holder, labelled with the owner": [
        ("Zambian President Hakainde Hichilema sacked his finance minister amid a fuel "
         "crisis.",
         [("Hakainde Hichilema", "sack", "Hakainde Hichilema's finance minister")], []),
        ("Peruvian President Dina Boluarte sacked her defence minister amid the protests.",
         [("Dina Boluarte", "sack", "Dina Boluarte's defence minister")], []),
        ("Turkish President Recep Tayyip Erdogan sacked his central bank governor "
         "overnight.",
         [("Recep Tayyip Erdogan", "sack", "Recep Tayyip Erdogan's central bank governor")],
         []),
        ("Chilean President Gabriel Boric fired his interior minister after the riots.",
         [("Gabriel Boric", "fire", "Gabriel Boric's interior minister")], []),
    ],
    "guard: no owner, or another who may own it": [
        ("Hichilema sacked the minister.", [], [("Hakainde Hichilema", "minister"),
                                                ("Hichilema", "minister")]),
        ("Kenyan President William Ruto criticised Raila Odinga for attacking his deputy.",
         [("William Ruto", "criticise", "Raila Odinga")],
         [("Raila Odinga", "deputy"), ("Raila Odinga", "William Ruto's deputy"),
          ("Raila Odinga", "Raila Odinga's deputy")]),
        ("He sacked his finance minister.", [], [("he", "finance minister")]),
    ],
    "guard: a name in apposition is the side": [
        ("Narendra Modi sacked his finance minister, Arun Jaitley.",
         [("Narendra Modi", "sack", "Arun Jaitley")],
         [("Narendra Modi", "Narendra Modi's finance minister")]),
    ],
}


def test_a_post_holder_fired_is_dismissed(extractor):
    result = next(extractor.extract([Article(
        id="t", text="Chilean President Gabriel Boric fired his interior minister after the "
                     "riots.")]))
    classes = {(t.subject.label, t.object.label): t.relation.event_class
               for t in result.triples}
    assert classes[("Gabriel Boric", "Gabriel Boric's interior minister")] is None


@pytest.mark.parametrize("sentence, present, absent", cases(LISTED, OWNED_ROLES))
def test_a_business_kind_lists_its_firms(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
