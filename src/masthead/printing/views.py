"""The article PDF: rendered from the article page itself with the print stylesheet, cached."""

import hashlib
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


def article_pdf_html(article, request) -> str:
    """Return the HTML the PDF is made from: the article page, laid out by the print stylesheet."""
    context = article.get_context(request)
    context["rendering_pdf"] = True
    # Print hides related articles; leaving them out keeps the PDF, and its cache key, unchanged
    # when another article is published.
    context["related_articles"] = []
    return render_to_string(article.get_template(request), context, request=request)


def pdf_cache_path(article, html: str) -> Path:
    """Return where the PDF made from `html` is cached.

    The key is the HTML itself, so whatever the PDF shows (a corrected credit, a renamed author,
    a new editor in chief) makes a new PDF, and nothing else does.
    """
    digest = hashlib.sha256(f"{PDF_LAYOUT_VERSION}\n{html}".encode()).hexdigest()[:24]
    return Path(settings.MASTHEAD_PDF_CACHE_DIR) / f"{article.pk}-{digest}.pdf"


def ensure_article_pdf(article, request) -> Path:
    """Return the cached PDF of the article as it reads now, rendering it when missing."""
    html = article_pdf_html(article, request)
    path = pdf_cache_path(article, html)
    if not path.exists():
        started = time.perf_counter()
        pdf = get_pdf_renderer().render(html, base_url=article.get_canonical_url(request))
        logger.info(
            "Rendered PDF of article %s in %.2f s", article.pk, time.perf_counter() - started
        )
        write_atomically(path, pdf)
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
