-- macro url_host(url): the host of an absolute URL as written (no scheme, port, path, query or fragment);
-- '' when it has none. Case is kept: site_of() or lower() fold it where hosts are compared.
create or replace macro url_host(url) as regexp_extract(url, '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)', 1)
