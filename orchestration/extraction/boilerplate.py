"""Page furniture written as lines of the text: cookie notices, copyright lines, "enable
JavaScript", newsletter prompts, link teasers ("Read more: <another story's headline>"), photo captions
("FILE PHOTO: ... REUTERS/Jane Doe") and editors' notes ("(Adds analyst comment)").

Web pages lose them in `html_format`; plain-text and JSON bodies carry them too when a
crawler flattened the page, and a teaser's headline is another story's figure ("Read more:
Kenya-Uganda trade hits $3.4 billion"), never this one's. Both paths use the same test.
"""

from __future__ import annotations

import re
from typing import Final

from orchestration.extraction.datelines import is_headline, opens_on_dateline
from orchestration.extraction.text import hint_holds, lowered_for_hints

#: Notices that are never news. Specific phrases, so that a story saying a country will
#: "sign up to" or "subscribe to" a treaty keeps its sentence.
_NOTICE: Final = re.compile(
    r"\bcookies?\b.{0,120}\b(?:use|uses|accept|consent|agree|browsing|experience|settings)\b"
    r"|\b(?:use|uses|accept|consent to|agree to)\b.{0,60}\bcookies?\b"
    r"|all rights reserved|privacy policy|terms of (?:use|service)"
    r"|\b(?:enable|disabled?)\b.{0,40}\bjavascript\b"
    r"|\b(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b|\blog ?in\b.{0,30}\bto (?:continue|read|comment)\b",
    re.IGNORECASE,
)
#: The label a link teaser opens with: "Read more:", "ALSO READ |", "SEE ALSO:", "Related:".
_TEASER_LABEL: Final = re.compile(
    r"^\s*(?:[>»›►▶→]+\s*)?(?:read(?: (?:also|more))?|more|see also|also (?:read|see)"
    r"|related(?: news| stories| story| articles?)?|recommended|suggested|similar|trending|top stories"
    r"|check also|further reading|editor['’]s picks?|also on [\w' -]{1,30}"
    r"|you may also like|don['’]t miss|listen|watch)"
    r"(?:\s*[:|]\s*|\s*\Z)",  # a label alone on its line needs no colon ("ALSO READ")
    re.IGNORECASE,
)
#: The marks some sites set before a teaser's label, an arrow or chevrons (">> Also read:", "» Read
#: more:", "► Related:"): the label had not opened the line, and the other story's headline had
#: stayed in the text (a deal it told had become an engagement of the story's).
#: A teaser's label that names a list of other pieces in words no sentence opens on, set before
#: the headline by a spaced dash or by nothing at all, as a page's bold label before its link
#: flattens ("Also Read - Djibouti port volumes climb", "READ ALSO Uganda blocks Kenyan milk
#: imports"): read only before a headline (`is_headline`), so that a sentence that opens on the
#: words ("Read more about the rules online.") stays.
_UNMARKED_TEASER: Final = re.compile(
    r"\s*(?:[>»›►▶→]+\s*)?(?i:read\s+also|also\s+read|read\s+more|see\s+also|also\s+see|must\s+read"
    r"|related\s+(?:news|stories|story|articles?|posts?|coverage)|more\s+stories|top\s+stories"
    r"|don['’]t\s+miss|editor['’]s\s+picks?|you\s+may\s+also\s+like)"
    r"(?:[ \t]+[-–—]{1,2}[ \t]+|[ \t]+)(?=[A-Z0-9\"“‘'])"
)
#: A word every `_UNMARKED_TEASER` label holds, looked for in a line's first characters before
#: the pattern is run.
_TEASER_WORD: Final = re.compile(r"(?i)read|see|related|stories|miss|picks?|like")
#: A label `_TEASER_LABEL` does not list, read by its words: a short head alone on its line, or
#: before a colon or bar ("Related coverage:", "More on this", "In other news |", "You might
#: also be interested in"), that names a list of other pieces.
_GENERIC_LABEL: Final = re.compile(r"\s*(?P<label>[A-Za-z][A-Za-z'’ -]{2,50}?)\s*(?P<mark>[:|]|\n|\Z)")
#: The words that make such a head a teaser's: a list of other pieces or of news, alone on its
#: line after another word; else only the nouns of pieces (`_PIECE_NOUNS`), so that "News:" or a
#: section's "Trade news:" opening a sentence of the story stays.
_LIST_NOUNS: Final = frozenset(
    [
        "coverage",
        "stories",
        "articles",
        "reading",
        "reads",
        "headlines",
        "links",
        "picks",
        "interested",
        "news",
    ]
)
_PIECE_NOUNS: Final = _LIST_NOUNS - {"news"}
#: Openings of such a head that name no noun: "More on this", "More from Africa", "Most read".
_LIST_OPENINGS: Final = ("more on ", "more from ", "most read", "most popular", "most viewed")
#: A teaser's head is short.
_MAX_LABEL_WORDS: Final = 6
#: The same label after a sentence inside a paragraph (a flattened page's "<br>Read more:
#: <a>...</a>"): the teaser runs to the paragraph's end.
_INLINE_TEASER: Final = re.compile(
    r"(?<=[.!?\"”])\s+(?:read (?:also|more)|see also|also read|related(?: news| stories| articles?)?)\s*[:|]",
    re.IGNORECASE,
)
#: A press release's end mark alone on its line ("ENDS", "-ENDS-", "###", "-30-", "- end -"),
#: or the heading of its back matter ("Notes to editors", "For media enquiries", "Media
#: contact"): what follows is the issuer's standing profile and contacts, no text of the story.
_RELEASE_END: Final = re.compile(
    r"\s*(?:[-–—*#\s]*(?:ends?|end of (?:press )?release)[-–—*#\s]*|#{3,}|-+\s*30\s*-+"
    r"|notes? (?:to|for) (?:the )?editors?|editors['’] notes"
    r"|(?:for )?(?:media|press|further) (?:enquiries|inquiries|contacts?|information)(?: contact)?"
    r"|(?:media|press) (?:contacts?|office|relations))\s*:?\s*\Z",
    re.IGNORECASE,
)
#: The words a boilerplate "About <issuer>" heading may hold besides its name's capitals.
_ISSUER_PARTICLES: Final = frozenset(
    ("of", "and", "for", "the", "&", "de", "du", "la", "des", "on", "in", "us")
)
#: An issuer's heading is a name: "About the Oman Chamber of Commerce and Industry".
_MAX_ISSUER_WORDS: Final = 12
#: The label a photo caption opens with: "FILE PHOTO:", "[Photo caption: ...", "Picture:".
_CAPTION_LABEL: Final = re.compile(
    r"^\s*\[?\s*(?:(?:file |handout )?(?:photo|picture|image)(?: caption)?|caption)\s*:", re.IGNORECASE
)
#: The credit a photo caption closes with: a wire photographer's "REUTERS/Jane Doe(/File
#: Photo)", "Handout via REUTERS", "(Photo: Foreign Ministry)", "Photo: AFP", "PHOTO | COURTESY",
#: "(Reuters/Jane Doe)". A sentence of news ends on none of them.
_CAPTION_CREDIT: Final = re.compile(
    r"(?:\bREUTERS/\S[^.!?]{0,80}"
    r"|\bvia (?:REUTERS|Reuters|AFP|AP|Getty Images)"
    r"|\((?:Reuters|REUTERS|AFP|AP|EPA)/[^()]{1,60}\)"
    r"|\(?\b(?:PHOTO|Photo|Picture|Image|Credit)s?\s*[:|]\s*[^.!?:|()]{1,60}\)?)"
    r"\s*\]?\s*$"
)
#: The verbs of an editor's note on a story's version: "(Adds analyst comment, details of
#: talks)", "(Corrects day of talks in paragraph 1)", "(Updates with ministry statement)",
#: "(This story has been refiled to add ...)".
_EDIT_VERBS: Final = (
    r"adds?|added|updates?|updated|corrects?|corrected|recasts?|refiles?|refiled|rewrites?|rewritten"
    r"|changes?|changed|removes?|removed|fixes|fixed|inserts?|inserted|deletes?|deleted|clarifies"
    r"|clarified|replaces?|replaced|amends?|amended|expands?|expanded|writes through|republishe[sd]"
    r"|re-?issues?|re-?issued|repeats?|repeated|retransmits?|retransmitted|restores?|restored|moves?"
)
#: A paragraph that is only such a note, in brackets, the verb opening it or after "This
#: story has been": it tells what an edit changed, and its words ("Adds", a corrected figure)
#: are no text of the story.
_EDITORS_NOTE: Final = re.compile(
    r"^\s*[(\[]\s*(?:(?:this|the) (?:story|version|article|report|item)\s+(?:has been |had been |was |is )?"
    rf"|(?:story|version)\s+)?(?:{_EDIT_VERBS})\b[^\n]*[)\]]\s*$",
    re.IGNORECASE,
)
#: The longest credit `_CAPTION_CREDIT` reads ("REUTERS/" and 80 more characters).
_CREDIT_REACH: Final = 100
#: A word every credit of `_CAPTION_CREDIT` holds: a paragraph's end without any of them is
#: no caption, and the pattern is not run on it.
_CREDIT_MARK: Final = re.compile("REUTERS|Reuters|AFP|AP|EPA|Getty|PHOTO|Photo|Picture|Image|Credit")
#: A caption is one or two sentences; a paragraph of news that ends on "photo: ..." is long.
_MAX_CAPTION_WORDS: Final = 80
#: Words every notice and every inline teaser holds: a paragraph without any of them is
#: skipped without running the patterns (most of a story's paragraphs).
_NOTICE_WORDS: Final = (
    "cookie",
    "rights reserved",
    "privacy policy",
    "terms of",
    "javascript",
    "newsletter",
    "log in",
    "login",
)
_INLINE_WORDS: Final = ("read also", "read more", "see also", "also read", "related")
#: A notice is a short line; a paragraph of news that happens to say "privacy policy" is long.
MAX_NOTICE_WORDS: Final = 60
#: A headline after a bare label is short (`is_headline`).
_MAX_HEADLINE_WORDS: Final = 25


#: The networks and buttons a page's share bar lists after its "Share this:" ("Facebook Twitter
#: WhatsApp Email"): a bar of them alone is a prompt, no text of the story.
_NETWORKS: Final = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|e-mail|print|messenger"
    r"|copy\s+link|tumblr|viber|skype|pocket|threads|bluesky"
)
#: A site's prompt or label line that a flattened page leaves in the text: a call to follow or
#: join it elsewhere ("Follow us on Twitter and Facebook", "Join our WhatsApp channel"), to share
#: the story or get the app, to click a link ("Click here to read more stories from our business
#: desk": it had stayed the body's last line), an ad's slot, an audio player's or a reading
#: time's label ("Listen to this article 4:12", "5 min read", "Reading time: 3 minutes": they
#: had opened the body), a copyright line, and the story's
#: tags under any of their labels ("Tags: trade, Turkey, Azerbaijan", "Read more about: Turkey,
#: Iran", "Related topics: ...", "Filed under: ..."): countries that are no side of the story.
_PROMPT: Final = re.compile(
    r"(?i)^\s*(?:please\s+)?(?:follow|like|find)\s+(?:us|[\w.&' -]{1,30}?)\s+on\s+"
    r"(?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|google\s+news|threads)\b"
    r"|^\s*(?:join|subscribe\s+to)\s+(?:our|us\s+on|the)\s+(?:[\w.&'-]+\s+){0,3}(?:channel|community|group"
    r"|feed|podcast)\b"
    r"|^\s*share\s+(?:this|the)\s+(?:article|story|post|page|news)\b"
    rf"|^\s*share(?:\s+(?:this|on|via))?\s*:?(?:[\s,|•·]*(?:{_NETWORKS})\b)*[\s,|•·]*$"
    r"|^\s*(?:download|get)\s+(?:our|the)\s+(?:[\w.&'-]+\s+){0,2}app\b"
    r"|^\s*(?:please\s+)?(?:click|tap)\s+(?:here|this\s+link|the\s+link(?:\s+below)?)\s+(?:to|for)\b"
    r"|^\s*(?:advertisement|sponsored(?:\s+content)?|ad)\s*$"
    r"|^\s*(?:listen\s+to\s+(?:this|the)\s+(?:article|story|news)|(?:estimated\s+)?reading\s+time\s*:?"
    r"(?:\s*\d{1,3}\s*(?:min(?:ute)?s?|m)\b)?|\d{1,3}\s*-?\s*min(?:ute)?s?\s+read)[\s\d:.]*$"
    r"|^\s*(?:copyright\s*)?©|^\s*copyright\s+(?:\d{4}|by\b)"
    r"|^\s*(?:tags?|topics?|keywords?|related\s+(?:topics|tags|subjects)|(?:read\s+)?more\s+about|filed\s+under)"
    r"\s*:\s*[^.!?\n]{0,200}$"
)
#: A wire's credits of its reporters and editors in brackets: "(Reporting by Jane Doe in Lusaka;
#: Editing by John Roe)", "(Writing by ...)", "[Additional reporting by ...]". They close the
#: story's last paragraph or stand alone, and name places and people that are no side of it.
_STAFF_CREDIT: Final = re.compile(
    r"[(\[]\s*(?:(?:Additional|ADDITIONAL)\s+(?i:reporting)|Reporting|Writing|Editing|Compiled|Compiling"
    r"|REPORTING|WRITING|EDITING)(?:\s+and\s+(?i:reporting|writing|editing))?\s+(?i:by)\s+[^()\[\]\n]{2,300}"
    r"[)\]]\s*$"
)
#: Words one of these credits holds, looked for before the pattern is run.
_STAFF_CREDIT_MARK: Final = " by "


def _staff_credit_start(paragraph: str) -> int | None:
    """Where the wire's staff credit that closes a paragraph starts ("... the ministry said.
    (Reporting by Jane Doe; Editing by John Roe)"), or None: dropped, it had stayed in the clean
    text. Only a credit in brackets at the paragraph's end, its first word capitalised: a sentence
    "Reporting by state media showed ..." and a bracket "(compiled by the statistics office)" are
    the story's."""
    body = paragraph.rstrip()
    if not body.endswith((")", "]")) or _STAFF_CREDIT_MARK not in body.lower():
        return None
    start = max(body.rfind("(", 0, len(body) - 1), body.rfind("[", 0, len(body) - 1))
    if start < 0 or (start > 0 and body[start - 1] not in " \t\n"):
        return None
    return start if _STAFF_CREDIT.match(body, start) else None


#: The most words of such a line: a paragraph of news that opens on "Follow" is longer.
_MAX_PROMPT_WORDS: Final = 20


def _is_prompt(paragraph: str, words: int) -> bool:
    """Whether a short paragraph is a site's prompt or label line (`_PROMPT`), not the story's:
    such lines had stayed in plain-text and JSON bodies, and a tags line named countries."""
    return words <= _MAX_PROMPT_WORDS and _PROMPT.search(paragraph) is not None


def is_boilerplate(line: str) -> bool:
    """Whether a line is a notice or a link teaser, not the story's text. A label alone on its
    line ("ALSO READ") is left for `without_boilerplate`, which drops it with the headline after it."""
    if len(line.split()) >= MAX_NOTICE_WORDS:
        return False
    label = _teaser_label(line)
    bare = label is not None and label == len(line.rstrip())
    return (
        _is_notice(line)
        or _is_prompt(line, len(line.split()))
        or (label is not None and not bare)
        or is_caption(line)
        or is_editors_note(line)
    )


def is_editors_note(paragraph: str) -> bool:
    """Whether a paragraph is a wire's note on what a new version changed ("(Adds analyst
    comment in paragraphs 6-7, details of ministers' meeting)"), not a sentence of the story
    (its "Adds" had become an organization at the talks)."""
    return len(paragraph.split()) < MAX_NOTICE_WORDS and _EDITORS_NOTE.match(paragraph) is not None


#: The written pieces a correction speaks of: "this story", "an earlier version of this roundup".
_PIECES: Final = (
    r"story|article|report|roundup|round-up|item|brief|piece|post|dispatch|bulletin|digest|release"
    r"|blog|newsletter|entry|page"
)
#: The verbs of a piece telling a fact: "said", "gave", "put" (not a draft's "put forward").
_TOLD: Final = r"said|stated|reported|gave|put(?!\s+(?:forward|out|up|in)\b)|described"
#: What a withdrawn version did with what it got wrong: "misstated", "misidentified", "gave" (not
#: a draft's "put forward" nor its "called for"), "listed", "referred" (after "version" only:
#: "customs had wrongly listed as re-exports", "the report previously referred to by the
#: minister" tell no correction).
_MISTOLD: Final = (
    r"mis(?:stated|reported|identified|spelled|spelt|named|quoted|attributed|characteri[sz]ed|represented)"
    rf"|{_TOLD}|listed|referred"
)
#: How a correction says the piece erred: "incorrectly said", "a previous version wrongly listed".
_ADVERB_OF_ERROR: Final = r"(?:incorrectly|wrongly|erroneously|mistakenly)"
#: A correction's sentence that repeats what the story got wrong: "An earlier version of this
#: story said the talks were held in X", "An earlier version misstated the trade as $N" (the
#: piece untold), "This story previously gave the trade as $N", "The article had misstated
#: ...", "... incorrectly said the ministers met on Tuesday".
_RETRACTED: Final = re.compile(
    rf"(?i)\b(?:earlier|previous|original|prior|first)\s+version\s+of\s+this\s+(?:[\w-]+\s+)?(?:{_PIECES})\b"
    rf"|\b(?:earlier|previous|original|prior|first)\s+version\s+(?:had\s+)?(?:{_ADVERB_OF_ERROR}\s+)?"
    rf"(?:{_MISTOLD})\b"
    rf"|\b{_ADVERB_OF_ERROR}\s+(?:{_TOLD})\b"
    rf"|\b(?:this|the|our)\s+(?:{_PIECES})\s+(?:had\s+)?(?:(?:previously|originally|earlier|initially)\s+"
    rf"(?:{_TOLD}|misstated|misreported)|misstated|misreported)\b"
)
#: What every match of `_RETRACTED` holds, lowered: tested first, as nearly no sentence tells
#: of a correction.
_RETRACTED_STEMS: Final = (
    "version",
    "incorrectly",
    "wrongly",
    "erroneously",
    "mistakenly",
    "previously",
    "originally",
    "earlier",
    "initially",
    "misstat",
    "misreport",
)


def retracts(sentence: str) -> bool:
    """Whether a sentence repeats what a correction withdraws ("An earlier version of this story
    said the memorandum was signed in X"): its figure, place or day is no fact of the story,
    though it reads like one."""
    low = lowered_for_hints(sentence)
    return hint_holds(low, _RETRACTED_STEMS) and _RETRACTED.search(sentence) is not None


def is_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo's caption ("FILE PHOTO: X and Y meet in Ankara, Turkey,
    September 4, 2024. REUTERS/Jane Doe/File Photo"): it tells what a picture shows, often
    an older event, never what the story reports, and its "meet in Ankara" is no engagement
    of the story's."""
    return _caption_credit(paragraph, len(paragraph.split()))[0]


def _caption_credit(paragraph: str, words: int) -> tuple[bool, int | None]:
    """Whether a paragraph of `words` words is a photo's caption (see `is_caption`), and where
    the photo credit that closes it starts (None when it has none): the one caption decision,
    for `is_caption` and for `without_boilerplate`, which cuts the credit off a news item that
    keeps it ("PORT MORESBY, Aug 20 — X and Y sign the treaty. (Photo: AAP)")."""
    if words > _MAX_CAPTION_WORDS:
        return False, None
    if _CAPTION_LABEL.match(paragraph) is not None:
        return True, None
    credit = _credit_start(paragraph)
    return credit is not None and _is_credited_caption(paragraph, credit), credit


def _is_credited_caption(paragraph: str, credit: int) -> bool:
    """Whether a short paragraph whose photo credit starts at `credit` is a caption: unless it
    opens on a dateline and tells an event before its credit, a news item's ("PORT MORESBY,
    Aug 20 — X and Y sign the treaty. (Photo: AAP)"). Part of `_caption_credit` ("LIMA, May 2
    — X and Y at the 2022 signing in Quito. (Photo: Andina)" had been kept as news)."""
    return not (opens_on_dateline(paragraph) and _tells_an_event(paragraph[:credit]))


#: A news item's verb of an event, lower case, bare or with its -s, -es, -d or -ed: "sign",
#: "receives", "signed", "met" (a caption names who the picture shows with none: "X and Y at the
#: signing"). Only these verbs: any word ending in -s or -ed had also taken a plural noun or
#: "was" ("Trade ministers of Peru and Chile at the signing." had been kept as news).
_FINITE_VERB: Final = re.compile(
    r"\b(?:(?:sign|open|meet|hold|visit|receive|launch|inaugurate|attend|shake|hand|take|give"
    r"|leave|arrive|speak|address|lay|tour|review|greet|welcome|discuss|agree|conclude|announce)"
    r"(?:s|es|d|ed)?|met|held|took|gave|left|spoke|laid)\b"
)
#: "at the 2023 signing", "during the 2019 summit": the picture is of an earlier event.
_EARLIER_EVENT: Final = re.compile(r"\b(?:at|during|on)\s+the\s+(?:19|20)\d\d\b")


def _tells_an_event(paragraph: str) -> bool:
    """Whether a datelined paragraph that ends on a photo credit tells an event as a news item
    does, with a finite verb and no picture of an earlier event ("LAE, Aug 20 — X and Y at the
    2023 signing in Canberra. (Photo: AAP)" is a file photo's caption: it had been kept, and
    the 2023 signing dated the publication day)."""
    return _FINITE_VERB.search(paragraph) is not None and _EARLIER_EVENT.search(paragraph) is None


def _credit_start(paragraph: str) -> int | None:
    """Where the photo credit that closes a paragraph starts ("(Photo: AAP)", "REUTERS/Jane
    Doe"), or None. The credit closes the paragraph: only its last characters are searched,
    not every position of every paragraph of the story."""
    body = paragraph.rstrip()
    tail_at = max(0, len(body) - _CREDIT_REACH)
    tail = body[tail_at:]
    if _CREDIT_MARK.search(tail) is None:
        return None
    credit = _CAPTION_CREDIT.search(tail)
    return None if credit is None else tail_at + credit.start()


def _is_notice(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _NOTICE_WORDS) and _NOTICE.search(text) is not None


def without_boilerplate(text: str) -> str:
    """`text` (paragraphs separated by a blank line, as `text.clean_body` makes them)
    without its notice and teaser paragraphs; a bare label ("Read more:") takes the
    headline paragraphs after it along (a list of links, one headline a line, until a line
    that ends like a sentence), and a label after a sentence the rest of its paragraph."""
    kept: list[str] = []
    paragraphs = _without_head_summary(text.split("\n\n"))
    skip_headline = False
    for paragraph in paragraphs:
        if kept and _closes_release(paragraph):
            break  # the release's end mark or back matter: the rest is the issuer's, not the story's
        if skip_headline and is_headline(paragraph, _MAX_HEADLINE_WORDS):
            continue  # a label's list runs on while its lines are headlines
        skip_headline = False
        words = len(paragraph.split())  # (split once: the tests below all count the words)
        label = _teaser_label(paragraph)
        if label is not None and words < MAX_NOTICE_WORDS:
            skip_headline = label == len(paragraph)
            continue
        if (_is_notice(paragraph) and words < MAX_NOTICE_WORDS) or _is_prompt(paragraph, words):
            continue
        # a caption, its credit found once: a short item that closes on a photo credit is one
        # unless a datelined event ("PORT MORESBY, Aug 20 — X and Y sign the treaty. (Photo:
        # AAP)"), which is kept without its credit (no "AAP" at the signing)
        caption, credit = _caption_credit(paragraph, words)
        if caption:
            continue
        if is_editors_note(paragraph):
            continue
        if credit is not None:
            paragraph = paragraph[:credit].rstrip()
        staff = _staff_credit_start(paragraph)
        if staff is not None:
            paragraph = paragraph[:staff].rstrip()
            if not paragraph:
                continue  # the credit alone on its paragraph
        low = paragraph.lower()
        inline = _INLINE_TEASER.search(paragraph) if any(word in low for word in _INLINE_WORDS) else None
        if inline is not None and len(paragraph[inline.end() :].split()) < MAX_NOTICE_WORDS:
            paragraph = paragraph[: inline.start()]
        kept.append(paragraph)
    return "\n\n".join(kept)


def _without_head_summary(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a summary's list heading the story: its label ("Key points:",
    "Story highlights", "IN BRIEF", "Key takeaways") and the list items after it, as pages set
    over the body. The items had stood before the dateline, ended its search, and the story had
    had no dateline; what they sum up the story tells. Only among the paragraphs before the
    story's first sentence, only a label followed by marked items (on its paragraph or its own),
    and only when a paragraph of the story follows them."""
    for index, paragraph in enumerate(paragraphs[:_SUMMARY_REACH]):
        lines = paragraph.strip().split("\n")
        if _SUMMARY_LABEL.fullmatch(lines[0].strip()) and all(_LIST_ITEM.match(line) for line in lines[1:]):
            end = index + 1
            while end < len(paragraphs) and _LIST_ITEM.match(paragraphs[end]):
                end += 1
            items = len(lines) - 1 + end - index - 1
            return paragraphs[:index] + paragraphs[end:] if items and end < len(paragraphs) else paragraphs
        if paragraph.rstrip().endswith((".", "!", "?", '"', "”")):
            return paragraphs  # the story has begun
    return paragraphs


#: How many paragraphs into the body a summary's label may stand (a headline, a standfirst, a
#: byline and a stamp before it).
_SUMMARY_REACH: Final = 5
#: The label of a summary's list: "Key points", "Key takeaways:", "Story highlights", "In brief".
_SUMMARY_LABEL: Final = re.compile(
    r"(?i)(?:(?:key|main|story|article)\s+(?:points|takeaways|highlights)|highlights|takeaways|in\s+brief"
    r"|(?:article\s+)?summary|in\s+short|quick\s+read|tl;?dr|what\s+you\s+need\s+to\s+know"
    r"|(?:the\s+)?(?:gist|short\s+version))[ \t]*:?"
)
#: A marked list item: a bullet or a number before its text ("- ", "• ", "1. ").
_LIST_ITEM: Final = re.compile(r"[ \t]*(?:[-•*·▪■►‣◦●–—][ \t]+|\d{1,2}[.)][ \t]+)\S")


def _closes_release(paragraph: str) -> bool:
    """Whether a paragraph's first line ends a press release's story: its end mark ("ENDS",
    "###", "-30-"), a back-matter heading ("Notes to editors", "For media enquiries"), or an
    "About <issuer>" heading, a name in capitals alone on its line ("About the Oman Chamber of
    Commerce and Industry"); a body heading "About the deal" is lower-case, no name."""
    line = paragraph.lstrip().split("\n", 1)[0].rstrip()
    if len(line) > 90 or line.endswith((".", "!", "?", ",", ";")):
        return False  # (the cheap test first: a sentence, or a line too long for a heading)
    if _RELEASE_END.match(line):
        return True
    words = line.split()
    if len(words) < 2 or len(words) > _MAX_ISSUER_WORDS or words[0] not in ("About", "ABOUT"):
        return False
    return all(word[0].isupper() or word.lower() in _ISSUER_PARTICLES for word in words[1:])


def _teaser_label(text: str) -> int | None:
    """Where a link teaser's label at the start of `text` ends, or None: a listed label
    (`_TEASER_LABEL`) or one read by its words (`_GENERIC_LABEL`): "Related coverage:",
    "More on this", "Further reading" alone on the line name a list of other pieces, however a
    site words them; "Key figures:" names none and stays."""
    label = _TEASER_LABEL.match(text)
    if label is not None:
        return label.end()
    unmarked = _UNMARKED_TEASER.match(text) if _TEASER_WORD.search(text, 0, 40) else None
    if unmarked is not None and is_headline(text[unmarked.end() :], _MAX_HEADLINE_WORDS):
        return unmarked.end()
    head = text[:60]
    if not (":" in head or "|" in head or "\n" in head or len(text) <= 60):
        return None  # (the cheap test first: no short head ends here)
    generic = _GENERIC_LABEL.match(text)
    if generic is None:
        return None
    words = generic.group("label").lower().split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    own_line = generic.group("mark") in ("\n", "") or text[generic.end() :].startswith("\n")
    nouns = _LIST_NOUNS if own_line and len(words) > 1 else _PIECE_NOUNS  # a site's "News" tab is none
    phrase = " ".join(words) + " "
    if nouns.isdisjoint(words) and not phrase.startswith(_LIST_OPENINGS):
        return None
    return generic.start("mark") if generic.group("mark") == "\n" else generic.end()
