# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Guard against YAML alias bombs and self-referring aliases.

Packs may use anchors and aliases (``&bron`` / ``*bron``) to share a source.
But an alias that refers to itself (``rules: &r [*r]``) makes every walk over
the data endless, and nested aliases ("billion laughs") make it explode. This
module measures the expanded size of the node graph in linear time, before
anything walks it.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_EXPANDED_NODES = 100_000
ALIAS_PROBLEM = (
    "het bestand gebruikt te veel of kringvormige YAML-verwijzingen (ankers & en aliassen *); "
    "schrijf de waarden uit"
)


def alias_problem(text: str, loader: Any) -> str | None:
    """A Dutch problem description when the aliases expand too far, else None.

    Syntax errors are not reported here; the caller's parser reports them with
    a line number.
    """
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if root is not None and expanded_size(root) > MAX_EXPANDED_NODES:
        return ALIAS_PROBLEM
    return None


def expanded_size(root: yaml.Node) -> int:
    """Number of nodes after expanding every alias; a cycle counts as too many."""
    too_many = MAX_EXPANDED_NODES + 1
    sizes: dict[int, int] = {}
    busy: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            busy.discard(key)
            sizes[key] = min(too_many, 1 + sum(sizes[id(c)] for c in _children(node)))
            continue
        if key in sizes:
            continue
        if key in busy:
            return too_many
        busy.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in busy:
                return too_many
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []
