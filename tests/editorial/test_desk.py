"""The desk's roles at work: scope by section, review, the two-person rule, no lost edits."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from masthead.articles.models import ArticlePage
from tests.editorial.forms import add_url, article_data, edit_url

pytestmark = pytest.mark.django_db


def as_user(client, user):
    client.force_login(user)
    return client


def draft_by(client, user, newsroom, section=None, **fields):
    """The user writes a draft through the admin and gets it back from the database."""
    section = section or newsroom.politics
    response = as_user(client, user).post(
        add_url(newsroom.archive), article_data(section, **fields)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    slug = fields.get("slug", "council-closes-printing-house")
    return ArticlePage.objects.get(slug=slug)


def submit(client, user, article):
    response = as_user(client, user).post(
        edit_url(article),
        article_data(article.primary_section, action="submit", loaded_from=article),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    return article


def approve(client, user, article):
    task_state = article.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
    return as_user(client, user).post(url, {"comment": ""})


def live(article) -> bool:
    return ArticlePage.objects.get(pk=article.pk).live


def latest(article):
    """The article as its latest saved version has it, read afresh from the database."""
    return ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()


def test_the_migration_creates_every_role():
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Contributors",
        "Reporters",
        "Section editors",
        "Photo editors",
        "Editors in chief",
        "Administrators",
    } <= names
    # Wagtail's defaults publish everywhere; the roles replace them.
    assert not names & {"Editors", "Moderators"}


def test_a_contributor_writes_a_draft_in_their_section_but_cannot_publish_it(
    client, newsroom, desk
):
    article = draft_by(client, desk.contributor, newsroom)
    assert not article.live and article.owner == desk.contributor
    crafted = client.post(
        edit_url(article), article_data(newsroom.politics, action="publish", loaded_from=article)
    )
    assert crafted.status_code in (302, 403)
    assert not live(article)
    assert not article.permissions_for_user(desk.contributor).can_publish()


def test_a_contributor_cannot_file_in_another_section(client, newsroom, desk):
    response = as_user(client, desk.contributor).post(
        add_url(newsroom.archive), article_data(newsroom.culture)
    )
    assert response.status_code == 200
    assert "only in your own sections" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="council-closes-printing-house").exists()


def test_nobody_edits_articles_outside_their_sections(client, newsroom, desk):
    culture_story = newsroom.publish_article(section=newsroom.culture, slug="festival-opens")
    for user in (desk.contributor, desk.politics_editor, desk.photo_editor, desk.administrator):
        as_user(client, user)
        assert client.get(edit_url(culture_story)).status_code in (302, 403)
        response = client.post(
            edit_url(culture_story),
            article_data(newsroom.culture, action="publish", headline="Planted story"),
        )
        assert response.status_code in (302, 403)
    culture_story.refresh_from_db()
    assert latest(culture_story).headline != "Planted story"
    assert as_user(client, desk.culture_editor).get(edit_url(culture_story)).status_code == 200


def test_a_contributor_cannot_move_their_draft_into_another_section(client, newsroom, desk):
    article = draft_by(client, desk.contributor, newsroom)
    response = client.post(edit_url(article), article_data(newsroom.culture, loaded_from=article))
    assert response.status_code == 200
    assert "only in your own sections" in response.content.decode()
    assert latest(article).primary_section == newsroom.politics


def test_desk_review_the_author_cannot_approve_and_the_section_desk_publishes(
    client, newsroom, desk
):
    article = submit(client, desk.contributor, draft_by(client, desk.contributor, newsroom))
    assert article.workflow_in_progress
    assert article.get_workflow().name == "Desk review"

    # The author approving their own work, and an editor of another section: refused.
    assert approve(client, desk.contributor, article).status_code in (302, 403)
    assert approve(client, desk.culture_editor, article).status_code in (302, 403)
    assert not live(article) and article.current_workflow_task_state.status == "in_progress"

    assert approve(client, desk.politics_editor, article).status_code == 302
    assert live(article)


def test_a_section_editor_does_not_approve_their_own_story(client, newsroom, desk):
    article = submit(client, desk.politics_editor, draft_by(client, desk.politics_editor, newsroom))
    approve(client, desk.politics_editor, article)
    assert not live(article)
    approve(client, desk.second_politics_editor, article)
    assert live(article)


def test_a_section_asking_for_the_chief_adds_chief_review(client, newsroom, desk):
    newsroom.news.requires_chief_review = True
    newsroom.news.save_revision().publish()
    article = submit(client, desk.contributor, draft_by(client, desk.contributor, newsroom))
    assert article.get_workflow().name == "Desk and chief review"
    approve(client, desk.politics_editor, article)
    article.refresh_from_db()
    assert not live(article) and article.current_workflow_task.specific.stage == "chief"
    approve(client, desk.politics_editor, article)
    assert not live(article)
    approve(client, desk.chief, article)
    assert live(article)


def test_two_person_rule_on_a_section(client, newsroom, desk):
    newsroom.politics.requires_second_person = True
    newsroom.politics.save_revision().publish()
    article = draft_by(client, desk.politics_editor, newsroom)
    # Publishing directly is refused, even to the editor in chief.
    for user in (desk.politics_editor, desk.chief):
        as_user(client, user).post(
            edit_url(article),
            article_data(newsroom.politics, action="publish", loaded_from=article),
        )
        article.refresh_from_db()
        assert not live(article)
        assert not article.permissions_for_user(user).can_publish()
    article = submit(client, desk.politics_editor, article)
    approve(client, desk.politics_editor, article)
    assert not live(article)
    approve(client, desk.second_politics_editor, article)
    assert live(article)


def test_two_person_rule_a_reviewer_who_rewrites_needs_a_third_person(client, newsroom, desk):
    article = draft_by(client, desk.contributor, newsroom)
    as_user(client, desk.chief).post(
        edit_url(article), article_data(newsroom.politics, loaded_from=article, sensitive="on")
    )
    article = submit(client, desk.contributor, ArticlePage.objects.get(pk=article.pk))
    assert latest(article).sensitive
    # The reviewer changes the text and approves in the same step: refused with a reason, and
    # their text is still in the form.
    rewritten = "Council votes to close the printing house, reversing its pledge"
    response = as_user(client, desk.politics_editor).post(
        edit_url(article),
        article_data(
            newsroom.politics,
            loaded_from=article,
            headline=rewritten,
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200 and "your approval would cover your own changes" in page
    assert rewritten in page and not live(article)
    # Saved as a change, it needs someone who wrote none of it.
    client.post(
        edit_url(article), article_data(newsroom.politics, loaded_from=article, headline=rewritten)
    )
    assert latest(article).headline == rewritten
    approve(client, desk.politics_editor, article)
    assert not live(article)
    approve(client, desk.second_politics_editor, article)
    assert live(article)


def test_two_person_rule_holds_for_a_new_article_and_a_change_of_section(client, newsroom, desk):
    newsroom.culture.requires_second_person = True
    newsroom.culture.save_revision().publish()
    # The chief writes a new article straight into the section, and presses Publish.
    response = as_user(client, desk.chief).post(
        add_url(newsroom.archive), article_data(newsroom.culture, action="publish", slug="new-one")
    )
    assert response.status_code == 200 and "two-person rule" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="new-one", live=True).exists()
    # A draft of the chief's elsewhere, moved into the section in the publishing submission.
    draft = draft_by(client, desk.chief, newsroom, slug="moved-one")
    response = client.post(
        edit_url(draft),
        article_data(newsroom.culture, action="publish", slug="moved-one", loaded_from=draft),
    )
    assert response.status_code == 200 and "two-person rule" in response.content.decode()
    assert not live(draft)


def test_only_the_chief_switches_the_two_person_rule(client, newsroom, desk):
    article = draft_by(client, desk.politics_editor, newsroom)
    client.post(
        edit_url(article),
        article_data(newsroom.politics, loaded_from=article, sensitive="on", standfirst="Edited"),
    )
    assert latest(article).standfirst == "Edited" and not latest(article).sensitive
    article.refresh_from_db()
    as_user(client, desk.chief).post(
        edit_url(article), article_data(newsroom.politics, loaded_from=article, sensitive="on")
    )
    assert latest(article).sensitive


def test_deleting_a_published_article_needs_the_chief(client, newsroom, desk):
    article = newsroom.publish_article(slug="published-story")
    delete_url = reverse("wagtailadmin_pages:delete", args=(article.pk,))
    response = as_user(client, desk.politics_editor).post(delete_url)
    assert response.status_code in (302, 403) and Page.objects.filter(pk=article.pk).exists()
    # Unpublishing first does not open the way round.
    client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    assert not live(article)
    client.post(delete_url)
    assert Page.objects.filter(pk=article.pk).exists()
    as_user(client, desk.chief).post(delete_url)
    # Kept for 30 days, unpublished (tests/editorial/test_trash.py).
    assert not live(article) and Page.objects.filter(pk=article.pk).exists()


def test_a_second_save_from_an_older_version_gets_a_conflict_notice(client, newsroom, desk):
    article = newsroom.publish_article(slug="shared-story", headline="First headline")
    opened = ArticlePage.objects.get(pk=article.pk)  # both editors open this version
    first = as_user(client, desk.politics_editor).post(
        edit_url(article),
        article_data(
            newsroom.politics,
            slug="shared-story",
            headline="The first editor's headline",
            loaded_from=opened,
        ),
    )
    assert first.status_code == 302
    second = as_user(client, desk.second_politics_editor).post(
        edit_url(article),
        article_data(
            newsroom.politics,
            slug="shared-story",
            headline="The second editor's headline",
            loaded_from=opened,
        ),
    )
    html = second.content.decode()
    assert second.status_code == 200 and "after you opened it" in html
    # Nothing lost: the first save stands, the second editor's text is still in their form.
    assert latest(article).headline == "The first editor's headline"
    assert "The second editor&#x27;s headline" in html or "The second editor's headline" in html
    # Saving again, having seen the notice, is a deliberate choice and goes through.
    again = client.post(
        edit_url(article),
        article_data(
            newsroom.politics,
            slug="shared-story",
            headline="The second editor's headline",
            loaded_from=ArticlePage.objects.get(pk=article.pk),
        ),
    )
    assert again.status_code == 302
    assert latest(article).headline == "The second editor's headline"


def test_review_queue_lists_only_the_reviewers_sections(client, newsroom, desk):
    article = submit(client, desk.contributor, draft_by(client, desk.contributor, newsroom))
    task = article.current_workflow_task.specific

    def queue(user):
        return list(task.get_task_states_user_can_moderate(user))

    assert [s.pk for s in queue(desk.politics_editor)] == [article.current_workflow_task_state.pk]
    assert queue(desk.culture_editor) == [] and queue(desk.contributor) == []
    assert len(queue(desk.chief)) == 1
    assert TaskState.objects.reviewable_by(desk.culture_editor).count() == 0


def test_a_reviewer_sees_what_would_change_against_the_live_version(client, newsroom, desk):
    article = newsroom.publish_article(slug="live-story", headline="The live headline")
    article = ArticlePage.objects.get(pk=article.pk)
    as_user(client, desk.politics_editor).post(
        edit_url(article),
        article_data(
            newsroom.politics,
            slug="live-story",
            headline="A corrected headline",
            loaded_from=article,
        ),
    )
    editor_page = client.get(edit_url(article)).content.decode()
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[article.pk, "live", "latest"]
    )
    assert compare_url in editor_page
    diff = client.get(compare_url).content.decode()
    # Word by word: what goes and what comes.
    assert re.search(r'class="deletion">[^<]*\blive\b', diff)
    assert re.search(r'class="addition">[^<]*\bcorrected\b', diff)


def test_a_page_cannot_take_an_address_the_site_answers_itself(client, newsroom, desk):
    url = reverse("wagtailadmin_pages:add", args=("newsroom", "infopage", newsroom.home.pk))
    data = {"title": "Accounts", "slug": "accounts", "body": rich_text("<p>Our accounts.</p>")}
    response = as_user(client, desk.chief).post(url, nested_form_data(data))
    assert response.status_code == 200
    assert "The address /accounts/ is taken by the site itself" in response.content.decode()
    data["slug"] = "annual-accounts"
    assert client.post(url, nested_form_data(data)).status_code == 302


def test_the_desk_assignments_list_reads_its_rows_together(chief_client, newsroom):
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from masthead.editorial.models import DeskAssignment

    index = reverse("masthead_desk_assignments:index")

    def assign(count):
        for n in range(count):
            user = get_user_model().objects.create_user(f"reporter{DeskAssignment.objects.count()}")
            DeskAssignment.objects.create(user=user).sections.set(
                [newsroom.politics, newsroom.culture][: n % 2 + 1]
            )

    def queries_of_the_list():
        with CaptureQueriesContext(connection) as captured:
            response = chief_client.get(index)
        assert response.status_code == 200
        return response.content.decode(), len(captured.captured_queries)

    assign(2)
    _html, with_two = queries_of_the_list()
    assign(6)
    html, with_eight = queries_of_the_list()
    # Not one query more for six more rows (the first request also reads what is cached after).
    assert with_eight <= with_two
    assert html.count("Politics, Culture") == 4 and "reporter7" in html
