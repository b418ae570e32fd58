"""Headers for readers' pages: cache policy, a strict content security policy, no cookies."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

# Pages are light and may be stale for seconds, but must stay up when the origin is down.
READER_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400"
# Nothing a reader loads may come from another host; nothing inline may run.
READER_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Opt readers out of the browser's interest-based advertising.
READER_PERMISSIONS_POLICY = "interest-cohort=(), browsing-topics=()"
STAFF_PATH_PREFIXES = ("/admin/", "/documents/")


class ReaderPageHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(STAFF_PATH_PREFIXES) or getattr(request, "is_preview", False):
            return response
        response.headers.setdefault("Content-Security-Policy", READER_CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", READER_PERMISSIONS_POLICY)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code in (200, 301, 404)
            and "Cache-Control" not in response.headers
            and not request.path.startswith(settings.STATIC_URL)
        ):
            response.headers["Cache-Control"] = READER_CACHE_CONTROL
        return response


class ReaderGZipMiddleware(GZipMiddleware):
    """Compress readers' pages (a quarter of the bytes on slow links), never staff pages.

    Staff pages carry CSRF tokens; compressing secrets next to attacker-chosen text is what
    BREACH exploits, and readers' pages hold no secrets.
    """

    def process_response(self, request, response):
        if request.path.startswith(STAFF_PATH_PREFIXES):
            return response
        return super().process_response(request, response)
