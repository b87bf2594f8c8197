"""WordPress core's comment walker (Walker_Comment::html5_comment(), wp-includes/class-walker-comment.php), as the
themes that keep it print it through wp_list_comments(): Kadence, Hello under Elementor. Each asks its own avatar
size."""
from __future__ import annotations

from sectorweb.dates import iso
from sectorweb.families.astra import avatar
from sectorweb.families.common import esc
from sectorweb.families.generatepress import comment_time
from sectorweb.families.wordpress_block import amp
from sectorweb.model import Post


class Html5Comments:
    """A mixin for WPCore themes: comment_li() as core prints it, French ("dit :", "Répondre")."""

    comment_avatar_size = 32  # wp_list_comments()'s default; themes pass their own

    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        """Walker_Comment::html5_comment(): one comment and its answers (thread_comments_depth 5)."""
        c, kids = node
        cls = self.comment_classes(p, c, depth, alt) + (" parent" if kids else "")
        who = f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
        reply = ""
        if p.comments_open and depth < 5:
            who_attr = esc(c.author)
            reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{amp(self.reply_url(p, c))}" '
                     f'data-commentid="{c.id}" data-postid="{p.id}" data-belowelement="div-comment-{c.id}" data-respondelement="respond" '
                     f'data-replyto="Répondre à {who_attr}" aria-label="Répondre à {who_attr}">Répondre</a></div>')
        children = ""
        if kids:
            children = '<ol class="children">\n' + "".join(self.comment_li(p, k, min(depth + 1, 5), alt) for k in kids) + "</ol><!-- .children -->\n"
        return f"""		<li id="comment-{c.id}" class="{cls}">
			<article id="div-comment-{c.id}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						{avatar(c.author, self.comment_avatar_size)}						<b class="fn">{who}</b> <span class="says">dit :</span>					</div><!-- .comment-author -->

					<div class="comment-metadata">
						<a href="{amp(self.url[id(p)])}#comment-{c.id}"><time datetime="{iso(c.when)}">{comment_time(c.when)}</time></a>					</div><!-- .comment-metadata -->

									</footer><!-- .comment-meta -->

				<div class="comment-content">
					{self.comment_text(c)}				</div><!-- .comment-content -->

				{reply}			</article><!-- .comment-body -->
		{children}</li><!-- #comment-## -->
"""
