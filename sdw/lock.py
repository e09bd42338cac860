"""One run at a time: an exclusive lock file beside the warehouse."""
from __future__ import annotations

import datetime as dt
import fcntl
import os
import time
from typing import IO

from sdw.settings import RunSettings


class RunLocked(RuntimeError):
    """Another run holds the lock (and did not release it within `SDW_LOCK_WAIT_SECONDS`)."""


class RunLock:
    """An exclusive lock beside the warehouse; the kernel releases it if the holder dies."""

    def __init__(self, settings: RunSettings):
        self.path = settings.home / f".{settings.warehouse.name}.lock"
        self.wait_s = settings.lock_wait_s
        self.handle: IO[str] | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")  # noqa: SIM115 (held until __exit__)
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    handle.close()
                    raise RunLocked(f"another sdw run is in progress ({holder}); "
                                    f"set SDW_LOCK_WAIT_SECONDS to wait for it") from None
                time.sleep(0.5)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}")
        handle.flush()
        self.handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
