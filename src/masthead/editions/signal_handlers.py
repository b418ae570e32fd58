"""Translations are filed in their own edition; every configured edition has its locale."""

from django.db.models.signals import post_migrate
from wagtail.signals import copy_for_translation_done


def translation_copied(sender, source_obj, target_obj, **kwargs) -> None:
    from masthead.editions.translation import point_to_own_edition

    point_to_own_edition(source_obj, target_obj)


def create_edition_locales(sender, using="default", **kwargs) -> None:
    """A language added to MASTHEAD_EDITIONS gets its Wagtail locale at the next `migrate`."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


def connect(app_config) -> None:
    copy_for_translation_done.connect(translation_copied, dispatch_uid="masthead_editions_copy")
    post_migrate.connect(
        create_edition_locales, sender=app_config, dispatch_uid="masthead_editions_locales"
    )
