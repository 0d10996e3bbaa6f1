"""Which currency a trade figure is in, when its unit names several.

"$" and "dollars" default to the US dollar, but the local press of a dollar country writes
its own currency that way: an Ottawa paper's "$42 billion of exports to Mexico" is Canadian
dollars, a Wellington paper's "$9.4 billion" New Zealand dollars. International wires
datelined there write the local dollar with a marker ("A$", "C$") and "$" for the US dollar.
So a bare dollar amount is read as the local dollar only when all of these hold:

* the story has a dateline in a dollar country -- or, without a dateline, is published at
  an address in that country's internet domain ("abc.net.au", "stuff.co.nz") or of one of its
  outlets on a generic domain ("theglobeandmail.com", "straitstimes.com"), or, without an
  address, a `source` header names such an outlet ("The Globe and Mail"; lexicons/dollar_press.tsv)
  -- and that country is one side of the figure;
* no international wire credit stands in the dateline ("(Reuters)", "(AFP)", "(Bloomberg)"), nor
  is the story at an address of another country's domain (a foreign agency's copy from there);
* the story never writes the local dollar explicitly ("A$", "AUD", "Australian dollars"),
  which would make its bare "$" the US dollar, unless it marks it only once, on its first
  dollar amount, as local style guides ask ("NZ$17.2 billion ... $13.6b"), and writes no
  amount in US dollars -- but for the Fijian, Jamaican, Trinidadian
  and Guyanese press, which marks the US dollar ("US$") instead: there the story must never
  write the US dollar ("US$", "USD", "US dollars").

Within one sentence a bare "$" after a figure of the same two countries marked in the dollar
of one of them ("imports ... were FJ$612.4 million, while exports ... stood at $98.7m") is
that dollar: a paper marks its currency once. A figure of other sides leaves it the US dollar.

Other ambiguous units ("manat", "dinars", "rupees") take the currency of one of the two
countries of the figure (ISO 4217 codes start with the country's alpha-2 code, or, for a
currency union's, the country is a member: "CFA francs" of Cameroon are XAF, of Senegal XOF).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from orchestration.extraction.countries import city_country, domain_country, iso2_for, iso3_for, read_tsv
from orchestration.extraction.datelines import WIRE_SERVICES, find_dateline
from orchestration.extraction.money import Money, find_money, named_currency
from orchestration.extraction.text import split_sentences

#: Agencies whose copy, wherever datelined, writes the US dollar as "$".
_WIRE_CREDIT: Final = re.compile(
    r"\b(?:" + "|".join(name.replace(" ", r"\s+") for name in WIRE_SERVICES) + r")\b"
)
#: Dollars that are the currency of a country whose press writes them "$". Taiwan's and Hong
#: Kong's press mark their own ("NT$", "HK$") and report trade in US dollars, so a bare "$"
#: there is the US dollar: Taiwan's "$111 billion" of exports to the US is no NT$111 billion.
#: Brunei's press (the Borneo Bulletin, the Brunei Times) writes its dollar "$" as Singapore's
#: does, and "B$"/"BND" when it tells it from the US one.
_DOLLAR_CODES: Final = ("CAD", "AUD", "NZD", "SGD", "BND")
#: Dollars whose local press (the Fiji Times, the Gleaner, the Trinidad Guardian, Stabroek
#: News) writes its own dollar "$" and marks the US one ("US$") even beside its own marker
#: ("J$"): a bare "$" there is the local dollar unless the story writes an amount in US
#: dollars at all.
#: So do the Bahamian, Barbadian, Belizean and Solomon Islands press, and Samoa's and Tonga's,
#: whose "$" is the tala and the pa'anga.
_US_MARKED_DOLLAR_CODES: Final = ("FJD", "JMD", "TTD", "GYD", "BSD", "BBD", "BZD", "SBD", "WST", "TOP")
_DOLLAR_COUNTRIES: Final = frozenset(code[:2] for code in (*_DOLLAR_CODES, *_US_MARKED_DOLLAR_CODES))
#: ISO alpha-2 by alpha-3, remembered: asked for every figure in a bare or ambiguous unit.
_alpha2: Final = lru_cache(maxsize=512)(iso2_for)
#: Currencies of a monetary union, by member (alpha-2): their codes start with no member's
#: code, so a member's own currency is found here. The West African CFA franc (UEMOA), the
#: Central African one (CEMAC), the East Caribbean dollar and the CFP franc.
_UNION_CURRENCY: Final = {
    **dict.fromkeys(("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"), "XOF"),
    **dict.fromkeys(("CM", "CF", "TD", "CG", "GQ", "GA"), "XAF"),
    **dict.fromkeys(("AG", "DM", "GD", "KN", "LC", "VC", "AI", "MS"), "XCD"),
    **dict.fromkeys(("PF", "NC", "WF"), "XPF"),
}


def is_own_currency(code: str, alpha2: str | None) -> bool:
    """Whether `code` is the currency of the country `alpha2`: by its alpha-2 prefix ("KES" of
    KE), or as the currency of a union it belongs to ("XAF" of CM)."""
    return code[:2] == alpha2 or _UNION_CURRENCY.get(alpha2 or "") == code


#: How far into the story a dateline and its credit are looked for.
_DATELINE_REACH: Final = 300


def local_press(text: str, url: str | None = None, source: str | None = None) -> str | None:
    """The alpha-2 code of the country whose local press this story is: its dateline's (or,
    without a dateline, its outlet's: `press_country`) country; None under an international
    wire credit ("(Reuters)", "(AFP)"), whose copy writes no local unit bare."""
    dateline = find_dateline(text)
    if _WIRE_CREDIT.search(text, 0, max(dateline.end if dateline else 0, _DATELINE_REACH)):
        return None
    if dateline is not None:
        country = city_country(dateline.city) or iso3_for(dateline.city, codes=False)
        return iso2_for(country) if country else None
    return press_country(url, source)


def press_country(url: str | None, source: str | None = None) -> str | None:
    """The alpha-2 code of the outlet that publishes the story: its address's country-code
    domain or listed national outlet (`domain_country`), else a dollar country's outlet on a
    generic domain ("theglobeandmail.com"), else the outlet its `source` header names ("The
    Globe and Mail", "RNZ"): a scraped copy often keeps no address; None when none is known."""
    found = (domain_country(url) or _dollar_press_host(url)) if url else None
    return found or (_DOLLAR_PRESS.get(_outlet_key(source)) if source else None)


def _dollar_press_host(url: str) -> str | None:
    """The country of a listed dollar country's outlet that is the address's host or of which
    the host is a subdomain ("www.theglobeandmail.com")."""
    host = _URL_HOST.match(url)
    name = host.group("host").lower() if host else ""
    while name:
        if name in _DOLLAR_PRESS:
            return _DOLLAR_PRESS[name]
        name = name.partition(".")[2]
    return None


def _outlet_key(name: str) -> str:
    """A host, or an outlet's name in lower case, spaced singly, without a leading "The"."""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


_URL_HOST: Final = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#]*@)?(?P<host>[a-z0-9.-]+)")
#: Dollar countries' outlets (alpha-2), by host and by name (`_outlet_key`).
_DOLLAR_PRESS: Final[dict[str, str | None]] = {
    _outlet_key(key): iso2_for(iso3) for key, iso3 in read_tsv("dollar_press.tsv")
}


#: How the press of the other side writes of the dateline's country: "his Indian counterpart",
#: "arrived in the Indian capital" (a visiting leader's travelling press, not local press).
_FOREIGN_VIEW: Final = re.compile(
    r"\b(?:(?:his|her|their)\s+([A-Z][a-z]+)\s+counterparts?|the\s+([A-Z][a-z]+)\s+capital)\b"
)
#: How far into the story a foreign view of the dateline's country is looked for.
_FOREIGN_VIEW_REACH: Final = 1500


def shared_unit_home(text: str, url: str | None = None, source: str | None = None) -> str | None:
    """The alpha-2 code of the country whose own currency a unit several countries share ("Sh",
    "dinars", "rupees") is in this story: that of its local press (`local_press`), unless the
    story sees the dateline's country from outside ("NEW DELHI: Prime Minister Dahal and his
    Indian counterpart ...": a Nepali paper's travelling reporter, whose "Rs" is Nepal's)."""
    home = local_press(text, url, source)
    if home is None or ("counterpart" not in text and "capital" not in text):
        return home
    for match in _FOREIGN_VIEW.finditer(text, 0, _FOREIGN_VIEW_REACH):
        country = iso3_for(match.group(1) or match.group(2), codes=False)
        if country is not None and iso2_for(country) == home:
            return None
    return home


#: A story's own note of the dollar its amounts are in, as Canadian and Australian papers
#: print it under or inside the story: "(All figures in Canadian dollars unless otherwise
#: stated.)", "All amounts are in Australian dollars".
_ALL_FIGURES_IN: Final = re.compile(
    r"\b[Aa]ll\s+(?:dollar\s+|money\s+)?(?:figures|amounts|values|sums|prices)\s+(?:are\s+)?"
    r"(?:(?:quoted|given|expressed|stated|shown|reported)\s+)?in\s+((?:[A-Z][A-Za-z.]*\s+){1,3}dollars)\b"
)


def declared_dollar(text: str) -> str | None:
    """The ISO code of the dollar the story says all its amounts are in ("(All figures in
    Canadian dollars unless otherwise stated.)" -> CAD), or None when it says none."""
    if "dollars" not in text:
        return None
    match = _ALL_FIGURES_IN.search(text)
    return named_currency(match.group(1)) if match else None


def local_dollar(text: str, url: str | None = None, source: str | None = None) -> str | None:
    """The ISO code a bare "$" stands for in this story: the dollar it declares all its
    amounts in (`declared_dollar`: a Canadian paper's "All figures in Canadian dollars" at
    any address); else, when it is local press of a dollar country, that country's dollar
    ("CAD" for an Ottawa story or a story at a ".ca" address); else None (the US dollar)."""
    declared = declared_dollar(text)
    if declared is not None:
        return None if declared == "USD" else declared
    return _home_dollar(text, local_press(text, url, source), url)


def office_dollar(text: str, alpha2: str | None, url: str | None, source: str | None) -> str | None:
    """The ISO code a bare "$" stands for in a story with no dateline nor address that quotes
    the statistics office of the dollar country `alpha2` ("Exports to Australia were $450
    million, the Fiji Bureau of Statistics said"): that office counts in its own dollar, as the
    local press that quotes it writes bare, by the rules of `local_dollar` (no wire credit, no
    outlet named but the office country's own; its dollar never written explicitly, or the US
    one for the press that marks it); else None. At an address of no dollar country the copy is a foreign
    outlet's, whose bare "$" stays the US dollar."""
    if alpha2 not in _DOLLAR_COUNTRIES or url is not None or find_dateline(text) is not None:
        return None
    if source is not None and press_country(None, source) != alpha2:
        return None  # (a wire's or another outlet's copy, or one several outlets share)
    if _WIRE_CREDIT.search(text, 0, _DATELINE_REACH):
        return None
    return _home_dollar(text, alpha2, None)


def _home_dollar(text: str, alpha2: str | None, url: str | None) -> str | None:
    """The dollar of the country `alpha2` whose story this is, when its bare "$" is that dollar
    (see `local_dollar`); None when it is the US dollar."""
    marked = next((c for c in _US_MARKED_DOLLAR_CODES if c[:2] == alpha2), None)
    if marked is not None:  # "SUVA - Fiji's exports to Australia were $310 million", no "US$" anywhere
        return None if _writes_amount_in(text, "USD") else marked
    code = next((c for c in _DOLLAR_CODES if c[:2] == alpha2), None)
    if code is not None and domain_country(url) not in (None, alpha2):
        return None  # a foreign outlet's copy from there ("BANDAR SERI BEGAWAN -- ..." at wam.ae)
    if code is None or (_writes_amount_in(text, code) and not _marked_once(text, code)):
        return None  # not a dollar country, or the story writes its dollar explicitly
    return code


def _marked_once(text: str, code: str) -> bool:
    """Whether the story marks its own dollar at first, then writes it bare, as local press
    style guides ask ("exports to Japan came to NZ$8.1 billion ... Imports from Japan rose to
    $6.2b"): the first dollar amount is marked `code`, none is marked after the first bare
    one (a story that marks every amount of its own dollar writes another one bare: "A$219
    billion ... China's imports from Australia at $143.1 billion"), none is marked as the US
    dollar, and no sentence writes a marked and a bare one side by side, as wires do to tell
    two dollars apart ("A$70 billion, while ... $28 billion") or to convert ("NZ$17 billion
    ($10.4 billion)")."""
    dollars = [m for m in find_money(text) if m.currency in (code, "USD")]
    if not dollars or dollars[0].currency != code or dollars[0].candidates:
        return False
    if any(m.currency == "USD" and not m.candidates for m in dollars):
        return False
    first_bare = next((k for k, m in enumerate(dollars) if m.candidates), len(dollars))
    if any(not m.candidates for m in dollars[first_bare:]):
        return False
    for sentence in split_sentences(text):
        inside = [m for m in dollars if sentence.start <= m.start < sentence.end]
        if len({bool(m.candidates) for m in inside}) > 1:
            return False
    return True


def _writes_amount_in(text: str, code: str) -> bool:
    """Whether `text` writes an amount in the currency `code` unmistakably, as find_money
    reads it ("US$310 million", "$US310 million", "310 million American dollars"); a currency
    named with no amount ("the US dollar strengthened") tells nothing of a bare "$"."""
    return any(m.currency == code and not m.candidates for m in find_money(text))


#: Dollars other than the US one, written with their own marker ("FJ$", "NZ$", "J$", "N$").
_MARKED_DOLLARS: Final = frozenset(
    ["AUD", "CAD", "NZD", "FJD", "SGD", "HKD", "TWD", "JMD", "TTD", "BBD", "BSD", "BZD", "XCD", "GYD", "LRD",
     "NAD", "SBD", "WST", "TOP"]
)  # fmt: skip


def sentence_dollar(
    money: Money, earlier: list[tuple[str, frozenset[str]]], sides: frozenset[str]
) -> str | None:
    """The dollar a bare "$" (or the currency a bare shared unit, `_named_before`) stands for
    because the sentence marked it on an earlier figure of the same two countries (`earlier`:
    currency and sides of the sentence's figures before it): "imports from New Zealand were
    valued at FJ$612.4 million, while exports to New Zealand stood at $98.7m" (the paper
    marks its currency once). A figure of other sides leaves "$" the US dollar, as wires
    write it ("exports to Japan fell to A$70 billion, while imports from the United States
    were worth $28 billion")."""
    if not money.candidates:
        return None
    own = {_alpha2(side) for side in sides}
    if money.currency != "USD":
        return _named_before(money, earlier, own)
    return next(
        (
            c
            for c, of in reversed(earlier)
            if of == sides and c in _MARKED_DOLLARS and any(is_own_currency(c, a) for a in own)
        ),
        None,
    )


def _named_before(
    money: Money, earlier: list[tuple[str, frozenset[str]]], own: set[str | None]
) -> str | None:
    """The currency a bare shared unit ("dinars", "pounds", "riyals") stands for because the
    sentence named it on an earlier figure and it is the currency of a side (alpha-2 codes
    `own`): "Tunisian exports to Libya reached 3.1 billion Tunisian dinars, while Libyan
    exports to Tunisia did not exceed 740 million dinars" (the paper names its unit once;
    the second is no Libyan dinar though Libya reports it)."""
    return next(
        (
            c
            for c, _ in reversed(earlier)
            if c in money.candidates and any(is_own_currency(c, a) for a in own)
        ),
        None,
    )


#: Countries (alpha-2) whose press counts money in lakhs and crores, the South Asian
#: numbering ("Rs 1,120 crore", "Tk 12,34,567"): a figure so written is in the currency of
#: such a side, whatever a shared symbol ("Rs") stood for in another country's figure.
_LAKH_CRORE_COUNTRIES: Final = frozenset(["IN", "PK", "BD", "NP", "LK"])
#: A lakh or crore scale word, or digits grouped in the lakh pattern ("3,84,000").
_LAKH_CRORE: Final = re.compile(r"(?i)\b(?:lakhs?|lacs?|crores?|cr)\b|\d,\d{2},\d{3}(?!\d)")


def unit_key(money: Money) -> tuple[tuple[str, ...], bool]:
    """What a story's ambiguous unit is remembered by: its candidates and whether the figure
    is counted in lakhs and crores. A paper that wrote its own rupee in billions and then
    counts a figure in crores has switched to the rupee of the side that counts so ("Sri
    Lanka's exports to India rose to Rs 118.6 billion. India's imports from Sri Lanka were
    Rs 3,260 crore"), so the rupee read for one way of counting does not carry to the other."""
    return money.candidates, bool(_LAKH_CRORE.search(money.text))


def _own_sides(money: Money, reporter: str, partner: str) -> tuple[str, ...]:
    """The sides of the figure whose currency `money` can be, the reporter's first: both, or
    only those that count in lakhs and crores when the figure is written so and one of them
    does ("India's imports from Mauritius were Rs 1,120 crore" is in Indian rupees, though
    "Rs" was the Mauritian rupee in Mauritius' own figure before)."""
    sides = (reporter, partner)
    if not _LAKH_CRORE.search(money.text):
        return sides
    counting = tuple(side for side in sides if _alpha2(side) in _LAKH_CRORE_COUNTRIES)
    return counting or sides


def figure_currency(
    money: Money,
    reporter: str,
    partner: str,
    local: Callable[[], str | None],
    told: str | None = None,
    press: Callable[[], str | None] = lambda: None,
) -> str | None:
    """The ISO code of `money` in a figure between `reporter` and `partner`: its own code
    when certain; a bare dollar in local press (`local()`, see `local_dollar`, asked only
    when a side has a dollar of its own) when that country is a side; else, for an
    ambiguous unit, the currency the story already read it as (`told`: a Kenyan story's
    "Sh" stays the Kenyan shilling when Uganda's exports come next) when that is still one
    of the two countries', or the candidate of the story's home side (`press()`, alpha-2,
    see `DocumentContext.shared_unit_home`: the country of the statistics office the story
    quotes first, else the one whose local press the story is, `shared_unit_home`: a
    Nairobi paper's "Ugandan goods coming into Kenya rose to Sh142.6 billion" are Kenyan
    shillings; not for a figure in lakhs and crores), else of one of the two, the
    reporter's first. A figure in lakhs and crores narrows the two to the sides that count
    so (`_own_sides`)."""
    if not money.candidates:
        return money.currency
    if money.currency == "USD":
        alpha2s = (_alpha2(reporter), _alpha2(partner))
        if any(code in _DOLLAR_COUNTRIES for code in alpha2s if code is not None):
            code = local()
            if code is not None and code in money.candidates and code[:2] in alpha2s:
                return code
        return money.currency
    sides = _own_sides(money, reporter, partner)
    if told is not None and any(is_own_currency(told, _alpha2(side)) for side in sides):
        return told
    # the story's home side first (its statistics office's, else its press's); a figure
    # counted in lakhs and crores keeps the reporter first (a Kathmandu paper's "India's
    # imports from Nepal were Rs 1,150 crore")
    home = press() if not _LAKH_CRORE.search(money.text) else None
    if home is not None:
        sides = tuple(sorted(sides, key=lambda side: _alpha2(side) != home))
    for side in sides:  # the reporter's own currency first
        code = _alpha2(side)
        if money.currency is not None and is_own_currency(money.currency, code):
            return money.currency
        own = [candidate for candidate in money.candidates if is_own_currency(candidate, code)]
        if own:
            return own[0]
    return money.currency
