"""Where a member of staff may work, and who wrote the version of an article under review."""

from dataclasses import dataclass

from django.db.models import Q


@dataclass(frozen=True)
class DeskScope:
    all_sections: bool
    # The assigned sections and every section below them: a handful of ids, so that checking an
    # article (the page explorer checks dozens per screen) needs no query.
    section_ids: frozenset[int]

    def covers_section(self, section) -> bool:
        return self.all_sections or (section is not None and section.pk in self.section_ids)

    def covers(self, article) -> bool:
        """True when the article is filed in one of the sections (an unfiled one: chief only)."""
        return self.all_sections or article.primary_section_id in self.section_ids

    def section_q(self, field: str = "primary_section_id") -> Q:
        """A filter on articles (or, with `field="pk"`, sections) inside the scope."""
        return Q() if self.all_sections else Q(**{f"{field}__in": self.section_ids})


def desk_scope(user) -> DeskScope:
    """Return the user's scope, looked up once per user object (once per request)."""
    cached = getattr(user, "_masthead_desk_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser or user.has_perm("editorial.work_in_all_sections"):
        scope = DeskScope(all_sections=True, section_ids=frozenset())
    else:
        from masthead.editorial.models import DeskAssignment
        from masthead.sections.models import SectionPage

        assigned = DeskAssignment.sections.through.objects.filter(deskassignment__user=user.pk)
        covered = Q(pk__in=[])
        for path in SectionPage.objects.filter(
            pk__in=assigned.values("sectionpage_id")
        ).values_list("path", flat=True):
            covered |= Q(path__startswith=path)
        ids = SectionPage.objects.filter(covered).values_list("pk", flat=True)
        scope = DeskScope(all_sections=False, section_ids=frozenset(ids))
    user._masthead_desk_scope = scope
    return scope


def needs_second_person(article) -> bool:
    """True when the article, or a section it is filed in, is under the two-person rule.

    A draft is checked as well as the published row: a flag set on either holds until a
    second person has approved a version without it.
    """
    if getattr(article, "sensitive", False):
        return True
    if article.pk and type(article).objects.filter(pk=article.pk, sensitive=True).exists():
        return True
    if getattr(article, "primary_section_id", None) is None:
        return False
    from masthead.sections.models import SectionPage

    # A rule on News covers News › Politics.
    return (
        SectionPage.objects.ancestor_of(article.primary_section, inclusive=True)
        .filter(requires_second_person=True)
        .exists()
    )


def writers_of(page) -> set[int]:
    """Return the ids of the users who wrote the version that would go live.

    The page's creator, and everyone who saved a revision since it was last published: a
    reviewer who rewrites a paragraph has written part of what readers would see.
    """
    revisions = page.revisions.all()
    if page.last_published_at:
        revisions = revisions.filter(created_at__gt=page.last_published_at)
    writers = set(revisions.exclude(user=None).values_list("user_id", flat=True))
    if page.owner_id:
        writers.add(page.owner_id)
    return writers
