"""Deterministic, seedable wire stories for benchmarks: any N, all three raw formats.

Why a generator: the labelled sample is 45 documents, far too few to time a pipeline
that must rebuild a year of wire copy (100,000+ stories) in minutes. The documents here
are shaped like the real ones so every stage does realistic work: 200-600 words, a
dateline, bilateral trade figures in many wordings and currencies over pairs drawn from
~200 countries, meetings, calls, visits and signings with titled officials, noise
paragraphs, and the traps the extractor must refuse (targets, investments, world and
bloc totals, loans, forecasts). Formats follow what turns up in a raw folder: `.txt`
with header lines or a one-line dateline only, `.json` under several key conventions,
and `.html` pages with navigation, cookie notices, related links and footers.

Document `i` depends only on (`seed`, `i`), never on N or on the order of generation:
`--start 100000 --n 10` gives the same ten documents on every machine, so a benchmark
can add "the same 10 documents" to an empty and to a full warehouse, and workers can
generate disjoint ranges in parallel.

    python benchmarks/generate.py OUT_DIR --n 1000 --seed 7
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from pathlib import Path
from string import Formatter

#: The extractor's own country table (read as data: importing the module would compile its regex).
LEXICON = Path(str(files("orchestration.extraction").joinpath("lexicons", "countries.tsv")))
FORMATS = ("txt", "json", "html")
#: Share of each format, roughly what news scrapers and feeds leave in a drop folder.
DEFAULT_MIX = {"txt": 0.6, "json": 0.25, "html": 0.15}
FIRST_DAY = date(2019, 1, 1)
DAYS = (date(2025, 6, 30) - FIRST_DAY).days
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    demonym: str
    capital: str


def load_countries(path: Path = LEXICON) -> list[Country]:
    """Countries with a name, a demonym and a capital, from the extractor's own lexicon.

    The generator draws from the same ~200 countries the extractor knows, so coverage of
    Africa, Latin America, the Gulf and Southeast Asia is as wide as the lexicon's.
    """
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 4 or not cells[2].strip() or not cells[3].strip():
            continue
        demonym = cells[2].split("|")[0].strip()
        capital = cells[3].split("|")[0].strip()
        out.append(Country(cells[0], cells[1].strip(), demonym, capital))
    return out


#: (currency, share of stories about this country's trade quoted in it, money formats).
#: `{v}` is the number, `{s}` the scale word; formats mix symbols, codes and names.
CURRENCY_FORMATS: dict[str, tuple[str, ...]] = {
    "USD": ("${v} {s}", "US${v} {s}", "US$ {v} {s}", "USD {v} {s}", "{v} {s} US dollars", "${v}{sa}",
            "{v} {s} dollars"),
    "EUR": ("€{v} {s}", "EUR {v} {s}", "{v} {s} euros", "€{v}{sa}"),
    "GBP": ("£{v} {s}", "{v} {s} pounds sterling", "GBP {v} {s}"),
    "CNY": ("{v} {s} yuan", "RMB {v} {s}", "CNY {v} {s}", "{v} {s} yuan (about ${u} {s})"),
    "RUB": ("{v} {s} rubles", "RUB {v} {s}", "{v} {s} roubles"),
    "INR": ("Rs {c} crore", "₹{c} crore", "INR {v} {s}"),
    "AED": ("AED{v} {s}", "Dh{v} {s}", "{v} {s} dirhams", "AED {v} {s}"),
    "SAR": ("SR{v} {s}", "{v} {s} riyals", "SAR {v} {s}"),
    "JPY": ("¥{v} {s}", "{v} {s} yen"),
    "KRW": ("₩{v} {s}", "{v} {s} won"),
    "ZAR": ("R{v} {s}", "{v} {s} rand", "ZAR {v} {s}"),
    "NGN": ("₦{v} {s}", "N{v} {s}", "{v} {s} naira"),
    "KES": ("KSh {v} {s}", "Sh{v} {s}", "{v} {s} Kenyan shillings"),
    "BRL": ("R${v} {s}", "{v} {s} reais", "BRL {v} {s}"),
    "MXN": ("MXN {v} {s}", "{v} {s} Mexican pesos"),
    "MYR": ("RM{v} {s}", "{v} {s} ringgit", "MYR {v} {s}"),
    "IDR": ("Rp {v} {s}", "IDR {v} {s}", "{v} {s} rupiah"),
    "THB": ("{v} {s} baht", "THB {v} {s}"),
    "KZT": ("{v} {s} tenge", "KZT {v} {s}"),
    "TRY": ("TL {v} {s}", "{v} {s} Turkish lira", "₺{v} {s}"),
    "EGP": ("EGP {v} {s}", "{v} {s} Egyptian pounds", "LE{v} {s}"),
}  # fmt: skip
EURO_AREA = {"AUT", "BEL", "CYP", "DEU", "ESP", "EST", "FIN", "FRA", "GRC", "HRV", "IRL", "ITA", "LTU", "LUX",
             "LVA", "MLT", "NLD", "PRT", "SVK", "SVN"}  # fmt: skip
HOME_CURRENCY = {
    "GBR": "GBP", "CHN": "CNY", "RUS": "RUB", "IND": "INR", "ARE": "AED", "SAU": "SAR", "JPN": "JPY",
    "KOR": "KRW", "ZAF": "ZAR", "NGA": "NGN", "KEN": "KES", "BRA": "BRL", "MEX": "MXN", "MYS": "MYR",
    "IDN": "IDR", "THA": "THB", "KAZ": "KZT", "TUR": "TRY", "EGY": "EGP",
    **{iso3: "EUR" for iso3 in EURO_AREA},
}  # fmt: skip
SCALES = (("billion", "bn", 1e9), ("million", "mln", 1e6), ("trillion", "trn", 1e12))
#: Currencies whose trade figures run into trillions of units.
WEAK_UNITS = {"JPY", "KRW", "NGN", "IDR", "KZT", "RUB", "INR"}

FIRST_NAMES = (
    "Ahmed", "Fatima", "Oluwaseun", "Chinedu", "Amina", "Kwame", "Thandiwe", "Tendai", "Abebe", "Wanjiru",
    "Mamadou", "Aissatou", "Youssef", "Leila", "Omar", "Khalid", "Mariam", "Abdullah", "Noura", "Hassan",
    "Rafael", "Camila", "Mateus", "Valentina", "Diego", "Lucía", "Andrés", "Gabriela", "Joaquín", "Isabel",
    "Nguyen", "Siti", "Arif", "Dewi", "Somchai", "Ploy", "Rizal", "Maria", "Jose", "Thi",
    "Lars", "Ingrid", "Pierre", "Claire", "Giovanni", "Elena", "Jan", "Katarzyna", "Miguel", "Sofia",
    "Aibek", "Dilnoza", "Rustam", "Gulnara", "Arman", "Saule", "Timur", "Zarina", "Vladimir", "Olga",
    "Wei", "Li", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Rahul", "Priya", "Imran", "Ayesha",
)  # fmt: skip
SURNAMES = (
    "Okafor", "Adeyemi", "Mensah", "Dlamini", "Moyo", "Kenyatta", "Tesfaye", "Diallo", "Traoré", "Ndiaye",
    "Al Mansouri", "Al Thani", "Al Saud", "bin Rashid", "El-Sayed", "Haddad", "Nasser", "Al-Khalifa",
    "Silva", "Santos", "Fernández", "Gómez", "Rodríguez", "Pereira", "Castillo", "Morales", "Herrera",
    "Widodo", "Santoso", "Rahman", "Tan", "Lim", "Chanthavong", "Reyes", "Cruz", "Pham",
    "Müller", "Dubois", "Rossi", "Kowalski", "Novak", "Johansson", "Jansen", "Papadopoulos", "García",
    "Tokayev", "Mirziyoyev", "Aliyev", "Japarov", "Rahmon", "Petrov", "Ivanova", "Nazarbayev",
    "Wang", "Zhang", "Tanaka", "Sato", "Kim", "Park", "Sharma", "Patel", "Khan", "Qureshi",
)  # fmt: skip
LEADER_TITLES = (
    "President", "Prime Minister", "Foreign Minister", "Minister of Foreign Affairs", "Deputy Prime Minister",
    "Minister of Trade", "Trade Minister", "Minister of Economy", "Minister of Industry and Trade",
    "Vice President", "Minister of Energy", "Ambassador",
)  # fmt: skip
BUSINESS_TITLES = ("CEO", "Chairman", "Managing Director", "chief executive", "President")
ORG_PATTERNS = ("{demonym} Railways", "National Bank of {name}", "{capital} Chamber of Commerce",
                "{demonym} Investment Authority", "{name} Development Fund", "{demonym} Airlines",
                "{capital} Stock Exchange", "{demonym} Export Credit Agency")  # fmt: skip
COMPANY_WORDS = (
    "Atlas", "Meridian", "Sahel", "Andes", "Mekong", "Baltic", "Savanna", "Horizon", "Falcon",
    "Zenith", "Pioneer", "Orion", "Cedar", "Summit", "Delta", "Nile", "Patagonia", "Borneo",
)  # fmt: skip
COMPANY_SUFFIXES = ("Holdings", "Group", "Logistics", "Energy", "Mining Corp.", "Agro Ltd", "Ports", "Steel")
PRODUCTS = (
    "crude oil", "natural gas", "wheat", "copper", "cotton", "machinery", "fertilisers", "coffee",
    "cocoa beans", "palm oil", "electronics", "textiles", "vehicles", "pharmaceuticals", "gold",
    "iron ore", "rice", "cut flowers", "steel products", "soybeans", "fish", "beef", "timber",
)  # fmt: skip
TOPICS = ("energy", "logistics", "agriculture", "the digital economy", "transport", "healthcare", "education",
          "tourism", "mining", "renewable energy", "water management", "finance", "security", "food security",
          "transit corridors", "green hydrogen", "critical minerals", "customs cooperation")  # fmt: skip
SOURCES = (
    ("Reuters", "reuters.com"), ("AFP", "afp.com"), ("Xinhua", "xinhuanet.com"),
    ("Anadolu Agency", "aa.com.tr"), ("WAM", "wam.ae"), ("Bernama", "bernama.com"),
    ("Agencia EFE", "efe.com"), ("APA", "apa.az"), ("Kazinform", "inform.kz"),
    ("News Agency of Nigeria", "nannews.ng"), ("Saudi Press Agency", "spa.gov.sa"),
    ("VNA", "vietnamplus.vn"), ("The Daily Tribune", "dailytribune.example"),
    ("Business Standard", "business-standard.com"),
)  # fmt: skip


# --------------------------------------------------------------------------- sentence grammar

TRADE_SENTENCES = (
    "Trade turnover between {A} and {B} reached {money} in {period}, {change}.",
    "Bilateral trade between {A} and {B} amounted to {money} in {period}.",
    "{A}'s exports to {B} totalled {money} in {period}, {change}.",
    "{B} imported goods worth {money} from {A} in {period}.",
    "In {period}, {Ad}-{Bd} trade {moved} to {money}.",
    "According to customs data, trade between {A} and {B} {moved} to {money} in {period}.",
    "{A} shipped {money} worth of {product} to {B} during {period}.",
    "The volume of mutual trade between the two countries stood at {money} in {period}, {change}.",
    "Exports from {A} to {B} rose to {money} in {period}, while imports came to {money2}.",
    "{A}'s imports from {B}, mainly {product}, were valued at {money} in {period}.",
    "Trade between the two countries {moved} to {money} last year, official figures show.",
    "{B} bought {money} of {product} from {A} in {period}, {change}.",
    "The {Ad}-{Bd} trade turnover grew {pct} percent year-on-year to {money} in {period}.",
    "Two-way trade between {A} and {B} was worth {money} in {period}.",
)  # fmt: skip
TRAP_SENTENCES = (
    "The two countries aim to raise bilateral trade to {money} by {target_year}.",
    "The leaders set a goal of bringing trade turnover to {money} in the coming years.",
    "{A}'s investments in {B} have exceeded {money}, making it one of the largest investors.",
    "{A}'s total foreign trade reached {money} in {period}, {change}.",
    "Trade between {A} and the European Union amounted to {money} in {period}.",
    "The {Bd} side approved a {money} loan for the construction of a new port.",
    "Analysts expect trade between {A} and {B} could reach {money} next year.",
    "The project, estimated at {money}, is expected to be completed by {target_year}.",
    "{A}'s exports to the world rose {pct} percent to {money} in {period}.",
)  # fmt: skip
ENGAGEMENT_SENTENCES = (
    "{TA} {PA} met with {TB} of {B} {PB} in {city} on {weekday}.",
    "{A} {TA} {PA} held a phone conversation with his {Bd} counterpart {PB} on {day_month}.",
    "{PA}, the {TA} of {A}, paid an official visit to {B} on {day_month}, where he met {TB} {PB}.",
    "During the talks in {city}, {TA} {PA} and {TB} {PB} discussed cooperation in {topic} and {topic2}.",
    "The sides also signed a memorandum on joint work in {topic}.",
    "{org} and {org2} signed an agreement worth {money} on the sidelines of the visit.",
    "The {nth} meeting of the {Ad}-{Bd} intergovernmental commission was held in {city} on {day_month}.",
    "{PA} received the visiting {Bd} delegation led by {TB} {PB} on {weekday}.",
    "Speaking at the {A}-{B} Business Forum in {city}, {PA} called for closer ties in {topic}.",
    "{TA} {PA} and {PB}, {TB} of {B}, agreed by telephone to step up cooperation in {topic}.",
    "{company} {btitle} {PA} met {B}'s {TB} {PB} to discuss investment in {topic}.",
)  # fmt: skip
NOISE_SENTENCES = (
    "Temperatures in {capital} are expected to reach {n} degrees Celsius later this week.",
    "The national football team beat its rivals {n2}-{n3} in a qualifier on {weekday} evening.",
    "Inflation in {name} slowed to {pct} percent in {month}, the central bank said.",
    "Officials said the measures would take effect from the beginning of next month.",
    "The ministry did not respond to a request for comment.",
    "Local media reported that the new terminal would handle up to {n} million passengers a year.",
    "The festival in {capital} drew more than {n} thousand visitors over three days.",
    "Heavy rains caused flooding in several districts, and emergency crews were deployed.",
    "The {demonym} currency has weakened by {pct} percent against the dollar since January.",
    "Parliament is expected to debate the draft budget when it reconvenes in {month}.",
    "{name}'s economy grew {pct} percent in the last quarter, according to preliminary estimates.",
    "The company said it planned to hire around {n} hundred workers at the new plant.",
    "Analysts said the decision reflected growing confidence in the region's outlook.",
    "Talks on the remaining issues are set to continue at expert level.",
    "The stock market index closed {pct} percent higher on {weekday}.",
    "Critics argue that the reforms have not gone far enough to attract private capital.",
    "A spokesperson for the {demonym} embassy declined to give further details.",
    "The government has pledged to double the share of renewables in the power mix by {target_year}.",
    "Air quality in {capital} improved after authorities restricted traffic in the city centre.",
    "The tournament will be broadcast live on national television.",
    "Farmers in the south have warned that the drought could cut the harvest this season.",
    "Students returned to classes on {weekday} after a two-week holiday.",
    "The new rail link is expected to cut travel times between the two cities by half.",
    "Several hundred people gathered in the main square of {capital} to mark the anniversary.",
    "The central bank of {name} kept its key rate at {pct} percent, citing persistent price pressures.",
    "Unemployment edged down to {pct} percent, the statistics office said on {weekday}.",
    "The opposition called the plan unrealistic and demanded a public hearing.",
    "Tickets for the concert in {capital} sold out within hours.",
    "A new bridge over the river is due to open to traffic in {month}.",
    "The health ministry reported {n} new cases of dengue fever in the past week.",
    "The {demonym} national airline said it would add {n} weekly flights from the summer.",
    "Mobile internet coverage now reaches {n} percent of rural households, the regulator said.",
    "The court adjourned the hearing until {month}, when witnesses are due to testify.",
    "Fuel prices at the pump rose for the third week running.",
    "Schools in the northern provinces will stay closed because of the cold snap.",
    "The museum reopened after a two-year renovation funded by private donors.",
    "Police said traffic on the ring road would be restricted during the summit.",
    "The {demonym} film won the main prize at the festival on {weekday} night.",
    "Officials expect the harvest to exceed last year's by about {pct} percent.",
    "The minister declined to say when the draft law would be submitted.",
    "Residents complained about power cuts that lasted up to {n2} hours a day.",
    "The city plans to plant {n} thousand trees along its main avenues by the end of the year.",
)  # fmt: skip
CHANGES = (
    "up {pct} percent year-on-year", "an increase of {pct}% compared with the same period a year earlier",
    "down {pct} per cent from a year earlier", "a rise of {pct} percent",
    "{pct} percent more than a year ago", "a {pct}% decline on the previous year",
)  # fmt: skip
MOVES = ("grew", "rose", "increased", "fell", "declined", "jumped", "climbed", "dropped")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


@dataclass(frozen=True, slots=True)
class GeneratedDocument:
    """One generated raw file and what was planted in it."""

    source_path: str  # relative to the output folder, POSIX separators
    data: bytes
    format: str
    words: int
    trade_sentences: int
    engagement_sentences: int
    trap_sentences: int


class CorpusGenerator:
    """Documents as a pure function of (seed, index); see the module docstring."""

    def __init__(self, seed: int = 7, mix: dict[str, float] | None = None) -> None:
        self.seed = seed
        self.countries = load_countries()
        mix = mix or DEFAULT_MIX
        self._formats = tuple(mix)
        self._weights = tuple(mix[f] for f in self._formats)

    def document(self, index: int) -> GeneratedDocument:
        """The `index`-th document of this seed's corpus."""
        rng = random.Random(self.seed * 1_000_003 + index)
        fmt = rng.choices(self._formats, self._weights)[0]
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        a, b = rng.sample(self.countries, 2)
        source, domain = rng.choice(SOURCES)
        story = _Story(rng, self.countries, a, b, published)
        paragraphs, title = story.paragraphs(target_words=rng.randint(200, 600))
        dateline = _dateline(rng, story.a.capital, a.name, published, source)
        paragraphs[0] = dateline + paragraphs[0]
        slug = _slug(title)
        url = f"https://www.{domain}/{published:%Y/%m/%d}/{slug}-{index}"
        render = {"txt": _render_txt, "json": _render_json, "html": _render_html}[fmt]
        text = render(rng, title, source, url, published, paragraphs)
        folder = f"{domain.split('.')[0]}/{published:%Y}/{published:%m}"
        words = sum(len(p.split()) for p in paragraphs)
        return GeneratedDocument(
            f"{folder}/{index:07d}-{slug[:40]}.{fmt}",
            text.encode("utf-8"),
            fmt,
            words,
            story.n_trade,
            story.n_engagement,
            story.n_trap,
        )

    def documents(self, start: int, n: int) -> Iterator[GeneratedDocument]:
        for index in range(start, start + n):
            yield self.document(index)


class _Story:
    """The body of one story: fact sentences about one country pair amid noise."""

    def __init__(
        self, rng: random.Random, countries: list[Country], a: Country, b: Country, day: date
    ) -> None:
        self.rng, self.countries, self.a, self.b, self.day = rng, countries, a, b, day
        self.n_trade = self.n_engagement = self.n_trap = 0

    def paragraphs(self, target_words: int) -> tuple[list[str], str]:
        rng = self.rng
        kind = rng.random()
        leads = []
        if kind < 0.45:  # a trade story, maybe with a meeting behind it
            leads = [self._trade(), self._trade()] + ([self._engagement()] if rng.random() < 0.5 else [])
            title = f"{self.a.name}-{self.b.name} trade {rng.choice(MOVES)} in {self.day.year - 1}"
        elif kind < 0.85:  # an engagement story with a trade figure or two as background
            leads = [self._engagement(), self._engagement()] + [
                self._trade() for _ in range(rng.randint(0, 2))
            ]
            title = f"{self.a.name}, {self.b.name} discuss cooperation in {rng.choice(TOPICS)}"
        else:  # no facts at all: local news
            title = f"{self.a.capital} {rng.choice(('weather', 'festival', 'football', 'transport'))} update"
        facts = leads + [self._trap() for _ in range(rng.randint(0, 2 if leads else 1))]
        sentences: list[str] = []
        words = 0
        pending = list(facts)
        noise = list(NOISE_SENTENCES)
        rng.shuffle(noise)  # a story does not repeat itself
        while words < target_words or pending:
            if pending and (not sentences or rng.random() < 0.35):
                s = pending.pop(0)
            else:
                s = self._noise(noise[len(sentences) % len(noise)])
            sentences.append(s)
            words += s.count(" ") + 1
        paragraphs = []
        i = 0
        while i < len(sentences):
            size = rng.randint(1, 4)
            paragraphs.append(" ".join(sentences[i : i + size]))
            i += size
        return paragraphs, title

    # ---- slot values: drawn lazily, only for the slots a template uses (generation speed)

    def _fill(self, template: str, extra: dict[str, Callable[[], str]]) -> str:
        makers = {**self._common(), **extra}
        return template.format_map({name: makers[name]() for name in _slot_names(template)})

    def _common(self) -> dict[str, Callable[[], str]]:
        rng, a, b, day = self.rng, self.a, self.b, self.day
        home = HOME_CURRENCY.get(rng.choice((a.iso3, b.iso3)), "EUR")
        currency = "USD" if rng.random() < 0.6 else home  # most trade is reported in dollars
        return {
            "A": lambda: a.name,
            "B": lambda: b.name,
            "Ad": lambda: a.demonym,
            "Bd": lambda: b.demonym,
            "money": lambda: _money(rng, currency),
            "money2": lambda: _money(rng, currency),
            "period": lambda: _period(rng, day),
            "change": lambda: rng.choice(CHANGES).format(pct=_pct(rng)),
            "moved": lambda: rng.choice(MOVES),
            "pct": lambda: _pct(rng),
            "product": lambda: rng.choice(PRODUCTS),
            "target_year": lambda: str(day.year + rng.randint(2, 8)),
        }

    def _trade(self) -> str:
        self.n_trade += 1
        return self._fill(self.rng.choice(TRADE_SENTENCES), {})

    def _trap(self) -> str:
        self.n_trap += 1
        return self._fill(self.rng.choice(TRAP_SENTENCES), {})

    def _engagement(self) -> str:
        rng, a, b = self.rng, self.a, self.b
        self.n_engagement += 1
        day = self.day - timedelta(days=rng.randint(0, 3))
        topic, topic2 = rng.sample(TOPICS, 2)
        return self._fill(
            rng.choice(ENGAGEMENT_SENTENCES),
            {
                "TA": lambda: rng.choice(LEADER_TITLES),
                "TB": lambda: rng.choice(LEADER_TITLES),
                "PA": lambda: _person(rng),
                "PB": lambda: _person(rng),
                "city": lambda: rng.choice((a.capital, b.capital)),
                "weekday": lambda: WEEKDAYS[day.weekday()],
                "day_month": lambda: f"{MONTHS[day.month - 1]} {day.day}",
                "topic": lambda: topic,
                "topic2": lambda: topic2,
                "org": lambda: _organization(rng, a),
                "org2": lambda: _organization(rng, b),
                "nth": lambda: rng.choice(ORDINALS),
                "company": lambda: f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_SUFFIXES)}",
                "btitle": lambda: rng.choice(BUSINESS_TITLES),
            },
        )

    def _noise(self, template: str) -> str:
        if "{" not in template:
            return template
        rng, countries, day = self.rng, self.countries, self.day
        c = rng.choice(countries)
        makers: dict[str, Callable[[], str]] = {
            "capital": lambda: c.capital,
            "name": lambda: c.name,
            "demonym": lambda: c.demonym,
            "n": lambda: str(rng.randint(2, 40)),
            "n2": lambda: str(rng.randint(0, 4)),
            "n3": lambda: str(rng.randint(0, 4)),
            "pct": lambda: _pct(rng),
            "month": lambda: rng.choice(MONTHS),
            "weekday": lambda: rng.choice(WEEKDAYS),
            "target_year": lambda: str(day.year + rng.randint(3, 10)),
        }
        return template.format_map({name: makers[name]() for name in _slot_names(template)})


@cache
def _slot_names(template: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for _, name, _, _ in Formatter().parse(template) if name))


def _pct(rng: random.Random) -> str:
    return f"{rng.uniform(0.5, 60):.1f}".removesuffix(".0")


def _money(rng: random.Random, currency: str) -> str:
    weights = (5, 5, 2) if currency in WEAK_UNITS else (5, 5, 0)
    word, abbrev, multiplier = rng.choices(SCALES, weights)[0]
    value = rng.uniform(1.0, 999.0) if word != "trillion" else rng.uniform(1.0, 9.0)
    shown = f"{value:,.1f}" if rng.random() < 0.7 else f"{value:,.2f}"
    fmt = rng.choice(CURRENCY_FORMATS[currency])
    crore = f"{value * multiplier / 1e7:,.0f}"  # Indian numbering: 1 crore = 10 million
    return fmt.format(v=shown, s=word, sa=abbrev, u=f"{value / 7:.1f}", c=crore)


def _period(rng: random.Random, day: date) -> str:
    year = day.year - (1 if day.month < 4 else rng.randint(0, 1))
    quarter = rng.randint(1, 4)
    last = rng.randint(2, 11)
    choices = (
        str(year),
        f"the first quarter of {year}",
        f"the {ORDINALS[quarter - 1]} quarter of {year}",
        f"January-{MONTHS[last]} {year}",
        f"the first half of {year}",
        f"{last + 1} months of {year}",
        f"the {year - 1}-{str(year)[2:]} financial year",
        f"H1 {year}",
        f"Q{quarter} {year}",
        f"January through {MONTHS[last]} {year}",
        "the first eight months of the year",
    )
    return rng.choice(choices)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def _organization(rng: random.Random, c: Country) -> str:
    return rng.choice(ORG_PATTERNS).format(name=c.name, demonym=c.demonym, capital=c.capital)


def _slug(title: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-").replace("--", "-")


def _dateline(rng: random.Random, city: str, country: str, day: date, source: str) -> str:
    """The opening of the first paragraph, in one of the house styles wires use."""
    style = rng.randrange(6)
    month = MONTHS[day.month - 1]
    if style == 0:
        return f"{city.upper()}, {month} {day.day} ({source}) - "
    if style == 1:
        return f"{city.upper()}, {country}, {month} {day.day}. /{source}/ - "
    if style == 2:
        return f"{city.upper()} -- "
    if style == 3:
        return f"{city.upper()}, {day.day} {month}, {day.year} ({source}) -- "
    if style == 4:
        return f"{city} — "
    return ""


# --------------------------------------------------------------------------- containers


def _render_txt(
    rng: random.Random, title: str, source: str, url: str, day: date, paragraphs: list[str]
) -> str:
    body = "\n\n".join(paragraphs)
    style = rng.randrange(4)
    if style == 0:
        return f"title {title}\nsource {source}\nurl {url}\ndate {day.isoformat()}\n\n{body}\n"
    if style == 1:
        return f"Title: {title}\nDate: {day:%d %B %Y}\nSource: {source}\n\n{body}\n"
    if style == 2:
        return f" date {day.isoformat()} {body}\n"
    return f"{title}\n\n{body}\n"  # headline and a dateline only


def _render_json(
    rng: random.Random, title: str, source: str, url: str, day: date, paragraphs: list[str]
) -> str:
    body = "\n\n".join(paragraphs)
    style = rng.randrange(3)
    if style == 0:
        obj: dict[str, object] = {
            "title": title,
            "published": f"{day.isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00+00:00",
            "source": source,
            "url": url,
            "text": body,
        }
    elif style == 1:
        obj = {"headline": title, "pubDate": f"{day:%a, %d %b %Y} 09:30:00 GMT", "publisher": source,
               "link": url, "body": paragraphs}  # fmt: skip
    else:
        obj = {"source": {"id": None, "name": source}, "title": title, "url": url, "content": body,
               "publishedAt": f"{day.isoformat()}T12:00:00Z", "author": _person(rng)}  # fmt: skip
    return json.dumps(obj, ensure_ascii=rng.random() < 0.5, indent=2 if rng.random() < 0.5 else None)


def _render_html(
    rng: random.Random, title: str, source: str, url: str, day: date, paragraphs: list[str]
) -> str:
    e = html.escape
    site = e(source)
    content_class = rng.choice(("entry-content", "article-body", "story-text", "post-content"))
    paras = "\n".join(f"        <p>{e(p)}</p>" for p in paragraphs)
    related = "\n".join(
        f'      <li><a href="/news/{rng.randint(1000, 99999)}">{e(t)}</a></li>'
        for t in rng.sample(NOISE_SENTENCES, 3)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)} - {site}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{e(url)}">
<meta property="article:published_time" content="{day.isoformat()}T08:15:00+00:00">
<link rel="stylesheet" href="/static/site.css">
<script async src="/static/analytics.js"></script>
</head>
<body>
<div class="cookie-notice" id="cookie-banner">We use cookies to improve your experience on our site.
By continuing to browse you agree to our use of cookies. <a href="/privacy">Privacy policy</a></div>
<header>
  <a class="logo" href="/">{site}</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
  <li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
  <article>
    <h1 class="headline">{e(title)}</h1>
    <div class="byline">By {e(_person(rng))} | {day:%d %B %Y}</div>
    <div class="{content_class}">
{paras}
    </div>
    <div class="share-bar">Share this article: Facebook Twitter LinkedIn WhatsApp</div>
  </article>
  <aside class="related-articles"><h3>Read also</h3><ul>
{related}
  </ul></aside>
  <div class="newsletter-signup">Subscribe to our daily newsletter for the latest business news.</div>
</main>
<footer><p>&copy; {day.year} {site}. All rights reserved.</p>
<p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms of use</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True, slots=True)
class WriteSummary:
    documents: int
    bytes: int
    words: int
    by_format: dict[str, int]
    trade_sentences: int
    engagement_sentences: int
    trap_sentences: int
    seconds: float


def _write_range(out_dir: str, seed: int, mix: dict[str, float], start: int, n: int) -> WriteSummary:
    started = time.perf_counter()
    gen = CorpusGenerator(seed, mix)
    root = Path(out_dir)
    made: set[str] = set()
    size = words = trade = engage = trap = 0
    by_format = dict.fromkeys(FORMATS, 0)
    for doc in gen.documents(start, n):
        folder = doc.source_path.rsplit("/", 1)[0]
        if folder not in made:
            (root / folder).mkdir(parents=True, exist_ok=True)
            made.add(folder)
        (root / doc.source_path).write_bytes(doc.data)
        size += len(doc.data)
        words += doc.words
        trade += doc.trade_sentences
        engage += doc.engagement_sentences
        trap += doc.trap_sentences
        by_format[doc.format] += 1
    return WriteSummary(n, size, words, by_format, trade, engage, trap, time.perf_counter() - started)


def write_corpus(
    out_dir: Path,
    n: int,
    *,
    seed: int = 7,
    start: int = 0,
    mix: dict[str, float] | None = None,
    workers: int | None = None,
) -> WriteSummary:
    """Write documents `start .. start+n-1` under `out_dir` (nested folders), on all cores."""
    started = time.perf_counter()
    mix = mix or DEFAULT_MIX
    workers = max(1, min(workers or os.cpu_count() or 1, n // 2000 or 1))
    step = -(-n // workers)
    ranges = [(s, min(step, start + n - s)) for s in range(start, start + n, step)]
    if workers == 1:
        parts = [_write_range(str(out_dir), seed, mix, s, k) for s, k in ranges]
    else:
        with ProcessPoolExecutor(workers) as pool:
            futures = [pool.submit(_write_range, str(out_dir), seed, mix, s, k) for s, k in ranges]
            parts = [f.result() for f in futures]
    by_format = dict.fromkeys(FORMATS, 0)
    for p in parts:
        for f, k in p.by_format.items():
            by_format[f] += k
    return WriteSummary(
        documents=sum(p.documents for p in parts),
        bytes=sum(p.bytes for p in parts),
        words=sum(p.words for p in parts),
        by_format=by_format,
        trade_sentences=sum(p.trade_sentences for p in parts),
        engagement_sentences=sum(p.engagement_sentences for p in parts),
        trap_sentences=sum(p.trap_sentences for p in parts),
        seconds=time.perf_counter() - started,
    )


def parse_mix(text: str) -> dict[str, float]:
    """`txt=0.6,json=0.25,html=0.15` -> shares by format."""
    mix = {}
    for part in text.split(","):
        name, _, share = part.partition("=")
        if name.strip() not in FORMATS:
            raise argparse.ArgumentTypeError(f"unknown format {name!r}; use {', '.join(FORMATS)}")
        mix[name.strip()] = float(share)
    return mix


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="how many documents (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0, help="index of the first document (default 0)")
    parser.add_argument("--mix", type=parse_mix, default=None, help="e.g. txt=0.6,json=0.25,html=0.15")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    s = write_corpus(
        args.out_dir, args.n, seed=args.seed, start=args.start, mix=args.mix, workers=args.workers
    )
    print(
        f"wrote {s.documents:,} documents ({s.bytes / 1e6:.1f} MB, {s.words:,} words; "
        f"{', '.join(f'{k} {v:,}' for k, v in s.by_format.items())}) to {args.out_dir} in {s.seconds:.1f}s; "
        f"planted {s.trade_sentences:,} trade, {s.engagement_sentences:,} engagement and "
        f"{s.trap_sentences:,} trap sentences"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
