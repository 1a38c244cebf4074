#!/usr/bin/env python3
"""Whole-process start-up of `ekonte` commands, in pairs against a yardstick.

Each command A is run PAIRS times in turn with a command B (A B A B ...), so drift in the
machine's speed moves both alike; every run is a fresh process whose CPU time (user + system,
microseconds) and peak RSS come from wait4(), and whose wall time is taken around fork and
wait. Medians are printed, and the median of the per-pair A/B ratios. B is `node -e 0` (the
floor the issue names) and, with --before, the same command of another ekonte binary.
The goal (issue 18): `--version` and `check` of a small script under 30 ms and 20 MiB. It is
judged on CPU time, which is the wall time of this single-threaded start on an idle core and,
unlike wall time, does not grow when other work shares the machine.
"""
import argparse
import os
import shutil
import statistics
import sys
import time

GOAL_CPU_S = 0.030
GOAL_PEAK_MIB = 20.0


def run_once(argv):
    devnull = os.open(os.devnull, os.O_RDWR)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    os.close(devnull)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss / 1024.0,
            "status": os.waitstatus_to_exitcode(status)}


def paired(a, b, pairs):
    run_once(a), run_once(b)  # warm the page cache for both
    runs_a, runs_b = [], []
    for _ in range(pairs):
        runs_a.append(run_once(a))
        runs_b.append(run_once(b))
    return runs_a, runs_b


def median(runs, key):
    return statistics.median(r[key] for r in runs)


def report(label, a_name, b_name, runs_a, runs_b):
    ratio = statistics.median(ra["cpu"] / rb["cpu"] for ra, rb in zip(runs_a, runs_b) if rb["cpu"] > 0)
    wall_ratio = statistics.median(ra["wall"] / rb["wall"] for ra, rb in zip(runs_a, runs_b))
    print(f"{label}")
    for name, runs in ((a_name, runs_a), (b_name, runs_b)):
        codes = sorted({r["status"] for r in runs})
        print(f"  {name:<34} {median(runs, 'cpu') * 1000:7.1f} ms CPU {median(runs, 'wall') * 1000:7.1f} ms wall "
              f"{median(runs, 'peak'):6.1f} MiB peak  (exit {','.join(map(str, codes))})")
    print(f"  A/B per pair (median): CPU {ratio:.3f}, wall {wall_ratio:.3f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ekonte", required=True)
    parser.add_argument("--before", help="another ekonte binary to pair each command against")
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--script", required=True, help="the small script")
    parser.add_argument("--tmp", required=True)
    args = parser.parse_args()

    commands = [
        ("--version", ["--version"], True),
        ("check small.eko", ["check", args.script], True),
        ("compile small.eko", ["compile", args.script, "-o", os.path.join(args.tmp, "graph.json")], False),
        ("eval --bogus (opens the studio and neural plugins)", ["eval", "--bogus"], False),
    ]
    slow = {"eval --bogus (opens the studio and neural plugins)"}  # 0.7 s a run: a few pairs say enough
    node = shutil.which("node")
    goal_met = True
    print(f"{args.pairs} pairs per line (eval: 3); medians; load average {os.getloadavg()[0]:.2f} at the start")
    for label, argv, has_goal in commands:
        pairs = min(args.pairs, 3) if label in slow else args.pairs
        a = [args.ekonte] + argv
        if node:
            runs_a, runs_b = paired(a, [node, "-e", "0"], pairs)
            report(f"ekonte {label}", "A: ekonte (this build)", "B: node -e 0 (floor)", runs_a, runs_b)
        else:
            runs_a = [run_once(a) for _ in range(pairs)]
        if args.before:
            runs_now, runs_before = paired(a, [args.before] + argv, pairs)
            report(f"ekonte {label}: this build against --before", "A: ekonte (this build)",
                   f"B: {args.before}", runs_now, runs_before)
        if has_goal:
            cpu, peak = median(runs_a, "cpu"), median(runs_a, "peak")
            met = cpu < GOAL_CPU_S and peak < GOAL_PEAK_MIB
            goal_met &= met
            print(f"  goal < {GOAL_CPU_S * 1000:.0f} ms CPU and < {GOAL_PEAK_MIB:.0f} MiB peak: "
                  f"{'met' if met else 'NOT met'} ({cpu * 1000:.1f} ms, {peak:.1f} MiB)")
    print(f"start-up goal: {'met' if goal_met else 'NOT met'}")
    return 0 if goal_met else 1


if __name__ == "__main__":
    sys.exit(main())
