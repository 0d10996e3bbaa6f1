"""Raw bytes -> text, or a reason why the bytes are not text.

Files arrive from many publishers and tools, so every odd encoding is normal input.
The order of checks, and why:

1. Nothing or only ASCII whitespace -> `empty`.
2. A byte-order mark is authoritative: UTF-8/16/32 with BOM are decoded strictly, and
   bytes that do not decode under the announced encoding are `undecodable`.
3. Magic numbers of binary formats (PNG, JPEG, GIF, PDF, ZIP/docx/xlsx, GZIP, 7z, RAR,
   ELF, SQLite, DuckDB, ...) -> `not_text`, whatever the file is called.
4. BOM-less UTF-16 is recognised by its NUL pattern (ASCII text in UTF-16 has a NUL in
   every other byte, all on the same parity).
5. Other NUL bytes: a few (< 10 %) are stray and are stripped with a warning; dense NULs
   mean binary -> `not_text`. Then more than 5 % control bytes (C0 other than
   whitespace, DEL) -> `not_text`: compressed or encrypted data has ~10 %, text has none.
6. Strict UTF-8. Mostly-UTF-8 with a few broken bytes (a file edited by two tools) is
   decoded with U+FFFD replacements and a warning.
7. Otherwise a single-byte code page. Only Windows-1252 (Western) and Windows-1251
   (Cyrillic) are candidates; a declared charset (HTML `<meta charset>`) is tried
   first. Each candidate is scored by *word plausibility*: words with non-ASCII letters
   must be consistently cased (lower, Title or UPPER) and in one script. Real text
   scores near 100 %; the wrong code page produces mixed-script or randomly cased
   words ("cafй", "ЖЯбД"). When no candidate explains most words -> `undecodable`.
   This is a few regex passes and only runs on files that are not UTF-8.

Other legacy encodings (Shift-JIS, GBK, ISO-8859-2, KOI8-R) are not guessed; they are
rejected as `undecodable` or, when they look Western, decoded as cp1252.

Text that was garbled before it reached us (UTF-8 once read as Windows-1252 or Latin-1:
"Brazilâ€™s", "CÃ´te") is decoded back by `repaired_mojibake`, which documents.py applies
to every article's body, whatever its container.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Final

#: Signatures of binary formats, checked at offset 0 unless a tuple gives an offset.
_MAGIC_NUMBERS: Final[tuple[tuple[bytes, int, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive (or docx/xlsx/odt)"),
    (b"PK\x05\x06", 0, "ZIP archive (empty)"),
    (b"PK\x07\x08", 0, "ZIP archive (spanned)"),
    (b"\x1f\x8b", 0, "GZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xfd7zXZ\x00", 0, "XZ archive"),
    (b"BZh", 0, "BZIP2 archive"),
    (b"\x28\xb5\x2f\xfd", 0, "Zstandard archive"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"\xcf\xfa\xed\xfe", 0, "Mach-O executable"),
    (b"\x00asm", 0, "WebAssembly module"),
    (b"\xca\xfe\xba\xbe", 0, "Java class or Mach-O fat binary"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"DUCK", 8, "DuckDB database"),
    (b"PAR1", 0, "Parquet file"),
    (b"ARROW1", 0, "Arrow file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "OLE2 document (doc/xls/msg)"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"WEBP", 8, "WebP image"),
    (b"ftyp", 4, "MP4/QuickTime media"),
    (b"OggS", 0, "Ogg media"),
    (b"fLaC", 0, "FLAC audio"),
    (b"ID3", 0, "MP3 audio"),
    (b"wOFF", 0, "WOFF font"),
    (b"wOF2", 0, "WOFF2 font"),
)

#: Byte-order marks, longest first (the UTF-32-LE BOM starts with the UTF-16-LE one).
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: C0 controls other than whitespace (\t \n \v \f \r) and ESC, plus DEL. NUL is counted apart.
_CONTROL_BYTES: Final = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NON_CONTROL_BYTES: Final = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_BYTES_FROM_8: Final = bytes(range(0x08, 256))
_MAX_CONTROL_RATIO: Final = 0.05
_MAX_STRAY_NUL_RATIO: Final = 0.10
_UTF16_SAMPLE: Final = 4096

_SINGLE_BYTE_CANDIDATES: Final = ("cp1252", "cp1251")
_WORD: Final = re.compile(r"[^\W\d_]+")
_NON_ASCII_LETTER: Final = re.compile(r"[^\W\d_a-zA-Z]")
#: Any character that shows: a text without one is empty (`str.isspace` whitespace and the
#: invisible format characters do not show). One regex scan, not a copy of the text.
_VISIBLE: Final = re.compile("[^\\s\ufeff\u200b\u2060\u00ad]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, the encoding used, and anything repaired on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    """Why bytes are not text: `reason` is one of `model.REJECTION_REASONS`."""

    reason: str
    detail: str


def binary_signature(data: bytes) -> str | None:
    """The binary format whose magic number `data` starts with, or None."""
    for magic, offset, kind in _MAGIC_NUMBERS:
        if data.startswith(magic, offset):
            return kind
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText | DecodeFailure:
    """Decode `data` following the checks in the module docstring.

    `declared` is an encoding the container announces (an HTML meta charset); it is
    only trusted when the bytes are not valid UTF-8, since pages often declare wrongly.
    """
    if not data.strip():
        return DecodeFailure("empty", "zero bytes" if not data else "only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _finish(_decode_strict(data[len(bom) :], encoding))
    kind = binary_signature(data)
    if kind:
        return DecodeFailure("not_text", f"{kind} signature")
    warnings: list[str] = []
    nul_count = data.count(0)
    if nul_count:
        utf16 = _bomless_utf16(data)
        if utf16:
            return _finish(_decode_strict(data, utf16))
        if nul_count > _MAX_STRAY_NUL_RATIO * len(data):
            return DecodeFailure("not_text", f"{nul_count} NUL bytes in {len(data)} (binary content)")
        data = data.replace(b"\x00", b"")
        warnings.append(f"nul_bytes_stripped: {nul_count}")
    control_count = len(data.translate(None, _NON_CONTROL_BYTES))
    if control_count > _MAX_CONTROL_RATIO * len(data):
        return DecodeFailure("not_text", f"{control_count} control bytes in {len(data)} (binary content)")
    return _finish(_decode_text_bytes(data, declared), tuple(warnings))


def _finish(
    decoded: DecodedText | DecodeFailure, warnings: tuple[str, ...] = ()
) -> DecodedText | DecodeFailure:
    """Drop NULs that a wide encoding let through, reject blank text, merge warnings."""
    if isinstance(decoded, DecodeFailure):
        return decoded
    text = decoded.text
    all_warnings = warnings + decoded.warnings
    if "\x00" in text:
        all_warnings += (f"nul_bytes_stripped: {text.count(chr(0))}",)
        text = text.replace("\x00", "")
    if _VISIBLE.search(text) is None:
        return DecodeFailure("empty", f"only whitespace ({decoded.encoding})")
    return DecodedText(text, decoded.encoding, all_warnings)


def _decode_strict(data: bytes, encoding: str) -> DecodedText | DecodeFailure:
    try:
        return DecodedText(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        return DecodeFailure("undecodable", f"invalid {encoding} at byte {error.start}: {error.reason}")


def _bomless_utf16(data: bytes) -> str | None:
    """utf-16-le/-be when one byte parity holds high bytes of U+0000-U+07FF characters.

    Text in Latin, Greek, Cyrillic, Armenian, Hebrew or Arabic script encoded as UTF-16
    has a byte below 0x08 (0x00 for ASCII, 0x04 for Cyrillic, ...) in nearly every
    code unit, always on the same parity; single-byte text has almost none.
    """
    sample = data[:_UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    low_even = len(sample[0 : 2 * pairs : 2].translate(None, _BYTES_FROM_8))
    low_odd = len(sample[1 : 2 * pairs : 2].translate(None, _BYTES_FROM_8))
    if low_odd > 0.7 * pairs and low_even < 0.1 * pairs:
        return "utf-16-le"
    if low_even > 0.7 * pairs and low_odd < 0.1 * pairs:
        return "utf-16-be"
    return None


def _decode_text_bytes(data: bytes, declared: str | None) -> DecodedText | DecodeFailure:
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8:
        return mostly_utf8
    candidates = list(_SINGLE_BYTE_CANDIDATES)
    declared_codec = _codec_name(declared)
    if declared_codec and declared_codec not in ("utf-8", "utf-16", "utf-32"):
        try:
            return DecodedText(data.decode(declared_codec), declared_codec)
        except UnicodeDecodeError:
            pass
    scores = {name: _plausibility(data, name) for name in candidates}
    encoding = max(candidates, key=lambda name: (scores[name][0] - scores[name][1], -candidates.index(name)))
    good, bad = scores[encoding]
    if bad > good:
        return DecodeFailure(
            "undecodable",
            f"not UTF-8, and no supported code page ({', '.join(candidates)}) gives plausible words",
        )
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd")
    warnings = (f"undefined_bytes_replaced: {replaced}",) if replaced else ()
    return DecodedText(text, encoding, warnings)


def _mostly_utf8(data: bytes) -> DecodedText | None:
    """UTF-8 with a few broken bytes: at least three valid non-ASCII characters per bad byte.
    A broken byte of Windows-1252's punctuation (0x80-0x9F: its curly quotes, dashes and
    ellipsis, as a word processor's text pasted into a UTF-8 file brings them) is read as that
    character ("Zambia\x92s" -> "Zambia’s": it had been U+FFFD, splitting the word); any other
    is replaced by U+FFFD."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in escaped if _ESCAPED_FIRST <= ord(ch) <= _ESCAPED_LAST)
    valid_non_ascii = sum(1 for ch in escaped if ch > "\x7f") - bad
    if not valid_non_ascii >= 3 * bad > 0:
        return None
    text = _ESCAPED_BYTE.sub(_escaped_byte_text, escaped)
    mapped = sum(1 for ch in escaped if _ESCAPED_FIRST <= ord(ch) <= _ESCAPED_PUNCTUATION_LAST)
    replaced = bad - mapped
    warnings = ((f"invalid_utf8_bytes_replaced: {replaced}",) if replaced else ()) + (
        (f"cp1252_punctuation_in_utf8: {mapped}",) if mapped else ()
    )
    return DecodedText(text, "utf-8", warnings)


def _escaped_byte_text(found: re.Match[str]) -> str:
    """The text of one byte `surrogateescape` kept: Windows-1252's punctuation, else U+FFFD."""
    code = ord(found.group())
    if code <= _ESCAPED_PUNCTUATION_LAST:
        return bytes([code - _ESCAPE_BASE]).decode("cp1252", errors="replace")
    return "\ufffd"


#: The code points `surrogateescape` gives undecodable bytes 0x80-0xFF, and the last of those of
#: 0x80-0x9F (as numbers: a lone surrogate written in the source is no valid UTF-8).
_ESCAPE_BASE: Final = 0xDC00
_ESCAPED_FIRST: Final = 0xDC80
_ESCAPED_LAST: Final = 0xDCFF
_ESCAPED_PUNCTUATION_LAST: Final = 0xDC9F
_ESCAPED_BYTE: Final = re.compile(r"[\udc80-\udcff]")


def _codec_name(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip()).name
    except LookupError:
        return None
    return {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}.get(name, name)


def _plausibility(data: bytes, encoding: str) -> tuple[int, int]:
    """(plausible, implausible) counts of words with non-ASCII letters under `encoding`.

    Only words of two or more letters count; undecodable bytes count as implausible. A
    plausible word is lower, Title or UPPER case and written in one script; a Latin-script
    word also needs an ASCII letter, because Western languages use accents sparingly
    while Cyrillic (or CJK) bytes read as cp1252 give all-accented words ("Ïðèâåò").
    """
    text = data.decode(encoding, errors="replace")
    good = 0
    bad = text.count("\ufffd")
    for word in _WORD.findall(text):
        if len(word) < 2 or not _NON_ASCII_LETTER.search(word):
            continue
        if _consistent_case(word) and _plausible_script(word):
            good += 1
        else:
            bad += 1
    return good, bad


def _consistent_case(word: str) -> bool:
    return word.islower() or word.isupper() or word.istitle()


def _plausible_script(word: str) -> bool:
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if cyrillic:
        return cyrillic == len(word)
    return any("a" <= ch <= "z" or "A" <= ch <= "Z" for ch in word)


def repaired_mojibake(text: str) -> str:
    """`text` with UTF-8 that was decoded as a single-byte code page decoded right: a scraper
    or an export that read UTF-8 bytes as Windows-1252 or Latin-1 writes "Brazilâ€™s",
    "CÃ´te dâ€™Ivoire", "â‚¬300 million", "SÃO PAULO, June 12 (Reuters) â€“" (the dash that ends
    the dateline lost, the apostrophes and the euro sign garbled). Each run of such characters
    that spells a whole UTF-8 sequence is decoded back ("’", "ô", "€", "–"); a run that does
    not decode (real text: "Â»" alone, "é»") stays as written, so text with no mojibake is
    unchanged."""
    if _MOJIBAKE_HINT.search(text) is None:
        return text
    return _MOJIBAKE_RUN.sub(_redecoded, text)


def _redecoded(run: re.Match[str]) -> str:
    raw = bytearray()
    for char in run.group():
        code = ord(char)
        raw.append(code if code < _LATIN1_END else _CP1252_BYTES[char])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return run.group()


_LATIN1_END: Final = 0x100
#: Windows-1252's characters of the bytes 0x80-0x9F ("€" is 0x80, "’" 0x92), as a UTF-8
#: continuation byte read in that code page is written.
_CP1252_BYTES: Final = {
    bytes([byte]).decode("cp1252"): byte
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CONTINUATION: Final = "[\x80-\xbf" + "".join(_CP1252_BYTES) + "]"
#: A lead byte of a two-, three- or four-byte UTF-8 sequence read as one character ("Ã", "â",
#: "ð"), then its continuation bytes so read.
_MOJIBAKE_RUN: Final = re.compile(
    f"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
#: What only mojibake writes, checked before the runs are looked for: a lead byte's character
#: right before a continuation byte's.
_MOJIBAKE_HINT: Final = re.compile(f"[\xc2-\xf4]{_CONTINUATION}")
