"""What staff can browse: only their sections' articles, and no deleted ones.

The permission matrix checks status codes; a listing answers 200 whatever it lists, so these
tests read the titles on the screens instead.
"""

import pytest
from django.urls import reverse

from masthead.editorial.trash import trash_article

CULTURE_DRAFT = "Embargoed opera casting scoop"
POLITICS_DRAFT = "Coalition talks draft"
DELETED_STORY = "Retracted council story"


@pytest.fixture
def stories(newsroom, desk):
    culture = newsroom.publish_article(headline=CULTURE_DRAFT, section=newsroom.culture)
    culture.unpublish()
    politics = newsroom.publish_article(headline=POLITICS_DRAFT, section=newsroom.politics)
    politics.unpublish()
    deleted = newsroom.publish_article(headline=DELETED_STORY, section=newsroom.politics)
    trash_article(deleted, desk.chief)
    return culture, politics, deleted


def screens(newsroom) -> dict[str, str]:
    """Every admin screen that lists pages, by what an editor would call it."""
    return {
        "explorer": reverse("wagtailadmin_explore", args=[newsroom.archive.pk]),
        "admin search": reverse("wagtailadmin_pages:search") + "?q=draft+story+scoop",
        "admin API": reverse("wagtailadmin_api:pages:listing") + f"?child_of={newsroom.archive.pk}",
        "page chooser": reverse("wagtailadmin_choose_page_child", args=[newsroom.archive.pk]),
        "site history": reverse("wagtailadmin_reports:site_history"),
    }


def titles_seen(client, user, newsroom) -> dict[str, set[str]]:
    client.force_login(user)
    seen = {}
    for name, url in screens(newsroom).items():
        response = client.get(url)
        assert response.status_code == 200, f"{name}: {response.status_code}"
        text = response.content.decode()
        seen[name] = {
            title for title in (CULTURE_DRAFT, POLITICS_DRAFT, DELETED_STORY) if title in text
        }
    return seen


def test_a_contributor_browses_only_their_sections_drafts(client, newsroom, desk, stories):
    seen = titles_seen(client, desk.contributor, newsroom)

    for screen, titles in seen.items():
        assert CULTURE_DRAFT not in titles, f"another section's draft in the {screen}"
        assert DELETED_STORY not in titles, f"a deleted article in the {screen}"
    assert POLITICS_DRAFT in seen["explorer"]
    assert POLITICS_DRAFT in seen["page chooser"]


def test_the_culture_desk_does_not_see_the_politics_drafts(client, newsroom, desk, stories):
    seen = titles_seen(client, desk.culture_editor, newsroom)

    assert CULTURE_DRAFT in seen["explorer"]
    for screen, titles in seen.items():
        assert POLITICS_DRAFT not in titles, f"another section's draft in the {screen}"


def test_the_chief_browses_every_section_but_finds_deleted_articles_in_the_trash_only(
    client, newsroom, desk, stories
):
    seen = titles_seen(client, desk.chief, newsroom)

    assert {CULTURE_DRAFT, POLITICS_DRAFT} <= seen["explorer"]
    assert DELETED_STORY not in seen["explorer"]
    trash = client.get(reverse("masthead_deleted_articles:index"))
    assert DELETED_STORY in trash.content.decode()


def test_a_live_article_of_another_section_can_still_be_linked(client, newsroom, desk):
    newsroom.publish_article(headline="Opera season opens", section=newsroom.culture)
    client.force_login(desk.contributor)

    chooser = client.get(reverse("wagtailadmin_choose_page_child", args=[newsroom.archive.pk]))

    assert "Opera season opens" in chooser.content.decode()


def test_the_api_refuses_another_sections_draft_by_its_id(client, newsroom, desk, stories):
    culture, politics, _deleted = stories
    client.force_login(desk.contributor)

    assert client.get(api_detail(politics)).status_code == 200
    assert client.get(api_detail(culture)).status_code == 404


def api_detail(page) -> str:
    return reverse("wagtailadmin_api:pages:detail", args=[page.pk])
