"""The word classes linking consults, compiled once by the ``newsfacts_records`` component
from its rule files (``patterns/linking_words.jsonl``; the signing verbs of
``patterns/event_words.jsonl``)."""
from __future__ import annotations

from typing import Dict, FrozenSet, List

from ..recognition.lexicon import PatternEntry
from ..recognition.wordclasses import word_classes_of

LINKING_WORDS_FILE = "linking_words.jsonl"
EVENT_WORDS_FILE = "event_words.jsonl"
#: LIST_JOINER: what stands between events listed together (MARGIN_WORD: so are "X on the
#: sidelines of Y"; OCCASION_FRAME: "X, in the context of Y", held where Y is, not on its days); RELATIVE: pronouns opening a clause set off by commas;
#: PURPOSE_WORD: what joins a journey to the event it is made for ("to attend the"; PURPOSE_PARTICLE: "to", "in", which
#: join one but tell none alone; JOURNEY_LEAD: a preposition opening the journey's own date or place); HEAD_NOUN: head nouns by which a
#: later sentence refers back to an event; END_WORD: words before the day an event ends;
#: DEFINITE: words that make a description refer back ("this meeting"); SAME_PLACE: nouns of
#: place after "at the same" ("at the same venue": the place last told); GENERIC_GATHERING /
#: GATHERING_HEAD: "the meeting" alone names the gathering named before it; the classes of the
#: cues around an event's date (:mod:`.cues`): REPORT_WORD, DEPART_WORD (ARRIVAL_WORD: "upon their arrival on
#: Tuesday", a journey's day but, unlike a departure, a place that may be the event's; JOURNEY_BEGUN: "X arrived here on a
#: state visit" in the dateline's sentence, a journey that opens on the dateline's day), SINCE_WORD (REFERENCE_POINT: "since", whose event
#: takes no place told before it; ORIGIN_WORD: "first held in 2019", the year a series began; INCIDENT_NOUN: "the
#: attack in January", the time of an incident; OFFICE_TAKEN: "who assumed office in January", when
#: someone took an office),
#: OPENED, CLOSED; SEQUENCE_WORD: an event set before or after another (RECORD_NOUN: so is one
#: whose record is read, "the report of the X Meeting", after a determiner only); TRAVEL_HEAD:
#: events that are journeys (JOURNEY_VERB: a verb that tells one again, "He will visit Dhaka from 27 to 28
#: April", whose period holds the journey's day; FIRST_JOURNEY: "on his first overseas visit", a journey
#: that is the story's journey told again); REFER_OPENER: determiners opening a sentence that refers back
#: (REFER_PREPOSITION: a preposition that may stand before them, "In the meeting held at ..."); PRONOUN: a pronoun
#: opening the next sentence, which goes on speaking of the event ("It runs until Saturday"); TIME_OF_DAY: a date's hour;
#: PAST_EDITION / TIME_UNIT / AUXILIARY: a sentence about an earlier edition ('It was last held in Suva');
#: NEXT_EDITION: before a HEAD_NOUN, a sentence about a later one ('The next summit will be in Skopje');
#: TOWN_BODY: words of a name whose town names a body, not where it meets ('the Paris Club');
#: PROCESS_NOUN: nouns of taking part whose time is not the event's ('Registration for the X
#: closes on 17 May');
#: SIGNER_WORD: words before "signed" that make it a verb ('they signed', 'was signed'), not a
#: clause after a document's noun ('the agreement signed on 3 May 2019');
#: ACCOUNT_PERIOD / PERIOD_END: 'the period ended 30 June', the close of an accounting period;
#: DEADLINE_WORD: 'to conclude the agreement by April', a deadline, no time an event is held;
#: INCLUSION_WORD: 'meetings on 11-14 July, including the X Forum', a period of a whole, not of the parts named after it;
#: OTHER_OCCASION_MODIFIER: 'The preparatory meeting ...', a modifier of a sentence's opening that refers back to no event named before;
#: PLAN_WORD / PLANNED_VERB: 'on Sunday decided to hold the X', a date or place of the decision;
#: DECIDED_WORD: 'the roadmap agreed by the X Forum', an earlier occasion that decided something (no place carries to it;
#: nor to one SET_APART_WORD tells before or after the story's: 'preceding the X', 'following the Y', 'a prelude to the Z');
#: POSTPONE_WORD: 'scheduled in June but was postponed', the date of an earlier schedule
#: (EARLIER_SCHEDULE: 'originally scheduled for August', the same before the date);
#: FIRST_DAY / LAST_DAY: 'on the first day of the X on Monday', the event's start (its end);
#: SAME_DAY_MARK / NEXT_DAY_MARK / DAY_OPENER: 'On the same day', 'Later in the day', 'The
#: following day': the day told last before the event's sentence (or the day after it);
#: AFTER_WORD / AFTER_HEAD: 'then held talks after the ceremony', the single day of the occasion told before;
#: THERE_FOLLOWER: 'the X opens there on Monday', what follows a "there" that names a place;
#: FORWARD_MODIFIER: 'their annual summit ... the 66th X Summit', recurrence words that tell no occasion apart;
#: STAY_WORD: 'while staying in X from 6 to 8 May', the period of a journey's stay;
#: RETURN_WORD / JOURNEY_END: 'left for home on Sunday', 'returned on Friday after completing
#: the visit', the last day of a journey (RETURN_LINK: 'returned on Sunday following a visit
#: to X', what joins the return to the occasion come back from); SAY_VERB: 'on Friday mentioned that
#: ... the X Meeting', a verb of saying before "that" (a date told before it is the saying's);
#: OTHER_MATTER / OTHER_MATTER_NOUN: 'Separately, ...', 'In other news, ...', a paragraph of
#: another matter, into which no place carries.
ATTACHMENT_CLASSES = ("LIST_JOINER", "HEAD_NOUN", "END_WORD", "DEFINITE", "SEQUENCE_WORD", "RECORD_NOUN",
                      "TRAVEL_HEAD", "JOURNEY_VERB")
CLAUSE_CLASSES = ("MARGIN_WORD", "OCCASION_FRAME", "RELATIVE", "PURPOSE_WORD", "PURPOSE_PARTICLE", "JOURNEY_LEAD")
REFERENCE_CLASSES = ("REFER_OPENER", "REFER_PREPOSITION", "PRONOUN", "GENERIC_GATHERING", "GATHERING_HEAD", "SAME_PLACE",
                     "OTHER_OCCASION_MODIFIER", "INCLUSION_WORD")
JOURNEY_CUE_CLASSES = ("DEPART_WORD", "ARRIVAL_WORD", "JOURNEY_BEGUN", "FIRST_JOURNEY")
DATE_CUE_CLASSES = ("REPORT_WORD", "SINCE_WORD", "OPENED", "CLOSED", "TIME_OF_DAY",
                    "ACCOUNT_PERIOD", "PERIOD_END", "DEADLINE_WORD")
RETURN_AND_SCHEDULE_CLASSES = ("JOURNEY_END", "RETURN_WORD", "RETURN_LINK", "EARLIER_SCHEDULE")
DAY_OF_EVENT_CLASSES = ("FIRST_DAY", "LAST_DAY", "THERE_FOLLOWER", "FORWARD_MODIFIER",
                        "SAME_DAY_MARK", "NEXT_DAY_MARK", "DAY_OPENER")
AFTER_CLASSES = ("AFTER_WORD", "AFTER_HEAD")
TIME_POINT_CLASSES = ("REFERENCE_POINT", "ORIGIN_WORD", "INCIDENT_NOUN", "OFFICE_TAKEN", "PLAN_WORD", "PLANNED_VERB", "POSTPONE_WORD", "STAY_WORD")
OTHER_OCCASION_CLASSES = ("DECIDED_WORD", "SET_APART_WORD", "INVITE_WORD")
SAYING_AND_MATTER_CLASSES = ("SAY_VERB", "OTHER_MATTER", "OTHER_MATTER_NOUN")
EDITION_CLASSES = ("PAST_EDITION", "NEXT_EDITION", "TIME_UNIT", "AUXILIARY", "TOWN_BODY", "SIGNER_WORD", "PROCESS_NOUN")
LINKING_CLASSES = ATTACHMENT_CLASSES + CLAUSE_CLASSES + REFERENCE_CLASSES + DATE_CUE_CLASSES + JOURNEY_CUE_CLASSES \
    + TIME_POINT_CLASSES + SAYING_AND_MATTER_CLASSES + EDITION_CLASSES + RETURN_AND_SCHEDULE_CLASSES + DAY_OF_EVENT_CLASSES \
    + AFTER_CLASSES + OTHER_OCCASION_CLASSES


def link_words(rules: Dict[str, List[PatternEntry]]) -> Dict[str, FrozenSet[str]]:
    """The linking word classes of a component's rules (relative file name -> entries), with
    SIGNED: the past of the signing verbs ("X and Y today signed ..."), DURATION_UNIT: the units
    of a length before a noun ("a two-day visit"), and MEET_VERB: the verbs of a gathering
    ("Ministers gathered in Apia on Friday. The 5th X Meeting ...": :func:`.events._gathered_before`).""" 
    words = word_classes_of(rules[LINKING_WORDS_FILE], LINKING_WORDS_FILE, required=LINKING_CLASSES)
    event_words = word_classes_of(rules[EVENT_WORDS_FILE], EVENT_WORDS_FILE,
                                  required=("SIGN_VERB", "DURATION_UNIT", "MEET_VERB"))
    return {**words, "SIGNED": frozenset(v for v in event_words["SIGN_VERB"] if v.endswith("ed")),
            "DURATION_UNIT": event_words["DURATION_UNIT"], "MEET_VERB": event_words["MEET_VERB"]}
