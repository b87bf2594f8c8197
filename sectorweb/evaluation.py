"""The evaluation web: a larger, generated sector web with labels, to measure classification (issues 4, 10).

The demo web (`sectorweb`) is hand-written and the rule thresholds were calibrated on it. This web
is drawn at random (fixed seed) from families of sources whose behaviours are drawn over wide ranges
(post counts, cadences, comment counts, puppets, reply delays, link counts, text lengths), so that
families overlap at their edges as on the real web, and some sources have very little data (they keep
their true label). It holds hard cases that no single signal separates, and one family for each failure
of issue 10:

- genuine blogs under short stock comments ("Merci pour cet article !"), the same texts on many blogs;
- genuine forums with a helpful regular (25-40% of the messages) whose replies name the opener;
- genuine experts with comments closed, genuine newsrooms without comments, quiet genuine blogs;
- a link network that rotates its links (posts and sidebars, each a different subset; unique texts);
- fake forums answered at regular delays by a handful of accounts, or written by three accounts;
- a blog on a timer (regular gaps, unique text, every outgoing link to one commercial site), and a
  genuine blogger whose planner gives the same regular gaps, and one whose posts carry a referral link;
- single-post sites, splogs, spun copies, spam-comment blogs, a firm's self-promotional blog;
- and the genuine look-alikes of the network and timer rules, drawn from streams of their own (adding
  them changed no other source): a circle of friends who list and cite each other and whom nobody else
  cites, and an expert's column published on a planner, comments closed, citing a newspaper;
- and four blind families (`BLIND_FAMILIES`, `blindmakers.py`), designed without reading the rules, for an
  honest held-out measurement: an advisor answering his readers under his firm's pitch, a founder's old
  forum, a content farm under invented authors publishing in batches, a help forum with a helpful shill.
- and, on a stream of its own after them, genuine blogs whose readers are bloggers signing every comment
  with their own blog, the author seldom answering (`blogger_readers`, stop 32; the look-alike of comment
  spam's URLs, as on alistapart.com in WCXB);
- and, last, small genuine forums with a presentation board whose admin welcomes every newcomer, mostly
  alone (`welcoming_forum`, stop 33; the look-alike of a shill's lone "helpful member").
- and, after them, four more blind families (round 2, `blindmakers2.py`, in `BLIND_FAMILIES` too): a private
  investor's monthly reports, an investment club's forum, an expired domain revived for links, a review site.
- and, after them, four more blind families (round 3, `blindmakers3.py`, in `BLIND_FAMILIES` too): a trade
  newsroom, a forum moved from one engine to another, a machine-written local newspaper, a machine-written Q&A site.
- and, after them, four more blind families (round 4, `blindmakers4.py`, in `BLIND_FAMILIES` too): a community
  forum run with a moderation robot, a blogger who learnt SEO, a forum filled by a scraper, a machine-translated blog.
- and, after them, four more blind families (round 5, `blindmakers5.py`, in `BLIND_FAMILIES` too): a lawyer's or
  notary's legal watch quoting the official texts, a questions-and-answers forum with its experts, a magazine
  selling sponsored articles, a firm's local doorway pages.
- and, after them, four more blind families (round 6, `blindmakers6.py`, in `BLIND_FAMILIES` too): a wealth-management
  firm's client letter archive, an association of savers or retirees, a splog of the audit's forum threads, a web
  directory of finance sites.
- and, after them, four more blind families (round 7, `blindmakers7.py`, in `BLIND_FAMILIES` too): an online bank's,
  insurer's or broker's customer community, a podcast's show notes, a blog an LLM writes under a persona, an
  investment-scam funnel.

Every source gets a markup (`params["markup"]`, its `platform`) drawn among the renderers that can show
its kind (`families.MARKUPS`, else `TODAY_MARKUPS`), from a shuffled deck per kind so each markup gets
its share, and a permalink shape (`params["url_scheme"]`) where its engine has several. `eval_labels()`
gives each source's family and markup, for leave-one-family-out and leave-one-markup-out figures.

`eval_sources()` lists the sources, `eval_labels()` the ground truth (the demo labels' columns plus
`markup`), `eval_seeds()` the seed list (discovered sources are not seeds), `build_eval_site()` renders
it for `DemoServer(site=...)`. Nothing here is read by the classifier.
"""
from __future__ import annotations

import math
import os
from datetime import datetime, timedelta
from functools import lru_cache
from random import Random

from sectorweb.bank import FIRST_NAMES, LAST_NAMES, PSEUDOS
from sectorweb.bank_topics import TOPICS
from sectorweb.dates import NOW
from sectorweb.sources import Source

# The development web (looked at while building the rules) and a held-out one (same families, other
# draws), measured only once the rules are frozen, to show what the development figures are worth.
SEED = 20261126
HELDOUT_SEED = 4242
# The platforms that rendered each kind before issue 10's themes; `markup_set="today"` (or the
# environment's ECOAUDIT_EVAL_MARKUPS=today) draws only among them, should a new renderer be broken.
TODAY_MARKUPS = {"blog": ["wordpress", "blogger", "dotclear", "overblog"], "forum": ["phpbb", "fluxbb"],
                 "news": ["news", "wordpress"]}
MARKUP_SET = os.environ.get("ECOAUDIT_EVAL_MARKUPS", "all")
TOPIC_NAMES = list(TOPICS)
VOICES = ["expert", "conseil", "retraite", "perso", "fire", "notaire", "immo", "avocat"]
STEMS = ["epargne", "rente", "capital", "placement", "retraite", "fiscalite", "pierre", "bourse", "patrimoine",
         "budget", "tresor", "avenir", "finance", "liberte", "revenu", "heritage", "credit", "immo", "portefeuille",
         "dividende", "livret", "succession", "investir", "argent"]
TAILS = ["sereine", "malin", "pratique", "au-quotidien", "et-moi", "en-famille", "pas-a-pas", "durable", "avisee",
         "simple", "du-sud", "de-l-ouest", "pour-tous", "positive", "libre", "futee", "en-clair", "a-la-loupe",
         "de-demain", "facile", "astucieuse", "en-ligne", "zen", "utile"]
CITIES = ["Lyon", "Nantes", "Lille", "Rennes", "Tours", "Dijon", "Metz", "Brest", "Pau", "Nîmes", "Caen", "Reims"]
FIRMS = ["Martin", "Bernard", "Petit", "Robert", "Richard", "Moreau", "Laurent", "Simon", "Michel", "Garnier"]
TRADES = ["placements", "courtage", "patrimoine", "invest", "defiscalisation", "epargne-plus"]
AUTHORS = ["Claire", "Nicolas", "Sophie", "Laurent", "Isabelle", "Franck", "Nathalie", "Olivier", "Céline",
           "Stéphane", "Aurélie", "Damien", "Émilie", "Vincent", "Karine", "Mathieu", "Sylvie", "Rémi",
           "Valérie", "Cédric", "Agnès", "Hugo", "Manon", "Bruno"]

# family -> (count, verdict, kind); the order is the order of generation (copies after their originals).
FAMILIES: dict[str, tuple[int, str, str]] = {
    "genuine_blog": (18, "pertinent", "blog"),
    "stock_comment_blog": (6, "pertinent", "blog"),
    "scheduled_blog": (3, "pertinent", "blog"),
    "affiliate_blog": (3, "pertinent", "blog"),
    "quiet_blog": (6, "pertinent", "blog"),
    "prolific_blog": (3, "pertinent", "blog"),
    "expert_comments_closed": (5, "pertinent", "blog"),
    "genuine_news": (4, "pertinent", "news"),
    "busy_news": (2, "pertinent", "news"),
    "newsroom_wordpress": (2, "pertinent", "news"),
    "press_review": (4, "pertinent", "blog"),
    "genuine_forum": (5, "pertinent", "forum"),
    "small_forum": (3, "pertinent", "forum"),
    "moderated_forum": (3, "pertinent", "forum"),
    "helpful_regular_forum": (4, "pertinent", "forum"),
    "discovered_genuine": (4, "pertinent", "blog"),
    "syndicated": (5, "automated", "blog"),
    "spun": (5, "automated", "blog"),
    "heavy_spun": (4, "automated", "blog"),
    "high_cadence": (4, "automated", "blog"),
    "spam_comments": (5, "automated", "blog"),
    "spam_unsigned": (3, "automated", "blog"),
    "fake_forum": (3, "automated", "forum"),
    "fake_forum_puppets": (3, "automated", "forum"),
    "regular_fake_forum": (3, "automated", "forum"),
    "trio_forum": (2, "automated", "forum"),
    "rotating_network": (8, "automated", "blog"),
    "timer_blog": (4, "automated", "blog"),
    "one_page": (4, "automated", "blog"),
    "single_post": (4, "automated", "blog"),
    "self_promo": (4, "automated", "blog"),
    "discovered_splog": (3, "automated", "blog"),
    # Last, drawn from streams of their own: the families above stay byte-identical.
    "second_hop_genuine": (2, "pertinent", "blog"),
    "blog_circle": (3, "pertinent", "blog"),
    "weekly_columnist": (3, "pertinent", "blog"),
    "signed_splog": (3, "automated", "blog"),
    "member_blog": (2, "pertinent", "blog"),
    "excerpt_splog": (3, "automated", "blog"),
    "wire_news": (2, "pertinent", "news"),
    # Blind families (BLIND_FAMILIES): designed by someone who had not read the rules, own streams too.
    "cgp_answers_blog": (3, "pertinent", "blog"),
    "founder_forum": (3, "pertinent", "forum"),
    "ghostwriter_farm": (3, "automated", "blog"),
    "shill_forum": (3, "automated", "forum"),
    # Added at stop 32, after the rule it tests was changed (not blind), on a stream of its own.
    "blogger_readers": (3, "pertinent", "blog"),
    # Added at stop 33, after the rules it tests were changed (not blind), on a stream of its own.
    "welcoming_forum": (3, "pertinent", "forum"),
    # Blind families, round 2 (BLIND2_FAMILIES, sectorweb/blindmakers2.py): written without reading the rules.
    "portfolio_diary_blog": (3, "pertinent", "blog"),
    "investment_club_forum": (3, "pertinent", "forum"),
    "expired_domain_blog": (3, "automated", "blog"),
    "review_site": (3, "automated", "blog"),
    # Blind families, round 3 (BLIND3_FAMILIES, sectorweb/blindmakers3.py): written without reading the rules.
    "trade_newsroom": (3, "pertinent", "news"),
    "migrated_forum": (3, "pertinent", "forum"),
    "ai_local_news": (3, "automated", "news"),
    "llm_qa_forum": (3, "automated", "forum"),
    # Blind families, round 4 (BLIND4_FAMILIES, sectorweb/blindmakers4.py): written without reading the rules.
    "automod_forum": (3, "pertinent", "forum"),
    "seo_guide_blog": (3, "pertinent", "blog"),
    "scraped_forum": (3, "automated", "forum"),
    "translated_blog": (3, "automated", "blog"),
    # Blind families, round 5 (BLIND5_FAMILIES, sectorweb/blindmakers5.py): written without reading the rules.
    "legal_watch_blog": (3, "pertinent", "blog"),
    "expert_qa_forum": (3, "pertinent", "forum"),
    "guest_post_farm": (3, "automated", "blog"),
    "doorway_site": (3, "automated", "blog"),
    # Blind families, round 6 (BLIND6_FAMILIES, sectorweb/blindmakers6.py): written without reading the rules.
    "newsletter_archive_blog": (3, "pertinent", "blog"),
    "association_site": (3, "pertinent", "blog"),
    "forum_digest_splog": (3, "automated", "blog"),
    "seo_directory": (3, "automated", "blog"),
    # Blind families, round 7 (BLIND7_FAMILIES, sectorweb/blindmakers7.py): written without reading the rules.
    "brand_community_forum": (3, "pertinent", "forum"),
    "podcast_notes_blog": (3, "pertinent", "blog"),
    "ai_persona_blog": (3, "automated", "blog"),
    "scam_funnel_site": (3, "automated", "blog"),
}
NOTES = {
    "genuine_blog": "genuine blog: original posts, readers comment (some with stock thanks), the author often answers",
    "stock_comment_blog": "hard case: genuine blog whose readers often write short stock comments, the same on "
                          "many blogs",
    "quiet_blog": "hard case: genuine but quiet blog (few posts, few or no comments)",
    "affiliate_blog": "hard case: genuine blogger whose posts often end with a referral link to one broker",
    "scheduled_blog": "hard case: genuine blogger who schedules posts (same weekday and hour: gaps as regular "
                      "as a timer's), readers comment",
    "prolific_blog": "hard case: genuine blogger posting 10-25 times a month, with comments",
    "expert_comments_closed": "hard case: genuine expert, long original posts, comments closed",
    "genuine_news": "genuine news site (0-3 articles a day), no comments",
    "busy_news": "genuine busy newsroom (3-8 articles a day), no comments",
    "newsroom_wordpress": "hard case: genuine busy newsroom built on WordPress (cadence of a farm)",
    "genuine_forum": "genuine forum: many members, quotes, replies from others",
    "press_review": "hard case: genuine blog quoting (and crediting) a paragraph of a news article in each post",
    "moderated_forum": "hard case: genuine forum whose moderator writes a large share of the replies",
    "helpful_regular_forum": "hard case: genuine forum, one helpful regular writes 25-40% of the messages, "
                             "replies name the opener",
    "heavy_spun": "hard case: spun copies rewritten harder (5-shingle Jaccard 0.12-0.25 with the original)",
    "spam_unsigned": "hard case: thin blog under a comment farm's generic praise, no URL, repeated across blogs",
    "small_forum": "hard case: small genuine forum (few threads, few members)",
    "discovered_genuine": "genuine blog linked from others; not a seed",
    "syndicated": "splog: news articles pasted from RSS hours later (with or without a credit line)",
    "spun": "spun copies of one to three genuine blogs",
    "high_cadence": "templated posts many times a day at regular times",
    "spam_comments": "thin blog under URL-signed spam comments repeated across blogs",
    "fake_forum": "fake forum: the admin opens and answers his own threads at regular intervals",
    "fake_forum_puppets": "hard case: fake forum spread over several puppet accounts",
    "regular_fake_forum": "hard case: fake forum, a handful of accounts answer each thread at regular delays "
                          "(with or without jitter), unique texts",
    "trio_forum": "hard case: fake forum, three accounts write every message of 40-50 threads, unique texts",
    "rotating_network": "hard case: link network, each post and sidebar links a changing subset of the network; "
                        "unique texts, only the link graph tells",
    "timer_blog": "hard case: posts on a timer (regular gaps), unique text, every outgoing link to one "
                  "commercial site",
    "one_page": "near-empty site: one self-promotional page",
    "single_post": "single-post site: one page, one post (unique text)",
    "self_promo": "hard case: advisory firm's blog, original text but every post is a sales pitch",
    "discovered_splog": "spun copies, linked from splogs only; not a seed",
    "signed_splog": "spun copies whose only links in the audit are the URL signatures of comment spam; not a seed",
    "member_blog": "genuine blog of a busy forum member, linked only from his forum signature; not a seed",
    "blogger_readers": "hard case: genuine blog whose readers are bloggers who sign every comment with their own "
                       "blog (as on alistapart.com in WCXB), the author seldom answers",
    "excerpt_splog": "hard case: splog pasting news feeds' excerpts (the first 25 to 110 words and \"[…]\", as feeds "
                     "give them), with or without a credit line, some keeping the feed's date: a low Jaccard with "
                     "the full article",
    "wire_news": "hard case: two genuine newsrooms subscribed to one news agency: 40-90% of their articles are "
                 "its dispatches, credited \"(AFP)\", which the other prints word for word minutes to hours later",
    "blog_circle": "hard case: three genuine bloggers, friends, who list each other in their blogrolls and cite "
                   "each other in 10-70% of their posts; nobody else in the audit links to them (a closed ring)",
    "weekly_columnist": "hard case: genuine expert's column published on a planner (every 7-30 days, same hour), "
                        "comments closed, most posts cite a newspaper of the audit",
    "second_hop_genuine": "genuine blog two hops from the seeds: only discovered genuine blogs link to it (a "
                          "prospect: a default audit, discover_depth 1, maps it without crawling it)",
    "welcoming_forum": "hard case: small genuine forum with a presentation board: the admin welcomes every newcomer "
                       "(alone in most threads) and the newcomer thanks him; a few questions answered by the members",
    "cgp_answers_blog": "blind, hard case: genuine independent advisor (CGP) whose posts mostly close with his firm's "
                        "pitch and link (every link out goes to the firm), readers ask questions in the comments and "
                        "he answers 70-100% of them at office hours, signed with the firm's URL (30-55% of the "
                        "comments are his); bursts around the tax deadlines, no posts in the summer holidays",
    "founder_forum": "blind, hard case: genuine old forum (4-12 years) whose founder opened 40-75% of the threads, "
                     "mostly in its first years, and opens the same yearly threads at the same date every year; "
                     "declining activity, many unanswered old threads, bumps years later, long-time regulars",
    "ghostwriter_farm": "blind, hard case: content farm under 3-7 invented author names (bios), long unique generic "
                        "guides published in batches (same minute, a drip or one afternoon) then weeks of silence; "
                        "links spread over 1-3 comparison sites and its own older posts; no conversation",
    "portfolio_diary_blog": "blind (round 2), hard case: genuine private investor's monthly report (bilan "
                            "patrimonial): one post a month on the same skeleton (title pattern, section lines with "
                            "new figures, the same disclaimer word for word, a link to last month's report), some months "
                            "skipped or late, 0-60% free essays between; 4-25 loyal readers share their own figures, "
                            "the author answers 10-90% of them in the evening",
    "investment_club_forum": "blind (round 2), hard case: genuine investment club's forum, 5-18 members: every month "
                             "the president's agenda, the secretary's minutes on one template, proposals voted in "
                             "one-word messages ('Pour.', '+1', 'Merci pour le CR !', the same every month), a few "
                             "real debates and free threads; a handful of accounts write everything, no meeting in "
                             "August, members leave and join",
    "expired_domain_blog": "blind (round 2), hard case: expired domain bought for its links: the old owner's genuine "
                           "archive (3-60 posts, readers' comments, his answers) kept, 300-1800 days of silence, then "
                           "3-60 long unique guides under a new name at an irregular human pace, 50-100% of them "
                           "slipping contextual links to 4-15 sold client sites (some off-sector); comments closed "
                           "or empty; 0-30% of the old posts edited later to carry a client's link",
    "review_site": "blind (round 2), hard case: fake reviews-and-rankings site of advisors and brokers: rated reviews "
                   "with pros and cons, a tracked link to the sponsor (reviews of competitors recommend it as 'our "
                   "alternative'), rankings with the sponsor first; 0-40 customer reviews a post from one-time "
                   "names, unique texts, glowing for the sponsor, 40-95% arriving in campaigns (4-14 in two days), "
                   "0-60% answered by the site's team",
    "trade_newsroom": "blind (round 3), hard case: genuine trade newsroom for wealth-management professionals: a "
                      "market brief every weekday morning on one skeleton (same opening and closing words, the same "
                      "lines with new figures, at nearly the same minute, on 60-100% of weekdays), 1-11 short "
                      "dispatches a weekday in press-release French (appointments, fund launches, SCPI inflows, "
                      "fund-euro rates), 20-80% credited to the firm's release, 30-100% signed 'La rédaction', long "
                      "features on 5-60% of weekdays, a Friday recap linking the week's articles, a quiet summer; no "
                      "comments",
    "migrated_forum": "blind (round 3), hard case: genuine old forum moved to another engine 45-900 days ago: 10-90 "
                      "threads of 1.5-10 years imported under one account ('Archives', 'Import'...), each message "
                      "opening with the same header naming its real author and date, 0-100% of the threads stamped "
                      "with the import night (many messages a minute), BBCode leftovers; the admin's moving "
                      "announcement, 10-60% of the old members back under their old names, newcomers, 2-40 new "
                      "threads, 0-25% of the old threads revived",
    "ai_local_news": "blind (round 3), hard case: machine-written 'local newspaper' under 3-8 invented journalists "
                     "(bios or not): 1-10 articles a day, weekends too, at human hours or on quarter-hours, 20-80% "
                     "paraphrased uncredited from real newsrooms' articles 1-30 hours old, the others long generic "
                     "guides, 20-60% with a local angle; 15-70% slip a link to 1-4 paying sites; no comments",
    "llm_qa_forum": "blind (round 3), hard case: machine-written questions-and-answers forum: questions from one-time "
                    "(or a recycled pool of 10-60) asker names published in batches, each answered minutes to hours "
                    "later by 1-4 of 3-12 invented 'experts' in fluent structured answers (key points, 'En résumé', a "
                    "prudent disclaimer), 5-50% with a client's link; askers thank in 0-20% of the threads, nobody "
                    "quotes or disagrees; many accounts, unique texts",
    "automod_forum": "blind (round 4), hard case: genuine savers' community run with a moderation robot: the robot "
                     "opens the weekly questions thread and/or the monthly thread on the clock (same minute, same body "
                     "word for word, every 7 days or every 1st of the month, over 60-360 days) and answers 15-80% of the members' new threads "
                     "within 1-5 minutes with one of 1-3 canned messages linking the FAQ thread; 15-44 members talk "
                     "inside the robot's threads and their own, quote (10-40%) and thank, at human delays",
    "seo_guide_blog": "blind (round 4), hard case: genuine personal-finance blogger who learnt SEO: 25-70% of the posts "
                      "are evergreen guides with the year in the title, 40-100% of them refreshed every January (year "
                      "bumped, 'Mise à jour' line, modification date), a table of contents (20-90%), a 'Questions "
                      "fréquentes' block (30-95%), one affiliate disclosure word for word and tracked links to 2-5 "
                      "brokers (40-95% of the guides); his own figures and anecdotes in every post, readers' comments "
                      "answered (30-90% of the questions), personal posts between",
    "scraped_forum": "blind (round 4), hard case: forum filled by a scraper: 30-100% of the threads of 1-3 genuine "
                     "forums of the audit (10-60 at most) copied 0.5-300 days after they opened, message by message, "
                     "thanks and (70% of the sources) quotes included, names kept or all replaced by invented "
                     "pseudonyms, the delays between messages kept or every message stamped at the scrape, 0-60% of "
                     "the messages lightly reworded, threads cut to 3-36 messages, 0-60% of the threads carrying an ad "
                     "for 1-2 paying sites; nobody of its own writes but the admin's rules",
    "translated_blog": "blind (round 4), hard case: 'personal blog' of machine translations of American personal-"
                       "finance posts under a French persona: US realities in literal French (401(k), Roth IRA, score "
                       "de crédit, dollars), calques ('Ligne de fond'), 1-10 posts a week at American morning hours "
                       "(French afternoons and nights), credited 'traduit de l'anglais' on 0-30% of the posts, 0-60% "
                       "with French generic paragraphs, 0-50% with an affiliate link; comments mostly open, 0-15% "
                       "with one stray reader, never answered; unique texts",
    "legal_watch_blog": "blind (round 5), hard case: genuine tax lawyer's or notary's legal watch ('veille juridique "
                        "et fiscale'): every post quotes official texts word for word and at length (Code général des "
                        "impôts, Code civil, Code des assurances, BOFiP, Cour de cassation, AMF/ACPR, ministers' "
                        "answers), the same passages the other lawyers, the experts' forum and the sponsored magazines "
                        "of the audit quote, then the author's own commentary and a worked case with real figures (on "
                        "40-100% of the flashes and thematic posts, where the text lends itself); a person's regular rhythm (every 7-30 days around one weekday, 5-35% "
                        "skipped, holidays off), flashes 0-4 days after 0-40% of the rulings and texts of the author's "
                        "subjects, round-ups (0-50%); links to Légifrance and the official sites; few comments (on "
                        "5-50% of the posts; closed on a quarter of the blogs), 20-70% from peers signed with their "
                        "firm, 10-70% answered",
    "expert_qa_forum": "blind (round 5), hard case: genuine questions-and-answers forum where 1-2 professionals "
                       "(notary, advisor, lawyer: by name and signature) answer 60-95% of the questions, mostly at "
                       "office hours, a median 2-36 hours later, and again when the asker comes back (0-4 rounds: details, "
                       "disagreement, thanks; 2-20% tell months later what they did); most askers come once (3-25% "
                       "return with another question); 0-12 members answer too; the experts quote the code (5-30% of "
                       "their answers) and link their firm's page (2-20%)",
    "guest_post_farm": "blind (round 5), hard case: 'magazine' selling sponsored articles: each by another invented "
                       "byline (0-50% by the newsroom), 1-3 links per post to 8-36 paying sites of every trade "
                       "(insurance, credit, property, travel, casinos, solar panels...), the same clients buying on "
                       "the other magazines; 5-12 broad rubrics, unique texts of middling quality (finance and "
                       "off-sector; 0-25% of the finance ones quote the code); bursts of posts then days to weeks of "
                       "nothing; comments closed or empty; 'article sponsorisé' on 0-30% of the posts",
    "doorway_site": "blind (round 5), hard case: a wealth-management firm's local doorway pages: 20-300 pages "
                    "'<service> à <ville>' for 20-150 towns and 1-3 services from one template (town, département, "
                    "neighbours and figures swapped; 40% of the farms lightly spun), in batches (same minute, a drip "
                    "or an hour) days to months apart, every page linking the firm's contact page and 0-8 sibling "
                    "pages; 0-8 ordinary blog posts; comments closed",
    "newsletter_archive_blog": "blind (round 6), hard case: genuine wealth-management firm's client letter archive: "
                               "the monthly (or quarterly) letter as posts, 4-72 issues on one skeleton (the same 3-7 "
                               "sections in the same order under the same headings, the same greeting and closing, the "
                               "same disclaimer word for word with the ORIAS number), the month's market figures (one "
                               "series for the whole web), on a fixed day of the month or n-th weekday (50% on the "
                               "planner: the same minute every issue; 0-25% a few days late, 0-12% skipped, August "
                               "skipped or merged), by one adviser; a link to the firm's contact page (50-100%), to the "
                               "last issue (0-80%); 0-0.8 ordinary posts per letter (tax deadlines, events, the team); "
                               "comments closed (65%) or on 2-12% of the posts",
    "association_site": "blind (round 6), hard case: genuine association of savers, SCPI holders, individual "
                        "shareholders or retirees (1.5-8 years): 2-6 volunteer authors by role (a webmaster posting "
                        "20-80% for the others), each spring the general assembly's notice, reminder and minutes (a "
                        "burst), the membership call in January, 0-8 meetings' notices, 1-4 reports of its actions and "
                        "0-2 press releases a year, 5-50% of the AMF/ACPR warnings reprinted word for word with credit "
                        "and link, nothing in the summer holidays, quiet months; members' comments on 5-40% of the "
                        "posts (closed on 15% of the sites), 10-70% answered",
    "forum_digest_splog": "blind (round 6), hard case: splog of the audit's forum threads: 1-4 genuine forums' "
                          "threads turned into posts days to months after they opened, the question and its 1-3 "
                          "longest answers pasted (or, on 0-80% of the posts, lightly reworded), names dropped or "
                          "kept, credited nowhere, by a bare 'Source : forum', by the forum's name or its link; 1-7 "
                          "posts a day on 70-100% of the days, at the scheduler's minutes or any hour; an ad or "
                          "affiliate link under 20-90% of them; one author, comments closed or empty",
    "seo_directory": "blind (round 6), hard case: web directory ('annuaire') of finance sites: 20-300 listing pages, "
                     "each a keyword-rich spintax description (one template per submitter, 100-250 words minimum), the "
                     "link, the category and the keywords; 8-60 of the listings are the audit's own sources (seeds), "
                     "the others invented firms and sites; 3-30% premium listings with deep links; the submission, "
                     "link-exchange and partners pages (6-30 partner directories); listings validated in batches (one "
                     "minute, a drip or an hour) days to months apart; no comments",
    "brand_community_forum": "blind (round 7), hard case: genuine official customer community ('Communauté', "
                             "'Entraide') of an online bank, insurer or broker (5 months to 5.5 years): customers ask, "
                             "mostly once (5-30% come back); 2-6 staff accounts, marked as staff, answer 55-95% of the "
                             "questions at the service's office hours (weekdays, some Saturday mornings, never a public "
                             "holiday), each with the same greeting and the same sign-off every time, 20-80% with the "
                             "theme's canned answer word for word, 20-70% linking the firm's FAQ, 10-50% sending the "
                             "customer to the secure messaging; 30-90% of the answered support threads marked solved "
                             "in the title; 1-5 'super-utilisateurs' answer 10-50% of the threads, evenings and "
                             "weekends too; staff announcements (maintenance, app versions, phishing, hours, the "
                             "trade's news, newcomers), 0-4 incident days answered with one message word for word, "
                             "ideas voted '+1'",
    "podcast_notes_blog": "blind (round 7), hard case: genuine personal-finance podcast's site: one post per episode "
                          "(8-150), weekly or fortnightly on one weekday (60% at the hosting platform's same minute), "
                          "3-25% of the weeks skipped, 0-20% one to three days late, a summer break every year (and "
                          "a winter one on half the shows), episodes numbered in order; short notes on one skeleton "
                          "(summary, the guest's bio on 30-90%, chapters '00:00 Introduction' on 50-100%, the "
                          "listening links to Spotify and 1-5 other platforms, resources on 30-90%), a transcript "
                          "excerpt on 0-30%, a sponsor on 40% of the shows, 0-12% bonus episodes, the pause's post "
                          "on half the shows; guests' sites, official sites and now and then a blogger of the audit "
                          "invited and linked; the host (and a co-host on half the shows, writing 10-50% of the "
                          "notes) sign; listeners comment on 5-50% of the episodes, 20-90% answered",
    "ai_persona_blog": "blind (round 7), hard case: blog an LLM writes under an invented persona ('conseiller "
                       "patrimonial depuis 8-25 ans'): 1-3 posts a day for 15-240 days at fixed daily slots moved by "
                       "5-90 minutes (weekends on 60% of the blogs, 0-20% of the days skipped), unique fluent "
                       "listicles and guides on SEO keywords (numbered sections on 30-80%, a table of contents on "
                       "0-80%, a FAQ block on 30-100%, the LLM's intros, connectors and conclusions), the persona's "
                       "bio (30-100%), a stock-photo credit (40-100%), an affiliate or lead-generation link to one "
                       "partner on 20-70%, a link to an older post on 0-50%; an invented 'about' page; generated "
                       "comments (first names, no URL) praising and asking an easy question on 20-80% of the posts, "
                       "the persona answering 60-100% within hours",
    "scam_funnel_site": "blind (round 7), hard case: investment-scam funnel (a 'livret boosté', crypto, 'gestion de "
                        "portefeuille' or gold at a guaranteed rate, no AMF or ORIAS registration): 'analyses' with "
                        "the web's market figures, success stories and offers, 70-100% ending with a call to a "
                        "WhatsApp or Telegram group or to the phone number of a 'conseiller'; the audit's newsrooms' "
                        "articles "
                        "and the AMF/ACPR warnings copied word for word; testimonial comments on 40-100% of the posts "
                        "from a pool of 3-10 fixed texts repeated across posts under rotating names, 0-60% of them "
                        "thanked by the site; an 'about' page of invented claims (guaranteed capital, thousands of "
                        "clients, a foreign company); 2-5 bursts of posts (1-3 days) 4-45 days apart, then silence "
                        "(the last 0-120 days ago); a site a few months old",
    "shill_forum": "blind, hard case: fake help forum, each question from a fresh one-post account, one 'helpful "
                   "member' answers 80-100% of the threads first, recommending one brand with its link in 35-90% "
                   "of his answers; a few accounts confirm, askers thank him; many accounts, unique texts, human delays",
}
NOT_SEEDS = {"discovered_genuine", "discovered_splog", "second_hop_genuine", "signed_splog", "member_blog"}
# Sources a default audit (discover_depth = 1) does not crawl, by design: the map's prospects. The
# classification figures leave them out; the ecosystem benchmark (tests/bench/ecosystem_eval.py) uses them.
PROSPECT_FAMILIES = {"second_hop_genuine"}
# Families added after the first draws were measured: each draws from a stream of its own, so that adding
# them changed no other source (look-alikes of the network and timer rules: a friends' circle, a columnist).
# Families designed blind (without reading the rules: an honest held-out measurement, shown apart), each
# on a stream of its own (sectorweb/blindmakers.py).
# Round 2 (sectorweb/blindmakers2.py), by another blind writer, is reported with them.
BLIND2_FAMILIES = {"portfolio_diary_blog", "investment_club_forum", "expired_domain_blog", "review_site"}
# Round 3 (sectorweb/blindmakers3.py), by a third blind writer: two newsrooms and two forums.
BLIND3_FAMILIES = {"trade_newsroom", "migrated_forum", "ai_local_news", "llm_qa_forum"}
# Round 4 (sectorweb/blindmakers4.py), by a fourth blind writer: two forums and two blogs.
BLIND4_FAMILIES = {"automod_forum", "seo_guide_blog", "scraped_forum", "translated_blog"}
# Round 5 (sectorweb/blindmakers5.py), by a fifth blind writer: a genuine blog and forum, two automated blogs.
BLIND5_FAMILIES = {"legal_watch_blog", "expert_qa_forum", "guest_post_farm", "doorway_site"}
# Round 6 (sectorweb/blindmakers6.py), by a sixth blind writer: two genuine blogs, two automated ones.
BLIND6_FAMILIES = {"newsletter_archive_blog", "association_site", "forum_digest_splog", "seo_directory"}
# Round 7 (sectorweb/blindmakers7.py), by a seventh blind writer: a genuine forum and blog, two automated blogs.
BLIND7_FAMILIES = {"brand_community_forum", "podcast_notes_blog", "ai_persona_blog", "scam_funnel_site"}
BLIND_FAMILIES = ({"cgp_answers_blog", "founder_forum", "ghostwriter_farm", "shill_forum"} | BLIND2_FAMILIES
                  | BLIND3_FAMILIES | BLIND4_FAMILIES | BLIND5_FAMILIES | BLIND6_FAMILIES | BLIND7_FAMILIES)
OWN_STREAM_FAMILIES = PROSPECT_FAMILIES | {"blog_circle", "weekly_columnist", "signed_splog", "member_blog",
                                           "excerpt_splog", "wire_news", "blogger_readers", "welcoming_forum"} | BLIND_FAMILIES


def markups(markup_set: str | None = None) -> dict[str, list[str]]:
    """Markups that can render each kind: `families.MARKUPS` when present ("all"), else (or "today")
    `TODAY_MARKUPS`; only those `site.RENDERERS` knows."""
    from sectorweb import families
    from sectorweb.site import RENDERERS

    which = markup_set or MARKUP_SET
    if which not in ("all", "today", *families.BLIND_SETS):
        raise ValueError(f"markup_set is 'all', 'today' or one of {sorted(families.BLIND_SETS)}, not {which!r}")
    if which in families.BLIND_SETS:  # only the markups written blind: none of the others is a fallback
        return {kind: [m for m in families.BLIND_SETS[which][kind] if m in RENDERERS] for kind in TODAY_MARKUPS}
    table = (getattr(families, "MARKUPS", None) if which == "all" else None) or TODAY_MARKUPS
    return {kind: [m for m in table.get(kind, TODAY_MARKUPS[kind]) if m in RENDERERS] for kind in TODAY_MARKUPS}


def _engine(markup: str) -> str:
    from sectorweb import families

    return getattr(families, "engine", lambda m: m)(markup)


class _Decks:
    """Markups drawn per kind from a shuffled deck, refilled when empty: random, yet every markup of a
    kind gets its share (n sources of a kind with m markups give each at least n // m). One random
    stream per kind, apart from the behaviours': a markup added to one kind changes nothing else."""

    def __init__(self, seed: int, table: dict[str, list[str]]):
        self.table, self.decks = table, {k: [] for k in table}
        self.rngs = {k: Random(f"{seed}:markups:{k}") for k in table}

    def draw(self, kind: str) -> str:
        if not self.decks[kind]:
            self.decks[kind] = self.rngs[kind].sample(self.table[kind], len(self.table[kind]))
        return self.decks[kind].pop()


class _Names:
    """Unique, plausible host names and site names (several host shapes, as on the real web)."""

    def __init__(self, rng: Random):
        self.rng, self.taken = rng, set()

    def host(self, platform: str, kind: str) -> tuple[str, str]:
        for _ in range(1000):
            stem, tail, shape = self.rng.choice(STEMS), self.rng.choice(TAILS), self.rng.randrange(5)
            slug = f"{stem}-{tail}"  # as many draws whatever the platform: names do not depend on markups
            if platform == "blogger":
                host = f"{slug}.blogspot.test"
            elif platform == "canalblog":
                host = f"{slug}.canalblog.test"
            elif kind == "forum":
                host = ["forum.{s}.test", "forum.{s}.test", "communaute.{s}.test", "{s}.test",
                        "www.{s}-forum.test"][shape].format(s=slug)
            else:
                host = ["www.{s}.test", "www.{s}.test", "www.{s}.test", "{s}.test",
                        "blog.{s}.test"][shape].format(s=slug)
            if slug not in self.taken:  # one slug, one site: no www./forum. pair on one domain
                self.taken.add(slug)
                return host, slug.replace("-", " ").capitalize()
        raise RuntimeError("out of host names")


def _last(rng: Random, days: int = 60) -> datetime:
    return NOW - timedelta(days=rng.randrange(0, days), hours=rng.randrange(1, 12))


def _logint(rng: Random, lo: int, hi: int) -> int:
    """An integer in lo..hi, log-uniform: many small values, a long tail of large ones (as post counts)."""
    return min(hi, int(math.exp(rng.uniform(math.log(lo), math.log(hi + 1)))))


def _money(rng: Random) -> str:
    """A commercial site outside the web (never served: its links are the evidence, not its pages)."""
    return f"http://www.{rng.choice(TRADES)}-{rng.choice(FIRMS).lower()}.test/"


def _blog_params(rng: Random, **over) -> dict:
    """A genuine blogger, over wide ranges; a share of readers write stock comments on half the blogs."""
    lo = rng.randint(120, 260)
    p = dict(voice=rng.choice(VOICES), author=rng.choice(AUTHORS), n_posts=_logint(rng, 3, 60),
             per_month=round(rng.uniform(0.5, 9.0), 1), last=_last(rng, rng.choice([30, 60, 200])),
             comments=(rng.randint(0, 3), rng.randint(3, 20)), reply_rate=round(rng.uniform(0.0, 0.9), 2),
             topics=rng.sample(TOPIC_NAMES, rng.randint(2, 6)), blogroll=[], commenter_sites=[],
             personal_comments=True, size=(lo, rng.randint(lo + 40, 395)),
             stock_share=0.0 if rng.random() < 0.5 else round(rng.uniform(0.05, 0.3), 2))
    p.update(over)
    if p["stock_share"] and p["comments"][1]:
        p["touch"] = ["stock_comments"]
    return p


def _generated_params(rng: Random, **over) -> dict:
    """Posts of unique generated text (see `evalmakers`): voice, topics, length in words, comments closed."""
    lo = rng.randint(60, 300)
    p = dict(voice=rng.choice(VOICES), topics=rng.sample(TOPIC_NAMES, rng.randint(2, 7)),
             length=(lo, rng.randint(lo + 50, 800)), closed=rng.random() < 0.8, blogroll=[],
             author=rng.choice(AUTHORS + ["admin", "Rédaction", "La rédaction", "Webmaster"]))
    p.update(over)
    return p


def _forum_params(rng: Random, made: dict, family: str) -> dict:
    small = family == "small_forum"
    p = dict(n_threads=rng.randint(3, 10) if small else _logint(rng, 6, 40), boards=rng.randint(2, 4),
             link_blogs=[s.host for s in rng.sample(made["genuine_blog"], 2)], moderator_share=0,
             by_name=round(rng.uniform(0.0, 0.3), 2), touch=["thank_by_name"])
    if family == "moderated_forum":
        p["moderator_share"] = round(rng.uniform(0.3, 0.5), 2)
    elif family == "helpful_regular_forum":  # the regular answers after most other voices: 25-40% of messages
        p["moderator_share"] = round(rng.uniform(0.3, 0.65), 2)
        p["by_name"] = round(rng.uniform(0.3, 0.6), 2)
    return p


def _params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """A source's behaviour, drawn over the family's (wide) ranges; `maker` names its generator."""
    news = made["genuine_news"] + made["busy_news"] + made["newsroom_wordpress"]
    if family in ("genuine_blog", "discovered_genuine", "second_hop_genuine", "member_blog"):
        if rng.random() < 0.12:  # some bloggers close their comments: no conversation to see
            return _blog_params(rng, maker="genuine_blog", comments=(0, 0), closed=True)
        return _blog_params(rng, maker="genuine_blog")
    if family == "blogger_readers":
        # every reader signs with his own blog: blogs of the web, none of them a seed's circle
        sites = [x.host for x in made["genuine_blog"] + made["prolific_blog"] + made["quiet_blog"]]
        return _blog_params(rng, maker="genuine_blog", n_posts=_logint(rng, 8, 40),
                            comments=(rng.randint(1, 3), rng.randint(4, 10)), reply_rate=round(rng.uniform(0.0, 0.08), 2),
                            stock_share=0.0, bloggers_read=True, commenter_sites=rng.sample(sites, min(20, len(sites))))
    if family == "stock_comment_blog":
        return _blog_params(rng, maker="genuine_blog", comments=(rng.randint(1, 4), rng.randint(5, 20)),
                            stock_share=round(rng.uniform(0.3, 0.7), 2))
    if family == "scheduled_blog":
        p = _blog_params(rng, maker="genuine_blog", n_posts=_logint(rng, 5, 40),
                         every_days=rng.choice([1, 3, 7, 7, 14]), hour=rng.choice([6, 7, 8, 12, 18]))
        p["touch"] = ["scheduled"] + p.get("touch", [])
        return p
    if family == "affiliate_blog":
        code = f"parrainage?code={rng.randrange(10**5, 10**6)}"
        p = _blog_params(rng, maker="genuine_blog", affiliate=_money(rng) + code,
                         affiliate_share=round(rng.uniform(0.3, 0.9), 2))
        p["touch"] = ["affiliate"] + p.get("touch", [])
        return p
    if family == "quiet_blog":
        return _blog_params(rng, n_posts=rng.randint(2, 8), per_month=round(rng.uniform(0.3, 1.5), 1),
                            comments=(0, rng.choice([0, 1, 2, 3])), reply_rate=0.5, maker="genuine_blog")
    if family == "prolific_blog":
        return _blog_params(rng, n_posts=rng.randint(35, 70), per_month=rng.randint(10, 25),
                            comments=(0, rng.randint(2, 8)), maker="genuine_blog")
    if family == "expert_comments_closed":
        return _blog_params(rng, voice=rng.choice(["avocat", "notaire", "expert"]), comments=(0, 0), closed=True,
                            size=(rng.randint(250, 330), 395), maker="genuine_blog")
    if family == "wire_news":
        lo = rng.randint(1, 4)
        return dict(days=rng.randint(30, 90), weekday=(lo, lo + rng.randint(1, 3)), weekend=(0, rng.randint(0, 2)),
                    rss_items=rng.choice([10, 20, 30, 50]), authors=rng.sample(AUTHORS, rng.randint(1, 6)),
                    wire_share=round(rng.uniform(0.4, 0.9), 2), maker="newsroom")
    if family in ("genuine_news", "busy_news", "newsroom_wordpress"):
        busy = family != "genuine_news"
        lo = rng.randint(3, 5) if busy else rng.randint(0, 1)
        return dict(days=rng.randint(40, 90) if busy else rng.randint(30, 150),
                    weekday=(lo, lo + rng.randint(1, 3)), weekend=(0, 2) if busy else (0, rng.randint(0, 1)),
                    rss_items=rng.choice([10, 20, 30, 50, 100]), authors=rng.sample(AUTHORS, rng.randint(1, 6)),
                    maker="newsroom")
    if family in ("genuine_forum", "small_forum", "moderated_forum", "helpful_regular_forum"):
        return _forum_params(rng, made, family) | {"maker": "genuine_forum"}
    if family == "welcoming_forum":  # a club's forum: few questions yet, newcomers greeted one by one
        p = _forum_params(rng, made, "small_forum") | {"maker": "genuine_forum"}
        p |= dict(n_threads=rng.randint(4, 9), introductions=rng.randint(8, 16),
                  welcome_others=round(rng.uniform(0.0, 0.3), 2))
        p["touch"] = p["touch"] + ["welcome_board"]
        return p
    if family == "blog_circle":
        p = _blog_params(rng, maker="genuine_blog", cite_share=round(rng.uniform(0.1, 0.7), 2))
        p["touch"] = ["cite_friends"] + p.get("touch", [])
        return p
    if family == "weekly_columnist":
        p = _blog_params(rng, voice=rng.choice(["avocat", "notaire", "expert"]), comments=(0, 0), closed=True,
                         n_posts=_logint(rng, 6, 40), every_days=rng.choice([7, 7, 14, 30]),
                         hour=rng.choice([7, 8, 9, 12, 18]), news=rng.choice(news).host,
                         cite_share=round(rng.uniform(0.3, 1.0), 2), maker="genuine_blog")
        p["touch"] = ["scheduled", "cite_news"] + p.get("touch", [])
        return p
    if family == "press_review":
        return _blog_params(rng, quotes_from=[s.host for s in rng.sample(news, 2)], maker="press_review")
    if family == "syndicated":
        return dict(origins=[s.host for s in rng.sample(news, rng.randint(1, 3))], days=rng.randint(4, 45),
                    credit=rng.random() < 0.5, blogroll=[], maker="syndicated")
    if family == "excerpt_splog":
        # feeds' descriptions: a sentence or two (news agencies), 55 words (WordPress), 600 characters (SPIP)
        lo = rng.choice([rng.randint(25, 40), 55, rng.randint(80, 100)])
        return dict(origins=[s.host for s in rng.sample(news, rng.randint(1, 3))], days=rng.randint(4, 45),
                    credit=rng.random() < 0.5, excerpt=(lo, lo + rng.randint(0, 10)),
                    keep_date=rng.random() < 0.5, blogroll=[], maker="syndicated")
    if family in ("spun", "discovered_splog", "heavy_spun", "signed_splog"):
        pool = made["genuine_blog"] + made["prolific_blog"] + made["stock_comment_blog"]
        p = dict(origins=[s.host for s in rng.sample(pool, rng.randint(1, 3))], n_posts=_logint(rng, 3, 40),
                 blogroll=[], maker="spun")
        lo = rng.uniform(0.12, 0.2) if family == "heavy_spun" else rng.uniform(0.22, 0.35)
        p["spin_range"] = (round(lo, 2), round(lo + rng.uniform(0.05, 0.2), 2))
        return p
    if family == "high_cadence":
        lo = rng.randint(2, 12)
        return dict(days=rng.randint(5, 30), per_day=(lo, lo + rng.randint(1, 10)), blogroll=[], maker="high_cadence")
    if family in ("spam_comments", "spam_unsigned"):
        return _blog_params(rng, author=rng.choice(["admin", "Kevin", "Redac"]), n_posts=_logint(rng, 3, 25),
                            size=(120, rng.randint(130, 200)), comments=(0, 0), stock_share=0.0,
                            spam=(rng.randint(1, 4), rng.randint(4, 14)), signed=family == "spam_comments",
                            maker="spam_comments")
    if family in ("fake_forum", "fake_forum_puppets"):
        many = family == "fake_forum_puppets"
        firm = rng.choice(FIRMS)
        return dict(admin=rng.choice(["admin", "Modérateur", "Webmaster"]),
                    puppets=rng.sample(PSEUDOS, rng.randint(4, 8) if many else rng.randint(1, 3)),
                    marque=f"Placements {firm}", url=f"http://www.placements-{firm.lower()}.test/",
                    n_threads=_logint(rng, 3, 25), gap_hours=rng.choice([0.25, 0.5, 1, 1.5, 2, 3, 6, 12]),
                    maker="fake_forum")
    if family == "regular_fake_forum":
        firm = rng.choice(FIRMS)
        lo = rng.randint(1, 3)
        return dict(accounts=rng.sample(PSEUDOS, rng.randint(2, 6)), n_threads=_logint(rng, 4, 35),
                    replies=(lo, lo + rng.randint(1, 6)), gap_min=round(rng.uniform(15, 720)),
                    jitter=rng.choice([0.0, 0.02, 0.05, 0.1, 0.2, 0.35]), promo_share=round(rng.uniform(0, 0.5), 2),
                    marque=f"Placements {firm}", url=f"http://www.placements-{firm.lower()}.test/",
                    days=rng.randint(20, 200), maker="regular_forum")
    if family == "trio_forum":
        return dict(accounts=rng.sample(PSEUDOS, 3), n_threads=rng.randint(40, 50),
                    replies=(rng.randint(1, 2), rng.randint(3, 5)), days=rng.randint(60, 400), maker="trio_forum")
    if family == "rotating_network":
        return _generated_params(rng, n_posts=_logint(rng, 3, 30), per_month=round(rng.uniform(1, 8), 1),
                                 last=_last(rng), sidebar=(0, rng.randint(2, 5)), links_per_post=(1, rng.randint(1, 3)),
                                 maker="link_network")
    if family == "timer_blog":
        return _generated_params(rng, n_posts=_logint(rng, 4, 40), last=_last(rng, 30),
                                 step_hours=rng.choice([6, 8, 12, 24, 24, 48, 72, 168]),
                                 jitter_min=rng.choice([0, 0, 0, 5, 30, 120]), money=_money(rng),
                                 links_per_post=(1, rng.randint(1, 3)), closed=True, maker="timer_blog")
    if family == "single_post":
        return _generated_params(rng, when=_last(rng, 400), money=_money(rng) if rng.random() < 0.6 else None,
                                 comments=rng.randint(0, 2), closed=rng.random() < 0.5, maker="single_post")
    if family == "one_page":
        return dict(firm=rng.choice(FIRMS), city=rng.choice(CITIES), when=_last(rng, 300), blogroll=[],
                    maker="one_page")
    if family in BLIND7_FAMILIES:
        return _blind7_params(family, rng, made)
    if family in BLIND6_FAMILIES:
        return _blind6_params(family, rng, made)
    if family in BLIND5_FAMILIES:
        return _blind5_params(family, rng, made)
    if family in BLIND4_FAMILIES:
        return _blind4_params(family, rng, made)
    if family in BLIND3_FAMILIES:
        return _blind3_params(family, rng, made)
    if family in BLIND2_FAMILIES:
        return _blind2_params(family, rng, made)
    if family in BLIND_FAMILIES:
        return _blind_params(family, rng, made)
    if family == "self_promo":
        return _blog_params(rng, firm=rng.choice(FIRMS), city=rng.choice(CITIES), comments=(0, 0), closed=True,
                            n_posts=_logint(rng, 3, 25), stock_share=0.0, maker="self_promo")
    raise ValueError(family)


def _blind_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The blind families' behaviours (sectorweb/blindmakers.py), over wide ranges."""
    from sectorweb.families import make_slug

    if family == "cgp_answers_blog":
        firm, city = rng.choice(FIRMS), rng.choice(CITIES)
        lo = rng.randint(160, 280)
        genuine = made["genuine_blog"] + made["expert_comments_closed"] + made["genuine_news"]
        return dict(author=f"{rng.choice(AUTHORS)} {firm}", firm=f"{firm} Patrimoine", city=city,
                    firm_url=f"http://www.{firm.lower()}-patrimoine-{make_slug('wordpress', city, set())}.test/",
                    voice=rng.choice(["expert", "conseil"]), topics=rng.sample(TOPIC_NAMES, rng.randint(3, 7)),
                    n_posts=_logint(rng, 5, 60), per_month=round(rng.uniform(0.8, 5.0), 1),
                    last=_last(rng, rng.choice([20, 60, 150])), size=(lo, rng.randint(lo + 40, 395)),
                    commented=round(rng.uniform(0.4, 0.9), 2), comments=(1, rng.randint(2, 12)),
                    question_share=round(rng.uniform(0.45, 0.85), 2), answer_rate=round(rng.uniform(0.7, 1.0), 2),
                    ack_rate=round(rng.uniform(0.1, 0.6), 2), invite_share=round(rng.uniform(0.05, 0.4), 2),
                    followup_share=round(rng.uniform(0.15, 0.5), 2), pitch_share=round(rng.uniform(0.5, 1.0), 2),
                    sign_url=rng.random() < 0.7, tax_boost=round(rng.uniform(1.5, 4.0), 1),
                    holidays=rng.random() < 0.85,
                    blogroll=[s.host for s in rng.sample(genuine, rng.randint(0, 4))], maker="cgp_answers")
    if family == "founder_forum":
        return dict(founder=rng.choice(PSEUDOS), founder_sig=rng.choice(["", "Fondateur du forum", "Le forum des "
                                                                          "épargnants, depuis le début"]),
                    years=rng.randint(4, 12), n_threads=_logint(rng, 15, 70),
                    founder_share=round(rng.uniform(0.4, 0.75), 2), founder_early=round(rng.uniform(1.0, 2.0), 1),
                    yearly=rng.sample(["fonds_euros", "declaration", "per_fin_annee", "scpi_bilan"], rng.randint(1, 3)),
                    members=rng.randint(15, 40), regulars=rng.randint(3, 7), decline=round(rng.uniform(1.0, 2.5), 2),
                    founder_reply_share=round(rng.uniform(0.05, 0.25), 2), necro_share=round(rng.uniform(0.05, 0.3), 2),
                    quote_share=round(rng.uniform(0.15, 0.4), 2),
                    link_blogs=[s.host for s in rng.sample(made["genuine_blog"], 2)], maker="founder_forum")
    if family == "ghostwriter_farm":
        lo, gap, length = rng.randint(3, 10), rng.randint(5, 20), rng.randint(350, 600)
        return dict(author=rng.choice(["La rédaction", "Rédaction", "L'équipe"]),
                    personas=[f"{f} {n}" for f, n in zip(rng.sample(FIRST_NAMES, 7), rng.sample(LAST_NAMES, 7))]
                    [:rng.randint(3, 7)],
                    n_posts=_logint(rng, 12, 120), burst=(lo, lo + rng.randint(2, 15)),
                    pause_days=(gap, gap + rng.randint(5, 30)), spacing=rng.choice(["same_minute", "drip", "workday"]),
                    drip_min=rng.choice([5, 10, 15, 20, 30, 60]), last=_last(rng, 45),
                    length=(length, length + rng.randint(100, 300)), voice=rng.choice(VOICES),
                    topics=rng.sample(TOPIC_NAMES, rng.randint(4, 11)),
                    money=[_money(rng) for _ in range(rng.randint(1, 3))], money_share=round(rng.uniform(0.2, 0.8), 2),
                    internal_share=round(rng.uniform(0.1, 0.6), 2), closed=rng.random() < 0.4,
                    stray=round(rng.uniform(0.0, 0.12), 2), bios=rng.random() < 0.6, blogroll=[],
                    maker="ghostwriter_farm")
    if family == "shill_forum":
        a, b = rng.choice(["Avenir", "Serenia", "Horizon", "Optima", "Altus", "Primea"]), \
            rng.choice(["Patrimoine", "Epargne", "Invest", "Gestion", "Conseil"])
        helper, *confirmers = rng.sample(PSEUDOS, 4)
        return dict(admin=rng.choice(["Admin", "Administrateur", "Modération", "Webmaster"]), helper=helper,
                    confirmers=confirmers[:rng.randint(0, 3)], marque=f"{a} {b}",
                    url=f"http://www.{a.lower()}-{b.lower()}.test/", n_threads=_logint(rng, 8, 60),
                    days=rng.randint(30, 400), answer_share=round(rng.uniform(0.8, 1.0), 2),
                    brand_share=round(rng.uniform(0.35, 0.9), 2), first_delay_min=rng.choice([20, 45, 90, 180, 360]),
                    confirm_share=round(rng.uniform(0.0, 0.35), 2), thanks_share=round(rng.uniform(0.3, 0.8), 2),
                    extra_replies=(0, rng.randint(0, 2)), signature=rng.random() < 0.5, maker="shill_forum")
    raise ValueError(family)


def _blind2_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The round-2 blind families' behaviours (sectorweb/blindmakers2.py), over wide ranges."""
    from sectorweb.blindmakers2 import NEEDS, REPORT_TITLES
    from sectorweb.families import make_slug

    genuine = made["genuine_blog"] + made["quiet_blog"] + made["prolific_blog"]
    if family == "portfolio_diary_blog":
        lo, day = rng.randint(120, 260), rng.randint(1, 5)
        author = rng.choice([rng.choice(AUTHORS), f"{rng.choice(AUTHORS)} {rng.choice(LAST_NAMES)[0]}.",
                             rng.choice(["Rentier Tranquille", "Monsieur Dividendes", "La Fourmi Investisseuse",
                                         "Objectif Rente 2035", "Le Petit Épargnant"])])
        return dict(author=author, voice=rng.choice(["perso", "fire", "retraite"]),
                    topics=rng.sample(["bourse", "assurance_vie", "per", "livret", "scpi", "locatif", "retraite"],
                                      rng.randint(2, 5)),
                    title=rng.choice(REPORT_TITLES), n_reports=_logint(rng, 4, 90),
                    stopped_months=rng.choice([0, 0, 0, 0, 1, 2, 5, 10]), report_day=(day, day + rng.randint(0, 4)),
                    late_share=round(rng.uniform(0.0, 0.3), 2), skip_share=round(rng.uniform(0.0, 0.25), 2),
                    essay_share=round(rng.uniform(0.0, 0.6), 2), size=(lo, rng.randint(lo + 40, 395)),
                    readers=rng.randint(4, 25), commented=round(rng.uniform(0.2, 0.95), 2),
                    comments=(rng.randint(0, 1), rng.randint(2, 14)), reply_rate=round(rng.uniform(0.1, 0.9), 2),
                    start_net=rng.randrange(5, 400) * 1000, goal=rng.choice([1000, 1500, 2000, 2500, 3000, 4000]),
                    prev_link_share=round(rng.uniform(0.2, 1.0), 2),
                    blogroll=[s.host for s in rng.sample(genuine, rng.randint(0, 3))], maker="portfolio_diary")
    if family == "investment_club_forum":
        n = rng.randint(5, 18)
        return dict(accounts=rng.sample(PSEUDOS, n), founders=rng.randint(2, n), months=rng.randint(8, 84),
                    weekday=rng.randint(0, 4), nth=rng.randint(1, 3), cancel_share=round(rng.uniform(0.0, 0.2), 2),
                    agenda_share=round(rng.uniform(0.2, 0.95), 2),
                    proposals=rng.choice([(0, 0, 1), (0, 1, 1, 2), (1, 1, 2), (1, 2, 3)]),
                    debate_share=round(rng.uniform(0.05, 0.4), 2), acks=rng.randint(1, 6),
                    cr_missing=round(rng.uniform(0.0, 0.2), 2), turnover=round(rng.uniform(0.0, 0.4), 2),
                    capital=rng.randrange(5, 80) * 1000, free_threads=_logint(rng, 1, 40) - 1, maker="investment_club")
    if family == "expired_domain_blog":
        lo, length = rng.randint(120, 260), rng.randint(350, 700)
        tails = ["facile", "direct", "expert", "malin", "pro", "comparo", "plus", "online", "france", "conseil"]
        clients = [(kind, f"http://www.{kind}-{rng.choice(tails)}{rng.randrange(2, 99)}.test/"
                          f"{rng.choice(['', 'offre/', 'simulation/', 'devis/', 'guide/'])}")
                   for kind in rng.choices(sorted(NEEDS), k=rng.randint(4, 15))]
        return dict(old_author=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    old_voice=rng.choice(["perso", "retraite", "notaire", "immo"]),
                    old_topics=rng.sample(TOPIC_NAMES, rng.randint(2, 5)), old_n=_logint(rng, 3, 60),
                    old_per_month=round(rng.uniform(0.5, 6.0), 1), old_size=(lo, rng.randint(lo + 40, 395)),
                    old_comments=(rng.randint(0, 2), rng.randint(2, 15)),
                    old_reply_rate=round(rng.uniform(0.1, 0.8), 2),
                    gap_days=rng.randint(300, 1800),
                    new_author=rng.choice(["Rédaction", "admin", f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                                           rng.choice(FIRST_NAMES)]),
                    new_voice=rng.choice(["expert", "conseil", "perso"]),
                    new_topics=rng.sample(TOPIC_NAMES, rng.randint(3, 9)), new_n=_logint(rng, 3, 60),
                    new_per_month=round(rng.uniform(1.5, 12.0), 1), new_last=_last(rng, 40),
                    new_length=(length, length + rng.randint(100, 300)), clients=clients,
                    link_share=round(rng.uniform(0.5, 1.0), 2), links_per_post=(1, rng.randint(1, 3)),
                    closed=rng.random() < 0.7, insert_old=round(rng.uniform(0.0, 0.3), 2), blogroll=[],
                    maker="expired_domain")
    if family == "review_site":
        a = ["Nova", "Alto", "Vega", "Lumio", "Solea", "Kerys", "Ardent", "Cap Azur", "Orféo", "Mistra", "Boréal",
             "Linéa", "Azimo", "Talis"]
        b = ["Patrimoine", "Invest", "Épargne", "Gestion", "Conseil", "Finance"]
        names = [f"{x} {rng.choice(b)}" for x in rng.sample(a, 12)]
        k = rng.randint(1, 2)
        sponsors = [(x, f"http://www.{make_slug('wordpress', x, set())}.test/") for x in names[:k]]
        lo = rng.randint(250, 500)
        return dict(author=rng.choice(["L'équipe", "La rédaction", "Équipe Avis", "admin"]), sponsors=sponsors,
                    brands=names[k:k + rng.randint(4, 10)], n_posts=_logint(rng, 5, 60),
                    per_month=round(rng.uniform(1.0, 10.0), 1), last=_last(rng, 60),
                    topics=rng.sample(TOPIC_NAMES, rng.randint(3, 8)), voice=rng.choice(["expert", "conseil"]),
                    length=(lo, lo + rng.randint(50, 250)), rank_share=round(rng.uniform(0.05, 0.35), 2),
                    sponsor_share=round(rng.uniform(0.2, 0.6), 2), reviews=(rng.randint(0, 3), rng.randint(3, 40)),
                    campaign_share=round(rng.uniform(0.4, 0.95), 2), team_answers=round(rng.uniform(0.0, 0.6), 2),
                    tracking=rng.choice(["ref", "utm_source", "aff", "partenaire"]), blogroll=[], maker="review_site")
    raise ValueError(family)


def _blind3_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The round-3 blind families' behaviours (sectorweb/blindmakers3.py), over wide ranges. The newsrooms carry
    days=0: content.build_content's own newsroom (run first on every "news" markup) finds no day to fill."""
    def people(k: int) -> list[str]:
        return [f"{f} {n}" for f, n in zip(rng.sample(FIRST_NAMES, k), rng.sample(LAST_NAMES, k))]

    if family == "trade_newsroom":
        lo, length = rng.randint(1, 5), rng.randint(40, 80)
        journalists = people(rng.randint(2, 7))
        firms = rng.sample(["Patrimonia Conseil", "Banque Delmas", "Atlas Gestion", "Orion Finance", "Meridia AM",
                            "Crédit Horizon", "Astrée Courtage", "Valmy Asset Management", "Sycomore Vie",
                            "Epsilon Partenaires", "Lumen Gestion", "Axiome Patrimoine", "Norden Capital"],
                           rng.randint(5, 12))
        return dict(days=0, span_days=rng.randint(30, 120),
                    brief=rng.choice(["La matinale", "Le point marchés", "L'essentiel du matin", "Le brief du jour",
                                      "Avant-Bourse"]),
                    brief_by=rng.choice(["La rédaction", journalists[0]]), brief_hour=rng.choice([6, 7, 7, 8, 9]),
                    brief_jitter=rng.choice([0, 2, 5, 10, 25, 45]), brief_share=round(rng.uniform(0.6, 1.0), 2),
                    brief_links=round(rng.uniform(0.0, 0.8), 2), dispatches=(lo, lo + rng.randint(0, 6)),
                    weekend=(0, rng.randint(0, 2)), dispatch_len=(length, length + rng.randint(20, 90)),
                    release_share=round(rng.uniform(0.2, 0.8), 2), desk_share=round(rng.uniform(0.3, 1.0), 2),
                    features=round(rng.uniform(0.05, 0.6), 2), weekly=rng.random() < 0.6,
                    summer=rng.random() < 0.7, journalists=journalists, firms=firms,
                    rss_items=rng.choice([10, 20, 30, 50]), author="La rédaction", maker="trade_newsroom")
    if family == "migrated_forum":
        return dict(admin=rng.choice(PSEUDOS), import_account=rng.choice(["Archives", "Import", "Ancien forum",
                                                                           "Robot-import", "Anonymous", "Invité"]),
                    old_engine=rng.choice(["Forumactif", "phpBB 2", "Xooit", "Invision Free", "vBulletin 3", "Bbfr"]),
                    migrated_days=rng.randint(45, 900), old_years=round(rng.uniform(1.5, 10), 1),
                    old_threads=_logint(rng, 10, 90), new_threads=_logint(rng, 2, 40),
                    old_members=rng.randint(12, 60), returners=round(rng.uniform(0.1, 0.6), 2),
                    newcomers=rng.randint(2, 25), header=rng.randrange(4),
                    dates_kept=rng.choice([0.0, 0.0, 0.3, 0.8, 1.0, 1.0]), artifacts=round(rng.uniform(0.0, 0.3), 2),
                    archive_prefix=rng.random() < 0.4, quote_share=round(rng.uniform(0.1, 0.4), 2),
                    bumps=round(rng.uniform(0.0, 0.25), 2), decline=round(rng.uniform(0.6, 2.5), 2),
                    maker="migrated_forum")
    if family == "ai_local_news":
        lo, length, spin_lo = rng.randint(1, 4), rng.randint(250, 500), rng.uniform(0.25, 0.4)
        news = made["genuine_news"] + made["busy_news"]
        return dict(days=0, span_days=rng.randint(20, 90), city=rng.choice(CITIES),
                    journalists=people(rng.randint(3, 8)), bios=rng.random() < 0.7,
                    per_day=(lo, lo + rng.randint(1, 6)), weekend=round(rng.uniform(0.3, 1.0), 2),
                    hours=(rng.randint(5, 8), rng.randint(20, 23)), round_share=rng.choice([0.0, 0.0, 0.3, 0.8]),
                    origins=[s.host for s in rng.sample(news, rng.randint(1, 3))],
                    rewrite_share=round(rng.uniform(0.2, 0.8), 2),
                    spin_range=(round(spin_lo, 2), round(spin_lo + rng.uniform(0.05, 0.2), 2)),
                    topics=rng.sample(TOPIC_NAMES, rng.randint(3, 9)), length=(length, length + rng.randint(50, 250)),
                    local_share=round(rng.uniform(0.2, 0.6), 2),
                    money=[_money(rng) for _ in range(rng.randint(1, 4))], money_share=round(rng.uniform(0.15, 0.7), 2),
                    closed=rng.random() < 0.85, rss_items=rng.choice([10, 20, 30, 50]), author="La rédaction",
                    maker="ai_local_news")
    if family == "llm_qa_forum":
        k = rng.randint(3, 12)
        experts = [rng.choice([f"{f} {n}", f"{f}_CGP", f"{f} (conseil en patrimoine)",
                               f"Expert{n.replace(' ', '')}"]) for f, n in zip(rng.sample(FIRST_NAMES, k),
                                                                                rng.sample(LAST_NAMES, k))]
        lo, batch = rng.choice([0, 2, 5, 15, 60]), rng.randint(2, 10)
        return dict(admin=rng.choice(["Admin", "L'équipe", "Modération", "Team"]), experts=list(dict.fromkeys(experts)),
                    askers=rng.choice([0, 0, rng.randint(10, 60)]), n_questions=_logint(rng, 15, 150),
                    span_days=rng.randint(20, 300), batch=(batch, batch + rng.randint(0, 10)),
                    batch_spread=rng.choice([1, 5, 30, 120, 240]), batch_hours=rng.sample(range(24), rng.randint(1, 4)),
                    answers=(1, rng.randint(1, 4)), delay_min=(lo, lo + rng.randint(10, 600)),
                    structure_share=round(rng.uniform(0.5, 1.0), 2), persona_share=round(rng.uniform(0.0, 0.4), 2),
                    thanks_share=round(rng.uniform(0.0, 0.2), 2),
                    money=[_money(rng) for _ in range(rng.randint(1, 2))], money_share=round(rng.uniform(0.05, 0.5), 2),
                    maker="llm_qa_forum")
    raise ValueError(family)


def _blind4_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The round-4 blind families' behaviours (sectorweb/blindmakers4.py), over wide ranges."""
    from sectorweb.blindmakers4 import DISCLOSURES, MONTHLY, MONTHLY_BODY, WEEKLY, WEEKLY_BODY

    if family == "automod_forum":
        admin = rng.choice(PSEUDOS)
        weekly = rng.random() < 0.85
        lo = rng.randint(0, 3)
        return dict(admin=admin, bot=rng.choice(["AutoModerator", "Bot-Modération", "Robot du forum", "ModBot",
                                                  "Le Robot", "Modération (robot)"]),
                    span_days=rng.randint(60, 360), members=rng.randint(15, 44), weekly=weekly,
                    monthly=not weekly or rng.random() < 0.6, weekday=rng.randrange(7),
                    bot_hour=rng.choice([0, 6, 7, 8, 9, 12]), bot_minute=rng.choice([0, 0, 0, 1, 30]),
                    weekly_title=rng.randrange(len(WEEKLY)), weekly_body=rng.randrange(len(WEEKLY_BODY)),
                    monthly_title=rng.randrange(len(MONTHLY)), monthly_body=rng.randrange(len(MONTHLY_BODY)),
                    inside=(lo, lo + rng.randint(2, 20)), n_threads=_logint(rng, 8, 60),
                    bot_share=round(rng.uniform(0.15, 0.8), 2), bot_delay=rng.choice([1, 1, 2, 5]),
                    bot_texts=rng.sample(range(3), rng.randint(1, 3)), quote_share=round(rng.uniform(0.1, 0.4), 2),
                    maker="automod_forum")
    if family == "seo_guide_blog":
        lo = rng.randint(150, 260)
        names = rng.sample(["Boursomarket", "Linxéa Direct", "Trade Alpha", "Fortunéo Bourse", "Nalo Invest",
                            "Yomoni Plus", "Placement Direct", "Épargne Facile", "Goodvest Vie", "Ramify Gestion"],
                           rng.randint(2, 5))
        code = rng.choice(["ref", "parrain", "aff", "utm_source"])
        brokers = [(b, f"http://www.{b.lower().replace(' ', '-').replace('é', 'e')}.test/?{code}="
                       f"{rng.randrange(10**4, 10**6)}") for b in names]
        genuine = made["genuine_blog"] + made["quiet_blog"] + made["prolific_blog"]
        return dict(author=rng.choice([rng.choice(AUTHORS), f"{rng.choice(AUTHORS)} {rng.choice(LAST_NAMES)}",
                                       rng.choice(["L'Épargnant Curieux", "Mr Finances", "Objectif Liberté",
                                                   "Le Rentier Débutant"])]),
                    voice=rng.choice(["perso", "fire", "conseil"]), topics=rng.sample(TOPIC_NAMES, rng.randint(3, 6)),
                    n_posts=_logint(rng, 8, 60), per_month=round(rng.uniform(0.6, 5.0), 1), last=_last(rng, 40),
                    size=(lo, rng.randint(lo + 40, 395)), guide_share=round(rng.uniform(0.25, 0.7), 2),
                    refresh_share=round(rng.uniform(0.4, 1.0), 2), toc_share=round(rng.uniform(0.2, 0.9), 2),
                    faq_share=round(rng.uniform(0.3, 0.95), 2), disclosure=rng.choice(DISCLOSURES),
                    disclosure_share=round(rng.uniform(0.6, 1.0), 2), brokers=brokers,
                    affiliate_share=round(rng.uniform(0.4, 0.95), 2),
                    comments=(rng.randint(0, 2), rng.randint(3, 15)), reply_rate=round(rng.uniform(0.3, 0.9), 2),
                    personal_comments=True, blogroll=[s.host for s in rng.sample(genuine, rng.randint(0, 3))],
                    maker="seo_guide_blog")
    if family == "scraped_forum":
        forums = (made["genuine_forum"] + made["moderated_forum"] + made["helpful_regular_forum"]
                  + made["small_forum"] + made["founder_forum"])
        lo, mlo = round(rng.uniform(0.5, 30), 1), rng.randint(3, 6)
        return dict(origins=[s.host for s in rng.sample(forums, rng.randint(1, 3))],
                    admin=rng.choice(["admin", "Administrateur", "Webmaster", "Modo"]),
                    ad_account=rng.choice(["Annonce", "Partenaire", "Publicité", "Sponsor"]),
                    copy_share=round(rng.uniform(0.3, 1.0), 2), max_threads=rng.randint(10, 60),
                    delay_days=(lo, round(lo + rng.uniform(5, 270), 1)),
                    scrape_hours=rng.sample(range(24), rng.randint(1, 3)),
                    keep_times=rng.choice([0.0, 0.3, 0.8, 1.0, 1.0]), rename=rng.random() < 0.5,
                    spin_share=rng.choice([0.0, 0.0, 0.1, 0.3, 0.6]), keep_quotes=rng.random() < 0.7,
                    max_messages=(mlo, mlo + rng.randint(5, 30)), ad_share=round(rng.uniform(0.0, 0.6), 2),
                    ad_mode=rng.choice(["message", "inline"]), money=[_money(rng) for _ in range(rng.randint(1, 2))],
                    retitle=round(rng.uniform(0.0, 0.5), 2), maker="scraped_forum")
    if family == "translated_blog":
        lo = rng.randint(4, 7)
        return dict(author=rng.choice([f"{rng.choice(AUTHORS)} {rng.choice(LAST_NAMES)}", rng.choice(AUTHORS)]),
                    n_posts=_logint(rng, 8, 80), per_week=round(rng.uniform(1.0, 10.0), 1), last=_last(rng, 20),
                    hours=rng.sample([14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3], rng.randint(2, 6)),
                    sentences=(lo, lo + rng.randint(2, 8)), french_share=round(rng.uniform(0.0, 0.6), 2),
                    credit_share=rng.choice([0.0, 0.0, 0.0, 0.1, 0.3]),
                    money=f"{_money(rng)}?ref={rng.randrange(10**4, 10**6)}",
                    money_share=round(rng.uniform(0.0, 0.5), 2), closed=rng.random() < 0.3,
                    stray=round(rng.uniform(0.0, 0.15), 2), topics=rng.sample(TOPIC_NAMES, rng.randint(2, 6)),
                    blogroll=[], maker="translated_blog")
    raise ValueError(family)


def _blind5_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The round-5 blind families' behaviours (sectorweb/blindmakers5.py), over wide ranges."""
    from sectorweb.blindmakers5 import CLIENTS, DISCLAIMERS, GP_MARKS, GP_RUBRICS, SERVICES, TOWNS
    from sectorweb.families import make_slug

    def slug(text: str) -> str:
        return make_slug("wordpress", text, set())

    if family == "legal_watch_blog":
        notary = rng.random() < 0.5
        first, last, city = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), rng.choice(CITIES)
        if notary:
            author = rng.choice([f"Me {first} {last}", f"{first} {last}, notaire", f"Maître {last}"])
            firm_url = f"http://www.{slug(last)}-notaires-{slug(city)}.test/"
            topics = ["succession"] + rng.sample(["assurance_vie", "ifi", "locatif", "defisc", "scpi"], rng.randint(1, 4))
        else:
            author = rng.choice([f"Me {first} {last}", f"{first} {last}, avocat fiscaliste", f"Cabinet {last} Avocats"])
            firm_url = f"http://www.{slug(last)}-avocats.test/"
            topics = ["assurance_vie"] + rng.sample(["succession", "ifi", "defisc", "bourse", "per", "livret", "scpi"],
                                                    rng.randint(1, 5))
        every = rng.choice([7, 7, 14, 14, 30])
        lo = rng.randint(90, 180)
        news = (made["genuine_news"] + made["busy_news"] + made["newsroom_wordpress"] + made["wire_news"]
                + made["trade_newsroom"])
        slots = [(7 * 60, 9 * 60), (12 * 60, 14 * 60), (18 * 60, 20 * 60), (20 * 60 + 30, 23 * 60 + 30),
                 (9 * 60, 18 * 60)]
        return dict(author=author, trade="notaire" if notary else "avocat", voice="notaire" if notary else "avocat",
                    firm_url=firm_url, city=city, topics=topics,
                    n_posts=min(_logint(rng, 6, 60), 40 if every == 30 else 60), every_days=every,
                    jitter_days=rng.choice([0, 1, 1, 2, 3]), skip_share=round(rng.uniform(0.05, 0.35), 2),
                    slots=rng.sample(slots, rng.randint(1, 2)), holidays=rng.random() < 0.85, last=_last(rng, 30),
                    flash_share=round(rng.uniform(0.0, 0.4), 2), revue_share=round(rng.uniform(0.0, 0.5), 2),
                    revue_days=rng.choice([7, 14, 30]), event_share=round(rng.uniform(0.2, 0.8), 2),
                    quotes=(1, rng.randint(1, 3)), case_share=round(rng.uniform(0.4, 1.0), 2),
                    own_words=(lo, lo + rng.randint(40, 160)), news=[s.host for s in rng.sample(news, rng.randint(0, 3))],
                    news_share=round(rng.uniform(0.0, 0.4), 2), firm_share=round(rng.uniform(0.0, 0.3), 2),
                    disclaimer=rng.choice(DISCLAIMERS), disclaimer_share=round(rng.uniform(0.3, 1.0), 2),
                    update_share=round(rng.uniform(0.0, 0.2), 2), closed=rng.random() < 0.25,
                    commented=round(rng.uniform(0.05, 0.5), 2), max_comments=rng.randint(1, 4),
                    peer_share=round(rng.uniform(0.2, 0.7), 2), reply_rate=round(rng.uniform(0.1, 0.7), 2),
                    blogroll=[s.host for s in rng.sample(made["expert_comments_closed"], rng.randint(0, 2))],
                    maker="legal_watch_blog")
    if family == "expert_qa_forum":
        def expert(trade: str) -> dict:
            first, last, city = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), rng.choice(CITIES)
            if trade == "notaire":
                url = f"http://www.{slug(last)}-notaires-{slug(city)}.test/"
                name = rng.choice([f"Me {last}", f"Maître {last} (notaire)", f"{first} {last} - Notaire",
                                   f"Notaire {city}"])
                short = f"Me {last}"
                sigs = [f"Notaire à {city} — {url}", f"Me {first} {last}, notaire à {city}. Réponses données à titre "
                        f"indicatif, sans examen du dossier.", f"Expert notaire du forum – Office notarial {last}, {city}"]
            elif trade == "cgp":
                url = f"http://www.{slug(last)}-patrimoine.test/"
                name = rng.choice([f"{first} {last} (CGP)", f"{first}_CGP", f"{last} Patrimoine",
                                   f"{first} {last[0]}. – conseil en patrimoine"])
                short = first
                sigs = [f"Conseiller en gestion de patrimoine indépendant à {city} – {url}", f"CGP, membre d'une "
                        f"association agréée par l'AMF – {url}", "Expert du forum – conseil en gestion de patrimoine"]
            else:
                url = f"http://www.{slug(last)}-avocats.test/"
                name = rng.choice([f"Me {first} {last}", f"Maître {last}, avocat fiscaliste", f"{last} Avocat"])
                short = f"Me {last}"
                sigs = [f"Avocat fiscaliste au barreau de {city} – {url}", "Expert du forum – droit fiscal et "
                        "patrimonial", f"Me {first} {last}, avocat. Ceci n'est pas une consultation."]
            return dict(name=name, short=short, trade=trade, url=url, city=city,
                        signature=rng.choice(sigs) if rng.random() < 0.75 else None,
                        holidays=rng.random() < 0.8, office=round(rng.uniform(0.6, 1.0), 2))

        trades = rng.sample(["notaire", "notaire", "cgp", "avocat"], rng.choice([1, 2, 2]))
        experts = [expert(t) for t in dict.fromkeys(trades)]
        admin = rng.choice(["Admin", "Modération", "L'équipe du forum", rng.choice(PSEUDOS)])
        return dict(admin=admin, experts=experts, members=rng.sample([x for x in PSEUDOS if x != admin],
                                                                     rng.randint(0, 12)),
                    n_threads=_logint(rng, 15, 150), span_days=rng.randint(120, 1500),
                    returning=round(rng.uniform(0.03, 0.25), 2), expert_share=round(rng.uniform(0.6, 0.95), 2),
                    main_share=round(rng.uniform(0.55, 0.9), 2), delay_hours=rng.choice([2, 4, 8, 12, 24, 36]),
                    followups=(0, rng.randint(1, 4)), disagree_share=round(rng.uniform(0.05, 0.3), 2),
                    later_share=round(rng.uniform(0.02, 0.2), 2), member_first=round(rng.uniform(0.0, 0.3), 2),
                    member_share=round(rng.uniform(0.1, 0.6), 2), thanks_share=round(rng.uniform(0.3, 0.8), 2),
                    quote_share=round(rng.uniform(0.05, 0.3), 2), link_share=round(rng.uniform(0.02, 0.2), 2),
                    maker="expert_qa_forum")
    if family == "guest_post_farm":
        lo, pause, length = rng.randint(2, 8), rng.randint(3, 15), rng.randint(250, 450)
        rubrics = rng.sample(list(GP_RUBRICS), rng.randint(5, 12))
        if not any(isinstance(GP_RUBRICS[r], list) for r in rubrics):
            rubrics[0] = "Finance"
        return dict(author=rng.choice(["La rédaction", "Rédaction", "L'équipe", "Admin"]),
                    n_posts=_logint(rng, 15, 200), burst=(lo, lo + rng.randint(2, 15)),
                    burst_days=rng.choice([0, 1, 2, 3]), pause_days=(pause, pause + rng.randint(5, 30)),
                    hours=rng.choice([(8, 19), (6, 23), (0, 24), (9, 12)]), last=_last(rng, 30), rubrics=rubrics,
                    clients=[c[1] for c in rng.sample(CLIENTS, rng.randint(8, len(CLIENTS)))],
                    links=(1, rng.randint(1, 3)), match_share=round(rng.uniform(0.3, 0.9), 2),
                    redaction_share=round(rng.uniform(0.0, 0.5), 2), mark=rng.choice(GP_MARKS),
                    mark_share=rng.choice([0.0, round(rng.uniform(0.0, 0.3), 2)]),
                    quote_share=round(rng.uniform(0.0, 0.25), 2), bio_share=round(rng.uniform(0.0, 0.6), 2),
                    length=(length, length + rng.randint(100, 300)), closed=rng.random() < 0.7,
                    offer=rng.random() < 0.5, maker="guest_post_farm")
    if family == "doorway_site":
        last, first = rng.choice(LAST_NAMES), rng.choice(FIRST_NAMES)
        firm = rng.choice([f"Cabinet {last} Patrimoine", f"{last} & Associés", f"{last} Gestion Privée",
                           f"{rng.choice(['Patrimonia', 'Horizon', 'Avenir', 'Sérénité', 'Azur', 'Altitude'])} "
                           f"{rng.choice(['Patrimoine', 'Gestion Privée', 'Conseil'])}"])
        firm_url = f"http://www.{slug(firm)}.test/"
        home = rng.choice(TOWNS)[1]
        order = sorted(TOWNS, key=lambda t: (t[1] != home, rng.random()))
        towns = [t[0] for t in order[:_logint(rng, 20, 150)]]
        services = ["Conseiller en gestion de patrimoine"] + rng.sample(SERVICES[1:], rng.randint(0, 2))
        lo = rng.randint(5, 60)
        pause = rng.randint(3, 40)
        return dict(firm=firm, firm_url=firm_url, author=rng.choice([firm, "admin", f"{first} {last}"]),
                    contact=firm_url + rng.choice(["contact/", "prendre-rendez-vous/", "nous-contacter/", "contact.html",
                                                   "bilan-patrimonial-gratuit/"]),
                    tel=f"0{rng.choice('1234579')} " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4)),
                    years=rng.randint(5, 30), towns=towns, services=services,
                    n_pages=min(len(towns) * len(services), _logint(rng, 30, 300)),
                    order=rng.choice(["by_town", "shuffled"]), batch=(lo, lo + rng.randint(0, 60)),
                    spacing=rng.choice(["same_minute", "drip", "hour"]), drip_min=rng.choice([1, 2, 5, 10, 15, 30, 60]),
                    pause_days=(pause, pause + rng.randint(5, 90)), hours=rng.choice([(8, 20), (0, 24), (1, 6)]),
                    last=_last(rng, 120), template=rng.randrange(3), title=rng.randrange(4), spin=rng.random() < 0.4,
                    siblings=rng.choice([0, 3, 5, 8]), refresh=rng.random() < 0.4, blog_posts=rng.randint(0, 8),
                    category=rng.choice(["Nos villes", "Zones d'intervention", "Agences", "Non classé"]),
                    maker="doorway_site")
    raise ValueError(family)


def _blind6_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The round-6 blind families' behaviours (sectorweb/blindmakers6.py), over wide ranges."""
    from sectorweb.blindmakers6 import (CIF_ASSOCIATIONS, CLOSINGS, DIGEST_ANSWERS, DIGEST_INTROS, DIGEST_OUTROS,
                                        DIR_PARTNER_STEMS, DIR_PARTNER_TAILS, GREETINGS, HEADING_STYLES, HEADINGS,
                                        LETTER_DISCLAIMERS, LETTER_INTROS, LETTER_TITLES, LIEUX, MARKET_LINES,
                                        RATE_LINES, CONTACT_LINES, ADVISER_TITLES, WOMEN, acronym)
    from sectorweb.families import make_slug
    from sectorweb.writer import fmt_int

    def slug(text: str) -> str:
        return make_slug("wordpress", text, set())

    def person() -> str:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"

    if family == "newsletter_archive_blog":
        last, city = rng.choice(LAST_NAMES), rng.choice(CITIES)
        firm = rng.choice([f"{last} Patrimoine", f"Cabinet {last}", f"{last} & Associés", f"{last} Gestion Privée",
                           f"{rng.choice(['Patrimonia', 'Horizon', 'Aurore', 'Équilibre', 'Vauban', 'Cèdre'])} "
                           f"{rng.choice(['Patrimoine', 'Gestion Privée', 'Conseil', 'Finance'])}"])
        firm_url = f"http://www.{slug(firm)}.test/"
        monthly = rng.random() < 0.6
        cadence = "monthly" if monthly else "quarterly"
        sections = ["marches"] + rng.sample(["taux", "fiscalite", "immobilier", "chiffre", "agenda"], rng.randint(1, 4))
        sections = ["conviction"] + sections if rng.random() < 0.4 else sections + ["conviction"]
        adviser = person()
        disclaimer = rng.choice(LETTER_DISCLAIMERS).format(
            firm=firm, asso=rng.choice(CIF_ASSOCIATIONS), capital=fmt_int(rng.choice([5000, 10000, 30000, 50000])),
            orias=f"{rng.randrange(7, 25):02d} {rng.randrange(1000):03d} {rng.randrange(1000):03d}")
        lo = rng.randint(50, 120)
        return dict(author=adviser, adviser=adviser, firm=firm, firm_url=firm_url, city=city,
                    adviser_title=rng.choice(ADVISER_TITLES[adviser.split()[0] in WOMEN]),
                    colleague=person() if rng.random() < 0.5 else None,
                    contact=firm_url + rng.choice(["contact/", "prendre-rendez-vous/", "nous-contacter/",
                                                   "contact.html"]),
                    cadence=cadence, n_letters=_logint(rng, 6, 72) if monthly else _logint(rng, 4, 28),
                    first_no=rng.randint(1, 60), day=rng.randint(1, 15), jitter_days=rng.choice([0, 0, 1, 2, 3]),
                    nth=(rng.randint(1, 2), rng.randrange(5)) if rng.random() < 0.3 else None,
                    scheduled=rng.random() < 0.5, hour=rng.choice([(6, 30), (7, 0), (8, 0), (8, 30), (9, 0), (10, 0),
                                                                  (12, 0), (18, 0)]),
                    late_share=round(rng.uniform(0.0, 0.25), 2), skip_share=round(rng.uniform(0.0, 0.12), 2),
                    summer=rng.choice(["skip", "merge", "none"]), title=rng.randrange(len(LETTER_TITLES[cadence])),
                    intro=rng.randrange(len(LETTER_INTROS)), heading_style=rng.randrange(len(HEADING_STYLES)),
                    headings={k: rng.choice(v) for k, v in HEADINGS.items()}, sections=sections,
                    market_style=rng.randrange(len(MARKET_LINES)), rate_style=rng.randrange(len(RATE_LINES)),
                    greeting=rng.choice(GREETINGS + [""]), closing=rng.choice(CLOSINGS),
                    contact_line=rng.randrange(len(CONTACT_LINES)), contact_share=round(rng.uniform(0.5, 1.0), 2),
                    prev_share=round(rng.uniform(0.0, 0.8), 2), disclaimer=disclaimer,
                    conviction_words=(lo, lo + rng.randint(30, 120)),
                    topics=rng.sample(["assurance_vie", "per", "succession", "scpi", "bourse", "ifi", "defisc"],
                                      rng.randint(3, 5)),
                    extra_share=round(rng.uniform(0.0, 0.8), 2), closed=rng.random() < 0.65,
                    commented=round(rng.uniform(0.02, 0.12), 2), reply_rate=round(rng.uniform(0.3, 1.0), 2),
                    category=rng.choice(["La lettre du cabinet", "Lettre patrimoniale", "Nos publications",
                                         "Lettres d'information"]),
                    maker="newsletter_archive_blog")
    if family == "association_site":
        kind = rng.choice(["epargnants", "scpi", "actionnaires", "retraites"])
        region = rng.choice(["de l'Ouest", "du Rhône", "de Bretagne", "d'Occitanie", "du Nord", "de France",
                             "d'Alsace", "de Provence"])
        city = rng.choice(CITIES)
        name = {"epargnants": rng.choice([f"Association de défense des épargnants {region}",
                                          f"Association des épargnants et assurés {region}",
                                          f"Union des épargnants {region}"]),
                "scpi": rng.choice(["Association des porteurs de parts de SCPI",
                                    f"Association des associés de SCPI {region}",
                                    "Association de défense des associés de SCPI"]),
                "actionnaires": rng.choice([f"Club des actionnaires individuels de {city}",
                                            f"Cercle des investisseurs particuliers {region}",
                                            f"Association des actionnaires individuels {region}"]),
                "retraites": rng.choice([f"Association des retraités {region}", f"Union des retraités de {city}",
                                         f"Amicale des retraités et préretraités {region}"])}[kind]
        roles = ["président", "secrétaire", "trésorier", "webmestre", "délégué", "vice-président"]
        n = rng.randint(2, 6)
        chosen = rng.sample(roles[1:], n - 1)
        main_role = rng.choice(["webmestre", "secrétaire", "président"])
        roles_on = [main_role] + [r for r in ["président"] + chosen if r != main_role][:n - 1]
        habit = 0.8 if kind == "retraites" else 0.4
        authors = [(person() if rng.random() < 0.7 else f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}.",
                    r, "day" if rng.random() < habit else "evening") for r in roles_on]
        news = made["genuine_news"] + made["busy_news"] + made["trade_newsroom"]
        lo = rng.randint(90, 200)
        return dict(author=authors[0][0], kind=kind, name=name, acronym=acronym(name), city=city, authors=authors,
                    main_share=round(rng.uniform(0.2, 0.8), 2), years=round(rng.uniform(1.5, 8.0), 1),
                    ag_month=rng.randint(3, 6), ag_weekday=rng.choice([5, 5, 5, 1, 3, 4]), ag_nth=rng.randint(1, 3),
                    ag_hour=rng.choice(["14 h 30", "10 h", "14 h", "18 h", "9 h 30"]),
                    ag_skip=round(rng.uniform(0.0, 0.2), 2), reminder_share=round(rng.uniform(0.2, 0.9), 2),
                    cr_share=round(rng.uniform(0.5, 1.0), 2), cotis_share=round(rng.uniform(0.3, 1.0), 2),
                    meetings=(0, rng.randint(0, 8)), actions=(rng.choice([0, 1]), rng.randint(1, 4)),
                    press=(0, rng.randint(0, 2)), reprint_share=round(rng.uniform(0.05, 0.5), 2),
                    words=(lo, lo + rng.randint(40, 160)), commented=round(rng.uniform(0.05, 0.4), 2),
                    max_comments=rng.randint(1, 5), reply_rate=round(rng.uniform(0.1, 0.7), 2),
                    closed=rng.random() < 0.15,
                    members=[rng.choice([f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}.",
                                         rng.choice(FIRST_NAMES), person()]) for _ in range(rng.randint(8, 40))],
                    size=_logint(rng, 60, 2500), cotisation=rng.choice([15, 20, 25, 30, 35, 40, 45]),
                    helloasso=(f"https://www.helloasso.com/associations/{slug(name)}/adhesions/"
                               if rng.random() < 0.6 else None),
                    federation=({"epargnants": ("Fédération des associations d'épargnants", "epargnants"),
                                 "scpi": ("Fédération des associés de SCPI", "associes-scpi"),
                                 "actionnaires": ("Fédération des investisseurs individuels", "investisseurs"),
                                 "retraites": ("Fédération nationale des retraités", "retraites")}[kind]
                                if rng.random() < 0.4 else None),
                    news=[s.host for s in rng.sample(news, rng.randint(0, 2))], news_share=round(rng.uniform(0, 0.3), 2),
                    lieu=rng.choice(LIEUX), maker="association_site")
    if family == "forum_digest_splog":
        forums = (made["genuine_forum"] + made["helpful_regular_forum"] + made["moderated_forum"] + made["small_forum"]
                  + made["founder_forum"] + made["expert_qa_forum"] + made["automod_forum"])
        lo, dlo = rng.randint(1, 3), rng.choice([0.5, 1, 2, 5, 10, 30])
        cron = rng.random() < 0.5
        hours = rng.choice([(6, 23), (0, 24), (8, 20)])
        money = [f"http://www.{rng.choice(['meilleur', 'comparateur', 'top', 'guide'])}-"
                 f"{rng.choice(['assurance-vie', 'placement', 'credit', 'scpi', 'banque'])}.test/"
                 f"?{rng.choice(['aff', 'ref', 'utm_source'])}={rng.randrange(100, 99999)}"
                 for _ in range(rng.randint(1, 3))]
        want, origins = rng.randint(40, 160), []  # a splog that posts daily feeds on the big forums
        for s in rng.sample(forums, len(forums)):
            if sum(o.params["n_threads"] for o in origins) >= want or len(origins) == 4:
                break
            origins.append(s)
        return dict(origins=[s.host for s in origins],
                    author=rng.choice(["admin", "Rédaction", "La rédaction", "Webmaster", rng.choice(FIRST_NAMES)]),
                    span_days=rng.randint(10, 200), last=_last(rng, 20), per_day=(lo, lo + rng.randint(0, 4)),
                    cron=sorted(h * 60 + rng.randrange(60) for h in rng.sample(range(*hours), 7)) if cron else None,
                    hours=hours, skip_share=round(rng.uniform(0.0, 0.3), 2), min_replies=rng.randint(1, 2),
                    answers=(1, rng.randint(1, 3)), delay_days=(dlo, dlo + rng.randint(10, 200)),
                    window=rng.choice([0, 20, 60]), rewrite_share=rng.choice([0.0, 0.0, 0.2, 0.5, 0.8]),
                    keep_names=rng.random() < 0.3, retitle=rng.random() < 0.5, intro=rng.choice(DIGEST_INTROS),
                    answer_head=rng.choice(DIGEST_ANSWERS), outro=rng.choice(DIGEST_OUTROS),
                    credit=rng.choice(["none", "none", "bare", "named", "link"]), money=money,
                    ad_share=round(rng.uniform(0.2, 0.9), 2), closed=rng.random() < 0.8, maker="forum_digest_splog")
    if family == "seo_directory":
        pool = [s for f, ss in made.items() if f not in NOT_SEEDS for s in ss if s.seed]
        k = min(len(pool), rng.randint(8, 60))
        targets = [(s.host, s.kind) for s in rng.sample(pool, k)]
        partners, seen, n_partners = [], set(), rng.randint(6, 30)
        while len(partners) < n_partners:
            stem, tail = rng.choice(DIR_PARTNER_STEMS), rng.choice(DIR_PARTNER_TAILS)
            if (stem, tail) not in seen:
                seen.add((stem, tail))
                partners.append((f"http://www.{stem}-{tail}.test/", f"{stem.capitalize()} {tail.capitalize()}"))
        lo, pause = rng.randint(3, 20), rng.randint(2, 30)
        return dict(author=rng.choice(["Webmaster", "admin", "L'équipe de l'annuaire", "Modérateur"]),
                    n_listings=max(_logint(rng, 20, 300), k + 5), targets=targets, partners=partners,
                    sidebar=rng.randint(3, 10), batch=(lo, lo + rng.randint(0, 30)),
                    pause_days=(pause, pause + rng.randint(5, 90)),
                    spacing=rng.choice(["same_minute", "drip", "hour"]), drip_min=rng.choice([1, 2, 5, 10]),
                    hours=rng.choice([(8, 20), (0, 24), (21, 24)]), last=_last(rng, 200),
                    premium_share=round(rng.uniform(0.03, 0.3), 2), min_words=rng.choice([100, 150, 200, 250]),
                    price=rng.choice(["9,90", "19", "29", "49"]), maker="seo_directory")
    raise ValueError(family)


def _blind7_params(family: str, rng: Random, made: dict[str, list[Source]]) -> dict:
    """The round-7 blind families' behaviours (sectorweb/blindmakers7.py), over wide ranges."""
    from sectorweb.blindmakers7 import (AI_CREDITS, AI_BIO, AI_FAQ_HEADS, AI_TOC, CHAPTER_HEADS, EPISODE_TITLES,
                                        GUEST_SUFFIX, IDEA_MACROS, LISTEN_HEADS, MORE_FIRST, RESOURCE_HEADS, SIGNS,
                                        SOLUTION_NAGS, SOLVED_MARKS, STAFF_GREETS, STAFF_SIGNS, STOCK_SITES, WOMEN)
    from sectorweb.families import make_slug

    def slug(text: str) -> str:
        return make_slug("wordpress", text, set())

    def token(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    def person() -> str:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"

    if family == "brand_community_forum":
        trade = rng.choice(["banque", "banque", "assurance", "courtier"])
        firm = rng.choice({"banque": ["Azur Banque", "Hexa Banque", "Banque Lumière", "Clairvoie Banque", "Kalia",
                                      "Néo Épargne", "Banque Flore"],
                           "assurance": ["Sérénis Vie", "Azimut Vie", "Garance Vie", "Cap Avenir Assurances",
                                         "Mutuelle Atlantique Épargne"],
                           "courtier": ["Orion Bourse", "Titres & Co", "Invest Horizon", "Capitalis", "Epargnia"]}[trade])
        s = slug(firm)
        span = rng.randint(150, 2000)
        faq_base, faq_path = rng.choice([(f"https://www.{s}.test/aide/", "{slug}/"),
                                         (f"https://aide.{s}.test/fr/articles/", "{n}-{slug}"),
                                         (f"https://www.{s}.test/faq/", "{slug}.html"),
                                         (f"https://support.{s}.test/hc/fr/articles/", "{n}-{slug}")])
        style = rng.randrange(6)
        short = firm.split()[0]
        staff_sig = rng.choice([None, None, f"Équipe Service Client {firm}", f"L'équipe de la Communauté {firm}",
                                "Membre de l'équipe"])
        staff = []
        for i, f in enumerate(rng.sample(MORE_FIRST + FIRST_NAMES, rng.randint(2, 6))):
            woman = f in WOMEN
            if i == 0:
                name = rng.choice([f"{f} - Community Manager", f"{f}_CM", f"{f} (Community Manager)",
                                   f"{f} - Équipe {firm}"])
            else:
                name = [f"{f} - Équipe Service Client", f"{'Conseillère' if woman else 'Conseiller'} {f}",
                        f"{f} de {firm}", f"{f} - {firm}", f"{f} ({firm})", f"{f}_{short}"][style]
            since = 0 if i < 2 else rng.randint(30, span - 30)
            until = span + 1 if i == 0 or rng.random() < 0.75 else rng.randint(since + 60, span + 60)
            staff.append(dict(name=name, first=f, greet=rng.choice(STAFF_GREETS),
                              sign=rng.choice(STAFF_SIGNS).format(p=f), weight=round(1 / (i + 1) ** rng.uniform(
                                  0.3, 1.5), 3), since=since, until=until, at=rng.random() < 0.25, signature=staff_sig))
        power_sig = rng.choice([None, "Super-utilisateur", "Client depuis {an} – Super-utilisateur",
                                "Super-utilisateur, ni salarié ni conseiller"])
        power = []
        for i, f in enumerate(rng.sample(PSEUDOS, rng.randint(1, 5))):
            sig = power_sig.replace("{an}", str(rng.randint(2008, 2020))) if power_sig else None
            power.append(dict(name=f, weight=round(1 / (i + 1), 3), signature=sig))
        members = [rng.choice([f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}.", rng.choice(PSEUDOS) + "_"
                               + str(rng.randint(1, 99)), f"{rng.choice(MORE_FIRST).lower()}{rng.randint(10, 99)}"])
                   for _ in range(rng.randint(3, 15))]
        members = [m for m in dict.fromkeys(members) if m not in {x["name"] for x in power}]
        kinds = ["maintenance", "version", "phishing", "holidays", "trade"]
        rng.shuffle(kinds)
        savings = {"banque": ["livret", "assurance_vie", "bourse", "credit", "per"],
                   "assurance": ["assurance_vie", "per", "succession", "retraite"],
                   "courtier": ["bourse", "per", "assurance_vie", "ifi"]}[trade]
        sup = rng.uniform(0.55, 0.8)
        return dict(author=staff[0]["name"], trade=trade, firm=firm, faq_base=faq_base, faq_path=faq_path,
                    span_days=span, staff=staff, power=power, members=members,
                    name_mix=[round(rng.uniform(0, 3), 2), round(rng.uniform(0, 3), 2), round(rng.uniform(0.5, 3), 2)],
                    default_name=rng.choice(["Client", "Membre", "Utilisateur", "client_", "Membre_"]),
                    n_threads=_logint(rng, 25, 160), growth=round(rng.uniform(0.4, 1.0), 2),
                    returning=round(rng.uniform(0.05, 0.3), 2),
                    kind_mix=[round(sup, 2), round(rng.uniform(0.1, 0.35), 2), round(rng.uniform(0.03, 0.15), 2)],
                    answer_share=round(rng.uniform(0.55, 0.95), 2), delay_hours=round(rng.uniform(0.5, 20), 1),
                    hours=rng.choice([(9, 18), (8, 20), (9, 19), (8, 18)]), saturday=rng.random() < 0.5,
                    macro_share=round(rng.uniform(0.2, 0.8), 2), faq_share=round(rng.uniform(0.2, 0.7), 2),
                    private_share=round(rng.uniform(0.1, 0.5), 2),
                    nag=rng.randrange(len(SOLUTION_NAGS)) if rng.random() < 0.5 else None,
                    power_share=round(rng.uniform(0.1, 0.5), 2), power_delay_hours=round(rng.uniform(0.5, 6), 1),
                    followup_share=round(rng.uniform(0.2, 0.6), 2), debate=round(rng.uniform(0.1, 0.6), 2),
                    same_here=round(rng.uniform(0.05, 0.25), 2), solved_share=round(rng.uniform(0.3, 0.9), 2),
                    solved_mark=rng.randrange(len(SOLVED_MARKS)), max_votes=rng.randint(1, 8),
                    idea_macro=rng.randrange(len(IDEA_MACROS)), announces=rng.randint(3, min(25, 3 + span // 60)),
                    announce_kinds=kinds, announce_replies=rng.randint(0, 4),
                    welcome_share=round(rng.uniform(0.3, 1.0), 2), incidents=rng.randint(0, 4),
                    incident_threads=(2, rng.randint(2, 6)), topics=savings,
                    phone=f"09 {rng.randint(69, 77)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                    maker="brand_community_forum")
    if family == "podcast_notes_blog":
        show = rng.choice(["Parlons patrimoine", "Le Podcast de l'Épargnant", "Argent & Liberté", "L'Heure du "
                           "Patrimoine", "Rentier en herbe", "Finances en clair", "Le Café Patrimoine",
                           "Investir sereinement", "Au cœur du patrimoine", "Les Dessous de l'épargne"])
        host = person()
        cohost = person() if rng.random() < 0.5 else None
        first_no = 1 if rng.random() < 0.6 else rng.randint(2, 60)
        lo, dlo, slo = rng.randint(30, 80), rng.randint(20, 45), rng.randint(30, 80)
        blogs = [(x.host, x.params["author"]) for x in made["genuine_blog"] if x.params.get("author")]
        platforms = rng.sample(["Apple Podcasts", "Deezer", "YouTube", "Podcast Addict", "Amazon Music"],
                               rng.randint(1, 5))
        platforms.insert(rng.randrange(len(platforms) + 1), "Spotify")
        sponsor = None
        if rng.random() < 0.4:
            name = rng.choice(["Epargnia", "Yield Plus", "Capitalis", "MonBilan", "Patrimonia Direct"])
            sponsor = (name, f"https://www.{slug(name)}.test/podcast?code={rng.choice(['PODCAST', 'AUDITEUR', 'ECOUTE'])}")
        return dict(author=host, host=host, cohost=cohost, show_slug=slug(show), cohost_share=round(rng.uniform(0.1, 0.5), 2),
                    n_episodes=_logint(rng, 8, 150), cadence=rng.choice([7, 7, 7, 14, 14]),
                    weekday=rng.choice([0, 1, 1, 2, 3, 3, 4]),
                    publish_at=rng.choice([(6, 0), (5, 0), (7, 0), (6, 30), (12, 0), (0, 1)]) if rng.random() < 0.6
                    else None,
                    last=_last(rng, 40) if rng.random() < 0.75 else NOW - timedelta(days=rng.randint(60, 400)),
                    skip_share=round(rng.uniform(0.03, 0.25), 2), late_share=round(rng.uniform(0.0, 0.2), 2),
                    summer=(rng.choice([(6, rng.randint(15, 30)), (7, rng.randint(1, 14))]),
                            rng.choice([(8, rng.randint(20, 31)), (9, rng.randint(1, 15))])),
                    winter=((12, rng.randint(18, 23)), (1, rng.randint(3, 8))) if rng.random() < 0.5 else None,
                    first_no=first_no, first_season=1 if first_no == 1 else rng.randint(1, 4),
                    title_style=rng.randrange(len(EPISODE_TITLES)), guest_suffix=rng.randrange(len(GUEST_SUFFIX)),
                    guest_share=round(rng.uniform(0.3, 0.9), 2), recurring_share=round(rng.uniform(0.0, 0.3), 2),
                    max_regulars=rng.randint(0, 3), bloggers=rng.sample(blogs, min(len(blogs), rng.randint(0, 2))),
                    blogger_share=round(rng.uniform(0.0, 0.15), 2), summary_words=(lo, lo + rng.randint(20, 80)),
                    chapters_share=round(rng.uniform(0.5, 1.0), 2), chapter_head=rng.randrange(len(CHAPTER_HEADS)),
                    duration_min=(dlo, dlo + rng.randint(10, 35)), transcript_share=round(rng.uniform(0.0, 0.3), 2),
                    sponsor=sponsor, sponsor_share=round(rng.uniform(0.1, 0.5), 2), platforms=platforms,
                    per_episode_links=rng.random() < 0.6, apple_id=rng.randrange(10**9, 2 * 10**9),
                    spotify_id=token(22), deezer_id=rng.randrange(10**6, 10**7),
                    amazon_id=f"{token(8)}-{token(4)}-{token(4)}-{token(12)}".lower(),
                    listen_head=rng.randrange(len(LISTEN_HEADS)), resource_head=rng.randrange(len(RESOURCE_HEADS)),
                    resource_share=round(rng.uniform(0.3, 0.9), 2),
                    sign=rng.randrange(len(SIGNS)) if rng.random() < 0.7 else None,
                    category=rng.choice(["Épisodes", "Podcast", "Les épisodes"]),
                    commented=round(rng.uniform(0.05, 0.5), 2), max_comments=rng.randint(1, 5),
                    reply_rate=round(rng.uniform(0.2, 0.9), 2), closed=rng.random() < 0.1,
                    pause_post=rng.random() < 0.5, bonus_share=round(rng.uniform(0.0, 0.12), 2),
                    topics=rng.sample(TOPIC_NAMES, rng.randint(3, 6)), maker="podcast_notes_blog")
    if family == "ai_persona_blog":
        first = rng.choice(["Julien", "Thomas", "Nicolas", "Sophie", "Claire", "Marc", "Laurent", "Camille", "Antoine",
                            "Émilie", "Mathieu", "Isabelle"])
        woman = first in WOMEN
        persona = f"{first} {rng.choice(LAST_NAMES)}" if rng.random() < 0.6 else first
        title = rng.choice([("conseiller patrimonial", "conseillère patrimoniale"),
                            ("conseiller en gestion de patrimoine", "conseillère en gestion de patrimoine"),
                            ("expert en finances personnelles", "experte en finances personnelles"),
                            ("consultant en gestion de patrimoine", "consultante en gestion de patrimoine"),
                            ("spécialiste de l'épargne", "spécialiste de l'épargne")])[woman]
        partner = rng.choice(["ComparAssur", "PlacementDirect", "MonBilanPatrimonial", "Yield Plus", "EpargneMatch",
                              "SimulPER"])
        site = slug(rng.choice(STEMS) + " " + rng.choice(TAILS))
        slo, wlo = rng.randint(3, 5), rng.randint(40, 80)
        return dict(author=persona, persona=persona, title=title, xp=rng.randint(8, 25),
                    span_days=rng.randint(15, 240), last=_last(rng, 15), per_day=(1, rng.randint(1, 3)),
                    slots=[rng.randrange(7 * 60, 10 * 60), rng.randrange(11 * 60, 15 * 60),
                           rng.randrange(17 * 60, 21 * 60)],
                    jitter_min=rng.randint(5, 90), weekends=rng.random() < 0.6, skip_share=round(rng.uniform(0, 0.2), 2),
                    topics=rng.sample(TOPIC_NAMES, rng.randint(3, 7)), sections=(slo, slo + rng.randint(0, 3)),
                    section_words=(wlo, wlo + rng.randint(20, 60)), listicle_share=round(rng.uniform(0.3, 0.8), 2),
                    toc_share=round(rng.uniform(0.0, 0.8), 2), toc_head=rng.randrange(len(AI_TOC)),
                    faq_share=round(rng.uniform(0.3, 1.0), 2), faq_head=rng.randrange(len(AI_FAQ_HEADS)),
                    affiliate_share=round(rng.uniform(0.2, 0.7), 2), partner=partner,
                    partner_url=f"https://www.{slug(partner)}.test/",
                    tracking=rng.choice([f"utm_source={site}&utm_medium=affiliate&utm_campaign=blog",
                                         f"ref={token(6).lower()}", f"aff_id={rng.randrange(1000, 99999)}"]),
                    disclosure=rng.choice([0, 1, 2]), image_share=round(rng.uniform(0.4, 1.0), 2),
                    stock_sites=rng.sample(STOCK_SITES, rng.randint(1, 3)), credit_style=rng.randrange(len(AI_CREDITS)),
                    bio_share=round(rng.uniform(0.3, 1.0), 2), bio_style=rng.randrange(len(AI_BIO)),
                    internal_share=round(rng.uniform(0.0, 0.5), 2), commented=round(rng.uniform(0.2, 0.8), 2),
                    comments=(1, rng.randint(1, 4)), comment_hours=(0.5, rng.choice([6, 12, 24, 48, 72])),
                    answer_share=round(rng.uniform(0.6, 1.0), 2), answer_hours=(0.3, rng.choice([2, 4, 8, 14])),
                    maker="ai_persona_blog")
    if family == "scam_funnel_site":
        product = rng.choice(["livret", "crypto", "gestion", "or"])
        brand = rng.choice({"livret": ["Livret Boost Premium", "Euro Garantie Invest", "Sérénité Épargne Plus"],
                            "crypto": ["Crypto Rente Capital", "Alpha Crypto Partners", "BitPatrimoine Elite"],
                            "gestion": ["Patrimoine Elite Invest", "Optimum Gestion Privée", "Alpha Rendement Partners"],
                            "or": ["Or & Patrimoine Direct", "Aurum Épargne", "Lingot Invest Premium"]}[product])
        rate = {"livret": f"{rng.randint(6, 12)} % par an", "crypto": f"{rng.randint(2, 8)} % par mois",
                "gestion": f"{rng.randint(8, 15)} % par an", "or": f"{rng.randint(7, 12)} % par an"}[product]
        channels = rng.sample(["whatsapp", "telegram", "phone"], rng.randint(1, 3))
        handle = slug(brand).replace("-", "_") + rng.choice(["", "_officiel", "_vip", str(rng.randint(1, 99))])
        phone = rng.choice([f"+33 7 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                            f"{rng.randint(10, 99)}", f"07 {rng.randint(10, 99)} {rng.randint(10, 99)} "
                            f"{rng.randint(10, 99)} {rng.randint(10, 99)}", f"+44 7{rng.randint(100, 999)} "
                            f"{rng.randint(100000, 999999)}", f"01 {rng.randint(70, 89)} {rng.randint(10, 99)} "
                            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"])
        conseiller = person()
        news = made["genuine_news"] + made["busy_news"]
        lo, glo, wlo = rng.randint(2, 5), rng.randint(4, 15), rng.randint(40, 80)
        return dict(author=rng.choice([f"L'équipe {brand}", "Service Client", conseiller, "Rédaction"]),
                    product=product, brand=brand, rate=rate, channels=channels,
                    whatsapp=f"https://chat.whatsapp.com/{token(22)}", telegram=f"https://t.me/{handle}", phone=phone,
                    conseiller=conseiller, last=NOW - timedelta(days=rng.randint(0, 120), hours=rng.randint(1, 12)),
                    n_bursts=rng.randint(2, 5), burst=(lo, lo + rng.randint(1, 10)), burst_days=(1, rng.randint(1, 3)),
                    gap_days=(glo, glo + rng.randint(5, 30)), hours=rng.choice([(8, 23), (0, 24), (10, 20)]),
                    mix=[round(rng.uniform(1, 3), 2), round(rng.uniform(1, 3), 2), round(rng.uniform(1, 3), 2),
                         round(rng.uniform(0, 2), 2), round(rng.uniform(0, 1.5), 2)],
                    news=[s.host for s in rng.sample(news, rng.randint(1, min(3, len(news))))],
                    credit_share=round(rng.uniform(0.0, 0.3), 2), words=(wlo, wlo + rng.randint(30, 80)),
                    cta_share=round(rng.uniform(0.7, 1.0), 2), testimonial_share=round(rng.uniform(0.4, 1.0), 2),
                    pool=rng.randint(3, 10),
                    names=list(dict.fromkeys(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}."
                                             for _ in range(rng.randint(8, 40)))),
                    per_post=(2, rng.randint(3, 8)), reply_share=round(rng.uniform(0.0, 0.6), 2),
                    clients=rng.randint(1200, 48000), since=rng.randint(2008, 2019),
                    country=rng.choice(["estonienne", "chypriote", "britannique", "maltaise", "luxembourgeoise"]),
                    maker="scam_funnel_site")
    raise ValueError(family)


@lru_cache(maxsize=4)
def eval_sources(seed: int = SEED, markup_set: str | None = None) -> tuple[Source, ...]:
    """Every source of the evaluation web drawn with `seed` (deterministic); `markup_set` "today"
    draws only among the platforms of `TODAY_MARKUPS`."""
    from sectorweb import families

    rng = Random(seed)  # behaviours; names and markups have their own streams (see _Decks)
    names = _Names(Random(f"{seed}:names"))
    table = markups(markup_set)
    decks = _Decks(seed, table)
    schemes = getattr(families, "URL_SCHEMES", {})
    wordpress = [m for m in table["blog"] if _engine(m) == "wordpress"]
    made: dict[str, list[Source]] = {f: [] for f in FAMILIES}
    for family, (count, verdict, kind) in FAMILIES.items():
        if kind == "news":  # every news markup at least twice (newsroom_wordpress has its own)
            count = max(count, 2 * len(table["news"]) - 2) if family == "genuine_news" else count
        for i in range(count):
            # the later families draw from their own stream: adding them changed no other source
            own = Random(f"{seed}:{family}:{i}") if family in OWN_STREAM_FAMILIES else rng
            params = _params(family, own, made)
            pick = Random(f"{seed}:{family}:{i}:markup")
            platform = pick.choice(wordpress) if family == "newsroom_wordpress" and wordpress else decks.draw(kind)
            params["markup"] = platform
            if schemes.get(platform):
                params["url_scheme"] = pick.choice(schemes[platform])
            host, name = names.host(platform, kind)
            seed_flag = family not in NOT_SEEDS and not (family == "rotating_network" and i % 2)
            made[family].append(Source(host, kind, platform, verdict, family, seed_flag, NOTES[family], name.title(),
                                       f"{name} : le site de {params.get('author', 'la rédaction')}", params=params))
    _wire(rng, made)
    _wire_second_hop(made)
    _wire_circle(made)
    _wire_signed(made)
    _wire_members(made)
    return tuple(s for family in FAMILIES for s in made[family])


def _wire_second_hop(made: dict[str, list[Source]]) -> None:
    """Each second-hop blog is in the blogrolls of two discovered genuine blogs, and of no seed (no random
    draw: the rest of the web keeps its links)."""
    hidden, far = made["discovered_genuine"], made["second_hop_genuine"]
    for i, src in enumerate(far):
        for linking in {hidden[i % len(hidden)].host: hidden[i % len(hidden)],
                        hidden[(i + 1) % len(hidden)].host: hidden[(i + 1) % len(hidden)]}.values():
            linking.params["blogroll"] = [*linking.params.get("blogroll", []), src.host]


def _wire_signed(made: dict[str, list[Source]]) -> None:
    """Comment spam signs with each signed splog too, on two spam blogs: the only links to it in the audit
    (no random draw)."""
    spam, signed = made["spam_comments"], made["signed_splog"]
    for i, src in enumerate(signed):
        for blog in {spam[(2 * i) % len(spam)].host: spam[(2 * i) % len(spam)],
                     spam[(2 * i + 1) % len(spam)].host: spam[(2 * i + 1) % len(spam)]}.values():
            blog.params["spam_sites"] = [*blog.params.get("spam_sites", []), src.host]


def _wire_members(made: dict[str, list[Source]]) -> None:
    """Each member's blog is in the signature of a busy member of a genuine forum whose engine shows
    signatures (Discourse has none): the only link to it (no random draw). The busiest forums first: a
    member of a six-thread forum signs in two threads at most, too few to be found by his signature."""
    forums = sorted((s for s in made["genuine_forum"] if _engine(s.platform) != "discourse"),
                    key=lambda s: -s.params["n_threads"])
    for i, src in enumerate(made["member_blog"]):
        forum = forums[i % len(forums)]
        forum.params["member_sites"] = [*forum.params.get("member_sites", []), src.host]


def _wire_circle(made: dict[str, list[Source]]) -> None:
    """The circle's bloggers list each other, and only each other (no random draw)."""
    circle = made["blog_circle"]
    for src in circle:
        src.params["blogroll"] = [s.host for s in circle if s is not src]
        src.params["friends"] = [(s.host, s.params["author"]) for s in circle if s is not src]


def _wire(rng: Random, made: dict[str, list[Source]]) -> None:
    """Links between sources: blogrolls and commenter sites among genuine blogs (so the discovered
    genuine ones are found), splogs linking each other and the discovered splogs, spam signed with
    the discovered splogs' URLs, and the link network split in one or two networks."""
    genuine = (made["genuine_blog"] + made["stock_comment_blog"] + made["scheduled_blog"] + made["affiliate_blog"]
               + made["quiet_blog"] + made["prolific_blog"]
               + made["expert_comments_closed"] + made["press_review"])
    hidden = made["discovered_genuine"]
    for i, src in enumerate(genuine):
        others = [s.host for s in genuine if s is not src]
        roll = rng.sample(others, rng.randint(0, 5))
        if hidden and i % 5 == 0:
            roll.append(hidden[(i // 5) % len(hidden)].host)
        src.params["blogroll"] = roll
        if "commenter_sites" in src.params and hidden and i % 7 == 0:
            src.params["commenter_sites"] = [hidden[(i // 7) % len(hidden)].host]
    splogs = (made["syndicated"] + made["spun"] + made["heavy_spun"] + made["high_cadence"] + made["spam_comments"]
              + made["spam_unsigned"])
    dark = made["discovered_splog"]
    for i, src in enumerate(splogs):
        roll = rng.sample([s.host for s in splogs if s is not src], rng.randint(0, 3))
        if dark and i % 3 == 0:
            roll.append(dark[(i // 3) % len(dark)].host)
        src.params["blogroll"] = roll
    for i, src in enumerate(made["spam_comments"]):
        if dark:
            src.params["spam_sites"] = [dark[i % len(dark)].host]
    net = made["rotating_network"]
    split = rng.choice([len(net), len(net) // 2]) if len(net) >= 6 else len(net)  # one network, or two
    money = [_money(rng) if rng.random() < 0.6 else None for _ in range(2)]
    for i, src in enumerate(net):
        k = 0 if i < split else 1
        src.params.update(network_id=k, money=money[k], money_share=round(rng.uniform(0.1, 0.5), 2))


def eval_labels(seed: int = SEED, markup_set: str | None = None) -> list[dict]:
    """Ground truth, one dict per host, with the demo labels' columns (strings) plus `markup`."""
    return [{"host": s.host, "source": s.home, "kind": s.kind, "platform": s.platform, "markup": s.platform,
             "verdict": s.verdict, "family": s.family, "seed": "true" if s.seed else "false", "note": s.note}
            for s in eval_sources(seed, markup_set)]


def eval_seeds(seed: int = SEED, markup_set: str | None = None) -> list[str]:
    return [s.home for s in eval_sources(seed, markup_set) if s.seed]


def build_eval_site(seed: int = SEED, markup_set: str | None = None):
    """Render the evaluation web (a `Site` for `DemoServer(site=...)`)."""
    from sectorweb import families
    from sectorweb.evalmakers import build_eval_content
    from sectorweb.site import build_site

    sources = list(eval_sources(seed, markup_set))
    getattr(families, "use_url_schemes", lambda s: None)(sources)  # before the content: cross-links are permalinks
    return build_site(sources=sources, bare_redirects={}, content=build_eval_content(sources))

