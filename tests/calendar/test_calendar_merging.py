"""Merging and not merging, on small runs of made-up articles."""
from newsfacts.calendar import build_calendar

from calendar_runs import event, record, run_file  # noqa: F401 (fixture)


def calendar(run_file, *records):
    return build_calendar([str(run_file(*records))])


def test_one_event_in_three_articles_with_complementary_fields(run_file):
    events = calendar(
        run_file,
        record("host", event("9th Andean Ministerial Meeting on Water Security", "AMMWS", 9,
                             "2026-04-14", "2026-04-16")),
        record("agency", event("9th AMMWS", "AMMWS", 9, city="Cusco", country="PE",
                               officials=["Lucia Ramos"])),
        record("recap", event("9th Andean Ministerial Meeting on Water Security", None, 9,
                              instruments=["Cusco Water Compact"])),
    )
    assert len(events) == 1
    merged = events[0]
    assert [s.article for s in merged.sources] == ["host", "agency", "recap"]
    assert (merged.start, merged.end) == ("2026-04-14", "2026-04-16")
    assert merged.venue.city == "Cusco" and merged.venue.country == "PE"
    assert merged.officials == ["Lucia Ramos"] and merged.instruments == ["Cusco Water Compact"]
    assert merged.name == "9th Andean Ministerial Meeting on Water Security"
    assert merged.acronym == "AMMWS" and merged.ordinal == 9 and merged.series == "ammws"
    assert merged.conflicts == []
    # each source keeps what its article said
    agency = merged.sources[1]
    assert agency.values.start is None and agency.values.venue.city == "Cusco"
    assert agency.mention.text == "9th AMMWS"


def test_two_editions_of_one_series_share_the_series_key(run_file):
    events = calendar(
        run_file,
        record("a", event("13th Andean Ministerial Meeting on Water Security", "AMMWS", 13, "2019-05-02")),
        record("b", event("19th AMMWS", "AMMWS", 19, "2025-05-06", city="Quito", country="EC")),
        record("c", event("19th Andean Ministerial Meeting on Water Security", None, 19, "2025-05-06")),
    )
    assert sorted(len(e.sources) for e in events) == [1, 2]
    assert {e.ordinal for e in events} == {13, 19}
    assert {e.series for e in events} == {"ammws"}


def test_two_meetings_on_the_same_day_in_the_same_city_stay_apart(run_file):
    events = calendar(
        run_file,
        record("energy", event("4th Chile-Peru Joint Working Group on Energy", None, 4, "2026-06-09",
                               city="Lima", country="PE")),
        record("trade", event("4th Chile-Peru Joint Working Group on Digital Trade", None, 4, "2026-06-09",
                              city="Lima", country="PE")),
        record("both", event("4th Joint Working Group on Energy", None, 4, "2026-06-09", city="Lima", country="PE"),
               event("4th Joint Working Group on Digital Trade", None, 4, "2026-06-09", city="Lima", country="PE")),
    )
    assert sorted(sorted(s.article for s in e.sources) for e in events) == [["both", "energy"], ["both", "trade"]]
    for e in events:
        assert ("Energy" in e.name) == all("Energy" in s.name for s in e.sources)


def test_an_acronym_defined_in_only_one_article_ties_the_others(run_file):
    defining = record("defines", event("5th Joint Commission for Bilateral Cooperation", "JCBC", 5, "2026-02-03",
                                       city="Maputo", country="MZ"))
    bare = record("bare", event("5th JCBC", "JCBC", 5))
    spelt = record("spelt", event("5th Joint Commission for Bilateral Cooperation", None, 5))
    events = calendar(run_file, defining, bare, spelt)
    assert len(events) == 1 and len(events[0].sources) == 3
    # without the defining article, nothing says JCBC is that commission
    apart = calendar(run_file, bare, spelt)
    assert len(apart) == 2


def test_a_shorter_name_is_one_event_only_when_dates_and_place_agree(run_file):
    long_name = event("47th Pacific Summit and Related Summits", None, 47, "2026-10-26", "2026-10-28",
                      city="Suva", country="FJ")
    same = calendar(run_file, record("a", long_name),
                    record("b", event("47th Pacific Summit", None, 47, "2026-10-26", city="Suva", country="FJ")))
    assert len(same) == 1
    undated = calendar(run_file, record("a", long_name), record("b", event("47th Pacific Summit", None, 47)))
    assert len(undated) == 2


def test_an_unnumbered_mention_never_ties_two_editions(run_file):
    events = calendar(
        run_file,
        record("x", event("46th Pacific Summit", None, 46, "2026-05-26", city="Apia", country="WS")),
        record("y", event("47th Pacific Summit", None, 47, "2026-05-28", city="Apia", country="WS")),
        record("z", event("Pacific Summit", None, None, "2026-05-26", "2026-05-28", city="Apia", country="WS")),
    )
    # z fits either edition equally; it joins the first and the other edition stays apart
    assert sorted(sorted(s.article for s in e.sources) for e in events) == [["x", "z"], ["y"]]


def test_descriptive_events_need_the_same_day_city_and_an_official(run_file):
    def bilateral(article, officials):
        return record(article, event("bilateral meeting", start="2026-03-03", city="Apia", country="WS",
                                     officials=officials))

    assert len(calendar(run_file, bilateral("a", ["Sereana Vulavou"]), bilateral("b", ["Marlon Whyte"]))) == 2
    assert len(calendar(run_file, bilateral("a", ["Marlon Whyte"]), bilateral("b", ["Marlon Whyte"]))) == 1


def test_one_article_never_gives_one_event_twice(run_file):
    events = calendar(run_file, record("a", event("Blue Economy Forum", start="2026-07-01", city="Lome", country="TG"),
                                       event("Blue Economy Forum", start="2026-07-01", city="Lome", country="TG")))
    assert len(events) == 2


def test_calendar_is_sorted_by_date_with_undated_events_last(run_file):
    events = calendar(run_file, record("a", event("Harbour Forum", start="2026-09-01")),
                      record("b", event("Lagoon Forum")), record("c", event("Reef Forum", start="2026-02-01")))
    assert [e.name for e in events] == ["Reef Forum", "Harbour Forum", "Lagoon Forum"]


def test_series_key_of_a_name_with_related_meetings_and_of_an_acronym_two_bodies_use(run_file):
    events = calendar(
        run_file,
        record("a", event("46th Pacific Summit and Related Summits", None, 46, "2025-05-26")),
        record("b", event("47th Pacific Summit", None, 47, "2025-10-26")),
        record("c", event("3rd Joint Commission for Cooperation between Ghana and Togo", "JCC", 3, "2025-02-02")),
        record("d", event("4th Joint Commission for Cooperation between Senegal and Mali", "JCC", 4, "2025-03-03")),
    )
    series = {e.ordinal: e.series for e in events}
    assert series[46] == series[47] == "pacific-summit"
    assert series[3].startswith("jcc/") and series[4].startswith("jcc/") and series[3] != series[4]


def test_one_event_in_thousands_of_articles_is_one_record_quickly(run_file):
    import time

    copies = [record(f"wire-{i}", event("9th Reef Ministers Forum", None, 9, "2026-05-12", city="Suva", country="FJ"),
                     event("signing ceremony", start="2026-05-12", city="Suva", country="FJ",
                           officials=[f"Minister {i % 3}"]))
              for i in range(3000)]
    started = time.monotonic()
    events = calendar(run_file, *copies)
    # generous: catches comparing every copy with every other (millions of pairs), not speed
    assert time.monotonic() - started < 60
    forum = [e for e in events if e.ordinal == 9]
    assert len(forum) == 1 and len(forum[0].sources) == 3000
    # the signings: the same day and city, merged with whoever names the same minister
    signings = [e for e in events if e.name == "signing ceremony"]
    assert sorted(len(e.sources) for e in signings) == [1000, 1000, 1000]
