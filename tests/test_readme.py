"""The README stays true: its SQL is the tested SQL, its commands are the Makefile's."""

from __future__ import annotations

import re

from support import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text("utf-8")


def _normalized(sql: str) -> str:
    return " ".join(sql.split())


def _named_queries() -> dict[str, str]:
    """`docs/queries.sql` by name, without comments (tests/test_bi_access.py runs every one)."""
    text = (REPO_ROOT / "docs" / "queries.sql").read_text("utf-8")
    queries = {}
    for part in text.split("-- name: ")[1:]:
        name, body = part.split("\n", 1)
        lines = body.split("\n")
        while lines and lines[0].startswith("--"):
            lines.pop(0)
        queries[name.strip()] = _normalized("\n".join(lines))
    return queries


def test_every_sql_block_in_the_readme_is_a_tested_query():
    blocks = re.findall(r"```sql\n(.*?)```", README, re.S)
    tested = set(_named_queries().values())
    assert len(blocks) >= 5
    untested = [b for b in blocks if _normalized(b) not in tested and "meta.build" not in b]
    assert not untested, f"README SQL not in docs/queries.sql: {untested}"


def test_the_readme_commands_are_make_targets_and_ci_runs_the_test_command():
    makefile = (REPO_ROOT / "Makefile").read_text("utf-8")
    for target in re.findall(r"^make ([a-z-]+)", README, re.M):
        assert re.search(rf"^{target}:", makefile, re.M), (
            f"make {target} is in the README but not the Makefile"
        )
    assert "make test" in (REPO_ROOT / ".ci" / "run").read_text("utf-8")


def test_every_environment_variable_in_the_readme_is_read_by_the_code():
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", README, re.M))
    sources = (
        "\n".join(p.read_text("utf-8") for p in (REPO_ROOT / "orchestration").rglob("*.py"))
        + (REPO_ROOT / "Makefile").read_text("utf-8")
        + (REPO_ROOT / "dbt_project" / "profiles.yml").read_text("utf-8")
    )
    sources += (REPO_ROOT / "tests" / "support.py").read_text("utf-8")
    assert documented, "the configuration table lists the variables"
    missing = sorted(v for v in documented if v not in sources)
    assert not missing, f"documented but never read: {missing}"
