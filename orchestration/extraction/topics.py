"""Short topic phrases of an engagement, for analysts: "renewable energy", "port of Aktau".

Topics are the objects of the words that open a subject matter ("discussed energy, transport
and water use", "focusing on energy cooperation", "a memorandum on e-commerce
cooperation"), which engagement_clauses.py marks as topic tokens. A run of topic tokens is
cut into list items at commas, "as well as" and "including"; each item loses the framing
words every wire story wraps around its topics ("the implementation of", "cooperation in",
"prospects for", "issues of"), and is kept when it is short enough to be a label.
"""

from __future__ import annotations

import re
from typing import Final

from orchestration.extraction.dates import CALENDAR_NAMES, YEAR_WORD
from orchestration.extraction.engagement_types import (
    AGREEMENT_NOUNS,
    NOUN_TRIGGERS,
    SIGNED_VERBS,
    TOPIC_VERBS,
    VISIT_KINDS,
    word_set,
)
from orchestration.extraction.money import HEDGE_ALTERNATION, find_money
from orchestration.extraction.text import has_digit
from orchestration.extraction.titles import Sentence

_MAX_WORDS: Final = 7
_MAX_TOPICS: Final = 8
#: Verbs that carry a bond and its fields ("enhance cooperation in energy"): framing before a
#: topic, and after "to" the opening of a clause, no list item.
_CARRIER_VERBS: Final = (
    "enhance boost strengthen deepen expand develop promote advance broaden intensify widen"
)
#: The same verbs as gerunds, which carry the bond as the object of a verb of discussion
#: ("discussed expanding cooperation in | mining", "focused on boosting ties in | tourism").
_CARRIER_GERUNDS: Final = (
    "enhancing boosting strengthening deepening expanding developing promoting advancing broadening "
    "intensifying widening"
)
_SPLITTERS: Final = frozenset([",", ";", "including", "notably", "especially", "particularly"])
_FRAMING: Final = re.compile(
    r"^(?:(?:the|a|an|its|their|further|possible|new|current|upcoming|forthcoming|bilateral|mutual|joint|long-term|"
    r"issues?|matters?|questions?|prospects?|ways?|avenues?|state|status|implementation|development|expansion|"
    r"strengthening|deepening|promotion|preparations?|results?|progress|agenda|possibilities|"
    r"opportunities|cooperation|interaction|partnership|relations|ties|projects?|plans?|work|"
    r"construction|creation|establishment|launch|participation|use|views|opinions|notes|"
    # the worry the matter raises: "(addressed) concerns over | the drought"
    r"concerns?|fears?|worries|"
    # the warmth of greetings exchanged: "(exchanged) warm | Novruz greetings"
    r"warm|cordial|heartfelt)\s+"
    r"(?:(?:of|for|in|on|to|and|within|over|about)\b\s*)?"
    # "(ways to) enhance them in the fields of | energy": the carrier of a list of fields
    r"|(?:fields?|areas?|domains?|spheres?|sectors?)\s+of\s+"
    # "(ways to) enhance cooperation in | the fields of energy": the carrier names the bond, whose
    # fields or matter follow
    r"|(?:" + "|".join((_CARRIER_VERBS + " " + _CARRIER_GERUNDS).split()) + r")\s+"
    r"(?:them|it|(?:bilateral\s+|mutual\s+)?(?:cooperation|collaboration|ties|relations|partnership))"
    r"\s+(?:(?:in|on)\s+)?"
    # the growth sought of a matter: "(discussed) expanding | trade", "boosting | investment"
    # (after the carrier, which reads "enhancing them in | the fields of energy" first)
    r"|(?:expanding|boosting|increasing|enhancing|promoting|intensifying|broadening|advancing|widening)\s+)+",
    re.IGNORECASE,
)
#: The making of a thing agreed, before the thing: "(agreed to) jointly develop a | hydrogen plant",
#: "set up a | joint business council" (its own words, "joint" too, are the label's, as no framing
#: after the verb is stripped); only before an article: "develop tourism" names a field.
_MAKING: Final = re.compile(
    r"(?i)(?:(?:jointly|together)\s+)?(?:develop|build|construct|establish|create|launch|open|set\s+up)"
    r"\s+(?:a|an|the)\s+(?=\w)"
)
#: Framing heads that also name an economic sector: alone ("construction, healthcare and
#: fintech") the word is the topic, with a complement ("construction of the port") the framing.
_SECTOR_HEADS: Final = frozenset(["construction", "development"])
#: The sides named again after a topic ("trade between the two countries", "the cocoa pricing
#: strategy of both countries"): who the talks were between, told already, no part of the label.
_TRAILING: Final = re.compile(
    r"\s+(?:between|among|with|of|for)\s+(?:the\s+two|both)\s+(?:countries|sides|nations|states)\s*$",
    re.IGNORECASE,
)
#: The day or occasion of an event told before, written after the topic with no preposition
#: ("an agreement on the TAZARA concession | the same day", "on visa exemption | later that
#: day"): when, no word of the matter (with "on", `_same_occasion` in engagement_clauses cuts it).
_SAME_OCCASION_AFTER: Final = re.compile(
    r"\s+(?:(?:later|earlier)\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night|occasion)$",
    re.IGNORECASE,
)
#: Words a topic phrase neither opens nor ends on ("upon" as "on": "touched upon | economic ties").
_EDGE_WORDS: Final = word_set(
    "and or the of to on upon in for with as well also a an about around regarding concerning"
)

#: Adverbs of place that end a clause's object before its day ("signed an agreement on port
#: services here today", as agencies write of the dateline's city): where, not what.
_PLACE_ADVERBS: Final = word_set("here there")


def topic_phrases(s: Sentence, topic_tokens: frozenset[int]) -> list[str]:
    """Topic phrases of one sentence from its topic tokens, in order, without duplicates."""
    if not topic_tokens:
        return []
    phrases: list[str] = []
    current: list[int] = []
    ordered = _purpose_cut(s, sorted(topic_tokens))
    if "among" in s.lowers:
        ordered = _without_among_others(s, ordered)
    final_ands = _final_list_ands(s, ordered)
    for i in ordered:
        lower = s.lowers[i]
        if lower in (",", ".") and thousands_separator(s, i):
            lower = "<digits>"  # "10,000 tons of rice", "$8.8 billion": not a list's comma, no full stop
        if lower == "," and (_name_list_comma(s, i) or _comma_inside_a_name(s, i)):
            lower = "<names>"  # "the withdrawal of Mali, Burkina Faso and Niger from ECOWAS": one item
        as_well_as = lower == "as" and _as_well_as(s, i)
        list_and = lower == "and" and (
            _list_and(s, i)
            or i in final_ands
            or _repeats_preposition(s, i, topic_tokens)
            or _repeats_infinitive(s, i, topic_tokens)
            or _verb_follows(s, i)
        )
        if current and (i != current[-1] + 1 or lower in _SPLITTERS or as_well_as or list_and):
            _flush(s, current, phrases)
            current = []
        if lower in _SPLITTERS or lower in (".", "!", "?") or list_and:
            continue
        if as_well_as or (lower in TOPIC_VERBS and s.lowers[i - 1] == "and" and _verb_follows(s, i - 1)):
            continue  # ("reviewed A and | discussed | B": the second verb opens B, no word of it)
        if lower in ("well",) and s.lowers[i - 1] == "as":
            continue
        current.append(i)
    _flush(s, current, phrases)
    seen: set[str] = set()
    unique = []
    for phrase in phrases:
        if phrase.lower() not in seen:
            seen.add(phrase.lower())
            unique.append(phrase)
    return unique[:_MAX_TOPICS]


#: Nouns after "among other" that close a list as "and so on" does: "among other issues".
_OTHERS_NOUNS: Final = word_set("issues things matters topics areas subjects questions fields sectors")


def _without_among_others(s: Sentence, ordered: list[int]) -> list[int]:
    """Topic tokens less the "among others" that closes a list ("touched on food security,
    pharmaceuticals and renewable energy, among other issues"), with its comma: no item, and its
    comma had kept the list's last "and" from parting the last two items."""
    dropped: set[int] = set()
    for i in ordered:
        if s.lowers[i] != "among":
            continue
        if s.lowers[i + 1] == "others":
            end = i + 1
        elif s.lowers[i + 1] == "other" and s.lowers[i + 2] in _OTHERS_NOUNS:
            end = i + 2
        else:
            continue
        dropped.update(range(i - (s.lowers[i - 1] == ","), end + 1))
    return [i for i in ordered if i not in dropped] if dropped else ordered


#: Words after a list of names that go on with the phrase the list is part of: "from ECOWAS".
_AFTER_A_NAME_LIST: Final = word_set("from to into in on at")


def _name_list_comma(s: Sentence, i: int) -> bool:
    """Whether the comma at token i parts names of a list that "of" governs and a preposition
    goes on after ("the withdrawal of Mali, Burkina Faso and Niger from ECOWAS"), or that a
    relation's "with" or a situation's "in" governs to the sentence's end ("ties with A, B and
    C"): a list inside one item, no list of items ("discussed Mali, Niger and Chad" still lists
    three)."""
    if not (s.caps[i - 1] and i + 1 < len(s.lowers) and s.caps[i + 1]):
        return False
    k = i - 1
    while k > 0 and (s.caps[k] or s.lowers[k] == ","):
        k -= 1
    relation = s.lowers[k] in ("with", "in") and s.lowers[k - 1] in _PLACES_RELATION_HEADS
    if (s.lowers[k] != "of" and not relation) or s.caps[k - 1]:
        return False  # ("the Port of Tema, Lome and ..." is a name's "of")
    j, closed = i + 1, False
    while j < len(s.lowers) and (s.caps[j] or s.lowers[j] in (",", "and")):
        closed = closed or s.lowers[j] == "and"
        j += 1
    if relation:
        # "ties with Mozambique, Tanzania and Angola", "the situation in Sudan, Somalia and South
        # Sudan": the places one relation or situation is of, to the sentence's end (the first
        # item had lost its places, or been dropped as "with Mozambique")
        return closed and (j >= len(s.lowers) or s.lowers[j] in (".", ";"))
    if closed and (j >= len(s.lowers) or s.lowers[j] in (".", ";")):
        # "a meeting of the foreign ministers of Algeria, Tunisia and Libya": the places a noun's
        # "of" governs to the sentence's end, one item (its first name had ended the first item,
        # the rest made a second); not after a framing noun ("the issues of A, B and C")
        return _FRAMING.match(f"{s.lowers[k - 1]} of ") is None
    return closed and j < len(s.lowers) and s.lowers[j] in _AFTER_A_NAME_LIST


#: Nouns of a relation with places or a situation in them, whose "with"/"in" governs a list of
#: names: "ties with A, B and C", "the situation in A, B and C".
_PLACES_RELATION_HEADS: Final = word_set(
    "ties relations relationship trade cooperation partnership links situation situations developments"
)


def _comma_inside_a_name(s: Sentence, i: int) -> bool:
    """Whether the comma at token i parts the capitalised words of one body's name after the
    name's own preposition ("the Commission on Trade, Economic, Scientific and Technical
    Cooperation"): a capitalised noun before "on"/"for" and a run of capitals whose last "and"
    is followed by two or more (the shared head); the adjectives are no topics of their own, and
    "the Port of Tema, Lome and Cotonou" still lists ports."""
    if not (s.caps[i - 1] and i + 1 < len(s.lowers) and s.caps[i + 1]):
        return False
    k = i - 1
    while k > 0 and (s.caps[k] or s.lowers[k] in (",", "and")):
        k -= 1
    if s.lowers[k] not in ("on", "for") or k == 0 or not s.caps[k - 1]:
        return False
    j, last_and = i + 1, None
    while j < len(s.lowers) and (s.caps[j] or s.lowers[j] in (",", "and")):
        last_and = j if s.lowers[j] == "and" else last_and
        j += 1
    return last_and is not None and j - last_and > 2  # the shared head: "and Technical Cooperation"


def _name_list_allowance(s: Sentence, tokens: list[int]) -> int:
    """Words a label may run over its length by for a list of names inside it: two a comma and
    one for its "and", about as many as the names are long."""
    commas = sum(1 for i in tokens if s.lowers[i] == "," and _name_list_comma(s, i))
    return 2 * commas + 1 if commas else 0


def thousands_separator(s: Sentence, i: int) -> bool:
    """Whether the comma or point at token i stands between digits, inside a number ("10,000",
    "8.8")."""
    return s.words[i - 1][-1:].isdigit() and s.words[i + 1][:1].isdigit()


def _list_and(s: Sentence, i: int) -> bool:
    """ "regional security, the Lamu corridor and a power line": the last "and" of a list
    joins a new item when an article follows it ("trade and investment" stays whole)."""
    return s.lowers[i] == "and" and s.lowers[i + 1] in ("a", "an", "the")


#: Prepositions a list repeats before each item: "focused on A and on B", "dealt with A and with B" (not
#: "to", which opens an infinitive as often: "agreed to speed up A and to open B").
_REPEATED_PREPOSITIONS: Final = word_set("on upon about with over regarding concerning")


def _repeats_preposition(s: Sentence, i: int, topic_tokens: frozenset[int]) -> bool:
    """Whether the "and" at token i goes on with the preposition that opened its topic run
    ("focused on the reopening of the crossing and on bank payments"): it joins a new item,
    however long the first; the run was one phrase too long for a label and both were lost. A
    date after it ("... and on Monday") is no item."""
    after = s.lowers[i + 1]
    if after not in _REPEATED_PREPOSITIONS or s.lowers[i + 2] in CALENDAR_NAMES:
        return False
    first = i
    while first - 1 in topic_tokens:
        first -= 1
    return after in (s.lowers[first], s.lowers[first - 1])


def _repeats_infinitive(s: Sentence, i: int, topic_tokens: frozenset[int]) -> bool:
    """Whether the "and" at token i goes on with the "to" of an infinitive that opened its topic
    run ("agreed to build a cocoa plant and to open a border post"): a second thing agreed, a new
    item; the two had made one run too long for a label, and both were lost. Only before a word
    in lower case that no determiner or number is (the verb: not "to the port", "to 2030")."""
    if s.lowers[i + 1] != "to":
        return False
    verb = s.words[i + 2]
    if not (verb.isalpha() and verb.islower()) or verb in _NO_INFINITIVE_WORDS:
        return False
    first = i
    while first - 1 in topic_tokens:
        first -= 1
    if s.lowers[first + 1] == "to" and s.lowers[first] in _INFINITIVE_HEADS:
        return True  # "discussed ways to boost trade and to attract investment"
    if s.lowers[first - 2] == "to" and s.words[first - 1].isalpha() and s.words[first - 1].islower():
        return True  # "agreeing to revive | the commission and to expand ...": the run opens past its verb
    return "to" in (s.lowers[first], s.lowers[first - 1])


#: Nouns whose "to" opens the infinitive of a topic run: "ways to boost trade", "measures to".
_INFINITIVE_HEADS: Final = word_set("ways steps measures means efforts plans mechanisms")
#: Words after "to" that open no infinitive: "to the port", "to a new level", "to all sides".
_NO_INFINITIVE_WORDS: Final = word_set("the a an its their this that these those all both each some")


def _verb_follows(s: Sentence, i: int) -> bool:
    """Whether the "and" at token i goes on with a past verb of discussion ("reviewed the
    preparations and discussed the situation in Libya"): a second verb, whose object is a new
    item ("monitoring and review of" is a noun, no verb)."""
    after = s.lowers[i + 1]
    return after in TOPIC_VERBS and (after.endswith("ed") or after == "dealt")


#: Pairs that name one field, kept whole as a list's last item: "trade, science and technology".
_BINOMIALS: Final = frozenset(
    [
        ("science", "technology"),
        ("oil", "gas"),
        ("research", "development"),
        ("peace", "security"),
        ("small", "medium"),
        ("small", "medium-sized"),
        ("arts", "culture"),
        ("youth", "sports"),
        ("gems", "jewellery"),
        ("gems", "jewelry"),
        ("law", "order"),
        ("health", "safety"),
    ]
)


def _final_list_ands(s: Sentence, ordered: list[int]) -> frozenset[int]:
    """The "and" that joins the last item of a comma list ("mining, defence and visa
    facilitation", "trade, transport, water use and energy"): a comma before the item shows the
    list, and its "and" joins one more item, not a pair. Kept whole: a pair of one field ("trade,
    science and technology"), adjectives sharing a noun ("political, economic and trade
    cooperation"), a pair a preposition governs ("between Bishkek and Osh") and a name's "and"."""
    found: list[int] = []
    segment: list[int] = []
    opener = closer = ""
    previous = -2
    for i in ordered:
        lower = s.lowers[i]
        if lower == "," and thousands_separator(s, i):
            lower = "<digits>"
        contiguous = i == previous + 1
        skipped_comma = i == previous + 2 and s.lowers[i - 1] == "," and not thousands_separator(s, i - 1)
        previous = i
        if contiguous and lower not in _SPLITTERS:
            segment.append(i)
            continue
        closer = lower if contiguous else "," if skipped_comma else ""
        if opener == "," and closer != "," and (k := _last_item_and(s, segment)):
            found.append(k)
        segment = [] if lower in _SPLITTERS else [i]
        opener = closer
    if opener == "," and (k := _last_item_and(s, segment)):
        found.append(k)
    return frozenset(found)


def _last_item_and(s: Sentence, segment: list[int]) -> int | None:
    """The last "and" of a list's last item that joins two items, or None (see
    _final_list_ands)."""
    if any(s.lowers[i] == "both" for i in segment):
        return None
    pair = next((k for k, i in enumerate(segment) if s.lowers[i] in ("between", "among")), None)
    # "transport and the free movement of people and goods": an "and" before an article joins the
    # last item (_list_and parts it), so an "and" after it is inside that item, no list's
    joined = next((k for k in range(1, len(segment) - 1) if _list_and(s, segment[k])), len(segment))
    for k in range(min(len(segment) - 2, joined), 0, -1):
        i = segment[k]
        if s.lowers[i] != "and":
            continue
        if pair is not None and not _before_a_pair_of_places(k, pair):
            continue  # ("a flight between Bishkek and Jeddah", "cargo and passenger flights between ...")
        before, after = s.lowers[i - 1], s.lowers[i + 1]
        if _joins_two_countries(s, i):
            return i  # "discussed Mali, Niger and Chad": three countries, each a topic
        if s.in_country(i):
            continue  # ("Sudan and Bosnia and Herzegovina": the "and" of a country's name)
        if s.caps[i - 1] or s.caps[i + 1] or after in _EDGE_WORDS or before in _EDGE_WORDS:
            return None
        if (before, after) in _BINOMIALS:
            return None
        if k == 1 and before.endswith(("al", "ic")) and len(segment) - k > 2:
            return None  # "economic and trade cooperation": adjectives sharing one noun
        rest = s.text[s.starts[i + 1] : s.ends[segment[-1]]]
        if not _FRAMING.sub("", rest + " ").strip(" .,;"):
            return None  # "economic, trade and cooperation ties": nothing left after "and"
        return i
    return None


def _before_a_pair_of_places(k: int, pair: int) -> bool:
    """Whether the "and" at index k of a list's last item, whose "between"/"among" stands at
    index `pair`, joins two items of two words or more before it ("fisheries surveillance and
    direct air links | between Suva and Honiara"): not the "and" the preposition governs, nor
    one of two words sharing a noun ("cargo and passenger flights between ...")."""
    return 2 <= k < pair - 2


#: Prepositions whose object a list of countries' names is, inside one item: "the ministers of
#: Georgia, Azerbaijan and Türkiye", "ties with A, B and C".
_NAME_LIST_GOVERNORS: Final = word_set("of with in between among from to for by and")


def _joins_two_countries(s: Sentence, i: int) -> bool:
    """Whether the "and" at token i stands between two countries' names ("Niger and Chad"), not
    inside one ("Trinidad and Tobago", which its mention spans), in a list of topics: not in a
    list that a preposition governs ("the withdrawal of Mali, Burkina Faso and Niger from ECOWAS",
    "a shared plan of Chile, Peru and Bolivia", one item)."""
    if s.country_ending_at(i, ("name",)) is None or s.country_at(i + 1) is None:
        return False
    k = i - 1
    while k > 0 and (s.caps[k] or s.lowers[k] == ","):
        k -= 1
    return s.lowers[k] not in _NAME_LIST_GOVERNORS


def _as_well_as(s: Sentence, i: int) -> bool:
    """Whether "as well as" starts at token i."""
    return s.lowers[i] == "as" and s.lowers[i + 1] == "well" and s.lowers[i + 2] == "as"


def _flush(s: Sentence, tokens: list[int], phrases: list[str]) -> None:
    """Turn a run of topic tokens into a phrase without framing words, when short enough."""
    if tokens and _clause_after_comma(s, tokens[0]):
        return
    while tokens and s.lowers[tokens[0]] in _EDGE_WORDS:
        tokens = tokens[1:]
    if tokens and s.lowers[tokens[0]] in _PARTICLES and s.lowers[tokens[0] - 1] in _PURPOSE_PHRASAL_VERBS:
        tokens = tokens[1:]  # "(to drum) up | support for X", "(to iron) out | differences": the verb's
    if tokens and _opens_clause(s, tokens[0]):
        return
    while tokens and (
        s.lowers[tokens[-1]] in _EDGE_WORDS
        or s.lowers[tokens[-1]] in _RELATIVE_WORDS
        or (s.lowers[tokens[-1]] in _PLACE_ADVERBS and not s.caps[tokens[-1]])
    ):
        tokens = tokens[:-1]  # ("the subsea cable that | is to link ...": the relative clause is cut)
    tokens = _without_shared_field_noun(s, tokens)
    tokens = _before_reduced_relative(s, tokens)
    tokens = _before_its_worth(s, tokens)
    target = _target_start(s, tokens)
    tokens = tokens[:target] if target else tokens
    tokens = _before_its_time(s, tokens)
    tokens = _before_its_occasion(s, tokens)
    if not tokens:
        return
    first = tokens[0]
    if s.words[first].isdigit() and s.lowers[first - 1] == "," and thousands_separator(s, first - 1):
        return  # "000 tons of rice": cut from inside "10,000", whose start is no topic
    text = s.text[s.starts[tokens[0]] : s.ends[tokens[-1]]]
    if _capital_of_sentence_only(s, first):
        text = text[0].lower() + text[1:]  # "Cattle exports were on the agenda": "cattle exports"
    if target:
        text = _GROWTH_OF_A_TARGET.sub("", text)  # "(raise) | bilateral trade (to $10 billion)"
    made = _MAKING.match(text)
    if _document_kind(s, tokens):
        pass  # "(signed a) bilateral investment treaty": the kind is the document's name, framed by nothing
    elif made:
        text = text[made.end() :]
    elif _bilateral_bond(s, tokens):
        text = text.removeprefix("the ").removeprefix("The ")
    else:
        text = _without_framing(text)
    text = _TRAILING.sub("", text).strip(" ,.;:")
    if "same" in text or "that" in text:
        text = _SAME_OCCASION_AFTER.sub("", text)
    words = text.split()
    if len(words) > _MAX_WORDS and (cut := _setting_of_a_pair(s, tokens)) is not None:
        # "the free movement of people and goods | within the WAEMU space": the pair is one
        # matter, where it holds is no word of the label (it had been cut at "and" into two)
        _flush(s, [i for i in tokens if i < cut], phrases)
        return
    if len(words) > _MAX_WORDS and (cut := _items_and(s, tokens)) is not None:
        # "cashew processing and duty-free access for pigeon peas": too long for one label, two
        # items joined by "and" with no comma before it
        _flush(s, [i for i in tokens if i < cut], phrases)
        _flush(s, [i for i in tokens if i > cut], phrases)
        return
    if (
        not words
        or len(words) > _MAX_WORDS + _pair_allowance(s, tokens) + _name_list_allowance(s, tokens)
        or not any(c.isalpha() for c in text)
    ):
        return
    if words[0].lower() in _EDGE_WORDS or _amount_of_money(text) or _bare_measure(words):
        return
    if len(words) == 1 and words[0].lower() in NOUN_TRIGGERS:
        return  # "(to prepare for) the meeting", "the agenda of the upcoming visit": no matter named
    if words[0].lower() in _PARTITIVES and words[1:2] == ["of"]:
        return  # "including several of the 32 gold | and silver objects": some of a set, no label
    pair = _two_items(words) if _stands_alone(s, tokens) else None
    phrases.extend([" ".join(pair[0]), " ".join(pair[1])] if pair else [text])


def _document_kind(s: Sentence, tokens: list[int]) -> bool:
    """Whether the run is a document named by its kind after a signing verb and its article
    ("(signed a) bilateral investment treaty", "(inked an) air services agreement"): words of the
    name, none of them framing ("discussed a possible trade agreement" is framed as before)."""
    signed = s.lowers[tokens[0] - 2] in SIGNED_VERBS or s.lowers[tokens[0] - 2] in ("and", ",")
    return signed and s.lowers[tokens[0] - 1] in ("a", "an") and s.lowers[tokens[-1]] in AGREEMENT_NOUNS


#: Particles of a phrasal verb of purpose, which open no topic: "(to drum) up support for X".
_PARTICLES: Final = word_set("up out")
#: The verbs that take them: "drum up", "iron out", "map out", "step up", "scale up", "shore up".
_PURPOSE_PHRASAL_VERBS: Final = word_set("drum iron map step scale shore")


#: Plural nouns of fields that every item of a list before them shares: "the energy, mining and
#: agriculture | sectors".
_SHARED_FIELD_NOUNS: Final = word_set("sectors fields areas spheres domains industries")
#: Determiners that open such a list, whose items then all modify its last noun.
_LIST_DETERMINERS: Final = word_set("the its their")
#: How many tokens a list of modifiers before its last "and" may hold.
_MODIFIER_LIST_REACH: Final = 12
#: How many words one modifier of such a list may hold ("water supply").
_MODIFIER_WORDS: Final = 2


def _without_shared_field_noun(s: Sentence, tokens: list[int]) -> list[int]:
    """A list's last item without the plural field noun all its items share ("cooperation in
    the energy, mining and agriculture sectors": "agriculture", as the others are "energy" and
    "mining"; it had been "agriculture sectors"). Only after a list of bare modifiers that a
    determiner opens: a list of nouns ("tourism, fisheries and service industries") and a lone
    pair ("the energy and mining sectors") keep it."""
    if len(tokens) < 2 or s.lowers[tokens[-1]] not in _SHARED_FIELD_NOUNS:
        return tokens
    before = tokens[0] - 1
    if s.lowers[before] != "and":
        return tokens
    return tokens[:-1] if _modifier_list_before(s, before) else tokens


def _modifier_list_before(s: Sentence, and_token: int) -> bool:
    """Whether the list's "and" at token `and_token` ends a comma list of lower-case words that a
    determiner opens ("the energy, mining and", "the health, education, and")."""
    commas = words = 0
    for k in range(and_token - 1, max(0, and_token - _MODIFIER_LIST_REACH) - 1, -1):
        lower = s.lowers[k]
        if lower in _LIST_DETERMINERS:
            return commas > 0 and s.lowers[k + 1] != ","
        if lower == ",":
            commas, words = commas + 1, 0
            continue
        words += 1
        if words > _MODIFIER_WORDS or s.caps[k] or lower in _EDGE_WORDS:
            return False  # ("the sides discussed tourism, ...": a clause, no list of modifiers)
        if not lower.replace("-", "").isalpha():
            return False
    return False


def _capital_of_sentence_only(s: Sentence, first: int) -> bool:
    """Whether the topic's first word is capitalised only because it opens the sentence
    ("Energy cooperation was on the agenda"): a common word before a lower-case one, no country
    or demonym ("Chinese investment") and no name ("Lake Chad security")."""
    return (
        first == 0
        and s.caps[0]
        and s.words[0][1:].islower()
        and first + 1 < s.n
        and s.words[first + 1][:1].islower()
        and 0 not in s.countries
    )


#: Nouns two fields before them share ("rice and corn exports", "trade and investment ties"):
#: the pair names one matter of both fields.
_SHARED_HEADS: Final = word_set(
    "exports imports supplies deliveries products production processing sector sectors industry "
    "industries market markets access prices ties relations links consultations"
)
#: Words no item of a two-item list holds: prepositions and other small words tell one phrase
#: ("supplies of fertilizers and foodstuffs", "investment in lithium and copper processing").
_NO_ITEM_WORDS: Final = _EDGE_WORDS | word_set("that which who whose whom between among both by from at into")
#: Endings of adjectives that share the noun after "and" ("political and diplomatic
#: consultations", "veterinary and animal health").
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "ary", "ive")
#: Nouns of one signed document: after one ("an agreement on migration and labour mobility"),
#: a pair is that document's one subject.
_ONE_DOCUMENT: Final = word_set(
    "agreement memorandum understanding protocol accord treaty deal roadmap mou contract convention"
)
_ITEM_WORDS: Final = 3


def _two_items(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The two items of a topic that is a two-item list ("trade and energy", "border security
    and climate change", "agriculture and digital cooperation"), as a longer comma list gives
    them; None for one matter: a pair of one field ("science and technology"), adjectives
    sharing a noun ("political and diplomatic consultations"), fields sharing the noun after
    them ("rice and corn exports"; "trade and economic cooperation"), names, or a phrase with
    other small words."""
    lowers = [w.lower() for w in words]
    if lowers.count("and") != 1 or any(w in _NO_ITEM_WORDS for w in lowers if w != "and"):
        return None
    k = lowers.index("and")
    first, second = words[:k], words[k + 1 :]
    if not (0 < len(first) <= _ITEM_WORDS and 0 < len(second) <= _ITEM_WORDS):
        return None
    if (
        not all(_plain_or_named_word(w) for w in first)
        or not all(_plain_or_named_word(w) or _lower_compound(w) for w in second)
        or _names_joined(first, second)
    ):
        return None  # ("Industry and Energy", "Azerbaijan and Türkiye", "Trinidad and Tobago")
    if (lowers[k - 1], lowers[k + 1]) in _BINOMIALS or first[-1].endswith(_ADJECTIVE_ENDINGS):
        return None
    head = second[-1]
    if len(second) > 1 and (head in _SHARED_HEADS or (head == "cooperation" and first == ["trade"])):
        return None
    return first, second


def _plain_or_named_word(word: str) -> bool:
    """Whether a word may stand in an item of a two-item list: lower-case letters, or a name's
    capitalised letters with hyphens inside ("Trans-Kalahari"); no digits or signs, and no
    lower-case compound ("two-way trade and investment": "two-way" qualifies both)."""
    return word.isalpha() or (word[:1].isupper() and word.replace("-", "").isalpha() and word[-1] != "-")


def _lower_compound(word: str) -> bool:
    """Whether a word is a lower-case compound ("cross-border", "small-scale"): in the second
    item it qualifies that item alone ("regional security and cross-border trade" are two
    matters; the pair had been kept whole), where in the first it may qualify both ("two-way
    trade and investment")."""
    return word.islower() and word.replace("-", "").isalpha() and "-" in word.strip("-")


def _names_joined(first: list[str], second: list[str]) -> bool:
    """Whether "and" joins capitalised words into one name ("Trinidad and Tobago", "Ministry of
    Industry and Energy") or items that are names only ("Azerbaijan and Türkiye"), or a short
    first item opens on a capital that may qualify both ("Korean battery and magnet makers"):
    no two matters. A name inside a longer item of lower-case words ("the Trans-Kalahari
    railway line and diamond beneficiation") leaves two (it had kept the pair whole for its
    capital)."""
    if not first[-1].islower() or not second[0].islower():
        return True
    if not first[0].islower() and len(first) < _NAMED_ITEM_WORDS:
        return True
    return all(not w.islower() for w in first) or all(not w.islower() for w in second)


#: Words a first item opening on a capital holds to be a matter of its own ("the Trans-Kalahari
#: railway line"), not an adjective of origin over both items ("Korean battery and ...").
_NAMED_ITEM_WORDS: Final = 3


def _stands_alone(s: Sentence, tokens: list[int]) -> bool:
    """Whether a topic run is no item of a comma list ("trade, industry, water and energy":
    whose items a pair may be) and no subject of one signed document ("an agreement on
    migration and labour mobility")."""
    before, after = tokens[0] - 1, tokens[-1] + 1
    if s.lowers[before] == "," or (after < len(s.lowers) and s.lowers[after] == ","):
        return False
    return not any(
        s.lowers[j] in _ONE_DOCUMENT and s.lowers[j - 1] in ("a", "an", "the", "its", "their")
        for j in range(max(0, before - 6), before)
    )


#: Words after a complementizer "that" that show a clause: "(agreed) that the ministers ...".
_CLAUSE_SUBJECT_OPENERS: Final = word_set("the a an its their his her our they we he she it both all")


def _opens_clause(s: Sentence, first: int) -> bool:
    """Whether an item opens on a relative pronoun ("(for) which the Government of India has
    committed ...") or a complementizer before its subject ("(agreed) that the ministers ...
    would meet"): a clause, whose words are no label; the pieces it was cut into at "and" had
    been topics ("which the Government of India", "transport would meet next week")."""
    lower = s.lowers[first]
    if lower in ("which", "whom", "whose", "who"):
        return True
    return lower == "that" and first + 1 < len(s.lowers) and s.lowers[first + 1] in _CLAUSE_SUBJECT_OPENERS


#: Framing nouns of a bond that keep the "with ..." after them: "ties with Mozambique" (had
#: been dropped as "with Mozambique").
_BOND_NOUNS: Final = word_set("ties relations cooperation partnership interaction")


def _bilateral_bond(s: Sentence, tokens: list[int]) -> bool:
    """Whether the item is "bilateral relations" alone, as a matter of the talks ("discussed
    bilateral relations, the latest regional developments and ...", "covered bilateral relations
    and the pipeline project"): the relations themselves were on the table, a topic as an analyst
    records it (framing words only, it had been dropped). Not when "ways" of enhancing them
    follow ("reviewed bilateral relations and ways to enhance them in trade"): the fields named
    after are the matter, and the bond only frames them."""
    words = [s.lowers[i] for i in tokens if s.lowers[i] != "the"]
    if words != ["bilateral", "relations"]:
        return False
    after = tokens[-1] + 1
    return not (s.lowers[after] == "and" and s.lowers[after + 1] in _WAYS_AFTER_BOND)


#: Nouns after "bilateral relations and" whose fields are the matter: "and ways to enhance them".
_WAYS_AFTER_BOND: Final = word_set("ways means prospects avenues opportunities possibilities mechanisms")


def _without_framing(text: str) -> str:
    """A phrase without the framing words that open it ("the implementation of | the road"), or
    empty for framing words only ("views"); capitalized framing words that run into the name
    after them are the name's ("the | Development Road project", "the | New Development Bank")."""
    framing = _FRAMING.match(text + " ")
    if framing is None:
        return text.strip()
    rest = (text + " ")[framing.end() :].strip()
    words = framing.group().split()
    if rest[:5].lower() == "with " and words[-1].lower() in _BOND_NOUNS:
        # "ties with Mozambique": the bond is the matter, and "with" opens no label
        return f"{words[-1]} {rest}"
    if rest and not rest[:1].isupper():
        return rest
    k = len(words)
    while k > 0 and words[k - 1].istitle() and words[k - 1].lower() not in _EDGE_WORDS:
        k -= 1
    if not rest and len(words) == 1 and words[0].lower() in _SECTOR_HEADS:
        return words[0]  # "covered construction, healthcare and fintech": the sector itself
    if not rest:  # "the Implementation Plan": a name of framing words alone, of two or more
        return " ".join(words[k:]) if k <= len(words) - 2 else ""
    return " ".join([*words[k:], rest]) if k < len(words) else rest


def _clause_after_comma(s: Sentence, first: int) -> bool:
    """Whether the item at token `first`, set off by a comma, is a clause that tells more of
    the item before it, no item of its own: an infinitive ("the motorway, to be co-financed
    with EU funds", "..., to boost trade") or a participle with its agent ("..., funded by
    the EU"). Its verb had become a topic ("be co-financed")."""
    if s.lowers[first - 1] != ",":
        return False
    if s.lowers[first] == "to":
        return s.lowers[first + 1] in _INFINITIVES_OF_A_CLAUSE
    word = s.words[first]
    if not (word.islower() and word.endswith("ed")):
        return False
    # "the border post, closed for several days": a participle with its time or place tells
    # more of the item before ("seed for farmers", "feed for cattle" are nouns of their own)
    return s.lowers[first + 1] in _AGENT_WORDS or (
        s.lowers[first + 1] in _CIRCUMSTANCE_WORDS and len(word) > 4 and not word.endswith("eed")
    )


#: Verbs after "to" that open a clause, never a list item's noun ("to be financed", "to boost").
_INFINITIVES_OF_A_CLAUSE: Final = word_set(
    "be have improve increase facilitate ensure support help make allow enable reduce " + _CARRIER_VERBS
)
#: Words after a participle that name its agent or means: "funded by", "co-financed with".
_AGENT_WORDS: Final = word_set("by with through under from")
#: Words after a participle that tell when or where: "closed for several days", "held in".
_CIRCUMSTANCE_WORDS: Final = word_set("for since during until in at on after over")


#: Quantifiers of a part of a set: "several of the objects", "some of the issues".
_PARTITIVES: Final = word_set("several some many most all few each both one two three four five")
#: Pronouns that open a relative clause: no topic phrase ends in one.
_RELATIVE_WORDS: Final = word_set("that which who whose whom")
#: Participles that open a reduced relative clause with "to": "the cable meant to connect ...".
_REDUCED_RELATIVES: Final = word_set(
    "meant designed intended set planned expected slated due aimed poised scheduled"
)


def _opens_reduced_relative(s: Sentence, i: int) -> bool:
    """Whether token `i` is a participle opening a reduced relative clause of purpose
    ("meant to", "designed to", "scheduled to"), or the "to be" of one that tells what is to
    come of the thing ("the IGAD summit | to be held in Nairobi next month", "the trade fair |
    to be hosted by Addis Ababa": the label had been "IGAD summit to be"), after a word in lower
    case or a name's last word (no name's part: "Set To Be" in a title stays)."""
    lower = s.lowers[i]
    if lower == "to":
        return s.lowers[i + 1] == "be" and not s.caps[i + 1]
    return lower in _REDUCED_RELATIVES and s.lowers[i + 1] == "to" and not s.caps[i - 1]


def _before_reduced_relative(s: Sentence, tokens: list[int]) -> list[int]:
    """The tokens of a topic before a reduced relative clause that says what its thing is for
    ("the Caspian Sea submarine cable | meant to connect the Central Asian grid with A and B",
    "a port | designed to handle ..."): a description of the topic, which made it too long to be
    a label (the topic had been lost)."""
    for k in range(1, len(tokens)):
        i = tokens[k]
        if _opens_reduced_relative(s, i):
            return [] if _apposition_of_a_name(s, tokens[0]) else tokens[:k]
    return tokens


#: Words that open the worth of a thing: "worth $40 million", "valued at FJ$27 million".
_WORTH_WORDS: Final = word_set("worth valued costing totalling totaling")


def _before_its_worth(s: Sentence, tokens: list[int]) -> list[int]:
    """The tokens of a topic before the amount of money it is worth ("a memorandum on
    agro-processing | worth 50 million dollars", "an agreement on maritime surveillance | valued
    at FJ$27 million"): the worth of a deal is no word of its subject, as it is none when commas
    set it off (it had stayed in the topic)."""
    for k in range(1, len(tokens)):
        i = tokens[k]
        if s.lowers[i] in _WORTH_WORDS and _amount_of_money(s.text[s.starts[i] : s.ends[tokens[-1]]]):
            return tokens[:k]
    return tokens


def _target_start(s: Sentence, tokens: list[int]) -> int:
    """The index in `tokens` of the "to" of a target figure that ends the topic, with its period
    at most ("(push) bilateral trade | to US$15 billion by 2025", "raise trade turnover | to $10
    billion"), or 0: the figure sought is no word of the matter, which is what grows (the label
    had been "trade to US$15 billion by 2025", or too long and lost)."""
    for k in range(1, len(tokens) - 1):
        i = tokens[k]
        if s.lowers[i] in ("to", "from") and _target_figures(s.text[s.starts[i] : s.ends[tokens[-1]]]):
            return k
    return 0


def _target_figures(text: str) -> bool:
    """Whether a phrase is one or two amounts of money, each after its preposition and with its
    period at most ("to US$15 billion by 2025", "from $1.6 billion to $4.5 billion")."""
    rest = text
    for _ in range(2):
        if not (has_digit(rest) if rest.isascii() else any(c.isdigit() for c in rest)):
            return False
        lead = _AMOUNT_LEAD.match(rest)
        if lead is None:
            return False
        rest = rest[lead.end() :]
        found = find_money(rest)
        if not found or found[0].start != 0:
            return False
        words = rest[found[0].end :].split()
        k = 0
        while k < len(words) and (words[k].isdigit() or words[k].lower() in _PERIOD_WORDS):
            k += 1
        if k == len(words):
            return True
        rest = " ".join(words[k:])
    return False


#: The growth a target is sought by, before the matter that grows: "(agreed to) raise | bilateral
#: trade", "(work) towards lifting | trade".
_GROWTH_OF_A_TARGET: Final = re.compile(
    r"(?i)^(?:(?:work|working)\s+)?(?:towards?\s+)?(?:raise|raising|lift|lifting|push|pushing|bring|bringing|"
    r"take|taking|increase|increasing|boost|boosting|grow|growing|double|doubling|triple|tripling)\s+"
)


#: Prepositions of a time phrase that may close a topic: "before December", "by the end of 2026".
_TIME_PREPOSITIONS: Final = word_set("before by until till in during from after since")
#: Words inside a time phrase around its month, day or year: "by the end of", "in early", "next".
_TIME_FILLERS: Final = word_set(
    "the end of early late mid middle beginning start first second half this next"
)
#: Units after "next"/"this": "by next month", "later this year".
_TIME_UNITS: Final = word_set("week month year quarter")


def _before_its_time(s: Sentence, tokens: list[int]) -> list[int]:
    """The tokens of a topic before a time phrase that ends it ("a meeting of energy and water
    ministers | before December", "a new bridge | by the end of 2026"): when the thing is due is
    no word of it, and made the pair too long to be one label (it had been cut at "and" into
    "meeting of energy" and "water ministers before December"). Kept: the time of a participle
    ("the roadmap agreed in 2022", "which is expected in March") and of a figure ("to lift trade
    to $25 billion by 2025"), whose statement it completes."""
    for k in range(1, len(tokens) - 1):
        if s.lowers[tokens[k]] in _TIME_PREPOSITIONS and _time_to_end(s, tokens[k + 1 :]):
            before = s.lowers[tokens[k - 1]]
            if before.endswith("ed") or any(c.isdigit() for i in tokens[:k] for c in s.words[i]):
                return tokens
            return tokens[:k]
    return tokens


#: The parts of an occasion a list's last item may be followed by: "(and tourism) at the close
#: of the 6th session", "on the sidelines of the summit", "at the end of the talks".
_OCCASION_PARTS: Final = word_set(
    "close end conclusion sidelines margins margin opening start beginning closing"
)


def _before_its_occasion(s: Sentence, tokens: list[int]) -> list[int]:
    """The tokens of a topic before the occasion that ends it ("agreements covering energy,
    water, transport and tourism | at the close of the 6th session of the Commission in ..."):
    when and where they were signed is no word of the last item, and made it too long to be a
    label (the item had been dropped)."""
    for k in range(1, len(tokens) - 3):
        if (
            s.lowers[tokens[k]] in ("at", "on")
            and s.lowers[tokens[k + 1]] == "the"
            and s.lowers[tokens[k + 2]] in _OCCASION_PARTS
            and s.lowers[tokens[k + 3]] == "of"
        ):
            return tokens[:k]
    return tokens


def _time_to_end(s: Sentence, rest: list[int]) -> bool:
    """Whether the tokens `rest` are a time phrase only: fillers and a month, weekday or year
    ("the end of 2026", "early March"), or a unit after "next"/"this" ("next month")."""
    named = False
    for i in rest:
        lower = s.lowers[i]
        if (
            lower in CALENDAR_NAMES
            or YEAR_WORD.fullmatch(lower)
            or (lower in _TIME_UNITS and s.lowers[i - 1] in ("next", "this"))
        ):
            named = True
        elif lower not in _TIME_FILLERS and lower != ".":
            return False
    return named


def _purpose_cut(s: Sentence, ordered: list[int]) -> list[int]:
    """Topic tokens less what a reduced relative clause says its thing is for, from the "to"
    after its participle to the end of that run, across the names it holds ("the Coral Sea
    cable project designed | to link Vanuatu, the Solomon Islands and Papua New Guinea"): the
    list it names holds no topics, and
    its commas had made its last items one ("Solomon Islands and Papua New Guinea"). The
    participle stays, for _before_reduced_relative to cut the item at it."""
    if _REDUCED_RELATIVES.isdisjoint(s.lowers[i] for i in ordered):
        return ordered
    kept: list[int] = []
    cutting = False
    previous = -2
    for i in ordered:
        cutting = cutting and all(s.caps[k] or s.lowers[k] in (",", "and") for k in range(previous + 1, i))
        if not cutting:
            kept.append(i)
        previous = i
        if _opens_reduced_relative(s, i):
            cutting = i + 1 in ordered
    return kept


def _apposition_of_a_name(s: Sentence, first: int) -> bool:
    """Whether the item opening at token `first` stands in apposition to a name, after its
    article and measures ("the Andes Link, a 1,140-km, | 2,500-MW interconnector meant to ..."):
    it describes the named topic, no topic of its own."""
    k = first - 1
    while k > 1 and (s.lowers[k] == "," or s.words[k][:1].isdigit()):
        k -= 1
    if s.lowers[k] not in ("a", "an"):
        k += 1  # (no article: the item itself opens after the name's comma)
    return s.lowers[k - 1] == "," and s.caps[k - 2]


def _bare_measure(words: list[str]) -> bool:
    """Whether a phrase is one figure with its unit and no noun ("1,195-km" from "a 1,195-km,
    1,000-MW interconnector", "500kV"): a measure of the thing, cut from it by a list comma,
    names no subject matter."""
    return len(words) == 1 and words[0][:1].isdigit()


#: Words before an amount that leave it an amount: "from about $8.8 billion", "to some $15 billion".
_AMOUNT_LEAD: Final = re.compile(
    rf"(?i)^(?:(?:from|to|by|at|of|up|{'|'.join(sorted(_WORTH_WORDS))}|{HEDGE_ALTERNATION})\s+)+"
)


#: Words of the period an amount is given for: "in 2024", "a year", "within five years".
_PERIOD_WORDS: Final = word_set(
    """in by within over for per a an the this next last year years annually month months
    two three four five six seven ten end"""
)


def _amount_of_money(text: str) -> bool:
    """Whether a phrase is an amount of money, with its period at most ("from about $8.8 billion
    in 2024", from "agreed to raise trade to $15 billion, from about $8.8 billion in 2024"): a
    figure of a trade target is no subject matter ("10,000 tons of rice" is goods, and stays)."""
    if not (has_digit(text) if text.isascii() else any(c.isdigit() for c in text)):
        return False  # (an ASCII text by ten substring tests, without a generator over it)
    rest = _AMOUNT_LEAD.sub("", text)
    found = find_money(rest)
    if not found or found[0].start != 0:
        return False
    # ("a $2 billion credit line for the railway" names a thing financed, and stays)
    return all(w.isdigit() or w in _PERIOD_WORDS for w in rest[found[0].end :].lower().split())


#: Kinds of visit a label names: "state visit", "official visit", and its length "one-day visit".
_VISIT_KINDS: Final = VISIT_KINDS | {"one-day"}
#: How far after a verb of arrival its visit noun may stand: "arrived in New Delhi on Sunday
#: for a three-day state visit".
_VISIT_NOUN_REACH: Final = 16


def visit_topic(s: Sentence, trigger: int) -> str | None:
    """ "state visit", "official visit", "three-day working visit" -> "state visit" etc.; after a
    verb of arrival, of the visit noun its clause goes on to ("arrived in Hanoi on a three-day
    state visit", "landed in Dakar on Monday for a working visit"), before a comma or the end."""
    if s.lowers[trigger] not in ("visit", "visits"):
        for k in range(trigger + 1, min(len(s.lowers), trigger + _VISIT_NOUN_REACH)):
            if s.lowers[k] in (",", ".", ";", "and"):
                break
            if s.lowers[k] == "visit":
                trigger = k
                break
    previous = s.lowers[trigger - 1]
    if previous in _VISIT_KINDS:
        return f"{previous} visit"
    return None


#: Prepositions whose object may be a noun with two modifiers joined by "and" ("of trade and
#: transport ministers"): the one word between such a preposition and "and" opens no item.
_MODIFIED_AFTER: Final = word_set("of for on in to with")


def _shared_noun_pair(s: Sentence, tokens: list[int], i: int) -> bool:
    """Whether the "and" at token `i` joins two words that share the noun ending the run, right
    after a preposition ("a meeting of | trade and transport | ministers"): one item, not two
    ("the situation in Gaza and ways to ..." has a name before "and", and more after)."""
    return s.lowers[i - 2] in _MODIFIED_AFTER and not s.caps[i - 1] and tokens[-1] == i + 2


def _pair_allowance(s: Sentence, tokens: list[int]) -> int:
    """Words a label may run over its length by: two for a pair sharing its last noun ("visa
    abolition for holders of diplomatic and official passports"), which reads as one word."""
    if len(tokens) < 5:
        return 0
    i = tokens[-1] - 2
    if s.lowers[i] == "and" and _shared_noun_pair(s, tokens, i):
        return 2
    return 2 if _pair_of_origins(s, tokens) else 0


def _pair_of_origins(s: Sentence, tokens: list[int]) -> bool:
    """Whether a run ends on two goods each after its country's demonym, joined by "and"
    ("market access for | Fijian kava and Tongan vanilla"): the two read as one pair of goods
    (the phrase had been too long for a label and lost)."""
    last = tokens[-1]
    if last - 4 != tokens[-5] or s.lowers[last - 2] != "and":
        return False
    for k in (last - 4, last - 1):
        found = s.country_at(k, ("demonym",))
        if found is None or found[0] != k + 1 or not s.words[k + 1].islower():
            return False
    return True


#: Prepositions of the setting a matter holds in: "(free movement of people and goods) within
#: the WAEMU space", "across the border".
_SETTING_PREPOSITIONS: Final = word_set("within across throughout along inside in")


def _setting_of_a_pair(s: Sentence, tokens: list[int]) -> int | None:
    """The token of the setting a two-word pair after "of" is told in ("free movement of people
    and goods | within the WAEMU space", "supply of fertiliser and fuel | across the region"),
    or None: what the pair is of is the matter, where it holds a phrase too long for a label."""
    for k in range(1, len(tokens) - 4):
        i = tokens[k]
        if (
            s.lowers[i] == "of"
            and s.lowers[i + 2] == "and"
            and tokens[k + 4] == i + 4
            and s.lowers[i + 4] in _SETTING_PREPOSITIONS
            and s.words[i + 1].isalpha()
            and s.words[i + 1].islower()
            and s.words[i + 3].isalpha()
            and s.words[i + 3].islower()
        ):
            return i + 4
    return None


def _items_and(s: Sentence, tokens: list[int]) -> int | None:
    """The last "and" of a long topic run that joins two items of two words or more, each
    in lower case after it: not the "and" of a pair a preposition governs ("a flight between
    Bishkek and Jeddah", "cargo and passenger shipping between ...") nor one inside a name
    ("the Indian Technical and Economic Cooperation programme")."""
    if any(s.lowers[i] in ("between", "among") for i in tokens):
        return None
    for k in range(len(tokens) - 3, 1, -1):
        i = tokens[k]
        if s.lowers[i] == "and" and not s.caps[i + 1] and s.lowers[i + 1] not in _EDGE_WORDS:
            if _shared_noun_pair(s, tokens, i):
                continue  # "a meeting of trade and transport ministers": two words of one noun
            return i
    return None
