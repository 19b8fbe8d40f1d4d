"""Whose story it is, when the offices tell no state: the site the article was read on (its
country-code domain), a government's own release filed from abroad, a visit told by the
visitor's side. All sentences and addresses are made up."""
import pytest

from newsfacts.api import extract_items, make_doc
from newsfacts.io.readers import InputItem
from newsfacts.normalisation.places import site_country, site_labels
from newsfacts.recognition.officials import country_sources

BUDGET = ("Prime Minister Dinesh Perera told Parliament on Tuesday that the budget would be presented "
          "in March. Minister of Finance Ruwan Silva said revenue had grown.")


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


@pytest.mark.parametrize("url, code", [
    ("https://www.herald-example.co.zw/2026/03/story", "ZW"),
    ("http://news-example.lk/a", "LK"),
    ("https://www.gov.uk/government/news/x", "GB"),
    ("news-example.no/en/a", "NO"),  # no scheme
    ("https://channel-example.tv/news", None),  # a country code sold as a generic name
    ("https://www.info.gov.tv/news", "TV"),  # ... unless a government's own site
    ("https://www.example.com/a", None),
    ("https://www.bloc-example.int/a", None),
    ("https://www.example.eu/a", None),  # two letters, no state
    ("http://[::1/broken", None),
    (None, None),
])
def test_site_country_reads_the_country_code_domain(url, code):
    assert site_country(url, generic={"tv"}, government={"gov"}) == code


def test_site_labels_of_a_government_site():
    assert site_labels("https://mfa.gov.example.et/press?id=3") == ("mfa", "gov", "example", "et")
    assert site_labels("") == ()


def test_a_home_story_on_a_national_site_gives_bare_offices_the_sites_state(nlp):
    found = _countries(nlp, BUDGET, "https://www.mirror-example.lk/news/1")
    assert found["Dinesh Perera"] == ("LK", "story.home.site_domain")
    assert found["Ruwan Silva"][0] == "LK"


@pytest.mark.parametrize("url", [None, "https://www.mirror-example.com/news/1", "https://daily-example.tv/a"])
def test_without_a_country_code_domain_the_bare_offices_stay_null(nlp, url):
    assert _countries(nlp, BUDGET, url)["Dinesh Perera"] == (None, "null.no_home.untold")


def test_a_batch_reads_each_inputs_url(nlp):
    items = [InputItem(id="a", text=BUDGET, published="2026-03-04", url="https://www.mirror-example.lk/a"),
             InputItem(id="b", text=BUDGET, published="2026-03-04", url="https://www.mirror-example.com/b")]
    records = {r.id: r for r in extract_items(items, nlp=nlp)}
    assert {o.country for o in records["a"].officials} == {"LK"}
    assert {o.country for o in records["b"].officials} == {None}


def test_a_site_does_not_overrule_another_state_the_story_is_about(nlp):
    # another state named most on a site whose state the story never names: no home at all
    text = ("Minister Kwame Asante said aid to Yemen must grow. Yemen faces famine, and Yemen "
            "needs help now, he told reporters.")
    assert _countries(nlp, text)["Kwame Asante"] == ("YE", "story.home.named_most")
    assert _countries(nlp, text, "https://www.accra-example.com.gh/a")["Kwame Asante"] == (
        None, "null.no_home.named_most_not_site")


def test_the_sites_state_named_once_beside_another_makes_it_the_home(nlp):
    text = ("Prime Minister Dinesh Perera said trade talks with Vietnam would resume soon. "
            "Sri Lanka wants more exports, he said.")
    assert _countries(nlp, text, "https://www.mirror-example.lk/b")["Dinesh Perera"] == ("LK", "story.home.site_domain")


def test_a_multilateral_story_gives_the_host_the_site_state_when_a_place_of_it_is_named(nlp):
    text = ("The regional summit chaired by President Tendai Moyo in Bulawayo ended on Friday. "
            "Zambian President Mulenga Banda, Malawian President Peter Chirwa and Botswana's "
            "President Kabo Seretse attended it.")
    on_site = _countries(nlp, text, "https://www.herald-example.co.zw/a")
    assert on_site["Tendai Moyo"] == ("ZW", "story.home.site_domain")
    assert on_site["Mulenga Banda"][0] == "ZM"  # the office's own state still wins
    assert _countries(nlp, text, "https://www.herald-example.com/a")["Tendai Moyo"] == (
        None, "null.no_home.multilateral")


def test_a_governments_release_filed_from_abroad_keeps_its_minister(nlp):
    text = ("NAIROBI, 3 May 2026 - Minister of Trade Fatmata Koroma signed three agreements on "
            "Monday with her counterpart, the Minister of Trade of Kenya. Sierra Leone will send "
            "traders to Mombasa in June.")
    assert _countries(nlp, text)["Fatmata Koroma"] == ("KE", "story.home.dateline")
    assert _countries(nlp, text, "https://www.statehouse.gov.sl/a")["Fatmata Koroma"] == (
        "SL", "story.home.government_site")
    # a newspaper of another state filing from there is no government's release
    assert _countries(nlp, text, "https://www.times-example.sl/a")["Fatmata Koroma"][0] == "KE"
    # nor is a government's site whose state the story never names
    elsewhere = text.replace("Sierra Leone will send traders to Mombasa in June.", "")
    assert _countries(nlp, elsewhere, "https://www.statehouse.gov.sl/a")["Fatmata Koroma"][0] == "KE"


def test_a_visit_told_by_the_visitors_side_keeps_the_visitor_and_his_government_home(nlp):
    text = ("Foreign Minister Tariq Mehmood arrived in Hanoi on Monday on the second leg of his "
            "three-nation tour. Pakistan is keen to widen trade with the region, he said. Pakistan "
            "also seeks new partners in energy. Earlier, Prime Minister Farooq Ali chaired a meeting "
            "on exports.")
    found = _countries(nlp, text)
    assert found["Tariq Mehmood"] == ("PK", "story.home.visitor_home")
    assert found["Farooq Ali"] == ("PK", "story.home.visitor_home")
    # told on a site of the state visited, it is the host's story: no visitor's home
    assert _countries(nlp, text, "https://www.news-example.vn/a")["Farooq Ali"][0] != "PK"


def test_a_visit_told_by_the_hosts_side_gives_the_host_its_state(nlp):
    text = ("Pakistani Foreign Minister Tariq Mehmood arrived in Hanoi on Monday for a three-day "
            "visit. Prime Minister Tran Quoc Binh will receive him on Tuesday. Vietnam and Pakistan "
            "signed a trade pact in 2020.")
    found = _countries(nlp, text)
    assert found["Tariq Mehmood"][0] == "PK"
    assert found["Tran Quoc Binh"] == ("VN", "story.home.visit_host")


def test_those_flanking_a_visitor_take_the_state_their_party_tells_not_the_datelines(nlp):
    text = ("DOHA, 3 May 2026 -- The Kenyan president held talks with the emir on Monday. He was "
            "flanked by Trade Minister Amos Wekesa and Kenya's Interior Secretary Joyce Atieno.")
    found = _countries(nlp, text)
    assert found["Amos Wekesa"] == ("KE", "story.party_state")
    assert found["Joyce Atieno"] == ("KE", "country.title_possessive")


def test_a_home_party_in_a_dateline_story_keeps_the_datelines_state(nlp):
    text = ("DOHA, 3 May 2026 -- Minister of Energy Saad Al-Kaabi opened the forum on Monday. He was "
            "joined by Finance Minister Ali Al-Hajri.")
    # (a made-up name: a listed holder's, "Ali Al-Kuwari", is found by the table first, session 31)
    found = _countries(nlp, text)
    assert found["Ali Al-Hajri"] == ("QA", "story.home.dateline")


@pytest.mark.parametrize("text, country, source", [
    ("President Amina Said will travel to Malawi on Friday for the joint commission. Tanzania and "
     "Malawi signed a trade deal in 2019, and Tanzania wants more. Talks between President Said and "
     "her counterpart Peter Banda will cover energy.", "MW", "story.counterpart_pair"),
    ("DODOMA, 3 May 2026 -- Minister of Energy Juma Ali met his counterpart Peter Banda on Friday. "
     "Tanzania and Malawi signed a trade deal in 2019.", "MW", "story.counterpart_pair"),
    # no pair told: his state is untold, never the home of the one he is counterpart to
    ("DODOMA, 3 May 2026 -- Minister of Energy Juma Ali met his counterpart Peter Banda on Friday.",
     None, "null.counterpart_of_home"),
])
def test_a_counterpart_of_a_home_official_is_not_of_the_home(nlp, text, country, source):
    assert _countries(nlp, text)["Peter Banda"] == (country, source)


@pytest.mark.parametrize("text, name, country, source", [
    ("UN Secretary-General Ana Costa will not attend the summit. This was announced by her "
     "spokesperson Luis Ortega.", "Luis Ortega", None, "null.international"),
    ("Kenyan President Amos Kibet opened the trade fair in Mombasa on Monday. His spokesman Tom "
     "Banda said exports were up.", "Tom Banda", "KE", "person.pronoun_owner"),
    # a counterpart owned by "his" is of the other side: not given the owner's state
    ("Kenyan President Amos Kibet met Ugandan President John Okello on Monday. His counterpart Jane "
     "Doe said the talks went well.", "Jane Doe", None, "null.no_home.untold"),
])
def test_an_office_owned_by_his_or_her_serves_whom_the_official_named_before_serves(nlp, text, name, country, source):
    assert _countries(nlp, text)[name] == (country, source)


def test_an_office_owned_by_a_named_official_serves_his_state_not_the_datelines(nlp):
    text = ("NAIROBI, 3 May 2026 -- Angolan President Joao Silva sent a message on Monday. President "
            "Silva's Special Envoy Rui Costa delivered it to Minister Hassan Omar.")
    found = _countries(nlp, text)
    assert found["Rui Costa"] == ("AO", "person.pronoun_owner")
    assert found["Hassan Omar"] == ("KE", "story.home.dateline")
