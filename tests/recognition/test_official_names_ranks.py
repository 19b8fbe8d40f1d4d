"""Names written with initials and army ranks before names, as fresh press writes them (made-up
sentences of shapes seen in Indian, Pakistani and other press the rules once cut or missed)."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,title", [
    # initials run together in capitals before the family name
    ("BENGALURU, 4 May 2026 -- Tourism Minister KR Narayan opened the new terminal on Monday.",
     "KR Narayan", "Tourism Minister"),
    # (session 23: the region before a local office stays in its title)
    ("The meeting was chaired by Odisha Chief Minister PT Mohanty, officials said.",
     "PT Mohanty", "Odisha Chief Minister"),
    # spaced one-letter initials, "A" and "I" among them
    ("Defence Secretary A R Menon briefed the committee on Tuesday.", "A R Menon", "Defence Secretary"),
    ("The plaque was unveiled by Governor S I Bhatt in the morning.", "S I Bhatt", "Governor"),
    ("Fisheries Minister J A K Perera said the ban would stay.", "J A K Perera", "Fisheries Minister"),
])
def test_names_written_with_initials(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text", [
    # an acronym before an office is no initials, and "A" opening a sentence is an article
    "The Trade Minister met UN officials. A Deputy Minister, Ravi Kumar, was also there.",
])
def test_acronyms_and_articles_are_no_initials(extract_text, text):
    names = set(_found(extract_text, text))
    assert names == {"Ravi Kumar"}, names


@pytest.mark.parametrize("text,name,title,honorifics", [
    ("Corps Commander Lt General RP Sethi inspected the troops.", "RP Sethi", "Corps Commander", ["Lt General"]),
    ("Maj. General Omar Farooq, Director General of Military Operations, spoke first.",
     "Omar Farooq", "Director General of Military Operations", ["Maj General"]),
    # a retired mark after the rank belongs to it
    ("Railways Minister Brig (R) Tariq Aziz toured the station.", "Tariq Aziz", "Railways Minister", ["Brig (R)"]),
    # "General" alone before a name is a rank ...
    ("Visitors were received by General Hamid Raza, Chief of the Naval Staff, on Sunday.",
     "Hamid Raza", "Chief of the Naval Staff", ["General"]),
])
def test_army_ranks_before_names(extract_text, text, name, title, honorifics):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].honorifics) == (title, honorifics)


@pytest.mark.parametrize("text,name,title", [
    # ... but after an office word it closes the office
    ("Attorney General Mary Osei and Consul General Pablo Ruiz signed the note.", "Mary Osei", "Attorney General"),
    ("Attorney General Mary Osei and Consul General Pablo Ruiz signed the note.", "Pablo Ruiz", "Consul General"),
    ("The report was tabled by Auditor General Lena Voss.", "Lena Voss", "Auditor General"),
])
def test_general_inside_an_office_is_no_rank(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].honorifics) == (title, [])


@pytest.mark.parametrize("text,name,title", [
    # a lowercase office in apposition, closed by a comma, a semicolon or the full stop
    ("Maria Santos, the trade minister, will lead the talks in Lima.", "Maria Santos", "trade minister"),
    ("The fund was opened by Kofi Mensah, deputy finance minister, on Friday.", "Kofi Mensah", "deputy finance minister"),
    ("The visitors called on Anil Verma, the district collector; Rita Sen, the police superintendent; and others.",
     "Rita Sen", "police superintendent"),
    ("The guests were welcomed by Jan Kowalczyk, the mayor.", "Jan Kowalczyk", "mayor"),
])
def test_a_lowercase_office_in_closed_apposition(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text", [
    # the office after a comma that runs on into its verb is the subject of a new clause
    "The talks ended with a deal on Friday in Ocean City, the minister said.",
    "Shortly after that, the minister left the building.",
])
def test_a_lowercase_office_that_opens_a_clause_names_no_one(extract_text, text):
    assert _found(extract_text, text) == {}


@pytest.mark.parametrize("text,name,title", [
    # district offices of South Asian administrations
    ("District Collector Meena Iyer inspected the relief camp.", "Meena Iyer", "District Collector"),
    ("Additional Collector Farhan Ali and the tehsildar were present.", "Farhan Ali", "Additional Collector"),
    ("The case was handed over by superintendent of police Ravi Teja on Monday.", "Ravi Teja", "superintendent of police"),
    ("Additional Secretary Nadia Karim led the team.", "Nadia Karim", "Additional Secretary"),
    # a family name that is also a lowercase particle elsewhere ("das", "van") ends the name
    ("Water Resources Minister Bimal Das spoke at the opening.", "Bimal Das", "Water Resources Minister"),
])
def test_district_offices_and_capitalised_particles(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text,name,title", [
    # an office that is also a family name, after the given name that follows an office
    ("WELLINGTON, 3 May 2026 -- Defence Minister Ruth Bishop opened the base.", "Ruth Bishop", "Defence Minister"),
    ("The report was tabled by Health Secretary Owen King, who called it overdue.", "Owen King", "Health Secretary"),
    # ... but before a name word or a complement it stays an office
    ("The envoy was received by King Harald at the palace.", "Harald", "King"),
    ("The talks were led by Mayor Lina Ortiz.", "Lina Ortiz", "Mayor"),
    # an office's complement with a plural noun of its own
    ("The Director of Public Prosecutions Amani Njoroge dropped the charges.", "Amani Njoroge",
     "Director of Public Prosecutions"),
])
def test_offices_that_are_also_family_names(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


def test_a_family_name_alone_takes_the_full_name_a_courtesy_title_gives(extract_text):
    text = ("ACCRA, 3 May 2026 -- Mr Kwame Boateng and Mrs Efua Mensah attended the dinner on Friday. "
            "Mr Boateng was sworn in as Deputy Minister of Energy.")
    found = _found(extract_text, text)
    assert list(found) == ["Kwame Boateng"], list(found)
    assert found["Kwame Boateng"].title == "Deputy Minister of Energy"


def test_two_full_names_with_the_family_name_leave_it_alone(extract_text):
    text = ("ACCRA, 3 May 2026 -- Mr Kwame Boateng and Mr Yaw Boateng attended the dinner on Friday. "
            "Mr Boateng was sworn in as Deputy Minister of Energy.")
    assert list(_found(extract_text, text)) == ["Boateng"]
