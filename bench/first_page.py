#!/usr/bin/env python3
"""first_page.py URL PID STARTED_NS TIMEOUT_S: waits for the first 200 of URL and prints the milliseconds since
STARTED_NS (a time.time_ns() value taken just before the process PID was started).

One process that tries to connect every 5 ms: a probe that forked curl, date and sleep every few milliseconds
took about a fifth of the 2 cores while the app was starting, slowing the very start it measured. Exits 1 with a
reason when PID ends or TIMEOUT_S passes first."""
import http.client
import os
import sys
import time
import urllib.parse


def answer(host, port, path):
    """The status of one GET, or None when nothing listens yet or the connection is cut."""
    connection = http.client.HTTPConnection(host, port, timeout=60)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    except (ConnectionError, OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def main():
    url, pid, started_ns, timeout_s = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    parts = urllib.parse.urlsplit(url)
    last = None
    while time.time_ns() - started_ns < timeout_s * 1e9:
        last = answer(parts.hostname, parts.port, parts.path or "/")
        if last == 200:
            print((time.time_ns() - started_ns) // 1_000_000)
            return 0
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            print(f"the app exited (last answer: {last})", file=sys.stderr)
            return 1
        time.sleep(0.005)
    print(f"no page within {timeout_s:.0f} s (last answer: {last})", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
