"""Column schemas of the staging tables, for the Dagster UI.

The Python assets write dbt's sources, so their columns are documented once, in
`dbt_project/models/staging/_sources.yml`, and typed once, in
`orchestration/warehouse/staging_tables.sql`. This module joins the two so the UI shows
every column of every table an asset writes, with its type and meaning.
"""

from collections.abc import Mapping

import dagster as dg
import duckdb
import yaml

from orchestration.settings import DBT_PROJECT_DIR
from orchestration.warehouse.staging import STAGING_DDL

SOURCES_YML = DBT_PROJECT_DIR / "models" / "staging" / "_sources.yml"


def _column_types() -> dict[str, list[tuple[str, str]]]:
    """(column, type) per staging table, from the DDL itself (an in-memory DuckDB parses it)."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(STAGING_DDL)
        rows = con.execute(
            """
            select table_name, column_name, data_type from information_schema.columns
            where table_schema = 'staging' order by table_name, ordinal_position
            """
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, []).append((column, dtype))
    return out


def _descriptions() -> dict[str, tuple[str, dict[str, str]]]:
    """table -> (table description, {column: description}) from the dbt sources file."""
    doc = yaml.safe_load(SOURCES_YML.read_text("utf-8")) if SOURCES_YML.exists() else {}
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for source in doc.get("sources", []):
        for table in source.get("tables", []):
            columns = {
                c["name"]: " ".join(str(c.get("description", "")).split()) for c in table.get("columns", [])
            }
            out[table["name"]] = (" ".join(str(table.get("description", "")).split()), columns)
    return out


_TYPES = _column_types()
_DOCS = _descriptions()


def table_schema(table: str) -> dg.TableSchema:
    """The typed, described columns of `staging.<table>`."""
    described = _DOCS.get(table, ("", {}))[1]
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name, dtype, description=described.get(name)) for name, dtype in _TYPES[table]
        ]
    )


def tables_markdown(tables: list[str]) -> str:
    """A markdown section per table: its meaning and its columns."""
    parts = []
    for table in tables:
        meaning, columns = _DOCS.get(table, ("", {}))
        lines = [f"**`staging.{table}`** — {meaning}", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{name}` | {dtype} | {columns.get(name, '')} |" for name, dtype in _TYPES[table]]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def asset_metadata(main_table: str, tables: list[str]) -> Mapping[str, object]:
    """Definition metadata for an asset that writes `tables` (columns of `main_table` as its schema)."""
    return {
        "dagster/column_schema": table_schema(main_table),
        "dagster/table_name": f"staging.{main_table}",
        "staging_tables": dg.MetadataValue.md(tables_markdown(tables)),
    }
