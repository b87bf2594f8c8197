"""spiders.parsers.contract.to_page_object: the contract's page object."""
import json
from pathlib import Path

from spiders.parsers import parse_page
from spiders.parsers.contract import to_page_object
from spiders.parsers.model import ForumPost, ParsedPage

HTML = Path(__file__).parent / "fixtures" / "html"
KEYS = {"id", "url", "page_type", "title", "author", "published", "text", "posts", "comments", "links", "language"}


def test_article_object():
    url = "https://patrimoine-et-vous.fr/2025/03/04/assurance-vie-2025/"
    obj = to_page_object(parse_page(url, (HTML / "wordpress" / "post.html").read_bytes()), id="wp-42")
    assert set(obj) == KEYS
    assert (obj["id"], obj["url"], obj["page_type"]) == ("wp-42", url, "article")
    assert (obj["title"], obj["author"], obj["published"]) == (
        "Assurance-vie : ce qui change en 2025", "Claire Martin", "2025-03-04T09:12:00+01:00")
    assert obj["language"] == "fr"
    assert obj["posts"] == []
    assert obj["comments"][0] == {
        "author": "Julien D.", "published": "2025-03-04T10:15:00+01:00",
        "text": "Merci pour cet article. J’ai comparé plusieurs contrats sur ce comparateur.\nDeuxième paragraphe du commentaire.",
        "links": ["https://www.comparateur-assurance.example/av?type=multisupport&tri=frais"],
    }
    assert len(obj["comments"]) == 4
    assert obj["links"][0] == "https://www.franceassureurs.fr/chiffres/"
    json.dumps(obj)  # plain JSON types only


def test_forum_thread_object():
    url = "https://forum-patrimoine.example/viewtopic.php?t=15"
    obj = to_page_object(parse_page(url, (HTML / "phpbb" / "viewtopic.html").read_bytes()))
    assert obj["id"] is None
    assert obj["page_type"] == "forum_thread"
    assert [p["author"] for p in obj["posts"]] == ["Epargnant42", "Rentier67", "Nina"]
    assert obj["posts"][1] == {"author": "Rentier67", "published": "2025-03-04T10:05:00+00:00",
                               "text": "Tout dépend de votre tranche marginale d'imposition. Voir le guide officiel du PER."}
    assert obj["text"] == "\n\n".join(p["text"] for p in obj["posts"])
    assert obj["comments"] == []


def test_text_of_a_thread_is_built_from_posts():
    parsed = ParsedPage(url="https://f.example/t", page_type="forum_thread",
                        posts=[ForumPost(text="Un."), ForumPost(text=""), ForumPost(text="Deux.")])
    assert to_page_object(parsed)["text"] == "Un.\n\nDeux."


def test_language_from_words_when_the_page_does_not_say():
    fr = parse_page("https://x.example/", "<html><body><p>Le taux du livret est en baisse et les épargnants sont "
                                          "inquiets pour leur épargne de précaution dans les banques.</p></body></html>")
    en = parse_page("https://x.example/", "<html><body><p>The rate of the savings account is going down and savers "
                                          "are worried about the money they keep in the bank.</p></body></html>")
    assert to_page_object(fr)["language"] == "fr"
    assert to_page_object(en)["language"] == "en"
    assert to_page_object(ParsedPage(url="https://x.example/"))["language"] is None
