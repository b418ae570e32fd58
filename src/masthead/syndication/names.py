"""The feeds' file names and content types, without Django: the embedded server's workers read
them before Django is loaded (see masthead.baking.serving)."""

RSS_NAME = "feed.xml"
ATOM_NAME = "atom.xml"
JSON_NAME = "feed.json"
STYLESHEET_NAME = "feed.xsl"
FEED_NAMES = (RSS_NAME, ATOM_NAME, JSON_NAME)
# One statement of each file's type: Django's answer, the embedded server and nginx use it.
# RSS and Atom go out as plain XML: Chromium shows application/rss+xml and application/atom+xml
# as text and never applies their stylesheet (measured with Debian's Chromium, headless), while
# feed readers find feeds by the page's <link rel="alternate" type="application/rss+xml"> and
# read the document whatever its header says.
XML_FEED_TYPE = "application/xml; charset=utf-8"
CONTENT_TYPES = {
    RSS_NAME: XML_FEED_TYPE,
    ATOM_NAME: XML_FEED_TYPE,
    JSON_NAME: "application/feed+json; charset=utf-8",
    # What browsers expect for XSLT; the registered application/xslt+xml is not applied by all.
    STYLESHEET_NAME: "text/xsl; charset=utf-8",
}
