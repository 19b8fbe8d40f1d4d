"""Officials' countries told by a delegation's members listed after its leader, and by the
shape of a government's own release (FACTS.md, officials' ``country``); sentences made up."""


def _countries(extract_text, text):
    return {o.name: o.country for o in extract_text(text).officials}


def test_members_listed_after_a_delegations_leader_serve_its_state(extract_text):
    found = _countries(extract_text, (
        "The delegation of the Republic of Peru was headed by Hon. Carla Mendez, Minister of Energy, and "
        "included Hon. Jorge Paz, Deputy Minister of Mines and Dr. Elena Ruiz, Director of Planning."))
    assert found == {"Carla Mendez": "PE", "Jorge Paz": "PE", "Elena Ruiz": "PE"}


def test_one_the_delegation_meets_is_not_its_member(extract_text):
    found = _countries(extract_text, "The Kenyan delegation was led by Minister Ruth Wanjiru and met Governor "
                                     "Paul Otieno in Arusha.")
    assert found["Ruth Wanjiru"] == "KE"
    assert found["Paul Otieno"] != "KE"
