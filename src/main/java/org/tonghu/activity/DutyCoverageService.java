package org.tonghu.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

/**
 * The yearly duties of policy §2 and §14, checked from activities held or reported: safety education in a village
 * in each county, holiday safety lectures at each school, legal education hours of each rule-of-law vice-principal.
 */
@ApplicationScoped
public class DutyCoverageService {

    static final int MAX_LISTED = 200;
    /** The legal education class hours a rule-of-law vice-principal gives in a year (policy §14). */
    static final double VICE_PRINCIPAL_CLASS_HOURS = 4.0;
    static final String REGION_WRONG_LEVEL = "REGION_WRONG_LEVEL";
    static final String YEAR_INVALID = "YEAR_INVALID";

    private final ActivityStore store;
    private final RegionService regions;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;

    DutyCoverageService(ActivityStore store, RegionService regions, OrganizationService organizations,
            CurrentUser currentUser) {
        this.store = store;
        this.regions = regions;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    /** The duties of a year in a province, city or county of the caller's jurisdiction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DutyCoverageReport dutyCoverage(String regionCode, int year) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        region.filter(code -> code.level().prefixLength() > RegionLevel.COUNTY.prefixLength()).ifPresent(code ->
                problems.add(Problem.ofField("regionCode", REGION_WRONG_LEVEL,
                        "Duties are reported for a county or above.")));
        if (year < 2000 || year > ChinaTime.today().getYear()) {
            problems.add(Problem.ofField("year", YEAR_INVALID, "year lies between 2000 and this year."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        RegionCode code = region.get();
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<RegionView> counties = regions.listRegionsUnder(code, RegionLevel.COUNTY);
        Set<String> educated = store.countiesWithSafetyEducation(code.scopePrefix() + "%", start, end);
        List<DutyGap> countyGaps = counties.stream()
                .filter(county -> !educated.contains(county.code().substring(0, RegionLevel.COUNTY.prefixLength())))
                .limit(MAX_LISTED).map(county -> new DutyGap(county.code(), county.name(), county.code(), null))
                .toList();
        List<OrganizationView> schools = organizations.listOrganizationsUnder(code, OrganizationKind.SCHOOL);
        Map<UUID, OrganizationView> schoolsById = new LinkedHashMap<>();
        schools.forEach(school -> schoolsById.put(UUID.fromString(school.id()), school));
        List<DutyGap> winter = schoolsWithoutHolidayLecture(schoolsById, LocalDate.of(year - 1, 12, 1),
                LocalDate.of(year, 2, 15));
        List<DutyGap> summer = schoolsWithoutHolidayLecture(schoolsById, LocalDate.of(year, 5, 15),
                LocalDate.of(year, 7, 31));
        List<ActivityStore.ServingVicePrincipal> serving = store.vicePrincipalsServing(schoolsById.keySet(), start,
                end);
        List<DutyGap> shortOfHours = serving.stream()
                .filter(vicePrincipal -> vicePrincipal.hoursGiven() < VICE_PRINCIPAL_CLASS_HOURS)
                .sorted(Comparator.comparing(vicePrincipal -> schoolsById.get(vicePrincipal.schoolId()).regionCode()))
                .limit(MAX_LISTED)
                .map(vicePrincipal -> new DutyGap(vicePrincipal.id().toString(), vicePrincipal.personName(),
                        schoolsById.get(vicePrincipal.schoolId()).regionCode(), vicePrincipal.hoursGiven()))
                .toList();
        return new DutyCoverageReport(year, counties.size(), countyGaps, schools.size(), winter, summer,
                serving.size(), shortOfHours);
    }

    /** The schools without a holiday safety lecture held in the period, in the given order, at most MAX_LISTED. */
    private List<DutyGap> schoolsWithoutHolidayLecture(Map<UUID, OrganizationView> schools, LocalDate start,
            LocalDate end) {
        Set<UUID> lectured = store.schoolsWithHolidayLecture(schools.keySet(), start, end);
        return schools.entrySet().stream().filter(school -> !lectured.contains(school.getKey())).limit(MAX_LISTED)
                .map(school -> new DutyGap(school.getValue().id(), school.getValue().name(),
                        school.getValue().regionCode(), null))
                .toList();
    }
}
