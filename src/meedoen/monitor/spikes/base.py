# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The streaming spike-detector contract and the name → class registry.

A detector sees one ``(timestamp, value)`` point at a time, in time order, and
answers with an anomaly score in [0, 1] computed only from the points seen so
far (NAB's results format, without the label column). Parameters are class
constants in UPPER_CASE; ``Detector(NAME=value)`` overrides them per instance
(used when tuning) and :meth:`SpikeDetectorBase.validate` checks them.

Built-in detectors register themselves with :func:`register`, exactly as a
third-party package would; a package can also declare an entry point in the
group ``meedoen.spike_detectors`` that points at its detector class.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

ENTRY_POINT_GROUP = "meedoen.spike_detectors"


class SpikeDetectorBase:
    """Base class: subclasses set NAME and DESCRIPTION and implement ``_score``."""

    NAME: ClassVar[str] = ""
    DESCRIPTION: ClassVar[str] = ""  # Dutch, shown in `meedoen monitor spikes --help`

    def __init__(self, **params: Any) -> None:
        for key, value in params.items():
            if not key.isupper() or not hasattr(type(self), key):
                raise ValueError(f"{type(self).__name__}: unknown parameter {key!r}")
            setattr(self, key, value)
        self.validate()
        self._last: datetime | None = None

    def parameters(self) -> dict[str, Any]:
        """The effective parameter values (class constants plus overrides)."""
        return {
            k: getattr(self, k)
            for k in dir(type(self))
            if k.isupper() and k not in ("NAME", "DESCRIPTION") and k[0] != "_"
        }

    def validate(self) -> None:
        """Raise ValueError when a parameter is out of range; subclasses extend this."""
        if (
            not self.NAME
            or not self.NAME.replace("-", "").isalnum()
            or self.NAME.lower() != self.NAME
        ):
            raise ValueError(f"{type(self).__name__}: NAME must be lower-case letters, digits, '-'")

    @staticmethod
    def _check(name: str, value: float, low: float, high: float = float("inf")) -> None:
        if not isinstance(value, int | float) or not low <= value <= high:
            raise ValueError(f"parameter {name}={value!r} is outside [{low}, {high}]")

    def update(self, timestamp: datetime, value: float) -> float:
        """Feed one point (time order; equal timestamps allowed) and return its score."""
        if self._last is not None and timestamp < self._last:
            raise ValueError("timestamps must not go back in time")
        self._last = timestamp
        score = self._score(timestamp, float(value))
        return 0.0 if score != score else min(1.0, max(0.0, score))  # NaN-safe clamp

    def _score(self, timestamp: datetime, value: float) -> float:  # pragma: no cover
        raise NotImplementedError


def seconds(timestamp: datetime) -> float:
    """POSIX seconds; a naive timestamp is read as UTC (never the machine's zone)."""
    if timestamp.tzinfo is None:
        timestamp = timestamp.replace(tzinfo=UTC)
    return timestamp.timestamp()


_REGISTRY: dict[str, type[SpikeDetectorBase]] = {}


def register(cls: type[SpikeDetectorBase]) -> type[SpikeDetectorBase]:
    """Add a detector class under its NAME (usable as a class decorator)."""
    if not (isinstance(cls, type) and issubclass(cls, SpikeDetectorBase)):
        raise TypeError(f"{cls!r} is not a SpikeDetectorBase subclass")
    cls().validate()  # a detector with bad defaults never enters the registry
    existing = _REGISTRY.get(cls.NAME)
    if existing is not None and existing is not cls:
        raise ValueError(f"spike detector name {cls.NAME!r} is already taken by {existing!r}")
    _REGISTRY[cls.NAME] = cls
    return cls


def get(name: str) -> type[SpikeDetectorBase]:
    """The detector class registered under ``name`` (KeyError when unknown)."""
    return _REGISTRY[name]


def names() -> list[str]:
    """All registered detector names, sorted."""
    return sorted(_REGISTRY)
