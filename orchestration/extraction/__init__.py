"""Pure-Python extraction of trade figures and engagements from news text.

Nothing in this package imports Dagster, dbt or DuckDB: every function takes text (or
bytes) and returns dataclasses from `model`, so it can be tested, profiled and run in
worker processes on its own.
"""
