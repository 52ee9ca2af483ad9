#!/usr/bin/env python3
"""Finds the pages bench/run.sh measures, by reading the running app's home page like a visitor would.

Prints shell assignments (values quoted for `eval`):
  ARTICLE_PATH   the newest article (first teaser on the home page): the page measured under load
  COLD_PATH      the second teaser: requested once on a cold JVM, before anything else
  LAST_PATH      the last home page: a rel="last" link, else the ?oldest link, else "Page 1 of N" -> /?page=N,
                 else the end of rel="next"
  UNCACHED       never-requested articles (from the last home page and page 2) for the first-render figure
  SEARCH_QUERY   a word from the article's address, unless given

Usage: pages.py BASE_URL SAMPLES [ARTICLE_PATH] [LAST_PATH] [SEARCH_QUERY]   (empty strings mean "find it")
"""
import html
import re
import shlex
import sys
import time
import urllib.request

TAG = re.compile(r"<a\b[^>]*>", re.I)
ATTR = re.compile(r'([a-zA-Z_:-]+)\s*=\s*"([^"]*)"')


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return response.read().decode("utf-8", "replace")


def anchors(page):
    """(rel, href) of every <a> in the page, hrefs unescaped."""
    for tag in TAG.findall(page):
        attrs = {k.lower(): html.unescape(v) for k, v in ATTR.findall(tag)}
        if "href" in attrs:
            yield attrs.get("rel", ""), attrs["href"]


def local(base, href):
    return href[len(base):] if href.startswith(base) else href


def article_links(base, page):
    seen = []
    for _, href in anchors(page):
        path = local(base, href).split("#")[0]
        if path.startswith("/articles/") and path not in seen:
            seen.append(path)
    return seen


def rel_link(base, page, rel):
    for rels, href in anchors(page):
        if rel in rels.split():
            return local(base, href)
    return None


def last_page(base, home):
    found = rel_link(base, home, "last")
    if found:
        return found
    for _, href in anchors(home):
        if re.search(r"[?&]oldest\b", href):  # keyset pagination's link to the oldest page
            return local(base, href)
    count = re.search(r"Page\s+1\s+of\s+([\d,]+)", home)
    if count:
        pages = int(count.group(1).replace(",", ""))
        return "/" if pages <= 1 else "/?page=%d" % pages
    # Keyset pagination without a link to the end: follow "next" (bounded, so a loop cannot hang the run).
    path, page, deadline = "/", home, time.monotonic() + 180
    for _ in range(50000):
        following = rel_link(base, page, "next")
        if not following or time.monotonic() > deadline:
            break
        path, page = following, get(base, following)
    return path


def main():
    base, samples = sys.argv[1].rstrip("/"), int(sys.argv[2])
    given = (sys.argv[3:] + ["", "", ""])[:3]
    home = get(base, "/")
    links = article_links(base, home)
    if not links and not given[0]:
        sys.exit("pages.py: no /articles/ links on the home page")
    article = given[0] or links[0]
    cold = next((link for link in links if link != article), "")
    last = given[1] or last_page(base, home)
    pool = []
    for path in [last, rel_link(base, home, "next")]:
        if path and path != "/":
            pool += article_links(base, get(base, path))
    uncached = [p for p in dict.fromkeys(pool) if p not in (article, cold)][:samples]
    words = [w for w in re.split(r"[^a-z]+", article.rsplit("/", 1)[-1].lower()) if len(w) >= 5]
    query = given[2] or (words[0] if words else "health")
    for name, value in [("ARTICLE_PATH", article), ("COLD_PATH", cold), ("LAST_PATH", last),
                        ("UNCACHED", " ".join(uncached)), ("SEARCH_QUERY", query)]:
        print("%s=%s" % (name, shlex.quote(value)))


if __name__ == "__main__":
    main()
