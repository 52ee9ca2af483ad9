#!/usr/bin/env python3
"""first_render.py BASE_URL SAMPLES WARM_SECONDS SEED [PID JFR_FILE]: times the first request of article pages nobody asked for.

Reads every article address from the sitemap, shuffles them (SEED), warms the JVM for WARM_SECONDS on other pages
(two threads asking for distinct never-requested articles, which runs the whole render path, plus the home page),
then asks for SAMPLES further articles none of which was asked for before, one at a time on one keep-alive
connection, as a browser does (`Accept-Encoding: gzip, deflate, br`). Each figure is the time from sending the
request to reading the last byte of the answer: the page's render (database reads, Markdown, JSON-LD, template)
plus its gzip and Brotli copies, made before the first byte leaves. Then, the same way, the first request of the
sitemap's pages file and of each topic and profile page it names. Prints one line per figure, `RESULT key value`.
With PID and JFR_FILE, the app (process PID) records a Java Flight Recording of the measured requests only.
"""
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

LOC = re.compile(r"<loc>([^<]+)</loc>")
HEADERS = {"Accept-Encoding": "gzip, deflate, br"}


def fetch(connection, path):
    connection.request("GET", path, headers=HEADERS)
    response = connection.getresponse()
    response.read()
    return response.status


def article_paths(host, port):
    connection = http.client.HTTPConnection(host, port, timeout=300)
    def text(path):
        connection.request("GET", path)
        return connection.getresponse().read().decode()
    paths = []
    for part in LOC.findall(text("/sitemap.xml")):
        part_path = urllib.parse.urlsplit(part).path
        paths += [urllib.parse.urlsplit(url).path for url in LOC.findall(text(part_path))]
    return [path for path in paths if path.startswith("/articles/")]


def warm(host, port, paths, seconds):
    deadline, done, lock = time.monotonic() + seconds, [0], threading.Lock()
    def worker(mine):
        connection = http.client.HTTPConnection(host, port, timeout=300)
        for i, path in enumerate(mine):
            if time.monotonic() > deadline:
                return
            fetch(connection, "/" if i % 20 == 0 else path)
            with lock:
                done[0] += 1
    threads = [threading.Thread(target=worker, args=(paths[n::2],)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0]


def timed(connection, path):
    started = time.perf_counter()
    status = fetch(connection, path)
    return status, (time.perf_counter() - started) * 1000


def first_listings(connection):
    """The first request of the sitemap's pages file (every topic and profile with its date), then of each topic
    page and profile page it names: none of them was asked for before."""
    status, pages_file = timed(connection, "/sitemaps/pages.xml")
    connection.request("GET", "/sitemaps/pages.xml")
    locs = [urllib.parse.urlsplit(url).path for url in LOC.findall(connection.getresponse().read().decode())]
    results = [("pages_file_ms", "%.1f" % pages_file if status == 200 else "HTTP %d" % status)]
    for kind, prefix in [("topic", "/topics/"), ("profile", "/people/")]:
        times = sorted(timed(connection, path)[1] for path in locs if path.startswith(prefix))
        if times:
            results.append(("%s_pages" % kind, len(times)))
            results.append(("%s_median_ms" % kind, "%.2f" % statistics.median(times)))
            results.append(("%s_max_ms" % kind, "%.2f" % times[-1]))
    return results


def main():
    base, samples, warm_seconds, seed = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    url = urllib.parse.urlsplit(base)
    host, port = url.hostname, url.port
    paths = article_paths(host, port)
    random.Random(seed).shuffle(paths)
    measured, warming = paths[:samples], paths[samples:]
    print("RESULT articles_in_sitemap %d" % len(paths), flush=True)
    print("RESULT warm_requests %d" % warm(host, port, warming, warm_seconds), flush=True)
    profile = sys.argv[5:7]
    if profile:
        subprocess.run(["jcmd", profile[0], "JFR.start", "name=render", "settings=profile"], check=True,
                       stdout=subprocess.DEVNULL)
    connection = http.client.HTTPConnection(host, port, timeout=300)
    times, failures = [], 0
    for path in measured:
        started = time.perf_counter()
        status = fetch(connection, path)
        elapsed = (time.perf_counter() - started) * 1000
        if status == 200:
            times.append(elapsed)
        else:
            failures += 1
    if profile:
        subprocess.run(["jcmd", profile[0], "JFR.stop", "name=render", "filename=" + os.path.abspath(profile[1])],
                       check=True, stdout=subprocess.DEVNULL)
    listings = first_listings(connection)
    times.sort()
    print("RESULT samples %d" % len(times))
    print("RESULT failures %d" % failures)
    print("RESULT median_ms %.2f" % statistics.median(times))
    print("RESULT p90_ms %.2f" % times[min(len(times) - 1, int(len(times) * 0.9))])
    print("RESULT min_ms %.2f" % times[0])
    print("RESULT max_ms %.2f" % times[-1])
    for key, value in listings:
        print("RESULT %s %s" % (key, value))


if __name__ == "__main__":
    main()
