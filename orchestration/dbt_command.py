"""`newsfacts-dbt`: dbt-core's own command line, run with dbt's modules frozen for the collector.

The pipeline's `dbt build` runs through this command (see `orchestration.dbt.dbt_executable`);
arguments, output and exit codes are dbt's. Freezing what dbt imports and skipping the final
collection saves ~1.5 s of a ~14 s build of the 100,000-document warehouse (see gc_tuning).

`newsfacts-dbt --preload SOCKET_FD PARENT_PID FOLDER` is the other half of `orchestration.dbt_preload`:
it imports dbt ahead of time and runs the first command a `newsfacts-dbt` sends it.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable

from orchestration import dbt_preload, gc_tuning


def load_dbt() -> Callable[[list[str]], int]:
    """Import dbt (its modules then frozen) and return a runner of one dbt command line."""
    from dbt.cli.main import cli

    gc_tuning.freeze_loaded_objects()
    gc_tuning.freeze_at_exit()

    def run(argv: list[str]) -> int:
        try:
            cli.main(args=argv, prog_name="dbt")
        except SystemExit as stop:  # click's standalone mode always ends this way
            return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        return 0

    return run


def main() -> None:
    dbt_preload.accept_interrupts()
    args = sys.argv[1:]
    if args[:1] == ["--preload"]:
        listener = socket.socket(fileno=int(args[1]))  # bound and listening: see PreloadedDbt.start
        folder = args[3] if len(args) > 3 else None  # the socket's folder, removed when done
        sys.exit(dbt_preload.serve(listener, int(args[2]), load_dbt, folder))
    socket_path = os.environ.get(dbt_preload.SOCKET_ENV)
    if socket_path and dbt_preload.available():
        code = dbt_preload.run_preloaded(socket_path, args)
        if code is not None:
            sys.exit(code)
    sys.exit(load_dbt()(args))


if __name__ == "__main__":
    main()
