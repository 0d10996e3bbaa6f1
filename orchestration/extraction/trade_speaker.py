"""Whose "our exports" a quoted figure is: the country of the official speaking.

"Our exports to Uganda reached $600 million", "we exported coal worth ...": in a quote or an
interview answer the first person is the speaker's country, which is the country of the
official quoted ("Tanzanian Trade Minister X told reporters in Nairobi: 'Our exports ...'"),
not the dateline's nor the country the story names most. When the speaker's title names no
country ("We spoke with Minister of Economy X" in an interview), the partners of the
speaker's own figures are at least not "us": the story's most named country that is never
the destination or origin of a first-person flow is.
"""

from __future__ import annotations

import re
from typing import Final

from orchestration.extraction.countries import CountryMention, city_country, find_blocs, find_countries
from orchestration.extraction.text import CaseBlindSearch, inside_quotation, lowered_for_hints

#: A first-person trade cue: "our exports", "our trade", "we exported", "we sold".
_FIRST_PERSON: Final = re.compile(
    r"(?i)\bour\b|\bwe\s+(?:\w+\s+){0,2}?(?:export|import|sold|sell|bought|buy|ship|trade)\w*"
)
#: An official's title right after a country name or demonym: "Tanzanian Trade Minister",
#: "Mongolia's Minister of Economy", "Peruvian Ambassador".
_TITLE_AFTER: Final = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:Minister|President|Premier|Ambassador|Envoy|Secretary|"
    r"Governor|Chancellor|Commissioner|Representative|Spokes(?:man|woman|person)|King|Emir|Sultan|"
    r"[Oo]fficial|[Nn]egotiator|[Dd]iplomat)\b"
)
#: A first-person flow's other side: "our exports to China", "we import from Russia".
_FIRST_PERSON_PARTNER: Final = re.compile(
    r"(?i)\b(?:our|we)\b[^.?!\n]{0,80}?\b(?:to|from|with)\s+(?:the\s+)?$"
)
#: The first person as the other side of a named country's flow: the buyer of a giving verb
#: right before the amount ("Kenya sold us goods worth ..."), or the owner of the goods bought
#: right after it ("Russia bought $700 million of our fruit", "... worth of goods from us").
_GIVING_US: Final = r"\b(?:sold|sells|sell|shipped|ships|supplied|supplies|sent|sends|delivered)\s+us\b"
_US_BEFORE: Final = re.compile(r"(?i)" + _GIVING_US)
_OURS_AFTER: Final = re.compile(r"(?i)\s*(?:worth\s+)?(?:of\s+our\b|from\s+us\b)")
#: How far before the amount a giving verb with "us" may stand ("sold us goods worth").
_US_REACH: Final = 60
#: An interview answer's paragraph: "A: It does. Last year our exports ...".
_ANSWER: Final = re.compile(r"A\s*[:.]\s")
#: How far back, in characters, an official introduced before the quote may be its speaker.
_SPEAKER_REACH: Final = 1500


def first_person(sentence: str, end: int) -> bool:
    """Whether the sentence speaks of a flow in the first person before offset `end`."""
    return _FIRST_PERSON.search(sentence, 0, end) is not None


def first_person_side(sentence: str, flow: str, start: int, end: int) -> bool:
    """Whether the other side of the flow of the amount at `start`..`end` is the first person:
    "Kenya sold us goods worth $860 million" (exports whose buyer is "us"), "Russia alone bought
    $700 million of our fruit" (imports whose goods are "ours"). In a quote the first person is
    the speaker's country, so the figure is that country's trade seen from its side."""
    if flow == "exports":
        gap = sentence[max(0, start - _US_REACH) : start]
        return _US_BEFORE.search(gap) is not None and not any(c in gap for c in ".;")
    return flow == "imports" and _OURS_AFTER.match(sentence, end) is not None


#: The first person's flow with "them" as its other side: "we sold them", "we exported ... to
#: them", "we bought from them" (within one clause: no stop or semicolon between).
_WE_TO_THEM: Final = re.compile(
    r"(?i)\bwe\s+(?:\w+\s+){0,2}?(?:export|import|sold|sell|bought|buy|ship|suppl|sen[dt]|deliver)\w*"
    r"[^.;:!?]{0,80}?\bthem\b"
)
#: How far after the amount "to them" may stand ("we exported $5 million of tea to them").
_THEM_AFTER: Final = 30


def them_at(sentence: str, start: int, end: int) -> int | None:
    """Offset of the "them" that is the other side of a first-person flow whose amount is at
    `start`..`end` ("we sold them 98 million dollars of fertilizer"), or None."""
    for found in _WE_TO_THEM.finditer(sentence, 0, min(len(sentence), end + _THEM_AFTER)):
        if found.start() < start:
            return found.end() - len("them")
    return None


def quoted(text: str, at: int) -> bool:
    """Whether offset `at` of the document is inside a quotation or an interview answer
    (first person outside them is the outlet's own voice: an editorial's "our exports")."""
    line_start = text.rfind("\n", 0, at) + 1
    if _ANSWER.match(text, line_start):
        return True
    return inside_quotation(text, at)


def speaker_country(text: str, at: int, sentence: tuple[int, int], partner: str) -> str | None:
    """The country of the official whose quote holds offset `at`: one named with a country in
    the same sentence (the attribution may follow the quote), else the country the name of the
    speaker's body in the attribution names (`_body_country`), else the last official introduced
    before it. Only the narrator introduces the speaker: an official named inside a quote or
    answer ("I had a video call with Japan's Minister of Economy") is someone the speaker
    met. None when no official's country is told."""
    start = max(0, at - _SPEAKER_REACH)
    window = text[start : sentence[1]]
    officials = [
        m for m in find_countries(window) if _is_official(window, m) and not quoted(text, start + m.start)
    ]
    same = [m for m in officials if m.start >= sentence[0] - start]
    if not same:
        body = _body_country(text, at, sentence, partner)
        if body is not None:  # "..., said X, chairman of the Accra Cocoa Buyers' Association."
            return body
    if not officials:
        return None
    chosen = same[0] if same else officials[-1]
    return chosen.iso3 if chosen.iso3 != partner else None


#: A public or collective body's name in the narrator's words: capitalized words before its
#: head noun (`_PUBLIC_BODY`) and an "of"/"for" complement of capitalized words after it
#: ("Colombo Tea Traders' Association", "Association of Ghana Industries").
_BODY_NAME_BEFORE: Final = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,5}$")
_BODY_NAME_AFTER: Final = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+|$)){1,4}")


def _body_country(text: str, at: int, sentence: tuple[int, int], partner: str) -> str | None:
    """The one country that the name of the public or collective body of the quote's speaker
    names, by a country, demonym or city ("said X, chairman of the Colombo Tea Traders'
    Association": a Sri Lankan body, whose "our exports" are Sri Lanka's), the partner
    aside; None when the attribution names no such body or its name names no or two countries
    (a "Kenya-Uganda Business Council" speaks for neither alone)."""
    words = _attribution(text, at, sentence)
    found: set[str] = set()
    for head in _PUBLIC_BODY.finditer(words):
        before = _BODY_NAME_BEFORE.search(words, 0, head.start())
        after = _BODY_NAME_AFTER.match(words, head.end())
        name = words[before.start() if before else head.start() : after.end() if after else head.end()]
        found.update(m.iso3 for m in find_countries(name) if m.kind in ("name", "demonym"))
        tokens = re.findall(r"[A-Z][\w.-]*", name)
        for n in (1, 2, 3):
            found.update(
                c for i in range(len(tokens) - n + 1) if (c := city_country(" ".join(tokens[i : i + n])))
            )
    found.discard(partner)
    return found.pop() if len(found) == 1 else None


def bloc_speaker(text: str, at: int, sentence: tuple[int, int]) -> bool:
    """Whether the quote holding offset `at` is an official of a bloc's ("European Union trade
    official X said: 'China sold us ...'"): "us" is the bloc, no country of the story."""
    start = max(0, at - _SPEAKER_REACH)
    window = text[start : sentence[1]]
    return any(
        _TITLE_AFTER.match(window, b.end) is not None and not quoted(text, start + b.start)
        for b in find_blocs(window)
    )


#: A company officer's title: the first person of whoever holds it is the company ("Our exports
#: to Ghana reached $30 million," its chief executive said: the firm's sales, no country's).
COMPANY_TITLE: Final = re.compile(
    r"(?i:\b(?:chief\s+(?:executive|operating|financial|commercial)(?:\s+officer)?|managing\s+director|"
    r"general\s+manager|(?:co-?)?founder|owner|(?:export|sales|marketing)\s+(?:director|manager))\b)"
    r"|\b(?:CEO|COO|CFO|MD)\b"
)
#: A public or collective body an officer may head ("Tea Board chief executive", "CEO of the
#: Seafood Council", "managing director of the Export Promotion Agency"): its "our exports" are
#: the country's or its sector's, not one firm's sales.
_PUBLIC_BODY: Final = re.compile(
    r"\b(?:Board|Council|Authority|Agency|Association|Federation|Chamber|Bureau|Commission|Ministry|"
    r"Department|Office|Institute|Union|Organi[sz]ation|Cent(?:re|er))\b"
)
#: How far before a quote's opening mark the words that lead into it are looked for.
_LEAD_IN_REACH: Final = 300


#: The first person as a side of the flow itself: "our exports", "our coffee shipments", "we
#: sold", "sold us", "of our", "from us" -- not any "our" in the sentence ("our company saw
#: Kenya's exports to Uganda reach ...").
_OWN_FLOW: Final = re.compile(
    r"(?i)\bour\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|shipments?|sales|trade|purchases)\b"
    r"|\bwe\s+(?:\w+\s+){0,2}?(?:export|import|sold|sell|bought|buy|ship|trade)\w*"
    r"|" + _GIVING_US + r"|\b(?:of\s+our|from\s+us)\b"
)
#: `_OWN_FLOW` by its twin on the sentence lowered by `lowered_for_hints`.
_OWN_FLOW_SEARCH: Final = CaseBlindSearch(_OWN_FLOW)
#: How far after the amount "of our" and "from us" may stand ("$700 million worth of our fruit").
_OWN_FLOW_AFTER: Final = 20


def own_flow(sentence: str, end: int) -> bool:
    """Whether the first person is a side of the flow of the amount ending at `end`
    (`_OWN_FLOW` before it or just after it)."""
    reach = min(len(sentence), end + _OWN_FLOW_AFTER)
    return _OWN_FLOW_SEARCH(sentence, lowered_for_hints(sentence), 0, reach) is not None


def company_speaker(text: str, at: int, sentence: tuple[int, int]) -> bool:
    """Whether the quote holding offset `at` is a company officer's (`COMPANY_TITLE` in the
    narrator's words around it, `_attribution`): "our exports" is then the company's sales,
    not the trade of a country, which a figure between two countries must be. The officer of
    a public or collective body (`_PUBLIC_BODY`) speaks for the country or its sector."""
    words = _attribution(text, at, sentence)
    return COMPANY_TITLE.search(words) is not None and _PUBLIC_BODY.search(words) is None


def _attribution(text: str, at: int, sentence: tuple[int, int]) -> str:
    """The narrator's words that say who speaks the quote holding offset `at`: the sentence's
    words outside quotation marks (", its chief executive, X, said."), and, when the quote
    opened in an earlier sentence, the words of that sentence that led into it ("X, chief
    executive of Y, said: ")."""
    start, end = sentence
    opened_before = quoted(text, start)
    inside = opened_before
    kept: list[str] = []
    for ch in text[start:end]:
        if ch in '"“”':
            inside = ch == "“" or (ch == '"' and not inside)
            continue
        if not inside:
            kept.append(ch)
    opened = max(text.rfind("“", 0, start), text.rfind('"', 0, start)) if opened_before else -1
    if opened >= 0:
        lead = text[max(0, opened - _LEAD_IN_REACH) : opened]
        kept.insert(0, re.split(r"[.!?]\s|[”\"]", lead)[-1] + " ")
    return "".join(kept)


def _is_official(text: str, mention: CountryMention) -> bool:
    """Whether the country mention is the country of an official's title after it."""
    return mention.kind in ("name", "demonym") and _TITLE_AFTER.match(text, mention.end) is not None


def not_first_person_partners(text: str, ranked: tuple[str, ...], partner: str) -> str | None:
    """The first of the story's `ranked` countries that is neither `partner` nor the other side
    of any first-person flow in it ("our coal exports to China", "our imports from Russia")."""
    others = {
        m.iso3
        for m in find_countries(text)
        if _FIRST_PERSON_PARTNER.search(text, max(0, m.start - 100), m.start) is not None
    }
    return next((iso3 for iso3 in ranked if iso3 != partner and iso3 not in others), None)
