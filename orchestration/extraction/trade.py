"""Trade figures between two countries, from the sentences of a document.

The document is read in order. Only sentences with a digit and a trade word (or, right
after a figure, a back-reference) are parsed for money; each sentence with money is read by
the clause grammar (`trade_frames.py`) into one frame per amount, and the frames' empty
slots -- the pair behind "mutual trade", the period behind "over the nine months", the flow
behind "In 2022, imports totaled ..." -- are filled from the document context
(`doc_context.py`), which every accepted figure then updates. A sentence with a stated
change and no figure of its own ("That was 12 percent more than a year before") gives its
change to the last figure. A trade sentence without a figure (a story's lead: "Trade
between France and Kenya remains modest.") is read only when a later figure needs it: its
pair for "It amounted to ...", its period for figures that name none.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from itertools import pairwise
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.boilerplate import retracts
from orchestration.extraction.change import CHANGE_NOUNS, Change, find_changes
from orchestration.extraction.countries import (
    BlocMention,
    CountryMention,
    bloc_anaphors,
    both_of_a_name,
    cross_strait_mentions,
    find_blocs,
    find_countries,
    initials_mentions,
    inter_korean_mentions,
    iso3_of_alpha2,
    mainland_mentions,
    statistics_country,
)
from orchestration.extraction.dates import MONTHS
from orchestration.extraction.doc_context import (
    DOLLAR_AFTER,
    RECENT_SENTENCES,
    Direction,
    DocumentContext,
    year_before,
    year_to,
)
from orchestration.extraction.model import TradeMention
from orchestration.extraction.money import (
    CHANGE_VERBS,
    HEDGE_ALTERNATION,
    Money,
    find_money,
    with_continental_thousands,
)
from orchestration.extraction.numbers import literal_alternation
from orchestration.extraction.periods import (
    FISCAL_YEAR_NAMED_BY_START,
    Period,
    find_periods,
    fiscal_start_day_for,
    fiscal_start_month_for,
    has_buddhist_year,
)
from orchestration.extraction.text import (
    CaseBlindSearch,
    Sentence,
    has_digit,
    hint_holds,
    holds_any,
    lowered_for_hints,
)
from orchestration.extraction.trade_clauses import Frame, evolve, list_items, split_clauses
from orchestration.extraction.trade_currency import figure_currency, sentence_dollar, unit_key
from orchestration.extraction.trade_frames import (
    BALANCE_REJECTIONS,
    RANKED_BLOC,
    SentenceReading,
    crossed_line,
    firm_sales,
    read_sentence,
    read_statement,
)
from orchestration.extraction.trade_lexicon import (
    ANAPHOR,
    BARE_TWO,
    CARGO_NOUNS,
    CORRECTED_ADJECTIVES,
    DEFINITE_PARTNER,
    EARNING_NOUNS,
    EPITHET_PREPOSITION,
    FLOW_GUARD_RE,
    FLOW_VERBS,
    MARKET_RANKING_GUARD,
    NON_ANCHOR_PREPOSITIONS,
    PAIR_WORDS,
    QUANTITY_UNITS,
    RANKING_CUE,
    SOURCE_ASIDE,
    STATE_PLURALS,
    flow_cues,
    lower_same_length,
    market_flow,
    market_ranking,
    names_pair,
    opening_those_cue,
    ranked_flow,
    reexport_at,
    region_fits,
)
from orchestration.extraction.trade_products import clean_product, flow_product, goods_from, object_product
from orchestration.extraction.trade_slots import (
    CountrySlot,
    blocked_spans,
    country_slots,
    may_name_route,
    ships_in_passive,
    transit_countries,
)
from orchestration.extraction.trade_speaker import (
    bloc_speaker,
    company_speaker,
    first_person,
    first_person_side,
    not_first_person_partners,
    own_flow,
    quoted,
    speaker_country,
    them_at,
)
from orchestration.extraction.trade_tables import table_figures

#: A scale word, for amounts written without a digit ("some five billion dollars").
_SPELLED_SCALE: Final = re.compile(r"(?i)\b(?:thousand|million|billion|trillion)\b")
#: A fiscal-year label ("fiscal 2023", "FY24", "2023-24", "2023/2024", the last two written for a
#: fiscal year without the word), not a pair "calendar" stands beside ("the 2023-2024 calendar
#: year"): the reporting country's fiscal calendar applies. The split year opens on its century
#: ("19", "20"), a literal the engine skips ahead to, and the look-behinds after it stand for the
#: word boundary and the "calendar" before the year (it opened on them, tried at every offset).
_FISCAL_WORD: Final = r"\b(?:fiscal|financial\s+year|FY)"
_SPLIT_YEAR: Final = (
    r"(?:19|20)(?<!\w\d\d)(?<!calendar\s\d\d)(?<!calendar\syears\s\d\d)"
    r"\d\d\s?[-–/]\s?(?:(?:19|20)?\d\d)(?!\d)(?!\s+calendar\b)"
)
_FISCAL_WORDS: Final = re.compile(rf"(?i){_FISCAL_WORD}|{_SPLIT_YEAR}")
#: Each alternative of `_FISCAL_WORDS` alone, for `_tells_fiscal`.
_FISCAL_WORD_RE: Final = re.compile(rf"(?i){_FISCAL_WORD}")
_SPLIT_YEAR_RE: Final = re.compile(rf"(?i){_SPLIT_YEAR}")
#: What every match of `_FISCAL_WORD` holds, in lower case, and what every match of
#: `_SPLIT_YEAR` holds: the dash or slash of a split year ("2023-24", "2022/23").
_FISCAL_STEMS: Final = ("fiscal", "financial", "fy")
_SPLIT_YEAR_MARKS: Final = ("-", "\u2013", "/")


def _tells_fiscal(text: str) -> bool:
    """Whether `_FISCAL_WORDS` matches `text`: each of its alternatives is scanned for only where
    the text holds what its matches hold (most sentences name no fiscal year, and the pattern,
    case-blind and with no first character to skip ahead to, scans each at every offset)."""
    if hint_holds(lowered_for_hints(text), _FISCAL_STEMS) and _FISCAL_WORD_RE.search(text) is not None:
        return True
    return holds_any(text, _SPLIT_YEAR_MARKS) and _SPLIT_YEAR_RE.search(text) is not None


#: What a list item opens with (`list_items` keeps its bullet).
_ITEM_MARKS: Final = frozenset("•▪●►◦‣-–*")
#: The mean length of a month, to count the months of a period given to the day.
_DAYS_PER_MONTH: Final = 30.44
#: A line that is only a period and its amount ("2023: $948.7 million", "FY2022-23: $1.78
#: billion"), after a list mark (`_ITEM_MARKS`) at most: group 1 is the label, the amount
#: starts at the match's end.
_PERIOD_LINE: Final = re.compile(
    r"(?:[" + re.escape("".join(sorted(_ITEM_MARKS))) + r"]\s*)?([^:\n]{2,40}):\s+(?=\S)"
)


def _period_line(text: str) -> re.Match[str] | None:
    """`_PERIOD_LINE` matched at the start of `text`. Every match holds a colon: a text with
    none (most sentences) is told so by a substring test, sparing the pattern's attempt, which
    reads up to 40 characters of a label and backs off from each."""
    return _PERIOD_LINE.match(text) if ":" in text else None


#: Two values for the same flow, pair and period this close are one figure written twice.
DUPLICATE_TOLERANCE: Final = 0.005
#: More amounts than this in one sentence is a flattened table: its cells cannot be read as
#: statements (and reading them costs time quadratic in their number).
MAX_AMOUNTS_PER_SENTENCE: Final = 40

#: Prefilters, run before any parser: a sentence is read only when it has a digit and a word
#: of trade (or, right after a figure, a back-reference or a ranked item).
_CONTINUATION_HINT: Final = re.compile(
    r"(?i)\b(?:it|they|figure|indicator|volume|followed,?\s+(?:by|with|at|closely)|(?:came|was|stood)\s+next|(?:next|then)\s+(?:came|come|was|were)|ranked|second|third|fourth|fifth|sixth|seventh|exchange|"
    # (and the goods as the subject of what they earned: "Jute goods fetched $157 million.",
    # or of a further part: "Machinery parts added another NOK 800 million.")
    r"accounted\s+for|made\s+up|represented|fetched|brought\s+in|earned|added\s+(?:another|a\s+further)|"
    # (or ranked first among the items: "Semiconductors led the way at $20 billion", "Copper was
    # the largest item at $9 billion", "Key products included coal at $7.1 billion")
    r"(?:led|topped|headed)\s+the\s+(?:way|list|ranking|pack)|"
    r"(?:largest|biggest|top|main|leading|key|principal|major|chief)\s+"
    r"(?:single\s+)?(?:items?|products?|commodit(?:y|ies)|categor(?:y|ies)))\b"
)
#: `_CONTINUATION_HINT` for the sentence lowered by `lowered_for_hints` (a case-blind word is
#: tried whole at every word boundary, a case-sensitive alternation passed over at its first letter).
_CONTINUATION_HINT_SEARCH: Final = CaseBlindSearch(_CONTINUATION_HINT)
_ANAPHOR_HINT: Final = re.compile(
    rf"\b(?:it|they|figure|amount|year[-\s]to[-\s]date|{'|'.join(CARGO_NOUNS)})\b"
)  # on the lower-cased sentence
#: A sentence that opens by pointing at the figure before it: "That was 8% less than in 2022.",
#: "That compared with $1.2 billion a year earlier.", also by the figure's own noun of value
#: ("... earning $298 million. The earnings were 23 percent higher than ...").
_POINTS_BACK_FIRST: Final = re.compile(
    rf"(?:That|This|It|(?:The|This|That|These|Those)\s+(?:(?:{'|'.join(CORRECTED_ADJECTIVES)})\s+)?"
    r"(?:figure|amount|sum|value|earnings|revenues?|receipts|proceeds))"
    rf"(?:{SOURCE_ASIDE})?\s+"  # "The correct figure, per Census, is"
    r"(?:was|were|is|are|represented|represents|marked|marks|meant|means|compared|compares)\b"
)
#: A sentence that opens on a change noun as its subject, right after a figure: "The growth
#: amounted to 12.3%.", "An increase of 9% was recorded.", "The decrease was 4.1 percent." (the
#: calques of «рост составил», «зафиксирован рост»): the change of the figure before.
#: Only the noun right before its verb or size: "Growth in GDP was 3%" is another matter's.
_CHANGE_NOUN_FIRST: Final = re.compile(
    r"(?:(?:The|An?|This|That)\s+)?(?:(?:annual|overall|total|year-on-year)\s+)?"
    # the nouns `find_changes` reads as the subject of a level ("The surge amounted to 8.7%")
    rf"(?:{literal_alternation(n.capitalize() for n in CHANGE_NOUNS)}|{literal_alternation(CHANGE_NOUNS)})"
    r"(?:\s+rate)?\s+"
    r"(?:amounted|made\s+up|was|is|stood|reached|totall?ed|came\s+to|equall?ed|of\s+[+\d])"
)
#: A sentence that opens on the total before it, whose part it tells: "Of the total, $4.1 billion
#: came from Vietnam.", "Of these, ...", "Out of that amount, ...".
_OF_THE_TOTAL_FIRST: Final = re.compile(
    r"(?:Of|Out\s+of)\s+(?:(?:the|this|that|these)\s+(?:total|figure|amount|sum)s?|this|that|these)\b"
)
_CHANGE_HINT: Final = re.compile(r"(?i)%|percent|per\s+cent|times|fold|doubled|tripled|halved")
#: `_CHANGE_HINT` by its twin on the sentence lowered by `lowered_for_hints`: a scan for its
#: first letters, where the case-blind words were tried at every offset (8x faster on the
#: sentences that hold a stem).
_CHANGE_HINT_SEARCH: Final = CaseBlindSearch(_CHANGE_HINT)
#: Substrings of the lower-cased sentence without which `_SPELLED_SCALE` and `_CHANGE_HINT`
#: cannot match: most sentences have no digit, and these tests cost a fraction of the patterns'
#: scans, which then run only on the few that hold a stem.
_SCALE_STEMS: Final = ("thousand", "illion")
_CHANGE_STEMS: Final = ("%", "per", "times", "fold", "doubled", "tripled", "halved")


#: A verb of buying: its subject is the importer, and the goods are the seller's exports.
_BUYING_VERB: Final = re.compile(r"(?i)\b(?:bought|purchased|buys|purchases|took\s+in|takes\s+in)\b")


#: Right after a period: the figure is of a part of the story's period ("In January alone").
_ALONE: Final = re.compile(r"\s+alone\b")
#: A revision of an earlier period's figure ("The PSA revised September exports to the US to
#: $1.07 billion"): an aside, after which figures with no period of their own are again of the
#: story's period, as after "In January alone".
_REVISION: Final = re.compile(r"\b(?:revised|revises|revising)\b")


def _part_of(span: tuple[date, date] | None, whole: tuple[date, date] | None) -> bool:
    """Whether a figure told with "alone" is of a part of the story's period ("In January
    alone" in a first-quarter story), which the story then keeps; "the third quarter of 2024
    alone" after a first-half figure is no part of it, so "the same quarter" after it is Q3."""
    return span is not None and whole is not None and whole[0] <= span[0] and span[1] <= whole[1]


@dataclass(slots=True, unsafe_hash=True)
class _Resolved:
    """A frame with every slot filled: ready to become a TradeMention."""

    direction: Direction
    period: tuple[date, date]
    product: str | None
    currency: str
    comparison: bool = False  # the figure of a comparison period ("down from $2bn a year earlier")

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        direction: Direction,
        period: tuple[date, date],
        product: str | None,
        currency: str,
        comparison: bool = False,
    ) -> None:
        self.direction = direction
        self.period = period
        self.product = product
        self.currency = currency
        self.comparison = comparison


def extract_trade_mentions(
    text: str,
    sentences: list[Sentence],
    published: date | None,
    url: str | None = None,
    headline: tuple[str, str] | None = None,
    source: str | None = None,
) -> list[TradeMention]:
    """Every bilateral trade figure stated in `text`, with its evidence sentence and offsets
    (`url`, where the story was published, and `source`, the outlet its header names, tell a
    local dollar from the US dollar; `headline`, the pair its title names, is the story's pair
    when its body names none)."""
    ctx: DocumentContext | None = None
    found: list[TradeMention] = []
    retracted: set[int] = set()  # indices in `found` of figures a correction withdraws
    # a copy: a line in capitals is read in lower case below, and the caller's list goes on to engagements
    sentences = list(list_items(text, sentences))
    for i, sentence in enumerate(sentences):
        as_written = sentence.text  # before a line in capitals is lowered below
        if ctx is not None and (heading := _item_countries(as_written)) is not None:
            ctx = _item_context(ctx, heading)  # "• Tanzania: Exports of cashew nuts to ...": a new item
        if not has_digit(sentence.text):
            hint = lowered_for_hints(sentence.text)
            if not (hint_holds(hint, _SCALE_STEMS) and _SPELLED_SCALE.search(sentence.text)):
                if (balance := _unpriced_balance(sentence.text, published)) is not None:
                    # "Peru posted a surplus with Japan in May.": the pair of "Exports rose ..." after it
                    ctx = ctx or _opened(text, sentences, url, source, headline, as_written)
                    _note_unpriced_balance(balance, ctx, i)
                elif ctx is not None and _tells_change(sentence.text, hint):
                    _note_told_period(sentence.text, published, ctx)  # "... doubled over the nine months."
                continue  # no amount: no digit, and no "five billion dollars"
        shouted = sentence.text.isupper()
        if shouted:  # "FLASH -- COLOMBIA'S EXPORTS TO VENEZUELA ROSE 28 PCT TO $844 MLN IN 2024"
            sentence = sentences[i] = _unshouted(sentence)
        recent = ctx is not None and ctx.recent(i)
        continuing = recent and ctx is not None and ctx.last_fact is not None
        # a ranking just opened goes on even when its amount was no figure ("..., followed by
        # the EU with 1.05 trillion baht. Japan came next with ...")
        open_ranking = ctx is not None and i - ctx.ranking_sentence == 1
        low = lower_same_length(sentence.text)
        if not (
            FLOW_GUARD_RE.search(low) is not None
            or (
                (continuing or open_ranking or (ctx is not None and i - ctx.world_sentence == 1))
                and (
                    _continuation_hint(sentence.text)
                    or _POINTS_BACK_FIRST.match(sentence.text)
                    or _CHANGE_NOUN_FIRST.match(sentence.text)
                    or _OF_THE_TOTAL_FIRST.match(sentence.text)
                )
            )
            # "X remained the top buyer" (recent), "Pakistan was the largest buyer of Kenyan tea at
            # $600m" (a ranking anywhere): the guard (market_ranking's own) is tested once where it
            # fails, as it nearly always does, not once for each
            or (holds_any(low, MARKET_RANKING_GUARD) and (recent or market_ranking(low) is not None))
            or (open_ranking and "(" in low)  # "... also included X (N)"
            or (i > 0 and _points_back(low) and _speaks_of_trade(sentences[i - 1].text))
            or (i > 0 and opening_those_cue(sentence.text, sentences[i - 1].text) is not None)
            or _period_line(sentence.text) is not None  # "2023: $948.7 million" under its heading
            # "Canada posted a C$96.9 billion surplus with the United States in 2024": a balance
            # with a partner, whose pair and period the flows after it take (`note_balance`)
            or (" with " in low and holds_any(low, _BALANCE_STEMS))
            or (
                len(sentence.text) < 90 and _row_country(sentence.text) is not None
            )  # "- Mali, 187,4 billion FCFA"
        ):
            continue
        moneys = with_continental_thousands(find_money(sentence.text), text)
        if len(moneys) > MAX_AMOUNTS_PER_SENTENCE:
            continue  # a table flattened into one "sentence", not a statement
        if not moneys and (balance := _unpriced_balance(sentence.text, published)) is not None:
            ctx = ctx or _opened(text, sentences, url, source, headline, as_written)  # "... in May 2024."
            _note_unpriced_balance(balance, ctx, i)
        if ctx is None:
            if not moneys:
                continue
            ctx = _opened(text, sentences, url, source, headline, as_written)
        if moneys:
            told = len(found)
            _read(sentence, i, moneys, published, ctx, found)
            if shouted:  # the evidence as written
                found[told:] = [
                    replace(m, evidence=text[m.evidence_start : m.evidence_end]) for m in found[told:]
                ]
            if retracts(sentence.text):
                # "Correction: An earlier version of this story said exports stood at $4.9 billion":
                # read for what "The correct figure is ..." points back to, but no fact
                retracted.update(range(told, len(found)))
            elif (doubted := _doubted_span(sentence.text)) is not None:
                retracted.update(
                    k
                    for k in range(told, len(found))
                    if sentence.start + doubted[0] <= found[k].char_start < sentence.start + doubted[1]
                )
            elif (
                len(found) > told
                and _may_name_corrected_figure(low)
                and (opener := _CORRECTED_FIGURE.search(sentence.text)) is not None
            ):
                retracted.update(
                    _superseded(sentence, opener, found, told, sentences[i - 1].start if i else 0)
                )
                retracted.update(_restated(found, told, retracted))
        else:
            if continuing and _tells_change(sentence.text, lowered_for_hints(sentence.text)):
                _attach_orphan_change(sentence, i, published, ctx, found)
            _note_told_period(sentence.text, published, ctx)
    kept = [m for k, m in enumerate(found) if k not in retracted] if retracted else found
    kept = kept + _table_figures(text, sentences, published, kept, ctx, url)
    return _deduplicated(_without_lines_beside_figures(_without_shadowed_reexports(kept)))


def _opened(
    text: str, sentences: list[Sentence], url: str | None, source: str | None,
    headline: tuple[str, str] | None, as_written: str,
) -> DocumentContext:  # fmt: skip
    """The story's context, opened at its first figure (or balance): the item that figure opens
    has its heading for its subject too."""
    ctx = DocumentContext(text=text, sentences=sentences, url=url, source=source, headline=headline)
    if (heading := _item_countries(as_written)) is not None:
        ctx = _item_context(ctx, heading)
    return ctx


def _table_figures(
    text: str, sentences: list[Sentence], published: date | None, kept: list[TradeMention],
    ctx: DocumentContext | None, url: str | None,
) -> list[TradeMention]:  # fmt: skip
    """The figures of tables whose unit is only in their header (`table_figures`), but for rows
    a statement of the story was already read from."""
    if "(" not in text and ":\n" not in text:
        return []  # (every header writes its unit in parentheses, or heads lines of amounts with a colon)

    def dateline() -> str | None:
        return (ctx or DocumentContext(text=text, sentences=sentences, url=url)).dateline_country()

    def currency(money: Money, reporter: str, partner: str) -> str | None:
        """A line's own amount's currency, as a statement's is read (a bare "$" of local press)."""
        story = ctx or DocumentContext(text=text, sentences=sentences, url=url)
        return figure_currency(money, reporter, partner, story.local_dollar, None, story.shared_unit_home)

    read = {m.evidence_start for m in kept}
    tables = table_figures(text, sentences, published, dateline, _topic_product, currency)
    return [m for m in tables if m.evidence_start not in read]


#: A yes-or-no question: an auxiliary opening the sentence, or a clause after a label, a
#: vocative or a comma ("Q: Minister, is it true that ...?", "Did exports fall ...?").
_YES_NO_QUESTION: Final = re.compile(
    r"(?:^|[,:;]\s*)(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\s",
    re.IGNORECASE,
)
#: A figure told as what someone denies: "she denied reports that trade fell to $2 billion",
#: "the ministry dismissed claims that exports halved", "he denied that ...".
_DENIED: Final = re.compile(
    r"\b(?:deni(?:ed|es)|deny(?:ing)?|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing))\s+"
    r"(?:(?:the|media|press|recent|earlier|news|those|these|such)\s+)*"
    r"(?:(?:reports?|claims?|rumou?rs?|suggestions?|allegations?|speculation)\s+)?that\b",
    re.IGNORECASE,
)


def _doubted_span(sentence: str) -> tuple[int, int] | None:
    """Where a sentence puts its figures in doubt (start, end), else None: a yes-or-no question
    only asks about them (the whole: "Q: Is it true that trade fell to $2 billion last year?"),
    a denial tells what follows it as what someone denies ("The minister, who says trade rose to
    $3 billion, denied reports that it fell to $2 billion": from "denied" on) up to a new
    assertion of the denier's own ("denied that exports had fallen, saying they reached $10
    billion": the figure after "saying" is told as fact). No fact of the story."""
    stripped = sentence.rstrip(" \"'\u201d\u2019)")
    if stripped.endswith("?") and _YES_NO_QUESTION.search(stripped) is not None:
        return 0, len(sentence)
    if not holds_any(sentence, _DENIAL_STEMS):
        return None
    denial = _DENIED.search(sentence)
    if denial is None:
        return None
    asserted = _ASSERTED_AFTER.search(sentence, denial.end())
    return denial.start(), asserted.start() if asserted is not None else len(sentence)


#: A new finite assertion after a denial, told by the denier as fact: ", saying ...", ", noting
#: that ...", ", adding that ...", ", and said that ...", "; he added that ...".
_ASSERTED_AFTER: Final = re.compile(
    r"[,;]\s+(?:(?:and|but|while)\s+)?(?:(?:he|she|it|they|the\s+\w+)\s+)?"
    r"(?:sa(?:ying|id|ys)|not(?:ing|ed|es)|add(?:ing|ed|s)|stress(?:ing|ed|es)|insist(?:ing|ed|s)|"
    r"point(?:ing|ed|s)\s+out|explain(?:ing|ed|s)|stat(?:ing|ed|es)|underlin(?:ing|ed|es)|"
    r"recall(?:ing|ed|s)|emphasi[sz](?:ing|ed|es))\b",
    re.IGNORECASE,
)


#: What every match of `_DENIED` holds: tested first, as few sentences deny anything.
_DENIAL_STEMS: Final = (
    "deni",
    "Deni",
    "deny",
    "Deny",
    "dismiss",
    "Dismiss",
    "reject",
    "Reject",
    "refut",
    "Refut",
)


@lru_cache(maxsize=256)
def _item_countries(text: str) -> tuple[str, ...] | None:
    """The countries an item's heading label names when a sentence opens on one that is only
    countries ("• Tanzania: Exports of ...", "Kenya-Uganda: ..."), else None. A digest or
    newsletter heads each item with whose news it is, and its sentences then leave the
    reporter unsaid: they are no continuation of the item before."""
    if ":" not in text[:48]:
        return None
    label = _PERIOD_LINE.match(text)
    if label is None:
        return None
    if _is_figure_cell(text[label.end() :]):
        return None
    name = label.group(1).strip()
    mentions = find_countries(name)
    if not mentions or not _ONLY_JOINED.fullmatch(_without_spans(name, mentions)):
        return None
    named = tuple(dict.fromkeys(m.iso3 for m in mentions))
    return named if len(named) <= 2 else None


#: A share alone ("41,3%", "10.9 per cent."), as the cell of a ranking row.
_SHARE_CELL: Final = re.compile(r"(?i)[\d.,\s]+(?:%|percent|per\s+cent|pct)[\s.;,]*")


#: A change after a row's figure: in brackets ("(+12,3%)", "(-4.1 percent)", "(up 3%)") or after a
#: comma, as a wire's bullet writes it ("345.6 billion yuan, up 7.2 percent", ", down 3.4% year on
#: year"): the row is still only its figure.
_CHANGE_CELL: Final = re.compile(
    r"(?i)(?:\s*\(\s*(?:(?:up|down)\s+(?:by\s+)?)?[+\-−–]?\s*[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s*\)"
    r"|,\s*(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)"
    r"(?:\s+(?:year[-\s]on[-\s]year|y/y|yoy|from\s+a\s+year\s+(?:earlier|ago)))?)[\s.;]*$"
)


def _is_figure_cell(rest: str) -> bool:
    """Whether what follows a label's colon is only a figure, a share or an amount ("- Spain:
    10,9%", "- Mali: 187.4 billion FCFA"): the line is a row of a ranking under its lead (the
    country is a partner of the lead's reporter), not the heading of an item of news whose
    country then reports the sentences after it."""
    rest = _CHANGE_CELL.sub("", rest.strip())  # "187,4 billion FCFA (+12,3%)": the figure and its change
    if not has_digit(rest):
        return False
    if _SHARE_CELL.fullmatch(rest):
        return True
    moneys = find_money(rest)
    return len(moneys) == 1 and moneys[0].start <= 1 and len(rest) - moneys[0].end <= 2


def _headed_text(ctx: DocumentContext, index: int) -> str:
    """The sentence with the short label ended by a colon that stands as a sentence of its own
    right before it ("Ghana-Togo:" split off as the story's opening slug, or alone on its
    line), as an item's heading is read on the sentence it opens. A sentence that opens on its
    own countries' label keeps it: the short line before is then the list's intro ("Regional
    roundup:", "In brief:"), no heading of the item."""
    text = ctx.sentences[index].text
    before = ctx.sentences[index - 1].text if index else ""
    if not (before.endswith(":") and len(before) < 48) or _item_countries(text) is not None:
        return text
    return f"{before} {text}"


def _heading_partner(text: str, reporter: str) -> str | None:
    """The other country of the two that the item's heading label opening the sentence names,
    when the reporter is one of them ("• Kazakhstan–Kyrgyzstan: Kazakh exports rose ..."): the
    heading tells whose trade the item is, so the flow is with the other one, not with the
    world. None when the sentence opens on no such label or the label names one country."""
    heading = _item_countries(text)
    if heading is None or len(heading) != 2 or reporter not in heading:
        return None
    return heading[1] if heading[0] == reporter else heading[0]


#: What may stand between the countries of an item's heading label: "Kenya-Uganda", "X and Y".
_ONLY_JOINED: Final = re.compile(r"(?i)[\s\-–—/&,]*(?:(?:and|the)[\s\-–—/&,]*)*")


def _without_spans(text: str, mentions: list[CountryMention]) -> str:
    """`text` with the mentions' spans cut out."""
    kept, at = [], 0
    for m in mentions:
        kept.append(text[at : m.start])
        at = m.end
    kept.append(text[at:])
    return "".join(kept)


def _item_context(ctx: DocumentContext, heading: tuple[str, ...]) -> DocumentContext:
    """A fresh context for an item headed by `heading`'s countries: a one-country item's
    country is its subject (whose figures its bare "Exports of cashew nuts rose ..." are); a
    two-country heading sets none here (`_heading_partner` reads its partner); nothing told of
    the items before carries over."""
    fresh = DocumentContext(text=ctx.text, sentences=ctx.sentences, url=ctx.url, source=ctx.source)
    if len(heading) == 1:
        fresh.subject = heading[0]
    return fresh


def _unshouted(sentence: Sentence) -> Sentence:
    """A sentence written in capitals (a FLASH or a headline line) in lower case, its countries
    capitalized as names ("COLOMBIA'S EXPORTS TO THE US ROSE 28 PCT TO $844 MLN" -> "Colombia's
    exports to the US rose 28 pct to $844 mln"): the flow words, scale words and countries are
    read as in running text (no figure had come out of capitals). Same length, same offsets."""
    written = sentence.text
    chars = [c if len(c.lower()) != 1 else c.lower() for c in written]
    for m in find_countries(written):
        words = written[m.start : m.end]
        if " " not in words and len(words) <= 3:
            chars[m.start : m.end] = words  # "US", "UAE", "DRC"
            continue
        for k, ch in enumerate(words):
            if ch.isalpha() and (k == 0 or (not words[k - 1].isalpha() and words[k - 1] not in "'’")):
                chars[m.start + k] = ch
    return Sentence(sentence.start, sentence.end, "".join(chars))


#: Where a clause gives the figure that replaces one told before: "The final figure was",
#: "; the corrected figure was", "The correct figure, per Census, is", "The correct amount is".
_CORRECTED_FIGURE: Final = re.compile(
    rf"(?i)(?:^|;\s*|,\s+(?:but|and)\s+)(?:the|its)\s+(?:{'|'.join(CORRECTED_ADJECTIVES)})\s+"
    r"(?:figure|amount|sum|value|total)\b"
)


def _restated(found: list[TradeMention], told: int, dropped: set[int]) -> list[int]:
    """Indices of the figures from `told` on (a corrected figure's) that restate one the story
    already told and kept: the same flow, sides, period and value. A correction's "The correct
    figure is $65 billion" repeats the story's figure, read through the withdrawn one, so it
    is no second fact (beside "Non-oil trade ... rose to $65 billion" it was one, its goods
    lost)."""
    before = [m for k, m in enumerate(found[:told]) if k not in dropped]
    return [
        told + j
        for j, new in enumerate(found[told:])
        if any(_figure_key(old) == _figure_key(new) and _same_value(old.value, new.value) for old in before)
    ]


def _figure_key(m: TradeMention) -> tuple:
    """What makes two figures of one statement, their value aside: the flow, the sides (a
    turnover's in either order), the period and the currency."""
    sides = tuple(sorted((m.reporter_iso3, m.partner_iso3))) if m.flow == "turnover" else (
        m.reporter_iso3, m.partner_iso3)  # fmt: skip
    return (m.flow, sides, m.period_start, m.period_end, m.currency)


#: Right before an estimate a figure replaced: "revised (down) from a preliminary", "revised
#: from an earlier estimate of".
_REVISED_FROM: Final = re.compile(
    r"(?i)\brevised\s+(?:(?:up|down)(?:wards?)?\s+)?from\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:earlier|preliminary|initial|provisional|original|previous|first)\s+)?"
    rf"(?:(?:estimate|figure|reading|reported)\s+(?:of\s+)?)?(?:(?:{HEDGE_ALTERNATION})\s+)?\Z"
)


def _may_name_corrected_figure(low: str) -> bool:
    """Whether the lowered sentence `low` may hold `_CORRECTED_FIGURE` (whose opening has no
    literal, so it is tried at every offset): only where one of its adjectives is written, or
    where a dotless "ı" or long "ſ" could stand for an "i" or "s" in its case-blind match."""
    return holds_any(low, CORRECTED_ADJECTIVES) or "ı" in low or "ſ" in low


def _superseded(
    sentence: Sentence, opener: re.Match[str], found: list[TradeMention], told: int, since: int
) -> list[int]:
    """Indices in `found` of the figures that a corrected figure of this sentence (from `told`
    on, after `opener`, its `_CORRECTED_FIGURE` match) replaces: the same flow, sides and period
    told before it, in this sentence or the one before (from `since`): "..., which it had put at
    NOK 8.6 billion; the final figure was NOK 8.5 billion"."""
    start = sentence.start + opener.end()
    new = [m for m in found[told:] if m.char_start >= start]
    return [
        j
        for j, old in enumerate(found[: len(found) - len(new)])
        if since <= old.char_start < start
        and any(
            (old.flow, old.reporter_iso3, old.partner_iso3, old.period_start, old.period_end, old.product)
            == (m.flow, m.reporter_iso3, m.partner_iso3, m.period_start, m.period_end, m.product)
            and old.value != m.value
            for m in new
        )
    ]


def _tells_change(text: str, hint: str | None) -> bool:
    """Whether `_CHANGE_HINT` finds a word of change in `text`, whose `lowered_for_hints` is
    `hint` (by the stems and the case-sensitive twin on `hint` where that can tell)."""
    return hint_holds(hint, _CHANGE_STEMS) and _CHANGE_HINT_SEARCH(text, hint) is not None


def _continuation_hint(text: str) -> bool:
    """Whether `_CONTINUATION_HINT` finds a word in `text` (by its case-sensitive twin where
    the lowered text can tell)."""
    return _CONTINUATION_HINT_SEARCH(text, lowered_for_hints(text)) is not None


#: The words of a trade balance, as `_read` reads one that names no flow ("a surplus with X").
_BALANCE_STEMS: Final = ("surplus", "deficit", "shortfall")


def _speaks_of_trade(text: str) -> bool:
    low = lower_same_length(text)
    return FLOW_GUARD_RE.search(low) is not None


def _points_back(low: str) -> bool:
    """ "It amounted to ...", "they", "the figure": substring tests first, as most sentences have none."""
    cheap = (
        low.startswith(("it ", "they "))
        or " it " in low
        or " they " in low
        or "figure" in low
        or "amount" in low
        or "to date" in low
        or "to-date" in low  # "The year-to-date total was ..."
        or holds_any(low, CARGO_NOUNS)
    )
    return cheap and _ANAPHOR_HINT.search(low) is not None


def _read(
    sentence: Sentence, index: int, moneys: list[Money], published: date | None, ctx: DocumentContext,
    found: list[TradeMention],
) -> None:  # fmt: skip
    """Read one sentence with money, append its figures to `found`, update `ctx`."""
    previous = ctx.sentences[index - 1].text if index and index <= len(ctx.sentences) else ""
    reading = _reading(sentence.text, moneys, published, ctx, opening_those_cue(sentence.text, previous))
    reading = _under_heading(sentence.text, reading, ctx, index, published, found)
    reading = _under_ranking_lead(sentence.text, reading, ctx, index)
    # both passes after a total with the world read the sentence's countries, only when one of
    # them gets that far (find_countries keeps its answer for the text it has just read)
    mentions = partial(find_countries, sentence.text)
    reading = _shares_of_world_total(sentence.text, reading, ctx, index, mentions)
    reading = _possessed_by_world_total(sentence.text, reading, ctx, index, mentions)
    reading = _shares_of_fronted_whole(sentence.text, reading, mentions)
    last_before = (ctx.last_fact, ctx.last_sentence)  # what "The figure is 4% higher than ..." points at
    ranked_flows: list[str | None] = []  # the flow the sentence ranks partners by, read when first needed
    resolved: dict[int, _Resolved] = {}
    took_figure = False
    revised = hint_holds(lowered_for_hints(sentence.text), ("revised",))  # "Revised from ...": any case
    # a balance with no amount of its own ("Japan posted a surplus with Peru in May, as exports
    # rose ..."): noted where the sentence reaches it, as a balance figure would be
    balance = (
        None
        if any(f.rejection in BALANCE_REJECTIONS for f in reading.frames)
        else _unpriced_balance(sentence.text, published)
    )
    for j, frame in enumerate(reading.frames):
        if balance is not None and frame.money.start > balance.start:
            _note_unpriced_balance(balance, ctx, index)
            balance = None
        if frame.rejection in BALANCE_REJECTIONS:
            ctx.note_balance(
                _balance_owner(frame.reporter, frame.partner, ctx), _told_period(frame), frame.partner, index
            )
        if frame.rejection == RANKED_BLOC:
            _note_bloc_ranking(frame, ctx, index)
        if revised and _REVISED_FROM.search(sentence.text, max(0, frame.money.start - 60), frame.money.start):
            continue  # "NOK 8.5 billion, revised from a preliminary NOK 8.6 billion": superseded
        if frame.clause > 0 and frame.product is None:
            frame = _value_of_shipped(frame, sentence.text)
        if frame.owner and reading.frames[frame.owner].rejection == "conversion":
            # "fell to $203 billion (1.4 trillion yuan), against $223 billion": compared with the
            # figure the conversion restates
            frame = evolve(frame, owner=frame.owner - 1)
        if frame.rejection is not None or (
            frame.flow is None and frame.source not in ("clause", "anaphor", "rank", "item", "comparison")
        ):
            continue  # fmt: skip
        result = _resolve(frame, resolved, ctx, index, found, reading.partners, published)
        if result is None:
            continue
        resolved[j] = result
        mention = _mention(frame, result, sentence)
        if not found and mention.change_pct is None and not frame.comparison and index:
            mention = replace(mention, change_pct=_change_told_before(ctx, index, mention, published))
        later = _later_figure_concluded_on(frame, mention, ctx, found, index)
        if later is not None:
            found[later] = replace(found[later], change_pct=mention.change_pct)
            mention = replace(mention, change_pct=None)
        found.append(mention)
        took_figure = took_figure or not frame.comparison
        if not frame.comparison:
            within = frame.period is not None and (
                (
                    _ALONE.match(sentence.text, frame.period.end) is not None
                    and _part_of(result.period, ctx.period)
                )
                or _REVISION.search(sentence.text, 0, frame.period.start) is not None
            )
            looks_back = frame.period is not None and frame.period.looks_back
            seller = _seller(frame, result.direction, sentence.text)
            ctx.note_statement(index, result.direction, result.period, within, looks_back, seller)
            ctx.last_fact = len(found) - 1
            ranked = (
                frame.source == "rank"
                or (
                    result.direction.flow == "turnover"
                    and "partner" in sentence.text
                    and RANKING_CUE.search(sentence.text)
                )
                or _ranked_flow(sentence.text, ranked_flows) == result.direction.flow
            )
            if ranked:
                ctx.note_ranking(result.direction.reporter, index, result.direction.flow, mention.product)
    if reading.orphan_change is not None and (not took_figure or _POINTS_BACK_FIRST.match(sentence.text)):
        _give_change(ctx, found, reading.orphan_change, index, sentence.text, last_before)
    if balance is not None:  # after every figure of the sentence
        _note_unpriced_balance(balance, ctx, index)


def _balance_owner(reporter: str | None, partner: str | None, ctx: DocumentContext) -> str | None:
    """Whose balance a balance is: the country named as its owner (`reporter`), else, for a
    balance "with Italy" (`partner`) that names no owner, the dateline's country ("TUNIS - The
    trade balance with Italy showed a surplus of ..., with exports of ..."): a wire tells its
    own country's balance without naming it, as it does its trade ("Trade with Italy reached ...")."""
    if reporter is not None or partner is None:
        return reporter
    home = ctx.dateline_country()
    return home if home != partner else None


@dataclass(frozen=True, slots=True)
class _UnpricedBalance:
    """A balance told with its other side and no amount: where it is, whose, with whom, when."""

    start: int
    owner: str | None
    partner: str
    period: tuple[date, date] | None


#: A balance noun and "with" before its other side's name: "surplus with the ", "deficit with ".
_BALANCE_WITH: Final = re.compile(r"(?i)\b(?:surplus|deficit|shortfall)\s+with\s+(?:the\s+)?")
#: The roles of the country that owns a balance told before it ("Chile posted", "Chile's", "Chilean").
_BALANCE_OWNER_ROLES: Final = frozenset(["subject", "poss", "attr"])


def _unpriced_balance(text: str, published: date | None) -> _UnpricedBalance | None:
    """A balance with one country and no amount ("Japan posted a trade surplus with Peru in May",
    "Chile's deficit with Korea widened"), else None. With an amount it is a figure's own
    (`_rejected`); without one it still names the pair and period of the flows told with it or
    after it ("..., as exports rose 3% to ..."; "Exports rose 3% to ..."), as it does with one. A
    balance with the world, a bloc, a people's goods ("a deficit with Chinese goods flooding
    in") or a list of countries names no pair."""
    hint = lowered_for_hints(text)
    if not (hint_holds(hint, (" with ",)) and hint_holds(hint, _BALANCE_STEMS)):
        return None  # (most sentences: no regex)
    match = _BALANCE_WITH.search(text)
    if match is None:
        return None
    mentions = find_countries(text)
    named = next((m for m in mentions if m.start == match.end()), None)
    if named is None or named.kind == "demonym":
        return None
    slots = country_slots(text, mentions, blocked_spans(text))
    at = next((k for k, s in enumerate(slots) if s.start == named.start), None)
    if at is None or (at + 1 < len(slots) and slots[at + 1].role == slots[at].role):
        return None  # a source's country, or "with Peru and Chile": no one other side
    owner = next((s.iso3 for s in reversed(slots[:at]) if s.role in _BALANCE_OWNER_ROLES), None)
    span = _one_plain_span(text, published)
    period = (span.period_start, span.period_end) if span is not None else None
    return _UnpricedBalance(match.start(), owner, named.iso3, period)


def _note_unpriced_balance(balance: _UnpricedBalance, ctx: DocumentContext, index: int) -> None:
    """Note a balance with no amount as one with an amount is noted (its owner, else the
    dateline's country), so the flows told with it or after it take its pair and period."""
    owner = _balance_owner(balance.owner, balance.partner, ctx)
    ctx.note_balance(owner, balance.period, balance.partner, index)


def _under_heading(
    text: str, reading: SentenceReading, ctx: DocumentContext, index: int, published: date | None,
    found: list[TradeMention],
) -> SentenceReading:  # fmt: skip
    """A line that is only a period and its amount ("2023: $948.7 million") in a block of such
    lines under a heading that names the flow and its sides ("Indonesia's exports to Kenya, by
    year:"): the amount is the heading's flow, sides and goods for that period, as when the
    lines run on after the heading in one sentence. A heading of one country's or the world's
    trade names no partner: its lines give nothing. A list item with no such heading
    ("* January-February 2024: $171 million") is the list's total (`_list_total`)."""
    frames = reading.frames
    if not frames or frames[0].rejection != "no flow" or not _labelled_by_period(text, frames[0]):
        return reading
    told = _heading_flow(ctx, index, published) or _list_total(ctx, index, found)
    if told is None:
        return reading
    direction, product = told
    period = frames[0].period
    if period is not None and period.fiscal:  # "FY2020-21:" in the heading reporter's fiscal calendar
        period = _fiscal_label(period, direction.reporter, published) or period
    first = evolve(frames[0], flow=direction.flow, reporter=direction.reporter, partner=direction.partner,
                   product=product, period=period, source="cue", rejection=None)  # fmt: skip
    return replace(reading, frames=(first, *frames[1:]))


#: A currency opening an amount, as a row without a colon writes its cell ("China $23.5bn",
#: "US$9.8bn", "USD 9.8bn").
_CURRENCY_START: Final = r"[$€£¥₹₦₱]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d"
#: A ranking row: a country and its amount ("- Mali: 187.4 billion FCFA", "Mali (187,4 billion
#: FCFA)", "- to Mali, 187,4 billion FCFA", "• China $23.5bn (+12%)"), after a list mark or
#: number ("2) Japan: ...") at most; group 1 is the label.
_ROW_MARK: Final = r"(?:[" + re.escape("".join(sorted(_ITEM_MARKS))) + r"]\s*|\d{1,2}[.)]\s+)?"
_COUNTRY_ROW: Final = re.compile(
    _ROW_MARK + r"(?:(?:to|from|with)\s+(?:the\s+)?)?"
    r"([^:,(\n]{2,40}?)(?:\s*[:,(]\s*(?=\S)|\s+(?=" + _CURRENCY_START + r"))"
)
#: The number of a numbered row, as the sentence splitter cuts it off its row ("2.", "3)").
_ITEM_NUMBER: Final = re.compile(r"\d{1,2}[.)]")
#: `_CURRENCY_START` anywhere: whether a sentence may hold a row written without a colon.
_CURRENCY_OPENING: Final = re.compile(_CURRENCY_START)


@lru_cache(maxsize=256)
def _row_label(text: str) -> str | None:
    """The label of a ranking row (`_COUNTRY_ROW`) whose cell is only its figure
    (`_is_figure_cell`), without an article opening it ("The United States"), else None.
    Cached: the guard, the row's own reading and every later row's walk back over the run
    above (`_above_rows`) ask again."""
    if ":" not in text and "," not in text and "(" not in text and not _CURRENCY_OPENING.search(text):
        return None  # (every row holds the colon, comma or bracket after its label, or a currency)
    row = _COUNTRY_ROW.match(text)
    if row is None:
        return None
    cell = text[row.end() :].rstrip(" .;")
    if row.group(0).rstrip()[-1] == "(":  # "Mali (187,4 billion FCFA)": the bracket it opened
        if not cell.endswith(")"):
            return None
        cell = cell[:-1]
    if not _is_figure_cell(cell):
        return None
    return _LABEL_ARTICLE.sub("", row.group(1).strip(" -–—"))  # (the second dash of "-- Japan:")


#: An article opening a row's label: "-- The United States: ...", "• the Netherlands: ...".
_LABEL_ARTICLE: Final = re.compile(r"^(?:the|The)\s+")


def _row_country(text: str) -> str | None:
    """The country of a ranking row whose label is one country alone, else None."""
    name = _row_label(text)
    if name is None:
        return None
    mentions = find_countries(name)
    if len(mentions) != 1 or _without_spans(name, mentions).strip(" -–—"):
        return None
    return mentions[0].iso3


def _row_bloc(text: str) -> bool:
    """Whether a ranking row's label is one bloc or region alone ("-- ASEAN: 2.1 trillion yuan"):
    a row of the ranking that gives no figure, which the run of rows goes on past."""
    name = _row_label(text)
    if name is None:
        return False
    blocs = find_blocs(name)
    return len(blocs) == 1 and blocs[0].start == 0 and blocs[0].end == len(name)


#: Words of a lead whose rows are no flow's amounts ("Trade balance with main partners:"):
#: stems, so that prefixed and inflected forms count too ("unbalanced", "counterbalance",
#: "reinvested", "disinvestment", "loaned"); only "aid" is a whole word (or "aids"), so that
#: "said", "paid" and the participle of help ("aided by copper prices") are no aid money.
_NO_RANKED_FLOW: Final = re.compile(r"balanc|deficit|surplus|shortfall|invest|loan|remittance|\baids?\b")
#: Right before a country the lead names as the partner, not the reporter.
_PARTNER_BEFORE: Final = re.compile(r"(?i)\b(?:to|from|with|into|in)\s+(?:the\s+)?$")


def _above_rows(ctx: DocumentContext, index: int) -> int:
    """The index of the sentence above the run of ranking rows (`_row_country`) that sentence
    `index` ends (-1 when the run opens the text); a bloc's row ("-- The European Union: ...")
    is one of the run, though it gives no figure."""
    j = index - 1
    while j >= 0 and (
        _row_country(ctx.sentences[j].text) is not None
        or _row_bloc(ctx.sentences[j].text)
        or _ITEM_NUMBER.fullmatch(ctx.sentences[j].text) is not None  # "2." split off its row
    ):
        j -= 1
    return j


#: The noun of a lead's buyers and "of" before the goods they buy, with an owner's possessive:
#: "The main buyers of processed cocoa were:", "importers of Ghana's cocoa" (no article, pronoun
#: or number after "of").
_BUYERS_OF: Final = re.compile(
    r"(?i)\b(?:buyer|customer|client|purchaser|importer)s?\s+of(?:\s+(?-i:[A-Z])[\w-]*['’]s?(?=\s))?"
    r"(?=\s+(?!(?:the|its|their|our|this|these|all|goods|products)\b)[A-Za-z])"
)


def _lead_goods(lead: str, market: re.Match[str] | None) -> str | None:
    """The goods a ranking lead ranks buyers of ("Kenya's main tea buyers were:", "The main
    buyers of processed cocoa were:"), given the lead's ranking (`market_ranking`): the rows are
    exports of those goods, as one sentence "Pakistan was the largest buyer of Kenyan tea at
    $600m" says. Goods as every goods reading takes them (`goods_from`): the whole
    phrase, no country ("customers of Kenya")."""
    if market is not None and market.group("goods"):
        return clean_product(market.group("goods"))
    buyers = _BUYERS_OF.search(lead)
    return goods_from(lead, buyers.end()) if buyers is not None else None


def _ranking_lead(ctx: DocumentContext, index: int) -> tuple[str, str, str | None] | None:
    """(flow, reporter, goods) of the lead line (a sentence ending in ":") above the run of
    ranking rows sentence `index` stands in, when the lead ranks one country's partners by a
    flow ("Senegal's main customers were:", "Exports by main destination:", "Main trading
    partners:", "Kenya's main tea buyers were:"): the reporter is the one country it names, or
    the story's home when it names none; goods only of buyers (`_lead_goods`)."""
    j = _above_rows(ctx, index)
    lead = ctx.sentences[j].text if j >= 0 else ""
    if not lead.endswith(":") or len(lead) > 200:
        return None
    low = lower_same_length(lead)
    flows = {cue[3] for cue in flow_cues(lead, low)}
    market = market_ranking(low)
    flow = ranked_flow(market) or (flows.pop() if len(flows) == 1 else None)
    if flow is None and "partner" in low:
        flow = "turnover"
    if flow is None:
        return None
    if _NO_RANKED_FLOW.search(low):
        return None
    mentions = find_countries(lead)
    named = {m.iso3 for m in mentions}
    if len(named) > 1 or any(_PARTNER_BEFORE.search(lead, 0, m.start) for m in mentions):
        return None  # "Main exporters to Senegal:": the rows are the sellers, not its markets
    reporter = named.pop() if named else ctx.home()
    goods = _lead_goods(lead, market) if flow == "exports" else None
    return (flow, reporter, goods) if reporter is not None else None


def _under_ranking_lead(
    text: str, reading: SentenceReading, ctx: DocumentContext, index: int
) -> SentenceReading:
    """A ranking row ("- Mali: 187.4 billion FCFA") under a lead that ranks a country's
    partners ("In the third quarter of 2025, Senegal's main customers were:"): the row's amount
    is the lead's flow from its reporter to the row's country, as when the ranking runs on in
    one sentence ("... were Mali (187,4 billion FCFA), Switzerland (...)"). A row of the lead's
    own country, or under a lead of no flow or of several countries, gives nothing."""
    frames = reading.frames
    if len(frames) != 1 or frames[0].flow is not None or frames[0].reporter is not None:
        return reading
    partner = _row_country(text)
    if partner is None:
        return reading
    lead = _ranking_lead(ctx, index)
    if lead is None or lead[1] == partner:
        return reading
    first = evolve(
        frames[0], flow=lead[0], reporter=lead[1], partner=partner, source="cue", rejection=None,
        product=frames[0].product or lead[2],
    )  # fmt: skip
    return replace(reading, frames=(first,))


#: Between a partner and its part of a total ("China accounted for $5.3 billion", "Russia for"),
#: a buyer's verb taking a part of exports only, a seller's a part of imports only.
_SHARE_GAP: Final = re.compile(
    r"(?i)\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|represented|for"
    r"|(?P<buyer>took|received|absorbed|bought|purchased)|(?P<seller>supplied|sold|provided))\s+"
)


def _shares_of_world_total(
    text: str, reading: SentenceReading, ctx: DocumentContext, index: int,
    mentions: Callable[[], list[CountryMention]],
) -> SentenceReading:  # fmt: skip
    """The parts of a country's total with the world told right before, each a partner and its
    amount ("Uzbekistan's foreign trade turnover reached $27.1 billion. China accounted for $5.3
    billion, Russia for $4.6 billion."): each is the total's flow between its reporter and that
    partner; also a part whose goods went to or came from a country ("Chile's exports reached
    $100 billion. Of that, $38 billion went to China", `_share_partner`), and a part its buyer or
    seller is said to have bought or supplied (`_counterpart_part`). A figure with a flow of its
    own, or no country beside it, is left, and one that would follow a part so read is none."""
    if index - ctx.world_sentence != 1 or ctx.world_reporter is None or ctx.world_flow is None:
        return reading
    world_flow = ctx.world_flow
    if not any(_unsided(f) or _counterpart_part(f, world_flow) for f in reading.frames):
        return reading
    frames = list(reading.frames)
    parted = False  # whether a part before was given its partner
    bought = False  # whether the part before was its buyer's or seller's (`_counterpart_part`)
    for k, frame in enumerate(frames):
        after_buyer, bought = bought, False
        if after_buyer and frame.flow not in (None, world_flow) and frame.rejection is None:
            # "China bought $38 billion, Japan $9 billion and Korea $5 billion": the parts after
            # the first, the verb gapped, were read as imports between the countries listed
            gapped = _gapped_share_partner(text, frames[k - 1].money.end, frame.money, mentions())
            if gapped is None or gapped not in (frame.reporter, frame.partner):
                continue
            bought = True
        elif _counterpart_part(frame, world_flow):
            # the buyer's imports or the seller's exports: the part's only if its verb is the
            # one of `_SHARE_GAP` that fits the total ("China bought $38 billion" of exports)
            if _share_partner(text, frame.money, world_flow, mentions()) != frame.reporter:
                continue
            bought = True
        elif not _unsided(frame):
            continue
        partner = _part_partner(text, frame.money, world_flow, mentions(), frames[k - 1] if parted else None)
        if partner is None or partner == ctx.world_reporter:
            if parted and frame.rejection is None:  # "..., and $10 billion to mining firms": not that part's
                frames[k] = evolve(frame, rejection="no flow")
            continue
        parted = True
        product = frame.product or ctx.world_product
        frames[k] = evolve(frame, flow=ctx.world_flow, reporter=ctx.world_reporter, partner=partner,
                           source="cue", rejection=None, product=product)  # fmt: skip
    return replace(reading, frames=tuple(frames))


#: A sentence fronting a whole it then tells the parts of: "Of the ", "Of Chile's ", up to its
#: amount ("Of the $94 billion Chile exported in 2024, China took $38 billion").
_FRONTED_WHOLE: Final = re.compile(
    rf"[\"“‘']?Of\s+(?:the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}['’]s?)\s+"
    # the flow named before its amount: "Of Nigeria's total exports of N77 trillion, ..."
    r"(?:(?:total\s+|overall\s+)?(?:exports|imports|shipments|purchases)\s+(?:of|worth|valued\s+at)\s+)?"
    rf"(?:(?:{HEDGE_ALTERNATION})\s+)?"
)


def _shares_of_fronted_whole(
    text: str, reading: SentenceReading, mentions: Callable[[], list[CountryMention]]
) -> SentenceReading:
    """The parts of a country's total with the world that the sentence fronts in an "Of ..."
    clause ("Of the $94 billion Chile exported in 2024, China took $38 billion", "Of Chile's $94
    billion in exports, ..."), as `_shares_of_world_total` reads them after a sentence that told
    the total: each part's country is the total's partner. The fronted clause names one country
    and one flow (exports or imports), so the total is the world's (it gives no fact); the part
    had been the reporter's with no partner, or the buyer's imports."""
    frames = reading.frames
    if len(frames) < 2 or not text.startswith(("Of ", '"Of ', "“Of ")):
        return reading
    whole = frames[0]
    comma = text.find(",", whole.money.end)
    if comma < 0 or frames[1].money.start < comma or whole.rejection not in (None, "no flow"):
        return reading
    if _FRONTED_WHOLE.fullmatch(text, 0, whole.money.start) is None:
        return reading
    named = [m for m in mentions() if m.end <= comma]
    flows = {c[3] for c in flow_cues(text[:comma])}
    if len(named) != 1 or len(flows) != 1 or not flows <= {"exports", "imports"}:
        return reading
    reporter, flow = named[0].iso3, flows.pop()
    out = list(frames)
    for k in range(1, len(out)):
        frame = out[k]
        if frame.rejection not in (None, "no flow"):
            continue
        if frame.partner is not None:
            if frame.world and frame.reporter == reporter != frame.partner and frame.flow == flow:
                # "..., India accounted for N9.1 trillion": a part that names its partner, read as
                # the reporter's and the partner's but inside the world's whole before it
                out[k] = evolve(frame, world=False)
            continue
        parted = out[k - 1] if k > 1 and out[k - 1].partner is not None else None
        partner = _part_partner(text, frame.money, flow, mentions(), parted)
        if partner is None or partner == reporter or frame.reporter not in (None, reporter, partner):
            continue
        out[k] = evolve(frame, flow=flow, reporter=reporter, partner=partner, source="cue", rejection=None,
                        world=False)  # fmt: skip
    return replace(reading, frames=tuple(out))


def _part_partner(
    text: str, money: Money, flow: str, mentions: list[CountryMention], parted: Frame | None
) -> str | None:
    """The partner of a part of a world total (`_share_partner`), or, right after a part given its
    partner (`parted`), the country of the next part with its verb left out ("China took $38
    billion and the United States $16 billion", `_gapped_share_partner`)."""
    partner = _share_partner(text, money, flow, mentions)
    if partner is None and parted is not None:
        partner = _gapped_share_partner(text, parted.money.end, money, mentions)
    return partner


def _gapped_share_partner(
    text: str, previous_end: int, money: Money, mentions: list[CountryMention]
) -> str | None:
    """The country of a part listed right after the part before with its verb left out ("China
    took $38 billion and the United States $16 billion", "..., Japan $7 billion"): the one
    country between the two amounts, joined to the first by a comma or "and" and right before
    its own amount; else None."""
    between = [m for m in mentions if previous_end <= m.start and m.end <= money.start]
    if len(between) != 1:
        return None
    country = between[0]
    joined = _GAPPED_PART_JOIN.fullmatch(text, previous_end, country.start) is not None
    return country.iso3 if joined and not text[country.end : money.start].strip() else None


#: Between a part and the country of the next part, its verb left out: ", ", " and ", ", and the ".
_GAPPED_PART_JOIN: Final = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")


def _counterpart_part(frame: Frame, world_flow: str) -> bool:
    """Whether a frame may be a part of a world total that its buyer or seller is said to have
    taken: "China bought $38 billion" after "Chile exported $94 billion" is read as China's
    imports with no origin, "Brazil supplied $3.1 billion" after Paraguay's imports as Brazil's
    exports with no market; the mirror of the total's flow, its reporter only, nothing against
    it. One with a partner of its own ("... of soybeans from Brazil") is its own figure."""
    mirrored = "imports" if world_flow == "exports" else "exports" if world_flow == "imports" else None
    return (
        frame.flow == mirrored
        and frame.reporter is not None
        and frame.partner is None
        and frame.rejection is None
        and not frame.world
        and not frame.comparison
    )


def _unsided(frame: Frame) -> bool:
    """Whether a frame names no flow and no side: one the sentence gave no flow word ("no
    flow"), or one that only follows the figure before it in its clause ("$26 billion went to
    China, and $10 billion went to the US"), which a part of a world total gets its own of."""
    return (
        frame.flow is None
        and frame.partner is None
        and frame.reporter is None
        and (frame.rejection == "no flow" or (frame.rejection is None and frame.source == "clause"))
    )


#: Between a part of a total and its partner after it, by the way the goods went: "$38 billion
#: went to China", "$4.1 billion came from Vietnam", "$9 billion was sent to India", the verb gapped
#: after the first part ("and $10 billion to the US").
_PART_WENT: Final = re.compile(
    r"\s+(?:(?:was|were)\s+)?(?:(?:went|headed|sent|came|originated)\s+)?(?P<way>to|from)\s+(?:the\s+)?"
)


def _share_partner(text: str, money: Money, flow: str, mentions: list[CountryMention]) -> str | None:
    """The partner of a part of the world total told right before: the country right before
    the amount ("China accounted for $5.3 billion"), or the one the goods went to or came from
    right after it ("Of the total, $4.1 billion came from Vietnam"), the way fitting the total's
    flow (exports go to, imports come from); else None."""
    before = [m for m in mentions if m.end <= money.start]
    gap = _SHARE_GAP.fullmatch(text, before[-1].end, money.start) if before else None
    if gap is not None:
        # ("China took $38 billion" of exports: a buyer, who takes no part of imports; "China
        # supplied $9 billion" of imports: a seller, who takes no part of exports)
        if (gap.group("buyer") and flow != "exports") or (gap.group("seller") and flow != "imports"):
            return None
        return before[-1].iso3
    after = next((m for m in mentions if m.start >= money.end), None)
    went = _PART_WENT.fullmatch(text, money.end, after.start) if after is not None else None
    if after is None or went is None:
        return None
    return after.iso3 if (flow, went.group("way")) in (("exports", "to"), ("imports", "from")) else None


#: A possessive that opens a sentence and points back at a country already told ("Its largest
#: trading partners were ...", "The country's main markets were ..."), a quotation mark at most before.
_OPENING_POSSESSIVE: Final = re.compile(r"[\"“‘']?(?:Its|The\s+(?:country|nation|republic|kingdom)['’]s)\s")

#: Between a ranked partner and its amount in parentheses: "China ($5.3 billion)".
_PARENTHESIS_GAP: Final = re.compile(r"\s*\(\s*")


def _possessed_by_world_total(
    text: str, reading: SentenceReading, ctx: DocumentContext, index: int,
    mentions: Callable[[], list[CountryMention]],
) -> SentenceReading:  # fmt: skip
    """A ranking whose owner is a possessive opening the sentence ("Uzbekistan's turnover reached
    $27.1 billion. Its largest trading partners were China ($5.3 billion) and Russia ..."): the
    owner is the reporter of the total with the world told right before, as when the sentence
    names it ("Uzbekistan's largest ..."); the country right before the amount in parentheses is
    the partner (it had been read as the reporter, with no partner)."""
    if (
        index - ctx.world_sentence != 1
        or ctx.world_reporter is None
        or _OPENING_POSSESSIVE.match(text) is None
    ):
        return reading
    frames = list(reading.frames)
    for k, frame in enumerate(frames):
        if frame.partner is not None or frame.reporter in (None, ctx.world_reporter) or frame.rejection:
            continue
        before = [m for m in mentions() if m.end <= frame.money.start]
        if not before or before[-1].iso3 != frame.reporter:
            continue
        if _PARENTHESIS_GAP.fullmatch(text, before[-1].end, frame.money.start) is None:
            continue
        frames[k] = evolve(frame, reporter=ctx.world_reporter, partner=frame.reporter)
    return replace(reading, frames=tuple(frames))


def _labelled_by_period(text: str, frame: Frame) -> bool:
    """Whether the sentence is a period line (`_PERIOD_LINE`) whose label is the frame's
    period and whose amount is the frame's."""
    line = _period_line(text)
    return (
        line is not None
        and frame.period is not None
        and (frame.period.start, frame.period.end)
        == (line.start(1), line.start(1) + len(line.group(1).rstrip()))
        and frame.money.start == line.end()
    )


def _is_period_line(text: str, published: date | None) -> bool:
    """Whether a sentence is a period line (`_PERIOD_LINE`) whose whole label is a period."""
    line = _period_line(text)
    if line is None or not has_digit(line.group(1)):
        return False
    label = line.group(1).rstrip()
    return any(p.start == 0 and p.end == len(label) for p in find_periods(label, published))


def _list_total(
    ctx: DocumentContext, index: int, found: list[TradeMention]
) -> tuple[Direction, str | None] | None:
    """The sides of the pair's two-way trade an earlier item of the same list gave, for an item
    labelled only by a period: a box of one pair's figures ("* Two-way trade: $1.12 billion in
    2023", "* Vietnam's exports to Nigeria: ...", then "* January-February 2024: $171 million")
    leads with the pair's total, and an item naming no flow goes on with it, not with the
    exports or imports that break it down. None when no earlier item gave a total of all goods."""
    told = {ctx.sentences[j].start for j in _list_span(ctx, index) if j < index}
    total = next(
        (
            m
            for m in reversed(found)
            if m.evidence_start in told and m.flow == "turnover" and m.product is None
        ),
        None,
    )
    return (
        (Direction("turnover", total.reporter_iso3, total.partner_iso3), None) if total is not None else None
    )


def _fiscal_label(period: Period, reporter: str, published: date | None) -> Period | None:
    """A period line's fiscal-year label read in the calendar of its heading's reporter (the
    line names no country, so the story's home may have been taken for it)."""
    read = _find_periods_for(period.text, published, reporter)
    whole = next((p for p in read if p.start == 0 and p.end == len(period.text)), None)
    return replace(whole, start=period.start, end=period.end) if whole is not None else None


def _heading_flow(
    ctx: DocumentContext, index: int, published: date | None
) -> tuple[Direction, str | None] | None:
    """The flow, sides and goods of the heading (a sentence ending in ":") right above the
    block of period lines sentence `index` stands in; None without such a heading, or when
    it names no partner."""
    j = index - 1
    while j >= 0 and _is_period_line(ctx.sentences[j].text, published):
        j -= 1
    heading = ctx.sentences[j].text if j >= 0 else ""
    if not heading.endswith(":"):
        return None
    stated = _statement(heading)
    if stated is None:
        return None
    flow, reporter, partner = stated
    reporter = reporter or ctx.other_side(partner)
    if reporter is None or reporter == partner:
        return None
    return Direction(flow, reporter, partner), _topic_product(heading, flow)


def _later_figure_concluded_on(
    frame: Frame, mention: TradeMention, ctx: DocumentContext, found: list[TradeMention], index: int
) -> int | None:
    """Index in `found` of the figure a concluded change is of, when that is not the amount it
    follows: "Nigeria exported goods worth N2.07 trillion to Spain in Q2 2024. ... exports to Spain
    were N1.25 trillion in Q2 2023, meaning shipments ... rose by about 65.6%": the change compares
    the two figures, so it is the later one's, told in this sentence or the two before, of the
    same flow, sides and goods, and without a change yet. None otherwise."""
    if not frame.concluded or mention.change_pct is None:
        return None
    for j, fact in _recent_facts(ctx, found, index):
        if (
            (fact.flow, fact.reporter_iso3, fact.partner_iso3, fact.product)
            == (mention.flow, mention.reporter_iso3, mention.partner_iso3, mention.product)
            and fact.change_pct is None
            and fact.period_start > mention.period_end
        ):
            return j
    return None


def _seller(frame: Frame, direction: Direction, text: str) -> str | None:
    """The country whose goods a buyer bought, when the figure is an import its importer is
    the subject of a buying verb for ("the US bought $214 million of Vietnamese shrimp"): the
    sentence tells the seller's sales from the buyer's side, so exports told next without an
    exporter ("Shipments to Japan slipped ...") are the seller's, not the buyer's."""
    if direction.flow != "imports" or frame.reporter is None or _BUYING_VERB.search(text) is None:
        return None
    return direction.partner


def _list_lead(
    frame: Frame, resolved: dict[int, _Resolved], ctx: DocumentContext, index: int
) -> _Resolved | None:
    """The sentence's own figure a ranked item with no flow of its own follows, when it is of
    the home country of a ranking an earlier sentence opened by another flow ("Exports went
    mainly to Spain, ... . Goods were mainly imported from China valued at N2.7 trillion,
    Belgium (N1.1 trillion) and India (N812 billion)": Belgium is an import source, not the
    next export market). None when the sentence opened the ranking or has no such figure."""
    if frame.flow is not None or ctx.ranking_sentence == index:
        return None
    lead = next((r for r in reversed(resolved.values()) if not r.comparison), None)
    if lead is None or lead.direction.reporter != ctx.ranking_home or lead.direction.flow == ctx.ranking_flow:
        return None
    return lead


def _ranked_after_foreign_reporter(
    last: TradeMention, ranked: str | None, ctx: DocumentContext
) -> tuple[Direction, str | None] | None:
    """A place in a ranking told right after a figure reported by the foreign side, about the
    story's home country as partner ("NAIROBI - Pakistan bought tea worth Sh 52 billion from
    Kenya, and Egypt was second with Sh 31 billion"): a story ranks its home country's partners,
    so the ranked country takes the foreign reporter's place (Egypt's imports of Kenyan tea),
    with the figure's flow and goods, not the home country's (it had been Pakistan's imports
    from Egypt). None when the figure is the home country's own."""
    home = ctx.home()
    if ranked is None or home is None or last.partner_iso3 != home or ranked in (home, last.reporter_iso3):
        return None
    return Direction(last.flow, ranked, home), last.product


def _whole_of_item(found: list[TradeMention], last: TradeMention, value: float) -> TradeMention:
    """The figure an item of goods with no flow of its own is a part of: the last one told,
    unless the item is worth more than it, as a part cannot be ("Exports reached $286 million,
    ahead of imports ($94 million). Rice accounted for the lion's share: $131 million": the
    rice is of the exports); then the latest figure of the same sentence it fits in."""
    if value <= last.value:
        return last
    for fact in reversed(found):
        if fact.evidence_start != last.evidence_start:
            break
        same_pair = {fact.reporter_iso3, fact.partner_iso3} == {last.reporter_iso3, last.partner_iso3}
        if same_pair and fact.currency == last.currency and value <= fact.value:
            return fact
    return last


def _note_bloc_ranking(frame: Frame, ctx: DocumentContext, index: int) -> None:
    """A market ranking whose amount is a bloc's ("China was the country's second-biggest export
    market, followed by the EU with $43.1 billion") gives no figure, but opens the ranking as
    one with an amount would: the next sentence goes on with it ("Japan came third at $20.3
    billion"), for the home the ranking is of (that of its first country, the frame's partner).
    The ranking's own period ("... export market in 2024, followed by the EU with ...") is the
    story's from then on, as any figure's is: the next item is of 2024, not of a month before."""
    home = frame.reporter or (ctx.other_side(frame.partner) if frame.partner is not None else None)
    if home is None or frame.flow is None:
        return
    ctx.note_ranking(home, index, frame.flow, frame.product)
    if frame.period is not None and not frame.period.comparison:
        ctx.period = (frame.period.period_start, frame.period.period_end)


def _ranked_flow(text: str, memo: list[str | None]) -> str | None:
    """ "..., making China the largest source of its imports": the flow `text` ranks partners
    by (`market_flow`), computed once per sentence into `memo`."""
    if not memo:
        memo.append(market_flow(lower_same_length(text)))
    return memo[0]


def _blocs_of(text: str) -> list[BlocMention]:
    """The blocs `text` names, by name or again as "the bloc" (`bloc_anaphors`), left to right,
    non-overlapping: an anaphor that holds a named bloc or region ("the Mercosur bloc", "the
    African bloc") is that bloc, named (it starts at "the", before the name, so it had been
    kept beside it)."""
    named = find_blocs(text)
    again = bloc_anaphors(text)
    if not again:
        return named
    return sorted(
        [*named, *(b for b in again if not any(n.start < b.end and b.start < n.end for n in named))],
        key=lambda b: b.start,
    )


def _reading(
    text: str, moneys: list[Money], published: date | None, ctx: DocumentContext,
    carried_cue: tuple[int, int, str, str] | None = None,
) -> SentenceReading:  # fmt: skip
    """The sentence read by the clause grammar, with its countries, periods and changes
    (`carried_cue`: the flow a sentence-opening "Those to ..." stands for)."""
    mentions = find_countries(text)
    # "SA exports to the UK" in a South African story: initials for a side the sentence lacks,
    # or a side it names again in another spelling ("exports to the RoK ..., while imports from
    # the ROK ...": each figure needs its own country slot)
    named = {m.iso3 for m in mentions}
    initials = [m for m in initials_mentions(text, ctx.salient) if len(named) < 2 or m.iso3 in named]
    if initials:
        taken = [(m.start, m.end) for m in mentions]
        initials = [m for m in initials if not any(s < m.end and m.start < e for s, e in taken)]
        mentions = sorted([*mentions, *initials], key=lambda m: m.start)
    sides = (
        cross_strait_mentions(text, ctx.salient)
        + mainland_mentions(text, ctx.salient)
        + inter_korean_mentions(text)
        + both_of_a_name(text)
    )
    if sides:  # "Cross-strait trade fell 3.2 percent": Taiwan and China as a pair; "the mainland"
        # (the sides in place of a mention they cover: the "Korean" of "inter-Korean")
        mentions = [m for m in mentions if not any(s.start < m.end and m.start < s.end for s in sides)]
        mentions = sorted([*mentions, *sides], key=lambda m: m.start)
    blocked = [(m.start, m.end) for m in moneys] + blocked_spans(text)
    slots = country_slots(text, mentions, blocked)
    guessed = _fiscal_guess(text, ctx, slots)
    thai = _buddhist_era(text, ctx)
    periods = _find_periods_for(text, published, guessed, told_before=ctx.period, buddhist_era=thai)
    blocs = [b for b in _blocs_of(text) if not any(s <= b.start < e for s, e in blocked)]
    changes = find_changes(text)
    reading = read_sentence(text, moneys, changes, periods, slots, blocs, published, carried_cue)
    if not any(_fiscal_labelled(p) for p in periods):
        return reading
    # a fiscal label is read in the calendar of the side that reports the figures, which the
    # reader settles; `_periods_of` could only guess it from the prepositions ("Exports from
    # Bangladesh to Japan rose to Tk 15,340 crore in FY24": Bangladesh's July-June year)
    # (a side that reports by calendar year has no "2023-24 financial year": the guess, which
    # then falls to the other side's fiscal year, stands)
    reporter = _settled_reporter(reading)
    if reporter is None or fiscal_start_month_for(reporter) == 1 or _same_calendar(reporter, guessed):
        return reading
    periods = _find_periods_for(text, published, reporter, told_before=ctx.period, buddhist_era=thai)
    return read_sentence(text, moneys, changes, periods, slots, blocs, published, carried_cue)


def _settled_reporter(reading: SentenceReading) -> str | None:
    """The one side that reports every directed figure the reader kept with a fiscal-year period,
    else None (a turnover has no reporting side; two reporters, no one calendar)."""
    reporters = {
        f.reporter
        for f in reading.frames
        if f.rejection is None
        and f.reporter is not None
        and f.flow in ("exports", "imports")
        and f.period is not None
        and _fiscal_labelled(f.period)
    }
    return next(iter(reporters)) if len(reporters) == 1 else None


def _fiscal_labelled(period: Period) -> bool:
    """Whether a period was read from a fiscal-year label (or in a fiscal calendar)."""
    return period.fiscal or period.granularity == "fiscal_year"


def _same_calendar(a: str | None, b: str | None) -> bool:
    """Whether two sides date a fiscal label alike (the same first month and day, and the label
    naming the same one of the two years the fiscal year spans)."""
    return _fiscal_start(a) == _fiscal_start(b)


def _fiscal_start(iso3: str | None) -> tuple[int, int, bool]:
    """When a side's fiscal year starts, and whether its label names the year it starts in."""
    return fiscal_start_month_for(iso3), fiscal_start_day_for(iso3), iso3 in FISCAL_YEAR_NAMED_BY_START


def _periods_of(text: str, published: date | None, ctx: DocumentContext) -> list[Period]:
    """The periods of a sentence read on its own (a heading, a line of a list), a fiscal-year
    label read in the fiscal calendar of the country it reports for as the prepositions tell
    it (`_fiscal_guess`; `_reading`, which reads a sentence's figures too, reads the label
    again when the figures' reader settles on another); "a year earlier" with no period of its
    own sentence goes back from the story's period."""
    thai = _buddhist_era(text, ctx)
    return _find_periods_for(
        text, published, _fiscal_guess(text, ctx), told_before=ctx.period, buddhist_era=thai
    )


def _buddhist_era(text: str, ctx: DocumentContext) -> bool:
    """Whether the years of `text` are of the Thai Buddhist Era: it writes one (a cheap test
    first) and the story is Thai."""
    return has_buddhist_year(text) and ctx.buddhist_era()


def _fiscal_guess(text: str, ctx: DocumentContext, slots: list[CountrySlot] | None = None) -> str | None:
    """The side whose fiscal calendar the prepositions say dates a sentence's fiscal labels
    (`_fiscal_reporter`), None for a sentence that tells no fiscal year; slots are read only
    then, when the caller has none."""
    if not _tells_fiscal(text):
        return None
    return _fiscal_reporter(text, slots if slots is not None else _slots_of(text), ctx)


def _find_periods_for(
    text: str,
    published: date | None,
    reporter: str | None,
    told_before: tuple[date, date] | None = None,
    buddhist_era: bool = False,
) -> list[Period]:
    """The periods of `text`, a fiscal-year label read in the fiscal calendar of `reporter` (a
    calendar-year country's "FY2025" is 2025; with no reporter the periods module's default),
    its years in the Buddhist Era when `buddhist_era` (a Thai story's)."""
    fiscal_month = fiscal_start_month_for(reporter) if reporter is not None else None
    return find_periods(
        text, published, fiscal_month, reporter in FISCAL_YEAR_NAMED_BY_START,
        told_before=told_before, fiscal_start_day=fiscal_start_day_for(reporter), buddhist_era=buddhist_era,
    )  # fmt: skip


def _own_fiscal_year(text: str, iso3: str, ctx: DocumentContext) -> bool:
    """Whether the fiscal year of `text` is told as that of `iso3`: "<Country>'s fiscal year",
    or figures of the statistics office of `iso3` the story quotes."""
    if ctx.source_country() == iso3:
        return True
    return iso3 in _fiscal_owners(text)


@lru_cache(maxsize=16)
def _fiscal_owners(text: str) -> frozenset[str]:
    """The countries whose fiscal year `text` names by their possessive ("Fiji's 2023-24
    fiscal year"), read once per sentence for all its reporters."""
    if _FISCAL_OF_OWNER.search(text) is None:  # (one scan before the countries are looked up)
        return frozenset()
    return frozenset(m.iso3 for m in find_countries(text) if _FISCAL_OF_OWNER.match(text, m.end) is not None)


#: A possessive before the fiscal-year words it owns, past a year label at most ("Fiji's
#: 2023-24 fiscal year", "Samoa's financial year").
_FISCAL_OF_OWNER: Final = re.compile(r"['’]s\s+(?:[\d/-]+\s+)?(?:fiscal|financial|budget)\s+year\b")


def _fiscal_reporter(text: str, slots: list[CountrySlot], ctx: DocumentContext) -> str | None:
    """The country whose fiscal calendar dates a sentence's figures: the reporting side's (a
    country not after "to"/"from"/"with"); when only partners are named, the side the story
    gives them ("Imports from India stood at Tk 98,500 crore in FY24" in a Bangladeshi
    story: Bangladesh's July-June year), else a partner's; for a sentence that names no
    country, the story's home country, else the other side of the story's pair when only it
    keeps a fiscal year ("Bilateral trade stood at $8.9 billion in the 2023-24 financial
    year" in a Muscat story on Oman and India: a calendar-year country has no "2023-24
    financial year", so it is India's April-March one). None when they all report by
    calendar year."""
    partner_roles = ("to", "from", "with")
    slots = _before_last_fiscal_label(text, slots)
    reporters = [s.iso3 for s in slots if s.role not in partner_roles]
    partners = [s.iso3 for s in slots if s.role in partner_roles]
    if partners and not reporters:
        implied = ctx.other_side(partners[0])
        reporters = [implied] if implied is not None else []
    for iso3 in [*reporters, *partners]:
        if fiscal_start_month_for(iso3) != 1:
            return iso3
        if iso3 in reporters and _own_fiscal_year(text, iso3, ctx):
            return iso3  # the year is its own, the calendar year: not a partner's
    if slots:
        return None  # the sentence's own countries report by calendar year
    home = ctx.home()  # "During April-December 2022-23, the exports ..."
    if home is None or fiscal_start_month_for(home) != 1:
        return home
    pair = ctx.story_pair()  # (only when home reports by calendar year: then the other side)
    if pair is None or home not in pair:
        return None
    return next((iso3 for iso3 in pair if fiscal_start_month_for(iso3) != 1), None)


def _before_last_fiscal_label(text: str, slots: list[CountrySlot]) -> list[CountrySlot]:
    """The slots that may report the sentence's fiscal labels: not those past a comma after
    the last one, in a clause of their own ("... in 2023-24, down from A$109.3 billion in
    2022-23, when prices spiked after Russia's invasion of Ukraine": Russia reports none)."""
    ends = [m.end() for m in _FISCAL_WORDS.finditer(text)]
    if not ends:
        return slots
    comma = text.find(",", ends[-1])
    return slots if comma < 0 else [s for s in slots if s.start < comma]


def _attach_orphan_change(
    sentence: Sentence, index: int, published: date | None, ctx: DocumentContext, found: list[TradeMention]
) -> None:
    """ "That was 12 percent more than a year before.": a change with no amount of its own."""
    changes = find_changes(sentence.text)
    stated = [c for c in changes if c.kind == "change" and c.pct is not None]
    if _give_changes_by_flow(ctx, found, stated, index, sentence.text):
        return
    reading = read_sentence(sentence.text, [], changes, [], [], [], published)
    if reading.orphan_change is None:
        return
    periods = _stated_periods(sentence.text, published)  # read by both tests below
    # (two changes, "fell 9.2% from July but were up 5.6% year-on-year": which the figure's is
    # not told)
    named = _named_figure(ctx, found, index, sentence.text, periods) if len(stated) == 1 else None
    if named is not None:
        found[named] = replace(found[named], change_pct=reading.orphan_change)
    elif not _of_another_period(periods, ctx, found):
        _give_change(ctx, found, reading.orphan_change, index, sentence.text)


def _change_told_before(
    ctx: DocumentContext, index: int, mention: TradeMention, published: date | None
) -> float | None:
    """The one change that the sentence right before states, with no amount of its own, of the
    same flow, sides and period as this sentence's first figure (all goods, no change of its
    own): "Norwegian exports to Peru fell by a quarter in the first half. Goods worth 2.1
    billion kroner were shipped to the Andean country in January-June" (a lead tells the
    change, the next sentence the figure); else None."""
    before = ctx.sentences[index - 1].text
    if (mention.product is not None and not _goods_of_flow_named(before, mention.product)) or find_money(
        before
    ):
        return None
    stated = [c for c in find_changes(before) if c.kind == "change" and c.pct is not None]
    # (the flow the clause states, not a subordinate clause's after it: "..., as sweeping U.S.
    # tariffs started to bite into shipments of cars" names another flow and the partner again)
    statement = _statement(_SUBORDINATE_TAIL.split(before, 1)[0]) if len(stated) == 1 else None
    if statement is None:
        return None
    flow, reporter, partner = statement
    if (
        flow != mention.flow
        or partner != mention.partner_iso3
        or reporter not in (None, mention.reporter_iso3)
    ):
        return None
    # (a record's starting point is no period of the lead's: "plunged 34.5% in May, the sharpest
    # drop since February 2020"; "have fallen 30% since 2020" then states none, and gives nothing)
    periods = _stated_periods(before, published, _STARTING_POINT)
    if periods != [(mention.period_start, mention.period_end)]:
        return None
    return stated[0].pct


def _goods_of_flow_named(text: str, product: str) -> bool:
    """Whether `text` names the goods as its flow's own ("Chile's copper exports to China rose 12%
    in May"): the change it states is of those goods, which a figure of them after it takes
    ("The shipments were worth $2.9 billion"); goods named elsewhere ("driven by copper") are
    a part of the flow, whose change is not theirs."""
    return re.search(rf"(?i)\b{re.escape(product)}\s+{_FLOW_NOUN_AFTER_GOODS}", text) is not None


_FLOW_NOUN_AFTER_GOODS: Final = r"(?:exports?|imports?|shipments?|sales|purchases|trade)\b"


#: A comma and a conjunction that opens a clause of its own after the statement of a sentence.
_SUBORDINATE_TAIL: Final = re.compile(r",\s+(?:as|while|whereas|because|although|though|amid|despite)\s")


#: The preposition of a period that a change or a record runs from, not one a figure is of.
_STARTING_POINT: Final = frozenset(["since"])


def _stated_periods(
    text: str, published: date | None, skipped: frozenset[str] = frozenset()
) -> list[tuple[date, date]]:
    """The periods a sentence states as its own, not the period of a comparison, nor one after
    a preposition in `skipped`. A month without its year counts ("Imports from the US fell 4.2
    percent in July." after an August figure): its year is read from the publication date as
    the figure's was."""
    return [
        (p.period_start, p.period_end)
        for p in find_periods(text, published)
        if not p.comparison and p.preposition not in skipped
    ]


def _named_figure(
    ctx: DocumentContext, found: list[TradeMention], index: int, text: str, periods: list[tuple[date, date]]
) -> int | None:
    """Index in `found` of the figure a sentence with a change and no amount names by its flow
    and partner, though other figures or a sentence came between: "Exports to China rose 11.3
    percent ..." after a lead that went on to the United States and India, or after a
    sentence of shares.
    The figure is the latest of that flow to that partner (from that reporter, if named) told
    in the two sentences before, without a change yet, of the period the sentence states if
    it states one (`periods`, from `_stated_periods`); nothing when the sentence names a bloc
    or a third country, or other goods."""
    stated = _statement(text)
    if stated is None or _ANOTHER_MATTER.match(text):
        return None
    flow, reporter, partner = stated
    for j, fact in _recent_facts(ctx, found, index):
        if fact.flow != flow or fact.partner_iso3 != partner or reporter not in (None, fact.reporter_iso3):
            continue
        if fact.change_pct is not None:
            return None
        if periods and (fact.period_start, fact.period_end) not in periods:
            return None
        sides = {fact.reporter_iso3, fact.partner_iso3}
        if any(m.iso3 not in sides for m in find_countries(text)):
            return None
        if _of_other_goods(text, flow_cues(text), fact) or (
            fact.product is not None and _ALL_GOODS.search(text)
        ):
            return None
        return j
    return None


#: Prepositions that make a period a starting point or a deadline, not the span a change was
#: measured over: "has doubled since 2015", "to double by 2030".
_NOT_A_SPAN: Final = frozenset(["since", "by", "until", "till", "from", "through", "to"])


def _one_plain_span(text: str, published: date | None) -> Period | None:
    """The one span a sentence tells as its own, or None when it tells none or several: no
    comparison, look back, start point or deadline, and nothing ahead of publication (a goal
    or forecast is no span the story reports)."""
    told = [
        p
        for p in find_periods(text, published)
        if not p.comparison and not p.looks_back and p.preposition not in _NOT_A_SPAN
    ]
    if len(told) != 1 or (published is not None and told[0].period_end > published):
        return None
    return told[0]


def _note_told_period(text: str, published: date | None, ctx: DocumentContext) -> None:
    """A trade sentence with a change and no amount ("Re-exports of cars to Chile jumped
    1.4-fold over the nine months.") still tells the span the story now reports: the figures
    after it without a period of their own are of that span, not of the one before it.
    Only one plain span counts (no comparison, start point or deadline, nothing ahead of
    publication); "the nine months" of the same length as the story's period is that period."""
    if not _speaks_of_trade(text) or not find_changes(text):
        return
    told = _one_plain_span(text, published)
    if told is None:
        return
    period = (told.period_start, told.period_end)
    if told.inferred and ctx.period is not None and _months(period) == _months(ctx.period):
        return  # "over the nine months" after "in January-September 2023": that same span
    ctx.period = period


def _of_another_period(
    periods: list[tuple[date, date]], ctx: DocumentContext, found: list[TradeMention]
) -> bool:
    """Whether a sentence with a change and no amount states its own period (`periods`, from
    `_stated_periods`), other than the last figure's: "In the first nine months of this year,
    exports grew by 14.2 percent" after a 2023 figure is a change of 2024, which no figure here
    has."""
    if ctx.last_fact is None:
        return False
    last = found[ctx.last_fact]
    return bool(periods) and all(period != (last.period_start, last.period_end) for period in periods)


def _give_changes_by_flow(
    ctx: DocumentContext, found: list[TradeMention], stated: list[Change], index: int, text: str
) -> bool:
    """ "Exports decreased by 4.2%, while imports grew by 1.1%." right after a sentence with
    both figures: each change goes to the last figure of the flow named before it. True when
    the sentence is read so (two or more changes with a percentage, `stated`, each after its
    own flow word)."""
    if len(stated) < 2 or ctx.last_fact is None or index - ctx.last_sentence > 1:
        return False
    cues = flow_cues(text)
    flows = []
    for i, change in enumerate(stated):
        since = stated[i - 1].end if i else 0
        own = [cue for cue in cues if since <= cue[0] < change.start]
        if not own:
            return False
        flows.append(own[-1][3])
    if len(set(flows)) < len(flows):
        return False
    last = found[ctx.last_fact]
    if (
        any(m.iso3 not in (last.reporter_iso3, last.partner_iso3) for m in find_countries(text))
        or find_blocs(text)
        or bloc_anaphors(text)
    ):
        return False
    for change, flow in zip(stated, flows, strict=True):
        target = next(
            (j for j in range(len(found) - 1, -1, -1)
             if found[j].evidence_start == last.evidence_start and found[j].flow == flow),
            None,
        )  # fmt: skip
        if target is not None and found[target].change_pct is None:
            found[target] = replace(found[target], change_pct=change.pct)
    return True


def _give_change(
    ctx: DocumentContext, found: list[TradeMention], pct: float, index: int, text: str,
    last_before: tuple[int | None, int] | None = None,
) -> None:  # fmt: skip
    """Give a change stated right after a figure to that figure, when the sentence speaks of
    it: by a back-reference ("the figure"), or by the same flow between the same countries.
    `last_before` is the last figure before this sentence when the sentence has figures of
    its own ("The figure is 4% higher than in 2022, when exports reached ...")."""
    last_fact, last_sentence = last_before or (ctx.last_fact, ctx.last_sentence)
    if last_fact is None or index - last_sentence > 1:
        return
    last = found[last_fact]
    if last.change_pct is not None:
        return
    cues = flow_cues(text)
    if cues and all(flow != last.flow for *_, flow in cues):
        # "... trade turnover between the countries decreased by 8.1 percent" after the turnover,
        # exports and imports figures: the latest figure of the flow named, told just before
        earlier = _recent_figure_of(ctx, found, {flow for *_, flow in cues}, last, index)
        if earlier is None:
            return  # "Exports rose 12 percent" after a turnover figure
        last_fact, last = earlier, found[earlier]
    if (
        not cues
        and not ANAPHOR.search(text)
        and not _POINTS_BACK_FIRST.match(text)
        and not _CHANGE_NOUN_FIRST.match(text)
    ):
        return  # "That was 8% less than in 2022." points back; "Inflation rose 3%" does not
    if _ANOTHER_MATTER.match(text):
        return  # "Separately, Indonesian furniture sales grew 12 percent"
    if cues and _told_of_another_reporter(text, last):
        return  # "Indonesia's exports to Australia grew 12 percent" after Australia's exports
    if any(
        m.iso3 not in (last.reporter_iso3, last.partner_iso3) for m in find_countries(_before_result(text))
    ):
        return  # the change is about another country
    if find_blocs(text) or bloc_anaphors(text):
        return  # "..., while shipments to the eurozone slipped 2 percent": a bloc's change
    if last.product is not None and _ALL_GOODS.search(text):
        return  # "Total exports to Algeria were up 14 percent" after the dairy figure
    if cues and not _POINTS_BACK_FIRST.match(text) and _world_totals_only(text, cues, last):
        return  # "Samoa's total imports grew 9 percent" after its imports from New Zealand
    if _of_other_goods(text, cues, last):
        return  # "Exports of display panels to Vietnam jumped 1.5-fold" after all goods' figure
    found[last_fact] = replace(last, change_pct=pct)


#: A participle clause of the change's result: ", making Saudi Arabia the second-largest buyer
#: ... after Germany", ", putting China ahead of ...".
_RESULT_CLAUSE: Final = re.compile(r",\s+(?:making|putting|leaving|placing|keeping|lifting|pushing)\s")


def _before_result(text: str) -> str:
    """The sentence up to a participle clause of the change's result: the countries that clause
    ranks the partner among are not whose change it is ("The earnings were 23 percent higher
    ..., making Saudi Arabia the second-largest buyer of Ethiopian coffee after Germany")."""
    result = _RESULT_CLAUSE.search(text) if ", " in text else None
    return text[: result.start()] if result is not None else text


def _of_other_goods(text: str, cues: list[tuple[int, int, str, str]], last: TradeMention) -> bool:
    """Whether the sentence's flow of the last figure is restricted to goods other than the
    figure's ("Exports of display panels ... jumped 1.5-fold" after all exports to Vietnam):
    its change is those goods' own, not the figure's. Flow nouns only: a verb's goods are
    read up to an amount, which this sentence has none of. Only the flow the change is told of,
    before it: "..., a decline they attributed to a slump in wine sales" is a cause."""
    told = min((c.start for c in find_changes(text)), default=len(text))
    for cue in cues:
        if cue[3] != last.flow or cue[2] in FLOW_VERBS or cue[0] > told:
            continue
        product = _noun_goods(text, cue)
        if product is not None and product != last.product:
            return True
    return False


def _noun_goods(text: str, cue: tuple[int, int, str, str]) -> str | None:
    """The goods a flow noun of a sentence with no amount of its own is restricted to ("Cocoa
    imports", "Exports of display panels"): read as for a figure's, with the amount put past
    the text's end."""
    start, end, word, flow = cue
    return flow_product(text, flow, start, end, word, 0, Money(len(text), len(text), 0.0, None, ""))


def _slots_of(text: str) -> list[CountrySlot]:
    """The country slots of a sentence read on its own."""
    return country_slots(text, find_countries(text), blocked_spans(text))


def _statement(text: str) -> tuple[str, str | None, str] | None:
    """(flow, reporter, partner) a sentence without a figure states (see `read_statement`)."""
    return read_statement(text, _slots_of(text), _blocs_of(text))


#: Openers of a sentence about something else than the figure told before.
_ANOTHER_MATTER: Final = re.compile(
    r"(?i)\s*(?:separately|elsewhere|in other news|by contrast|in contrast)\b"
)


#: Openers that start another item of news ("In other news", "Separately", "Elsewhere"): a figure
#: after one that names no country of its own is none of the pair told before ("by contrast"
#: sets another flow of the same sides against it, and is left out).
_NEW_ITEM: Final = re.compile(
    r"(?i)\s*(?:separately|elsewhere|in\s+other\s+news|in\s+(?:a\s+)?(?:separate|unrelated)\s+development)\b"
)


def _told_of_another_reporter(text: str, last: TradeMention) -> bool:
    """Whether the sentence's own flow has a stated reporter other than the last figure's."""
    stated = _statement(text)
    return stated is not None and stated[1] is not None and stated[1] != last.reporter_iso3


#: Words that speak of all goods, not of the product of the figure told before.
_ALL_GOODS: Final = re.compile(r"(?i)\b(?:total|overall|all)\b")

#: A word that makes a flow word the reporter's total with the world, right before it ("total
#: merchandise imports", "overall exports", "global sales"), as `_WORLD_MODIFIER` reads it in
#: trade_frames.
_WORLD_WHOLE_BEFORE: Final = re.compile(
    r"(?i)\b(?:total|overall|global|worldwide|aggregate|entire)\s+"
    r"(?:(?:non-oil|merchandise|goods|commodity|trade)\s+)?$"
)
#: Words that set the flow word between the pair again ("total imports from the islands",
#: "overall trade between the two"): the figure's own flow, not the world's.
_PAIR_AGAIN: Final = re.compile(rf"(?i)\b(?:{'|'.join(PAIR_WORDS)}|between|both|the\s+two|from|to|with)\b")


def _world_totals_only(text: str, cues: list[tuple[int, int, str, str]], last: TradeMention) -> bool:
    """Whether a change sentence after a figure between two countries speaks only of the
    reporter's totals with the world: each flow word is a total ("Samoa's total merchandise
    imports grew 9 percent over the year." after Samoa's imports from New Zealand), the
    sentence names neither the partner nor the pair, and no preposition sets a partner after
    the flow word ("total imports from the islands rose 9%" is the figure's own flow)."""
    if any(_WORLD_WHOLE_BEFORE.search(text, max(0, start - 40), start) is None for start, *_ in cues):
        return False
    if _PAIR_AGAIN.search(text, cues[0][1]) is not None or names_pair(text):
        return False
    return all(m.iso3 == last.reporter_iso3 for m in find_countries(text))


def _recent_figure_of(
    ctx: DocumentContext, found: list[TradeMention], flows: set[str], last: TradeMention, index: int
) -> int | None:
    """Index in `found` of the latest figure of one of `flows`, between the same two countries
    as `last`, without a change yet, told in one of the two sentences before `index`."""
    for j, fact in _recent_facts(ctx, found, index):
        same_pair = {fact.reporter_iso3, fact.partner_iso3} == {last.reporter_iso3, last.partner_iso3}
        if fact.flow in flows and same_pair and fact.change_pct is None:
            return j
    return None


def _recent_facts(
    ctx: DocumentContext, found: list[TradeMention], index: int
) -> Iterator[tuple[int, TradeMention]]:
    """The figures of `found` told in sentence `index` or the two before it, latest first, each
    with its index in `found`: the window a change or a concluded figure without one of its
    own may reach back over. The walk stops at the first figure outside that window (or told
    in no sentence of the story): the ones before it were told earlier still."""
    starts = {s.start: k for k, s in enumerate(ctx.sentences)}
    for j in range(len(found) - 1, -1, -1):
        fact = found[j]
        told = starts.get(fact.evidence_start)
        if told is None or index - told > 2:
            return
        yield j, fact


# ---------------------------------------------------------------------------------------
# Filling a frame's slots


def _resolve(
    frame: Frame,
    resolved: dict[int, _Resolved],
    ctx: DocumentContext,
    index: int,
    found: list[TradeMention],
    partners: frozenset[str],
    published: date | None,
) -> _Resolved | None:
    """The frame's direction, period, product and currency, from the frame, the figures
    before it in the sentence, and the document context; None when a slot stays empty or the
    frame is a total with the world."""
    base = _base(frame, resolved, ctx, index, found, partners)
    if base is None:
        return None
    direction, product = base
    if direction.reporter == direction.partner:
        return None
    if _side_on_route(ctx.sentences[index].text, direction):
        return None  # "Goods were shipped through Kazakhstan to Russia": the transit country sold nothing
    ranked_home = frame.source == "rank" and direction.flow != "turnover"
    if ranked_home and ctx.dateline_country() == direction.partner:
        direction = _mirrored(direction)  # "Senegal remained Mali's leading supplier" in a Dakar story
    period = _period(frame, resolved, ctx, index, published, found)
    if period is None:
        return None
    money = frame.money
    key = unit_key(money) if money.candidates else None
    told = ctx.unit_currencies.get(key) if key is not None else None
    earlier = [
        (r.currency, frozenset((r.direction.reporter, r.direction.partner))) for r in resolved.values()
    ]
    sides = frozenset((direction.reporter, direction.partner))
    currency = sentence_dollar(money, earlier, sides) or figure_currency(
        money, direction.reporter, direction.partner, ctx.local_dollar, told, ctx.shared_unit_home
    )
    if currency is None:
        return None
    if key is not None:
        ctx.unit_currencies.setdefault(key, currency)
    return _Resolved(direction, period, product, currency, frame.comparison)


def _next_with_an_amount(ctx: DocumentContext, told: int, index: int) -> bool:
    """Whether sentence `index` is the next after sentence `told`, or after one sentence between
    that tells a change with no amount ("Kenya sold goods worth Sh145.3 billion to Uganda last
    year. The value was 11.2 percent higher than in 2023. Tanzania came second with Sh72.4
    billion": the change said of the figure goes on with it, and the ranking after it is still of
    that figure; a sentence of another matter between ends it)."""
    if index - told <= 1:
        return True
    if index - told != 2:
        return False
    between = ctx.sentences[index - 1].text
    return _tells_change(between, lowered_for_hints(between)) and not find_money(between)


def _side_on_route(text: str, direction: Direction) -> bool:
    """Whether the sentence names a side of `direction` only as the route of the goods."""
    route = _route_of(text)
    return direction.reporter in route or direction.partner in route


@lru_cache(maxsize=64)
def _routed_without_sender(text: str) -> bool:
    """Whether the sentence tells goods moved in the passive along a named route, its sender
    untold ("Separately, goods worth $1.9 billion were shipped through Singapore to Myanmar"):
    a hub's transit flow, whose origin the sentence leaves open, so no seller is carried over
    from the figures told before it (nor guessed from the story)."""
    return bool(_route_of(text)) and ships_in_passive(text)


@lru_cache(maxsize=64)
def _route_of(text: str) -> frozenset[str]:
    """The transit countries of a sentence, read once for all its figures (the countries are
    found only when a transit word is there: most sentences hold none)."""
    if not may_name_route(text):
        return frozenset()
    return frozenset(transit_countries(text, find_countries(text)))


def _base(
    frame: Frame,
    resolved: dict[int, _Resolved],
    ctx: DocumentContext,
    index: int,
    found: list[TradeMention],
    partners: frozenset[str],
) -> tuple[Direction, str | None] | None:
    """Direction and product: from the figure this one continues or is compared with, from
    a ranking or list, or from the frame's own countries (`_direction`)."""
    previous = resolved.get(max(resolved)) if resolved else None
    last: TradeMention | None
    if frame.source == "comparison":
        owner = resolved.get(frame.owner) if frame.owner is not None else None
        if owner is not None:
            return owner.direction, owner.product
        if frame.owner is None and ctx.last_fact is not None and ctx.recent(index):
            last = found[ctx.last_fact]
            if frame.flow is None or frame.flow == last.flow:
                return Direction(last.flow, last.reporter_iso3, last.partner_iso3), last.product
        return None
    if frame.source == "clause":
        if previous is not None and frame.flow == "turnover" != previous.direction.flow:
            # "exports ... and imports ..., while the total reached ...": the pair's sum, all goods
            return Direction("turnover", previous.direction.reporter, previous.direction.partner), None
        if previous is None and frame.flow is None and _goal_clause_before(ctx, index, frame.money.start):
            # "X and Y plan to bring trade to $300 billion in 2030, while in January-September it
            # fell 8.7 percent to $176 billion": "it" is the trade the goal was of
            pair = _definite_trade_pair(ctx, index)
            return (_home_first("turnover", pair, ctx), None) if pair is not None else None
        return (previous.direction, previous.product) if previous is not None else None
    if frame.source == "anaphor":
        if previous is not None:
            return previous.direction, previous.product
        topic = _figureless_topic(ctx, index)
        if topic is not None:  # "Trade between France and Kenya remains modest. It amounted to ..."
            return topic, _topic_product(ctx.sentences[index - 1].text, topic.flow)
        if ctx.last_fact is not None and ctx.recent(index) and not ctx.world:
            last = _whole_of_its_part(found, ctx.last_fact)
            if frame.flow is not None and frame.flow != last.flow:  # "the exchange" after an import figure
                return Direction(frame.flow, last.reporter_iso3, last.partner_iso3), None
            return Direction(last.flow, last.reporter_iso3, last.partner_iso3), last.product
        # a turnover opening the story's first figure: with no figure before to point back
        # to, "the trade" is the trade of the two sides just told
        first_figure = (
            index
            and ctx.last_fact is None
            and not ctx.world
            # ("... aim to raise trade to $10 billion by 2030. In 2024, it amounted to ...": "it"
            # is the trade the target was of)
            and (
                frame.flow == "turnover"
                or (frame.flow is None and _TRADE_TARGET.search(ctx.sentences[index - 1].text) is not None)
            )
        )
        pair = _definite_trade_pair(ctx, index) if first_figure else None
        if pair is not None:
            return _home_first("turnover", pair, ctx), None
        return None
    if frame.source == "rank":
        open_ranking = index - ctx.ranking_sentence <= 1
        home = frame.reporter or (ctx.ranking_home if open_ranking else None)
        flow = frame.flow or (ctx.ranking_flow if open_ranking else None)
        lead = _list_lead(frame, resolved, ctx, index)
        if lead is not None:  # (its home too: the ranking it is of may be more than a sentence back)
            home, flow, open_ranking = home or lead.direction.reporter, lead.direction.flow, False
        last = (
            found[ctx.last_fact]
            if ctx.last_fact is not None and _next_with_an_amount(ctx, ctx.last_sentence, index)
            else None
        )
        ranked_against: str | None = None  # the goods of the figure the item is ranked against
        if home is None and flow is None and last is not None and last.partner_iso3 != frame.partner:
            buyer = _ranked_after_foreign_reporter(last, frame.partner, ctx)
            if buyer is not None:
                return buyer
            # "Exports to Japan rose to $1.02 billion. The US slipped to second with $980.6 million";
            # "Car exports to France reached MAD 42.1 billion, ahead of Spain (MAD 31.7 billion)":
            # Spain is ranked by the same goods
            home, flow, ranked_against = last.reporter_iso3, last.flow, last.product
        if home is None and frame.flow is not None and frame.partner is not None:
            home = _total_just_told(ctx, index, frame.partner) or ctx.other_side(frame.partner)
        if home is None or frame.partner is None:
            return None
        # (the ranking goes on for the same country: its goods too, whether or not the item names
        # whose ranking it is; a ranking by another flow is a new one, of its own goods: "The
        # largest source of fertiliser imports was X ... Y remained the biggest export market")
        same_home = frame.reporter is None or frame.reporter == ctx.ranking_home
        same_flow = frame.flow is None or frame.flow == ctx.ranking_flow
        product = frame.product or ranked_against
        product = product or (ctx.ranking_product if open_ranking and same_home and same_flow else None)
        return Direction(flow or "turnover", home, frame.partner), product  # "buyer of Kenyan tea"
    if frame.source == "item":
        last = found[ctx.last_fact] if ctx.last_fact is not None and ctx.recent(index) else None
        if last is not None and frame.flow is None:
            last = _whole_of_item(found, last, frame.money.value)
        if last is None or last.flow == "turnover":
            return None  # an item of the last figure, or the top export item after imports: same sides
        return Direction(frame.flow or last.flow, last.reporter_iso3, last.partner_iso3), frame.product
    if frame.world:  # its partner ("imports from China ... overall") is not whose total it is
        pair = (
            _heading_pair(ctx, index) or _list_pair(ctx, index)
            if frame.flow == "turnover" and frame.reporter is None
            else None
        )
        if pair is not None:  # "India-UAE trade at a glance:" then "- Total trade: $83.7 billion"
            return Direction("turnover", *pair), frame.product
        if frame.flow == "turnover" and frame.reporter is None and frame.partner is None:
            pair = _pair_summed(frame, ctx, index, found)
            if pair is not None:  # "Total trade: $4.9 billion" after the pair's $0.8bn and $4.1bn
                return Direction("turnover", *pair), frame.product
        ctx.note_world_total(index, frame.reporter, _told_period(frame), frame.flow, frame.product)
        return None
    if frame.flow == "turnover" and frame.reporter is None and frame.partner is None:
        pair = _heading_pair(ctx, index)
        if pair is not None:  # "Key figures for Uzbekistan-Kazakhstan trade:" then "- Turnover: $3.1 billion"
            return Direction("turnover", *pair), frame.product
    last = found[ctx.last_fact] if ctx.last_fact is not None else None
    split = found[ctx.last_fact - 1] if ctx.last_fact else None  # the whole the last may be a part of
    direction = _direction(frame, previous, ctx, index, partners, last, split)
    if direction is None:
        return None
    return direction, (
        frame.product
        or _goods_of_contrasted_flow(frame, direction, previous)
        or _goods_pointed_back(frame, direction, previous, last if ctx.recent(index) else None)
    )


def _whole_of_its_part(found: list[TradeMention], last: int) -> TradeMention:
    """The figure a later "the figure" points back to: the last one, or, when the last is one
    flow told as a part of the pair's trade in the same sentence ("trade reached BD 1.34
    billion, with imports from China accounting for BD 1.12 billion of the total. Customs data
    put the full-year figure at ..."), that whole."""
    part = found[last]
    split = _whole_of_its_split(found, last)
    if split is not None:
        return split
    whole = found[last - 1] if last > 0 else None
    if (
        whole is not None
        and part.flow != "turnover"
        and whole.flow == "turnover"
        and whole.evidence_start == part.evidence_start
        and {whole.reporter_iso3, whole.partner_iso3} == {part.reporter_iso3, part.partner_iso3}
        and whole.value > part.value
    ):
        return whole
    return part


def _whole_of_its_split(found: list[TradeMention], last: int) -> TradeMention | None:
    """The pair's turnover right before its split into exports and imports of the same period
    ("turnover amounted to $4.4 billion. Exports reached $2.6 billion, while imports totaled $1.8
    billion. In January-March 2025, the figure rose by 7.2% to $1.1 billion."): "the figure"
    after two flows told side by side is neither of them but the whole they split; None when
    the last two figures are no such split of the one before."""
    if last < 2:
        return None
    whole, first, second = found[last - 2], found[last - 1], found[last]
    sides = {whole.reporter_iso3, whole.partner_iso3}
    if (
        whole.flow == "turnover"
        and {first.flow, second.flow} == {"exports", "imports"}
        and all({m.reporter_iso3, m.partner_iso3} == sides for m in (first, second))
        and all(
            (m.period_start, m.period_end, m.currency, m.product)
            == (whole.period_start, whole.period_end, whole.currency, whole.product)
            for m in (first, second)
        )
        and whole.value > max(first.value, second.value)
    ):
        return whole
    return None


#: How far a total may be from the sum of the two flows it adds up: each amount is rounded.
_SUM_TOLERANCE: Final = 0.02


def _pair_summed(
    frame: Frame, ctx: DocumentContext, index: int, found: list[TradeMention]
) -> tuple[str, str] | None:
    """The pair whose exports and imports, told just before, add up to a total that names no
    country ("Imports from India fell to $4.1 billion. Total trade was $4.9 billion" after
    exports of $812 million): a total with the world that is their sum is hardly a chance, so
    it is the pair's turnover. None when no such two figures of one pair and period come
    right before it, or their sum is not the total."""
    if not ctx.recent(index) or ctx.last_fact is None:
        return None
    money = frame.money
    told = found[max(0, ctx.last_fact - 3) : ctx.last_fact + 1]
    for a, b in pairwise(told):
        sides = {a.reporter_iso3, a.partner_iso3}
        if (
            {a.flow, b.flow} == {"exports", "imports"}
            and {b.reporter_iso3, b.partner_iso3} == sides
            and (a.period_start, a.period_end) == (b.period_start, b.period_end)
            and a.currency == b.currency
            and (a.currency == money.currency or a.currency in money.candidates)
            and abs(a.value + b.value - money.value) <= _SUM_TOLERANCE * money.value
        ):
            return a.reporter_iso3, a.partner_iso3
    return None


def _total_just_told(ctx: DocumentContext, index: int, partner: str) -> str | None:
    """Whose market a ranking that names no home ranks, when the sentence right before gave a
    country's total with the world ("Bahrain's exports rose to 3.2 billion dinars. Saudi Arabia
    remained the top destination, taking ..."): that country, even in a digest whose other item
    holds the story's pair (the "US remained the largest export market" otherwise falls back to
    the story's side)."""
    if index - ctx.world_sentence != 1 or ctx.world_reporter == partner:
        return None
    return ctx.world_reporter


def _goods_pointed_back(
    frame: Frame, direction: Direction, previous: _Resolved | None, last: TradeMention | None
) -> str | None:
    """The goods of the figure before, in the sentence or the one before it, for a flow noun
    pointed back to ("Mexico shipped $3.1 billion worth of tomatoes to the United States in 2024.
    In January-May those shipments totalled $1.45 billion"): the same flow, so the same goods,
    when it has that figure's flow and sides."""
    if not frame.pointed:
        return None
    if previous is not None:
        told = previous.direction
        return previous.product if told == direction else None
    if last is None or last.flow != direction.flow:
        return None
    same = (
        {last.reporter_iso3, last.partner_iso3} == {direction.reporter, direction.partner}
        if direction.flow == "turnover"  # trade both ways has no order of its sides
        else (last.reporter_iso3, last.partner_iso3) == (direction.reporter, direction.partner)
    )
    return last.product if same else None


def _goods_of_contrasted_flow(frame: Frame, direction: Direction, previous: _Resolved | None) -> str | None:
    """The goods of the figure before for a bare flow noun set against it with its flow and
    reporter ("Kenya's tea exports to Egypt were worth Sh8.6 billion, while shipments to the
    UAE were valued at Sh4.4 billion": tea to the UAE too); also after a ranked figure, whose
    goods its ranking gives. Not after another flow ("while imports from Egypt ...")."""
    if not frame.contrasted or previous is None:
        return None
    same = previous.direction.flow == direction.flow and previous.direction.reporter == direction.reporter
    return previous.product if same else None


#: The forms of a monarchy a state's own agency names its country by, capitalized, alone: "the
#: Kingdom", "the Sultanate" (a republic, a country or a state are said of others too).
_MONARCHY_FORMS: Final = ("kingdom", "sultanate", "emirate", "principality")
#: The forms of a state that may own a flow instead of its name ("the Kingdom's exports").
_REALM_FORMS: Final = (
    *_MONARCHY_FORMS,
    "republic",
    "country",
    "nation",
    "state",
    "monarchy",
)
#: A state owning the flow by the form of its state, not its name: "the Kingdom's exports",
#: "the Sultanate's imports", "the Gulf state's exports".
_REALM_OWNER: Final = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:"
    + "|".join(f"[{form[0].upper()}{form[0]}]{form[1:]}" for form in _REALM_FORMS)
    + r")['’]s\s"
)
#: What `_REALM_OWNER` cannot match without, as plain substrings: a form of state after its
#: first letter (either case there) and the possessive ("ingdom's", "tate’s"). A cheap test
#: before the pattern, which opens on a word boundary and would be tried at every word.
_REALM_POSSESSIVES: Final = tuple(f"{form[1:]}{mark}s" for form in _REALM_FORMS for mark in "'’")
#: Currencies that are units of account beyond their country's borders, no evidence of whose figure.
_WORLD_UNITS: Final = frozenset(["USD", "EUR", "GBP", "CHF", "JPY", "CNY"])


def _realm_beside(ctx: DocumentContext, index: int, named: str) -> str | None:
    """The other side of "The Kingdom and Jordan traded goods worth ...", "Jordan and the
    Sultanate": a state's own agency names its country by the form of its state, the country of
    the dateline (SPA, BNA, Petra, ONA, MAP). None without such a form, or a dateline of the
    country named."""
    text = ctx.sentences[index].text
    if " and " not in text or _REALM_AND.search(text) is None:
        return None
    home = ctx.dateline_country()
    return home if home not in (None, named) else None


#: The form of a state joined by "and" to another side, no name after it ("the Kingdom of Morocco"
#: is a name the country scan reads): "The Kingdom and Jordan", "Jordan and the Sultanate".
_MONARCHY_NAMES: Final = "(?:" + "|".join(form.capitalize() for form in _MONARCHY_FORMS) + ")"
_REALM_AND: Final = re.compile(
    rf"\b[Tt]he\s+{_MONARCHY_NAMES}\s+and\s+|\band\s+the\s+{_MONARCHY_NAMES}\b(?!\s+of\b)"
)


def _home_of_cargo_from(frame: Frame, ctx: DocumentContext, index: int, origin: str) -> str | None:
    """The dateline's country for goods on the move "from" a country to no place named
    ("TOKYO - Shipments from China rose 3.1% to ¥25.6 trillion", "Deliveries from Japan fell"):
    they arrive where the story is filed, that country's imports; None elsewhere."""
    if frame.flow != "exports":
        return None
    text = ctx.sentences[index].text
    cargo = _CARGO_FROM.search(text, 0, frame.money.start)
    if cargo is None:
        return None
    named = find_countries(text[cargo.end() :])
    home = ctx.dateline_country()
    if not named or named[0].start != 0 or named[0].iso3 != origin or home in (None, origin):
        return None
    return home


#: Goods on the move from a country, with no destination of their own: "Shipments from ".
_CARGO_FROM: Final = re.compile(
    r"\b(?:[Ss]hipments|[Dd]eliveries|[Aa]rrivals|[Cc]onsignments|[Cc]argoes)\s+from\s+(?:the\s+)?"
)


def _realm_of_currency(text: str, money: Money, partner: str) -> str | None:
    """The country whose own currency a figure is written in, when the sentence names the
    flow's owner only by the form of its state ("the Kingdom's exports to Indonesia stood at
    SAR 19.2 billion"): a national unit other than the partner's says whose statistics they
    are, where the story's salient country (maybe the host of the meeting told before, a
    republic) does not. None for a unit of account used worldwide or shared by a union, and
    for a unit several countries call theirs ("dirhams": the UAE's or Morocco's; the story
    tells which, not the unit's first reading)."""
    code = money.currency
    if (
        code is None
        or money.candidates
        or code in _WORLD_UNITS
        or code.startswith("X")
        or not any(possessive in text for possessive in _REALM_POSSESSIVES)
    ):
        return None
    owner = _REALM_OWNER.search(text, 0, money.start)
    if owner is None:
        return None
    realm = iso3_of_alpha2(code[:2])
    return realm if realm is not None and realm != partner else None


#: A country before the verb of the attribution that closes a sentence: "..., the UAE said.",
#: ", Thailand's trade ministry said on Monday.", ", Vietnam's customs reported.": the comma
#: and article before it, its own words after it (at most four) and the verb.
_SAYER_BEFORE: Final = re.compile(r",\s+(?:the\s+)?$")
_SAYER_AFTER: Final = re.compile(
    r"(?:(?:'s|’s)(?:\s+[\w-]+){1,4}?)?\s+(?:said|says|reported|reports|announced|announces|noted|stated)"
    r"(?:\s+on\s+[A-Z][a-z]+day)?[\s.!\"'”’)]*$"
)

#: How far from the sentence's end the verb may stand, and its stems, for a cheap test first.
_SAYER_REACH: Final = 70
_SAYER_VERB_STEMS: Final = ("said", "says", "report", "announc", "noted", "stated")


def _closing_sayer(text: str, partner: str) -> str | None:
    """The country told as the speaker of the attribution that closes the sentence, for a figure
    with a partner and no reporter ("Exports to India reached $4 billion in 2024, followed by
    Japan with $2 billion, the UAE said."): the reporting country, whose own figures they are,
    where the document's salience had named Japan, the sentence's other country. None when the
    speaker is the partner itself or no country speaks last."""
    tail = text[-_SAYER_REACH:]
    if not any(verb in tail for verb in _SAYER_VERB_STEMS):
        return None  # (most sentences)
    for m in find_countries(text):
        if m.iso3 == partner or m.kind not in ("name", "demonym"):
            continue
        if _SAYER_AFTER.match(text, m.end) and _SAYER_BEFORE.search(text, max(0, m.start - 8), m.start):
            return m.iso3
    return None


def _direction(
    frame: Frame, previous: _Resolved | None, ctx: DocumentContext, index: int, partners: frozenset[str],
    last: TradeMention | None = None, before_last: TradeMention | None = None,
) -> Direction | None:  # fmt: skip
    """Who trades with whom: the countries the frame names, completed by the figure before
    it in the sentence or the document context (`last`, and `before_last`, the figure told
    right before it); None for a total with the world."""
    flow = frame.flow
    assert flow is not None
    reporter: str | None = frame.reporter
    partner: str | None = frame.partner
    if _company_voice(frame, ctx, index):
        return None  # "'Our exports to Ghana reached $30 million,' its chief executive said": a firm's sales
    if reporter is not None and partner is not None:
        return Direction(flow, reporter, partner)
    if (
        partner is None
        and frame.definite_partner
        and _second_epithet(ctx.sentences[index].text, frame.money.start)
    ):
        return None  # "... to its southern neighbour, while $2.9 billion came from its northern neighbour"
    named = (
        _sentence_antecedent(ctx.sentences[index].text, frame.clause, reporter)
        if frame.definite_partner
        else None
    )
    if partner is None and named is not None:
        # "Sales to Vietnam grew fast: exports to the Asian country reached ...": the epithet is
        # the country the sentence itself has just named, not the partner of the figure before
        described = evolve(frame, partner=named, definite_partner=False)
        return _direction(described, previous, ctx, index, partners, last)
    if partner is not None:
        speaker = _speaker(frame, ctx, index, partner)
        if speaker is not None:  # "Tanzanian Trade Minister X said: 'Our exports to Uganda ...'"
            return Direction(flow, speaker, partner)
        antecedent = _its_antecedent(ctx, index, partner)
        if antecedent is not None:  # "Neighbouring Zambia faces a glut. Its exports to Kenya ..."
            return Direction(flow, antecedent, partner)
        realm = _realm_of_currency(ctx.sentences[index].text, frame.money, partner)
        if realm is not None:  # "The Kingdom's exports to Indonesia stood at SAR 19.2 billion"
            return Direction(flow, realm, partner)
        side = _side_opening(ctx.sentences[index].text)
        if side is not None and side != partner:
            # "On the Kenyan side, exports to Uganda came to ...": the side the sentence opens on
            return Direction(flow, side, partner)
        source = statistics_country(ctx.sentences[index].text)
        if source is not None and source != partner:
            # "China's customs data showed imports from New Zealand of ...": the figures of the
            # country whose statistics the sentence quotes
            return Direction(flow, source, partner)
        sayer = _closing_sayer(ctx.sentences[index].text, partner)
        if sayer is not None:
            # "Exports to India reached $4 billion, followed by Japan with $2 billion, the UAE
            # said.": the country whose figures they are, where salience took Japan
            return Direction(flow, sayer, partner)
        if _routed_without_sender(ctx.sentences[index].text):
            return None  # "Goods worth $1.9 billion were shipped through Singapore to Myanmar": origin untold
        if (
            flow == "exports"
            and ctx.seller is not None
            and ctx.seller != partner
            and ctx.recent(index)
            and ctx.last_sentence < index
        ):
            # "India bought cashew worth $300 million from Tanzania. Cashew exports to Vietnam ...":
            # the seller's exports (`_seller`); in the buying sentence itself, exports set against
            # the purchase are the buyer's ("X bought ... from Y, whereas exports to Z ...")
            return Direction(flow, ctx.seller, partner)
        sentence = ctx.sentences[index]
        if firm_sales(sentence.text, frame.money.start, ctx.text, sentence.start):
            return None  # "Kongsberg Gruppen reported ... revenue. Sales to Germany rose ...": the firm's
        other = ctx.other_side(partner)  # also for "the country's": the side that is not the partner
        guessed = ctx.pair is None and ctx.subject is None  # only the document's salience speaks
        if other is None or (guessed and other in partners):
            return None  # "Exports to China reached $5bn, to India $3bn": whose exports is not said
        return Direction(flow, other, partner)
    if frame.share:  # "..., of which French exports accounted for ...", "Of the total, ..."
        sides = _whole_sides(previous, ctx, index)
        named = reporter or partner
        if sides is not None and named in sides:
            other = sides[1] if sides[0] == named else sides[0]
            return Direction(flow, reporter or other, partner or other)
    if reporter is not None:
        home = _realm_beside(ctx, index, reporter) if flow == "turnover" else None
        if home is None and flow == "turnover":
            # "China topped the list of the Kingdom's trading partners, with SAR 76 billion": the
            # state named by its form, whose own currency the figure is in, is the other side
            home = _realm_of_currency(ctx.sentences[index].text, frame.money, reporter)
        if home is not None:  # "RIYADH - The Kingdom and Jordan traded goods worth SR 22 billion"
            return Direction(flow, home, reporter)
        seen_from_us = _first_person_other(frame, ctx, index, reporter)
        if seen_from_us is not None:
            return seen_from_us
        if frame.pair_cue or frame.definite_partner or frame.home_cue:
            named = (
                _epithet_antecedent(ctx, index, reporter, frame.clause) if frame.definite_partner else None
            )
            other = named or ctx.other_side(reporter)
            return Direction(flow, reporter, other) if other is not None else None
        headed = _heading_partner(_headed_text(ctx, index), reporter)
        if headed is not None:  # "• Kazakhstan–Kyrgyzstan: Kazakh exports rose 9 percent to $1.3 billion"
            return Direction(flow, reporter, headed)
        whole = _whole_turnover(frame, reporter, last, ctx, index) or _other_part(
            frame, reporter, last, before_last, ctx, index
        )
        if whole is not None:  # "X-Y trade reached $38.6 million. X's exports amounted to $37.9 million."
            return Direction(flow, reporter, whole)
        topic = _figureless_topic(ctx, index) if ctx.last_fact is None and flow != "turnover" else None
        if (
            topic is not None
            and topic.flow == "turnover"
            and reporter in (topic.reporter, topic.partner)
            and _pair_trade_topic(ctx, index)
        ):
            # "Trade between Germany and India is booming. German exports rose 8% to 16.9 billion
            # euros": one side's flow of the pair the lead told without a figure, to the other
            return Direction(flow, reporter, topic.partner if topic.reporter == reporter else topic.reporter)
        if (
            previous is not None
            and previous.direction.reporter == reporter
            and {previous.direction.flow, flow} == {"exports", "imports"}
        ):
            # "Kazakh exports reached $142.3 million, imports $41.3 million": the other flow of
            # the sides just told
            return _same_sides(flow, previous.direction)
        if ctx.pair is not None and reporter in ctx.pair and ctx.balance_pair_sentence == index:
            # "The trade balance between Egypt and Türkiye recorded $6.6 billion, with Egyptian
            # exports at $3.1 billion": the pair the sentence has just told
            return Direction(flow, reporter, ctx.pair[1] if ctx.pair[0] == reporter else ctx.pair[0])
        home = _home_of_cargo_from(frame, ctx, index, reporter)
        if home is not None:  # "TOKYO - Shipments from China rose 3.1% to ¥25.6 trillion"
            return Direction("imports", home, reporter)
        ctx.note_world_total(index, reporter, _told_period(frame), flow, frame.product)
        return None
    if reporter is None and partner is None:
        ours = _we_to_them(frame, ctx, index)
        if ours is not None:  # "'... last year we sold them $98 million of fertilizer,' X said"
            return ours
    if (
        frame.source == "weak"
        and frame.contrasted
        and previous is not None
        and {previous.direction.flow, flow} == {"exports", "imports"}
    ):
        # "Peruvian shipments to Brazil totaled $1.5 billion, while purchases added up to $3.3
        # billion": a bare noun set against the figure before is the other flow of its sides
        return _same_sides(flow, previous.direction)
    if frame.source == "weak" and (previous is None or previous.direction.flow != flow):
        return _share_of_told_flow(frame, ctx, index, last)
    if previous is not None:
        return _same_sides(flow, previous.direction)
    if flow != "turnover" and ctx.balance_pair_sentence == index and ctx.pair and ctx.subject in ctx.pair:
        # "Korea posted a trade surplus of $2.1 billion with Uzbekistan, as exports rose 18 percent
        # to $2.4 billion": the flow of the balance's owner with the other side it has just told
        return Direction(flow, ctx.subject, ctx.pair[1] if ctx.pair[0] == ctx.subject else ctx.pair[0])
    if frame.pair_cue or frame.definite_partner:
        # the sentence's own two countries, else those of the sentence before ("X met Qatari
        # Minister Y in Doha. Bilateral trade stood at $1.3 billion"), else the story's pair
        own = _sentence_pair(ctx, index)
        if own is None and not frame.definite_partner and _bloc_total_before(ctx, index):
            return None  # (but "exports to the Asian country" describe one country, not the bloc)
        pair = own or _pair_told_before(ctx, index) or _lead_pair_recalled(ctx, index) or ctx.story_pair()
        if pair is None:
            return None
        source = statistics_country(ctx.sentences[index].text)
        story = ctx.story_pair() if own is None and source is not None and source not in pair else None
        if story is not None and source in story:
            # "According to the General Administration of Customs of China, trade between the two
            # countries amounted to ..." after a sentence of Cuba and the US: the story's pair,
            # a side of which the statistics quoted are
            pair = story
        antecedent = _region_epithet_antecedent(frame, ctx, index) if flow != "turnover" else None
        fitting = _fitting_side(frame, ctx.sentences[index].text, pair) if flow != "turnover" else None
        antecedent = fitting or antecedent
        if antecedent is not None and antecedent in pair:
            # "Chile is Korea's top copper supplier. Imports from the South American country ...":
            # an epithet of region stands for the one country just named, whatever the dateline
            return Direction(flow, pair[1] if pair[0] == antecedent else pair[0], antecedent)
        if flow != "turnover" and source in pair:
            # "Data from the Statistical Institute of Jamaica show the island imported J$96.2
            # billion worth of goods from the twin-island republic": the figures of the country
            # whose statistics the sentence quotes, as for a named partner
            return Direction(flow, source, pair[1] if pair[0] == source else pair[0])
        return _home_first(flow, pair, ctx)
    if (
        ctx.pair is None
        and not ctx.world
        and flow == "turnover"
        and _DEFINITE_TURNOVER.search(ctx.sentences[index].text) is not None
    ):
        # "Last year the trade turnover amounted to $4.2 billion" after "Kazakhstan and
        # Uzbekistan intend to raise bilateral trade to $10 billion" (a target: no pair noted):
        # the turnover of the story's two countries
        pair = _definite_trade_pair(ctx, index)
        if pair is not None:
            return _home_first(flow, pair, ctx)
    if ctx.pair is None and ctx.last_fact is None and not ctx.world:
        topic = _figureless_topic(ctx, index)
        if topic is not None and topic.flow == flow:
            # "Kazakhstan's exports to Uzbekistan grew last year. Shipments reached $1.7 billion.":
            # the flow the lead told without a figure; also of some goods ("Copper shipments were
            # worth $2.9 billion"), as after a lead with its figure
            return topic
        home = ctx.home()
        if (
            frame.product is None
            and topic is not None
            and topic.flow == "turnover" != flow
            and home in (topic.reporter, topic.partner)
            and _pair_trade_topic(ctx, index)
        ):
            # "BERLIN - Trade between Germany and India grew strongly in 2023. Exports rose 8% to
            # 16.9 billion euros.": one flow of the pair the lead told, the home country's
            return _home_first(flow, (topic.reporter, topic.partner), ctx)
    if ctx.world or not ctx.recent(index) or ctx.pair is None:
        return None
    if _NEW_ITEM.match(ctx.sentences[index].text):
        return None  # "In other news, exports of cashew nuts rose 12 percent": not the pair's figure
    if (
        partners
        and not partners.intersection(ctx.pair)
        and _flow_to_another(ctx.sentences[index].text, ctx.pair)
    ):
        # "In February alone, exports totaled $447.9 million, while exports to Armenia rose ...":
        # the sentence names its own partner for another figure; this one is a total
        return None
    if _owned_part(ctx.sentences[index].text, frame):
        return None  # "Its free zones exported goods worth ...": a part of the country's whole trade
    known = ctx.directions.get(flow)
    if known is not None:
        return known
    if frame.product is not None and "turnover" not in ctx.directions:
        # "Imports from China reached $6.1 billion. Gold exports totaled $7.9 billion.": goods of
        # the other flow, with no partner, are the goods' total with the world (the pair's
        # other flow is read for the flow alone, "Exports were ...", and after the pair's trade)
        return None
    told = next(iter(ctx.directions.values()), None) if ctx.directions else None
    if told is not None:
        return _same_sides(flow, told)
    # only a balance named the pair: "X's deficit with Y ..., with imports of ... and exports of ..."
    home = ctx.subject if ctx.subject in ctx.pair else ctx.pair[0]
    return Direction(flow, home, ctx.pair[1] if ctx.pair[0] == home else ctx.pair[0])


#: A weak flow noun as the definite whole a share is of, right after the amount: "accounted for
#: $2 billion of the purchases", "made up $X of these sales".
_OF_DEFINITE_WEAK_FLOW: Final = re.compile(
    r"(?i)\s+of\s+(?:the|these|those|such)\s+(?:purchases|sales|supplies|deliveries|shipments)\b"
)


def _share_of_told_flow(
    frame: Frame, ctx: DocumentContext, index: int, last: TradeMention | None
) -> Direction | None:
    """The sides of a share of a weak flow noun the story has just told the figure of ("Imports
    from Chile reached $2 billion. Copper accounted for $1.1 billion of the purchases"): the
    definite article points back at that figure, so its sides, when its flow is the noun's;
    "sales" or "purchases" with no such figure stay no one's (a firm's, a sector's)."""
    if last is None or last.flow != frame.flow or not ctx.recent(index):
        return None
    if _OF_DEFINITE_WEAK_FLOW.match(ctx.sentences[index].text, frame.money.end) is None:
        return None
    return Direction(last.flow, last.reporter_iso3, last.partner_iso3)


#: A sentence opening on the side whose figures it tells: "On the Australian side, ...", "For the
#: Kenyan side, ...", "On Chile's side, ...".
_SIDE_OPENING: Final = re.compile(
    r"(?:On|For|From)\s+(?:the\s+)?(?P<c>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}?)\s+side\s*,"
)


def _side_opening(text: str) -> str | None:
    """The country of a sentence's opening "On the <demonym> side,": the sentence tells that
    country's figures, whatever the story's home (a Honiara story's "On the Australian side,
    goods exports to Solomon Islands ..." are Australia's)."""
    if "side" not in text:
        return None
    opening = _SIDE_OPENING.match(text)
    if opening is None:
        return None
    countries = find_countries(opening.group("c"))
    return countries[0].iso3 if len(countries) == 1 else None


#: "Its" opening a sentence, after a quotation mark at most: the possessive of something the
#: sentence before named (an "its" after a comma may be an apposition's: "Exports to Germany,
#: its biggest buyer, ...").
_OPENING_ITS: Final = re.compile(r"[\"“‘']?Its\b")


def _its_antecedent(ctx: DocumentContext, index: int, partner: str) -> str | None:
    """The country an "Its" opening the sentence stands for: the one country the sentence
    before names by name, the partner aside ("Neighbouring Zambia faces a glut. Its exports
    to Kenya were ..."), not the story's home or pair. A country named as a possessive
    ("Kenya's tea board") or only by a demonym or city describes something else, which "its"
    may be, so only a bare name counts; none when the sentence before names none or two."""
    if index == 0 or _OPENING_ITS.match(ctx.sentences[index].text) is None:
        return None
    return _one_named_in(ctx.sentences[index - 1].text, partner)


def _epithet_antecedent(ctx: DocumentContext, index: int, reporter: str, clause: int) -> str | None:
    """The country an epithet partner ("to its southern neighbour", "from the Gulf kingdom")
    stands for when the sentence before names one other country by name ("The figures pale
    next to trade with China. Mongolia shipped $13.2 billion to its southern neighbour"): the
    country just named, not the story's pair. None when the figure's own clause names another
    country, or the one before names none or two (then the story's other side is meant); a
    country in another clause of the sentence is another figure's partner ("..., while $91
    million was exported to Korea")."""
    if index == 0:
        return None
    text = ctx.sentences[index].text
    clauses = split_clauses(text)
    start, end = clauses.starts[clause], clauses.ends[clause]
    if any(m.iso3 != reporter and start <= m.start < end for m in find_countries(text)):
        return None
    return _one_named_in(ctx.sentences[index - 1].text, reporter)


#: An epithet's words going on into a possessive: "the island" of "the island nation's neighbour".
_POSSESSOR_AFTER: Final = re.compile(r"(?:\s+[a-z-]+)?['’]s\b")


def _fitting_side(frame: Frame, text: str, pair: tuple[str, str]) -> str | None:
    """The one side of `pair` the region of the frame's epithet partner fits ("Qatar's emir
    visited India. Imports from the Gulf state rose ...": Qatar, though the sentence before
    names India alone by its bare name), else None (no epithet, no region, or both or neither
    side fit)."""
    if not frame.definite_partner:
        return None
    epithets = [
        (m.start(), found.group(), m.end() + found.end())
        for m in EPITHET_PREPOSITION.finditer(text)
        if (found := DEFINITE_PARTNER.match(text[m.end() : m.end() + 80])) is not None
    ]
    if not epithets:
        return None
    before = [e for e in epithets if e[0] < frame.money.start]
    _, described, end = before[-1] if before else epithets[0]
    if "'" in described or "’" in described or _POSSESSOR_AFTER.match(text, end) is not None:
        return None  # "the island nation's neighbour": a possessor, not the partner, is described
    fits = region_fits(described)
    fitting = [side for side in pair if fits is not None and side in fits]
    return fitting[0] if len(fitting) == 1 else None


def _region_epithet_antecedent(frame: Frame, ctx: DocumentContext, index: int) -> str | None:
    """The country a described partner of no named reporter stands for when its epithet names
    a region ("from the Middle Eastern country", "to the Andean nation"): the one country the
    sentence before names by its bare name. An epithet relative to the home ("the neighbouring
    country", "its northern neighbour") stands for the home's other side instead, as the story's
    home reads it ("Senegal remained Mali's top supplier. Exports to the neighbouring country
    ...": Senegal's, to Mali)."""
    if not frame.definite_partner or "neighbo" in ctx.sentences[index].text.lower():
        return None
    return _epithet_antecedent(ctx, index, "", frame.clause)


#: A possessive of the country opening a clause ("Its", "The country's", "the island's"): the
#: country owns what follows, a pointer back to it and not to the figure told before.
_COUNTRY_POSSESSIVE: Final = re.compile(
    r"(?i)[\s,;:\"“‘']*(?:its|their|the\s+(?:country|nation|island|kingdom|republic)['’]s?)\s+"
)


def _owned_part(text: str, frame: Frame) -> bool:
    """Whether the figure's clause opens with the country's possessive and one to three words
    before its flow word ("Its free zones exported ...", "The country's rice exports ..."):
    a part of that country's trade (a sector, a product) with every partner, not the pair's
    figure told before, which a figure pointing back to it names ("such exports", "its
    exports to the neighbour")."""
    start = split_clauses(text).starts[frame.clause]
    owner = _COUNTRY_POSSESSIVE.match(text, start)
    if owner is None:
        return False
    cue = next((c for c in flow_cues(text) if owner.end() <= c[0] < frame.money.start), None)
    if cue is None:
        return False
    words = text[owner.end() : cue[0]].split()
    return 1 <= len(words) <= 3 and not any(w.lower() in PAIR_WORDS for w in words)


def _sentence_antecedent(text: str, clause: int, aside: str | None) -> str | None:
    """The country an epithet partner of clause `clause` ("the island", "the Asian country")
    stands for when the clauses before it in the same sentence name one country by its bare
    name and give no amount of their own ("Sales to Taiwan showed the strongest growth:
    exports to the island reached ..."); None otherwise. A clause before with its own amount
    tells another figure, whose partner the epithet is set against, not one it repeats."""
    if not clause:
        return None
    before = text[: split_clauses(text).starts[clause]]
    if find_money(before):
        return None
    return _one_named_in(before, aside)


def _one_named_in(before: str, aside: str | None) -> str | None:
    """The one country the sentence before names by its bare name, `aside` apart, that a
    pronoun or epithet of the next sentence may stand for; None when it names none or two. A
    country named as a possessive ("Kenya's tea board") describes something else."""
    named = {
        m.iso3
        for m in find_countries(before)
        if m.kind == "name" and not before.startswith(("'", "’"), m.end)
    }
    if aside is not None:
        named.discard(aside)
    return named.pop() if len(named) == 1 else None


def _second_epithet(text: str, money_start: int) -> bool:
    """Whether the epithet partner nearest an amount is told before it in the sentence with the
    same noun but other words ("shipped $13.2 billion to its southern neighbour, while $2.9
    billion was imported from its northern neighbour"): the second describes another country,
    which the story does not name, so neither the first's country nor the story's pair is its
    partner. (Other nouns may describe one country twice: "the Kingdom", "the Gulf state".)"""
    epithets = [
        (m.start(), epithet.group().split()[1:])
        for m in EPITHET_PREPOSITION.finditer(text)
        if (epithet := DEFINITE_PARTNER.match(text[m.end() : m.end() + 80].lower())) is not None
    ]
    if len(epithets) < 2:
        return False
    own = next((i for i, (at, _) in enumerate(epithets) if at > money_start), len(epithets) - 1)
    words = epithets[own][1]
    return any(other[-1] == words[-1] and other != words for _, other in epithets[:own])


def _company_voice(frame: Frame, ctx: DocumentContext, index: int) -> bool:
    """Whether the figure is a first-person flow (`own_flow`) in a quote of a company officer
    (`company_speaker`): "our" and "us" are then the company, whose sales are no country's
    trade -- also when the company's nationality stands in the attribution ("said X, chief
    executive of Ugandan dairy processor Y", which would read as the exporter)."""
    sentence = ctx.sentences[index]
    at = sentence.start + frame.money.start
    return (
        own_flow(sentence.text, frame.money.end)
        and quoted(ctx.text, at)
        and company_speaker(ctx.text, at, (sentence.start, sentence.end))
    )


def _speaker(frame: Frame, ctx: DocumentContext, index: int, partner: str) -> str | None:
    """The country whose "our exports", "we exported" a quoted figure is: the quoted official's
    (`trade_speaker`), else -- when the story has told no figure yet, so that only salience
    would speak -- its most named country that is no first-person flow's other side."""
    sentence = ctx.sentences[index]
    at = sentence.start + frame.money.start
    if not first_person(sentence.text, frame.money.start) or not quoted(ctx.text, at):
        return None
    speaker = speaker_country(ctx.text, at, (sentence.start, sentence.end), partner)
    if speaker is None and ctx.pair is None and ctx.subject is None:
        speaker = not_first_person_partners(ctx.text, ctx.salient(), partner)
    return speaker


def _first_person_other(frame: Frame, ctx: DocumentContext, index: int, named: str) -> Direction | None:
    """ "Kenya sold us goods worth $860 million", "Russia alone bought $700 million of our fruit"
    in a quote: the first person is the other side of the named country's flow. The figure is
    told from the speaker's side ("us", "our fruit": the speaker's trade), so it is the
    speaker's country's opposite flow -- its imports from Kenya, its exports to Russia. The
    speaker's country is the quoted official's (none when the speaker is a bloc's official), else
    (an interview printed without quotes, an editorial's "our", a speaker of no country told) the
    country the story pairs with the named one."""
    sentence = ctx.sentences[index]
    flow = frame.flow
    if flow is None or not first_person_side(sentence.text, flow, frame.money.start, frame.money.end):
        return None
    at = sentence.start + frame.money.start
    span = (sentence.start, sentence.end)
    in_quote = quoted(ctx.text, at)
    if in_quote and bloc_speaker(ctx.text, at, span):
        return None  # "European Union trade official X: 'China sold us ...'": the bloc's, no country's
    speaker = speaker_country(ctx.text, at, span, named) if in_quote else None
    speaker = speaker or ctx.other_side(named)
    if speaker is None or speaker == named:
        return None
    return Direction("imports" if flow == "exports" else "exports", speaker, named)


def _we_to_them(frame: Frame, ctx: DocumentContext, index: int) -> Direction | None:
    """A quoted first-person flow with "them" as its other side ("Paraguay is our second
    market after Brazil; last year we sold them 98 million dollars of fertilizer," Mendoza
    said): the country "them" stands for is the one the sentence names before the pronoun,
    or of several the one of the story's pair; "we" is then the speaker's country
    (`speaker_country`), else the story's other side of that country. None outside a quote,
    or when the sentence names no country, or several of which the pair holds none."""
    sentence = ctx.sentences[index]
    them = them_at(sentence.text, frame.money.start, frame.money.end)
    at = sentence.start + frame.money.start
    if frame.flow is None or them is None or not quoted(ctx.text, at):
        return None
    named = list(dict.fromkeys(m.iso3 for m in find_countries(sentence.text[:them]) if m.kind == "name"))
    pair = ctx.story_pair() or ()
    paired = [iso3 for iso3 in named if iso3 in pair]
    partner = named[0] if len(named) == 1 else paired[0] if len(paired) == 1 else None
    if partner is None:
        return None
    speaker = speaker_country(ctx.text, at, (sentence.start, sentence.end), partner) or ctx.other_side(
        partner
    )
    return Direction(frame.flow, speaker, partner) if speaker is not None and speaker != partner else None


def _flow_to_another(text: str, pair: tuple[str, str]) -> bool:
    """Whether the sentence names a flow to, from or with a country outside the story's pair
    ("exports to Armenia"), not only a country elsewhere ("diversified away from Argentina")."""
    cues = flow_cues(text)
    slots = _slots_of(text)
    return any(
        s.role in ("to", "from", "with")
        and s.iso3 not in pair
        and any(0 <= s.start - c[1] <= 12 for c in cues)
        for s in slots
    )


#: "the trade turnover", "the bilateral turnover": the turnover the story is about.
_DEFINITE_TURNOVER: Final = re.compile(
    r"(?i)\bthe\s+(?:(?:bilateral|mutual|total)\s+)?(?:trade\s+)?turnover\b(?!\s+(?:of|with)\b)"
    # "discussed ways to increase trade, which stood at $600 million last year": the trade of
    # the talks' two sides
    r"|\btrade,\s+which\s+(?:stood|reached|amounted|totall?ed|was|hit|rose|grew)\b"
    # a bare "Trade volume reached ...", "Trade reached ..." opening the sentence or the speech
    # ("Erdoğan said the trade volume reached ..."): no country and no world in the subject; also
    # with a copula or a verb of valuing ("Trade was valued at US$ 12.3 billion", "Commercial
    # exchanges reached ...", a calque of "intercambio comercial", "The volume of trade was ...")
    r"|(?:^|\b(?:said|says|noted|added|stated)\s+(?:that\s+)?)"
    # after a fronted time or source ("Last year, trade turnover grew ...", "In January-September,
    # ...", "According to him, ...", "Meanwhile, ...")
    r"(?:(?:in|during|over|for|last|this|by|since|between|from|through|until|according\s+to|meanwhile"
    r"|at\s+the\s+same\s+time)\b[^,]{0,45},\s+)?(?:the\s+)?"
    r"(?:trade(?:\s+(?:volume|turnover))?|volume\s+of\s+trade|commercial\s+exchanges?|trade\s+exchanges?)\s+"
    r"(?:has\s+|had\s+)?(?:reached|stood|amounted|totall?ed|hit|exceeded|surpassed"
    # a change said of it ("Trade turnover grew by 5% to $28 billion", as a wire after a meeting)
    rf"|{CHANGE_VERBS}"
    r"|(?:was|were|is|are)(?:\s+(?:valued|estimated|put|pegged|recorded|worth|calculated)\b)?)\b"
)


def _definite_trade_pair(ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The two sides of a definite trade figure that names none ("The trade volume reached $15
    billion", "Trade reached ...", "X said the trade volume reached ..."), whichever branch
    reads it (an anaphor opening the story's first figure, or `_DEFINITE_TURNOVER`): the
    sentence's own two countries, else those of the sentence before ("President X received
    Dutch Prime Minister Y in Ankara. The trade volume reached $15 billion last year."), else
    the story's pair: the chain a "bilateral" figure reads, so both spellings agree. When no
    figure has set a pair yet and the sentence before names three or more sides ("Ruto met the
    leaders of Uganda, Tanzania and Rwanda. The trade volume reached ...") and the story's pair
    would be only two of them, the trade is the group's, of no pair."""
    pair = _sentence_pair(ctx, index) or _pair_told_before(ctx, index)
    if pair is not None:
        return pair
    pair = ctx.story_pair()
    if pair is not None and ctx.pair is None and index and set(pair) <= _group_named(ctx, index - 1):
        return None
    return pair


def _group_named(ctx: DocumentContext, index: int) -> set[str]:
    """The countries sentence `index` names as sides (not as where something is: "in Arusha")
    when it names three or more, else none: what it tells is among a group, not between two."""
    text = ctx.sentences[index].text
    mentions = find_countries(text)
    if len(mentions) < 3 or not _tells_engagement(text):
        return set()
    named = _named_countries(text, mentions, skipped=_places(text, mentions))
    return set(named) if len(named) >= 3 else set()


def _tells_engagement(text: str) -> bool:
    """Whether `text` has a meeting word ("met", "talks", "summit"): three countries a sentence
    names as the sides of an engagement make a group, three it names as a topic ("Kagame said
    Rwanda, Burundi and Congo shared the lake") leave the two leaders' pair standing. Any of the
    engagement cue words counts, hyphenated ("tete-a-tete") or of two words ("phone call")."""
    return _ENGAGEMENT_CUE.search(text.lower()) is not None


#: A cue word of `et.CUE_WORDS` that no letter touches on either side.
_ENGAGEMENT_CUE: Final = re.compile(r"(?<![a-z])(?:" + literal_alternation(et.CUE_WORDS) + r")(?![a-z])")


def _home_first(flow: str, pair: tuple[str, str], ctx: DocumentContext) -> Direction:
    """A flow between the two countries of `pair`, the story's home country reporting when
    it is one of them."""
    home = ctx.home()
    first = home if home is not None and home in pair else pair[0]
    return Direction(flow, first, pair[1] if pair[0] == first else pair[0])


def _bloc_total_before(ctx: DocumentContext, index: int) -> bool:
    """Whether the figure right before, in the sentence before, was a total with a bloc or
    region ("Trade between Vietnam and the European Union reached $58.4 billion in 2023. In the
    first ten months of this year two-way trade climbed 17 percent to $56.2 billion."): a
    "two-way" figure of a sentence that names no pair goes on with those sides, the bloc's, and
    takes no pair from elsewhere in the story. Also when a member's part of that total came
    after it ("The EAEU's trade with Egypt reached $9.1 billion, of which Russia accounted for
    $8.5 billion."): the part is no pair the story goes on with."""
    if not (index and ctx.last_sentence == index - 1 and (ctx.world or ctx.world_sentence == index - 1)):
        return False
    return any(b.kind != "world" for b in _blocs_of(ctx.sentences[index - 1].text))


def _sentence_pair(ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The two countries a sentence names itself, in titles and places too, when it names
    exactly two: what its "bilateral trade" is ("X hosted Jordanian Foreign Minister Y in
    Ankara, where they discussed bilateral trade, which stood at $1.2 billion" in a story
    mostly about Turkey and Egypt). A sentence that names a third country only as where
    someone is ("X, who is in China for the summit, met Pakistani Prime Minister Y") names the
    two it leaves as the sides: a place is the scene of the meeting, not a side of it."""
    text = ctx.sentences[index].text
    mentions = find_countries(text)  # one scan for both tries: find_countries is not cached
    present = _places(text, mentions, _PRESENCE_BEFORE)
    if present:
        return _visitor_pair(ctx, text, mentions, present)
    return _two_countries(text, mentions=mentions) or _two_countries(text, placed=False, mentions=mentions)


#: "is in ", "was at the " right before a country or city: where a visitor is staying.
_PRESENCE_BEFORE: Final = re.compile(
    r"(?i)\b(?:is|are|was|were)\s+(?:(?:now|currently|already|still)\s+)?(?:in|at)\s+(?:the\s+)?$"
)


def _visitor_pair(
    ctx: DocumentContext, text: str, mentions: list[CountryMention], present: set[int]
) -> tuple[str, str] | None:
    """The sides of a sentence that names where someone is staying ("Commerce Minister X, who
    is in Tashkent, Uzbekistan, for a conference, met Kazakh Deputy Trade Minister Y"): that
    place is no side, whoever hosts it. The two others it names, or the one other and the
    country of the story's dateline, the visitor's home that the story leaves unstated; None
    when that is the place itself or is not known."""
    named = _named_countries(text, mentions, skipped=present)
    if len(named) == 2:
        return named[0], named[1]
    home = ctx.dateline_country()
    if len(named) != 1 or home is None or home == named[0] or home in {mentions[i].iso3 for i in present}:
        return None
    return home, named[0]


#: "the two countries", "both nations", "between them": countries told before as a pair.
_PAIR_ANAPHOR: Final = re.compile(
    rf"(?i)\b(?:the\s+two|both)\s+(?:[\w-]+\s+){{0,2}}?(?:{STATE_PLURALS})\b|\bbetween\s+them\b|\b{BARE_TWO}"
)

#: What joins two countries told as one pair: "Mexico and the US", "Mexico-US", "X & Y".
_PAIR_JOIN: Final = re.compile(r"(?i)\s*(?:and|&|-|–|—|/)\s*(?:the\s+)?")


def _pair_told_before(ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The two countries the sentence before names, for a "bilateral" figure of a sentence that
    names none ("X met Qatari Minister Y in Doha. Bilateral trade stood at $1.3 billion"). A
    plural anaphor ("the two countries", "between them") stands for countries told as a pair,
    though: when the sentence before named its two only as the sides of a directed figure of a
    pair other than the story's first ("U.S. imports from China slumped to $427.2 billion" in a
    story led by Mexico's exports to the US), the anaphor skips that aside and is the story's
    pair, unless the sentence joins the two itself ("Mexico and the US"). Such an anaphor
    reaches back past sentences that name no country, to the last that names some
    (`_anaphor_antecedent`)."""
    if not index:
        return None
    anaphor = _PAIR_ANAPHOR.search(ctx.sentences[index].text) is not None
    told = _anaphor_antecedent(ctx, index) if anaphor else index - 1
    before = _sentence_pair(ctx, told)
    first = ctx.first_pair
    if (
        before is None
        or first is None
        or set(first) == set(before)
        or ctx.last_sentence != told
        or ctx.pair is None
        or set(ctx.pair) != set(before)
        or not ctx.directions
        or any(d.flow == "turnover" for d in ctx.directions.values())
        or not anaphor
        or _joins_pair(ctx.sentences[index - 1].text)
    ):
        return before
    return first


def _lead_pair_recalled(ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The story's lead pair, for a "bilateral" figure after a sentence that names only a side
    of it that the pair of the last figure lacks ("The figures pale next to trade with China.
    ... Oyun-Erdene met President Yoon in Seoul in 2023. That year, bilateral trade came to
    ..."): the story is back on its lead pair (Mongolia and Korea), not on the aside's."""
    first, current = ctx.first_pair, ctx.pair
    if not index or first is None or current is None or set(first) == set(current):
        return None
    named = {m.iso3 for m in find_countries(ctx.sentences[index - 1].text)}
    return first if len(named) == 1 and named <= set(first) - set(current) else None


def _anaphor_antecedent(ctx: DocumentContext, index: int) -> int:
    """The sentence whose countries a plural anaphor of sentence `index` ("the two countries")
    stands for: the one before, or, when that names no country, the last before it that names
    some, not further back than the story's last figure nor than a few sentences ("X met US
    Trade Representative Y in Washington to press Hanoi's case. The Commerce Department is
    expected to rule by July. Trade between the two countries reached ...": Vietnam and the
    US, not the pair of a figure told before the meeting). (A sentence with no such anaphor,
    "Bilateral trade stood at ...", is read against the sentence before alone.)"""
    told = index - 1
    while told > max(0, ctx.last_sentence, index - RECENT_SENTENCES) and not _names_country(
        ctx.sentences[told].text
    ):
        told -= 1
    return told


def _names_country(text: str) -> bool:
    """Whether `text` names a country, by name, demonym or city (not a currency's "U.S.")."""
    return any(not DOLLAR_AFTER.match(text, m.end) for m in find_countries(text))


def _joins_pair(text: str) -> bool:
    """Whether `text` names two countries joined as one pair ("Mexico and the United States",
    "the Mexico-US border"), not only as the two sides of a flow ("U.S. imports from China")."""
    mentions = find_countries(text)
    return any(
        a.iso3 != b.iso3 and _PAIR_JOIN.fullmatch(text, a.end, b.start) is not None
        for a, b in pairwise(mentions)
    )


#: "in ", "at " right before a country or city: it is named as a place where something is.
_PLACE_BEFORE: Final = re.compile(r"(?i)\b(?:in|at)\s+(?:the\s+)?$")


def _two_countries(
    text: str,
    kinds: tuple[str, ...] | None = None,
    placed: bool = True,
    mentions: list[CountryMention] | None = None,
) -> tuple[str, str] | None:
    """The two countries `text` names (as `kinds` of mention, any when None; not those named
    only as a place, `_places`, unless `placed`), in order, when it names exactly two.
    `mentions` is `find_countries(text)` when the caller has it already."""
    if mentions is None:
        mentions = find_countries(text)
    found = _named_countries(text, mentions, kinds, frozenset() if placed else _places(text, mentions))
    return (found[0], found[1]) if len(found) == 2 else None


def _named_countries(
    text: str,
    mentions: list[CountryMention],
    kinds: tuple[str, ...] | None = None,
    skipped: AbstractSet[int] = frozenset(),
) -> list[str]:
    """The countries of `mentions` (as `kinds` of mention, any when None; not those at the
    indices in `skipped`), once each in order, but for a currency's name ("U.S. dollars")."""
    return list(
        dict.fromkeys(
            m.iso3
            for i, m in enumerate(mentions)
            if (kinds is None or m.kind in kinds)
            and not DOLLAR_AFTER.match(text, m.end)  # "U.S. dollars"
            and i not in skipped
        )
    )


def _places(text: str, mentions: list[CountryMention], before: re.Pattern[str] = _PLACE_BEFORE) -> set[int]:
    """Indices of the mentions named as a place where something is: right after "in" or "at"
    (`before`; "who is in Tianjin"), and the country a place so named is put in ("in Nairobi,
    Kenya")."""
    places: set[int] = set()
    for i, m in enumerate(mentions):
        if before.search(text, max(0, m.start - 30), m.start) is not None or (
            i - 1 in places and mentions[i - 1].iso3 == m.iso3 and text[mentions[i - 1].end : m.start] == ", "
        ):
            places.add(i)
    return places


def _whole_turnover(
    frame: Frame, reporter: str, last: TradeMention | None, ctx: DocumentContext, index: int
) -> str | None:
    """The partner of one side's flow stated right after the two sides' turnover, as a part
    of it: the last figure is a turnover of the sentence before or of this one ("Trade
    between X and Y was $4bn, with X's exports accounting for $3bn"), for the reporter and
    one partner, of the same period, and larger; a world total would be larger than the whole."""
    if last is None or last.flow != "turnover" or ctx.last_sentence not in (index - 1, index) or ctx.world:
        return None
    if reporter not in (last.reporter_iso3, last.partner_iso3) or frame.money.value >= last.value:
        return None
    own = _own_period(frame)
    if own is not None and own != (last.period_start, last.period_end):
        return None
    return last.partner_iso3 if last.reporter_iso3 == reporter else last.reporter_iso3


def _other_part(
    frame: Frame, reporter: str, last: TradeMention | None, whole: TradeMention | None,
    ctx: DocumentContext, index: int,
) -> str | None:  # fmt: skip
    """The partner of one side's flow told right after the other part of the pair's turnover
    told before them: "Trade between Kazakhstan and Uzbekistan reached $4.4 billion. Kazakh
    exports amounted to $2.7 billion. Kazakh imports totalled $1.7 billion." (or "Uzbek exports
    totalled $1.7 billion."). The exports took the turnover's partner (`_whole_turnover`); the
    other part, the same side's other flow or the other side's same flow, takes the other side
    too, where both add up to no more than the whole (a larger amount is the side's total with
    the world: "Kazakh imports rose 4% to $61 billion")."""
    if last is None or whole is None or ctx.world or ctx.last_sentence not in (index - 1, index):
        return None
    if not {last.flow, frame.flow} <= {"exports", "imports"} or last.product or whole.product:
        return None  # (two parts of all goods: a part of some goods adds up to nothing)
    same_side = last.reporter_iso3 == reporter and last.flow != frame.flow
    if not (same_side or (last.partner_iso3 == reporter and last.flow == frame.flow)):
        return None
    sides = {last.reporter_iso3, last.partner_iso3}
    if whole.flow != "turnover" or {whole.reporter_iso3, whole.partner_iso3} != sides:
        return None
    if _span_and_currency(whole) != _span_and_currency(last):
        return None
    if last.value + frame.money.value > whole.value * (1 + _SUM_TOLERANCE):
        return None
    own = _own_period(frame)
    if own is not None and own != (whole.period_start, whole.period_end):
        return None
    return last.partner_iso3 if same_side else last.reporter_iso3


def _span_and_currency(m: TradeMention) -> tuple[date, date, str]:
    return m.period_start, m.period_end, m.currency


def _whole_sides(previous: _Resolved | None, ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The two countries of the figure a part belongs to: the one before it in the sentence,
    else the story's last pair when it is recent."""
    if previous is not None:
        return previous.direction.reporter, previous.direction.partner
    return ctx.pair if ctx.recent(index) else None


def _topic_text(ctx: DocumentContext, index: int) -> str | None:
    """The sentence right before when it speaks of trade without a figure of its own, so
    that "it", "they" or "the purchases" in this one stand for what it tells."""
    if index == 0 or ctx.last_sentence == index - 1:
        return None  # the sentence before stated a figure: "it" is that figure
    before = index - 1
    while before > 0 and before > index - _ROWS_PASSED - 1 and _row_of_no_trade(ctx.sentences[before].text):
        before -= 1  # "Population: 37 million" between a box's title and its trade rows
    text = ctx.sentences[before].text
    if (has_digit(text) and find_money(text)) or not (_speaks_of_trade(text) or _fact_box_pair(text)):
        return None  # (a volume alone is no figure: "Imports from Mali climbed to 9 million tons.")
    return text


#: A fact box's row of a figure that is no trade's: "Population: 37 million", "GDP growth: 5.6%".
_BOX_ROW: Final = re.compile(r"[A-Z][\w .,'’()-]{1,40}:[ \t]*\S[^\n]{0,40}")
#: How many such rows may stand between a box's title and its first trade row.
_ROWS_PASSED: Final = 2


def _row_of_no_trade(text: str) -> bool:
    """Whether the line is a fact box's row (`_BOX_ROW`) of a number, no amount of money and
    no word of trade: the rows below it are still under the box's title."""
    return (
        has_digit(text)
        and _BOX_ROW.fullmatch(text) is not None
        and not find_money(text)
        and not _speaks_of_trade(text)
    )


#: The title of a box of a pair's figures, before or after the pair ("Kazakhstan and Uzbekistan:
#: key figures", "FACTBOX: Chile-Vietnam", "Ghana and Togo at a glance"), with a word of the
#: ties at most ("Kenya-Uganda relations in numbers"); every match holds one of
#: `_FACT_BOX_STEMS`.
_FACT_BOX_TITLE: Final = re.compile(
    r"(?i)(?:\b(?:bilateral|economic|trade|relations|ties|cooperation|partnership)\b[\s:\-–—|,]*)*"
    r"(?:\b(?:key|main|basic)\s+(?:figures|facts|data|indicators|numbers|statistics)|facts\s+and\s+figures"
    r"|at\s+a\s+glance|in\s+(?:numbers|figures|brief)|by\s+the\s+numbers|fact\s?(?:box|file|sheet)"
    r"|snapshot)\b[\s:\-–—|.]*"
)
#: What each title of `_FACT_BOX_TITLE` holds, in lower case: the titles' test before the pattern.
_FACT_BOX_STEMS: Final = ("key ", "main ", "basic ", "facts", "glance", " in ", "numbers", "fact", "snapshot")


def _fact_box_pair(text: str) -> tuple[str, str] | None:
    """The two countries a box of figures is titled by, when the line is only their names and
    the box's title ("Kazakhstan and Uzbekistan: key figures", "FACTBOX: Chile and Vietnam"): the
    rows under it ("Trade turnover in 2024: $4.4 billion", "Kazakh exports: ...") are that pair's,
    as under "Kazakhstan's trade with Uzbekistan, key figures:". A title of one country ("Kenya at
    a glance"), of three, or a line that says more is no such box."""
    if len(text) > 90 or not holds_any(lower_same_length(text), _FACT_BOX_STEMS):
        return None
    title = _FACT_BOX_TITLE.search(text)
    if title is None:
        return None
    names = f"{text[: title.start()]} {text[title.end() :]}"
    mentions = find_countries(names)
    if not _ONLY_JOINED.fullmatch(_without_spans(names, mentions).strip(" :-–—|,.")):
        return None
    pair = tuple(dict.fromkeys(m.iso3 for m in mentions))
    return (pair[0], pair[1]) if len(pair) == 2 else None


#: A target set for the pair's trade ("aim to raise trade to $10 billion", "agreed to bring
#: bilateral turnover to ..."): a figure of no period, whose noun "it" after it stands for.
_TRADE_TARGET: Final = re.compile(
    r"(?i)\b(?:raise|raising|bring|bringing|boost|boosting|lift|lifting|take|taking|push|pushing|increase|"
    r"increasing|expand|expanding)\s+(?:the\s+|their\s+|its\s+)?(?:(?:bilateral|mutual|two-way|annual)\s+)*"
    r"(?:trade|turnover|commerce)\b(?:\s+[\w-]+){0,3}?\s+to\b"
)


def _goal_clause_before(ctx: DocumentContext, index: int, start: int) -> bool:
    """Whether sentence `index` opens on a goal for the trade (`_TRADE_TARGET`) before `start`,
    in a story with no figure yet and no world total: a clause after it with no flow of its own
    tells of that trade."""
    if ctx.last_fact is not None or ctx.world:
        return False
    text = ctx.sentences[index].text
    return " to " in text[:start] and _TRADE_TARGET.search(text, 0, start) is not None


def _figureless_topic(ctx: DocumentContext, index: int) -> Direction | None:
    """The flow and pair a sentence right before names without a figure of its own ("Trade
    between France and Kenya remains modest.", or only the partner: "Imports from Mali remain
    modest."): what "it" or "they" in the next sentence stands for."""
    text = _topic_text(ctx, index)
    if text is None:
        return None
    stated = _statement(text)
    if stated is None:
        box = _fact_box_pair(text)  # "Kazakhstan and Uzbekistan: key figures" over its rows
        return Direction("turnover", *box) if box is not None else _figureless_pair_trade(ctx, index, text)
    flow, reporter, partner = stated
    reporter = reporter or ctx.other_side(partner)  # "Imports from Mali remain modest. They amounted to ..."
    return Direction(flow, reporter, partner) if reporter is not None and reporter != partner else None


def _pair_trade_topic(ctx: DocumentContext, index: int) -> bool:
    """Whether the figureless sentence before tells the pair's trade as a whole ("Trade between
    Germany and India grew strongly.", "Spain is Morocco's biggest trading partner."), naming no
    one-sided flow ("Slovakia's exports to Germany declined, while shipments to Hungary grew" is
    no pair's whole trade), and the figure's sentence is no total ("exported goods worth €63.5
    billion in total"): one flow of that trade is then one side's to the other."""
    text = _topic_text(ctx, index)
    figure = lower_same_length(ctx.sentences[index].text)
    return text is not None and _ONE_SIDED_FLOW.search(text) is None and not holds_any(figure, _WHOLE_WORDS)


#: Words of a total over all partners in the figure's own sentence.
_WHOLE_WORDS: Final = ("in total", "overall", "total ", "all partners", "the world")


#: The trade of the story's pair, told without a country: "Commodity turnover between the two
#: countries is slowing.", "Bilateral trade has suffered." (no flow of one side).
_PAIR_TRADE_NOUN: Final = re.compile(r"(?i)\b(?:trade|turnover|commerce)\b")
_ONE_SIDED_FLOW: Final = re.compile(r"(?i)\b(?:exports?|imports?|shipments|purchases|sales)\b")


def _figureless_pair_trade(ctx: DocumentContext, index: int, text: str) -> Direction | None:
    """The pair's turnover a figureless sentence names by a pair cue alone ("Trade between
    the two countries is under strain."), so that "it" in the next sentence is that turnover:
    the pair told before, else the story's."""
    if not names_pair(text) or _PAIR_TRADE_NOUN.search(text) is None:
        return None
    if _ONE_SIDED_FLOW.search(text) is not None or _names_country(text):
        return None
    pair = _pair_told_before(ctx, index) or ctx.story_pair()
    return Direction("turnover", pair[0], pair[1]) if pair is not None else None


#: The subject of a clause that gives the value of what a clause before moved by weight:
#: "..., but export revenue from the Asian giant fell", "while the value of those shipments
#: fell", "; the shipments were worth", "while revenue fell".
_SHIPPED_NOUNS: Final = ("shipments", "purchases", "sales", "deliveries", "cargoes", "consignments")
_VALUED_NOUNS: Final = (
    "shipments",
    "exports",
    "imports",
    "purchases",
    "sales",
    "deliveries",
    "cargoes",
    "consignments",
)
_VALUE_OF_SHIPPED: Final = re.compile(
    r"(?i)[\s;,:–—-]*(?:(?:but|while|whereas|and|although|though|yet)\s+)?"
    rf"(?:(?:the\s+)?value\s+of\s+(?:the|th[eo]se|their|its)\s+(?:{'|'.join(_VALUED_NOUNS)})"
    rf"|(?:the|th[eo]se)\s+(?:{'|'.join(_SHIPPED_NOUNS)})"
    rf"|(?:(?:export|import|sales)\s+)?(?:{literal_alternation(EARNING_NOUNS)}))\b"
)
#: The nouns one of which `_VALUE_OF_SHIPPED` holds, built from the same lists so that the
#: precheck can never leave out a noun the pattern knows.
_VALUE_NOUN: Final = re.compile("(?i)" + "|".join(_VALUED_NOUNS + EARNING_NOUNS))
#: A quantity by weight or measure, the amount of a clause that has no money.
_MEASURE: Final = re.compile(rf"(?i)\d\s*(?:[a-z]+\s+)?{QUANTITY_UNITS}\b")
#: What a clause's subject names as not trade, which a value of shipments is ("revenue").
_VALUE_REJECTIONS: Final = frozenset(["not trade: revenue", "not trade: revenues"])


#: The partner of a tonnage described as a region's market in the value clause after it
#: ("..., but export earnings from the South Asian market fell ...").
_MARKET_EPITHET: Final = re.compile(r"\b(?:from|to|in|into)\s+the\s+(?:[A-Z][\w-]*\s+){1,2}market\b")


def _value_of_shipped(frame: Frame, text: str) -> Frame:
    """A clause that gives the value of what the clause before it moved by weight ("Argentina
    shipped 596,000 tonnes of beef to China in 2024, but export revenue from the Asian giant fell
    16.3 percent to US$1.73 billion") is that flow's figure, with its sides and goods, though it
    names neither (it had no country, or no goods; "revenue" alone had been read as no trade),
    also when it calls the partner a region's market ("from the South Asian market"), which had
    made it a bloc's total."""
    if frame.rejection is not None and frame.rejection not in _VALUE_REJECTIONS:
        return frame
    if frame.world and "market" not in text:
        return frame
    # A weight before and a value noun are needed: the cheap scans of the whole sentence come
    # before its clauses are split and the clause's subject is matched
    if _MEASURE.search(text) is None or _VALUE_NOUN.search(text) is None:
        return frame
    clause_start = split_clauses(text).starts[frame.clause]
    if _VALUE_OF_SHIPPED.match(text, clause_start) is None:
        return frame
    if frame.world and _MARKET_EPITHET.search(text, clause_start, frame.money.start) is None:
        return frame  # a region's total, unless "the South Asian market" is the partner described
    head = text[:clause_start]
    if _MEASURE.search(head) is None or find_money(head):
        return frame
    stated = _statement(head)
    if stated is None or stated[0] == "turnover":
        return frame
    flow, reporter, partner = stated
    if frame.reporter not in (None, reporter) or frame.partner not in (None, partner):
        return frame  # "..., but export revenue from Japan ...": another market's
    cues = [c for c in flow_cues(head) if c[3] == flow]
    product = None
    if cues and cues[-1][2] in FLOW_VERBS:
        product = object_product(head[cues[-1][1] :])  # "shipped 596,000 tonnes of beef to China"
    elif cues:
        product = _noun_goods(head, cues[-1])  # "Argentina's beef exports to China totalled"
    return evolve(
        frame, flow=flow, source="cue", reporter=reporter, partner=partner, rejection=None,
        definite_partner=False, product=frame.product or product, world=False,
    )  # fmt: skip


def _topic_product(text: str, flow: str) -> str | None:
    """The goods of the flow the figureless sentence before (`text`, `_topic_text`) names
    ("Cocoa imports from Peru climbed to 9 million tons. The purchases were worth ...": cocoa),
    read off its flow noun as for a figure's (a verb's goods are read up to an amount, which
    that sentence has none of)."""
    nouns = [c for c in flow_cues(text) if c[3] == flow and c[2] not in FLOW_VERBS]
    return _noun_goods(text, nouns[-1]) if nouns else None


def _topic_period(
    frame: Frame, ctx: DocumentContext, index: int, published: date | None
) -> tuple[date, date] | None:
    """The period the figureless sentence before tells, for an anaphor that stands for its
    flow ("Imports from Peru climbed to 9 million tons in January-July. The purchases were
    worth ..."): the months of that sentence, not those of a figure told earlier ("July
    imports from Chile were valued at ...")."""
    if frame.source != "anaphor" or _figureless_topic(ctx, index) is None:
        return None
    return _told_span(ctx.sentences[index - 1].text, published, ctx)


#: What may open a sentence before the period it is about: "In", "During", "For", "The".
_OPENING_BEFORE_PERIOD: Final = re.compile(r"(?i)\s*(?:(?:in|during|for)\s+)?(?:the\s+)?")


def _singled_out_period(ctx: DocumentContext, index: int, published: date | None) -> tuple[date, date] | None:
    """The part of the story's period a figureless sentence right before opens on, for a figure
    with no period of its own: "September by itself was a record month. Sales to Peru rose 12%
    to $0.9 billion" after a January-September total are September's (they had taken the whole
    run). Only a part strictly inside the story's period, named first in its sentence: a
    sentence about another time ("In 2019, the two signed a trade pact.") sets no period."""
    told = ctx.period
    if told is None or index == 0 or ctx.last_sentence == index - 1:
        return None
    text = ctx.sentences[index - 1].text
    if not has_digit(text) and not _MONTH_NAME.search(text):
        return None  # (no period to name: most sentences)
    if has_digit(text) and find_money(text):
        return None
    periods = [p for p in _periods_of(text, published, ctx) if not p.comparison]
    if not periods or _OPENING_BEFORE_PERIOD.fullmatch(text, 0, periods[0].start) is None:
        return None
    span = (periods[0].period_start, periods[0].period_end)
    return span if span != told and told[0] <= span[0] and span[1] <= told[1] else None


def _mirrored(direction: Direction) -> Direction:
    """The same figure seen from the other side: A's imports from B are B's exports to A."""
    flow = "exports" if direction.flow == "imports" else "imports"
    return Direction(flow, direction.partner, direction.reporter)


def _same_sides(flow: str, direction: Direction) -> Direction:
    """The same two countries seen for another flow: the subject stays the reporter ("X's
    exports to Y were ..., while imports were ..." -> X's imports from Y)."""
    return Direction(flow, direction.reporter, direction.partner)


def _own_period(frame: Frame) -> tuple[date, date] | None:
    return (frame.period.period_start, frame.period.period_end) if frame.period is not None else None


def _told_period(frame: Frame) -> tuple[date, date] | None:
    """The period a figure that gives no fact (a total with the world, a balance) makes the
    story's: its own, unless it is the figure of a comparison ("Total exports stood at $5bn,
    up from $4bn a year earlier"): the year before is where the story came from, not where it
    is, so "Exports to Uganda rose ..." after it are of the current period."""
    if frame.comparison or (frame.period is not None and frame.period.comparison):
        return None
    return _own_period(frame)


def _period(
    frame: Frame, resolved: dict[int, _Resolved], ctx: DocumentContext, index: int, published: date | None,
    found: list[TradeMention],
) -> tuple[date, date] | None:  # fmt: skip
    """The frame's own period, else the one the context points at: "over the period", the
    same number of months just named, the figure before it in the sentence, the story's
    (of the length a modifier names: "a half-year record" after a June figure is the half's)."""
    own = _own_period(frame)
    if frame.span_months == 12 and own is not None and _months(own) < 12:
        # "In August, ..., bringing annual exports to $4.2 billion": the year to August
        return year_to(own[1])
    if frame.comparison:
        owner = resolved.get(frame.owner) if frame.owner is not None else None
        if own is not None:
            if (
                owner is not None
                and frame.period is not None
                and _yearless_part(frame.period)
                and _months(owner.period) < 12
            ):
                # "K45 billion in the second quarter of 2024, up from K38 billion in the first
                # quarter": the part before the figure's own, not the publication year's
                return _last_before(own, owner.period)
            return own
        base = owner.period if owner is not None else ctx.period
        return year_before(base) if base is not None else None
    if frame.period_anaphoric and ctx.period is not None:
        # "US$88 million over the same nine months" after a 2024 total: the nine months told
        # last, also when they end after the story's period ("in the same quarter" after a
        # third quarter told past a first half)
        return _spanned(frame, ctx.period, found, date.max) or ctx.period
    if own is not None and frame.period is not None:
        if frame.period.granularity == "ytd":
            return _year_to_told(own, resolved, ctx)
        if (
            frame.period.inferred
            and frame.period.granularity != "year"  # "last year" names its year
            and ctx.period is not None
            and _months(own) == _months(ctx.period)
        ):
            if _ORDINAL_PART.search(frame.period.text):
                # "$5.1 billion in the first half of 2024 and $6.8 billion in the second half": the
                # part it names of the year the story tells (not the half just told), unless that
                # part had not ended when the story was written
                part = _moved_to_year(own, ctx.period[1].year)
                return part if published is None or part[1] <= published else own
            if _MONTH_NAME.search(frame.period.text):
                # "exports to Germany were $1.89 billion in July" after "$21.9 billion in August
                # (2023)": the month it names, in the story's year, and not ahead of publication
                return _nearest_year(own, ctx.period[1], published)
            return ctx.period  # "over the nine months" after "in January-September 2023"
        return own
    if own is None:
        told = _year_told_before(ctx, index, published)
        if told is not None:
            return told
        if published is None and _dated_from_publication(ctx.sentences[index].text):
            return None  # "... at $200 million last year" in an undated story: a year unknown
        if published is None and _other_months_than_told(ctx, index):
            # "In January, shipments recovered ..." after a 2024 total: not 2024; but after a
            # running total of a year ("January-July 2025") the months are of that year
            return _months_of_running_year(ctx, index)
    stated = [r for r in resolved.values() if not r.comparison]
    if stated:  # the last figure before it, not a comparison's ("..., down from $2bn a year earlier, while")
        return stated[-1].period
    topic = _topic_period(frame, ctx, index, published) or _singled_out_period(ctx, index, published)
    if topic is not None:
        return topic
    heading = _heading_period(ctx, index, published)
    if heading is not None:
        return heading
    if frame.whole_year and ctx.period is not None:  # "For the full year" after fourth-quarter figures
        year = ctx.period[1].year
        return date(year, 1, 1), date(year, 12, 31)
    spanned = _spanned(frame, ctx.period, found, ctx.period[1]) if ctx.period is not None else None
    if spanned is not None:
        return spanned
    trailing = frame.trailing_period
    return (
        ctx.period
        or _lead_period(ctx, index, published)
        or ((trailing.period_start, trailing.period_end) if trailing is not None else None)
    )


def _year_to_told(
    own: tuple[date, date], resolved: dict[int, _Resolved], ctx: DocumentContext
) -> tuple[date, date]:
    """ "Year to date" ends where the figures told end, not at the month before publication:
    "In October alone, exports came to $1.6 billion, while the year-to-date figure stood at
    $12.1 billion" in a December story is January-October. The last stated figure of the
    sentence, else the story's period, when it ends inside `own` before `own` does (a fiscal year
    so far runs across two calendar years)."""
    stated = [r.period for r in resolved.values() if not r.comparison and r.period is not None]
    told = stated[-1] if stated else ctx.period
    if told is not None and own[0] <= told[1] < own[1]:
        return own[0], told[1]
    return own


def _nearest_year(period: tuple[date, date], near: date, published: date | None) -> tuple[date, date]:
    """The months of `period` in the year that puts them nearest to `near` (the end of the story's
    period), never ahead of publication: "in July" after an August 2023 figure is July 2023, "in
    January" after a December 2023 one is January 2024."""
    candidates = [_moved_to_year(period, near.year + shift) for shift in (-1, 0, 1)]
    candidates = [c for c in candidates if published is None or c[1] <= published] or candidates[:1]
    return min(candidates, key=lambda c: abs((c[1] - near).days))


def _yearless_part(period: Period) -> bool:
    """Whether a period is a part of a year told with no year ("in the first quarter", "in
    April"), whose year the publication date had given."""
    return period.inferred and period.granularity in _PARTS_OF_A_YEAR


def _last_before(part: tuple[date, date], figure: tuple[date, date]) -> tuple[date, date]:
    """The same months as `part` in the last year in which they end before `figure` starts:
    the part a figure is compared with ("up from ... in the first quarter" after the second
    quarter of 2024: the first quarter of 2024; "in the fourth quarter" after the first: 2023's)."""
    moved = _moved_to_year(part, figure[1].year)
    return moved if moved[1] < figure[0] else _moved_to_year(part, figure[1].year - 1)


def _moved_to_year(period: tuple[date, date], year: int) -> tuple[date, date]:
    """The same months in the year that `period` ends in moved to `year` (a February ends on
    its 28th or 29th as that year has it)."""
    shift = year - period[1].year
    start = date(period[0].year + shift, period[0].month, 1)
    end_month = date(period[1].year + shift, period[1].month, 1)
    return start, date(end_month.year, end_month.month, monthrange(end_month.year, end_month.month)[1])


#: A half or a quarter named by its rank in the year: "the second half", "Q3", "H2".
_ORDINAL_PART: Final = re.compile(
    r"(?i)\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:half|halves|quarters?)\b|\b[HQ][1-4]\b"
    r"|\A(?:first|second|third|1st|2nd|3rd)\Z"  # (a bare ordinal listed before "... quarters")
)
#: A month's name, full or abbreviated ("July", "Jan"), in a period's text.
_MONTH_NAME: Final = re.compile(r"(?i)\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")


def _spanned(
    frame: Frame, period: tuple[date, date], found: list[TradeMention], latest: date
) -> tuple[date, date] | None:
    """The period of the length a modifier or anaphor names (`frame.span_months`) when the
    story's `period` is of another length: twelve months are the year to its end ("Annual
    imports ..." after a June figure: the year to June); others the last figure's period of
    that length, ending no later than `latest`. None: the story's period stands."""
    months = frame.span_months
    if months is None or _months(period) == months:
        return None
    if months == 12 and _months(period) < 12:
        return year_to(period[1])
    return _last_period_of_length(found, months, latest)


def _last_period_of_length(found: list[TradeMention], months: int, latest: date) -> tuple[date, date] | None:
    """The period of the last figure before that spans `months` months and ends no later than
    `latest` (the story's period): "the first half" before "In June alone", for "a half-year
    record"."""
    for m in reversed(found):
        period = (m.period_start, m.period_end)
        if _months(period) == months and m.period_end <= latest:
            return period
    return None


def _heading(ctx: DocumentContext, index: int) -> str | None:
    """The heading of the list an item sentence belongs to (a sentence ending in ":" right
    before the list's items), or None for a sentence that is no list item."""
    span = _list_span(ctx, index)
    if span:
        j = span.start - 1
    elif _row_country(ctx.sentences[index].text) is not None:  # unmarked rows ("Mali: 187,4 billion FCFA")
        j = _above_rows(ctx, index)
    else:
        return None
    return ctx.sentences[j].text if j >= 0 and ctx.sentences[j].text.endswith(":") else None


def _heading_pair(ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The two countries a list's heading names ("India-UAE trade at a glance (FY2023-24):"):
    whose total an item's "Total trade" is."""
    heading = _heading(ctx, index)
    return _two_countries(heading, ("name", "demonym")) if heading is not None else None


def _list_span(ctx: DocumentContext, index: int) -> range:
    """The indices of the list items around item sentence `index` (the run of item sentences
    it stands in); empty for a sentence that is no list item."""
    sentences = ctx.sentences
    if sentences[index].text[:1] not in _ITEM_MARKS:
        return range(0)
    first = last = index
    while first > 0 and sentences[first - 1].text[:1] in _ITEM_MARKS:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].text[:1] in _ITEM_MARKS:
        last += 1
    return range(first, last + 1)


def _list_pair(ctx: DocumentContext, index: int) -> tuple[str, str] | None:
    """The two countries every other item of the list names, when each item that names a
    country names both ("- Total trade, 2023: $318.6 million" then "- Philippine exports to
    Chile: ..."): a box about one pair, whose "Total trade" is the pair's. None when an item
    names one country alone or another pair ("- Exports to Togo: ...": a country's own box)."""
    pair: tuple[str, str] | None = None
    for j in _list_span(ctx, index):
        if j == index:
            continue
        text = ctx.sentences[j].text
        mentions = find_countries(text)
        if not mentions:
            continue
        named = _two_countries(text, ("name", "demonym"), mentions=mentions)
        if named is None or (pair is not None and set(named) != set(pair)):
            return None
        pair = pair or named
    return pair


def _heading_period(ctx: DocumentContext, index: int, published: date | None) -> tuple[date, date] | None:
    """The period a list's heading names ("Key figures for the first quarter of 2024:"),
    for an item of the list ("• Exports to Mali: 148.2 billion CFA francs")."""
    heading = _heading(ctx, index)
    if heading is None:
        return None
    # "India-UAE trade at a glance (FY2023-24):": India's April-March year
    stated = [p for p in _periods_of(heading, published, ctx) if not p.comparison]
    return (stated[-1].period_start, stated[-1].period_end) if stated else None


#: "that year", "the same year", "that same year": a year named just before, not one measured
#: from it ("that year-ago period", "the same year earlier").
_THAT_YEAR: Final = re.compile(
    r"(?i)\b(?:that(?:\s+same)?|the\s+same)\s+year\b(?![-\w]|\s+(?:ago|earlier|before)\b)"
)
#: A written year ("in November 2019", "on November 17, 2019").
_WRITTEN_YEAR: Final = re.compile(r"(?<![\d$€£¥.,])(?:19[5-9]\d|20\d\d)(?![\d%]|[.,]\d)")


#: A year counted from the publication ("last year", "this year", "the current year").
_PUBLICATION_YEAR: Final = re.compile(
    r"(?i)\b(?:(?:last|this|next)|the\s+(?:current|past|previous))\s+year\b(?!-)"
)


def _dated_from_publication(text: str) -> bool:
    """Whether the sentence dates its figure by a year counted from the publication: then the
    figure is of that year, never of the story's running period (which a story with no date
    leaves unknown: "Algeria's trade with Nigeria ... at just over $200 million last year"
    after a first-half figure is not of that half)."""
    return "year" in text and _PUBLICATION_YEAR.search(text) is not None


def _other_months_than_told(ctx: DocumentContext, index: int) -> bool:
    """Whether an undated story's sentence names months of the publication's year that the
    period told before does not span ("In January, ..." after "in 2024"): that month's year
    is unknown, and the whole year told before is no period of its figure; the same months
    ("during the January-May period" after "the first five months of 2025") are that one."""
    months = _months_of_publication_year(ctx.sentences[index].text)
    return months is not None and (ctx.period is None or months != _months(ctx.period))


def _months_of_publication_year(text: str) -> int | None:
    """How many months the sentence names with no year of their own ("In January, shipments
    recovered to $66.5 million": 1, "in January-March", "in the third quarter": 3), whose
    year is the publication's; None when it names none. Read against a stand-in publication
    day, asked only for undated stories whose frame has no period of its own."""
    named = [p for p in find_periods(text, _STAND_IN_PUBLICATION) if p.inferred and not p.comparison]
    return _months((named[0].period_start, named[0].period_end)) if named else None


#: Granularities of a part of a year a sentence names with no year ("in June-August", "in the
#: third quarter"), not a year counted from the publication ("last year") nor a run to it.
_PARTS_OF_A_YEAR: Final = frozenset(["month", "months", "quarter", "half"])


def _months_of_running_year(ctx: DocumentContext, index: int) -> tuple[date, date] | None:
    """In an undated story, the months a sentence names with no year ("In June-August, Peru
    sold Chile power worth ...") after a running total of a year told before ("in
    January-July 2025"): of that year. A total from January to a month before December is
    published in its own year (or just after it closes), so months told without a year are
    of it; after a whole year or another span the months' year stays unknown (None)."""
    told = ctx.period
    if told is None or (told[0].month, told[0].day) != (1, 1) or told[1].year != told[0].year:
        return None
    if told[1].month == 12:
        return None
    text = ctx.sentences[index].text
    named = [
        p
        for p in find_periods(text, _STAND_IN_PUBLICATION)
        if p.inferred and not p.comparison and p.granularity in _PARTS_OF_A_YEAR
    ]
    if not named:
        return None
    return _moved_to_year((named[0].period_start, named[0].period_end), told[0].year)


#: Any day, to tell which periods of a sentence take their year from the publication date.
_STAND_IN_PUBLICATION: Final = date(2000, 12, 31)


def _year_told_before(ctx: DocumentContext, index: int, published: date | None) -> tuple[date, date] | None:
    """The year "that year" points back to: the last year written before it, in its own
    sentence or the one before ("Pinera met Moon in Seoul in November 2019. That year, trade
    between the two countries came to $5.7 billion": 2019, not the story's period nor nothing).
    A whole year told so (a fiscal one) is itself; a month or a day is of its calendar year."""
    text = ctx.sentences[index].text
    low = text.lower()  # (`_THAT_YEAR` needs "that" or "same" beside "year": cheap tests first)
    that = _THAT_YEAR.search(text) if "year" in text and ("that" in low or "same" in low) else None
    if that is None:
        return None
    for before in (text[: that.start()], ctx.sentences[index - 1].text if index else ""):
        told = [p for p in _periods_of(before, published, ctx) if not p.comparison]
        if told and told[-1].granularity in ("year", "fiscal_year"):
            return told[-1].period_start, told[-1].period_end
        years = _WRITTEN_YEAR.findall(before)
        if years:
            year = int(years[-1])
            return date(year, 1, 1), date(year, 12, 31)
    return None


def _lead_period(ctx: DocumentContext, index: int, published: date | None) -> tuple[date, date] | None:
    """The period of the trade sentences without a figure before this one, when the story
    has named none with a figure: "Argentina's trade with Brazil shrank in 2023. Exports to
    Brazil totalled US$12.4 billion ..." (asked only when every other source is empty)."""
    for sentence in reversed(ctx.sentences[max(0, index - RECENT_SENTENCES) : index]):
        if not _speaks_of_trade(sentence.text):
            continue
        stated = _told_span(sentence.text, published, ctx)
        if stated is not None:
            return stated
    return None


def _told_span(text: str, published: date | None, ctx: DocumentContext) -> tuple[date, date] | None:
    """The last span a sentence without a figure tells its trade for: no comparison period, no
    starting point ("since 2015") and no end it runs to."""
    stated = [p for p in _periods_of(text, published, ctx) if not p.comparison
              and p.preposition not in NON_ANCHOR_PREPOSITIONS and p.preposition != "to"]  # fmt: skip
    return (stated[-1].period_start, stated[-1].period_end) if stated else None


def _months(period: tuple[date, date]) -> int:
    """How many months a period spans; one that runs from mid-month to mid-month ("March 21
    to October 22") counts its days, as "the seven-month period" names it."""
    start, end = period
    if start.day != 1 or (end + timedelta(days=1)).day != 1:
        return round(((end - start).days + 1) / _DAYS_PER_MONTH)
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _mention(frame: Frame, result: _Resolved, sentence: Sentence) -> TradeMention:
    money = frame.money
    direction = result.direction
    return TradeMention(
        flow=direction.flow,
        reporter_iso3=direction.reporter,
        partner_iso3=direction.partner,
        period_start=result.period[0],
        period_end=result.period[1],
        value=money.value,
        currency=result.currency,
        change_pct=None if frame.comparison else frame.change,
        product=result.product,
        evidence=sentence.text,
        char_start=sentence.start + money.start,
        char_end=sentence.start + money.end,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
    )


def _deduplicated(found: list[TradeMention]) -> list[TradeMention]:
    """One mention per figure: a value repeated for the same flow, pair and period (a lead
    and its body, a quote and its paraphrase, two sources rounding differently: "$41 billion"
    and "$41.03 billion") is kept once, with its change if any copy has it."""
    kept: dict[tuple, list[int]] = {}
    out: list[TradeMention] = []
    for m in found:
        key = (*_figure_key(m), m.product is None)
        same = next((i for i in kept.get(key, ()) if _same_value(out[i].value, m.value)), None)
        if same is not None:
            first = out[same]
            if first.change_pct is None and m.change_pct is not None:
                out[same] = replace(first, change_pct=m.change_pct)
            continue
        kept.setdefault(key, []).append(len(out))
        out.append(m)
    return out


def _without_lines_beside_figures(found: list[TradeMention]) -> list[TradeMention]:
    """A line the figure crossed ("It was the first time trade crossed the $80 billion mark") is
    read as the figure only where the story tells no other: beside "Trade ... reached $81.5
    billion in 2024", of the same flow, sides, period, currency and goods, the line is no second
    fact."""
    lines = [_names_a_line(m) for m in found]
    if not any(lines):
        return found
    pairs = list(zip(found, lines, strict=True))
    told = {(*_figure_key(m), m.product) for m, line in pairs if not line}
    return [m for m, line in pairs if not (line and (*_figure_key(m), m.product) in told)]


def _names_a_line(m: TradeMention) -> bool:
    """Whether the amount of `m` is written as a line crossed: "crossed the $80 billion mark"."""
    at, end = m.char_start - m.evidence_start, m.char_end - m.evidence_start
    return crossed_line(m.evidence[:at], m.evidence[end : end + 16])


def _without_shadowed_reexports(found: list[TradeMention]) -> list[TradeMention]:
    """Re-exports are read as exports (national statistics count them in), but where the text
    gives plain exports of the same pair and period too ("exports to Uganda rose to Sh42.7
    billion ... Re-exports to Uganda accounted for a further Sh9.8 billion"), those are the
    pair's exports and the re-exports only a part or a supplement of them: no second fact."""
    if not any(m.flow == "exports" and _REEXPORT_GUARD.search(m.evidence) for m in found):
        return found
    reexports = [_reexport(m) for m in found]
    plain = {
        (m.reporter_iso3, m.partner_iso3, m.period_start, m.period_end)
        for m, again in zip(found, reexports, strict=True)
        if m.flow == "exports" and not again
    }
    return [
        m
        for m, again in zip(found, reexports, strict=True)
        if not (again and (m.reporter_iso3, m.partner_iso3, m.period_start, m.period_end) in plain)
    ]


#: Either spelling of the prefix, any case: a quick test before the cues are read.
_REEXPORT_GUARD: Final = re.compile(r"(?i)re-?export")


def _reexport(m: TradeMention) -> bool:
    """Whether the exports figure `m` is told by "re-exports" / "reexports": the export cue
    nearest before its amount (or, with none before, the first after) carries the prefix, as
    flow_cues reads it ("re-exported fuel" is goods, no cue)."""
    if m.flow != "exports":
        return False
    at = m.char_start - m.evidence_start
    low = lower_same_length(m.evidence)
    words = [start for start, _end, word, _flow in flow_cues(m.evidence, low) if word.startswith("export")]
    before = [w for w in words if w < at]
    word = before[-1] if before else (words[0] if words else None)
    return word is not None and reexport_at(low, word)


def _same_value(a: float, b: float) -> bool:
    """Within half a percent: the same figure rounded differently."""
    return abs(a - b) <= DUPLICATE_TOLERANCE * max(abs(a), abs(b))
