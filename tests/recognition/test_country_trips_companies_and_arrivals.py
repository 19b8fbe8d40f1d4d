"""Whose officials with bare offices are, told by the story's trip, its guests' arrival and the
bodies their offices are held in: those who go with a visitor whose office is bare visit where he
visits, though another state's official is asked to visit back; one who "arrived in the country"
is the story's guest, and an envoy of the host posted in the guest's state is no host evidence;
"from X Embassy led by NAME" tells X; an office held in a body the story calls a company serves
no state; a name read right after "the" before an apposed office is a thing, not a person.
All sentences and addresses are made up; each case names the official and the country wanted
(None: no country; a name absent from the record: no official)."""
import pytest

from newsfacts.api import make_doc

CASES = [
    # the party of a bare-office visitor goes where he goes, not where another state's head is asked to
    ("TOKYO, March 3 -- Prime Minister Daniel Otieno on Tuesday was given a warm welcome upon his arrival "
     "in Japan on a three-day official visit.\n\nAt the airport, the prime minister was received by "
     "Japanese Vice Foreign Minister Kenji Mori and officials of the Kenya Embassy.\n\nThe prime minister "
     "is visiting at the invitation of Prime Minister of Japan Haruto Sato.\n\nThe prime minister is "
     "accompanied by a delegation including cabinet secretaries Ruth Wanjiku, Peter Kamau and Ali Hassan, "
     "Trade Adviser Grace Atieno and Member of Parliament John Mwangi.\n\nThis is the first visit by a "
     "Kenyan prime minister to Japan in ten years. Kenya-Japan ties have grown in trade.\n\nThe prime "
     "minister has also extended an invitation to Prime Minister Sato to visit Kenya.", None,
     {"Ruth Wanjiku": "KE", "Peter Kamau": "KE", "Grace Atieno": "KE", "Kenji Mori": "JP"}),
    # "arrived in the country": a guest; the host's envoy in the guest's state came home with him
    ("Korea Prime Minister Min-jun Park arrived in the country on March 2 for a three-day official visit. "
     "He was met at the airport by officials led by Transport Secretary Ramon Cruz, Philippine Ambassador "
     "to Korea Liza Santos and Governor Ana Reyes, and by staff of the Korea Embassy led by Ambassador "
     "Ji-ho Lee. He will hold talks with President Rafael Aquino on Thursday.",
     "https://news-example.com.ph/nation/1",
     {"Ramon Cruz": "PH", "Ana Reyes": "PH", "Rafael Aquino": "PH", "Ji-ho Lee": "KR",
      "Min-jun Park": "KR", "Liza Santos": "PH"}),
    # ... not a tour of "the country's" own north
    ("President Amos Banda was on a visit to the country's northern province on Sunday. Provincial Minister "
     "Ruth Tembo received him. Zambia plans new roads there.", None, {"Amos Banda": "ZM", "Ruth Tembo": "ZM"}),
    # a body the story calls a company: its officers serve no state, whatever the dateline's
    ("ACCRA: Minister for Trade Yaw Mensah on Friday welcomed plans by the Dutch group Vandermolen "
     "Logistics to build a warehouse in Tema. Vandermolen Logistics Chairman Pieter Smit met the minister "
     "and said the company would invest in two phases.", None, {"Yaw Mensah": "GH", "Pieter Smit": None}),
    # ... also by its initials
    ("Kenya on Monday signed a deal with Northern Turbine Company of Canada on a new assembly plant. "
     "Cabinet Secretary for Industry Wanjiru Kamau signed for the government while the Chief Executive "
     "Officer of NT, Paul Girard, signed for the company. Kenya will host the plant in Nakuru.", None,
     {"Wanjiru Kamau": "KE", "Paul Girard": None}),
    # "the group" of a working group names no company: the chair keeps the home
    ("NAIROBI: The working group on trade met on Monday. Principal Secretary Jane Wambui chaired the "
     "group and said Kenya would report in May.", None, {"Jane Wambui": "KE"}),
    # a name right after "the" before an apposed office names a thing
    ("NEW DELHI: Envoys of three states presented their credentials on Thursday. According to a statement "
     "from the Vidhan Mahal, the President of India received them. President Meera Sharma thanked the "
     "envoys. Ambassador of Chile Rodrigo Soto said ties between India and Chile were strong.", None,
     {"Meera Sharma": "IN", "Rodrigo Soto": "CL", "Vidhan Mahal": "absent"}),
]


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    return {o.name: o.country for o in doc._.newsfacts.officials}


@pytest.mark.parametrize("text,url,wanted", CASES)
def test_trips_companies_and_arrivals(nlp, text, url, wanted):
    found = _countries(nlp, text, url)
    for name, country in wanted.items():
        if country == "absent":
            assert name not in found, (name, found)
        else:
            assert name in found and found[name] == country, (name, found)
