"""Forum engines other than phpBB and FluxBB: one table of markup per engine, one extractor.

Each engine renders a thread as a list of post blocks, each with an author, a date, a body
and, inside the body, quotes of earlier posts. `FAMILIES` names, per engine, how to detect
its pages and where those parts are; `parse` turns any of them into a forum_thread page with
one ForumPost per message (own words apart from quotes), or a listing for board pages.

The table below is the spec of what each engine's markup looks like (docs/markup-families.md
covers the families the demo web renders; these engines are not in the demo web yet).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from .dates import parse_date
from .links import links_in, pager_links
from .maintext import listing_text
from .model import ForumPost, Navigation, ParsedPage
from .names import site_name
from .page import Page
from .posts import fill_thread
from .phpbb import SIGNATURE_RULE
from .pubdates import date_of
from .selection import css, first, first_attr, first_of, inside, meta
from .threads import PAGE_STRIDE, quote_lead
from .text import inline_text, node_text, norm_ws
from .urls import abs_url, site_host, uniq


@dataclass(frozen=True)
class Family:
    """Where one forum engine puts a thread's parts (CSS selectors, first match wins)."""

    name: str
    posts: str  # one node per message
    body: str  # the message text, inside a post node
    author: str = ""
    date: str = ""
    quotes: str = ""  # quotes of other messages, inside the body
    cites: str = ""  # "X said:" headers, inside a quote
    drop: str = ""  # other nodes of the body that are not the poster's words
    edits: str = ""  # "last edited" notes: their dates are not the post's
    position: str = ""  # a node whose text (or id) holds the post number
    title: str = "h1"
    author_attr: str = ""  # attribute of the post node holding the author's name
    boards: str = ""  # links to boards, on any page
    threads: str = ""  # links to threads, on any page
    listing_rows: str = ""  # topic rows of a board page
    thread_path: str = ""  # regex of a thread's URL path
    page_offset: str = ""  # regex of a thread page's URL whose group 1 counts the messages before the page
    position_class: str = ""  # regex of a post node's class attribute whose group 1 is the post number
    header_before: str = ""  # a header printed just before the post node (not inside it) holding its date
    id_class: str = ""  # regex of a post node's class attribute whose group 1 is the post id
    page_number: str = ""  # regex of a thread page's URL whose group 1 is its page number (page size unknown)
    date_after: bool = False  # the date is the text after the date node's last element (its subject or name)
    # which of nested post nodes are messages: "outer" (a quoted post inside one is not), "inner" (wrappers
    # share the post class: vBulletin 5, Discourse 3.x's one item per topic), "all" (wpForo's threaded replies)
    nesting: str = "outer"


SIGNATURES = (".signature, .message-signature, .postsignature, [data-role='memberSignature'], .post-signature-block,"
              " .signature_div, .sig-content, .post-signature, .wpforo-post-signature, .ksig")


def _leading_text(el) -> str:
    """An element's text before its first child, or after a first <br> (subSilver's `<br />_____<br />`)."""
    if (el.text or "").strip() or not len(el) or el[0].tag != "br":
        return el.text or ""
    return el[0].tail or ""


def signature_links(page: Page) -> list[str]:
    """Links of the members' signatures on a thread page (phpBB, vBulletin, XenForo, SMF, MyBB, FluxBB,
    Invision; the "_____" rule that opens one in vBulletin 3 and phpBB's subSilver): a member's own site,
    never the forum's nor the post's."""
    ruled = [el for el in page.tree.iter("div", "span", "td") if SIGNATURE_RULE.match(_leading_text(el))]
    boxes = css(page.tree, SIGNATURES) + ruled
    return uniq(u for box in boxes for u in links_in(page, box))


FAMILIES: dict[str, Family] = {
    # Discourse: the server-rendered (crawler / no-JS) view, then the Ember view's markup. The crawler
    # view of 2017-2020 (app/views/topics/show.html.erb) has no .crawler-post: one
    # DiscussionForumPosting item per post: div.creator > a > b[itemprop=author], div.post[itemprop=articleBody].
    # Since 3.x one DiscussionForumPosting holds the whole topic: the innermost blocks are the posts.
    "discourse": Family(
        name="discourse",
        nesting="inner",
        posts="div.crawler-post, article[data-post-id], div.topic-post article,"
              " div[itemtype$='DiscussionForumPosting'], div[itemtype$='DiscussionForumPosting/']",
        body="div.post[itemprop='text'], div.post[itemprop='articleBody'], div.cooked, .post",
        author=".creator [itemprop='name'], .creator [itemprop='author'], .creator a, .names .username a,"
               " .names a, [itemprop='author'] [itemprop='name']",
        date="time.post-time, .crawler-post-infos time, .creator time, .post-date [data-time], .relative-date",
        quotes="aside.quote, aside.onebox blockquote", cites=".title",
        # A link preview (onebox) keeps its title, as a plain link would read; its site line, fetched
        # description and metadata are the linked page's words, not the poster's.
        drop=".quote-controls, .lightbox-wrapper .meta, .cooked-selection-barrier, .post-likes,"
             " aside.onebox header.source, aside.onebox .onebox-body p, aside.onebox .onebox-metadata,"
             " aside.onebox .github-info, aside.onebox .github-body-container, aside.onebox .date",
        position="[itemprop='position']",
        title="#topic-title h1, h1 a.fancy-title, h1",
        threads="a.raw-topic-link, .topic-list a.title, a[href*='/t/']",
        boards="a[href*='/c/']",
        listing_rows="tr.topic-list-item",
        thread_path=r"^/t/[^/]+/\d+",
    ),
    # XenForo 2 (article.message--post) and XenForo 1 (li.message in ol#messageList).
    "xenforo": Family(
        name="xenforo",
        posts="article.message--post, div.MessageCard.js-post, div.MessageCard[id^='js-post'], article.message[data-author],"
              " ol#messageList > li.message",
        body="article.message-body .bbWrapper, .message-body .bbWrapper, .bbWrapper, blockquote.messageText, .messageText",
        author=".message-name .username, .message-userDetails .username, .MessageCard__user-info .username,"
               " a.MessageCard__user-info__name,"
               " a.username, .messageUserInfo .username, .userText .username",
        date=".message-attribution-main time, .message-attribution time, .MessageCard__date-created time,"
             " time.u-dt, .messageMeta .DateTime,"
             " .datePermalink .DateTime, .DateTime",
        quotes="blockquote.bbCodeBlock--quote, .bbCodeBlock--quote, div.bbCodeQuote, .bbCodeBlock.bbCodeQuote",
        cites=".bbCodeBlock-title, .attribution",
        # XenForo 1's quotes end with div.quoteExpand "Cliquez pour agrandir...", its edit note is div.editDate.
        drop=".bbCodeBlock-expandLink, .bbCodeBlock-shrinkLink, .js-extraPostsTemplate, .messageTextEndMarker,"
             " .message-lastEdit, .js-unfurl .contentRow-snippet, .js-unfurl .contentRow-minor, .bbCodeSpoiler-button,"
             " .quoteExpand, .editDate",
        edits=".message-lastEdit, .editDate",
        position=".message-attribution-opposite a[href*='/post-'], .postNumber",
        title="h1.p-title-value, .titleBar h1, h1",
        author_attr="data-author",
        threads="a[href*='/threads/']", boards="a[href*='/forums/']",
        listing_rows=".structItem--thread, li.discussionListItem",
    ),
    # Invision Community 4 (article.ipsComment) and 5 (article.ipsEntry); IP.Board 3.x (skin_topic
    # template "post": div.post_block#post_id_N > div.post_wrap, the author in h3 > span.author.vcard,
    # "Posted <abbr class=published title=ISO>" and div.post.entry-content[itemprop=commentText]).
    "invision": Family(
        name="invision",
        posts="article[id^='elComment_'], article.ipsComment, article.ipsEntry, div.post_block[id^='post_id_']",
        body="[data-role='commentContent'], div.post.entry-content, [itemprop='commentText']",
        author=".cAuthorPane_author a, .cAuthorPane_author, .ipsEntry__username a, .ipsEntry__username,"
               " [itemprop='author'] [itemprop='name'], .ipsComment_author a, span.author.vcard [itemprop='name'],"
               " span.author.vcard a, span.author.vcard",
        date=".ipsComment_meta time, .ipsEntry__meta time, .ipsEntry__header time, time[datetime],"
             " abbr.published",
        quotes="blockquote.ipsQuote, blockquote[data-ipsquote], blockquote.ipsBlockquote",
        cites=".ipsQuote_citation, p.citation",
        # [data-excludequote]: what Invision itself leaves out of quotes ("Edited May 3 by X").
        drop=".ipsReact, .ipsComment_controls, [data-role='reactionStrip'], .ipsEmbeddedOther, .ipsRichTextBox__footer,"
             " .ipsSpoiler_header, [data-excludequote], p.edit",
        edits="p.edit",
        title="h1.ipsType_pageTitle, h1.ipsPageHeader__title, h1",
        threads="a[href*='/topic/']", boards="a[href*='/forum/']",
        listing_rows="li.ipsDataItem",
    ),
    # Kunena 5/6, Joomla's forum, Aurelia template (Kunena/Kunena-Forum src/site/template/aurelia/layouts:
    # topic/item, message/item: `div.row.message` = `ul.profilebox` (name, avatar, rank) + a header "Réponse de X
    # sur le sujet Y" over `div.kmsg`, `span.kdate` whose title is the full date when the text says "il y a 2
    # jours", `div.ksig`; quotes `blockquote > p.kmsgtext-quote` "X écrit:"). Topics at
    # /forum/<category>/<id>-<alias>, categories /forum/<alias>: no URL says which is which, links by class.
    "kunena": Family(
        name="kunena",
        posts="#kunena div.message",
        body="div.kmsg",
        author=".profilebox strong a, .mykmsg-header a[class*='kwho-'], a[class*='kwho-']",
        date="span.kdate",
        quotes="blockquote", cites="blockquote > p.kmsgtext-quote > div:first-child",
        drop=".ksig",
        title="h1",
        threads="#kunena a.topictitle", boards="#kunena h1.card-header > a, #kunena tr.category h3 > a,"
                                               " #kunena .ktopic-category a, #kunena .breadcrumb a",
        listing_rows="#kunena tr.category",
    ),
    # vBulletin 5 (li.b-post).
    "vbulletin5": Family(
        name="vbulletin",
        nesting="inner",
        posts="li.b-post[data-node-id], li.js-post[data-node-id], div.b-post[data-node-id]",
        body=".js-post__content-text, .b-post__content .restore, .b-post__content",
        author=".b-userinfo__details .author a, .author a, .b-post__author a, [itemprop='author'] [itemprop='name']",
        date=".b-post__timestamp time, time[itemprop='dateCreated'], .b-post__timestamp, time",
        quotes="div.bbcode_container, .bbcode_quote", cites=".bbcode_postedby",
        drop=".b-post__footer, .b-post-sm__footer",
        position=".b-post__count",
        title="h1.main-title, h1",
        # display_Topics_item / display_Forums_item: tr.topic-item > a.topic-title, tr.forum-item > a.forum-title
        threads="tr.topic-item a.topic-title", boards="tr.forum-item a.forum-title",
        listing_rows="tr.topic-item, tr.forum-item",
    ),
    # vBulletin 3 and 4: post bodies are div#post_message_N.
    "vbulletin": Family(
        name="vbulletin",
        nesting="inner",
        posts="li.postbitlegacy, li.postbit, li.postcontainer, div[id^='edit'] > table[id^='post'],"
              " div[id^='edit'] > div[id^='post'], table[id^='post'][class~='tborder']",
        body="[id^='post_message_'] blockquote.postcontent, [id^='post_message_']",
        # vB3 writes a guest's name as plain text in div#postmenu_N (no a.bigusername): last resort.
        author=".username strong, a.username, a.bigusername, .bigusername, .popupmenu a.siteicon_profile,"
               " [id^='postmenu_'] a, .username, [id^='postmenu_']",
        date=".postdate .date, span.date, .postdate, .posthead .date, td.thead:not([align='right']),"
             " div.thead > .tcell:first-child",
        quotes="div.bbcode_container, div.bbcode_quote, div[style*='margin:20px; margin-top:5px'], .quote_container",
        # vB3's bbcode_quote: "Citation:" (div.smallfont), then in td.alt2 a first div "Posté par <strong>X</strong>"
        # before the quoted message's div (a quote without a name holds the message alone).
        cites=".bbcode_postedby, div.smallfont, td.alt2 > div:first-child:not(:last-child)",
        drop=".postfoot, .after_content, .lastedited",
        edits=".lastedited",
        position="a[id^='postcount'], .postcounter, a.postcounter, [name^='post'] + strong",
        title=".threadtitle, h1, .navbar strong",
        threads="a[href*='showthread.php'], a[id^='thread_title_']", boards="a[href*='forumdisplay.php']",
        listing_rows="li.threadbit, tbody[id^='threadbits_forum'] tr",
    ),
    # Stack Exchange (Stack Overflow and the network): the question, then its answers.
    "stackexchange": Family(
        name="stackexchange",
        posts="div#question, div.question, div.answer, div[id^='answer-']",
        body=".js-post-body, .s-prose, .post-text",
        author=".post-signature.owner .user-details a, .post-signature .user-details [itemprop='name'],"
               " .post-signature .user-details a, .user-details a",
        # The creation time first: a post's first signature is often its last editor's ("edited ...").
        date="time[itemprop='dateCreated'], .post-signature.owner .relativetime, .post-signature .relativetime,"
             " .user-action-time span",
        drop=".js-post-menu, .post-menu",
        author_attr="data-author-username",
        title="#question-header h1, h1[itemprop='name'], h1",
        threads="a.question-hyperlink, a.s-link[href*='/questions/']",
    ),
    # Simple Machines Forum 2.0 / 2.1.
    "smf": Family(
        name="smf",
        posts="#forumposts div.windowbg[id^='msg'], #forumposts div.windowbg2, #forumposts div.post_wrapper,"
              " #forumposts div.windowbg",
        body="div.inner[id^='msg_'], div.post div.inner, div.post",
        author=".poster h4 a, .poster h4, .poster a",
        date=".keyinfo .smalltext, .postinfo .smalltext, .keyinfo a.smalltext, .page_number + .smalltext",
        quotes="blockquote.bbc_standard_quote, blockquote.bbc_alternate_quote, blockquote", cites="cite",
        drop=".quoteheader, .quotefooter, .codeheader, .attachments, .moderatorbar",
        title="#top_subject, #forumposts h3, .display_title, h1",
        # Display.template.php numbers replies from 0 and not the opening post: the URL's topic=N.K is surer.
        page_offset=r"[?&;]topic=\d+\.(\d+)(?:$|[;&])",
        threads="a[href*='topic=']", boards="a[href*='board=']",
        # MessageIndex.template.php: 2.1 div rows in #topic_container, 2.0 table rows; BoardIndex: #board_N.
        listing_rows="#topic_container > div.windowbg, #messageindex tbody tr, #boardindex_table [id^='board_']",
    ),
    # MyBB 1.8.
    "mybb": Family(
        name="mybb",
        posts="div.post[id^='post_']",
        body="div.post_body",
        author=".author_information .largetext a, .post_author .largetext, .post_author a",
        date="span.post_date, .post_date",
        quotes="blockquote.mycode_quote, blockquote", cites="cite",
        drop=".post_edit, .edited_post",
        edits=".post_edit, .edited_post",
        position=".post_head .float_right a[href*='pid'], .post_head a[href*='pid']",  # postbit_posturl "#N"
        # showthread: td.thead holds div.float_right ("Mode arborescent") then div > strong (the subject)
        title="td.thead > div:not(.float_right) > strong, .thead strong, h1",
        threads="a[href*='thread-'], a[href*='showthread.php']", boards="a[href*='forum-'], a[href*='forumdisplay.php']",
        listing_rows="tr.inline_row",  # forumdisplay_thread
    ),
    # NodeBB.
    "nodebb": Family(
        name="nodebb",
        posts="li[component='post']",
        body="[component='post/content']",
        author="[itemprop='author'] [itemprop='name'], [itemprop='author'], a[data-username], .username",
        author_attr="data-username",
        date="[component='post/header'] .timeago, .timeago, time, meta[itemprop='datePublished']",
        quotes="blockquote", drop="",
        title="h1 [component='topic/title'], h1",
        threads="a[href*='/topic/']", boards="a[href*='/category/']",
    ),
    # bbPress (WordPress's forum plugin), templates/default/bbpress: loop-replies.php lists every message,
    # the topic first, as loop-single-reply.php's `div.bbp-reply-header#post-N` (the date, in
    # span.bbp-reply-post-date: "14 mars 2025 à 10 h 12 min") then, beside it, the post div whose classes
    # are get_post_class()'s ("post-N reply type-reply ... bbp-reply-position-3"), holding div.bbp-reply-author
    # (bbp_get_reply_author_link: span.bbp-author-name, linked to the profile unless anonymous, then
    # div.bbp-author-role) and div.bbp-reply-content. content-single-topic-lead.php prints the topic so too
    # (bbp-topic-*). Themes move the date into the post (WordPress.org's p.bbp-reply-post-date in the author
    # box). The revision log ("Cette réponse a été modifiée il y a 2 années par X") sits in the content.
    "bbpress": Family(
        name="bbpress",
        posts="#bbpress-forums .type-reply, #bbpress-forums .type-topic, .bbp-replies .type-reply,"
              " .bbp-replies .type-topic, .bbp-lead-topic .type-topic",
        body=".bbp-reply-content, .bbp-topic-content",
        author=".bbp-reply-author .bbp-author-name, .bbp-topic-author .bbp-author-name, .bbp-author-name,"
               " .bbp-reply-author a.bbp-author-link, .bbp-topic-author a.bbp-author-link",
        date=".bbp-reply-post-date, .bbp-topic-post-date",
        quotes="blockquote, .d4p-bbt-quote-block", cites="cite, .d4p-bbt-quote-title",
        drop=".bbp-reply-revision-log, .bbp-topic-revision-log, .bbp-signature, .bbp-reply-ip, .bbp-topic-ip",
        edits=".bbp-reply-revision-log, .bbp-topic-revision-log",
        position_class=r"\bbbp-reply-position-(\d+)\b",
        header_before=".bbp-reply-header, .bbp-topic-header",
        title="#bbpress-forums h1, h1.entry-title, h1",
        threads="a.bbp-topic-permalink", boards="a.bbp-forum-title, a.bbp-breadcrumb-forum, a.bbp-breadcrumb-root",
        listing_rows="#bbpress-forums ul.type-topic, #bbpress-forums ul.type-forum, ul.bbp-topics ul.topic",
    ),
    # wpForo (gVectors), a WordPress forum plugin; themes/2022/layouts/{1,2,3,4}/post.php (1.x's
    # wpf-themes/classic/layouts/*/post.php alike, the date in a bare span): each message a
    # div.post-wrap#post-N (wpfn-K its rank on the page, not in the thread), the member link in .author-name
    # (Extended, Simplified), .wpforo-post-author-name (Q&A) or .wpf-author-name (Threaded, whose replies nest
    # inside their parent's div.post-wrap), the date in span.wpf-post-date / div.wpforo-post-date / "Posted :"
    # (wpforo_date 'd/m/Y g:i a'), the words in .wpforo-post-content; quotes are hooks.php's blockquote with
    # div.wpforo-post-quote-author "Posted by: @name"; wpforo_post_edited's div.wpf-post-edit-wrap follows them.
    "wpforo": Family(
        name="wpforo",
        nesting="all",
        posts="div.post-wrap[id^='post-']",
        body=".wpforo-post-content",
        author=".author-name a, .author-name, .wpforo-post-author-name a, .wpf-author-name a, .wpf-author-name",
        date=".wpf-post-date, .wpforo-post-date, .wpforo-post-content-bottom .cbleft,"
             " .wpforo-post-content-top > span:not(.wpf-mod-message)",  # 1.x classic: a bare span
        quotes="blockquote", cites=".wpforo-post-quote-author",
        drop=".wpf-mod-message, .wpforo-post-attachments",
        edits=".wpf-post-edit-wrap",
        page_number=r"/page/(\d+)/?(?:$|[?#])",
        title="#wpforo-title, h1.entry-title, h1",
        threads=".wpforo-topic-title a",
        boards=".wpforo-forum-title a, .wpf-breadcrumb .wpf-item a, .wpf-breadcrumb .wpf-root a",
        listing_rows="div.topic-wrap, div.wpforo-forum",
    ),
    # Forumactif (Forumotion), the French hosted forum service. A forum picks one of its template "versions";
    # read here from their default viewtopic_body templates: phpBB2's tr.post rows (span.name, and the date
    # after the subject in the nested table's span.postdetails), phpBB3's div.post#pN (div.postprofile's
    # name, p.author "{POSTER_NAME} {POST_DATE_NEW}", div.content; SethClydesdale/forumactif-edge keeps it),
    # PunBB's div.post (div.posthead h2 "#N <subject> {POST_DATE_NEW}", h4.username, .entry-content),
    # ModernBB's div.post-wrap (div.post-content, span.post-date in div.post-footer, aside .post-author-name);
    # the dump of the service's default ModernBB templates (Etana/template, src/modernbb/viewtopic_body) has
    # div.post.post--N with div.postprofile-name and the date alone in div.post-head > div.topic-date.
    # Every version marks a post with class post--{post id}; quotes are <blockquote><div><cite>.
    "forumactif": Family(
        name="forumactif",
        posts="tr.post, div.post[class*='post--'], div.post[id^='p'], div.post-wrap[class*='post--'],"
              " div.block-post[class*='post--']",
        body=".post-entry .entry-content, div.postbody div.content, td div.postbody, div.post-content, div.content",
        author="span.name strong, span.name, .postprofile .username, .postprofile-name, h4.username,"
               " .post-author-name, .postprofile dt strong, p.author strong, p.author a[href^='/u']",
        date="table span.postdetails, div.posthead h2, span.post-date, div.topic-date, p.author",
        date_after=True,
        quotes="blockquote", cites="cite",
        drop=".vote, dl.attachbox, .fa_like_div",
        position="div.posthead h2 > strong",
        id_class=r"\bpost--(\d+)\b",
        title="h1.cattitle, h1.page-title, .pun-crumbs strong a, h1",
        page_offset=r"/t\d+p(\d+)-",
        listing_rows="div.topictitle, h2.topic-title, ul.topiclist li.row, td.tcl, a.forumlink, a.forumtitle",
    ),
    # Vanilla Forums.
    "vanilla": Family(
        name="vanilla",
        posts=".MessageList .ItemDiscussion, .MessageList .ItemComment, li.ItemComment, div.ItemDiscussion",
        body=".Message.userContent, .Message",
        author=".Author .Username, a.Username, .Username",
        date=".DateCreated time, time",
        quotes="blockquote.UserQuote, .blockquote.UserQuote", cites=".QuoteAuthor",
        title="h1",
        threads="a[href*='/discussion/']", boards="a[href*='/categories/']",
    ),
}


# wpForo's wrapper (#wpforo > #wpforo-wrap), its 2.x layouts' sections, its 1.x classic theme's main block;
# its sidebar widgets have none of them.
WPFORO = "#wpforo-wrap, div.wpforo-section, div.wpforo-main > div.wpforo-content"
# bbPress's wrapper (content-*.php) and its loops: on a WordPress site, the pages of its forum. Its
# widgets (ul.bbp-topics-widget, ul.bbp-forums-widget) sit on blog pages too: not these.
BBPRESS = "#bbpress-forums, ul.bbp-replies, ul.bbp-lead-topic, ul.bbp-topics, ul.bbp-forums"


# Forumactif serves every forum's scripts and images from its CDNs (illiweb.com/rs3, 2img.net) and hosts
# most forums under its own domains; custom domains keep the CDNs. Its pages link to /tN-, /fN-, /cN- addresses.
FORUMACTIF_ASSETS = ("illiweb.com/", "2img.net/")
FORUMACTIF_HOSTS = (".forumactif.com", ".forumactif.org", ".forumactif.fr", ".forumpro.fr", ".actifforum.com",
                    ".forumgratuit.org", ".forumotion.com", ".1fr1.net", ".forum-actif.net")
_FORUMACTIF_LINK = re.compile(r"(?:https?://[^/]+)?/[tfc]\d+(?:p\d+)?-")


def is_forumactif(page: Page) -> bool:
    """A Forumactif page: its host or its CDN assets, and links to its topic or board addresses (kept on the
    page: platform detection asks before phpBB's marks, then again in `detect`)."""
    if "forumactif" not in page._cache:
        tree = page.tree
        hosted = site_host(page.url).endswith(FORUMACTIF_HOSTS) or any(
            needle in (n.get("src") or n.get("href") or "") for n in tree.iter("script", "link", "img")
            for needle in FORUMACTIF_ASSETS)
        page._cache["forumactif"] = hosted and any(_FORUMACTIF_LINK.match(a.get("href") or "") for a in tree.iter("a"))
    return page._cache["forumactif"]


def _script(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


def detect(page: Page) -> str | None:
    """Key of FAMILIES for a page of one of these engines, else None."""
    tree = page.tree
    generator = " ".join((n.get("content") or "") for n in tree.iter("meta")
                         if (n.get("name") or "").lower() == "generator").lower()
    for needle, name in (("discourse", "discourse"), ("xenforo", "xenforo"), ("vbulletin 5", "vbulletin5"),
                         ("vbulletin", "vbulletin"), ("invision", "invision"), ("simple machines", "smf"),
                         ("mybb", "mybb"), ("nodebb", "nodebb"), ("vanilla", "vanilla")):
        if needle in generator:
            return name
    if is_forumactif(page):
        return "forumactif"
    html = tree
    if html.get("id") == "XF" or first(tree, "[data-xf-init], article.message--post, ol#messageList > li.message") is not None:
        return "xenforo"
    if first(tree, "div.crawler-post, #data-preloaded, meta[name='discourse_theme_id']") is not None:
        return "discourse"
    if first(tree, "article[id^='elComment_'] [data-role='commentContent'], body[data-pagecontroller='topic'],"
                   " #ipsLayout_body, .ipsApp, body#ipboard_body,"
                   " div.post_block[id^='post_id_'] .post_body") is not None:
        return "invision"
    if first(tree, "li.b-post[data-node-id], .b-post__content") is not None:
        return "vbulletin5"
    if first(tree, "div#kunena") is not None:
        return "kunena"
    if first(tree, "[id^='post_message_']") is not None or first(tree, "#vbulletin_html, body.vbulletin") is not None:
        return "vbulletin"
    if first(tree, "#question .js-post-body, #question .post-text, .question .s-prose") is not None and (
            first(tree, "div.answer, #answers") is not None):
        return "stackexchange"
    if first(tree, "#forumposts .post_wrapper, #forumposts .windowbg .inner[id^='msg_']") is not None:
        return "smf"
    if first(tree, "div.post[id^='post_'] div.post_body") is not None:
        return "mybb"
    # Board index and message index pages have no post; SMF and MyBB print no generator meta: their
    # credit line (index.template.php "SMF 2.1 © Simple Machines", footer "Propulsé par MyBB") with
    # their own page ids and URLs.
    credits = " ".join(a.get("href") or "" for a in css(tree, "#footer a, .copyright a, #copyright a")).lower()
    if first(tree, "#boardindex_table, #messageindex, #topic_container") is not None and (
            "simplemachines.org" in credits or first(tree, "a[href*='board='], a[href*='topic=']") is not None):
        return "smf"
    if "mybb.com" in credits and first(tree, "a[href*='forumdisplay.php?fid='], a[href*='showthread.php?tid='],"
                                             " a[href*='forum-'], a[href*='thread-']") is not None:
        return "mybb"
    if first(tree, "li[component='post'] [component='post/content']") is not None:
        return "nodebb"
    if first(tree, BBPRESS) is not None:
        return "bbpress"
    if first(tree, WPFORO) is not None:
        return "wpforo"
    if first(tree, ".MessageList .ItemDiscussion .Message, .ItemComment .Message.userContent") is not None:
        return "vanilla"
    return None


# Engines whose URLs say what a link is. Per engine, regexes fully matching a link's path?query (session
# ids dropped): thread pages, each with the format of the thread's first page (from its named groups),
# then boards. Only a thread's pages and a board's pages match: post permalinks, "last post", reply,
# quote and action links are not pages to crawl. `_LOOSE` finds the thread any link points into (a post
# permalink, "next oldest"...): a thread page reached by a post link still names its own thread.
SESSION_PARAMS = ("s", "sid", "PHPSESSID")
_THREADS: dict[str, list[tuple[str, str]]] = {
    # mybb/mybb: showthread.php?tid=N&page=K; the SEO option (inc/functions.php THREAD_URL_PAGED) thread-N-page-K.html
    "mybb": [(r"(?P<b>.*/showthread\.php\?tid=\d+)(?:&page=\d+)?", "{b}"),
             (r"(?P<b>.*/thread-\d+)(?:-page-\d+)?\.html", "{b}.html")],
    # vB3/4: showthread.php?t=N&page=K; vB4 friendly URLs showthread.php?N-slug/pageK, /threads/N-slug/pageK
    "vbulletin": [(r"(?P<b>.*/showthread\.php\?t=\d+)(?:&page=\d+)?", "{b}"),
                  (r"(?P<b>.*/showthread\.php\?\d+(?:-[^/&=]*)?)(?:/page\d+)?", "{b}"),
                  (r"(?P<b>.*/threads/\d+(?:-[^/]*)?)(?:/page\d+)?", "{b}")],
    # SMF: index.php?topic=N.K, K the offset of the page's first message (topic=N.msgM is a post link)
    "smf": [(r"(?P<b>.*/index\.php\?topic=\d+)\.\d+", "{b}.0"),
            (r"(?P<b>.*/index\.php/topic,\d+)\.\d+\.html", "{b}.0.html")],
    # XenForo /threads/slug.N/page-K (without URL rewriting, index.php?threads/slug.N/page-K)
    "xenforo": [(r"(?P<b>.*[/?]threads/(?:[^/]*\.)?\d+/)(?:page-\d+)?", "{b}")],
    # Discourse /t/slug/N?page=K (/t/slug/N/M is post M)
    "discourse": [(r"(?P<b>.*/t/(?:[^/?]+/)?\d+)(?:\?page=\d+)?", "{b}")],
    # Forumactif /tN-slug, its later pages /tNpK-slug (K the messages before the page)
    "forumactif": [(r"(?P<b>[^?]*/t\d+)(?:p\d+)?(?P<s>-[^/?]*)", "{b}{s}")],
}
_BOARDS: dict[str, str] = {
    "mybb": r".*/forumdisplay\.php\?fid=\d+(?:&page=\d+)?|.*/forum-\d+(?:-page-\d+)?\.html",
    "vbulletin": r".*/forumdisplay\.php\?(?:f=\d+(?:&page=\d+)?|\d+(?:-[^/&=]*)?(?:/page\d+)?)"
                 r"|.*/forums/\d+(?:-[^/]*)?(?:/page\d+)?",
    "smf": r".*/index\.php\?board=\d+\.\d+|.*/index\.php/board,\d+\.\d+\.html",
    "xenforo": r".*[/?]forums/(?:(?:[^/]*\.)?\d+/(?:page-\d+)?)?|.*[/?]categories/(?:[^/]*\.)?\d+/",
    "discourse": r"(?:.*/c/(?:[^/?]+/)*[^/?]+|.*/latest|.*/categories)/?(?:\?page=\d+)?",
    "forumactif": r"[^?]*/[fc]\d+(?:p\d+)?-[^/?]*",  # boards /fN-slug (pages /fNpK-slug), categories /cN-slug
}
_LOOSE: dict[str, tuple[str, str]] = {
    "mybb": (r"(?P<d>.*/)showthread\.php\?(?:.*&)?tid=(?P<n>\d+)(?:&.*)?", "{d}showthread.php?tid={n}"),
    "vbulletin": (r"(?P<d>.*/)showthread\.php\?(?:.*&)?t=(?P<n>\d+)(?:&.*)?", "{d}showthread.php?t={n}"),
    "smf": (r"(?P<d>.*/)index\.php\?(?:.*[;&])?topic=(?P<n>\d+)(?:[.;&].*)?", "{d}index.php?topic={n}.0"),
    "xenforo": (r"(?P<b>.*[/?]threads/(?:[^/]*\.)?\d+/).*", "{b}"),
    "discourse": (r"(?P<b>.*/t/(?:[^/?]+/)?\d+)(?:[/?].*)?", "{b}"),
}


def _route(url: str) -> tuple[str, str]:
    """(scheme://host, path?query) of an absolute URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}", parts.path + ("?" + parts.query if parts.query else "")


def link_kind(key: str, url: str | None) -> tuple[str, str] | None:
    """("thread", first page URL) or ("board", url) for a link of an engine in `_THREADS`, else None."""
    if not url:
        return None
    origin, route = _route(url)
    for pattern, fmt in _THREADS.get(key, ()):
        m = re.fullmatch(pattern, route)
        if m:
            return "thread", origin + fmt.format(**m.groupdict())
    if key in _BOARDS and re.fullmatch(_BOARDS[key], route) and not route.endswith((".rss", ".json", ".xml")):
        return "board", url
    return None


def thread_of(key: str, url: str | None) -> str | None:
    """First page of the thread a link points into (a page of it, a post permalink, an action on it)."""
    kind = link_kind(key, url)
    if kind is not None:
        return kind[1] if kind[0] == "thread" else None
    if not url or key not in _LOOSE:
        return None
    origin, route = _route(url)
    pattern, fmt = _LOOSE[key]
    m = re.fullmatch(pattern, route)
    return origin + fmt.format(**m.groupdict()) if m else None


def _own_thread(page: Page, key: str) -> str | None:
    """The thread page's first-page URL, without its page: from the canonical link or the page's URL,
    else the thread most of its links point into (MyBB and vBulletin print no canonical link, and a
    page reached by showthread.php?pid=N names its thread only in its links)."""
    canonical = page.url_(first_attr(page.tree, "link[rel='canonical']", "href"))
    if key not in _THREADS:
        return canonical
    for url in (canonical, page.url):
        own = thread_of(key, url)
        if own:
            return own
    votes = Counter(thread_of(key, abs_url(page.base, a.get("href"), SESSION_PARAMS)) for a in page.tree.iter("a"))
    votes.pop(None, None)
    return votes.most_common(1)[0][0] if votes else canonical


def _nav(page: Page, fam: Family, key: str) -> Navigation:
    """Boards and threads linked from the page (same site): by URL for the engines of `_THREADS`,
    else by the family's selectors."""
    if key not in _THREADS:
        threads = [page.url_(a.get("href")) for a in css(page.tree, fam.threads)] if fam.threads else []
        boards = [page.url_(a.get("href")) for a in css(page.tree, fam.boards)] if fam.boards else []
        return Navigation(boards=uniq(boards), threads=uniq(threads))
    host = site_host(page.url)
    boards, threads = [], []
    for a in page.tree.iter("a", "link"):
        if a.tag == "link" and not {"next", "prev"} & set((a.get("rel") or "").lower().split()):
            continue
        url = abs_url(page.base, a.get("href"), SESSION_PARAMS)
        kind = link_kind(key, url)
        if kind is None or (host and site_host(url) != host):
            continue
        (threads if kind[0] == "thread" else boards).append(url)
    return Navigation(boards=uniq(boards), threads=uniq(threads))


def _outermost(nodes: list) -> list:
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def _innermost(nodes: list) -> list:
    """Nodes that hold no other of the nodes (post blocks nested in wrappers of the same class)."""
    chosen = set(nodes)
    return [n for n in nodes if not any(d in chosen for d in n.iterdescendants())]


def _pick(node, expr: str, is_other=None):
    """First match of the first selector (of a comma list) that matches inside `node`."""
    if not expr:
        return None
    for part in expr.split(","):
        for found in css(node, part.strip()):
            if is_other is None or not is_other(found):
                return found
    return None


def _author(node, fam: Family, is_other) -> str | None:
    """The post's author: the post node's author attribute, else the first author element (in
    `fam.author` order) that names someone: a <meta itemprop=name> by its content (NodeBB's header
    is microdata), an element by its text; elements `is_other` rejects are skipped."""
    value = node.get(fam.author_attr) if fam.author_attr else None
    if value and value.strip():
        return norm_ws(value)
    for part in fam.author.split(","):
        for found in css(node, part.strip()):
            if is_other(found):
                continue
            name = norm_ws(found.get("content") or "") if found.tag == "meta" else inline_text(found)
            if name:
                return name
    return None


def _date(node, now, after: bool = False) -> tuple[str | None, str | None, str | None]:
    """(ISO, raw, text as shown) of a date node; `after`: of the text after its last element when that
    is a date (Forumactif prints "Sujet: <subject> <img> Lun 10 Mar 2025 - 9:12", and a subject may
    hold a date of its own)."""
    if node is None:
        return None, None, None
    elements = [c for c in node if isinstance(c.tag, str)]
    tail = norm_ws(elements[-1].tail or "") if after and elements else ""
    iso = parse_date(tail, now=now) if tail else None
    if iso:
        return iso, tail, tail
    iso, raw = date_of(node, now)
    shown = inline_text(node) or None
    if not iso and shown:
        iso = parse_date(shown, now=now)
    return iso, raw, shown


def _post_nodes(page: Page, fam: Family) -> list:
    nodes = [n for n in css(page.tree, fam.posts) if _pick(n, fam.body) is not None]
    if fam.nesting == "all":
        return nodes
    return _innermost(nodes) if fam.nesting == "inner" else _outermost(nodes)


def posts(page: Page, fam: Family) -> list[ForumPost]:
    """The messages of a thread page, in page order."""
    nodes = _post_nodes(page, fam)
    node_set = set(nodes)
    headers = set(css(page.tree, fam.header_before)) if fam.header_before else set()
    offset = page_offset(page, fam)
    out: list[ForumPost] = []
    for node in nodes[:2000]:
        # A post's own parts are not inside a nested post (quoted or embedded messages).
        def other(el, node=node):
            for a in el.iterancestors():
                if a is node:
                    return False
                if a in node_set:
                    return True
            return False

        body = _pick(node, fam.body, other)
        if body is None:
            continue
        quotes = [q for q in css(body, fam.quotes)] if fam.quotes else []
        quotes = _outermost(quotes)
        drop = css(body, fam.drop) if fam.drop else []
        drop += css(body, SIGNATURES) + [lead for q in quotes if (lead := quote_lead(q)) is not None]
        cites = fam.cites or "cite"
        quoted = "\n\n".join(t for t in (node_text(q, css(q, cites) + css(q, fam.drop) if fam.drop else css(q, cites))
                                         for q in quotes) if t)
        text = node_text(body, quotes + drop)
        # The author is named in the post's own header or side panel: never inside its body, where
        # @mentions, "X a écrit" quote headers and thanks name other members (often the opener).
        author = _author(node, fam, lambda el: other(el) or inside(el, body))
        edits = css(node, fam.edits) if fam.edits else []
        when = _pick(node, fam.date, lambda el: other(el) or any(inside(el, e) for e in edits))
        header = _header_before(node, headers) if when is None else None
        iso, raw, shown = _date(_pick(header, fam.date) if header is not None else when, page.now, fam.date_after)
        number = _post_number(node, fam, other)
        m = re.search(fam.id_class, node.get("class") or "") if fam.id_class else None
        post_id = m.group(1) if m else None
        for candidate in () if post_id else (node, body) if header is None else (node, header, body):
            m = re.search(r"(\d+)$", candidate.get("id") or candidate.get("data-post-id")
                          or candidate.get("data-node-id") or candidate.get("data-pid") or "")
            if m:
                post_id = m.group(1)
                break
        out.append(ForumPost(
            author=author, published=iso, published_raw=raw, date_text=shown,
            text=text, quoted=quoted, position=number or offset + len(out) + 1, post_id=post_id,
            links=links_in(page, body, quotes + drop)))
    # Post numbers shown on the page go up; a number read wrong would break that order.
    if [p.position for p in out] != sorted({p.position for p in out}):
        for i, p in enumerate(out, 1):
            p.position = offset + i
    return out


def _header_before(node, headers: set):
    """The header element printed just before a post node (comments between skipped), when it is one of
    `headers` (the page's `fam.header_before` matches): bbPress prints a message's date there, outside
    the message's div."""
    prev = node.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev if prev in headers else None


def _post_number(node, fam: Family, is_other) -> int | None:
    """The number a post shows ("#11"): the first `fam.position` match holding one (XenForo puts an
    icon-only share link to the same post before it), else the number its class carries."""
    if fam.position_class:
        m = re.search(fam.position_class, node.get("class") or "")
        if m:
            return int(m.group(1))
    for part in fam.position.split(",") if fam.position else ():
        for found in css(node, part.strip()):
            m = None if is_other(found) else re.search(r"\d+", inline_text(found) or "")
            if m:
                return int(m.group())
    return None


def page_offset(page: Page, fam: Family) -> int:
    """Messages before this page, from its canonical link or URL (`fam.page_offset`), else, from its page
    number (`fam.page_number`), that many strides of threads.PAGE_STRIDE (the page size unknown, positions
    of a thread's pages never collide), else 0."""
    urls = (page.url_(first_attr(page.tree, "link[rel='canonical']", "href")), page.url)
    for m in (re.search(fam.page_offset, url or "") for url in urls if fam.page_offset):
        if m:
            return int(m.group(1))
    for m in (re.search(fam.page_number, url or "") for url in urls if fam.page_number):
        if m:
            return (int(m.group(1)) - 1) * PAGE_STRIDE
    return 0


def parse(page: Page, family: str | None = None) -> ParsedPage:
    """ParsedPage of a page of one of the FAMILIES (detected when not given)."""
    key = family or detect(page) or "xenforo"
    fam = FAMILIES[key]
    tree = page.tree
    parsed = ParsedPage(url=page.url, platform=fam.name, kind="forum")
    parsed.site_name = site_name(page)
    found = posts(page, fam)
    nav = _nav(page, fam, key)
    threads = nav.threads
    if found:
        parsed.page_type = "forum_thread"
        parsed.title = inline_text(first_of(tree, *fam.title.split(","))) or meta(tree, "og:title") or None
        parsed.thread_url = _own_thread(page, key)
        fill_thread(parsed, found)
    else:
        rows = css(tree, fam.listing_rows) if fam.listing_rows else []
        parsed.page_type = "listing" if rows or page.is_root() is False and threads else "other"
        if page.is_root():
            parsed.page_type = "home"
        parsed.title = inline_text(first(tree, "h1")) or meta(tree, "og:title") or None
        parsed.text = listing_text(rows) if rows else ""
        canonical = first_attr(tree, "link[rel='canonical']", "href") or ""
        if not rows and fam.thread_path and any(re.search(fam.thread_path, urlsplit(u).path)
                                                for u in (page.url, canonical) if u):
            # A thread served as an empty JavaScript shell: its description is the opening post's start.
            parsed.page_type = "forum_thread"
            parsed.text = norm_ws(meta(tree, "og:description", "description", "twitter:description") or "")
    if parsed.page_type == "other" and nav.boards and not page.is_root():
        parsed.page_type = "listing"  # a category page or forum list: boards, no topic rows
    if key not in _THREADS:  # engines whose addresses are not known: a thread's or board's other pages
        nav.pages = pager_links(page)
    parsed.nav = nav
    return parsed


PLATFORMS = frozenset(f.name for f in FAMILIES.values())


def parser(name: str):
    """The parse function of one platform (for the dispatch table): the engine detected on the
    page when it is one of this platform's (vBulletin 3/4 or 5), else the platform's own."""
    def parse_platform(page: Page) -> ParsedPage:
        key = detect(page)
        if key is None or FAMILIES[key].name != name:
            key = name
        return parse(page, key)
    return parse_platform
