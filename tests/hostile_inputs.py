"""Hostile raw files, written at test time, with the outcome each must have.

    python tests/hostile_inputs.py OUT_DIR [MAX_BYTES]

`write_hostile_inputs(out_dir)` writes the files and returns {relative path: expected
outcome}, the outcome being "document", "rejected:<reason>" (a `REJECTION_REASONS`
entry) or "skipped" (hidden files, editor leftovers and a symlink leading outside the
folder: the folder scanner must never hand them to the parser). Files holding several
articles (jsonl, a JSON list) expect the outcome for every record.

Nothing here is copied from the corpus: the articles are invented, and the binary files
are minimal but real (a valid PNG, a one-page PDF, a ZIP made by `zipfile`).
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

#: The size limit the generated files are meant for: the one-line file stays under it,
#: `too_large.txt` goes over it.
HOSTILE_MAX_BYTES = 2 * 1024 * 1024
ONE_LINE_BYTES = 1_000_000

TRADE_ARTICLE = (
    "date 2024-03-05\n\n"
    "NAIROBI, Kenya (Reuters) - Kenya's exports to Uganda rose 12.5% to $1.1 billion in 2023, "
    "the Kenya National Bureau of Statistics said on Tuesday.\n\n"
    "Trade Minister Rebecca Miano met her Ugandan counterpart in Kampala on Monday.\n"
)
CP1252_ARTICLE = (
    "date 2024-03-06\n\n"
    "PARIS, March 6 (AFP) – France’s exports to Côte d’Ivoire rose 8% to €1.4 billion in 2023, "
    "said Hélène Dubois, the trade ministry’s spokeswoman. “It is a record,” she added.\n"
)
CP1251_ARTICLE = (
    "date 2024-03-07\n\n"
    "МОСКВА, 7 марта. Товарооборот между Россией и Казахстаном в 2023 году составил "
    "27,8 млрд долларов, сообщил министр торговли.\n\n"
    "MOSCOW, March 7. Trade between Russia and Kazakhstan reached $27.8 billion in 2023, "
    "the trade minister said.\n"
)
SQL_ARTICLE = (
    "date 2024-03-08\n\n"
    "LIMA, Peru (Reuters) - Peru's exports to China rose to $24 billion in 2023.\n\n"
    "Robert'); DROP TABLE documents; --\n\n"
    "' OR '1'='1'; DELETE FROM staging.documents WHERE 1=1; --\n"
)
JINJA_ARTICLE = (
    "date 2024-03-09\n\n"
    "ACCRA, Ghana (Reuters) - Ghana's cocoa exports to the Netherlands fell 5% in 2023.\n\n"
    "{{ config(materialized='table') }} {% macro drop_all() %}{{ run_query('drop schema marts') }}"
    "{% endmacro %} {{ this }} {# comment #}\n"
)


def write_hostile_inputs(
    out_dir: str | os.PathLike[str], max_bytes: int = HOSTILE_MAX_BYTES
) -> dict[str, str]:
    """Write every hostile file under `out_dir` and return {relative path: expected outcome}."""
    if max_bytes <= ONE_LINE_BYTES + 1024:
        raise ValueError(f"max_bytes must leave room for the {ONE_LINE_BYTES:,}-byte one-line file")
    root = Path(out_dir)
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (root / name).write_bytes(data)
        expected[name] = outcome

    png, pdf, zip_bytes = _png(), _pdf(), _zip()
    put("empty.txt", b"", "rejected:empty")
    put("whitespace.txt", b"  \n\t \r\n   \n", "rejected:empty")
    put("bom_only.txt", b"\xef\xbb\xbf \n", "rejected:empty")
    put("pixel.png", png, "rejected:not_text")
    put("pixel_png.txt", png, "rejected:not_text")
    put("report.pdf", pdf, "rejected:not_text")
    put("report_pdf.txt", pdf, "rejected:not_text")
    put("bundle.zip", zip_bytes, "rejected:not_text")
    put("bundle_zip.txt", zip_bytes, "rejected:not_text")
    put("noise.bin", random.Random(7).randbytes(4096), "rejected:not_text")
    put("dense_nul.txt", b"abc\x00\x00\x00\x00" * 200, "rejected:not_text")
    put("utf8_bom.txt", TRADE_ARTICLE.encode("utf-8-sig"), "document")
    put("utf16_le_bom.txt", TRADE_ARTICLE.encode("utf-16"), "document")
    put("utf16_be_bom.txt", b"\xfe\xff" + TRADE_ARTICLE.encode("utf-16-be"), "document")
    put("utf16_le_no_bom.txt", TRADE_ARTICLE.encode("utf-16-le"), "document")
    put("utf16_broken.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8\x41", "rejected:undecodable")
    put("cp1252_smart_quotes.txt", CP1252_ARTICLE.encode("cp1252"), "document")
    put("cp1251_cyrillic.txt", CP1251_ARTICLE.encode("cp1251"), "document")
    put(
        "gbk_chinese.txt",
        "中华人民共和国和哈萨克斯坦的贸易额增长了百分之三十。".encode("gbk") * 3,
        "rejected:undecodable",
    )
    put("nul_bytes.txt", TRADE_ARTICLE.encode().replace(b"Trade", b"Tr\x00ade"), "document")
    put(
        "too_large.txt", (b"Trade rose. " * (max_bytes // 12 + 200))[: max_bytes + 1024], "rejected:too_large"
    )
    put("one_line_1mb.txt", _one_line(), "document")
    put("malformed.json", b'{"title": "Trade", "text": "Exports rose', "rejected:malformed")
    put("deeply_nested.json", b"[" * 100_000 + b"]" * 100_000, "rejected:malformed")
    put(
        "no_text.json",
        json.dumps({"title": "Headline only", "published": "2024-03-05"}).encode(),
        "rejected:no_body",
    )
    put("empty_text.json", json.dumps({"title": "Blank", "text": "   "}).encode(), "rejected:no_body")
    put("no_article.html", _nav_only_page(), "rejected:no_body")
    put("batch.jsonl", _jsonl_batch(), "document")
    put("batch_list.json", _json_list_batch(), "document")
    put(
        "missing_date.txt",
        b"BANGKOK (Reuters) - Thailand's rice exports to Malaysia rose 9% in 2023.\n",
        "document",
    )
    put(
        "implausible_date.txt",
        b"date 1899-01-01\n\nLAGOS (AFP) - Nigeria's oil exports to India fell in 2023.\n",
        "document",
    )
    put(
        "future_date.txt",
        b"date 2999-01-01\n\nDAKAR (AFP) - Senegal's fish exports to Spain rose in 2023.\n",
        "document",
    )
    put("same_text_a.txt", TRADE_ARTICLE.encode(), "document")
    put("same_text_b.txt", TRADE_ARTICLE.encode(), "document")
    put("Zürich report (1).txt", TRADE_ARTICLE.encode(), "document")
    put("Алматы.txt", TRADE_ARTICLE.encode(), "document")
    put("sql_injection.txt", SQL_ARTICLE.encode(), "document")
    put("jinja_template.txt", JINJA_ARTICLE.encode(), "document")
    put("no_extension", TRADE_ARTICLE.encode(), "document")
    put("table.csv", b"country,exports\nKenya,1.1\n", "rejected:unsupported")
    put(".hidden.txt", TRADE_ARTICLE.encode(), "skipped")
    put("draft.txt~", TRADE_ARTICLE.encode(), "skipped")
    put(".draft.txt.swp", b"b0VIM 8.2\x00\x00" + TRADE_ARTICLE.encode(), "skipped")
    link = root / "outside_link.txt"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(Path(__file__).resolve())
    expected["outside_link.txt"] = "skipped"
    return expected


def _png() -> bytes:
    """A valid 1x1 grey PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _pdf() -> bytes:
    """A minimal one-page PDF whose page says a trade sentence (text must not leak out)."""
    stream = b"BT /F1 12 Tf 72 720 Td (Exports rose 5% to $1 billion.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _zip() -> bytes:
    """A ZIP archive holding a text article (as a docx would hold XML)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", TRADE_ARTICLE)
    return out.getvalue()


def _one_line() -> bytes:
    """About 1 MB of text on one line: sentences, no newline, no paragraph break."""
    sentence = b"Kenya's exports to Uganda rose 12.5% to $1.1 billion in 2023, the bureau said. "
    return (sentence * (ONE_LINE_BYTES // len(sentence) + 1))[:ONE_LINE_BYTES]


def _nav_only_page() -> bytes:
    """A page of navigation, cookie notice, teasers and footer, with no article."""
    return b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Home - The Daily Example</title></head><body>
<div class="cookie-banner">This site stores cookies on your device to tailor what you read.
Staying on the page means you accept cookies and similar tools.</div>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a>
<a href="/business">Business</a></nav></header>
<main><section class="teasers"><h2>Latest news</h2><ul>
<li><a href="/a">Exports to China rise 12% to $4 billion</a></li>
<li><a href="/b">Minister meets counterpart in Nairobi</a></li>
<li><a href="/c">Central bank holds rate at 13%</a></li></ul></section></main>
<footer><a href="/about">About us</a> | <a href="/privacy">Privacy policy</a>
<p>&copy; 2024 The Daily Example. All rights reserved.</p></footer></body></html>"""


def _jsonl_batch() -> bytes:
    lines = [
        {"title": "Kenya-Uganda trade", "published": "2024-03-05", "text": TRADE_ARTICLE.split("\n\n", 1)[1]},
        {
            "headline": "Ghana cocoa",
            "date": "2024-03-09T08:00:00Z",
            "body": "ACCRA (Reuters) - Ghana's cocoa exports fell.",
        },
    ]
    return b"\n".join(json.dumps(line).encode() for line in lines) + b"\n\n"


def _json_list_batch() -> bytes:
    items = [
        {
            "title": "Peru-China trade",
            "publishedAt": "2024-03-08",
            "content": "<p>LIMA (Reuters) - Peru's exports rose.</p>",
        },
        {
            "title": "Chile-China trade",
            "pubDate": "Fri, 08 Mar 2024 10:00:00 GMT",
            "text": "SANTIAGO - Chile's copper exports rose.",
        },
    ]
    return json.dumps(items, ensure_ascii=False).encode()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python tests/hostile_inputs.py OUT_DIR [MAX_BYTES]")
    limit = int(sys.argv[2]) if len(sys.argv) == 3 else HOSTILE_MAX_BYTES
    for path, outcome in sorted(write_hostile_inputs(sys.argv[1], limit).items()):
        print(f"{outcome:24} {path}")
