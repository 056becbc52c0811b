"""The emulator's own handling time, summed, for benchmarks (scripts/bench.d/drift.sh).

A client can be no faster than the server it waits for: `drift` of 50 stacks is measured against the
time moto itself spent answering the same calls. Every request moto handles (not our control routes) is
timed from the call into moto's WSGI app until its answer is complete, inside the emulator's lock, so
the sum is time the server was busy and no two requests overlap in it.

Control route:
    GET  /stackcheck/handling-time   {"requests": N, "seconds": S} since start or the last reset
    POST /stackcheck/handling-time   the same, then resets both to zero
"""
import json
import threading
import time

from moto.moto_server.werkzeug_app import DomainDispatcherApplication

PATH = "/stackcheck/handling-time"
_lock = threading.Lock()
_totals = {"requests": 0, "seconds": 0.0}
_original_call = DomainDispatcherApplication.__call__


def _timed_call(self, environ, start_response):
    if environ.get("PATH_INFO", "") == PATH:
        with _lock:
            body = json.dumps(_totals).encode()
            if environ.get("REQUEST_METHOD") == "POST":
                _totals.update(requests=0, seconds=0.0)
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
    start = time.perf_counter()
    # The whole answer, produced here (moto's body iterables are lazy only in name, but be sure).
    answer = list(_original_call(self, environ, start_response))
    elapsed = time.perf_counter() - start
    with _lock:
        _totals["requests"] += 1
        _totals["seconds"] += elapsed
    return answer


DomainDispatcherApplication.__call__ = _timed_call
