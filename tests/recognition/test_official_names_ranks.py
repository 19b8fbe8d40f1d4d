"""Names written with initials and army ranks before names, as fresh press writes them (made-up
sentences of shapes seen in Indian, Pakistani and other press the rules once cut or missed)."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,title", [
    # initials run together in capitals before the family name
    ("BENGALURU, 4 May 2026 -- Tourism Minister KR Narayan opened the new terminal on Monday.",
     "KR Narayan", "Tourism Minister"),
    ("The meeting was chaired by Odisha Chief Minister PT Mohanty, officials said.",
     "PT Mohanty", "Chief Minister"),
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
