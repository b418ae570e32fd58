"""Error pages in the newsroom's own design."""

import logging

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader

logger = logging.getLogger(__name__)


def page_not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", {}, request=request))


def server_error(request):
    # The 500 page must render even when the database is what failed: no settings lookups.
    try:
        body = loader.render_to_string("500.html", {"request": request})
    except Exception:
        logger.exception("The 500 page itself failed to render")
        body = "<!doctype html><title>Server error</title><h1>Server error</h1>"
    return HttpResponseServerError(body)
