#!/usr/bin/env python3
"""Refuse to train a model on a window that is already trained.

Call it from a training script before training starts (standard library only):

    python3 check_duplicate.py --train-start 2025-11-02 --train-end 2026-01-08 [--force] [--config PATH]

It runs `model-governance duplicate --json` (the CLI on PATH, or MODEL_GOVERNANCE_BIN) and exits:
  0  the window is new, or --force was given (the existing models are still printed)
  1  the window is already trained
  2  bad arguments, or the CLI said the input is bad
  3  the CLI could not run, or a service failed
"""
import argparse
import json
import os
import shlex
import subprocess
import sys


def run_cli(args):
    command = shlex.split(os.environ.get("MODEL_GOVERNANCE_BIN", "model-governance"))
    try:
        return subprocess.run(command + args, capture_output=True, text=True, check=False)
    except OSError as e:
        print(f"check_duplicate: cannot run {command[0]}: {e.strerror}", file=sys.stderr)
        sys.exit(3)


def main():
    parser = argparse.ArgumentParser(description="Refuse to train on an already-trained window.")
    parser.add_argument("--train-start", required=True, help="YYYY-MM-DD")
    parser.add_argument("--train-end", required=True, help="YYYY-MM-DD")
    parser.add_argument("--config", help="model-governance config (default: found from the current directory)")
    parser.add_argument("--family", help="which family of the config")
    parser.add_argument("--force", action="store_true", help="train anyway; the duplicate is reported, not refused")
    opts = parser.parse_args()

    args = ["duplicate", "--json", "--train-start", opts.train_start, "--train-end", opts.train_end]
    if opts.config:
        args += ["--config", opts.config]
    if opts.family:
        args += ["--family", opts.family]
    # The CLI's own --force turns the duplicate into a warning, so it exits 0 and still lists the models.
    if opts.force:
        args.append("--force")
    result = run_cli(args)
    if result.returncode not in (0, 1):
        sys.stderr.write(result.stderr)
        sys.exit(result.returncode if result.returncode in (2, 3) else 3)

    # `duplicate --json` is always an array, one object per family, even for one (see the README's JSON contract).
    reports = json.loads(result.stdout)
    if not isinstance(reports, list):
        print("check_duplicate: the CLI printed JSON that is not an array; is it older than this script?", file=sys.stderr)
        sys.exit(3)
    for report in reports:
        for finding in report["findings"]:
            if finding["code"] in ("duplicate.window", "duplicate.overlap"):
                print(f"{finding['severity']}: {finding['message']}", file=sys.stderr)
        print(report["summary"])
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
