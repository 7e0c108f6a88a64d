# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The management report of one listening dossier (issue #4, item 7).

:mod:`.data` gathers the figures of one period, :mod:`.html` renders them as
one standalone printable page with inline SVG charts, :mod:`.pdf` as one A4
page drawn with reportlab. The CLI (``meedoen monitor report``) and the web
download (:mod:`meedoen.web.luisteren.report_views`) both use these.
"""
