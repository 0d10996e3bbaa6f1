"""The dbt project as Dagster assets: one `@dbt_assets` running `dbt build`.

dbt sources map onto the Python assets that write them (`ingest` -> `raw_documents`,
`extract` -> `extracted_facts`), so the asset graph reads as one flow; every dbt node
materializes eagerly once its inputs change, and dbt tests appear as asset checks.
"""

import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from packaging.version import Version
from pydantic import PrivateAttr

from orchestration import dbt_preload
from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import WAREHOUSE_POOL, raw_documents
from orchestration.resources import Warehouse
from orchestration.settings import DBT_PROJECT_DIR
from orchestration.warehouse import staging
from orchestration.warehouse.lock import writer_lock
from orchestration.warehouse.publish import DBT_BUILD_COMPLETE, DBT_BUILD_STARTED, record_dbt_build
from orchestration.warehouse.readers_file import adopt_legacy_reader_schemas, match_storage_version

#: Which Python asset writes each dbt source (see models/staging/_sources.yml).
SOURCE_ASSETS: Mapping[str, dg.AssetKey] = {
    "ingest": raw_documents.key,
    "extract": extracted_facts.key,
}

#: dbt tests of the repository's own reference data (seeds/_seeds.yml): `make test` runs them,
#: the pipeline's builds leave them out (~0.7 s of every build at any size for files that
#: only change with the code).
CI_ONLY_TESTS = "tag:reference_data"

#: Folders whose changes make a prepared manifest stale.
_DBT_INPUT_DIRS = ("models", "seeds", "snapshots", "macros", "tests")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, target=os.environ.get("DBT_TARGET", "dev"))


def _manifest_is_stale(project: DbtProject) -> bool:
    manifest = project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    inputs = [project.project_dir / "dbt_project.yml"]
    for folder in _DBT_INPUT_DIRS:
        inputs.extend(Path(project.project_dir, folder).rglob("*"))
    return any(p.is_file() and p.stat().st_mtime > built for p in inputs)


def prepare_manifest(project: DbtProject = dbt_project) -> None:
    """Parse the dbt project when its manifest is missing or older than its sources.

    The headless CLI right after install has no manifest yet, and must not run on a stale one
    after a `git pull` or an edit. dagster-dbt's own `prepare_if_dev` is not used: under
    `dagster dev` it re-parses in every process that loads this module, and every sensor run
    starts one, which cost each dropped file ~6 s of `dbt parse` before its first step. The
    staleness check gives the same picture of an edited project (a code reload re-parses).
    """
    # The preparer runs `dbt` by name: make it the one installed beside this Python, even
    # when the venv is not activated (as with `.venv/bin/dagster ...`).
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    if _manifest_is_stale(project):
        project.preparer.prepare(project)


prepare_manifest()


class NewsfactsTranslator(DagsterDbtTranslator):
    """Sources become the Python assets' keys; models are grouped by layer and run eagerly."""

    def get_asset_spec(
        self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        if unique_id.startswith("source."):
            source_name = manifest["sources"][unique_id]["source_name"]
            return spec.replace_attributes(key=SOURCE_ASSETS[source_name])
        node = manifest["nodes"][unique_id]
        return spec.replace_attributes(
            group_name=_group_for(node),
            automation_condition=dg.AutomationCondition.eager(),
        )


def _group_for(node: Mapping[str, Any]) -> str:
    resource_type = node["resource_type"]
    if resource_type == "seed":
        return "reference"
    if resource_type == "snapshot":
        return "history"
    fqn = node.get("fqn", [])
    return fqn[1] if len(fqn) > 2 else "marts"  # models/<layer>/<model>: the layer folder


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=NewsfactsTranslator(
        settings=DagsterDbtTranslatorSettings(
            # several tables of one source are written by one Python asset
            enable_duplicate_source_asset_keys=True,
            # tests on the sources (provenance offsets, every file accounted for) become
            # asset checks of the Python assets that wrote them
            enable_source_tests_as_checks=True,
        )
    ),
    exclude=CI_ONLY_TESTS,
    pool=WAREHOUSE_POOL,
    name="dbt_models",
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse) -> Iterator[Any]:
    """`dbt build` (seeds, models, snapshots, data tests) against the private working file."""
    with writer_lock(warehouse.work):
        staging.connect(warehouse.work).close()  # dbt's sources exist even before any ingest
        moved = adopt_legacy_reader_schemas(warehouse.work, warehouse.storage_version)
        if moved:
            context.log.info(f"moved the history of an older working file into the readers' file: {moved}")
        if match_storage_version(warehouse.work, warehouse.storage_version):
            context.log.info(f"rewrote the readers' file in storage version {warehouse.storage_version}")
        # dbt commits model by model: until this build finishes, the working file holds a mix
        # of old and new tables that publishing must refuse (a kill or a failed test here).
        record_dbt_build(warehouse.work, DBT_BUILD_STARTED)
        # The profile reads the database path from the environment of the dbt process,
        # which inherits ours: point it at this run's working file.
        # The readers' file beside it is attached by the profile (see readers_file.py).
        os.environ["DBT_DUCKDB_PATH"] = str(warehouse.work)
        os.environ["DBT_DUCKDB_STORAGE_VERSION"] = warehouse.storage_version
        # Unit tests check the SQL logic, not the data: the test suite runs them
        # (tests/dbt), production builds skip them as dbt recommends.
        yield from dbt.cli(
            ["build", "--exclude-resource-type", "unit_test", *build_output_flags(os.environ)],
            context=context,
            target_path=_fresh_target_path(warehouse.work, context.run.run_id),
        ).stream()
        record_dbt_build(warehouse.work, DBT_BUILD_COMPLETE)  # only reached when dbt succeeded


#: What a pipeline build leaves out of dbt's output by default, each under the environment
#: variable that brings dbt's own default back: the JSON artifacts (manifest.json, written
#: twice, and run_results.json; Dagster records every node's result itself) and the log file
#: (3.9 MB a build at dbt's default, debug level; its info lines are the ones dagster-dbt
#: passes on to the step's stdout, in the Dagster UI). Side by side, alternating, on the
#: sample corpus's warehouse, dbt took ~0.7 s less without the artifacts, ~0.8 s less without
#: the debug lines, and ~0.7 s less again without the file, of ~10-12 s. `dbt parse`, which
#: prepares the manifest Dagster reads, keeps writing it.
BUILD_OUTPUT_DEFAULTS: Mapping[str, tuple[str, ...]] = {
    "DBT_WRITE_JSON": ("--no-write-json",),
    "DBT_LOG_LEVEL_FILE": ("--log-level-file", "none"),
}


def build_output_flags(environ: Mapping[str, str]) -> list[str]:
    """The flags of `BUILD_OUTPUT_DEFAULTS` whose variable the environment does not set."""
    unset = [flags for variable, flags in BUILD_OUTPUT_DEFAULTS.items() if variable not in environ]
    return [flag for flags in unset for flag in flags]


#: dbt's partial-parsing state, kept in a build's target folder.
PARTIAL_PARSE_FILE = "partial_parse.msgpack"


def _fresh_target_path(work_path: Path, run_id: str) -> Path:
    """Where this run's dbt artifacts go, after deleting those of earlier runs on the same warehouse.

    dagster-dbt's default is a new folder under dbt_project/target/ for every run (about 8 MB
    each), never removed, so an event-driven pipeline would slowly fill the disk, and a killed
    run's folder would stay for ever. Each warehouse keeps the artifacts of its latest build only,
    beside its working file (and goes with it). The caller holds the warehouse's writer lock, so
    no other build of it is using that folder.

    The previous build's partial-parsing state moves into the new folder. The one dagster-dbt
    would copy from dbt_project/target/ was parsed with another profile (the database path is
    this warehouse's working file only at run time), and dbt throws away a state parsed under
    a different profile: every build would re-parse the whole project (~4 s).
    """
    base = work_path.with_name(work_path.name + ".dbt-artifacts")
    target = base / run_id
    previous = sorted(base.glob(f"*/{PARTIAL_PARSE_FILE}"), key=lambda p: p.stat().st_mtime)
    state = previous[-1].read_bytes() if previous else None
    shutil.rmtree(base, ignore_errors=True)
    if state is not None:
        target.mkdir(parents=True)
        (target / PARTIAL_PARSE_FILE).write_bytes(state)
    return target


#: The command builds run, in order of preference: this project's wrapper of dbt's command line
#: (orchestration/dbt_command.py: the same dbt, started faster), then dbt's own.
DBT_COMMANDS = ("newsfacts-dbt", "dbt")


def dbt_executable() -> str:
    """The dbt command installed beside this Python (the same venv), whether or not it is on PATH."""
    for name in DBT_COMMANDS:
        beside = Path(sys.executable).parent / name
        if beside.exists():
            return str(beside)
    return shutil.which("dbt") or "dbt"


class NewsfactsDbtCli(DbtCliResource):
    """dagster-dbt's CLI resource without two start-up costs this pipeline never uses.

    Before every `dbt build` the stock resource runs `dbt --version` in a subprocess (~2 s) to
    tell dbt Core from the Fusion engine, and builds a dbt adapter in-process (~1 s) that only
    its optional row-count and column-metadata fetches use. Here dbt is the dbt-core installed
    beside this Python (see `dbt_executable`), so its version is the package's, and no fetch is
    asked for. Both are private hooks of dagster-dbt 0.29 (pinned in pyproject.toml);
    tests/test_pipeline.py runs real builds through this class.
    """

    @cached_property
    def _cli_version(self) -> Version:
        return Version(installed_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Any) -> None:
        return None

    _preloaded: dbt_preload.PreloadedDbt | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """Start dbt's imports now, beside ingest and extraction (see orchestration/dbt_preload.py)."""
        super().setup_for_execution(context)
        if dbt_preload.available() and Path(self.dbt_executable).name == DBT_COMMANDS[0]:
            self._preloaded = dbt_preload.PreloadedDbt.start(self.dbt_executable)
            os.environ[dbt_preload.SOCKET_ENV] = self._preloaded.socket_path

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._preloaded is not None:
            os.environ.pop(dbt_preload.SOCKET_ENV, None)
            self._preloaded.stop()
            self._preloaded = None


def dbt_resource() -> DbtCliResource:
    return NewsfactsDbtCli(project_dir=dbt_project, dbt_executable=dbt_executable())
