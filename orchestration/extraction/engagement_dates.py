"""When an engagement happened: the date its own clause states, or the one it inherits.

dates.py resolves every date expression of a document against the publication date; what
is left for engagements is to choose. The rules, in order:

* a date stated in the trigger's own clause wins; the nearest to the trigger if several;
* "the same day", "the next day", "two days later" count from the date written earlier in
  the same sentence, else from the engagement told just before (not from any date that
  happens to precede it, such as "entry into force on 1 May 2022");
* "last week", "earlier this month", "in May" state that the day is unknown: the date is
  explicitly None ("Earlier this month, on March 12" still gives March 12: a resolved date
  in the clause beats a vague one);
* with nothing in the sentence, the engagement inherits a date (anchor or narrative) and
  the date is marked as not explicit, so a later "The meeting took place on Wednesday"
  can still set it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from orchestration.extraction.dates import DateMention, counted_from

#: Kinds of date mention that state a day of their own (see dates.DateMention).
STATED_KINDS: Final = ("absolute", "month_day", "weekday", "relative", "day_of_month")
_UNKNOWN_KINDS: Final = ("month", "vague")
#: A year alone ("signed an agreement in 2019") dates the event of its own clause to no day;
#: elsewhere in the sentence it is mostly backdrop ("X, who took office in 2022, met Y").
_OWN_UNKNOWN_KINDS: Final = ("month", "vague", "year")
_NTH_DAY: Final = re.compile(r"\b(?:second|third|fourth|fifth)\s+day\s+of\b")


@dataclass(slots=True, unsafe_hash=True)
class EventDate:
    """A date for an engagement; `explicit` when its own sentence states it (or states that
    it is unknown, with `value` None)."""

    value: date | None
    explicit: bool

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, value: date | None, explicit: bool) -> None:
        self.value = value
        self.explicit = explicit


def resolve(
    mention: DateMention, earlier_in_sentence: date | None, previous_event: date | None
) -> date | None:
    """The day a mention names, with anaphora counted from the sentence or the last event."""
    if mention.kind == "anaphoric":
        base = earlier_in_sentence or previous_event
        if base is None:
            return mention.date
        return counted_from(mention, base)
    if mention.kind in _OWN_UNKNOWN_KINDS:
        return None
    return mention.date


def choose(
    groups: list[list[DateMention]],
    position: int,
    sentence_mentions: list[DateMention],
    previous_event: date | None,
    stated_groups: int = 2,
    other_events: tuple[int, ...] = (),
) -> EventDate | None:
    """The date of a trigger at character `position` from mention groups in priority order
    (its clause first, then the rest of the sentence), or None when none states one. Only
    the first `stated_groups` groups state the date (`explicit`); a later group (a date
    another event's clause holds: "X, who arrived on Tuesday, held talks") is a guess that
    a later sentence may correct. A date written between another event's word (at one of
    the `other_events` offsets) and this trigger follows that word, and is its date: "X
    arrived on Monday and was received by Y on Tuesday" dates the reception Tuesday."""
    # "on the second day of his trip" counts from the trip's first day told before, when the
    # sentence states no day of its own ("received on Monday ..., on the second day of his
    # visit" is Monday); with no day before it, it names none
    day_stated = any(m.kind in STATED_KINDS for m in sentence_mentions)
    nth_usable = previous_event is not None and not day_stated
    for index, mentions in enumerate(groups):
        stated = index < stated_groups
        resolved = [m for m in mentions if m.kind in STATED_KINDS or m.kind == "anaphoric"]
        resolved = [m for m in resolved if not _follows_other(m, position, other_events)] or resolved
        own_vague = _own_vague_end(mentions, position, other_events)
        if own_vague is not None:
            resolved = [m for m in resolved if m.start < own_vague]
        if not nth_usable:
            resolved = [m for m in resolved if not _NTH_DAY.search(m.text.lower())]
        if resolved:
            best = min(resolved, key=lambda m: abs(m.start - position))
            # an anaphor the sentence's text left unanchored ("X, who arrived Monday evening, ...,
            # co-chaired earlier in the day": see dates.find_dates) counts from the last event
            unanchored = best.kind == "anaphoric" and best.date is None
            earlier = None if unanchored else _earlier_resolved(sentence_mentions, best)
            value = resolve(best, earlier, previous_event)
            # a day told that nothing resolves ("on Monday" in a story with no publication
            # date) states none: a later "The meeting, held on June 9, 2025" may still set it
            return EventDate(value, stated and value is not None)
        if any(m.kind in (_OWN_UNKNOWN_KINDS if index == 0 else _UNKNOWN_KINDS) for m in mentions):
            return EventDate(None, stated)
    return None


def _follows_other(mention: DateMention, position: int, other_events: tuple[int, ...]) -> bool:
    """Whether a date written before the trigger comes after another event's word."""
    return mention.start < position and any(other < mention.start for other in other_events)


def _own_vague_end(mentions: list[DateMention], position: int, other_events: tuple[int, ...]) -> int | None:
    """The offset of the next event's word after the trigger, when a month or vague date
    ("in August", "last year") stands between the trigger and it: the trigger's own date says
    its day is unknown, and a day written after that word is the next event's ("last met in
    El Alamein in August, and spoke by telephone on June 2"); None otherwise."""
    after = [other for other in other_events if other > position]
    if not after:
        return None
    following = min(after)
    own = any(m.kind in _OWN_UNKNOWN_KINDS and position < m.start < following for m in mentions)
    return following if own else None


def _earlier_resolved(mentions: list[DateMention], before: DateMention) -> date | None:
    """The last non-anaphoric resolved date written before `before` in the same sentence."""
    found = None
    for m in mentions:
        if m.start >= before.start:
            break
        if m.kind in STATED_KINDS and m.date is not None:
            found = m.date
    return found
