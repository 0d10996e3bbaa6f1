"""When an engagement took place, chosen among the date mentions of its sentence.

The trigger's own clause first, then clauses that hold no other event, then (as a guess a
later sentence may correct) clauses that do ("X, who arrived on Tuesday, held talks"). With
no date in the sentence an engagement takes its anchor's date ("Following the talks"), else
the date of the engagement told before it, else the publication date; such dates are not
explicit. The choice of one mention and the arithmetic of "the same day" are in
engagement_dates.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.dates import DateMention
from orchestration.extraction.engagement_context import (
    AnalysedSentence,
    DocumentContext,
    Draft,
    Unit,
    unit_has_trigger,
)
from orchestration.extraction.engagement_dates import choose


def _unit_dates(a: AnalysedSentence, unit: Unit) -> list[DateMention]:
    """The date mentions written in a unit, outside its topic ("entry into force on ...")."""
    return [d for i, d in a.date_tokens if i in unit.tokens and i not in a.clauses.topic]


def set_date(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    candidate: Draft,
    position: int,
    anchor_target: Draft | None,
) -> None:
    """Set a draft's date and whether the sentence states it (see the module docstring)."""
    own = _unit_dates(a, unit)
    claimed_units = {i for i, u in enumerate(units) if u is not unit and unit_has_trigger(a, u)}
    free = [
        d for i, u in enumerate(units) if u is not unit and i not in claimed_units for d in _unit_dates(a, u)
    ]
    claimed = [d for i in claimed_units for d in _unit_dates(a, units[i])]
    groups = [own, free, claimed]
    previous = _previous_date(doc)
    chosen = choose(groups, position, a.dates, previous)
    if chosen is not None:
        candidate.date, candidate.date_explicit = chosen.value, chosen.explicit
        return
    if anchor_target is not None:
        candidate.date = anchor_target.date
    elif doc.candidates:
        candidate.date = doc.candidates[-1].date
    else:
        candidate.date = doc.published
    candidate.date_explicit = False


def _previous_date(doc: DocumentContext) -> date | None:
    """The date of the engagement told last in the text ("On the same day" counts from it):
    in "X, who arrived on Sunday, held talks on Monday", that is Monday's talks."""
    dated = [c for c in doc.candidates if c.date is not None]
    return max(dated, key=lambda c: (c.sentence, c.position)).date if dated else None
