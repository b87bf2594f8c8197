-- macro site_of(host): the site a host name belongs to, as the link graph and the ecosystem map compare
-- them: lowercase, trimmed, a leading `www.` folded (`www.example.fr` and `example.fr` are one site).
create or replace macro site_of(host) as regexp_replace(lower(trim(host)), '^www\.', '')
