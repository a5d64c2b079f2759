#!/usr/bin/env python3
"""Random points inside the demo grids for the intake benchmark: reads "code|GeoJSON boundary" lines on stdin,
writes "lat,lng" lines, POINTS_PER_GRID per grid (default 2,000), each inside its grid's polygon (fixed seed)."""
import json, os, random, sys

def inside(x, y, ring):
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit

def covers(polygon, x, y):
    return inside(x, y, polygon[0]) and not any(inside(x, y, hole) for hole in polygon[1:])

rng = random.Random(20261128)
per_grid = int(os.environ.get("POINTS_PER_GRID", "2000"))
for line in sys.stdin:
    code, boundary = line.rstrip("\n").split("|", 1)
    shape = json.loads(boundary)
    polygons = [shape["coordinates"]] if shape["type"] == "Polygon" else shape["coordinates"]
    xs = [p[0] for polygon in polygons for p in polygon[0]]
    ys = [p[1] for polygon in polygons for p in polygon[0]]
    found = 0
    while found < per_grid:
        x, y = rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys))
        if any(covers(polygon, x, y) for polygon in polygons):
            print(f"{y:.7f},{x:.7f}")
            found += 1
