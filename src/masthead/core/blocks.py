"""StreamField blocks of an article body; every one renders without third-party requests."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from masthead.core.sanitize import clean_rich_text


class CleanRichTextBlock(blocks.RichTextBlock):
    """Rich text that is cleaned when stored, whatever wrote it (admin, import, API)."""

    def get_prep_value(self, value):
        return clean_rich_text(super().get_prep_value(value))

    def normalize(self, value):
        if isinstance(value, str):
            value = RichText(clean_rich_text(value))
        return super().normalize(value)


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "theme/blocks/quote_block.html"


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Text"), max_length=400)

    class Meta:
        icon = "pick"
        label = _("Pull quote")
        template = "theme/blocks/pull_quote_block.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = CleanRichTextBlock(label=_("Facts"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "theme/blocks/fact_box_block.html"


class PhotoBlock(blocks.StructBlock):
    photo = ImageChooserBlock(label=_("Photo"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=1000,
        help_text=_("Leave empty to use the photo's own caption."),
    )

    class Meta:
        icon = "image"
        label = _("Photo")
        template = "theme/blocks/photo_block.html"


class LinkCardBlock(blocks.StructBlock):
    """A link shown as a card; nothing is fetched from the linked site, ever."""

    url = blocks.URLBlock(label=_("Address"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=600)
    site_name = blocks.CharBlock(label=_("Site name"), required=False, max_length=100)

    def clean(self, value):
        value = super().clean(value)
        if not value["url"].lower().startswith(("https://", "http://")):
            raise ValidationError(_("Use a web address that starts with https:// or http://."))
        return value

    class Meta:
        icon = "link"
        label = _("Link card")
        template = "theme/blocks/link_card_block.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = CleanRichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul"],
        template="theme/blocks/paragraph_block.html",
    )
    subheading = blocks.CharBlock(
        label=_("Subheading"),
        max_length=200,
        icon="title",
        template="theme/blocks/subheading_block.html",
    )
    quote = QuoteBlock()
    photo = PhotoBlock()
    pull_quote = PullQuoteBlock()
    fact_box = FactBoxBlock()
    link_card = LinkCardBlock()
