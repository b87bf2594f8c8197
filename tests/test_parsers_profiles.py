"""Links to members' profiles and lists of members are no audit's pages: a Question2Answer forum's 25 profile
pages (`./?qa=user&qa_1=Pascal77`, reached from `./?qa=users`) took a third of its crawl budget on round 10's
draw once its feed no longer filled it first."""
from __future__ import annotations

import pytest

from spiders.parsers.common import Page
from spiders.parsers.links import PROFILE, content_links

F = "http://forum.example"


@pytest.mark.parametrize("url, profile", [
    (f"{F}/?qa=user&qa_1=Pascal77", True),  # Question2Answer, addresses not rewritten
    (f"{F}/?qa=users", True),
    (f"{F}/user/Pascal77", True),  # rewritten
    (f"{F}/index.php?action=profile;u=12", True),  # SMF
    (f"{F}/memberlist.php?mode=viewprofile&u=2", True),  # phpBB
    (f"{F}/?qa=581&qa_1=guide-utilisateur", False),  # a question whose title says "user"
    (f"{F}/?qa=questions&qa_1=epargne", False),
    (f"{F}/index.php?action=forum", False),
    (f"{F}/?p=12", False),
])
def test_profiles_by_path_or_by_query(url, profile):
    assert bool(PROFILE.search(url)) is profile


def test_a_homes_content_links_leave_out_members_and_feeds():
    html = """<html><body><main>
      <a href="./?qa=questions">Questions</a> <a href="./?qa=users">Membres</a>
      <a href="./?qa=581&amp;qa_1=comment-faire">Comment faire ?</a> par <a href="./?qa=user&amp;qa_1=Nono">Nono</a>
      <a href="./?qa=feed&amp;qa_1=qa.rss">Flux</a>
    </main></body></html>"""
    page = Page.load(f"{F}/", html)
    assert content_links(page) == [f"{F}/?qa=questions", f"{F}/?qa=581&qa_1=comment-faire"]
