"""Date shapes recognition finds in running news text (made-up sentences), published
Monday 2025-06-02 unless the case says otherwise: the text of the date found and its value."""
from __future__ import annotations

import pytest

CASES = [
    ("The summit closes on the first of July.", "the first of July", "2025-07-01", "2025-07-01"),
    # a month word ("beginning", "early") gives way to the day or the year written after the month
    ("He pays a three-day visit to Peru, beginning October 3.", "October 3", "2025-10-03", "2025-10-03"),
    ("The plant will open in early October 2026, officials said.", "October 2026", "2026-10", "2026-10"),
    ("Talks are due at the beginning of October, officials said.", "October", "2025-10", "2025-10"),
    ("Elections are set for July the 20th, officials said.", "July the 20th", "2025-07-20", "2025-07-20"),
    # a day before the month: "the 4th" after it is an ordinal of what follows, not the day
    ("On 12 March the 4th Coastal Cities Forum began in Durban.", "12 March", "2025-03-12", "2025-03-12"),
    ("The accord takes effect on march 3 next year, not before.", "march 3 next year", "2026-03-03", "2026-03-03"),
    ("Talks resume on Thursday the 5th in Geneva.", "Thursday the 5th", "2025-06-05", "2025-06-05"),
    ("The board meets on the first Tuesday of October.", "first Tuesday of October", "2025-10-07", "2025-10-07"),
    ("Payments are due on the last Friday in August.", "last Friday in August", "2025-08-29", "2025-08-29"),
    ("The fund closes on the 20th of next month.", "20th of next month", "2025-07-20", "2025-07-20"),
    ("The plant will open 3 years from today.", "3 years from today", "2028-06-02", "2028-06-02"),
    ("The envoy will return in a week to sign the deal.", "a week", "2025-06-09", "2025-06-09"),
    ("Rains are forecast over next three days across the region.", "next three days", "2025-06-03", "2025-06-05"),
    ("Ministers will meet from the 13th to the 15th of July in Suva.", "the 13th to the 15th of July", "2025-07-13", "2025-07-15"),
    ("Delegates meet on 19th to 21st aug in Dili.", "19th to 21st aug", "2025-08-19", "2025-08-21"),
    ("Exports rose last yr, the bureau said.", "last yr", "2024", "2024"),
    ("The visit will take place on Wed, Feb13.", "Feb13", "2026-02-13", "2026-02-13"),
    ("The treaty was signed on 31/Oct/1974 in Lima.", "31/Oct/1974", "1974-10-31", "1974-10-31"),
    ("The law was passed on 2015-3-3 by the assembly.", "2015-3-3", "2015-03-03", "2015-03-03"),
    ("The results were published on 2/15 by the commission.", "2/15", "2025-02-15", "2025-02-15"),
    ("Ethiopia and Djibouti signed the accord, Addis Ababa, January 15/2025 (ENA).", "January 15/2025", "2025-01-15", "2025-01-15"),
    ("The minister arrived yesterday (June 1) for talks.", "yesterday (June 1)", "2025-06-01", "2025-06-01"),
    ("The work should be finished by the end of the year.", "end of the year", "2025", "2025"),
    ("Progress on the post-2025 agenda was reviewed.", "post-2025", "2025", "2025"),
    ("He has led the agency since May.", "May", "2025-05", "2025-05"),
    # weekday + ordinal day ranges, the month and year written once at the end
    ("Officials meet from Thursday, 12th to Saturday, 14th June, 2025 in Apia.",
     "Thursday, 12th to Saturday, 14th June, 2025", "2025-06-12", "2025-06-14"),
    ("The committee sits on Monday, 16th and Tuesday, 17th June, 2025.",
     "Monday, 16th and Tuesday, 17th June, 2025", "2025-06-16", "2025-06-17"),
    # the month told once at the end belongs to the first day too, whatever weekday it guesses
    ("The council convened on Monday, 25th and Tuesday, 26th November, 2024 in Kigali.",
     "Monday, 25th and Tuesday, 26th November, 2024", "2024-11-25", "2024-11-26"),
    ("Envoys met on Friday 7 to Sunday 9 March in Nairobi.", "Friday 7 to Sunday 9 March", "2025-03-07", "2025-03-09"),
    # two weekdays running are the days of one event; a schedule's present looks ahead
    ("The ministerial meeting takes place on Wednesday and Thursday in Lome.",
     "Wednesday and Thursday", "2025-06-04", "2025-06-05"),
    ("The forum runs Thursday and Friday at the convention centre.", "Thursday and Friday", "2025-06-05", "2025-06-06"),
    ("The delegations will meet Friday & Saturday in Apia.", "Friday & Saturday", "2025-06-06", "2025-06-07"),
    ("The talks were held on Saturday and Sunday in Doha.", "Saturday and Sunday", "2025-05-31", "2025-06-01"),
    # quarters and halves of a year are their months
    ("Output fell in the third quarter of 2024, the agency said.", "third quarter of 2024", "2024-07", "2024-09"),
    ("Talks should end in the second half of this year.", "second half of this year", "2025-07", "2025-12"),
    ("Prices rose in the last quarter of last year.", "last quarter of last year", "2024-10", "2024-12"),
    ("The port opens in Q4 2026 under the plan.", "Q4 2026", "2026-10", "2026-12"),
    ("Targets for H2 2025 were set by the board.", "H2 2025", "2025-07", "2025-12"),
    ("The delegation landed last evening in Honiara.", "last evening", "2025-06-01", "2025-06-01"),
    # year, month, day with spaces, as some Asian agencies stamp their stories
    ("2025 Jun. 1\n\nThe minister met the envoy in Seoul.", "2025 Jun. 1", "2025-06-01", "2025-06-01"),
    # a dateline's stop and dash glued to its year, a range's dash glued to its ordinal end
    ("Quito, May 30, 2025.- The ministers met on Friday.", "May 30, 2025", "2025-05-30", "2025-05-30"),
    ("TALKS IN MASERU FROM 2ND -4TH JUNE 2025", "2ND -4TH JUNE 2025", "2025-06-02", "2025-06-04"),
    # a range of ordinal days glued by its dash, or with the dash glued to the first day only
    ("The coastal forum runs 9th-11th July 2025 in Honiara.", "9th-11th July 2025", "2025-07-09", "2025-07-11"),
    ("Meeting dates:  21st- 23rd October 2025", "21st- 23rd October 2025", "2025-10-21", "2025-10-23"),
    ("Envoys gather June 2nd-4th, 2025 in Mahe.", "June 2nd-4th, 2025", "2025-06-02", "2025-06-04"),
    # a year-first date with slashes, as agency feeds stamp it
    ("2025/05/30 | 10:15\nThe council met in Rabat.", "2025/05/30", "2025-05-30", "2025-05-30"),
    # a year range typed with a space before the dash
    ("The Coastal Roadmap 2020 -2040 was endorsed.", "2020 -2040", "2020", "2040"),
    # a plan to hold a meeting looks ahead, also with the day of the plan between
    ("The ministers agreed on Friday to convene a donor conference in September.", "September", "2025-09", "2025-09"),
    # a manner adverb between the auxiliary and its participle does not make the participle a past verb
    ("The new terminal will be officially opened by the president on Thursday.", "Thursday", "2025-06-05", "2025-06-05"),
    ("The accord is to be formally signed in Accra on Friday.", "Friday", "2025-06-06", "2025-06-06"),
    ("The bridge was formally opened to traffic on Friday.", "Friday", "2025-05-30", "2025-05-30"),
    # a capitalised name in -ed is not a past verb: the infinitive "to be chaired" makes it future
    ("The talks precede the ministers' meeting to be chaired by Foreign Minister Ahmed Saleh on Tuesday.",
     "Tuesday", "2025-06-03", "2025-06-03"),
    # "is/are" + a participle of a plan tells what is to come (published Monday 2 June 2025) ...
    ("The trade envoy is expected in Windhoek on Thursday.", "Thursday", "2025-06-05", "2025-06-05"),
    ("Consultations between the two ministries are planned for Friday.", "Friday", "2025-06-06", "2025-06-06"),
    ("She is due in Apia on Saturday for the signing.", "Saturday", "2025-06-07", "2025-06-07"),
    # ... but not in reported speech, nor in the past
    ("Local radio reported that the two leaders are expected to meet in Suva on Saturday.",
     "Saturday", "2025-05-31", "2025-05-31"),
    ("The envoy was expected in Windhoek on Thursday but stayed home.", "Thursday", "2025-05-29", "2025-05-29"),
    # the dateline's day is the day of writing, the story after it looks ahead
    ("SUVA, May 30 (FBC) - The ministers will meet in Nadi next week.", "May 30", "2025-05-30", "2025-05-30"),
    # a weekday or relative day glossed with its full date, year included, is one date
    ("The delegation returns home on Thursday (June 5, 2025) after the talks.",
     "Thursday (June 5, 2025)", "2025-06-05", "2025-06-05"),
    ("The accord was initialled yesterday (1 June 2025) in Honiara.", "yesterday (1 June 2025)", "2025-06-01", "2025-06-01"),
    # a part of the day before a date keeps the day ("left Apia late May 30"), not the month alone
    ("The envoy left Apia late May 30 after two days of talks.", "late May 30", "2025-05-30", "2025-05-30"),
    # a habit in another clause does not make a month habitual
    ("Ministers usually gather in Lome, but this year they met in April.", "April", "2025-04", "2025-04"),
]


@pytest.mark.parametrize("text,written,start,end", CASES, ids=[c[1] for c in CASES])
def test_shape(extract_text, text, written, start, end):
    found = {d.text: (d.start, d.end) for d in extract_text(text).dates}
    assert found.get(written) == (start, end), found


@pytest.mark.parametrize("text", [
    "Ministers met on Monday and Thursday in Lome.",  # two days apart: two dates
    "The envoy arrives on Tuesday and talks begin on Wednesday.",
])
def test_weekdays_not_running_stay_apart(extract_text, text):
    assert all(d.start == d.end for d in extract_text(text).dates), extract_text(text).dates


@pytest.mark.parametrize("text,day", [
    # a headline has no tense of its own: its bare weekday is the day the body tells
    ("EU envoy in Dili on Thursday\nThe envoy will visit Dili next Thursday for talks.", "2025-06-05"),
    ("Trade ministers in Apia on Friday\nThe ministers are due to gather in Apia on Friday.", "2025-06-06"),
    # no other mention: the wire default (past) stands
    ("Quake hits coast on Saturday\nOfficials counted the damage.", "2025-05-31"),
])
def test_headline_weekday_agrees_with_body(extract_text, text, day):
    found = {d.start for d in extract_text(text).dates if d.text in ("Thursday", "Friday", "Saturday")}
    assert found == {day}
