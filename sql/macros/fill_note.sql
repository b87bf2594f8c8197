-- macro fill_note(label, errors, posts, comments, messages, pages): a verdict note's sentence with its
-- figures ({errors}, {posts}, {comments}, {messages}, {pages}) written in; null label stays null.
create or replace macro fill_note(label, errors, posts, comments, messages, pages) as
    replace(replace(replace(replace(replace(label,
        '{errors}', coalesce(errors, 0)::bigint::varchar),
        '{posts}', coalesce(posts, 0)::bigint::varchar),
        '{comments}', coalesce(comments, 0)::bigint::varchar),
        '{messages}', coalesce(messages, 0)::bigint::varchar),
        '{pages}', coalesce(pages, 0)::bigint::varchar)
