# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor``: slim luisteren (issue #4).

``monitor spikes SERIES.csv`` reads ``timestamp,value`` rows from a file or
stdin (``-``) and streams ``timestamp,value,anomaly_score`` to stdout, one
flushed line per input row; each score uses only the rows up to that one.
``monitor analyse`` is the per-post analysis of :mod:`meedoen.monitor.analysis`
and is only registered when that module is installed. Exit codes: 0 ok,
64 usage error (e.g. unknown detector), 65 bad input (one Dutch line on stderr).
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import os
import sys
from typing import Any, BinaryIO

from meedoen.cli import exitcodes

DESCRIPTION = """\
Slim luisteren: meedoen volgt onderwerpen, geen personen. spikes en analyse
werken op reeksen en berichten die je zelf aanlevert. dossier, import, run,
dpia en opschonen werken met de database van de webapplicatie; alleen run
haalt berichten op bij de bronnen van actieve dossiers."""

SPIKES_DESCRIPTION = """\
Zoekt pieken in een tijdreeks (bijvoorbeeld het aantal berichten per 5
minuten over een dossier). Leest een CSV met de kolommen timestamp,value en
schrijft per regel timestamp,value,anomaly_score naar stdout: een score van 0
tot 1, berekend met alleen de regels tot en met die regel (streaming, het
resultaatformaat van de Numenta Anomaly Benchmark zonder labelkolom).

Detectoren: hour-of-week (standaard; robuuste score t.o.v. hetzelfde uur van
de week voor de losse waarde, het laatste half uur en de laatste zes uur, met
relatieve en absolute drempel en afkoeltijd), rolling-zscore en kleinberg
(vergelijkingsbasis). Metingen: docs/evaluation-spikes.md."""

SPIKES_EPILOG = """\
voorbeelden:
  meedoen monitor spikes reeks.csv > scores.csv
  tail -f reeks.csv | meedoen monitor spikes - --detector rolling-zscore"""


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "monitor",
        prog="meedoen monitor",
        help="slim luisteren: dossiers, verzamelen, pieken, analyse per bericht",
        description=DESCRIPTION,
    )
    sub = p.add_subparsers(
        dest="monitor_command",
        metavar="OPDRACHT",
        title="opdrachten",
        parser_class=type(p),
        prog="meedoen monitor",
    )
    spikes = sub.add_parser(
        "spikes",
        prog="meedoen monitor spikes",
        help="anomaliescore per regel van een tijdreeks (CSV timestamp,value)",
        description=SPIKES_DESCRIPTION,
        epilog=SPIKES_EPILOG,
    )
    spikes.add_argument(
        "series", metavar="REEKS.csv", help="CSV met de kolommen timestamp,value; - leest stdin"
    )
    spikes.add_argument(
        "--detector",
        default="hour-of-week",
        metavar="NAAM",
        help="welke detector (standaard: hour-of-week; ook rolling-zscore, kleinberg)",
    )
    spikes.set_defaults(run=run_spikes)
    _add_analyse(sub)
    from meedoen.cli.monitor_db import add_parsers

    add_parsers(sub)
    p.set_defaults(run=run_monitor, _monitor_parser=p)


def _add_analyse(sub: Any) -> None:
    """Register `monitor analyse` when meedoen.monitor.analysis.cli exists."""
    try:
        analysis_cli = importlib.import_module("meedoen.monitor.analysis.cli")
    except ModuleNotFoundError as exc:
        if exc.name in ("meedoen.monitor.analysis", "meedoen.monitor.analysis.cli"):
            return
        raise
    analyse = sub.add_parser(
        "analyse",
        prog="meedoen monitor analyse",
        help="analyse per bericht (taal, sentiment, claim, toon) als JSONL-stroom",
        description=(analysis_cli.__doc__ or "").strip().split("\n\n")[0] or None,
    )
    analysis_cli.add_arguments(analyse)
    analyse.set_defaults(run=analysis_cli.run)


def run_monitor(args: Any) -> int:
    args._monitor_parser.print_help(sys.stderr)
    return exitcodes.USAGE


def _fail(message: str, code: int = exitcodes.DATAERR) -> int:
    sys.stderr.write(f"meedoen: {message}\n")
    return code


def _open(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")  # noqa: SIM115 - closed by the caller


def run_spikes(args: Any) -> int:
    from meedoen.monitor import spikes
    from meedoen.monitor.spikes.series_csv import SeriesError, open_series

    if args.detector not in spikes.available():
        return _fail(
            f"onbekende detector '{args.detector}'; kies uit: {', '.join(spikes.available())}.",
            exitcodes.USAGE,
        )
    detector = spikes.create(args.detector)
    try:
        stream = _open(args.series)
    except OSError:
        return _fail(f"het bestand '{args.series}' bestaat niet of is niet leesbaar.")
    out = csv.writer(sys.stdout, lineterminator="\n")
    try:
        with contextlib.closing(stream) if args.series != "-" else contextlib.nullcontext():
            rows = open_series(stream)
            out.writerow(("timestamp", "value", "anomaly_score"))
            sys.stdout.flush()
            for point in rows:
                score = detector.update(point.timestamp, point.value)
                out.writerow((point.timestamp_text, point.value_text, f"{score:.8f}"))
                sys.stdout.flush()
    except SeriesError as exc:
        return _fail(str(exc))
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            # the reader went away (e.g. `| head`): stop quietly, like other filters
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return exitcodes.GROEN
        return _fail(f"de invoer kan niet worden gelezen ({exc.strerror or exc}).")
    return exitcodes.GROEN
