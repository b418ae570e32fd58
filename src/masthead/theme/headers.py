"""The headers of readers' pages, without Django: the embedded server's workers send them before
Django is loaded (see masthead.baking.serving)."""

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
