# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Aggregate analytics for monitoring (issue #4, item 5): pure functions over posts.

:mod:`.representativeness` (distinct authors, Gini, top-10% share, caveat),
:mod:`.terms` (emerging terms), :mod:`.volume` (volume and sentiment share per
bucket), :mod:`.alerts` (explaining a spike), :mod:`.strategy` (passive vs
interactive). Nothing here returns anything per author.
"""
