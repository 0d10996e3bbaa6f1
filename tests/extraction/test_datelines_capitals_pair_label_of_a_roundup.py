"""A round-up's paragraphs headed by the pair they are about, in capitals, written for these tests.

An agency's round-up filed from one city heads each paragraph with the two countries it is about
("QATAR - PERU: The minister received ..."). The first country and its dash look like a
paragraph's dateline, so two such paragraphs had split the story into digest items filed from a
"city" Qatar: the items lost the story's own dateline (no place for the meeting in Doha) and the
second country, left opening the sentence ("PERU: Ali Al Kuwari, Minister of ..., held a video
call with Peru's ..."), cost the host his side, so the call was lost. A capitals country before a
dash is no dateline when another capitals country and a colon follow it. Real datelines of a
digest ("LIMA - ...", "DOHA, May 3 (QNA) - ...") still split it, and a pair in a sentence's
words ("Qatar - Peru trade grew ...") was never one.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.datelines import digest_items, paragraph_datelines
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 5, 8)  # a Thursday
TUE = date(2025, 5, 6)
WED = date(2025, 5, 7)

ROUNDUP = (
    "DOHA, May 8 (QNA) - The following are the main economic items of the day.\n\n"
    "QATAR - PERU: Ali Al Kuwari, Minister of Commerce and Industry, held a video call on Tuesday "
    "with Peru's Minister of Foreign Trade Teresa Mera. They reviewed fertiliser supplies.\n\n"
    "QATAR - GHANA: Sheikh Faisal Al Thani, Minister of State for Foreign Trade, received on "
    "Wednesday Ghanaian Minister of Trade Elizabeth Ofosu-Adjare, who is visiting the country."
)


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB, "Doha").engagements
    ]


def test_pair_labels_are_no_datelines() -> None:
    assert [d.city for d in paragraph_datelines(ROUNDUP)] == []
    assert digest_items(ROUNDUP) == []


def test_each_labelled_paragraph_keeps_its_sides_and_the_story_dateline() -> None:
    events = _events(ROUNDUP)
    assert ("phone_call", TUE, None, ("PER", "QAT")) in events
    assert ("meeting", WED, "Doha", ("GHA", "QAT")) in events


def test_glued_pair_label_too() -> None:
    text = ROUNDUP.replace("QATAR - PERU:", "QATAR-PERU:").replace("QATAR - GHANA:", "QATAR-GHANA:")
    assert digest_items(text) == []


def test_real_datelines_of_a_digest_still_split_it() -> None:
    digest = (
        "LIMA - Peru's trade minister met a Qatari delegation on Tuesday.\n\n"
        "ACCRA - Ghana's trade minister met a Qatari delegation on Wednesday."
    )
    assert [d.city for d in paragraph_datelines(digest)] == ["Lima", "Accra"]
    assert len(digest_items(digest)) == 2


def test_a_capitals_country_dateline_without_a_pair_label_stays() -> None:
    digest = (
        "SINGAPORE - The trade minister met a Qatari delegation on Tuesday.\n\n"
        "MONACO - The minister met a Ghanaian delegation on Wednesday."
    )
    assert [d.city for d in paragraph_datelines(digest)] == ["Singapore", "Monaco"]
