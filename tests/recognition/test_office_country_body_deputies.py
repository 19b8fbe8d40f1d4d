"""The deputy of an office of an international body held in the story ("UNEP Executive Director
A ... Deputy Executive Director B") serves that body: no state, whatever the dateline. A deputy
of a one-word office ("Vice President") or of a state's office keeps the story's state.
Sentences written for these tests."""


def _countries(extract_text, text):
    return {o.name: o.country for o in extract_text(text).officials}


def test_the_deputy_of_a_bodys_office_serves_no_state(extract_text):
    text = ("KAMPALA, 3 May 2026 -- UNICEF Executive Director Celia Lindqvist opened the forum. Deputy Executive "
            "Director Omar Haidari presented the budget. Ugandan Foreign Minister Jeje Odongo welcomed delegates.")
    found = _countries(extract_text, text)
    assert found["Omar Haidari"] is None and found["Jeje Odongo"] == "UG"


def test_a_deputy_with_his_portfolio_after_the_office_too(extract_text):
    text = ("LUSAKA, 3 May 2026 -- COMESA Secretary General Chileshe Mpundu received Finance Minister Situ Banda. "
            "She was joined by the Assistant Secretary General for Programmes, Dev Haman.")
    found = _countries(extract_text, text)
    assert found["Dev Haman"] is None and found["Situ Banda"] == "ZM"


def test_a_deputy_of_a_one_word_office_keeps_the_story_state(extract_text):
    text = ("ACCRA, 3 May 2026 -- European Commission President Ana Varga met President Kofi Mensah. "
            "Vice President Ama Boateng also attended.")
    assert _countries(extract_text, text)["Ama Boateng"] == "GH"


def test_a_deputy_of_a_states_office_keeps_the_story_state(extract_text):
    text = ("HANOI, 3 May 2026 -- ASEAN Secretary-General Lim Ho met Foreign Minister Bui Son. "
            "Deputy Foreign Minister Do Viet also attended.")
    assert _countries(extract_text, text)["Do Viet"] == "VN"
