"""What a story has established so far: its pair of countries, its period, its last figures.

Trade stories lean on what came before: "mutual trade" and "between the two countries" mean
the story's pair, "over the nine months" the period just named, "In 2022, imports totaled
$11.1 billion" the flow of the previous sentence, "The figure is 30 percent higher" the last
figure. Rather than look back through earlier sentences ad hoc, the extractor keeps this one
small object up to date as it reads, and every back-reference is answered from it.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from orchestration.extraction.countries import (
    CountryMention,
    city_country,
    document_countries,
    iso2_for,
    iso3_for,
    statistics_country,
)
from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.leaders import leaders_named_alone_in, leaders_named_in
from orchestration.extraction.text import Sentence
from orchestration.extraction.trade_currency import local_dollar, office_dollar, shared_unit_home

#: A currency named for its country right after a country mention: "U.S. dollars".
DOLLAR_AFTER: Final = re.compile(r"\s*dollars?\b", re.IGNORECASE)

#: How many sentences a back-reference may reach ("it", "the figure", a bare "imports").
RECENT_SENTENCES: Final = 3


@dataclass(slots=True, unsafe_hash=True)
class Direction:
    """Who trades with whom in a statement: for exports the exporter first, for imports the
    importer first, for turnover either order."""

    flow: str
    reporter: str
    partner: str

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, flow: str, reporter: str, partner: str) -> None:
        self.flow = flow
        self.reporter = reporter
        self.partner = partner


@dataclass(slots=True)
class DocumentContext:
    """The story's running state while its sentences are read in order.

    `pair` is the last pair of countries a bilateral figure was stated for; `subject` the
    country whose trade the story is describing (the country the last two pairs share, else
    the reporter of the last statement, or the country of a world total); `period` the last
    reporting period named for a trade statement; `world` is True right after a total with
    the world or a bloc, so that a following "Exports reached ..." is not read as bilateral;
    `directions` the last direction stated for each flow; `seller` the country whose goods the
    last figure's buyer bought ("the US bought $214 million of Vietnamese shrimp": Vietnam);
    `first_pair` the pair of the story's first bilateral figure, the pair its lead is about.
    """

    text: str = ""  # the document, for the countries it mentions most (read only when needed)
    url: str | None = None  # where it was published: its domain's country, for a bare "$"
    source: str | None = None  # the outlet its header names: its country, for a bare "$" with no url
    headline: tuple[str, str] | None = None  # the pair the story's title names, if just two
    sentences: list[Sentence] = field(default_factory=list)  # its sentences, for what "it" refers to
    pair: tuple[str, str] | None = None
    first_pair: tuple[str, str] | None = None
    subject: str | None = None
    period: tuple[date, date] | None = None
    world: bool = False
    directions: dict[str, Direction] = field(default_factory=dict)
    seller: str | None = None
    last_sentence: int = -10
    last_fact: int | None = None  # index, in the caller's list, of the last main figure
    ranking_home: str | None = None  # set by "X remained Y's largest trading partner"
    ranking_flow: str = "turnover"  # "exports" after "the largest export market", ...
    ranking_product: str | None = None  # "tea" after "the top destination for Kenyan tea"
    ranking_sentence: int = -10
    balance_pair_sentence: int = -10  # the last sentence whose balance named the pair
    world_sentence: int = -10  # the last sentence with a total with the world or a bloc
    world_reporter: str | None = None  # whose that total was, even when set aside from the story
    world_flow: str | None = None  # and its flow ("China accounted for $5.3 billion" right after is a part)
    #: The partners of balances nobody is named to own ("The goods deficit with China ..."):
    #: the other side of the story's home, never the reporter of its bare flows.
    balance_partners: set[str] = field(default_factory=set)
    world_product: str | None = (
        None  # and its goods ("Of the total, $4.1bn came from Vietnam": the same goods)
    )
    #: The currency each ambiguous unit (by its candidates, and whether counted in lakhs and
    #: crores: `unit_key`) was read as, for the figures after it: "Sh" is one country's
    #: shilling throughout a story.
    unit_currencies: dict[tuple[tuple[str, ...], bool], str] = field(default_factory=dict)
    _salient: tuple[str, ...] | None = None
    _local_dollar: tuple[str | None] | None = None
    _shared_unit_home: tuple[str | None] | None = None
    _dateline_country: tuple[str | None] | None = None
    _source_country: tuple[str | None] | None = None
    _buddhist_era: bool | None = None

    def salient(self) -> tuple[str, ...]:
        """The document's countries, most mentioned first (computed on first use: most
        figures name their countries, so most documents never need it)."""
        if self._salient is None:
            # (not the country of a currency: "181.5 billion U.S. dollars")
            mentions = [m for m in document_countries(self.text) if not DOLLAR_AFTER.match(self.text, m.end)]
            self._salient = salient_countries(mentions)
        return self._salient

    def local_dollar(self) -> str | None:
        """What a bare "$" stands for when the story is local press of a dollar country
        (`trade_currency.local_dollar`), unless the statistics it quotes are the United States'
        (`source_country`); computed on first use, as few stories need it."""
        if self._local_dollar is None:
            # figures the story quotes from the US statistics are in US dollars ("according to
            # U.S. Census Bureau data", in a Toronto paper): its own dollar is no US office's unit
            office = self.source_country()
            us_figures = office == "USA"
            found = None if us_figures else local_dollar(self.text, self.url, self.source)
            if found is None and office is not None and not us_figures:
                # no dateline, the figures a dollar country's statistics office gives: its dollar
                found = office_dollar(self.text, iso2_for(office), self.url, self.source)
            self._local_dollar = (found,)
        return self._local_dollar[0]

    def shared_unit_home(self) -> str | None:
        """The alpha-2 code of the country whose own currency a shared unit is in this story:
        that of the statistics office the story quotes first (`source_country()`: whose
        figures they are), else that of its local press (`trade_currency.shared_unit_home`);
        computed on first use."""
        if self._shared_unit_home is None:
            source = self.source_country()  # whose statistics the story quotes, else its press's
            home = (
                iso2_for(source) if source is not None else shared_unit_home(self.text, self.url, self.source)
            )
            self._shared_unit_home = (home,)
        return self._shared_unit_home[0]

    def recent(self, sentence: int) -> bool:
        """True when the last trade statement is close enough for a back-reference."""
        return sentence - self.last_sentence <= RECENT_SENTENCES

    def story_pair(self) -> tuple[str, str] | None:
        """The pair a "bilateral"/"between the two countries" figure is about."""
        if self.pair is not None:
            return self.pair
        salient = self.salient()
        if len(salient) >= 2:
            return (salient[0], salient[1])
        if len(salient) == 1:
            # "President William Ruto held talks with his Tanzanian counterpart ... trade between
            # the two countries": a side named only by its leader
            other = next((iso3 for iso3 in leaders_named_in(self.text) if iso3 != salient[0]), None)
            if other is None:  # "Putin met with Kazakh President Tokayev": a leader by one word
                other = next((iso3 for iso3 in leaders_named_alone_in(self.text) if iso3 != salient[0]), None)
            if other is not None:
                return (salient[0], other)
        if self.headline is not None and (not salient or salient[0] in self.headline):
            # "Kenya-Uganda trade hits record" over "Trade between the two neighbours reached ...":
            # the title's pair, when the body names no other
            return self.headline
        return None

    def other_side(self, iso3: str) -> str | None:
        """The country trading with `iso3` in this story: the other member of the pair, else
        the story's subject or most salient country."""
        source = self.source_country() if self.subject is None else None
        if source is not None and source != iso3 and not self._third_country_office(source):
            # "Exports to China fell ..., Stats NZ says": the statistics' own country reports
            return source
        if self.pair is None and self.subject is not None and self.subject != iso3:
            # "Uzbekistan's foreign trade turnover totaled ... Trade with China amounted to ...":
            # the country whose total the story gave, not the partner named most
            return self.subject
        pair = self.story_pair()
        if pair is not None and iso3 in pair:
            other = pair[1] if pair[0] == iso3 else pair[0]
            if self.pair is not None or other not in self.balance_partners:
                return other
        for candidate in (self.subject, *(pair or ()), *self.salient()):
            # "The goods deficit with China ... Exports to Mexico were ...": China is the partner
            # of the unnamed home whose deficit it was, not the exporter to Mexico
            if candidate is not None and candidate != iso3 and candidate not in self.balance_partners:
                return candidate
        return None

    def _third_country_office(self, source: str) -> bool:
        """Whether the statistics office the story quotes is a third country's, quoted for a
        figure of its own, in a story datelined in one of its pair ("SKOPJE - ... Serbia shipped
        goods worth EUR 4.3 billion to Germany, data of the Serbian statistical office show":
        North Macedonia's exports to Germany stay North Macedonia's)."""
        pair = self.story_pair()
        return pair is not None and source not in pair and self.dateline_country() in pair

    def home(self) -> str | None:
        """ "The country's", "our", "exports to the neighbouring country": the country the
        story reports for -- the dateline's when it is a side of the story's pair (a Dakar
        story about Senegal and Mali is Senegal's, whoever the last figure's reporter was),
        else the story's subject, else the first of its pair."""
        pair = self.story_pair()
        dateline = self.dateline_country() if pair is not None else None
        if pair is not None and dateline in pair:
            return dateline
        if self.subject is not None:
            return self.subject
        return pair[0] if pair else None

    def source_country(self) -> str | None:
        """The country whose statistics office the story quotes (computed on first use)."""
        if self._source_country is None:
            self._source_country = (statistics_country(self.text),)
        return self._source_country[0]

    def dateline_country(self) -> str | None:
        """The country of the story's dateline city (computed on first use)."""
        if self._dateline_country is None:
            dateline = find_dateline(self.text)
            city = dateline.city if dateline is not None else None
            self._dateline_country = ((city_country(city) or iso3_for(city, codes=False)) if city else None,)
        return self._dateline_country[0]

    def buddhist_era(self) -> bool:
        """Whether the story is Thai, so that its bare years are of the Buddhist Era ("in 2567"
        is 2024): it counts in baht, or its dateline or most-mentioned country is Thailand
        (computed on first use: only for a sentence that writes such a year)."""
        if self._buddhist_era is None:
            self._buddhist_era = (
                _BAHT.search(self.text) is not None
                or self.dateline_country() == "THA"
                or self.salient()[:1] == ("THA",)
            )
        return self._buddhist_era

    def note_statement(
        self,
        sentence: int,
        direction: Direction,
        period: tuple[date, date] | None,
        within: bool = False,
        looks_back: bool = False,
        seller: str | None = None,
    ) -> None:
        """Remember a bilateral figure: its pair, reporter, direction and period. A figure
        restating the comparison of the last one ("During April-December 2022-23, the exports
        had stood at ...": same flow and sides, the same months a year earlier) leaves the
        story's period where it was, so "in the nine-month period" still means the current one;
        so does a figure of a part of it (`within`: "In January alone, ..."), so the figures
        after it without a period of their own are again the story's. So does a figure whose
        period is told only as a year back from the story's (`looks_back`: "Over the same period
        a year earlier, imports had stood at ..."), whatever its flow: the phrase measures from
        the story's period, so the story is still there ("imports in January-September" after it
        are of the story's year). `seller` is the country the figure's buyer bought from when a
        buying verb tells it ("X bought ... from Y"), else None."""
        restated = (
            period is not None
            and self.period is not None
            and (looks_back or self.directions.get(direction.flow) == direction)
            and period == year_before(self.period)
        )
        pair = (direction.reporter, direction.partner)
        shared = set(pair) & set(self.pair or ())
        # "Germany bought Czech goods worth ..." in a Czech story: the country the new pair shares
        # with the last one stays the subject, whoever is the reporter of this figure
        self.subject = shared.pop() if len(shared) == 1 else direction.reporter
        self._change_pair(pair)
        self.directions[direction.flow] = direction
        self.seller = seller
        self.world = False
        self.last_sentence = sentence
        if period is not None and not restated and not (within and self.period is not None):
            self.period = period

    def note_balance(
        self, subject: str | None, period: tuple[date, date] | None, partner: str | None, sentence: int
    ) -> None:
        """Remember who a trade balance is about ("Vietnam's trade surplus reached ... in the
        first half") when the story has no subject or period yet; a balance is often
        bilateral, so it does not interrupt the pair. One with a partner ("Nepal's deficit
        with India") names the pair: the story's first, or a new one ("Egypt's deficit with
        China widened as imports climbed to ..." after figures of two other countries). A
        balance's own period is the story's from then on, as any figure's is: "China's surplus
        with the bloc stood at €291 billion in 2023. The Netherlands recorded imports from China
        worth €105.6 billion" -- 2023, not the months of the figure before the balance. A balance
        nobody is named to own ("The trade deficit with China widened to $5.1 billion in 2024 as
        imports from China climbed ...") tells that period alone."""
        if (
            subject is not None
            and partner is not None
            and partner != subject
            and (self.pair is None or set(self.pair) != {subject, partner})
        ):
            self._change_pair((subject, partner))
            self.subject = subject
            self.last_sentence = sentence
            self.balance_pair_sentence = sentence
            self.world = False
            if period is not None:
                self.period = period
            return
        if self.subject is None:
            self.subject = subject
        if subject is None and partner is not None:
            self.balance_partners.add(partner)
        if period is not None:
            self.period = period

    def _change_pair(self, pair: tuple[str, str]) -> None:
        """Make `pair` the story's pair; the directions stated for another pair are forgotten,
        so "imports were ..." is never read as the imports of countries no longer spoken of."""
        if self.pair is not None and set(self.pair) != set(pair):
            self.directions.clear()
        self.pair = pair
        if self.first_pair is None:
            self.first_pair = pair

    def note_world_total(
        self, sentence: int, subject: str | None, period: tuple[date, date] | None, flow: str | None = None,
        product: str | None = None,
    ) -> None:  # fmt: skip
        """Remember a total with the world or a bloc: it names a subject and a period, and it
        interrupts the pair for the sentences that follow. A total of a third country in a
        story whose pair holds its dateline's country is set beside the story, not a change of
        story ("Exports to Algeria rose ..., while Ethiopia earned $1.43 billion from its coffee
        exports" from Kampala): the subject stays, so "Exports to Egypt ..." after it are still
        the dateline country's (`_aside_total`)."""
        self.world = True
        self.last_sentence = self.world_sentence = sentence
        self.world_reporter, self.world_flow, self.world_product = subject, flow, product
        if subject is not None and not self._aside_total(subject):
            self.subject = subject
        if period is not None:
            self.period = period

    def note_ranking(self, home: str, sentence: int, flow: str, product: str | None) -> None:
        """Remember a ranking of `home`'s partners ("X remained Y's largest export market"): the
        sentences right after it may go on with it ("Japan came third at $20.3 billion")."""
        self.ranking_home, self.ranking_sentence = home, sentence
        self.ranking_flow, self.ranking_product = flow, product

    def _aside_total(self, subject: str) -> bool:
        """Whether a world total of `subject` is a comparison aside: the story has a pair that
        holds its dateline's country and not `subject`."""
        if self.pair is None or subject in self.pair:
            return False
        return self.dateline_country() in self.pair


#: The Thai currency, which a story that counts in it is Thai by (`buddhist_era`).
_BAHT: Final = re.compile(r"(?i)\bbaht\b")


def year_before(period: tuple[date, date]) -> tuple[date, date]:
    """The same months one year earlier ("the same period last year"); a period that ends
    inside a month ("1 April to 25 August") ends on the same day a year earlier."""
    start, end = period
    year = end.year - 1
    last_day = monthrange(year, end.month)[1]
    month_end = end.day == monthrange(end.year, end.month)[1]
    day = last_day if month_end else min(end.day, last_day)
    return start.replace(year=start.year - 1), end.replace(year=year, day=day)


def year_to(end: date) -> tuple[date, date]:
    """The twelve months that close with the month of `end` ("the year to June 2024": July
    2023 to June 2024)."""
    start = date(end.year, 1, 1) if end.month == 12 else date(end.year - 1, end.month + 1, 1)
    return start, end


def salient_countries(mentions: list[CountryMention]) -> tuple[str, ...]:
    """Countries of a document, most mentioned first (ties: first mentioned first); cities
    count half, as a place is weaker evidence of what the story is about than a name."""
    weight: defaultdict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for m in mentions:
        weight[m.iso3] += 1.0 if m.kind != "city" else 0.5
        first.setdefault(m.iso3, m.start)
    return tuple(sorted(weight, key=lambda iso3: (-weight[iso3], first[iso3])))
