"""The article PDF: rendered from the article page itself with the print stylesheet, cached."""

import logging
import time
from pathlib import Path

from django.conf import settings
from django.http import FileResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

from masthead.core.files import write_atomically
from masthead.printing.backends import get_pdf_renderer

logger = logging.getLogger(__name__)

# Bump when the PDF layout changes, so cached PDFs of unchanged articles are made anew.
PDF_LAYOUT_VERSION = "1"


def pdf_cache_path(article) -> Path:
    """Return where the PDF of the article's live revision is cached."""
    published = (
        article.last_published_at.strftime("%Y%m%d%H%M%S%f") if article.last_published_at else "0"
    )
    key = f"{article.pk}-{article.live_revision_id or 0}-{published}-{PDF_LAYOUT_VERSION}.pdf"
    return Path(settings.MASTHEAD_PDF_CACHE_DIR) / key


def render_article_pdf(article, request=None) -> bytes:
    """Return the article as PDF bytes, laid out by the print stylesheet."""
    context = article.get_context(request)
    context["rendering_pdf"] = True
    html = render_to_string(article.get_template(request), context, request=request)
    started = time.perf_counter()
    pdf = get_pdf_renderer().render(html, base_url=article.get_canonical_url(request))
    logger.info("Rendered PDF of article %s in %.2f s", article.pk, time.perf_counter() - started)
    return pdf


def ensure_article_pdf(article, request=None) -> Path:
    """Return the cached PDF of the article's live revision, rendering it when missing."""
    path = pdf_cache_path(article)
    if not path.exists():
        write_atomically(path, render_article_pdf(article, request))
        for stale in path.parent.glob(f"{article.pk}-*.pdf"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return path


def serve_article_pdf(request, article):
    path = ensure_article_pdf(article, request)
    response = FileResponse(
        path.open("rb"),
        content_type="application/pdf",
        as_attachment=False,
        filename=f"{article.slug}.pdf",
    )
    patch_cache_control(response, public=True, max_age=300)
    return response


def serve_pdf_path(request, page_path: str, filename: str):
    """Serve `<page>/<slug>.pdf` (the article's PDF) or redirect from the sibling `<slug>.pdf`.

    Wagtail's own URL pattern only matches folders, so PDFs come through here and are then
    routed by Wagtail like the page itself (privacy rules and redirects included).
    """
    from wagtail.views import serve

    if page_path.rstrip("/").rsplit("/", 1)[-1] == filename:
        request.pdf_request = "own"
        return serve(request, page_path)
    request.pdf_request = "sibling"
    return serve(request, f"{page_path}{filename}/")
