#!/usr/bin/env python3
"""The layers hold: no file includes one of a higher layer, and no two parts of the
code include each other (directly or round a longer loop).

Layers, lowest first: app/core, app/services, then app/cli and ui (which never include
each other). A part is a header with its source file. Usage: includes.py SOURCE_DIR
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..')
os.chdir(root)

RANK = {'app/core': 0, 'app/services': 1, 'app/cli': 2, 'ui': 2}


def layer(path):
    for prefix in RANK:
        if path.startswith(prefix + '/'):
            return prefix
    return None


def resolve(including, name):
    candidates = [os.path.join(os.path.dirname(including), name), os.path.join('app', name), name]
    for candidate in candidates:
        candidate = os.path.normpath(candidate)
        if os.path.isfile(candidate) and layer(candidate):
            return candidate
    return None


files = []
for top in ('app', 'ui'):
    for folder, _, names in os.walk(top):
        files += [os.path.join(folder, n) for n in names if n.endswith(('.h', '.cpp'))]

upward = []
parts = {}
for path in files:
    with open(path, encoding='utf-8') as source:
        included = re.findall(r'^#include "([^"]+)"', source.read(), re.M)
    for name in included:
        target = resolve(path, name)
        if not target:
            continue
        a, b = layer(path), layer(target)
        if RANK[b] > RANK[a] or (RANK[a] == RANK[b] and a != b):
            upward.append(f'{path} includes {target}')
        part, other = os.path.splitext(path)[0], os.path.splitext(target)[0]
        if part != other:
            parts.setdefault(part, set()).add(other)

loops = []
state = {}


def visit(part, path):
    state[part] = 'open'
    path.append(part)
    for other in sorted(parts.get(part, ())):
        if state.get(other) == 'open':
            loops.append(' → '.join(path[path.index(other):] + [other]))
        elif other not in state:
            visit(other, path)
    path.pop()
    state[part] = 'done'


sys.setrecursionlimit(10000)
for part in sorted(parts):
    if part not in state:
        visit(part, [])

for line in upward:
    print('upward include:', line)
for line in loops:
    print('include loop:', line)
print(f'{len(files)} files: {len(upward)} upward includes, {len(loops)} include loops')
sys.exit(1 if upward or loops else 0)
