"""No place told for the story's event carries to an event told as another occasion: the
occasion where something was decided ("the roadmap agreed by the X Forum", "the decision made
by the leaders at the Y Summit": DECIDED_WORD) or one set "preceding", "following" or as a
"prelude to" the other (SET_APART_WORD). A place the event's own sentence gives is still its
own, and a place still carries to an event told without such a word. Sentences written for
these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, venue as (city, country) or None)
CASES = [
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "They welcomed the "
        "progress of the roadmap agreed by the 4th Lagoon Dialogue Forum.",
        "4th Lagoon Dialogue Forum", None,
        id="the occasion a document was agreed by: another occasion, no carried place"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "The step follows the "
        "decision made by the leaders of the region at the 9th Coral Leaders Summit.",
        "9th Coral Leaders Summit", None,
        id="a decision made by someone at an event: the words between the participle and 'at' are passed over"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "The two ministers "
        "agreed on the plan last week at the 3rd Tasman Trade Dialogue.",
        "3rd Tasman Trade Dialogue", ("Apia", "WS"),
        id="control: a verb with its object ('agreed on the plan ... at') may report the story's occasion"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "They reviewed the decisions taken during the 3rd Tasman Trade Dialogue.",
        "3rd Tasman Trade Dialogue", None,
        id="decisions taken during an event: the record of another occasion"),
    pytest.param(
        "Foreign ministers are arriving in Suva for the 12th Reef Council Meeting, which convenes on 3 and 4 June "
        "preceding the 9th Ocean Leaders Summit.",
        "9th Ocean Leaders Summit", None,
        id="'preceding' the event: the other's place is not its own"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Suva yesterday. "
        "The meeting was organised as a "
        "prelude to the 9th Ocean Leaders Summit.",
        "9th Ocean Leaders Summit", None,
        id="'a prelude to' the event: the other's place is not its own"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Suva yesterday. "
        "The minister said the border "
        "had been calm following the 2nd Border Commanders Meeting.",
        "2nd Border Commanders Meeting", None,
        id="'following' an event: another occasion, no carried place"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "They welcomed the "
        "roadmap agreed at the 4th Lagoon Dialogue Forum in Nadi.",
        "4th Lagoon Dialogue Forum", ("Nadi", "FJ"),
        id="a place of the event's own sentence is still its own"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "The deputy minister also "
        "attended the 4th Lagoon Dialogue Forum.",
        "4th Lagoon Dialogue Forum", ("Apia", "WS"),
        id="control: with no such word the place told before still carries"),
    pytest.param(
        "The 5th Reef Council Meeting was held at the ministry in Apia yesterday. "
        "The roadmap, agreed "
        "by all, was discussed by the 4th Lagoon Dialogue Forum.",
        "4th Lagoon Dialogue Forum", ("Apia", "WS"),
        id="control: a clause break between the participle and 'by' joins no decision to the event"),
]


@pytest.mark.parametrize("text, name, venue", CASES)
def test_no_carried_place_to_other_occasions(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
