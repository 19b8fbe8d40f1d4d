"""Words of bodies' names and of offices are no person's name words, whatever office stands
before them (session 29, names.jsonl NOT_NAME_WORD); the Papua New Guinean style "Great Grand
Chief". Sentences written for these tests."""
import pytest


def _names(extract_text, text):
    return [o.name for o in extract_text(text).officials]


@pytest.mark.parametrize("text,word", [
    ("He paid a courtesy call on the Deputy Volta Regional Minister, Hon. Ama Owusu, on Monday.", "Regional"),
    ("The talks were led by the Director General for Consular Issues of the Foreign Ministry Ali Demir.", "Issues"),
    ("\"The People's Democratic Republic, as chair of the bloc, will host the talks,\" Tom Kerr said.", "Republic"),
    ("Minister Attached to the Prime Minister's Office Ana Lopez opened the fair.", "Attached"),
    ("The President received the credentials of the Ambassador Accredited to the Holy See.", "Accredited"),
    ("The talks were chaired by the Minister of Trade and Foreign Affairs of the host country.", "Affairs"),
    ("Courtesy call: the County Commissioner received the delegation.", "Courtesy"),
])
def test_no_official_named_by_a_body_word(extract_text, text, word):
    assert not any(word in name.split() for name in _names(extract_text, text))


def test_great_grand_chief_is_a_style(extract_text):
    text = ("The leaders will travel to Wewak, the home town of the first Prime Minister, Great Grand Chief "
            "Sir Tom Kila.")
    assert [(o.name, o.title, o.honorifics) for o in extract_text(text).officials] == \
        [("Tom Kila", "first Prime Minister", ["Great Grand Chief", "Sir"])]
