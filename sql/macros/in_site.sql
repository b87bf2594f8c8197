-- macro in_site(s, site): true when site s (as site_of gives it) is `site` or one of its sub-domains
-- (fr.wikipedia.org is in wikipedia.org; notwikipedia.org is not). Seeds list sites, links name hosts.
create or replace macro in_site(s, site) as s = site or s like '%.' || site
