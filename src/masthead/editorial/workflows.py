"""Which review an article goes through: the desk, then the chief where its section asks."""

from wagtail.models import Workflow

from masthead.editorial.models import ReviewTask


def desk_workflow_for(article) -> Workflow | None:
    """Return the active desk workflow for the article's section, or None if there is none.

    "Desk and chief review" when the section, or a section above it, asks for the chief;
    otherwise "Desk review". They are told apart by their tasks, not their (editable) names.
    """
    section = article.primary_section if article.primary_section_id else None
    wants_chief = section is not None and (
        type(section)
        .objects.ancestor_of(section, inclusive=True)
        .filter(requires_chief_review=True)
        .exists()
    )
    chief_tasks = ReviewTask.objects.filter(active=True, stage=ReviewTask.CHIEF)
    desk_workflows = Workflow.objects.filter(
        active=True,
        workflow_tasks__task__in=ReviewTask.objects.filter(active=True, stage=ReviewTask.DESK),
    ).order_by("pk")
    if wants_chief and (
        chosen := desk_workflows.filter(workflow_tasks__task__in=chief_tasks).first()
    ):
        return chosen
    return desk_workflows.exclude(workflow_tasks__task__in=chief_tasks).first()
