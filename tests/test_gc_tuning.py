"""The collector settings of pipeline processes: real subprocesses, as Dagster and dagster-dbt start them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from orchestration.dbt import dbt_executable


def test_a_process_that_loads_the_code_location_freezes_its_objects_at_exit() -> None:
    script = (
        "import atexit, gc\n"
        "import orchestration.definitions\n"
        "assert gc.get_freeze_count() == 0\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert int(out.stdout.split()[-1]) > 100_000  # every module, function and class imported


def test_builds_run_dbt_through_the_project_command_installed_beside_python() -> None:
    command = Path(dbt_executable())
    assert command == Path(sys.executable).with_name("newsfacts-dbt")
    out = subprocess.run([str(command), "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "An ELT tool for managing your SQL transformations" in out.stdout  # dbt's own CLI


def test_the_dbt_command_freezes_what_dbt_imported_before_running_it() -> None:
    script = (
        "import gc\n"
        "import dbt.cli.main\n"
        "class Cli:\n"
        "    def main(self, args, prog_name):\n"
        "        print(gc.get_freeze_count(), args)\n"
        "        raise SystemExit(3)\n"
        "dbt.cli.main.cli = Cli()\n"
        "from orchestration import dbt_command, gc_tuning\n"
        "code = dbt_command.load_dbt()(['build'])\n"
        "print(code, gc.get_threshold()[0] == gc_tuning.YOUNG_GENERATION_THRESHOLD)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    frozen, args, code, threshold_set = out.stdout.split()
    assert int(frozen) > 100_000
    assert (args, code, threshold_set) == ("['build']", "3", "True")
