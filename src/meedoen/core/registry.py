# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A small generic registry, used for every plug-in point.

An instance is a class decorator: ``@detectors.register`` stores the class
under its ``name`` attribute. Duplicates are refused so that a third-party
plug-in cannot silently replace a built-in; to replace one on purpose, call
:meth:`Registry.replace`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class RegistryError(ValueError):
    """Raised for duplicate or unknown registry entries."""


class Registry(Generic[T]):
    """A name → class mapping with a decorator interface."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, type[T]] = {}

    def register(self, cls: type[T]) -> type[T]:
        name = getattr(cls, "name", None)
        if not isinstance(name, str) or not name:
            raise RegistryError(f"{self.kind}: {cls!r} has no 'name'")
        if name in self._items and self._items[name] is not cls:
            raise RegistryError(f"{self.kind}: '{name}' is already registered")
        check = getattr(cls, "check_plugin", None)
        if callable(check):
            check()
        self._items[name] = cls
        return cls

    def replace(self, cls: type[T]) -> type[T]:
        name = getattr(cls, "name", "")
        self._items.pop(name, None)
        return self.register(cls)

    def unregister(self, name: str) -> None:
        self._items.pop(name, None)

    def __getitem__(self, name: str) -> type[T]:
        try:
            return self._items[name]
        except KeyError:
            raise RegistryError(f"{self.kind}: unknown '{name}'") from None

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[type[T]]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def names(self) -> list[str]:
        return sorted(self._items)


def load_plugins(
    modules: Iterable[str],
    group: str,
    register: Callable[[Any], Any],
    *,
    plugins: bool = True,
) -> None:
    """Import the built-in modules, then what installed packages declare under ``group``.

    Built-ins and third-party plug-ins load the same way: a module registers its
    classes on import; an entry point may also name a class, which is then
    registered here (registering the same class twice is harmless).
    """
    for module in modules:
        importlib.import_module(module)
    if plugins:
        for ep in entry_points(group=group):
            loaded = ep.load()
            if isinstance(loaded, type):
                register(loaded)
