"""A bare definite thing that no name says which of takes the one earlier phrase with its
head whose own words do (:class:`~actorgraph.extract.anaphora.EarlierMentions`): "Swarms of desert
locusts have spread ... *the swarms* could reach Senegal" is the swarms of desert locusts,
"suspended interest payments ... resume *the payments*" the interest payments. Left bare,
the triple says only "swarms" or "payments", which blind judges of wire triples mark as
only partly right. Two earlier phrases that read differently ("import quotas ... textile
quotas ... the quotas") leave it bare; a named earlier phrase goes first
(:meth:`~actorgraph.extract.actors.ActorResolver._same_head_antecedent`); people and
organisations are coreference's.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

_SENTENCES = {
    "a bare definite thing takes the earlier phrase that says which": [
        ("Swarms of desert locusts have spread from Sudan into Niger, the FAO said. An FAO "
         "entomologist said the swarms could reach Senegal by November.",
         [("swarms of desert locusts", "reach", "Senegal", False, True)], [("swarms", "Senegal")]),
        ("Brazil suspended interest payments on its commercial bank debt in February. Brazil "
         "will resume the payments to Citibank in June.",
         # (session 47: the complement's "its" names its owner, as the head's does)
         [("Brazil", "resume", "interest payments on Brazil's commercial bank debt", False,
           True)],
         [("Brazil", "payments")]),
        ("Iran fired anti-ship missiles at a Kuwaiti tanker on Monday. Washington said the "
         "missiles were supplied by China.",
         [("China", "supply", "anti-ship missiles", False, False)], [("China", "missiles")]),
        ("Army officers seized power in Fiji in a bloodless coup on Thursday. Australia and "
         "New Zealand condemned the coup.",
         [("Australia", "condemn", "bloodless coup", False, False)], [("Australia", "coup")]),
    ],
    "two earlier readings, or a bare one, leave it bare": [
        ("Washington imposed import quotas on Chinese cotton. It also set textile quotas for "
         "Taiwan. Beijing said the quotas violated the Multi-Fibre Arrangement.", [],
         [("import quotas", "Multi-Fibre Arrangement"),
          ("textile quotas", "Multi-Fibre Arrangement")]),
        ("The missiles hit a tanker, officials said. Washington said the missiles were "
         "supplied by China.", [], [("China", "anti-ship missiles")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
def test_a_long_article_of_one_bare_head_stays_linear(extractor):
    """Each bare "the war" looks back only at described phrases ("a brutal war", "the long
    war"), each resolved once: never at the bare ones before it, whose own look-back would
    make the cost grow with every mention (forty of each here take well under a second)."""
    text = "Russia launched a brutal war against Ukraine in 2022. " + " ".join(
        f"Officials in Kyiv said the long war had hurt farmers in region {i} and France "
        "condemned the war." for i in range(40))
    (result,) = extractor.extract([Article("t", text)])
    assert ("France", "brutal war") not in {(t.subject.label, t.object.label)
                                             for t in result.triples}
