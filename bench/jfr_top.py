#!/usr/bin/env python3
"""jfr_top.py RECORDING [FRAMES]: where the app's render threads spent their time in a Java Flight Recording.

Reads `jfr print --json --events jdk.ExecutionSample` and prints, per sampled method, its share of the samples
as the innermost frame (self) and anywhere on the stack (total), for the FRAMES (30) largest totals. Only the
threads that render pages count (`render-N`), so the selector, the access log and the JIT stay out of it."""
import collections
import json
import subprocess
import sys


def main():
    recording, frames = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    own, anywhere, samples = collections.Counter(), collections.Counter(), 0
    for event in events:
        thread = (event["values"].get("sampledThread") or {}).get("javaName") or ""
        if not thread.startswith("render-"):
            continue
        samples += 1
        names = []
        for frame in event["values"]["stackTrace"]["frames"]:
            method = frame["method"]
            names.append("%s.%s" % (method["type"]["name"].rsplit(".", 1)[-1], method["name"]))
        if names:
            own[names[0]] += 1
        for name in set(names):
            anywhere[name] += 1
    print("render-thread samples: %d" % samples)
    print("%7s %7s  %s" % ("total%", "self%", "method"))
    for name, count in anywhere.most_common(frames):
        print("%7.1f %7.1f  %s" % (100 * count / samples, 100 * own[name] / samples, name))
    print()
    print("largest self:")
    for name, count in own.most_common(frames // 2):
        print("%7.1f  %s" % (100 * count / samples, name))


if __name__ == "__main__":
    main()
