-- Which county reports' versions a city's submitted version summed (issue 15: a city's figure opens as its counties'
-- figures, and a frozen version keeps the counties it summed even after a county's report is returned and resubmitted).
create table progress_report_summed_version (
    city_version_id         uuid not null references progress_report_version (id),
    county_version_id       uuid not null references progress_report_version (id),
    primary key (city_version_id, county_version_id)
);
create index progress_report_summed_version_county_idx on progress_report_summed_version (county_version_id);

-- City versions submitted before this table: each county report's version standing at the city's submission (its
-- latest version submitted by then, unless that version had been returned by then).
insert into progress_report_summed_version (city_version_id, county_version_id)
select city_version.id, county_version.id
from progress_report_version city_version
join progress_report city on city.id = city_version.report_id and city.level = 'CITY'
join progress_report county on county.level = 'COUNTY' and county.year = city.year
     and county.region_code like substr(city.region_code, 1, 4) || '%'
join lateral (select v.id, v.outcome, v.reviewed_at from progress_report_version v
              where v.report_id = county.id and v.submitted_at <= city_version.submitted_at
              order by v.number desc limit 1) county_version on true
where not (county_version.outcome = 'RETURNED' and county_version.reviewed_at <= city_version.submitted_at);
