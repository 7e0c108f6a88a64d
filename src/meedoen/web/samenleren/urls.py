# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# PLACEHOLDER until the samenleren area is built (issue #3).
from django.http import Http404
from django.urls import path

app_name = "samenleren"


def _todo(request):
    raise Http404("nog niet gebouwd")


urlpatterns = [path("", _todo, name="index")]
