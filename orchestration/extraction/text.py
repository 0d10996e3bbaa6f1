"""Clean body text, paragraphs and sentences with character offsets.

Every fact the extractors find is stored with offsets into `Document.text`, so this
module has two jobs that must agree with each other:

* `clean_body` turns decoded article text into the canonical form: `\\n` newlines,
  one paragraph per block (a block of lines hard-wrapped at a fixed column is joined
  into one; other lines each become a paragraph), paragraphs separated by exactly one
  blank line, no leading/trailing spaces, runs of spaces collapsed to one, NFC.
  Unicode space separators (no-break space, narrow no-break space, thin space, ...)
  become plain spaces one-for-one, so downstream patterns can use a literal space (and
  `\\s` still works); zero-width characters, soft hyphens and control characters are
  dropped because they are invisible and break word matching.
* `split_sentences` / `paragraphs` return spans over that text: `text[s.start:s.end] ==
  s.text` always holds, so an evidence sentence is also its own provenance.

Sentence splitting is rule-based (no model): a candidate boundary is terminal
punctuation (plus closing quotes/brackets) followed by whitespace, or a line break; a
period is then *not* a boundary after a title abbreviation ("Dr.", "St."), a single
initial ("J."), before a lowercase word, before a number after "No."/"Jan."-style
abbreviations, or after dotted acronyms and company suffixes ("U.S.", "Ltd.") unless the
next word is a typical sentence opener. It is one regex scan plus O(1) work per
candidate, so it runs on every document at well over the extractor's speed budget.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import Final

from orchestration.extraction.datelines import country_slug, credit_head, find_dateline
from orchestration.extraction.dates import MONTH_PATTERN


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """A sentence of a document: `text == document_text[start:end]`."""

    start: int
    end: int
    text: str

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text


_ANY_DIGIT: Final = re.compile(r"\d")


def inside_quotation(text: str, at: int) -> bool:
    """Whether offset `at` lies inside quotation marks, counted from the start of `text`: after
    an odd number of straight double quotes, or after an opening curly quote not yet closed."""
    return text.count('"', 0, at) % 2 == 1 or text.rfind("“", 0, at) > text.rfind("”", 0, at)


def has_digit(text: str) -> bool:
    """Whether `text` holds a decimal digit (what `\\d` matches). Asked of nearly every
    sentence by both sides: ten substring tests for 0-9, written out (each a memchr in C, no
    generator), take a sixth of the time of a scan for `[0-9]`; only a text with none of them
    and some non-ASCII character can still hold a digit of another script, which `\\d` finds."""
    if (
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    ):  # fmt: skip
        return True
    return not text.isascii() and _ANY_DIGIT.search(text) is not None


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` as a substring: `any(w in text for w in words)`
    without the generator, which costs more than the substring tests themselves on a sentence
    (and a flat regex alternation of the words scans slower still)."""
    for word in words:  # noqa: SIM110 (a loop, not any(), is the point)
        if word in text:
            return True
    return False


#: The letters case-insensitive patterns match to "i" or "s" whose lower case is no such letter
#: at the same offset (Turkish "İ" and "ı", the long "ſ"); every other letter matches an ASCII
#: letter exactly where its lower case is that letter.
FOLDED_APART: Final = ("İ", "ı", "ſ")


def lowered_for_hints(text: str) -> str | None:
    """`text` lower-cased, where a substring test or a case-sensitive scan for a lower-case
    word finds just what a case-insensitive pattern for it finds in `text`, at a fraction of
    the cost of the pattern's scan; None when `text` holds one of `FOLDED_APART`, where only
    the pattern itself can tell. (An ASCII text holds none of them: most sentences are told so
    by one C call, where three substring tests through a generator cost seven times as much.)"""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):  # (FOLDED_APART, written out)
        return None
    return text.lower()


def hint_holds(hint: str | None, words: tuple[str, ...]) -> bool:
    """Whether a text lowered by `lowered_for_hints` holds one of `words`, the words without one
    of which a case-blind pattern cannot match; True for None, where only the pattern can tell.
    (`holds_any`'s loop written out: asked thousands of times a document, the call costs more
    than the substring tests.)"""
    if hint is None:
        return True
    for word in words:  # noqa: SIM110 (a loop, not any(), is the point)
        if word in hint:
            return True
    return False


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-blind `pattern` whose letters are all written in lower case, made case-sensitive:
    on a text lowered by `lowered_for_hints` it matches just where `pattern` matches in the text,
    at the same offsets (lower-casing keeps the length, `\\w` and `\\s` of every character but
    those of `FOLDED_APART`, and a case-blind ASCII letter matches just the characters that lower
    to it: checked over every code point). A case-blind alternation is tried whole at every
    offset where it may open; a case-sensitive one is passed over at its first letter."""
    source = pattern.pattern.removeprefix("(?i)")
    if "(?i" in source or "(?-i" in source or re.search(r"(?<!\\)(?<!\(\?)[A-Z]", source):  # (not "(?P<")
        raise ValueError(f"not a case-blind pattern written in lower case: {source[:60]}")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


class CaseBlindSearch:
    """`pattern.search`, for a case-blind `pattern` written in lower case, run as its twin
    (`lowered_twin`) on the text lowered by `lowered_for_hints` where that can tell, and as the
    pattern itself on the text where it cannot (the lowered text is None): one place for the
    choice every caller of a twin makes. The twin's match has the same span; its groups are
    read in lower case."""

    __slots__ = ("_pattern", "_twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._twin = lowered_twin(pattern)

    def __call__(
        self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """The first match in `text[pos:endpos]`; `lowered` is `lowered_for_hints(text)`."""
        if lowered is None:
            return self._pattern.search(text, pos, endpos)
        return self._twin.search(lowered, pos, endpos)


class HintedSearch:
    """`pattern.search`, for a case-blind pattern each match of which holds one of `words` (in
    lower case), run only on a window `text[pos:endpos]` whose `lowered_for_hints` holds one:
    most windows hold none, and a pattern that opens on a boundary or a class is tried at each of
    their offsets. The words stand beside the pattern they guard, and the test is written once."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self._pattern = pattern
        self._words = words

    def __call__(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match in `text[pos:endpos]`, or None (at once where the window holds none
        of the words)."""
        if not hint_holds(lowered_for_hints(text[pos:endpos]), self._words):
            return None
        return self._pattern.search(text, pos, endpos)


# ---------------------------------------------------------------------------------------
# clean_body


def _build_translation() -> dict[int, str | None]:
    """One `str.translate` table for every per-character normalization (fast, in C)."""
    table: dict[int, str | None] = {}
    for code in range(0x20):
        table[code] = None  # C0 controls are invisible noise in article text
    for code in range(0x7F, 0xA0):
        table[code] = None  # DEL and C1 controls (U+0085 NEL is handled below)
    table[ord("\t")] = " "
    table[ord("\n")] = "\n"
    for code in (0x0B, 0x0C, 0x85, 0x2028, 0x2029):
        table[code] = "\n"  # vertical tab, form feed, NEL, line/paragraph separators
    for code in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[code] = " "  # Unicode space separators (Zs) -> plain space, one for one
    for code in (0x00AD, 0x200B, 0x2060, 0xFEFF, 0x180E):
        table[code] = None  # soft hyphen, zero-width space/word joiner, stray BOM
    return table


_TRANSLATION: Final = _build_translation()
#: The characters the table changes. `str.translate` with a dict looks every character up
#: in Python (~1/5 of parsing time); most articles hold none of these characters, or a few,
#: so a regex scan (in C) finds them and only those are replaced.
_TRANSLATED: Final = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in sorted(_TRANSLATION.items()) if v != chr(c)) + "]"
)


def _normalize_characters(text: str) -> str:
    """`text.translate(_TRANSLATION)`, touching only the characters it changes."""
    if _TRANSLATED.search(text) is None:
        return text
    return _TRANSLATED.sub(lambda m: _TRANSLATION[ord(m.group())] or "", text)


_LINE_BREAKS: Final = re.compile(r"\r\n?")
_BLANK_LINES: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_INNER_SPACES: Final = re.compile(r" {2,}")

#: A block of lines is treated as one hard-wrapped paragraph when its longest line is
#: between these widths and all but the last line are at least `_WRAP_FILL` of it.
#: Unwrapped news paragraphs are one line of several hundred characters, wrapped ones
#: are cut at 60-100 columns; blocks of short lines (lists, addresses) stay line by line.
_MIN_WRAP_WIDTH: Final = 40
#: The mark that opens a list item: a bullet, a dash or a number ("- ", "• ", "2) ").
_LIST_MARK: Final = re.compile(r"(?:[-–—*•·▪●►◦‣]|\d{1,2}[.)])\s")
#: A line that opens on a capitalized label and its colon ("Imports from Russia: USD 8 707,2 mln").
_LABEL_LINE: Final = re.compile(r"[A-Z][^:.]{1,60}:\s+\S")
_WRAP_WIDTH: Final = 100
_WRAP_FILL: Final = 0.6


def clean_body(raw: str) -> str:
    """The canonical article text: what every offset in the warehouse indexes into."""
    text = _LINE_BREAKS.sub("\n", raw)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _normalize_characters(text)
    paragraphs_out: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n")]
        lines = [_INNER_SPACES.sub(" ", line) if "  " in line else line for line in lines if line]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            paragraphs_out.append(_joined(lines))
        else:
            paragraphs_out.extend(rejoin_broken_lines(lines))
    return "\n\n".join(paragraphs_out)


def _joined(lines: list[str]) -> str:
    """Lines of one paragraph as one line; a word hyphenated at a line's end ("bilat-" then
    "eral", as text copied from a PDF breaks it) is whole again."""
    out = lines[0]
    for line in lines[1:]:
        out = _glued(out, line)
    return out


def _split_word(line: str, following: str) -> bool:
    return len(line) > 2 and line[-1] == "-" and line[-2].isalpha() and following[:1].isalpha()


def _glued(line: str, following: str) -> str:
    """A line and the next as one: a word hyphenated at the break is whole ("bilat-", "eral"),
    a hyphen before a capital stays ("Mc-", "Allister": "Mc-Allister"; "Indonesia-", "Australia")."""
    if not _split_word(line, following):
        return f"{line} {following}"
    return line[:-1] + following if following[0].islower() else line + following


def rejoin_broken_lines(lines: list[str]) -> list[str]:
    """Lines of a block that is no hard-wrapped paragraph, each a paragraph, except a line
    broken mid-sentence (one ending on a comma, a joining word or a hyphenated word, or
    followed by a lower-case word: "reached US$16.4 billion in 2023," then "up 9.2 percent
    ..."), which goes on into the next."""
    out = [lines[0]]
    for line in lines[1:]:
        if _LIST_MARK.match(line) or not _goes_on(out[-1], line):
            out.append(line)
        else:
            out[-1] = _glued(out[-1], line)
    return out


def _goes_on(line: str, following: str) -> bool:
    """Whether `line` stops mid-sentence and `following` carries the sentence on."""
    if line[-1] in ".!?":
        return False
    if following[:1].islower() or _split_word(line, following):
        return True  # (also after "(KADIN)" or a closing quote: "... and the Australia-Indonesia ...")
    if line[-1] in _LINE_ENDS:
        return False
    return line[-1] == "," or line.rsplit(None, 1)[-1].lower() in _JOINING_WORDS


#: Characters that close a line as a heading label or quotation would.
_LINE_ENDS: Final = frozenset(":;\"”’'»)]")
#: Words a sentence cannot end on: a line that ends on one goes on ("met with" then "Canada's").
_JOINING_WORDS: Final = frozenset(
    ["with", "and", "or", "of", "the", "to", "in", "at", "for", "by", "from", "a", "an", "on", "between"]
)


def _headline_over_stamp(lines: list[str]) -> bool:
    """Whether a block of two lines is a headline over its stamp line ("Nkhata Bay jetty rebuilt
    after storm" over "Updated 14 Jun 2025, Published 12 Jun 2025"): the second opens on a
    stamp's label, a byline's "By" or a date, and the first does not run on into it (`_goes_on`).
    Of even lengths, the two had been joined as one wrapped paragraph, the stamp no longer
    opened a line, and the story had lost its date."""
    return len(lines) == 2 and _STAMP_OPENING.match(lines[1]) is not None and not _goes_on(*lines)


#: A stamp line's opening: its label (a header's "Date:" too: "Date: 12 June 2025 Author: ..."
#: under a headline of its length had been joined to it), a byline's "By" before a name, or a
#: full date.
_STAMP_OPENING: Final = re.compile(
    r"(?i:(?:last\s+)?updated|(?:first\s+)?published|posted)\b|(?i:date)[ \t]*:|By\s+[A-Z]"
    rf"|(?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}),?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when the lines of a block are one paragraph cut at a fixed column; a list ("- Total
    trade: $8.9 billion" under its heading) never is, however even its lines."""
    if len(lines) < 2:
        return False
    items = sum(1 for line in lines[1:] if _LIST_MARK.match(line))
    if items >= 2 or items == len(lines) - 1:
        return False
    if all(_LABEL_LINE.match(line) for line in lines):
        return False  # "Kazakh exports to Russia: USD 4 386,2 mln" then "Imports from Russia: ...": a list
    if _headline_over_stamp(lines):
        return False
    longest = max(len(line) for line in lines)
    if not _MIN_WRAP_WIDTH <= longest <= _WRAP_WIDTH:
        return False
    floor = longest * _WRAP_FILL
    return all(len(line) >= floor for line in lines[:-1])


# ---------------------------------------------------------------------------------------
# paragraphs

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank paragraph, a paragraph being text between blank lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(text, pos, match.start(), spans)
        pos = match.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# ---------------------------------------------------------------------------------------
# split_sentences


def _word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words (readable, diff-friendly)."""
    return frozenset(words.split())


#: Terminal punctuation with any closing quotes/brackets, before whitespace or the end; or a
#: newline. The pattern opens on one character class, so the engine skips ahead to those
#: characters quickly (an alternation of repeats tries the whole pattern at every position).
#: After the punctuation, a look-ahead takes the next word (group 1, `_NEXT_WORD`) in the same
#: call: `_is_boundary` reads it at every candidate.
_CANDIDATE: Final = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"'”’»)\]]*(?=\s|\Z)(?=\s*[\"'“‘«(\[]*(\w*)))")
_NEXT_WORD: Final = re.compile(r"\s*[\"'“‘«(\[]*(\w*)")

#: Abbreviations that precede a name or noun and so never end a sentence ("Md.", "Mohd."
#: and "Muh." are Muhammad as Bangladeshi, Malaysian and Indonesian copy abbreviate it, and
#: "Sk.", "Kh." and "Abd." its Sheikh, Khandaker and Abdul: "Adviser Sk. Bashir Uddin");
#: "Rt." is the Right of "Rt. Hon.", "Smt.", "Shri." and "Kum." are Indian styles, "Barr.",
#: "Arc.", "Engr." and "Alh." Nigerian ones, "Eng." the engineer of Gulf and East African copy,
#: "Pol." the police of Thai ranks, "Pol. Gen."; the ranks of Indonesian police copy "Comr. Gen.",
#: "Sr. Comr.", of Commonwealth air forces and navies "Wg. Cdr.", "Gp. Capt.", "Sqn. Ldr.",
#: "Flt. Lt.", "Cdre.", "Cmdt."; the Philippine "Atty." and "Dir. Gen."; the Indian "Dy.",
#: "Addl.", "Jt." secretaries; the British "Cllr." and the clergy's "Ven."; the retired mark
#: after a rank, "Lt. Gen. (ret.) X", "Maj. Gen. (Retd.) X", "Col. (rtd.) X").
_TITLE_ABBREVIATIONS: Final = _word_set(
    """mr mrs ms mme mlle messrs dr prof sen rep gov gen lt col maj capt cpt cmdr adm brig sgt
    cpl pvt supt insp hon rev fr pres amb st ste mt ft sr jr vs md mohd muhd muh sk kh abd usec asec
    rt smt shri kum barr arc engr eng alh pol comr cdr cdre cmdt wg gp sqn ldr flt atty dir dy
    addl jt cllr asst adj snr ven ret retd rtd"""
)


def after_title_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes a title abbreviation ("St.", "Dr.", "Mt."), so the
    word after it goes on the same name ("St. Lucia", "Dr. Ruto"), never opens a sentence."""
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < dot and text[start:dot].lower() in _TITLE_ABBREVIATIONS


#: Abbreviations that precede a number ("No. 5", "Jan. 3", "pp. 12", "Art. 7"), currency
#: markers among them ("Rs. 320 billion", "Shs. 12 billion", "Dh. 5 million", Panama's "B/. 450
#: million", Peru's "S/. 2.1 billion").
_NUMBER_ABBREVIATIONS: Final = _word_set(
    """no nos nr art vol vols p pp fig figs ch chap sec para op tel ext ref
    jan feb mar apr jun jul aug sep sept oct nov dec
    rs re dh dhs shs ushs kshs rp tk bs gs nu b/ s/"""
)
#: A capital letter and its period that mark a currency before its amount, as Paraguayan copy
#: writes the guaraní ("G. 1.200 millones"); case-sensitive, so "5 g. 2024 ..." still ends one.
_CURRENCY_LETTERS: Final = frozenset(["G"])
#: Scale words abbreviated with a period, as Central and East European copy writes them before the
#: currency: "5,2 mld. CZK", "120 mln. lei".
_SCALE_ABBREVIATIONS: Final = _word_set("mld mln bln mlrd mrd mio tys")
#: A currency's code after such a scale word ("CZK", "EUR"), or one of its words ("Kč", "lei").
_CURRENCY_CODE: Final = re.compile(r"[A-Z]{3}")
_CURRENCY_WORDS: Final = frozenset(
    ["Kč", "zł", "lei", "leu", "euro", "euros", "dollars", "rubles", "roubles"]
)
#: Abbreviations that introduce what follows ("i.e. 108.4 percent", "e.g. 5 tonnes", "cf. 2023"):
#: never the end of a sentence, whatever comes after them.
_LEADING_ABBREVIATIONS: Final = frozenset(["i.e", "e.g", "viz", "cf"])
#: Abbreviations that may end a sentence: a boundary only when a typical opener follows
#: ("Ma." is the Filipino María before a name, and the surname Ma at the end of one).
_AMBIGUOUS_ABBREVIATIONS: Final = (
    _word_set(
        """inc ltd co corp llc plc jsc ojsc pjsc cjsc llp bhd pty tbk approx est
    dept univ assn bros intl govt ma"""
    )
    | _NUMBER_ABBREVIATIONS
)
#: Words that typically open a sentence: after an ambiguous abbreviation they mean a new one.
_SENTENCE_OPENERS: Final = _word_set(
    """the this that these those it its he she they we i you there his her their our my
    in on at as a an but and or so yet however meanwhile according also both such some
    many most all each after before during while if when since earlier later last next
    for with from by to under among despite although though what which who how why
    other another one two three several following"""
)
_DOTTED_ACRONYM: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\Z")
#: The length of the longest abbreviation: a period after more letters than that in a row ends a
#: word none of the lists above holds (lower-casing never shortens it), and no dotted acronym
#: (the ambiguous abbreviations hold those before a number).
_LONGEST_ABBREVIATION: Final = len(
    max(_TITLE_ABBREVIATIONS | _LEADING_ABBREVIATIONS | _AMBIGUOUS_ABBREVIATIONS, key=len)
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, trimmed, with offsets into `text`.

    A line break always ends a sentence, so a headline without a final period is a
    sentence of its own. So is the dateline ("ASTANA. KAZINFORM –", "BEIJING, January
    12. /TASS/."): it is never split inside, and the story's first sentence starts after
    it, so that an agency name never reads as the subject of that sentence.
    """
    sentences: list[Sentence] = []
    dateline = find_dateline(text)
    span = (dateline.start, dateline.end) if dateline is not None else country_slug(text) or credit_head(text)
    if span is None:
        _split_span(text, 0, len(text), sentences)
        return sentences
    _split_span(text, 0, span[0], sentences)
    _append_sentence(text, span[0], span[1], sentences)
    _split_span(text, span[1], len(text), sentences)
    return sentences


def _split_span(text: str, start: int, end: int, out: list[Sentence]) -> None:
    for match in _CANDIDATE.finditer(text, start, end):
        at, after = match.span()
        if text[at] == "\n":
            if at > start:  # (not the empty line between two paragraphs)
                _append_sentence(text, start, at, out)
            start = after
            continue
        next_word = match.group(1)
        if match.end(1) == end and end < len(text):
            # the span's end cut the look-ahead short: the word after it is read in the text
            next_word = _NEXT_WORD.match(text, after).group(1)  # type: ignore[union-attr]
        if _is_boundary(text, match.group(), at, next_word):
            _append_sentence(text, start, after, out)
            start = after
    _append_sentence(text, start, end, out)


def _append_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))


def _is_boundary(text: str, mark: str, at: int, next_word: str) -> bool:
    """Decide whether the terminal punctuation `mark` at `at`, before `next_word`, really ends a
    sentence."""
    if next_word[:1].islower():
        return False  # '"Why?" he asked', 'approx. two', 'e.g. the'
    punctuation = mark.rstrip("\"'”’»)]")
    if punctuation != ".":
        return True  # '!', '?', '...', '?!'
    if at > _LONGEST_ABBREVIATION and text[at - _LONGEST_ABBREVIATION - 1 : at].isalpha():
        return True  # the period closes a word longer than any abbreviation, not of initials
    token = _token_before(text, at)
    lowered = token.lower()
    if lowered in _LEADING_ABBREVIATIONS:
        return False
    if next_word[:1].isdigit():
        return lowered not in _NUMBER_ABBREVIATIONS and token not in _CURRENCY_LETTERS
    if lowered in _TITLE_ABBREVIATIONS:
        return False
    if lowered in _SCALE_ABBREVIATIONS and (
        _CURRENCY_CODE.fullmatch(next_word) or next_word in _CURRENCY_WORDS
    ):
        return False  # "5,2 mld. CZK", "3 mln. Kč": the amount's scale, then its currency
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. Smith", "Kassym-Jomart K. Tokayev"
    if lowered in _AMBIGUOUS_ABBREVIATIONS or ("." in token and _DOTTED_ACRONYM.search(token)):
        return next_word.lower() in _SENTENCE_OPENERS
    return True


def _token_before(text: str, end: int) -> str:
    """The word that the period at `end` closes, without leading quotes or brackets: the
    characters after the last whitespace of the 40 before `end` (`str.split` and `isspace`
    know the same whitespace), split in C rather than walked back in Python."""
    before = text[max(0, end - 40) : end]
    if not before or before[-1].isspace():
        return ""
    return before.rsplit(None, 1)[-1].lstrip("\"'“‘«([")
