"""Whether a process is alive: what run recovery and the preloaded dbt go by when they decide
that something a process left behind (a run marked started, a socket folder) is abandoned.

Standard library only: `newsfacts-dbt` imports it through `orchestration.dbt_preload`, and must
start without Dagster.
"""

from __future__ import annotations

import os


def process_exists(pid: int) -> bool:
    """Whether a process with this pid exists on this machine (signal 0 tests without sending)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but owned by someone else
        return True
    return True
