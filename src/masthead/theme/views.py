"""Error pages in the newsroom's own design."""

import logging

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils.cache import patch_cache_control
from django.views.static import serve

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


# Only published photos and their renditions are public. Documents have their own view that
# checks collection privacy, and the multiple uploader parks raw uploads (metadata and all) in
# `wagtail_uploads/` until the editor finishes the form.
PUBLIC_MEDIA_FOLDERS = ("original_images/", "images/")


def serve_media(request, path):
    """Serve a photo or rendition for single-machine installations (MASTHEAD_SERVE_MEDIA)."""
    if not path.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404
    # django.views.static.serve refuses paths that leave document_root (`..`, absolute paths).
    response = serve(request, path, document_root=str(settings.MEDIA_ROOT))
    # Renditions and originals get new names when they change, so they can be kept long.
    patch_cache_control(response, public=True, max_age=7 * 24 * 3600)
    return response


def robots_txt(request):
    """Keep crawlers out of what only Django answers (staff pages, previews, search: all
    noindex), and point them to the sitemaps on the main site, which a mirror's copy names too."""
    # Imported when asked: serving brings in the whole baker, which no other view here needs.
    from masthead.baking.serving import dynamic_path_prefixes
    from masthead.syndication.sitemaps import INDEX_URL, NEWS_URL, absolute

    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in sorted(dynamic_path_prefixes())]
    lines += ["", f"Sitemap: {absolute(INDEX_URL)}", f"Sitemap: {absolute(NEWS_URL)}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
