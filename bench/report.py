#!/usr/bin/env python3
"""Turns the FACT and RUN lines of one bench/run.sh run into the results table and the chart.

Usage: report.py RESULTS_TXT OUT_DIR
Prints the markdown table and writes OUT_DIR/latest.md, OUT_DIR/latest.txt (the raw lines) and OUT_DIR/chart.svg.
Targets (from the benchmark issue) live in TARGETS below; a row with any error is a FAIL.
"""
import math
import pathlib
import shutil
import statistics
import sys

TARGETS = {
    "article_plain_ratio": 0.45,   # of nginx's req/s, uncompressed
    "article_gzip_ratio": 0.70,    # of nginx's req/s serving a precompressed file
    "article_p99_ms_c50": 10.0,
    "listing_p95_ms": 20.0,        # home, last home page, search
    "start_ms": 2000,
    "rss_mb": 300,
}
NOISY_PCT = 10  # a run during which other processes used this share of the machine is marked as disturbed
LISTINGS = [("home", "home page 1"), ("last", "last home page"), ("search", "search"),
            ("sitemap", "sitemap"), ("sitemap_part", "sitemap, first part")]


def parse(path):
    facts, runs = {}, []
    for line in pathlib.Path(path).read_text().splitlines():
        if line.startswith("FACT\t"):
            _, key, value = line.split("\t", 2)
            facts[key] = value
        elif line.startswith("RUN "):
            run = dict(token.split("=", 1) for token in line.split()[1:])
            for key, value in run.items():
                if value.lstrip("-").isdigit():
                    run[key] = int(value)
            run["rps"] = run["requests"] / (run["duration_us"] / 1e6)
            run["errors"] = sum(run[k] for k in ("connect", "read", "write", "timeout", "status"))
            runs.append(run)
    return facts, runs


def find(runs, server, case, conns=None, enc=None):
    for run in runs:
        if (run["server"], run["case"]) == (server, case) and conns in (None, run["conns"]) \
                and enc in (None, run["enc"]):
            return run
    return None


def ms(us):
    return "%.2f" % (us / 1000) if us < 10000 else "%.0f" % (us / 1000)


def load_cell(run, p95=False):
    if run is None:
        return "n/a"
    latency = [ms(run["p50_us"])] + ([ms(run["p95_us"])] if p95 else []) + [ms(run["p99_us"])]
    label = "p50/p95/p99" if p95 else "p50/p99"
    cell = "%s req/s, %s %s ms, %d errors" % (format(round(run["rps"]), ","), label, "/".join(latency),
                                              run["errors"])
    if run.get("others_pct", 0) >= NOISY_PCT:
        cell += " ⚠ others took %d%% of the CPU" % run["others_pct"]
    return cell


def verdict(checks):
    """checks: (passed, name) pairs; None passed means not measurable."""
    if not checks or any(passed is None for passed, _ in checks):
        return "n/a"
    failed = [name for passed, name in checks if not passed]
    return "PASS" if not failed else "FAIL (%s)" % ", ".join(failed)


def kb(size):
    return "%.1f KB" % (int(size) / 1024)


def table(facts, runs):
    rows = []
    sizes = {k[5:]: v.split() for k, v in facts.items() if k.startswith("size_")}
    for enc in ("plain", "gzip"):
        for conns in (50, 200):
            app, nginx = find(runs, "app", "article", conns, enc), find(runs, "nginx", "article", conns, enc)
            size = sizes.get("article", ["0", "0"])[0 if enc == "plain" else 1]
            figure = "article page, %s (%s), %d connections" % (enc, kb(size), conns)
            floor = TARGETS["article_%s_ratio" % enc]
            target = "≥ %.2f× nginx" % floor
            ratio = app["rps"] / nginx["rps"] if app and nginx else None
            checks = [(None if ratio is None else ratio >= floor, "ratio")]
            if conns == 50:
                target += ", p99 < %g ms" % TARGETS["article_p99_ms_c50"]
                checks.append((None if app is None else app["p99_us"] / 1000 < TARGETS["article_p99_ms_c50"], "p99"))
            if app is not None:
                checks.append((app["errors"] == 0, "errors"))
            if app is None and "nogzip_article" in facts and enc == "gzip":
                figure += " (the app sent no gzip)"
            rows.append((figure, load_cell(app), load_cell(nginx), "%.2f" % ratio if ratio else "n/a",
                         target + ", 0 errors", verdict(checks)))
    conns = facts.get("list_connections", "?")
    for name, label in LISTINGS:
        if ("path_" + name) not in facts and ("missing_" + name) not in facts:
            continue
        app, nginx = find(runs, "app", name), find(runs, "nginx", name)
        figure = "%s `%s`, gzip, %s connections" % (label, facts.get("path_" + name, ""), conns)
        if app is None:
            figure = "%s: %s" % (label, facts.get("missing_" + name, "not measured"))
        if name in ("home", "last", "search"):
            target = "p95 < %g ms, 0 errors" % TARGETS["listing_p95_ms"]
            checks = [(None, "")] if app is None else \
                [(app["p95_us"] / 1000 < TARGETS["listing_p95_ms"], "p95"), (app["errors"] == 0, "errors")]
        else:
            target = "0 errors"
            checks = [(None, "")] if app is None else [(app["errors"] == 0, "errors")]
        ratio = "%.2f" % (app["rps"] / nginx["rps"]) if app and nginx else "n/a"
        rows.append((figure, load_cell(app, True), load_cell(nginx, True), ratio, target, verdict(checks)))
    for enc in ("plain", "gzip"):
        off, on = find(runs, "app-nocache", "article", 50, enc), find(runs, "app", "article", 50, enc)
        nginx = find(runs, "nginx", "article", 50, enc)
        figure = "article page, %s, 50 connections, page cache off" % enc
        if off is None:
            rows.append((figure, facts.get("nocache", "n/a"), load_cell(nginx), "n/a", "(shows what the cache buys)", "n/a"))
            continue
        buys = " (cache: %.1f× the req/s)" % (on["rps"] / off["rps"]) if on else ""
        rows.append((figure, load_cell(off) + buys, load_cell(nginx), "%.2f" % (off["rps"] / nginx["rps"]),
                     "(shows what the cache buys)", "—"))
    for enc in ("gzip", "plain"):
        on, nginx_on = find(runs, "app-metrics", "article", 50, enc), find(runs, "nginx-again", "article", 50, enc)
        off, nginx_off = find(runs, "app", "article", 50, enc), find(runs, "nginx", "article", 50, enc)
        if on is None or nginx_on is None:
            continue
        before = " (metrics off: %.2f)" % (off["rps"] / nginx_off["rps"]) if off and nginx_off else ""
        rows.append(("article page, %s, 50 connections, metrics on (METRICS_PORT)" % enc, load_cell(on),
                     load_cell(nginx_on), "%.2f%s" % (on["rps"] / nginx_on["rps"], before),
                     "within noise of metrics off", "—"))
    start = int(facts["start_ms"])
    cds = facts.get("cds", "off")
    without = "; without the archive: %s ms" % facts["start_without_cds_ms"] if "start_without_cds_ms" in facts else ""
    each = facts.get("start_each_ms", "").split()
    median = " ms, median of %d starts (%s ms)" % (len(each), ", ".join(each)) if len(each) > 1 else " ms"
    rows.append(("process start to first page served" + (", class-data archive" if cds == "on" else ""),
                 "%d%s%s" % (start, median, without if cds == "on" else ""), "", "", "≤ %d ms" % TARGETS["start_ms"],
                 verdict([(start <= TARGETS["start_ms"], "slow")])))
    renders = [float(x) for x in facts.get("first_render_ms", "").split()]
    rows.append(("first render of a never-requested article (JVM warm)",
                 "median %.1f ms of %d (%.1f–%.1f)" % (statistics.median(renders), len(renders), renders[0], renders[-1])
                 if renders else "n/a", "", "", "", "—"))
    if facts.get("cold_jvm_article_ms", "").strip():
        rows.append(("first article right after start (JVM cold)", "%s ms" % facts["cold_jvm_article_ms"].strip(),
                     "", "", "", "—"))
    c200 = [r["rss_kb"] for r in runs if r["server"] == "app" and r["conns"] == 200]
    rss = max(c200) / 1024 if c200 else None
    rows.append(("resident memory under load (max during the 200-connection runs)",
                 "%.0f MB (idle after start: %.0f MB)" % (rss, int(facts["rss_idle_kb"]) / 1024) if rss else "n/a",
                 "", "", "< %d MB" % TARGETS["rss_mb"],
                 verdict([(None if rss is None else rss < TARGETS["rss_mb"], "memory")])))
    return rows


def markdown(facts, runs, rows):
    out = ["## Healthpress benchmark, %s" % facts["date"], ""]
    out.append("Machine: %s × %s, %s RAM, Linux %s, %s; %s, nginx %s. Source: %s. JVM: `%s`." % (
        facts["cpus"], facts["cpu_model"], facts["ram"], facts["kernel"], facts["java"], facts["wrk"],
        facts["nginx"], facts.get("source", "?"), facts["java_opts"]))
    out.append("")
    share = "wrk on cpu 0, the app and nginx on cpu 1" if facts.get("pin") == "split" else \
        "wrk, the app and nginx all share the %s cores" % facts["cpus"]
    note = facts.get("articles_note")
    out.append("Database: H2 file, %s published articles%s (filled in %s s%s). Loopback; %s; %s s per run after "
               "a 2-connection warm-up; nginx serves the exact bytes the app sent (gzip: the app's gzip body as a "
               "`gzip_static` file). Other processes kept %s%% of the CPU busy just before the app started, and up to "
               "%d%% during a measured run (⚠ marks runs above %d%%)." % (
                   format(int(facts["articles"]), ","), " — " + note if note else "", facts.get("fill_s", "?"),
                   ", file compacted to %s MB" % facts["db_mb"] if "db_mb" in facts else "",
                   share, facts["duration"], facts.get("busy_before_pct", "?"),
                   max([r.get("others_pct", 0) for r in runs], default=0), NOISY_PCT))
    out.append("")
    out.append("| figure | app | nginx (same bytes) | app ÷ nginx | target | result |")
    out.append("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    out.append("")
    out.append("![app beside nginx](chart.svg)")
    return "\n".join(out) + "\n"


# ---- chart --------------------------------------------------------------------------------------------------
COLOURS = {"app": "#1f6feb", "app-nocache": "#9aa7b8", "nginx": "#2da44e"}
NAMES = {"app": "Healthpress", "app-nocache": "Healthpress, page cache off", "nginx": "nginx, same bytes"}


def esc(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nice_step(top, ticks=5):
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def panel(x0, y0, w, h, title, axis, groups, series, value, fmt, log=False, targets=()):
    """Grouped bars. groups: [(label, {server: run})]; value(run) -> number; targets: [(group index, y, label)]."""
    svg = []
    values = [value(r) for _, g in groups for r in g.values() if r]
    if not values:
        return svg
    if log:
        lo = 10 ** math.floor(math.log10(max(min(values), 1e-3)))
        hi = 10 ** math.ceil(math.log10(max(max(values), max([t for _, t, _ in targets], default=0)) * 1.01))
        ticks = [10 ** e for e in range(round(math.log10(lo)), round(math.log10(hi)) + 1)]
        ypos = lambda v: y0 + h - h * (math.log10(max(v, lo)) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
    else:
        step = nice_step(max(values) * 1.1)
        hi = step * math.ceil(max(values) * 1.1 / step)
        ticks = [step * i for i in range(int(round(hi / step)) + 1)]
        ypos = lambda v: y0 + h - h * v / hi
    svg.append('<text x="%d" y="%d" class="title">%s</text>' % (x0, y0 - 14, esc(title)))
    svg.append('<text transform="translate(%d %d) rotate(-90)" class="axis" text-anchor="middle">%s</text>'
               % (x0 - 52, y0 + h / 2, esc(axis)))
    for t in ticks:
        y = ypos(t)
        svg.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/>' % (x0, x0 + w, y, y))
        svg.append('<text x="%d" y="%.1f" class="tick" text-anchor="end">%s</text>' % (x0 - 6, y + 4, fmt(t)))
    svg.append('<line x1="%d" x2="%d" y1="%d" y2="%d" class="axisline"/>' % (x0, x0 + w, y0 + h, y0 + h))
    svg.append('<line x1="%d" x2="%d" y1="%d" y2="%d" class="axisline"/>' % (x0, x0, y0, y0 + h))
    slot = w / len(groups)
    bar = min(34, (slot - 16) / len(series))
    for i, (label, runs) in enumerate(groups):
        present = [s for s in series if runs.get(s)]
        left = x0 + i * slot + (slot - bar * len(present)) / 2
        for j, server in enumerate(present):
            v = value(runs[server])
            x, y = left + j * bar, ypos(v)
            svg.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %s</title></rect>'
                       % (x + 1, y, bar - 2, y0 + h - y, COLOURS[server], esc(NAMES[server]), esc(fmt(v))))
            svg.append('<text x="%.1f" y="%.1f" class="value" text-anchor="middle">%s</text>'
                       % (x + bar / 2, y - 4, esc(fmt(v))))
        lines = label.split("\n")
        for k, part in enumerate(lines):
            svg.append('<text x="%.1f" y="%d" class="label" text-anchor="middle">%s</text>'
                       % (x0 + (i + 0.5) * slot, y0 + h + 16 + 13 * k, esc(part)))
    for i, t, text in targets:
        y = ypos(t)
        svg.append('<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" class="target"/>'
                   % (x0 + i * slot + 4, x0 + (i + 1) * slot - 4, y, y))
        svg.append('<text x="%.1f" y="%.1f" class="targettext" text-anchor="middle">%s</text>'
                   % (x0 + (i + 0.5) * slot, y - 3, esc(text)))
    return svg


def chart(facts, runs):
    article_groups, rps_targets = [], []
    for enc in ("plain", "gzip"):
        for conns in (50, 200):
            group = {s: find(runs, s, "article", conns, enc) for s in ("app", "app-nocache", "nginx")}
            article_groups.append(("%s\n%d conns" % (enc, conns), group))
            if group["nginx"]:
                share = TARGETS["article_%s_ratio" % enc]
                rps_targets.append((len(article_groups) - 1, group["nginx"]["rps"] * share, "target %.2f×" % share))
    latency_groups, latency_targets = [], []
    for enc in ("plain", "gzip"):
        latency_groups.append(("article %s\np99, 50 conns" % enc,
                               {s: find(runs, s, "article", 50, enc) for s in ("app", "app-nocache", "nginx")}))
        latency_targets.append((len(latency_groups) - 1, TARGETS["article_p99_ms_c50"] * 1000, "target"))
    for name, label in LISTINGS:
        group = {s: find(runs, s, name) for s in ("app", "nginx")}
        if group["app"]:
            latency_groups.append((label.replace(", ", "\n") + "\np95", group))
            if name in ("home", "last", "search"):
                latency_targets.append((len(latency_groups) - 1, TARGETS["listing_p95_ms"] * 1000, "target"))
    width, height = 1100, 470
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
           'font-family="system-ui, -apple-system, Segoe UI, sans-serif">' % (width, height, width, height),
           '<style>.title{font-size:15px;font-weight:600}.axis{font-size:12px;fill:#333}.tick{font-size:11px;fill:#555}'
           '.label{font-size:11px;fill:#222}.value{font-size:10px;fill:#222}.grid{stroke:#e3e6ea}'
           '.axisline{stroke:#333}.target{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:5 3}'
           '.targettext{font-size:10px;fill:#cf222e}.note{font-size:11px;fill:#555}</style>',
           '<rect width="100%" height="100%" fill="#fff"/>']
    svg += panel(80, 60, 420, 300, "Article page: requests per second (higher is better)", "requests per second",
                 article_groups, ["app", "app-nocache", "nginx"], lambda r: r["rps"],
                 lambda v: format(int(round(v)), ","), targets=rps_targets)
    svg += panel(620, 60, 450, 300, "Latency in ms, log scale (lower is better)", "milliseconds",
                 latency_groups, ["app", "app-nocache", "nginx"],
                 lambda r: r["p99_us"] if r["_pick"] == "p99" else r["p95_us"],
                 lambda v: ("%.2f" % (v / 1000)).rstrip("0").rstrip(".") if v < 10000 else "%d" % round(v / 1000),
                 log=True, targets=latency_targets)
    x = 80
    for server in ("app", "app-nocache", "nginx"):
        if any(r["server"] == server for r in runs):
            svg.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (x, height - 52, COLOURS[server]))
            svg.append('<text x="%d" y="%d" class="axis">%s</text>' % (x + 17, height - 42, esc(NAMES[server])))
            x += 40 + 7 * len(NAMES[server])
    svg.append('<text x="80" y="%d" class="note">%s · %s × %s · %s articles · wrk %s s per run on loopback, '
               'sharing the cores with the servers · list pages at %s connections</text>' % (
                   height - 18, esc(facts["date"]), esc(facts["cpus"]), esc(facts["cpu_model"]),
                   format(int(facts["articles"]), ","), esc(facts["duration"]), esc(facts["list_connections"])))
    svg.append("</svg>")
    return "\n".join(svg) + "\n"


def main():
    facts, runs = parse(sys.argv[1])
    # The latency panel shows p99 for the article groups and p95 for listings (their targets).
    for run in runs:
        run["_pick"] = "p99" if run["case"] == "article" else "p95"
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    text = markdown(facts, runs, table(facts, runs))
    (out / "latest.md").write_text(text)
    (out / "chart.svg").write_text(chart(facts, runs))
    shutil.copyfile(sys.argv[1], out / "latest.txt")
    print(text)


if __name__ == "__main__":
    main()
