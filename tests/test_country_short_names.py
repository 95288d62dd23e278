"""A country's bare short name that the actor dictionary gives to another country is, in an
article that names the first country in full, that country
(:attr:`extract.actors.ActorResolver._country_short_forms`): "the Democratic Republic of
Congo ... Congo" is the DR Congo, not the Republic of the Congo that a bare "Congo" is out
of context. A short name that is a country's own name stays that country ("South Sudan ...
Sudan" is Sudan), and so does the short name of the country named in full ("the Republic of
Congo ... Congo").

In an article that never names either Congo in full, the listed places, peoples and groups
it names decide (:meth:`extract.actors.ActorResolver._short_names_by_place`): "Congo" in a
story of Goma, Kinshasa or Congolese troops is the DR Congo; with Brazzaville, or with
places of both countries, it stays the dictionary's reading."""

from __future__ import annotations

import pytest

from actorgraph.records import Article

DRC, ROC = "Democratic Republic of the Congo", "Republic of the Congo"

#: (article, the subject labels of its triples in order that must hold)
_ARTICLES = [
    ("The Democratic Republic of Congo accused Rwanda of backing M23 rebels. "
     "Congo recalled its ambassador from Kigali.", [DRC, DRC]),
    ("Rwanda rejected a complaint by the Democratic Republic of Congo on Monday. "
     "On Tuesday Congo accused Uganda of arming the rebels.", [DRC]),
    ("Angola welcomed the Democratic Republic of Congo into the talks. "
     "Congo signed the ceasefire with Rwanda on Friday.", [DRC]),
    # guards: the country named in full is the one the short name is out of context, and a
    # short name that is a country's own name
    ("The Republic of Congo signed an oil deal with France. Congo also met Angola.",
     [ROC, ROC]),
    ("South Sudan accused Sudan of bombing its oil fields. Sudan denied the charge.",
     ["South Sudan", "Sudan"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "subjects"), _ARTICLES, ids=[a[0][:30] for a in _ARTICLES])
def test_a_short_country_name_is_the_country_named_in_full(extractor, text, subjects):
    (result,) = extractor.extract([Article("t", text)])
    found = [t.subject.label for t in result.triples]
    for subject in subjects:
        assert subject in found, found
    # never both Congos in one article that names one of them in full
    labels = {t.subject.label for t in result.triples} | {t.object.label for t in result.triples}
    assert not {DRC, ROC} <= labels, labels


#: (article, the subject label "Congo" must get) for articles naming neither Congo in full
_BY_PLACE = [
    ("M23 rebels seized Goma on Monday. Congo accused Rwanda of backing the rebels.", DRC),
    ("Officials in Kinshasa said Congo would expel the Rwandan ambassador.", DRC),
    ("Congolese troops attacked rebel positions near Bunia. Congo blamed Uganda for the "
     "fighting.", DRC),
    # guards: a place of the Republic of the Congo, and places of both
    ("Congo signed an oil deal with France in Brazzaville on Friday.", ROC),
    ("Refugees fled from Goma to Brazzaville. Congo blamed Rwanda for the crisis.", ROC),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "congo"), _BY_PLACE, ids=[a[0][:30] for a in _BY_PLACE])
def test_the_places_of_the_article_decide_which_congo(extractor, text, congo):
    (result,) = extractor.extract([Article("t", text)])
    labels = {t.subject.label for t in result.triples} | {t.object.label for t in result.triples}
    assert congo in labels, labels
    assert not {DRC, ROC} <= labels, labels
