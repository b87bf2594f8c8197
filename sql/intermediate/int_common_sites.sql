-- int_common_sites: one row per site (site_of) that a writer links without it saying anything of him:
-- institutions and encyclopedias everyone cites (seed_reference_hosts: regulators, the advisors' register,
-- the administration) and the hosts of share buttons, platform credits and commenters' profiles
-- (seed_ignored_link_hosts). The link models read their list here; each decides how a linked host matches
-- (exactly, or with its sub-domains through in_site).
with reference as (
    select distinct site_of(host) as site from seed_reference_hosts
),

ignored as (
    select distinct site_of(host) as site from seed_ignored_link_hosts
),

final as (
    select
        coalesce(r.site, i.site) as site,
        r.site is not null as is_reference,
        i.site is not null as is_ignored
    from reference as r
    full outer join ignored as i on i.site = r.site
)

select * from final
