"""Who may open each admin URL: the classification the permission matrix checks.

Every admin URL is keyed by its qualified name ("namespace:name"; an unnamed one by its route).
A rule says which roles may get a 2xx from a GET:

- `Allow(roles)`: a URL about no particular object;
- `PerObject(object=roles, ...)`: a URL about an object, tried with each object named (the
  matrix fixture in test_permission_matrix.py builds them);
- `NotExercised(reason)`: a URL the matrix cannot sensibly request.

Write what each role *should* be able to do (the desk's roles, issue "Roles and review"). Where
Wagtail does otherwise and nothing is fixed, the rule says what happens and a `# FINDING:`
comment says why that is not what should be.

The objects: `draft_in` (the contributor's draft in Politics), `in_review` (a Politics draft
under desk review), `scheduled` (the contributor's Politics article, approved by the section
editor to go live in two days),
`live_in` (a published Politics article): all inside the contributor's, the reporter's and the
section editor's sections; `live_out` (a published Culture article): outside them. `section`
(Politics), `archive` (where articles live), `home`: the site's structure. `photo` (nobody's),
`reporter_photo` (uploaded by the reporter), `document`, `upload` (the reporter's unfinished
upload), `collection`, `user` (the contributor), `group` (Contributors), `assignment` (the
contributor's desk assignment), `workflow` ("Desk review"), `task` (its review task),
`redirect`, `site`, `locale`, `editing_session` (the contributor's, on their draft).
"""

from dataclasses import dataclass, field

ANONYMOUS = "anonymous"
NO_GROUP = "no_group"  # signed in, in no group: must get nothing but the public pages
CONTRIBUTOR = "contributor"
REPORTER = "reporter"
SECTION_EDITOR = "section_editor"  # edits News, so Politics too; not Culture
PHOTO_EDITOR = "photo_editor"
CHIEF = "chief"
ADMINISTRATOR = "administrator"
ALL_ROLES = (
    ANONYMOUS,
    NO_GROUP,
    CONTRIBUTOR,
    REPORTER,
    SECTION_EDITOR,
    PHOTO_EDITOR,
    CHIEF,
    ADMINISTRATOR,
)

NOBODY = frozenset()
EVERYONE = frozenset(ALL_ROLES)
SIGNED_OUT = frozenset({ANONYMOUS, NO_GROUP})  # pages for those not (yet) in the admin
STAFF = frozenset({CONTRIBUTOR, REPORTER, SECTION_EDITOR, PHOTO_EDITOR, CHIEF, ADMINISTRATOR})
DESK = frozenset({CONTRIBUTOR, REPORTER, SECTION_EDITOR, CHIEF})  # everyone who writes
EDITORS = frozenset({SECTION_EDITOR, CHIEF})  # review, edit and publish
OWNER_AND_EDITORS = frozenset({CONTRIBUTOR}) | EDITORS  # the draft_in's owner is the contributor
CHIEF_ONLY = frozenset({CHIEF})
ADMIN_ONLY = frozenset({ADMINISTRATOR})
CHIEF_AND_ADMIN = frozenset({CHIEF, ADMINISTRATOR})
PHOTO_CHOOSERS = frozenset({CONTRIBUTOR, REPORTER, SECTION_EDITOR, PHOTO_EDITOR, CHIEF})
PHOTO_UPLOADERS = frozenset({REPORTER, SECTION_EDITOR, PHOTO_EDITOR, CHIEF})
PHOTO_DESK = frozenset({PHOTO_EDITOR, CHIEF})  # every photo, whoever uploaded it
DOCUMENT_CHOOSERS = DESK
DOCUMENT_UPLOADERS = EDITORS


@dataclass(frozen=True)
class Allow:
    roles: frozenset
    args: dict = field(default_factory=dict)

    @property
    def everyone_allowed(self) -> frozenset:
        return self.roles


@dataclass(frozen=True)
class PerObject:
    objects: dict
    args: dict = field(default_factory=dict)

    @property
    def everyone_allowed(self) -> frozenset:
        return frozenset().union(*self.objects.values())


@dataclass(frozen=True)
class NotExercised:
    reason: str


def per_object(args=None, **objects) -> PerObject:
    return PerObject(objects, args or {})


# A page's editing screens: its owner (while a draft) and the editors of its section.
PAGE_SCREEN = per_object(draft_in=OWNER_AND_EDITORS, live_out=CHIEF_ONLY, section=CHIEF_ONLY)
REVISION_SCREEN = per_object(draft_in=OWNER_AND_EDITORS, live_out=CHIEF_ONLY)
REVIEW_SCREEN = per_object(in_review=EDITORS)
# POST-only views: a GET is answered 405 (or a redirect), whoever asks.
POST_ONLY_PAGE = per_object(draft_in=NOBODY, live_out=NOBODY)
PHOTO_SCREEN = per_object(photo=PHOTO_DESK, reporter_photo=frozenset({REPORTER}) | PHOTO_DESK)

URL_CLASSES = {
    # --- Public: the sign-in and password-reset screens, assets, translations.
    # Wagtail's sign-in and password reset know nothing of the second factor: masthead/urls.py
    # sends them to allauth's (/accounts/), which the staff tests in tests/staff/ check.
    "admin/login/": Allow(NOBODY),
    "wagtailadmin_login": Allow(NOBODY),
    "wagtailadmin_password_reset": Allow(NOBODY),
    "wagtailadmin_password_reset_done": Allow(NOBODY),
    "wagtailadmin_password_reset_complete": Allow(NOBODY),
    "wagtailadmin_password_reset_confirm": NotExercised("needs the signed token of a reset mail"),
    "wagtailadmin_sprite": Allow(EVERYONE),
    "wagtailadmin_javascript_catalog": Allow(EVERYONE),
    # --- Every member of staff: the dashboard, their account, the admin's own plumbing.
    "wagtailadmin_home": Allow(STAFF),
    "admin/test404/": Allow(STAFF),  # Wagtail's sample 404 page, behind the sign-in
    "admin/^.*/$": Allow(NOBODY),  # the catch-all: 404 for staff, sign-in for others
    "wagtailadmin_error_test": NotExercised("raises on purpose, to test error reporting"),
    "wagtailadmin_account": Allow(STAFF),
    "wagtailadmin_logout": Allow(NOBODY),  # logs out and redirects
    "wagtailadmin_dismissibles": Allow(STAFF),
    "wagtailadmin_tag_autocomplete": Allow(STAFF),
    # 404 for every model: none of Masthead's has its own tag model.
    "wagtailadmin_tag_model_autocomplete": Allow(
        NOBODY, args={"app_name": "photos", "model_name": "photo"}
    ),
    "wagtailadmin_block_preview": Allow(NOBODY),  # 400 without a block to preview
    "wagtailadmin_editing_sessions:ping": per_object(draft_in=NOBODY),  # POST only
    "wagtailadmin_editing_sessions:release": per_object(editing_session=NOBODY),  # POST only
    # --- The page tree. The desk's page permissions are granted on the root and narrowed by
    # section in masthead.editorial.permissions, browsing included: the explorer, the search,
    # the reports and the admin API list only articles of the user's sections (their titles
    # are tested in tests/editorial/test_browsing_scope.py; these URLs answer 200 with less).
    "wagtailadmin_explore_root": Allow(DESK),
    "wagtailadmin_explore": per_object(archive=DESK, section=DESK),
    "wagtailadmin_explore_results": per_object(archive=DESK, section=DESK),
    "wagtailadmin_pages:search": Allow(DESK),
    "wagtailadmin_pages:search_results": Allow(DESK),
    "wagtailadmin_pages:type_use": Allow(DESK),
    "wagtailadmin_pages:type_use_results": Allow(DESK),
    "wagtailadmin_api:pages:listing": Allow(STAFF),  # lists only what the user may browse
    "wagtailadmin_api:pages:detail": per_object(draft_in=DESK, live_out=CHIEF_ONLY),
    "wagtailadmin_api:pages:find": Allow(NOBODY),  # needs a path to find
    "wagtailadmin_api:pages:action": per_object(draft_in=NOBODY),  # POST only
    "wagtailadmin_choose_page": Allow(STAFF),  # live pages of every section; own drafts
    "wagtailadmin_choose_page_child": per_object(archive=STAFF),
    "wagtailadmin_choose_page_search": Allow(STAFF),
    "wagtailadmin_choose_page_chosen_multiple": Allow(STAFF),
    "wagtailadmin_choose_page_external_link": Allow(STAFF),  # forms with no data in them
    "wagtailadmin_choose_page_email_link": Allow(STAFF),
    "wagtailadmin_choose_page_phone_link": Allow(STAFF),
    "wagtailadmin_choose_page_anchor_link": Allow(STAFF),
    # --- Writing: new articles go under the archive, in the writer's sections (the form
    # checks the section); the structure (home, sections) is the chief's.
    "wagtailadmin_pages:add": per_object(archive=DESK, home=NOBODY),  # no articles under home
    "wagtailadmin_pages:preview_on_add": per_object(archive=DESK, home=CHIEF_ONLY),
    "wagtailadmin_pages:add_subpage": per_object(archive=NOBODY, home=CHIEF_ONLY),
    # Those who may add an article are sent straight to the one place articles go.
    # FINDING (minor): photo editors and administrators get an empty "choose a parent" form
    # instead of a refusal; choosing a parent then fails, as they may not add pages.
    "wagtailadmin_pages:choose_parent": Allow(
        frozenset({PHOTO_EDITOR, ADMINISTRATOR}),
        args={"app_label": "articles", "model_name": "articlepage"},
    ),
    "wagtailadmin_pages:edit": PAGE_SCREEN,
    "wagtailadmin_pages:preview_on_edit": PAGE_SCREEN,
    "wagtailadmin_pages:view_draft": PAGE_SCREEN,
    "wagtailadmin_pages:usage": PAGE_SCREEN,
    "wagtailadmin_pages:history": PAGE_SCREEN,
    "wagtailadmin_pages:history_results": PAGE_SCREEN,
    "wagtailadmin_pages:workflow_history": PAGE_SCREEN,
    "wagtailadmin_pages:copy": PAGE_SCREEN,
    "wagtailadmin_pages:revisions_index": per_object(draft_in=NOBODY),  # redirects to history
    "wagtailadmin_pages:revisions_view": REVISION_SCREEN,
    "wagtailadmin_pages:revisions_revert": REVISION_SCREEN,
    "wagtailadmin_pages:revisions_compare": REVISION_SCREEN,
    "wagtailadmin_pages:convert_alias": per_object(draft_in=NOBODY),  # not an alias: 404
    # A writer may throw away their own draft; a published article is the chief's to delete.
    "wagtailadmin_pages:delete": per_object(
        draft_in=OWNER_AND_EDITORS,
        scheduled=EDITORS,  # its writer no longer: approved to go live is the desk's call
        live_in=CHIEF_ONLY,
        live_out=CHIEF_ONLY,
        section=CHIEF_ONLY,
    ),
    "wagtailadmin_pages:unpublish": per_object(
        live_in=EDITORS, live_out=CHIEF_ONLY, home=CHIEF_ONLY
    ),
    "wagtailadmin_pages:set_privacy": per_object(draft_in=EDITORS, live_out=CHIEF_ONLY),
    "wagtailadmin_pages:lock": POST_ONLY_PAGE,
    "wagtailadmin_pages:unlock": POST_ONLY_PAGE,
    "wagtail_bulk_action": Allow(
        NOBODY, args={"app_label": "wagtailcore", "model_name": "page"}
    ),  # asks for the pages it acts on; none given: refused
    # Moving: articles are filed by section, not by place in the tree; only the chief moves.
    "wagtailadmin_pages:move": per_object(draft_in=CHIEF_ONLY, live_out=CHIEF_ONLY),
    # Wagtail asks "move this page here?" without checking; editorial/permissions.py refuses it.
    "wagtailadmin_pages:move_confirm": per_object(draft_in=CHIEF_ONLY, live_out=CHIEF_ONLY),
    "wagtailadmin_pages:set_page_position": POST_ONLY_PAGE,
    # --- Review: the desk of the article's section; the chief everywhere.
    "wagtailadmin_pages:workflow_action": REVIEW_SCREEN,
    "wagtailadmin_pages:collect_workflow_action_data": REVIEW_SCREEN,
    "wagtailadmin_pages:workflow_preview": REVIEW_SCREEN,
    "wagtailadmin_pages:workflow_history_detail": per_object(in_review=OWNER_AND_EDITORS),
    # Wagtail asks "cancel the review?" without checking; only publishers get the question
    # (editorial/permissions.py).
    "wagtailadmin_pages:confirm_workflow_cancellation": per_object(in_review=EDITORS),
    "wagtailadmin_pages:revisions_unschedule": per_object(scheduled=EDITORS, live_out=CHIEF_ONLY),
    "wagtailadmin_reports:workflow": Allow(DESK),  # their sections only
    "wagtailadmin_reports:workflow_results": Allow(DESK),
    "wagtailadmin_reports:workflow_tasks": Allow(DESK),
    "wagtailadmin_reports:workflow_tasks_results": Allow(DESK),
    "wagtailadmin_reports:locked_pages": Allow(EDITORS),
    "wagtailadmin_reports:locked_pages_results": Allow(EDITORS),
    "wagtailadmin_reports:aging_pages": Allow(DESK),
    "wagtailadmin_reports:aging_pages_results": Allow(DESK),
    "wagtailadmin_reports:page_types_usage": Allow(DESK),
    "wagtailadmin_reports:page_types_usage_results": Allow(DESK),
    # Each sees the history of what they hold a permission on (the desk: every page).
    "wagtailadmin_reports:site_history": Allow(STAFF),
    "wagtailadmin_reports:site_history_results": Allow(STAFF),
    # --- Translations: those who may start one (reporters, section editors, the chief) see
    # the report, within their sections; "Translate" also needs the right to edit the article.
    "masthead_translations:index": Allow(frozenset({REPORTER}) | EDITORS),
    "simple_translation:submit_page_translation": per_object(
        draft_in=EDITORS, live_in=EDITORS, live_out=CHIEF_ONLY, home=CHIEF_ONLY
    ),
    # Masthead has no translatable snippets: a photo is not one (404).
    "simple_translation:submit_snippet_translation": per_object(
        photo=NOBODY, args={"app_label": "photos", "model_name": "photo"}
    ),
    # --- The public site and the publication's settings: the chief (and the admin rebakes).
    "masthead_baking:state": Allow(CHIEF_AND_ADMIN),
    "masthead_baking:rebake_site": Allow(NOBODY),  # POST only
    "masthead_baking:rebake_page": per_object(live_in=NOBODY),  # POST only
    "wagtailsettings:edit": per_object(
        site=CHIEF_ONLY, args={"app_name": "newsroom", "model_name": "newsroomsettings"}
    ),
    "wagtailsettings:preview_on_edit": per_object(
        site=NOBODY, args={"app_name": "newsroom", "model_name": "newsroomsettings"}
    ),  # the settings have no preview
    "wagtailredirects:index": Allow(CHIEF_ONLY),
    "wagtailredirects:index_results": Allow(CHIEF_ONLY),
    "wagtailredirects:add": Allow(CHIEF_ONLY),
    "wagtailredirects:edit": per_object(redirect=CHIEF_ONLY),
    "wagtailredirects:delete": per_object(redirect=CHIEF_ONLY),
    "wagtailredirects:start_import": Allow(CHIEF_ONLY),
    "wagtailredirects:process_import": Allow(NOBODY),  # POST only
    "wagtailsnippets:index": Allow(NOBODY),  # Masthead registers no snippets
    # --- Photos: reporters and section editors manage their own; the photo desk and the
    # chief every photo (credits included). Everyone who writes may choose one.
    "wagtailimages:index": Allow(PHOTO_UPLOADERS),
    "wagtailimages:index_results": Allow(PHOTO_UPLOADERS),
    "wagtailimages:add": Allow(PHOTO_UPLOADERS),
    "wagtailimages:add_multiple": Allow(PHOTO_UPLOADERS),
    "wagtailimages:edit": PHOTO_SCREEN,
    "wagtailimages:delete": PHOTO_SCREEN,
    "wagtailimages:preview": PHOTO_SCREEN,
    "wagtailimages:image_usage": PHOTO_SCREEN,
    "wagtailimages:url_generator": per_object(photo=NOBODY),  # dynamic serving is off
    "wagtailimages:url_generator_output": per_object(photo=NOBODY),
    "wagtailimages:edit_multiple": per_object(reporter_photo=NOBODY),  # POST only
    "wagtailimages:delete_multiple": per_object(reporter_photo=NOBODY),  # POST only
    "wagtailimages:create_multiple_from_uploaded_image": per_object(upload=NOBODY),  # POST
    "wagtailimages:delete_upload_multiple": per_object(upload=NOBODY),  # POST only
    "wagtailimages_chooser:choose": Allow(STAFF),  # lists only what each may choose
    "wagtailimages_chooser:choose_results": Allow(STAFF),
    "wagtailimages_chooser:chosen_multiple": Allow(STAFF),
    "wagtailimages_chooser:chosen": per_object(photo=PHOTO_CHOOSERS, reporter_photo=PHOTO_CHOOSERS),
    "wagtailimages_chooser:select_format": per_object(photo=PHOTO_CHOOSERS),
    "wagtailimages_chooser:create": Allow(PHOTO_UPLOADERS),
    # FINDING (minor): the admin API lists every photo's and document's title and file to all
    # staff, the administrator included, who holds no photo or document permission.
    "wagtailadmin_api:images:listing": Allow(STAFF),
    "wagtailadmin_api:images:detail": per_object(photo=STAFF),
    "wagtailadmin_api:images:find": Allow(NOBODY),
    # --- Documents: section editors add them, the chief manages them, writers choose them.
    "wagtaildocs:index": Allow(DOCUMENT_UPLOADERS),
    "wagtaildocs:index_results": Allow(DOCUMENT_UPLOADERS),
    "wagtaildocs:add": Allow(DOCUMENT_UPLOADERS),
    "wagtaildocs:add_multiple": Allow(DOCUMENT_UPLOADERS),
    "wagtaildocs:edit": per_object(document=CHIEF_ONLY),
    "wagtaildocs:delete": per_object(document=CHIEF_ONLY),
    "wagtaildocs:document_usage": per_object(document=CHIEF_ONLY),
    "wagtaildocs:edit_multiple": per_object(document=NOBODY),  # POST only
    "wagtaildocs:delete_multiple": per_object(document=NOBODY),  # POST only
    "wagtaildocs:create_multiple_from_uploaded_document": per_object(upload=NOBODY),  # POST
    "wagtaildocs:delete_upload_multiple": per_object(upload=NOBODY),  # POST only
    "wagtaildocs_chooser:choose": Allow(STAFF),  # lists only what each may choose
    "wagtaildocs_chooser:choose_results": Allow(STAFF),
    "wagtaildocs_chooser:chosen_multiple": Allow(STAFF),
    "wagtaildocs_chooser:chosen": per_object(document=DOCUMENT_CHOOSERS),
    "wagtaildocs_chooser:create": Allow(DOCUMENT_UPLOADERS),
    "wagtailadmin_api:documents:listing": Allow(STAFF),  # FINDING: see the photos' API
    "wagtailadmin_api:documents:detail": per_object(document=STAFF),
    "wagtailadmin_api:documents:find": Allow(NOBODY),
    # Collections: nobody holds a collection permission; everything is in the root.
    "wagtailadmin_collections:index": Allow(NOBODY),
    "wagtailadmin_collections:add": Allow(NOBODY),
    "wagtailadmin_collections:edit": per_object(collection=NOBODY),
    "wagtailadmin_collections:delete": per_object(collection=NOBODY),
    "wagtailadmin_collections:set_privacy": per_object(collection=NOBODY),
    # --- Who works where: the chief and the administrator.
    # --- Preview links of a page: whoever may edit it; revoking is POST only.
    "masthead_preview_links:index": PAGE_SCREEN,
    "masthead_preview_links:revoke": per_object(draft_in=NOBODY, args={"link_id": 1}),
    # --- Deleted articles: the chief, who alone deletes published ones; restoring is POST only.
    "masthead_deleted_articles:index": Allow(CHIEF_ONLY),
    "masthead_deleted_articles:restore": per_object(live_in=NOBODY),
    # --- A colleague's sessions: those who administer users.
    "masthead_staff:sessions": per_object(user=ADMIN_ONLY),
    "masthead_desk_assignments:index": Allow(CHIEF_AND_ADMIN),
    "masthead_desk_assignments:index_results": Allow(CHIEF_AND_ADMIN),
    "masthead_desk_assignments:add": Allow(CHIEF_AND_ADMIN),
    "masthead_desk_assignments:edit": per_object(assignment=CHIEF_AND_ADMIN),
    "masthead_desk_assignments:delete": per_object(assignment=CHIEF_AND_ADMIN),
    "masthead_desk_assignments:history": per_object(assignment=CHIEF_AND_ADMIN),
    "masthead_desk_assignments:history_results": per_object(assignment=CHIEF_AND_ADMIN),
    "masthead_desk_assignments:usage": per_object(assignment=CHIEF_AND_ADMIN),
    "masthead_desk_assignments:copy": per_object(assignment=CHIEF_AND_ADMIN),
    # --- The system: users, groups, sites, workflows; the administrator's.
    "wagtailusers_users:index": Allow(ADMIN_ONLY),
    "wagtailusers_users:index_results": Allow(ADMIN_ONLY),
    "wagtailusers_users:add": Allow(ADMIN_ONLY),
    "wagtailusers_users:edit": per_object(user=ADMIN_ONLY),
    "wagtailusers_users:delete": per_object(user=ADMIN_ONLY),
    "wagtailusers_users:history": per_object(user=ADMIN_ONLY),
    "wagtailusers_users:history_results": per_object(user=ADMIN_ONLY),
    "wagtailusers_users:usage": per_object(user=ADMIN_ONLY),
    "wagtailusers_users:copy": per_object(user=ADMIN_ONLY),
    "wagtailusers_groups:index": Allow(ADMIN_ONLY),
    "wagtailusers_groups:index_results": Allow(ADMIN_ONLY),
    "wagtailusers_groups:add": Allow(ADMIN_ONLY),
    "wagtailusers_groups:edit": per_object(group=ADMIN_ONLY),
    "wagtailusers_groups:delete": per_object(group=ADMIN_ONLY),
    "wagtailusers_groups:history": per_object(group=ADMIN_ONLY),
    "wagtailusers_groups:history_results": per_object(group=ADMIN_ONLY),
    "wagtailusers_groups:usage": per_object(group=ADMIN_ONLY),
    "wagtailsites:index": Allow(ADMIN_ONLY),
    "wagtailsites:index_results": Allow(ADMIN_ONLY),
    "wagtailsites:add": Allow(ADMIN_ONLY),
    "wagtailsites:edit": per_object(site=ADMIN_ONLY),
    "wagtailsites:delete": per_object(site=NOBODY),  # nobody holds delete_site
    "wagtailsites:history": per_object(site=ADMIN_ONLY),
    "wagtailsites:history_results": per_object(site=ADMIN_ONLY),
    "wagtailsites:usage": per_object(site=ADMIN_ONLY),
    "wagtailsites:copy": per_object(site=ADMIN_ONLY),
    # Locales: nobody holds a locale permission (the two editions are set up by migration).
    "wagtaillocales:index": Allow(NOBODY),
    "wagtaillocales:index_results": Allow(NOBODY),
    "wagtaillocales:add": Allow(NOBODY),
    "wagtaillocales:edit": per_object(locale=NOBODY),
    "wagtaillocales:delete": per_object(locale=NOBODY),
    "wagtaillocales:history": per_object(locale=NOBODY),
    "wagtaillocales:history_results": per_object(locale=NOBODY),
    "wagtaillocales:usage": per_object(locale=NOBODY),
    "wagtailadmin_workflows:index": Allow(ADMIN_ONLY),
    "wagtailadmin_workflows:index_results": Allow(ADMIN_ONLY),
    "wagtailadmin_workflows:add": Allow(ADMIN_ONLY),
    "wagtailadmin_workflows:edit": per_object(workflow=ADMIN_ONLY),
    # Wagtail lists a workflow's pages only to those holding a page permission.
    "wagtailadmin_workflows:usage": per_object(workflow=NOBODY),
    "wagtailadmin_workflows:usage_results": per_object(workflow=NOBODY),
    "wagtailadmin_workflows:enable": per_object(workflow=NOBODY),  # POST only
    "wagtailadmin_workflows:disable": per_object(workflow=NOBODY),  # needs delete_workflow
    "wagtailadmin_workflows:remove": per_object(home=NOBODY),  # POST only
    "wagtailadmin_workflows:select_task_type": Allow(ADMIN_ONLY),
    "wagtailadmin_workflows:add_task": Allow(
        ADMIN_ONLY, args={"app_label": "editorial", "model_name": "reviewtask"}
    ),
    "wagtailadmin_workflows:task_index": Allow(ADMIN_ONLY),
    "wagtailadmin_workflows:task_index_results": Allow(ADMIN_ONLY),
    "wagtailadmin_workflows:edit_task": per_object(task=ADMIN_ONLY),
    "wagtailadmin_workflows:disable_task": per_object(task=NOBODY),  # needs delete_task
    "wagtailadmin_workflows:enable_task": per_object(task=NOBODY),  # POST only
    # The task chooser lists the active tasks' names to all staff; creating one from it
    # needs the add_task permission, which only the administrator holds.
    "wagtailadmin_workflows:task_chooser": Allow(STAFF),
    "wagtailadmin_workflows:task_chooser_results": Allow(STAFF),
    "wagtailadmin_workflows:task_chooser_create": Allow(STAFF),
    "wagtailadmin_workflows:task_chosen": Allow(STAFF),
}
