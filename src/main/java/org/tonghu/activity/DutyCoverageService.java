package org.tonghu.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
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
    private final CurrentUser currentUser;

    DutyCoverageService(ActivityStore store, RegionService regions, CurrentUser currentUser) {
        this.store = store;
        this.regions = regions;
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
        String prefix = region.get().scopePrefix() + "%";
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<DutyGap> counties = store.countiesWithoutSafetyEducation(prefix, start, end, MAX_LISTED);
        List<DutyGap> winter = store.schoolsWithoutHolidayLecture(prefix, LocalDate.of(year - 1, 12, 1),
                LocalDate.of(year, 2, 15), MAX_LISTED);
        List<DutyGap> summer = store.schoolsWithoutHolidayLecture(prefix, LocalDate.of(year, 5, 15),
                LocalDate.of(year, 7, 31), MAX_LISTED);
        List<DutyGap> shortOfHours = store.vicePrincipalsShortOfHours(prefix, start, end, VICE_PRINCIPAL_CLASS_HOURS,
                MAX_LISTED);
        return new DutyCoverageReport(year, store.countCounties(prefix), counties, store.countSchools(prefix), winter,
                summer, store.countVicePrincipals(prefix, start, end), shortOfHours);
    }
}
