-- macro match_words(t): fold_text(t) with single spaces and a space at each end, so that
-- contains(match_words(text), ' ' || phrase || ' ') finds a phrase as whole words.
create or replace macro match_words(t) as ' ' || trim(regexp_replace(fold_text(t), ' {2,}', ' ', 'g')) || ' '
