"""Newsroom-wide settings (masthead, footer, channels) and plain information pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from masthead.core.models import MastheadPage
from masthead.core.sanitize import clean_plain_text, clean_rich_text


class SocialChannelBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=pgettext_lazy("social channel", "Name"), max_length=60, help_text=_("e.g. Telegram")
    )
    url = blocks.URLBlock(label=_("Address"))


@register_setting(icon="site")
class NewsroomSettings(BaseSiteSetting):
    """What every public page shows about the publication: name, masthead, footer links."""

    publication_name = models.CharField(_("publication name"), max_length=120, default="Masthead")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "photos.Photo",
        verbose_name=_("logo for search engines and link previews"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide logo on a plain background; it is shown at most 600 by 60 pixels. "
            "Without one, Masthead's own mark is used."
        ),
    )
    editor_in_chief = models.CharField(_("editor in chief"), max_length=120, blank=True)
    editor_in_chief_page = models.ForeignKey(
        "people.AuthorPage",
        verbose_name=_("editor in chief's author page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_channels = StreamField(
        [("channel", SocialChannelBlock())], verbose_name=_("channels"), blank=True
    )
    donation_url = models.URLField(_("donation link"), blank=True)
    privacy_notice = models.TextField(
        _("privacy notice"),
        max_length=600,
        blank=True,
        help_text=_("Optional plain-text notice shown at the foot of every page."),
    )

    # Every public page shows these in its footer or structured data; Wagtail fetches them with
    # the settings.
    # (Not a default manager's select_related: that breaks update_or_create on PostgreSQL.)
    select_related = ["editor_in_chief_page", "terms_page", "privacy_page", "about_page", "logo"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("publication_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [FieldPanel("editor_in_chief"), FieldPanel("editor_in_chief_page")],
            heading=_("Masthead"),
        ),
        MultiFieldPanel(
            [FieldPanel("terms_page"), FieldPanel("privacy_page"), FieldPanel("about_page")],
            heading=_("Footer links"),
        ),
        FieldPanel("social_channels"),
        FieldPanel("donation_url"),
        FieldPanel("privacy_notice"),
    ]

    class Meta:
        verbose_name = _("newsroom settings")

    def save(self, *args, **kwargs):
        for field in ("publication_name", "tagline", "editor_in_chief", "privacy_notice"):
            setattr(self, field, clean_plain_text(getattr(self, field)))
        super().save(*args, **kwargs)


class InfoPage(MastheadPage):
    """An ordinary editable page: terms of use, privacy policy, about us."""

    body = RichTextField(
        _("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )

    content_panels = [*MastheadPage.content_panels, FieldPanel("body")]
    search_fields = [*MastheadPage.search_fields, index.SearchField("body")]
    parent_page_types = ["sections.HomePage", "newsroom.InfoPage"]
    subpage_types = ["newsroom.InfoPage"]

    class Meta:
        verbose_name = _("information page")

    def save(self, *args, **kwargs):
        self.body = clean_rich_text(self.body)
        super().save(*args, **kwargs)
