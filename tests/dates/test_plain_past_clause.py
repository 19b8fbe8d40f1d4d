"""A yearless date whose own clause is plainly past takes its most recent past occurrence; a
future form takes the next one; a past cue outside the date's clause (reported speech, a
plan's slot, a move "to" a month) keeps the sentence's window (sentences written for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,published,expected", [
    # the clause's own past verb: the most recent January, not the next one
    ("The regional summit was held in January in Port Vila.", "2021-12-07", ["2021-01"]),
    ("Delegates from Tarnovia met in Kelvora on 3 March to discuss fisheries.", "2021-12-07", ["2021-03-03"]),
    ("The pact, which the two ministers signed on 14 February, took effect at once.", "2021-11-20", ["2021-02-14"]),
    ("Trade between the islands has grown since February.", "2021-12-07", ["2021-02"]),
    # a date in the phrase that opens the sentence belongs to the main clause
    ("In January, the leaders of Marenia and Oskadia restored ties.", "2021-12-07", ["2021-01"]),
    ("Following a landmark summit in January, the two states reopened their embassies.", "2021-12-07", ["2021-01"]),
    # a date a week after the publication day in a past clause: a late publication date, kept
    ("The envoys met on 10 December in Sulvan.", "2021-12-07", ["2021-12-10"]),
    # a future form: the next occurrence
    ("The regional summit will be held in January in Port Vila.", "2021-12-07", ["2022-01"]),
    ("The next round of talks is to be held in February.", "2021-12-07", ["2022-02"]),
    ("The upcoming forum in March will gather forty states.", "2021-12-07", ["2022-03"]),
    # past words outside the date's clause, or a plan's slot: the sentence's window stays
    ("The minister said the talks in January were useful.", "2021-12-07", ["2022-01"]),
    ("The vote was postponed to February.", "2021-12-07", ["2022-02"]),
    ("The forum was expected to be held in March.", "2021-12-07", ["2022-03"]),
    ("Officials said that the fair, which opens in February, would draw buyers.", "2021-12-07", ["2022-02"]),
    # a sentence that also looks ahead, an invitation, a date looked forward to: the window stays
    ("Velmora will cut the fee for 40 states from 60 to 30 days starting Oct 1, the minister said.", "2025-06-18",
     ["2025-10-01"]),
    ("Both envoys looked forward to the festival of the union on 8 August.", "2025-07-09", ["2025-08-08"]),
    ("The minister invited Dorvan investors to take part in the trade fair in Kesh on June 19-20.", "2025-05-27",
     ["2025-06-19"]),
    # a year written in the date: nothing to choose
    ("The summit was held in January 2020.", "2021-12-07", ["2020-01"]),
])
def test_plain_past_clause(text, published, expected):
    record = extract(text, id="p", published=published)
    assert [d.start for d in record.dates] == expected
