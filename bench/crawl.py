#!/usr/bin/env python3
"""bench/crawl.sh's helpers (Python standard library only), one subcommand each:

  lists APP DIR HELD_OUT SEED      reads the sitemap and writes DIR/a.txt, b.txt (the two crawl halves, shuffled),
                                   warm.txt (pages for warming the JVM) and hot.txt (the hot page), one path a line
  save APP PATHS WWW               saves each path's page, plain and gzip, into nginx's root
  served LOG START END PATHS       counts the access lines between two marker requests: each path once, all 2xx?
  report RESULTS_TXT OUT_MD        the markdown table
"""
import concurrent.futures
import gzip
import http.client
import os
import random
import re
import sys
import threading
import urllib.parse
import urllib.request

LOC = re.compile(r"<loc>([^<]+)</loc>")


def fetch_text(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read().decode("utf-8")


def local_path(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def sitemap_paths(app):
    """Every page the sitemap lists, as paths, the sitemap files themselves left out."""
    index = fetch_text(app + "/sitemap.xml")
    files = LOC.findall(index) if "<sitemapindex" in index else []
    if not files:
        return [local_path(url) for url in LOC.findall(index)]
    paths = []
    for file in files:
        paths += [local_path(url) for url in LOC.findall(fetch_text(app + local_path(file)))]
    return paths


def lists(app, directory, held_out, seed):
    """Articles split in two halves and a held-out set, the same every run for the same sitemap and seed."""
    paths = sitemap_paths(app)
    articles = sorted(path for path in paths if path.startswith("/articles/"))
    others = [path for path in paths if not path.startswith("/articles/")]
    if len(articles) < held_out + 3:
        sys.exit(f"the sitemap lists {len(articles)} articles: too few to hold out {held_out} and crawl the rest")
    random.Random(seed).shuffle(articles)
    hot, held, rest = articles[0], articles[1:held_out + 1], articles[held_out + 1:]
    half_a, half_b = rest[0::2], rest[1::2]
    random.Random(seed + 1).shuffle(half_a)
    random.Random(seed + 2).shuffle(half_b)
    words = sorted({word for path in held for word in path.rsplit("/", 1)[1].split("-") if word.isalpha() and len(word) > 4})
    searches = ["/search?q=" + word for word in random.Random(seed + 3).sample(words, min(20, len(words)))]
    warm = others + searches + ["/?oldest", "/feed.xml", "/robots.txt"] + [hot] + held
    for name, listed in (("a", half_a), ("b", half_b), ("warm", warm), ("hot", [hot])):
        with open(os.path.join(directory, name + ".txt"), "w") as out:
            out.write("".join(path + "\n" for path in listed))
    print(f"ARTICLES_LISTED={len(articles)} HALF_A={len(half_a)} HALF_B={len(half_b)} WARM={len(warm)} HOT={hot}")


class Client(threading.local):
    """One keep-alive connection per thread."""

    def __init__(self, host, port):
        self.host, self.port, self.connection = host, port, None

    def get(self, path, headers):
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
            try:
                self.connection.request("GET", path, headers=headers)
                response = self.connection.getresponse()
                return response.status, response.getheader("Content-Encoding"), response.read()
            except (ConnectionError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
    

def save(app, paths_file, www):
    """The app's bytes for each path: the gzip body as PATH.gz (nginx's gzip_static) and the plain one as PATH.
    The gzip request comes first: it renders the page, and the plain one is then answered from the cache."""
    parts = urllib.parse.urlsplit(app)
    client = Client(parts.hostname, parts.port)
    paths = [line.strip() for line in open(paths_file) if line.strip()]

    def one(path):
        target = os.path.join(www, urllib.parse.unquote(path).lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        status, encoding, body = client.get(path, {"Accept-Encoding": "gzip"})
        if status != 200:
            return f"{path}: HTTP {status}"
        if encoding == "gzip":
            with open(target + ".gz", "wb") as out:
                out.write(body)
            status, _, body = client.get(path, {})
            if status != 200:
                return f"{path}: HTTP {status} without gzip"
        else:
            body = body if encoding is None else gzip.decompress(body)
        with open(target, "wb") as out:
            out.write(body)
        return None

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        failures = [failure for failure in pool.map(one, paths, chunksize=64) if failure]
    for failure in failures[:10]:
        print(failure, file=sys.stderr)
    print(f"SAVED={len(paths) - len(failures)} SAVE_FAILED={len(failures)}")


ACCESS = re.compile(r" access - \S+ GET (\S+) (\d{3}) ")


def served(log, start_marker, end_marker, paths_file):
    """What the app's access log says about the crawl: how many of its paths were asked for exactly once, how many
    never or more than once, and how many answers were not 2xx."""
    wanted = {line.strip() for line in open(paths_file) if line.strip()}
    counts, not_2xx, inside, seen_end = {}, 0, False, False
    with open(log, errors="replace") as lines:
        for line in lines:
            match = ACCESS.search(line)
            if not match:
                continue
            path, status = match.groups()
            if path == start_marker:
                inside = True
            elif path == end_marker:
                seen_end = True
                break
            elif inside and path in wanted:
                counts[path] = counts.get(path, 0) + 1
                not_2xx += not status.startswith("2")
    if not seen_end:
        print("SERVED_CHECK=n/a")
        return
    once = sum(1 for count in counts.values() if count == 1)
    print(f"SERVED_CHECK=ok SERVED_ONCE={once} SERVED_NEVER={len(wanted) - len(counts)} "
          f"SERVED_REPEATED={len(counts) - once} SERVED_NOT_2XX={not_2xx}")


def read_results(path):
    facts, runs = {}, {}
    for line in open(path):
        fields = line.rstrip("\n").split("\t") if line.startswith("FACT\t") else None
        if fields:
            facts[fields[1]] = fields[2]
        elif line.startswith("RUN "):
            values = dict(field.split("=", 1) for field in line.split()[1:])
            runs[values["case"]] = values
    rounds = sorted((run for case, run in runs.items() if case.startswith("crawl_a_nginx_")),
                    key=lambda run: int(run["requests"]) / int(run["duration_us"]))
    if rounds:
        median = dict(rounds[len(rounds) // 2])
        median["rounds"] = ", ".join(f"{int(run['requests']) / int(run['duration_us']) * 1e6:,.0f}" for run in rounds)
        median["rounds_count"] = str(len(rounds))
        runs["crawl_a_nginx"] = median
    return facts, runs


def figures(run):
    if run is None:
        return None
    seconds = int(run["duration_us"]) / 1e6
    errors = sum(int(run[key]) for key in ("connect", "read", "write", "timeout", "status"))
    return {"rps": int(run["requests"]) / seconds, "seconds": seconds, "requests": int(run["requests"]),
            "p50": int(run["p50_us"]) / 1000, "p99": int(run["p99_us"]) / 1000, "errors": errors,
            "others": int(run.get("others_pct", "0")), "run": run}


def ms(value):
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def described(f, crawl=True):
    text = f"{f['rps']:,.0f} req/s, p50/p99 {ms(f['p50'])}/{ms(f['p99'])} ms, {f['errors']} errors"
    run = f["run"]
    if crawl:
        text += f", {f['requests']:,} requests in {f['seconds']:.1f} s" if f["seconds"] >= 10 else \
            f", {f['requests']:,} requests in {f['seconds']:.2f} s"
        if "rounds" in run:
            text += f"; median of {run['rounds_count']} crawls ({run['rounds']} req/s)"
        if "paths" in run and run["paths"] != run.get("sent"):
            text += f" ({run['sent']} sent for {run['paths']} paths)"
        if run.get("served_check") == "ok":
            text += (f"; the app's log: {int(run['served_once']):,} paths asked once, {run['served_never']} never, "
                     f"{run['served_repeated']} more than once, {run['served_not_2xx']} not 2xx")
    if f["others"] >= 10:
        text += f" ⚠ others took {f['others']}% of the CPU"
    return text


def crawl_ok(f, served_run):
    clean = f["errors"] == 0 and served_run.get("sent") == served_run.get("paths")
    if served_run.get("served_check") == "ok":
        clean = clean and served_run["served_never"] == "0" and served_run["served_repeated"] == "0" \
            and served_run["served_not_2xx"] == "0"
    return clean


def report(results_txt, out_md):
    facts, runs = read_results(results_txt)
    app_a, nginx_a = figures(runs.get("crawl_a")), figures(runs.get("crawl_a_nginx"))
    app_b, hot = figures(runs.get("crawl_b")), figures(runs.get("hot_b"))
    rows = []
    if app_a and nginx_a:
        ratio = app_a["rps"] / nginx_a["rps"]
        failed = [why for why, bad in (("ratio", ratio < 0.5), ("p99", app_a["p99"] >= 20),
                                       ("errors", not crawl_ok(app_a, app_a["run"]))) if bad]
        rows.append((f"crawl of half A: {int(app_a['run']['paths']):,} never-requested articles, each once, in random "
                     f"order, {app_a['run']['conns']} connections, gzip",
                     described(app_a), described(nginx_a), f"{ratio:.3f}" if ratio < 0.1 else f"{ratio:.2f}",
                     "≥ 0.5× nginx, p99 < 20 ms, 0 errors", "FAIL (" + ", ".join(failed) + ")" if failed else "PASS"))
    if app_b and hot:
        failed = [why for why, bad in (("p99", app_b["p99"] >= 20), ("errors", not crawl_ok(app_b, app_b["run"])))
                  if bad]
        rows.append((f"crawl of half B: {int(app_b['run']['paths']):,} never-requested articles (fresh start, "
                     f"same warm-up) while {hot['run']['conns']} connections read one hot page",
                     described(app_b), "", "", "p99 < 20 ms, 0 errors",
                     "FAIL (" + ", ".join(failed) + ")" if failed else "PASS"))
        hot_ok = hot["p99"] < 10 and hot["errors"] == 0
        rows.append((f"the hot page `{facts.get('hot_path', '?')}` during crawl B, {hot['run']['conns']} "
                     f"connections, gzip", described(hot, crawl=False), "", "", "p99 < 10 ms, 0 errors",
                     "PASS" if hot_ok else "FAIL"))
    for label, key in (("crawl A", "a"), ("crawl B", "b"), ("the re-render", "rerender")):
        if f"vmhwm_{key}_kb" in facts:
            peak, now = int(facts[f"vmhwm_{key}_kb"]) / 1024, int(facts[f"vmrss_{key}_kb"]) / 1024
            rows.append((f"resident memory of the app after {label} (VmHWM peak / VmRSS now)",
                         f"{peak:.0f} MB / {now:.0f} MB", "", "", "< 300 MB", "PASS" if peak < 300 else "FAIL"))
    if "rerender_s" in facts:
        done = facts.get("rerender_done") == "yes"
        seconds = int(facts["rerender_s"])
        rows.append((f"re-render of every stored page after `pages rebuild` (as after a deploy), in the background at "
                     f"nice 19; the first {facts.get('rerender_hot_seconds', '30')} s while "
                     f"{facts.get('hot_connections', '50')} connections read the hot page as fast as they can, then "
                     f"nothing else asked",
                     f"{seconds} s" + ("" if done else f", not finished ({facts.get('rerender_status', '?')})")
                     + f"; after the hot page's seconds: {facts.get('rerender_after_hot', '?')}",
                     "", "", "< 300 s", "PASS" if done and seconds < 300 else "FAIL"))
        if "rerender_hot_p99_us" in facts:
            p99 = int(facts["rerender_hot_p99_us"]) / 1000
            rows.append(("the hot page while the pages re-render, gzip", facts.get("rerender_hot", "?"), "", "",
                         "p99 < 10 ms", "PASS" if 0 < p99 < 10 else "FAIL"))
    if "vmhwm_fill_kb" in facts:
        peak = int(facts["vmhwm_fill_kb"]) / 1024
        rows.append(("resident memory of the app that filled the store (re-rendered every page in the background; "
                     "VmHWM peak)", f"{peak:.0f} MB", "", "", "< 300 MB", "PASS" if peak < 300 else "FAIL"))
    for label, key in (("the fill", "fill"), ("crawl A", "a"), ("crawl B", "b"), ("the re-render", "rerender")):
        if f"gc_{key}" in facts:
            rows.append((f"the app's garbage collections during {label} (SerialGC)", facts[f"gc_{key}"], "", "", "",
                         "—"))
    if "start_a_ms" in facts:
        rows.append(("process start to first page served (before crawl A / B)",
                     f"{facts['start_a_ms']} ms / {facts.get('start_b_ms', '?')} ms", "", "", "", "—"))

    articles = int(facts.get("articles", "0"))
    out = [f"## Healthpress crawl benchmark, {facts['date']}", "",
           f"Machine: {facts['cpus']} × {facts['cpu_model']}, {facts['ram']} RAM, Linux {facts['kernel']}, "
           f"{facts['java']}; {facts['wrk']}, nginx {facts.get('nginx', '?')}. Source: {facts.get('source', '?')}. "
           f"JVM: `{facts['java_opts']}`" + (" with a class-data archive" if facts.get("cds") == "on" else "") + ".",
           "",
           f"Database: H2 file, {articles:,} published articles" +
           (f" (reused from `{facts['db_reused']}`)" if "db_reused" in facts else
            f" (generated in {facts.get('fill_s', '?')} s)") +
           f". The sitemap's articles, less {facts.get('held_out', '?')} held out for warming and the hot page, are "
           f"split in two halves and each is shuffled (seed {facts.get('seed', '?')}). Before each crawl the app is "
           f"started afresh and warmed at 2 connections on other pages: home, topics, profiles, simple pages, "
           f"searches and the held-out articles each once, then {facts.get('store_warmup', '0')} articles of the "
           f"other half once (from the page store, which the JIT then has compiled; the other half is crawled by "
           f"another process), then {facts.get('jit_warmup', '?')} s over the first pages again. "
           f"wrk asks for each path of a half exactly once (`wrk-crawl.lua`), with `Accept-Encoding: gzip`; nginx "
           f"serves the very bytes the app sent for half A as files (`gzip_static`). Loopback; wrk, the app and "
           f"nginx share the cores. Load average before: {facts.get('load_before', '?')}; after: "
           f"{facts.get('load_after', '?')}. Other processes kept {facts.get('busy_before_pct', '?')}% of the CPU "
           f"busy just before the first crawl (⚠ marks runs where they took 10% or more).",
           "", "| figure | app | nginx (same bytes) | app ÷ nginx | target | result |",
           "| --- | --- | --- | --- | --- | --- |"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    text = "\n".join(out) + "\n"
    with open(out_md, "w") as md:
        md.write(text)
    print(text)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "lists":
        lists(args[0], args[1], int(args[2]), int(args[3]))
    elif command == "save":
        save(*args)
    elif command == "served":
        served(*args)
    elif command == "report":
        report(*args)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
