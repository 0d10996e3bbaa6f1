"""A UTF-8 file with a few Windows-1252 quotes or dashes pasted in, written for these tests.

A word processor's text pasted into a UTF-8 file brings Windows-1252's curly quotes, dashes and
ellipsis as single bytes (0x80-0x9F), which UTF-8 cannot read. Such a byte had been replaced by
U+FFFD, splitting the word ("Malawi\ufffds"). In a file that is mostly UTF-8 it is now read as
the Windows-1252 character it is, with a warning of its own. Any other broken byte is replaced as
before, and a file with too few valid characters is left to the code-page guess as before.
"""

from __future__ import annotations

from orchestration.extraction.decoding import DecodedText, decode_bytes


def _decoded(data: bytes) -> DecodedText:
    result = decode_bytes(data)
    assert isinstance(result, DecodedText)
    return result


def test_a_pasted_apostrophe_is_read() -> None:
    text = "LILONGWE – Zambia’s envoy met Malawi’s “counterpart” on Tuesday."
    data = text.encode("utf-8").replace("Malawi’s".encode(), b"Malawi\x92s")
    result = _decoded(data)
    assert result.text == text
    assert result.encoding == "utf-8"
    assert result.warnings == ("cp1252_punctuation_in_utf8: 1",)


def test_pasted_quotes_and_a_stray_letter() -> None:
    data = "Lomé – “Togo” and Bénin’s ports, Cotonou’s “quays”".encode() + b" \x93agreed\x94 caf\xe9"
    result = _decoded(data)
    assert result.text == "Lomé – “Togo” and Bénin’s ports, Cotonou’s “quays” “agreed” caf\ufffd"
    assert result.warnings == ("invalid_utf8_bytes_replaced: 1", "cp1252_punctuation_in_utf8: 2")


def test_a_cp1252_file_is_still_guessed() -> None:
    data = "Zambia’s envoy met Malawi’s “counterpart” on Tuesday.".encode("cp1252")
    result = _decoded(data)
    assert result.encoding == "cp1252"
    assert result.text == "Zambia’s envoy met Malawi’s “counterpart” on Tuesday."
