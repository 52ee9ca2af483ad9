#!/usr/bin/env python3
"""Drives the public pages (with wrk) and admin saves (with SAVERS logged-in editors) at the same time.

Usage: load.py BASE_URL USERNAME PASSWORD SECONDS CONNECTIONS SAVERS WORK_DIR
Reads the password of an existing admin from the command line; BENCH_DIR/wrk-load.lua must sit beside this file.
CONNECTIONS is the total: wrk gets CONNECTIONS - SAVERS, each saver holds one keep-alive connection.
Each saver edits an article of its own, so a refused save (409) is a real error, not contention between savers:
it GETs the edit form, changes the last paragraph of the body to a new marker, POSTs the whole form with the
current csrf and version, expects 303 to the form, and GETs that to learn the next version.
Prints one JSON object: public and admin requests and errors, saves acknowledged, and for each saver's article
whether its public page shows the last acknowledged save (a stale page cache would not).
"""
import html.parser
import http.client
import json
import pathlib
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import pages  # noqa: E402  (the same page discovery as run.sh)

MARKER = re.compile(r"\n*Load test save [^\n]*\s*$")


class FormParser(html.parser.HTMLParser):
    """The fields a browser would submit from the form whose action is ACTION (submit buttons left out)."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.fields = action, False, []
        self.textarea = self.select = None
        self.select_value = self.first_option = None
        self.option = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action") == self.action
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([a["name"], a.get("value", "on" if kind in ("checkbox", "radio") else "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self.select, self.select_value, self.first_option = a["name"], None, None
        elif tag == "option" and self.select is not None:
            self.option = [a.get("value"), "", "selected" in a]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
        elif self.option is not None:
            self.option[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            name, value = self.textarea
            self.fields.append([name, value[1:] if value.startswith("\n") else value])
            self.textarea = None
        elif tag == "option" and self.option is not None:
            value, text, selected = self.option
            value = text.strip() if value is None else value
            if self.first_option is None:
                self.first_option = value
            if selected:
                self.select_value = value
            self.option = None
        elif tag == "select" and self.select is not None:
            chosen = self.select_value if self.select_value is not None else self.first_option
            if chosen is not None:
                self.fields.append([self.select, chosen])
            self.select = None


def form_fields(page, action):
    parser = FormParser(action)
    parser.feed(page)
    return parser.fields


class Browser:
    """One keep-alive connection with its cookies."""

    def __init__(self, host, port):
        self.host, self.port, self.cookies, self.requests = host, port, {}, 0
        self.connection = http.client.HTTPConnection(host, port, timeout=60)

    def send(self, method, path, fields=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode([tuple(field) for field in fields])
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body, headers)
                response = self.connection.getresponse()
                data = response.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # the server closed an idle keep-alive connection: a browser reconnects the same way
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt == 2:
                    raise
        self.requests += 1
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value == "" or "max-age=0" in header.lower():
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        return response.status, response.headers, data


def log_in(browser, username, password):
    status, _, page = browser.send("GET", "/admin/login")
    fields = dict(form_fields(page, "/admin/login"))
    fields.update(username=username, password=password, next="/admin")
    status, headers, _ = browser.send("POST", "/admin/login", list(fields.items()))
    if status != 303 or "hp_session" not in browser.cookies:
        raise RuntimeError("login as %s answered %d" % (username, status))


class Saver(threading.Thread):
    def __init__(self, number, base, username, password, article_id, deadline):
        super().__init__(daemon=True)
        parts = urllib.parse.urlsplit(base)
        self.browser = Browser(parts.hostname, parts.port)
        self.number, self.username, self.password = number, username, password
        self.article_id, self.deadline = article_id, deadline
        self.acknowledged, self.errors, self.samples, self.last_marker = 0, 0, [], None
        self.save_ms = []

    def error(self, text):
        self.errors += 1
        if len(self.samples) < 5:
            self.samples.append(text[:300])

    def run(self):
        try:
            self.save_until_deadline()
        except Exception as e:  # a saver that dies is an error the summary must show, not a silent thread
            self.error("saver %d stopped: %r" % (self.number, e))

    def save_until_deadline(self):
        path = "/admin/articles/%d" % self.article_id
        status, _, page = self.browser.send("GET", path)
        while time.monotonic() < self.deadline:
            if status != 200:
                self.error("GET %s answered %d" % (path, status))
                time.sleep(0.2)
                status, _, page = self.browser.send("GET", path)
                continue
            fields = form_fields(page, path)
            marker = "Load test save %d-%d %s" % (self.number, self.acknowledged + 1, uuid.uuid4().hex[:8])
            for field in fields:
                if field[0] == "body":
                    field[1] = MARKER.sub("", field[1]).rstrip() + "\n\n" + marker + "\n"
            fields.append(["action", "save"])
            started = time.monotonic()
            status, headers, answer = self.browser.send("POST", path, fields)
            self.save_ms.append((time.monotonic() - started) * 1000)
            if status == 303 and (headers.get("Location") or "").startswith(path):
                self.acknowledged += 1
                self.last_marker = marker
                status, _, page = self.browser.send("GET", headers["Location"])
            else:
                problem = re.search(r'role="alert"[^>]*>(.*?)</div>', answer, re.S)
                self.error("save of %s answered %d%s" % (path, status, ": " + re.sub(r"<[^>]+>|\s+", " ", problem.group(1))
                                                         if problem else ""))
                status, _, page = self.browser.send("GET", path)


def published_articles(browser, wanted):
    """Ids of published articles from the admin list, with their public paths."""
    found, page_path = [], "/admin"
    while len(found) < wanted and page_path:
        status, _, page = browser.send("GET", page_path)
        if status != 200:
            raise RuntimeError("GET %s answered %d" % (page_path, status))
        for article_id in dict.fromkeys(int(i) for i in re.findall(r'href="/admin/articles/(\d+)"', page)):
            if len(found) >= wanted:
                break
            status, _, form = browser.send("GET", "/admin/articles/%d" % article_id)
            fields = dict(form_fields(form, "/admin/articles/%d" % article_id))
            if fields.get("status") == "published" and fields.get("slug"):
                found.append((article_id, "/articles/" + fields["slug"]))
        following = re.search(r'<a\b[^>]*rel="next"[^>]*href="([^"]+)"', page)
        page_path = following and following.group(1).replace("&amp;", "&")
    if len(found) < wanted:
        raise RuntimeError("only %d published articles in the admin list" % len(found))
    return found


def public_paths(base, count):
    """A spread of public pages: home, its next and last pages, articles, topics, searches, feed and sitemap."""
    home = pages.get(base, "/")
    paths = ["/", "/feed.xml", "/sitemap.xml", "/robots.txt", pages.last_page(base, home)]
    following = pages.rel_link(base, home, "next")
    if following:
        paths.append(following)
    paths += [pages.local(base, href) for _, href in pages.anchors(home)
              if pages.local(base, href).startswith("/topics/")]
    sitemap = pages.get(base, "/sitemap.xml")
    files = [sitemap]
    if "<sitemapindex" in sitemap:  # the articles are in the index's files, the first of which may hold none
        files = [pages.get(base, pages.local(base, loc)) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    articles = [pages.local(base, loc) for text in files
                for loc in re.findall(r"<loc>([^<]+/articles/[^<]+)</loc>", text)]
    random.seed(7)
    chosen = random.sample(articles, min(count, len(articles)))
    paths += chosen
    words = sorted({w for path in chosen for w in re.split(r"[^a-z]+", path.rsplit("/", 1)[-1]) if len(w) >= 5})
    paths += ["/search?q=" + urllib.parse.quote(w) for w in random.sample(words, min(20, len(words)))]
    return list(dict.fromkeys(paths))


def main():
    base, username, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    seconds, connections, savers = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    work = pathlib.Path(sys.argv[7])
    paths_file = work / "load-paths.txt"
    paths_file.write_text("\n".join(public_paths(base, 400)) + "\n")

    parts = urllib.parse.urlsplit(base)
    lister = Browser(parts.hostname, parts.port)
    log_in(lister, username, password)
    articles = published_articles(lister, savers)
    print("load.py: %d public paths; savers edit %s" % (len(paths_file.read_text().split()),
                                                          ", ".join(p for _, p in articles)), file=sys.stderr)

    deadline = time.monotonic() + seconds
    workers = [Saver(i + 1, base, username, password, article_id, deadline)
               for i, (article_id, _) in enumerate(articles)]
    for worker in workers:
        log_in(worker.browser, username, password)
    wrk = subprocess.Popen(
        ["wrk", "-t2", "-c%d" % (connections - savers), "-d%ds" % seconds, "--timeout", "10s", "--latency",
         "-H", "Accept-Encoding: gzip", "-s", str(pathlib.Path(__file__).parent / "wrk-load.lua"),
         base + "/", "--", str(paths_file)],
        stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + seconds
    for worker in workers:
        worker.deadline = deadline
        worker.start()
    output, _ = wrk.communicate()
    for worker in workers:
        worker.join()
    line = next((l for l in output.splitlines() if l.startswith("BENCH ")), None)
    if line is None:
        sys.exit("load.py: wrk printed no result:\n" + output)
    public = {k: int(v) for k, v in (t.split("=") for t in line.split()[1:])}

    stale = []
    checker = Browser(parts.hostname, parts.port)
    for worker, (_, public_path) in zip(workers, articles):
        status, _, page = checker.send("GET", public_path)
        if worker.last_marker and (status != 200 or worker.last_marker not in page):
            stale.append(public_path)
    save_ms = sorted(ms for w in workers for ms in w.save_ms)
    print(json.dumps({
        "seconds": seconds, "connections": connections, "savers": savers,
        "public_paths": len(paths_file.read_text().split()),
        "public_requests": public["requests"],
        "public_errors": sum(public[k] for k in ("connect", "read", "write", "timeout", "status")),
        "public_rps": public["requests"] / (public["duration_us"] / 1e6),
        "public_p50_ms": public["p50_us"] / 1000, "public_p99_ms": public["p99_us"] / 1000,
        "admin_requests": sum(w.browser.requests for w in workers),
        "admin_errors": sum(w.errors for w in workers),
        "admin_error_samples": [s for w in workers for s in w.samples],
        "saves_acknowledged": sum(w.acknowledged for w in workers),
        "save_p50_ms": save_ms[len(save_ms) // 2] if save_ms else None,
        "save_p99_ms": save_ms[int(len(save_ms) * 0.99)] if save_ms else None,
        "articles": [{"id": i, "path": p, "acknowledged": w.acknowledged}
                     for w, (i, p) in zip(workers, articles)],
        "stale_public_pages": stale,
    }))


if __name__ == "__main__":
    main()
