"""Round 6's blind blog markups of writer C (blogger_contempo, dotclear_ductile, generatepress) on the
evaluation web: every source renders, its pages answer, all the model's text is on the post page (comments
in order), the listing's pagination reaches every post, feeds and sitemaps parse, hostile text is escaped
and output deterministic."""
from __future__ import annotations

from importlib import import_module

import pytest

from tests.test_blindmarkup2_blogs import (assert_feeds_and_listing, assert_hostile_blog_escaped, assert_pages_answer,
                                           assert_permalinks_vary, assert_posts_hold_their_text)

MARKUPS = ("blogger_contempo", "dotclear_ductile", "generatepress")
# the listing's link to the next page, per markup
NEXT = {"blogger_contempo": r'<a class="blog-pager-older-link flat-button ripple" href="([^"]+)"',
        "dotclear_ductile": r'<a href="([^"]+)" class="prev">&#171; billets précédents</a>',
        "generatepress": r'<a class="next page-numbers" href="([^"]+)">'}


@pytest.fixture(scope="module")
def web():
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind3")


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_source_renders_with_all_its_text(web, markup):
    assert_posts_hold_their_text(web, markup, import_module(f"sectorweb.families.{markup}").comment_anchor)


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_page_answers_and_xml_parses(web, markup):
    assert_pages_answer(web, markup, lambda path: True)


@pytest.mark.parametrize("markup", MARKUPS)
def test_feed_sitemap_parse_and_listing_reaches_every_post(web, markup):
    assert_feeds_and_listing(web, markup, NEXT[markup], entities=("&amp;", "&#038;"), sitemap_required=False)


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_output_deterministic(markup):
    assert_hostile_blog_escaped(markup)


@pytest.mark.parametrize("markup", [m for m in MARKUPS if m != "blogger_contempo"])  # Blogger has one shape
def test_permalink_settings_vary_by_host(markup):
    assert_permalinks_vary(markup)

