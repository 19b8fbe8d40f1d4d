"""A courtesy call told by the headline names the meeting the story's lead tells.

"Envoy Pays Courtesy Call On Trade Minister", "Heads of mission pay courtesy call to Premier Ana
Lopez", "Chilean envoy calls on FM" above a story whose first event is a meeting described in
its opening sentences ("Premier Lopez met with the heads of mission at her office on Tuesday",
"The Minister received the Ambassador ... The meeting took place at the Ministry", "Ambassador X
called on Foreign Minister Y in Lima"): the headline and the lead tell one occasion, and the
headline's call names it (as the annotators name it): "Courtesy Call On Trade Minister", "call on
FM". Not an appeal ("UN chief calls on leaders to end the war": a lowercase party, or "to" after
whom), nor a call from someone ("receives courtesy call by Ambassador X" names no party called on:
the body's own name stays), nor when the headline names an event of its own.
"""
from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from ..records.models import Event, Mention
from .retold import described

#: "courtesy call on X", "Courtesy Call To X", "calls on X" (a verb after its subject): the call
#: and whom it is paid on, up to the headline's end or a word that closes the party.
_HEADLINE_CALL = re.compile(
    r"(?P<call>\b(?:[Cc]ourtesy\s+)?(?P<noun>[Cc]alls?|CALLS?)\s+(?:[Oo]n|[Tt]o|ON|TO)\s+)"
    r"(?P<party>(?:the\s+|The\s+)?[A-Z][\w.'\u2019\-]*(?:\s+(?:of\s+|of\s+the\s+)?[A-Z][\w.'\u2019\-]*)*)"
    r"(?P<after>[^\n]*)$")
#: What may follow the party in the headline: nothing but punctuation (not "to end the war",
#: "in Lima", "ahead of talks": an appeal or more said of the call than whom it is paid on).
_AFTER_PARTY = re.compile(r"[\s.!,;:\u2013\u2014-]*")
#: The rules of a meeting described in the body that a headline's call may name.
_MEETING_RULES = frozenset({"event.lower.meet.verb", "event.lower.meeting", "event.lower.meeting.received",
                            "event.lower.call_on.verb", "event.lower.call", "event.lower.calls"})
#: How many body sentences the meeting may be told within (a release's title line may open it).
CALL_LEAD_SENTENCES = 3
#: The rule id of the headline's mention.
HEADLINE_CALL_RULE = "event.lower.call.headline"


def headline_call(raw: str, headline_end: int) -> Optional[Tuple[int, int, str]]:
    """(start, end, name) of the courtesy call the headline (``raw[:headline_end]``) tells, if any."""
    headline_end = _headline_line_end(raw, headline_end)
    if not headline_end:
        return None
    line_start = raw.rfind("\n", 0, headline_end) + 1
    found = _HEADLINE_CALL.search(raw, line_start, headline_end)
    if found is None or not _AFTER_PARTY.fullmatch(found.group("after")):
        return None
    start, end = found.start("call"), found.end("party")
    courtesy = raw[start:found.start("noun")].strip()
    if not courtesy and (start == line_start or raw[:start].rstrip()[-1:] in ":\u2013\u2014-"):
        return None  # ("Calls on X" opening the line: no subject pays it)
    name = raw[start:end] if courtesy else "call " + raw[found.end("noun"):end].lstrip()
    return start, end, name


def _headline_line_end(raw: str, headline_end: int) -> int:
    """Where the headline's last line ends: the headline paragraph's (``headline_end``, its
    trailing breaks left out), else the text's first line when a line break ends it and it ends on
    no full stop ("Envoy calls on FM\nLima: Ambassador X called on ..."), else 0."""
    if headline_end:
        return len(raw[:headline_end].rstrip())
    first = raw.find("\n")
    line = raw[:first].rstrip() if first > 0 else ""
    return len(line) if line and line[-1:] not in ".!?\"\u201d" else 0


def name_by_headline_call(raw: str, headline_end: int, records: List[Event], body_starts: Sequence[int]) -> List[Event]:
    """``records`` with the story's first event renamed by the headline's call when it is a
    meeting described within CALL_LEAD_SENTENCES sentences of the body (``body_starts``: the
    body's sentence starts, as characters) and the headline names no event of its own."""
    call = headline_call(raw, headline_end)
    if call is None or not body_starts or any(m.start < call[1] for r in records for m in r.mentions):
        return records  # (an event named in the headline is the story's own)
    body = [r for r in records if r.mentions and r.mentions[0].start > call[1]]
    if not body:
        return records
    first = min(body, key=lambda r: r.mentions[0].start)
    reach = body_starts[CALL_LEAD_SENTENCES] if len(body_starts) > CALL_LEAD_SENTENCES else len(raw)
    if first.mentions[0].start >= reach or not all(described(m.rule) for m in first.mentions) \
            or first.mentions[0].rule not in _MEETING_RULES:
        return records
    start, end, name = call
    told = Mention(start=start, end=end, text=raw[start:end], rule=HEADLINE_CALL_RULE)
    renamed = first.model_copy(update={"name": name, "mentions": [told] + list(first.mentions)})
    return [renamed if r is first else r for r in records]
