"""Wagtail's reference index knows who wrote what, and its upkeep never fails in the worker."""

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from masthead.articles.models import ArticleByline
from masthead.core.worker import run_worker

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "bulk"]}
}


@pytest.mark.django_db(transaction=True)
def test_replacing_a_byline_leaves_no_failed_task_and_the_authors_usage_right(newsroom, settings):
    settings.TASKS = DATABASE_QUEUE
    first, second = newsroom.reporters[:2]
    article = newsroom.publish_article(headline="Ferry strike", slug="ferry-strike")
    # What a publication does to a page's bylines: the old rows go, new ones come.
    ArticleByline.objects.filter(page=article).delete()
    article.bylines.create(author=second)
    article.save_revision().publish()

    run_worker(once=True)

    outcomes = list(DBTaskResult.objects.values_list("task_path", "status"))
    assert outcomes and all(status == TaskResultStatus.SUCCESSFUL for _path, status in outcomes)
    used_by = {ref.object_id for ref in ReferenceIndex.get_references_to(second)}
    assert str(article.pk) in used_by
    assert str(article.pk) not in {ref.object_id for ref in ReferenceIndex.get_references_to(first)}
