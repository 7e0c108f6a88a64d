# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Delivery of spike alerts to the people who follow a dossier (issue #4, item 7).

A *channel* (:class:`~.base.Channel`) sends one alert payload somewhere. The
built-ins, e-mail (:mod:`.email`) and webhook (:mod:`.webhook`), register
themselves with :func:`~.base.register` exactly as a third-party package would
(entry-point group ``meedoen.alert_channels``). :func:`.delivery.deliver_alerts`
takes a dossier's recent spike alerts, sends the new ones on every configured
channel and records each delivery, so an alert goes out once per channel.
"""
