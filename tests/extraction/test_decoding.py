"""Bytes -> text: encodings, binary sniffing, NULs, empty input."""

from __future__ import annotations

import gzip
import io
import random
import zipfile

import pytest

from orchestration.extraction.decoding import DecodedText, DecodeFailure, binary_signature, decode_bytes

ENGLISH = "Kazakhstan's exports to China rose 12% to $1.4 billion in 2023, the ministry said."
FRENCH = (
    "Les exportations françaises vers le Sénégal ont progressé de 8 % à 1,4 milliard d’euros — "
    "« un record », a déclaré Hélène."
)
GERMAN = "Der Außenhandel zwischen Deutschland und Österreich wuchs um 5 Prozent. Größer als erwartet."
SPANISH = "Las exportaciones de Perú a China crecieron un 12 %, según el ministerio. ¿Récord? Sí, señaló."
PORTUGUESE = (
    "As exportações do Brasil para a China cresceram 9%, informou a ministra. A situação é excelente."
)
RUSSIAN = "Товарооборот между Россией и Казахстаном в 2023 году составил 27,8 млрд долларов, сообщил он."
UKRAINIAN = "Товарообіг між Україною та Польщею зріс на 12%, повідомило міністерство. Їхні експортери раді."
BULGARIAN = "Търговията между България и Турция нарасна с 8% през 2023 година, съобщи министерството."
MIXED = "ASTANA – Trade with Russia (Торговля с Россией) reached $27.8 billion, said Серик Жумангарин."


def decoded(data: bytes, declared: str | None = None) -> DecodedText:
    result = decode_bytes(data, declared)
    assert isinstance(result, DecodedText), result
    return result


def failed(data: bytes) -> DecodeFailure:
    result = decode_bytes(data)
    assert isinstance(result, DecodeFailure), result
    return result


@pytest.mark.parametrize("text", [ENGLISH, FRENCH, GERMAN, SPANISH, PORTUGUESE, RUSSIAN, UKRAINIAN, MIXED])
@pytest.mark.parametrize(
    ("codec", "prefix", "name"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32-le"),
    ],
)
def test_unicode_encodings(text, codec, prefix, name):
    result = decoded(prefix + text.encode(codec))
    assert (result.text, result.encoding, result.warnings) == (text, name, ())


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH, PORTUGUESE])
def test_western_code_page(text):
    result = decoded(text.encode("cp1252"))
    assert (result.text, result.encoding) == (text, "cp1252")


@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN, BULGARIAN, MIXED, RUSSIAN.upper()])
def test_cyrillic_code_page(text):
    result = decoded(text.encode("cp1251"))
    assert (result.text, result.encoding) == (text, "cp1251")


def test_smart_quotes_and_euro_in_cp1252():
    text = "“Trade rose,” he said — to €5 billion… ‘a record’."
    assert decoded(text.encode("cp1252")).text == text


def test_declared_charset_is_used_when_bytes_are_not_utf8():
    text = "Ελληνικές εξαγωγές προς την Κύπρο αυξήθηκαν κατά 5%."
    result = decoded(text.encode("cp1253"), declared="windows-1253")
    assert (result.text, result.encoding) == (text, "cp1253")


def test_declared_charset_does_not_override_valid_utf8():
    result = decoded(FRENCH.encode("utf-8"), declared="iso-8859-1")
    assert (result.text, result.encoding) == (FRENCH, "utf-8")


def test_mostly_utf8_with_a_stray_byte_is_repaired_with_a_warning():
    data = FRENCH.encode("utf-8") + b" caf\xe9 " + RUSSIAN.encode("utf-8")
    result = decoded(data)
    assert result.encoding == "utf-8"
    assert result.warnings == ("invalid_utf8_bytes_replaced: 1",)
    assert RUSSIAN in result.text


@pytest.mark.parametrize(
    "data",
    [
        "中华人民共和国和哈萨克斯坦的贸易额增长了百分之三十。".encode("gbk") * 3,
        "日本とカザフスタンの貿易が増加した。".encode("shift_jis") * 3,
        b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8\x41",  # lone surrogate after a BOM
        b"\xef\xbb\xbf" + b"caf\xe9 cr\xe8me",  # BOM says UTF-8, bytes are not
    ],
)
def test_undecodable(data):
    assert failed(data).reason == "undecodable"


def _png_header() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def _zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (_png_header(), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (_zip_bytes(), "ZIP archive (or docx/xlsx/odt)"),
        (gzip.compress(ENGLISH.encode(), mtime=0), "GZIP archive"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "7z archive"),
        (b"Rar!\x1a\x07\x01\x00", "RAR archive"),
        (b"\x7fELF\x02\x01\x01", "ELF executable"),
        (b"SQLite format 3\x00\x10\x00", "SQLite database"),
        (b"\x00" * 8 + b"DUCK" + b"\x00" * 20, "DuckDB database"),
        (b"PAR1\x15\x04", "Parquet file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "OLE2 document (doc/xls/msg)"),
    ],
)
def test_binary_signatures(data, kind):
    assert binary_signature(data) == kind
    result = failed(data)
    assert (result.reason, result.detail) == ("not_text", f"{kind} signature")


@pytest.mark.parametrize("text", [ENGLISH, "BMW exports rose.", "ID card exports", "MZ Logistics grew"])
def test_text_is_not_mistaken_for_a_signature(text):
    assert binary_signature(text.encode()) is None
    assert decoded(text.encode()).text == text


def test_random_bytes_are_not_text():
    assert failed(random.Random(1).randbytes(8192)).reason == "not_text"


def test_dense_nuls_are_not_text():
    assert failed(b"ab\x00\x00\x00\x00\x00cd" * 100).reason == "not_text"


def test_stray_nuls_are_stripped_with_a_warning():
    result = decoded(ENGLISH.encode().replace(b"China", b"Ch\x00ina") + b"\x00")
    assert (result.text, result.warnings) == (ENGLISH, ("nul_bytes_stripped: 2",))


def test_a_few_control_bytes_are_tolerated():
    data = ENGLISH.encode() * 5 + b"\x1b[0m\x07"
    assert decoded(data).text.startswith(ENGLISH)


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"", "zero bytes"),
        (b"   \n\t\r\n ", "only whitespace"),
        (b"\xef\xbb\xbf", "only whitespace (utf-8-sig)"),
        (b"\xff\xfe" + " \n ".encode("utf-16-le"), "only whitespace (utf-16-le)"),
        ("\u00a0\u200b\ufeff \n".encode(), "only whitespace (utf-8)"),
    ],
)
def test_empty(data, detail):
    assert failed(data) == DecodeFailure("empty", detail)


@pytest.mark.parametrize(
    "text",
    [
        "'); DROP TABLE documents; --",
        "{{ config(materialized='table') }} {% macro x() %}{% endmacro %}",
        "<script>alert(1)</script>",
    ],
)
def test_code_looking_text_is_plain_text(text):
    assert decoded(text.encode()).text == text
