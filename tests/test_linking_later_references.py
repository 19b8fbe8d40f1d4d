"""An event's period told by a later sentence that names it again by its head noun or by a word
of journey, beyond the paragraph of its first mention (wire copy writes one sentence a
paragraph): "In the two-day meeting, ...", "The meeting, which ..., will run from 2 to 4 June",
"She will make the trip from 8 to 10 September". Sentences written for these tests; published
date of every case: Monday 2 June 2025."""
import pytest


def _event(record, name):
    found = [e for e in record.events if e.name == name]
    assert found, (name, [e.name for e in record.events])
    return found[0]


#: (text, event name, (start, end))
CASES = [
    pytest.param(
        "9th Island Water Ministers' Meeting opens today\n\n"
        "The 9th Island Water Ministers' Meeting opens today at the Civic Hall in Apia.\n\n"
        "The meeting, which is chaired by Minister Tala Sefo, will run from 2 to 4 June.",
        "9th Island Water Ministers' Meeting", ("2025-06-02", "2025-06-04"),
        id="a headline's day, the period told below of a later mention"),
    pytest.param(
        "The 4th Kenya-Ghana Joint Trade Committee Meeting opened in Nairobi today.\n\n"
        "Officials reviewed progress on earlier accords.\n\n"
        "In the two-day meeting, the sides expect to sign three agreements.",
        "4th Kenya-Ghana Joint Trade Committee Meeting", ("2025-06-02", "2025-06-03"),
        id="the length given to a later 'the two-day meeting'"),
    pytest.param(
        "The 4th Harbour Safety Forum opened in Suva today.\n\n"
        "Delegates praised the host.\n\n"
        "The 3-day forum is co-hosted by two port authorities.",
        "4th Harbour Safety Forum", ("2025-06-02", "2025-06-04"),
        id="a digit length on a later 'the 3-day forum'"),
    pytest.param(
        "President Ana Rios will make a state visit to Norway in September, her office said.\n\n"
        "She will make the trip from 8 to 10 September with three ministers.",
        "state visit to Norway", ("2025-09-08", "2025-09-10"),
        id="a journey named again as 'the trip' gives the days within its month"),
    pytest.param(
        "The 4th Harbour Safety Forum opened in Suva today.\n\n"
        "The 6th Reef Council Meeting is planned for July.\n\n"
        "In the three-day meeting, ministers will review fishing quotas.",
        "4th Harbour Safety Forum", ("2025-06-02", None),
        id="a later 'the three-day meeting' is the meeting named last, not the forum"),
    pytest.param(
        "The 4th Harbour Safety Forum opened in Suva today.\n\n"
        "Port officials said the harbour will close from 3 to 9 June for dredging.",
        "4th Harbour Safety Forum", ("2025-06-02", None),
        id="a period in a later sentence that does not name the event is not its"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_later_reference_tells_the_period(extract_text, text, name, period):
    event = _event(extract_text(text), name)
    assert (event.start, event.end) == period
