"""A plural office whose holders are listed each with its state (session 20, rule
``title.paired_list+name``): "his counterparts from Peru (A), Chile (B)", "Ministers from the
Republic of X, H.E. A, the Republic of Y, H.E. B", "The Ministers of Trade from the three Baltic
countries, A, Estonia, B, Latvia". Sentences written for these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,holders,title", [
    # the state, then its holder in brackets
    ("Anna Berg, the Swedish minister who hosted her counterparts from Norway (Kari Lunde), Finland "
     "(Mikko Virtanen) and Denmark (Lars Holm), said the talks went well.",
     {"Kari Lunde": "NO", "Mikko Virtanen": "FI", "Lars Holm": "DK"}, "counterpart"),
    # the state with its formal name, a comma, the holder with a style
    ("The meeting was attended by Ministers from the Republic of Kenya, H.E. Kari Lunde, the Republic of "
     "Uganda, H.E. Mikko Virtanen, and the Republic of Rwanda, H.E. Lars Holm.",
     {"Kari Lunde": "KE", "Mikko Virtanen": "UG", "Lars Holm": "RW"}, "Minister"),
    # the holder, a comma, the state; after a group of states described before the list
    ("The Ministers for Trade from the three Baltic countries, Kari Lunde, Estonia, Mikko Virtanen, "
     "Latvia and Lars Holm, Lithuania, met in Riga on 3 May.",
     {"Kari Lunde": "EE", "Mikko Virtanen": "LV", "Lars Holm": "LT"}, "Minister for Trade"),
    ("Next week the presidents of Chile, Rosa Vidal, and Peru, Hugo Salas, will meet in Lima.",
     {"Rosa Vidal": "CL", "Hugo Salas": "PE"}, "president"),
    # two offices shared: which one each holds is untold
    ("The session was attended by Ministers and Ambassadors from Kenya, Kari Lunde, and Uganda, "
     "Mikko Virtanen.", {"Kari Lunde": "KE", "Mikko Virtanen": "UG"}, None),
])
def test_holders_listed_with_their_states_share_the_plural_office(extract_text, text, holders, title):
    found = _found(extract_text, text)
    for name, country in holders.items():
        assert name in found, list(found)
        assert (found[name].title, found[name].country) == (title, country)


@pytest.mark.parametrize("text,absent", [
    # one holder alone is no list
    ("She met her counterparts from Norway (Kari Lunde) on Monday.", "Kari Lunde"),
    # a group of states not closed by a plural noun of states
    ("The Ministers from the three Baltic capitals, Kari Lunde, Estonia, Mikko Virtanen, Latvia, met.",
     "Kari Lunde"),
    # names with no plural office before them
    ("Visitors from Norway (Kari Lunde) and Finland (Mikko Virtanen) arrived.", "Mikko Virtanen"),
])
def test_no_paired_holders_without_a_list_of_two_after_a_plural_office(extract_text, text, absent):
    assert absent not in _found(extract_text, text)
