"""Newsroom-wide settings (masthead, footer, channels) and plain information pages."""

from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from masthead.core.models import MastheadPage
from masthead.core.sanitize import clean_plain_text, clean_plain_text_line, clean_rich_text
from masthead.editions.texts import clean_texts, text_in
from masthead.newsroom.forms import NewsroomSettingsForm


class SocialChannelBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=pgettext_lazy("social channel", "Name"), max_length=60, help_text=_("e.g. Telegram")
    )
    url = blocks.URLBlock(label=_("Address"))


# The texts an edition gives in its own language, and how each is cleaned.
EDITION_TEXT_CLEANERS = {
    "publication_name": clean_plain_text_line,
    "tagline": clean_plain_text_line,
    "privacy_notice": clean_plain_text,
}


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

    # The name, tagline and notice above are in the first edition's language; the others' are
    # here by language ({"ru": {"publication_name": "…"}}), filled on the same form.
    texts_in_other_languages = models.JSONField(default=dict, blank=True, editable=False)

    # Every public page shows these in its footer or structured data; Wagtail fetches them with
    # the settings.
    # (Not a default manager's select_related: that breaks update_or_create on PostgreSQL.)
    select_related = ["editor_in_chief_page", "terms_page", "privacy_page", "about_page", "logo"]

    base_form_class = NewsroomSettingsForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("publication_name"),
                FieldPanel("tagline"),
                *NewsroomSettingsForm.panels_for_other_editions(("publication_name", "tagline")),
                FieldPanel("logo"),
            ],
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
        *NewsroomSettingsForm.panels_for_other_editions(("privacy_notice",)),
    ]

    class Meta:
        verbose_name = _("newsroom settings")

    def save(self, *args, **kwargs):
        for field in ("publication_name", "tagline", "editor_in_chief", "privacy_notice"):
            setattr(self, field, clean_plain_text(getattr(self, field)))
        self.texts_in_other_languages = clean_texts(
            self.texts_in_other_languages, EDITION_TEXT_CLEANERS
        )
        super().save(*args, **kwargs)

    def text_in(self, field: str, language: str | None) -> str:
        """Return the publication name, tagline or privacy notice in an edition's language."""
        return text_in(getattr(self, field), self.texts_in_other_languages, field, language)

    # What pages, feeds and cards show: in the language they are rendered in.
    @property
    def edition_publication_name(self) -> str:
        return self.text_in("publication_name", get_language())

    @property
    def edition_tagline(self) -> str:
        return self.text_in("tagline", get_language())

    @property
    def edition_privacy_notice(self) -> str:
        return self.text_in("privacy_notice", get_language())


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
