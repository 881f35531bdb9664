"""Tell the world the mock is ready: once a request through the whole app succeeds,
print the banner and write the ready file (JSON: url, port, token, pid).

The probe goes over the real socket, so "ready" means a client connecting now gets
an answer, not merely that the port is bound. The file is written to a temporary
name and renamed, so a reader never sees half of it; it is removed when the mock stops.
"""

from __future__ import annotations

import http.client
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

POLL_SECONDS = 0.01
PROBE_TIMEOUT = 2.0


class ReadyWatch:
    """A daemon thread probing `probe_url` until it answers below 500 (200 for health)."""

    def __init__(
        self,
        *,
        probe_url: str,
        ready_file: Path | None,
        facts: dict[str, Any],
        on_ready: Callable[[], None],
    ) -> None:
        self.probe_url = probe_url
        self.ready_file = ready_file
        self.facts = facts
        self.on_ready = on_ready
        self.ready = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="ready-watch", daemon=True)
        if ready_file is not None:
            ready_file.unlink(missing_ok=True)  # a stale file from an earlier run lies

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop probing and remove the ready file (the mock no longer answers)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=PROBE_TIMEOUT + 1)
        if self.ready_file is not None and self.ready.is_set():
            self.ready_file.unlink(missing_ok=True)

    def _watch(self) -> None:
        while not self._stopping.is_set():
            if self._answers():
                break
            time.sleep(POLL_SECONDS)
        else:
            return
        if self.ready_file is not None:
            try:
                write_atomically(self.ready_file, json.dumps(self.facts) + "\n")
            except OSError as error:
                print(f"tracksale-mock: cannot write the ready file: {error}", file=sys.stderr)
        self.ready.set()
        self.on_ready()

    def _answers(self) -> bool:
        parts = urlsplit(self.probe_url)
        connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port, timeout=PROBE_TIMEOUT
        )
        try:
            connection.request("GET", parts.path or "/")
            status = connection.getresponse().status
        except OSError:
            return False
        finally:
            connection.close()
        return status == 200 if parts.path.endswith("/health") else status < 500


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file renamed over it."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
