"""The name expressions of linking run only on names that can hold a match (a hyphen, a dash,
"19"/"20"): the guarded helpers give what the expressions give on every name."""
import random

from newsfacts.linking.events import (_HYPHENED_CODE, _HYPHENED_WORD, _YEAR_IN_NAME, _hyphened_words,
                                      _joined_codes, _without_year)

NAMES = [
    "Extra-Ordinary Session of the Co-operation Council", "G-20 Leaders' Summit 2025", "COP\u201328 talks",
    "the 2019 Review Meeting", "Ministerial Meeting", "Inter-American Dialogue on Water-Energy links",
    "Trans-Pacific  Forum\u00a0-\u00a0Ten", "SADC-EU Dialogue_2020", "Ó-Fearghail x-1 Round",
]


def _random_names(n: int):
    rng = random.Random(7)
    alphabet = list("aZé-\u2013_19 20\t\u00a0()'")
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(n)]


def test_guarded_name_helpers_match_their_expressions():
    for name in NAMES + _random_names(3000):
        assert _hyphened_words(name) == _HYPHENED_WORD.findall(name), name
        assert _joined_codes(name) == _HYPHENED_CODE.sub(r"\1\2", name), name
        assert _without_year(name) == _YEAR_IN_NAME.sub("", name), name


def test_guards_leave_the_names_they_change_changed():
    assert _hyphened_words("Extra-Ordinary Session") == ["Extra-Ordinary"]
    assert _joined_codes("the G-20 and COP\u201328") == "the G20 and COP28"
    assert _without_year("G20 Summit 2025") == "G20 Summit"
