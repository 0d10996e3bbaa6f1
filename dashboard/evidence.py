"""The drill-down: from a number or an engagement to its sentence and its article.

A card per statement: the evidence sentence (the figure marked in it), then the document
(title, publisher, date, link, raw file) and what exactly it states. Several documents
stating one figure give several cards, side by side where there is room, so conflicting
sources can be read against each other.
"""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.formatting import amount, evidence_html, percent
from dashboard.queries import Read


def document_html(row: dict[str, object], statement: str) -> str:
    """The article behind a statement: title, publisher, date, link, what it states, the file."""
    title = row["title"] if isinstance(row["title"], str) else "Untitled article"
    meta = [row["source"] if isinstance(row["source"], str) else "publisher not stated"]
    if pd.notna(row["published_date"]):
        meta.append(pd.Timestamp(row["published_date"]).date().isoformat())
    url = row["url"] if isinstance(row["url"], str) else ""
    link = (
        f' · <a href="{html.escape(url)}" target="_blank" rel="noopener">{html.escape(url)}</a>'
        if url.startswith(("http://", "https://"))
        else ""
    )
    file = html.escape(str(row["source_path"]))
    return (
        f"<div><b>{html.escape(title)}</b><br>{html.escape(' · '.join(meta))}{link}<br>"
        f"<small>{html.escape(statement)} · file <code>{file}</code></small></div>"
    )


def mention_statement(row: dict[str, object]) -> str:
    """What one document states about a figure, in its own currency and words."""
    statement = f"States {amount(float(row['value']), str(row['currency']))}"
    if percent(row["change_pct"]):
        statement += f", {percent(row['change_pct'])}"
    if row["is_change_consistent"] is False and pd.notna(row["implied_change_pct"]):
        statement += f" (the figures imply {percent(row['implied_change_pct'])})"
    return statement


def _offset(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def _cards(htmls: list[str], columns: int) -> None:
    slots = st.columns(min(columns, len(htmls))) if columns > 1 else [st.container()]
    for i, card in enumerate(htmls):
        with slots[i % len(slots)], st.container(border=True):
            st.html(card)


def show_figure(read: Read, trade_id: str, columns: int = 1) -> None:
    """Every statement of a consolidated figure, each with its sentence and article."""
    mentions = queries.figure_evidence(read, trade_id)
    if mentions.empty:
        st.info("No current document states this figure.")
        return
    _cards(
        [
            evidence_html(str(row["evidence"]), _offset(row["mark_start"]), _offset(row["mark_end"]))
            + document_html(row, mention_statement(row))
            for row in mentions.to_dict("records")
        ],
        columns,
    )


def show_event(read: Read, event_id: str) -> None:
    """Every report of a real-world engagement, each with its sentence(s) and article."""
    reports = queries.event_evidence(read, event_id)
    if reports.empty:
        st.info("No current document reports this engagement.")
        return
    cards = []
    for row in reports.to_dict("records"):
        day = (
            pd.Timestamp(row["engagement_date"]).date().isoformat()
            if pd.notna(row["engagement_date"])
            else None
        )
        who = row["participants"] if isinstance(row["participants"], str) else "no participant named"
        statement = (
            f"Reports a {str(row['engagement_type']).replace('_', ' ')} on {day or 'an unstated date'}: {who}"
        )
        cards.append(evidence_html(str(row["evidence"]), None, None) + document_html(row, statement))
    _cards(cards, 1)
