"""The Dagster code location: assembles assets, sensors and resources, nothing else."""

from __future__ import annotations

import dagster as dg

from orchestration import gc_tuning
from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.assets.publish import published_warehouse
from orchestration.checks import readers_can_open_every_contract_table
from orchestration.dbt import dbt_models, dbt_resource
from orchestration.resources import RawFolder, Warehouse
from orchestration.sensors import automation_sensor, raw_folder_sensor
from orchestration.settings import load_settings

settings = load_settings()

# Every process that loads this code location (run workers, `dagster asset materialize`, the
# webserver's code server) exits without the collector walking all it imported (~0.7 s each).
gc_tuning.freeze_at_exit()

defs = dg.Definitions(
    assets=[raw_documents, extracted_facts, dbt_models, published_warehouse],
    asset_checks=[readers_can_open_every_contract_table],
    sensors=[raw_folder_sensor, automation_sensor],
    resources={
        "raw_folder": RawFolder(
            path=str(settings.raw_dir),
            max_file_bytes=settings.max_file_bytes,
            stable_seconds=settings.stable_seconds,
        ),
        "warehouse": Warehouse(
            path=str(settings.warehouse_path),
            work_path=str(settings.work_path),
            storage_version=settings.published_storage_version,
            extract_workers=settings.extract_workers,
        ),
        "dbt": dbt_resource(),
    },
    executor=dg.in_process_executor,
)
