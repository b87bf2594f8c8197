-- macro url_path(url): the path of an absolute URL as written (no scheme, host, port, query or fragment);
-- '' when it has none.
create or replace macro url_path(url) as regexp_extract(url, '^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*([^?#]*)', 1)
