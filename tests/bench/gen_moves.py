#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a change file of N moves for `orgdesigner-cli apply` over an org CSV
(id, manager_id columns): each row moves a random position under a random other
one, checked in file order so that no row closes a reporting cycle.

Usage: python3 gen_moves.py ORG.csv N [-s SEED] -o CHANGES.csv
"""
import argparse
import csv
import random

ap = argparse.ArgumentParser()
ap.add_argument("org")
ap.add_argument("n", type=int)
ap.add_argument("-s", "--seed", type=int, default=7)
ap.add_argument("-o", "--out", required=True)
a = ap.parse_args()

parent = {}
with open(a.org, newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        parent[row["id"]] = row["manager_id"] or None
ids = list(parent)
rng = random.Random(a.seed)
rows = []
while len(rows) < a.n:
    v, m = rng.choice(ids), rng.choice(ids)
    if v == m or parent[v] is None or parent[v] == m:
        continue
    u = m
    while u is not None and u != v:
        u = parent[u]
    if u == v:  # m reports to v: a cycle
        continue
    parent[v] = m
    rows.append((v, m))
with open(a.out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "manager_id"])
    w.writerows(rows)
