"""The project's check-snapshot staging query (dbt_project/macros/snapshots.sql) gives dbt's rows.

A tiny dbt project snapshots a model twice, once with the project's override of
duckdb__snapshot_staging_table and once with dbt's own query, and the snapshot tables
must hold the same rows: new, changed, unchanged and deleted keys, and keys that are null
(dbt's query inserts a row with a null key on every build; its left join never matches it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DBT_EXECUTABLE = Path(sys.executable).with_name("dbt")

# It runs dbt four times (two projects, two builds each).
pytestmark = pytest.mark.slow

# Version 1, then version 2 of the source: "a" unchanged, "b" changed, "c" deleted, "d" new,
# and a null key (a null second part for the list key) in both versions.
SOURCE_SQL = """
{% if var('version') == 1 %}
select * from (values ('a', 'x', 1), ('b', 'x', 1), ('c', 'x', 1), (null, 'x', 1), ('n', null, 1))
    as t(k1, k2, v)
{% else %}
select * from (values ('a', 'x', 1), ('b', 'x', 2), ('d', 'x', 1), (null, 'x', 1), ('n', null, 3))
    as t(k1, k2, v)
{% endif %}
"""

SNAPSHOTS_YML = """
version: 2
snapshots:
  - name: snap_single
    relation: ref('src')
    config: {unique_key: k1, strategy: check, check_cols: [v], hard_deletes: invalidate}
  - name: snap_list
    relation: ref('src')
    config: {unique_key: [k1, k2], strategy: check, check_cols: [v], hard_deletes: invalidate}
  - name: snap_ignore
    relation: ref('src')
    config: {unique_key: k1, strategy: check, check_cols: [v], hard_deletes: ignore}
"""


def _project(root: Path, with_override: bool) -> Path:
    (root / "models").mkdir(parents=True)
    (root / "snapshots").mkdir()
    (root / "macros").mkdir()
    (root / "dbt_project.yml").write_text(
        "name: snapstaging\nversion: '1.0'\nprofile: snapstaging\n"
        "flags:\n  send_anonymous_usage_stats: false\n"
    )
    (root / "profiles.yml").write_text(
        "snapstaging:\n  target: dev\n  outputs:\n    dev:\n"
        f"      type: duckdb\n      path: '{root / 'w.duckdb'}'\n"
    )
    (root / "models" / "src.sql").write_text(SOURCE_SQL)
    (root / "snapshots" / "snapshots.yml").write_text(SNAPSHOTS_YML)
    if with_override:
        shutil.copy(REPO_ROOT / "dbt_project" / "macros" / "snapshots.sql", root / "macros" / "snapshots.sql")
    for version in (1, 2):
        completed = subprocess.run(
            [
                str(DBT_EXECUTABLE),
                "build",
                "--vars",
                f"{{version: {version}}}",
                "--project-dir",
                str(root),
                "--profiles-dir",
                str(root),
                "--target-path",
                str(root / "target"),
                "--log-path",
                str(root / "logs"),
            ],
            capture_output=True,
            text=True,
            cwd=root,
        )
        assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return root / "w.duckdb"


def _rows(path: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            f"select k1, k2, v, dbt_valid_to is null as is_current from main.{table} order by all"
        ).fetchall()


@pytest.fixture(scope="module")
def warehouses(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return (
        _project(tmp_path_factory.mktemp("override"), with_override=True),
        _project(tmp_path_factory.mktemp("dbt_own"), with_override=False),
    )


@pytest.mark.parametrize("table", ["snap_single", "snap_list", "snap_ignore"])
def test_the_override_gives_dbts_own_snapshot_rows(warehouses: tuple[Path, Path], table: str) -> None:
    override, dbt_own = warehouses
    rows = _rows(override, table)
    assert rows == _rows(dbt_own, table)
    # The case the override once lost: a row whose key is null is inserted again each build.
    null_key = [r for r in rows if r[0] is None or (table == "snap_list" and r[1] is None)]
    assert len(null_key) >= 2
