{% load i18n static %}<?xml version="1.0" encoding="utf-8"?>
{% comment %}Shows an RSS or Atom feed of this site as a readable page in a browser, in the site's own style; only the feed's own text is shown, never its HTML (an XSLT cannot clean it).{% endcomment %}
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
<xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat"/>

<xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>

<xsl:template match="/">
<html lang="{/rss/channel/language | /atom:feed/@xml:lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="$title"/> ({% translate "web feed" %})</title>
<link rel="stylesheet" href="{% static 'theme/css/site.css' %}"/>
<link rel="icon" href="{% static 'theme/favicon.svg' %}" type="image/svg+xml"/>
</head>
<body class="page-listing page-feed">
<header class="site-header">
  <div class="site-header__bar"><a class="site-header__name" href="{{ home_url }}">{{ publication }}</a></div>
</header>
<main id="main">
  <aside class="article__notes feed-notice">
    <p class="article__notes-heading">{% translate "This is a web feed" %}</p>
    <p>{% blocktranslate trimmed %}Copy the address of this page into your feed reader to follow these articles as they are published. Here is what it currently holds.{% endblocktranslate %}</p>
  </aside>
  <header class="listing-header">
    <h1><xsl:value-of select="$title"/></h1>
    <xsl:variable name="about" select="/rss/channel/description | /atom:feed/atom:subtitle"/>
    <xsl:if test="$about and string($about) != string($title)"><p class="listing-header__intro"><xsl:value-of select="$about"/></p></xsl:if>
    <p><a href="{/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href}">{% translate "Read these articles on the site" %}</a></p>
  </header>
  <ul class="teaser-list">
    <xsl:for-each select="/rss/channel/item | /atom:feed/atom:entry">
    <li><article class="teaser"><div class="teaser__text">
      <h2 class="teaser__headline"><a href="{link | atom:link[@rel='alternate']/@href}"><xsl:value-of select="title | atom:title"/></a></h2>
      <xsl:variable name="summary" select="description | atom:summary"/>
      <xsl:if test="$summary"><p class="teaser__standfirst"><xsl:call-template name="unescape"><xsl:with-param name="text" select="string($summary)"/></xsl:call-template></p></xsl:if>
      <p class="teaser__meta">
        <xsl:for-each select="dc:creator | atom:author/atom:name"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/></xsl:for-each>
        <xsl:if test="dc:creator | atom:author/atom:name"> · </xsl:if>
        <xsl:choose>
          <xsl:when test="pubDate">
            <!-- RFC 822: "Sun, 29 Nov 2026 14:30:00 +0000" -->
            <xsl:call-template name="date">
              <xsl:with-param name="day" select="number(substring(pubDate, 6, 2))"/>
              <xsl:with-param name="month" select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring(pubDate, 9, 3))) div 3 + 1"/>
              <xsl:with-param name="year" select="substring(pubDate, 13, 4)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <!-- RFC 3339: "2026-11-29T14:30:00+00:00" -->
            <xsl:call-template name="date">
              <xsl:with-param name="day" select="number(substring(atom:published, 9, 2))"/>
              <xsl:with-param name="month" select="number(substring(atom:published, 6, 2))"/>
              <xsl:with-param name="year" select="substring(atom:published, 1, 4)"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </p>
    </div></article></li>
    </xsl:for-each>
  </ul>
</main>
</body>
</html>
</xsl:template>

<!-- A date as the site writes it ("29 November 2026", "29 ноября 2026"), from its parts. -->
<xsl:template name="date">
  <xsl:param name="day"/><xsl:param name="month"/><xsl:param name="year"/>
  <time><xsl:value-of select="$day"/><xsl:text> </xsl:text><xsl:choose>{% for number, name in month_names %}<xsl:when test="$month = {{ number }}">{{ name }}</xsl:when>{% endfor %}</xsl:choose><xsl:text> </xsl:text><xsl:value-of select="$year"/></time>
</xsl:template>

<!-- Summaries are HTML-escaped text (Django's html.escape: five entities); show them as text. -->
<xsl:template name="unescape">
  <xsl:param name="text"/>
  <xsl:choose>
    <xsl:when test="contains($text, '&amp;')">
      <xsl:value-of select="substring-before($text, '&amp;')"/>
      <xsl:variable name="rest" select="substring-after($text, '&amp;')"/>
      <xsl:choose>
        <xsl:when test="starts-with($rest, 'amp;')">&amp;</xsl:when>
        <xsl:when test="starts-with($rest, 'lt;')">&lt;</xsl:when>
        <xsl:when test="starts-with($rest, 'gt;')">&gt;</xsl:when>
        <xsl:when test="starts-with($rest, 'quot;')">"</xsl:when>
        <xsl:when test="starts-with($rest, '#x27;')">'</xsl:when>
        <xsl:otherwise>&amp;</xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="unescape">
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="starts-with($rest, 'amp;') or starts-with($rest, 'lt;') or starts-with($rest, 'gt;') or starts-with($rest, 'quot;') or starts-with($rest, '#x27;')"><xsl:value-of select="substring-after($rest, ';')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>
</xsl:stylesheet>
