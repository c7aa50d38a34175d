package org.tonghu.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.director.AppointmentService;
import org.tonghu.director.AppointmentView;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Training of directors and supervisors (policy §21): sessions run by the city or a county, who attended, and the
 * yearly coverage: every director and supervisor trained, and one demonstration training by the city.
 */
@ApplicationScoped
public class TrainingService {

    static final String REGION_WRONG_LEVEL = "REGION_WRONG_LEVEL";
    static final String HELD_ON_INVALID = "HELD_ON_INVALID";
    static final String DEMONSTRATION_NOT_CITY_LEVEL = "DEMONSTRATION_NOT_CITY_LEVEL";
    static final String TRAINING_SESSION_NOT_FOUND = "TRAINING_SESSION_NOT_FOUND";
    static final String APPOINTMENT_NOT_FOUND = "APPOINTMENT_NOT_FOUND";
    static final String APPOINTMENT_OUTSIDE_SESSION_REGION = "APPOINTMENT_OUTSIDE_SESSION_REGION";
    static final String APPOINTMENT_NOT_ACTIVE = "APPOINTMENT_NOT_ACTIVE";
    static final String ATTENDEES_REQUIRED = "ATTENDEES_REQUIRED";
    static final String YEAR_INVALID = "YEAR_INVALID";
    static final int MAX_ATTENDEES_PER_CALL = 500;

    private final TrainingStore store;
    private final AppointmentService appointments;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    TrainingService(TrainingStore store, AppointmentService appointments, RegionService regions,
            CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.appointments = appointments;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public TrainingSessionView createTrainingSession(TrainingSessionInput input) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("input.regionCode", input.regionCode(), scope,
                problems);
        region.filter(code -> code.level() != input.level().regionLevel()).ifPresent(code -> problems.add(
                Problem.ofField("input.regionCode", REGION_WRONG_LEVEL, "A " + input.level() + " session belongs to a "
                        + input.level().regionLevel().name().toLowerCase() + ".")));
        String organizer = TextRules.text("input.organizer", input.organizer(), 100, true, problems);
        String topic = TextRules.text("input.topic", input.topic(), 200, true, problems);
        if (input.heldOn().isBefore(LocalDate.of(2000, 1, 1))
                || input.heldOn().isAfter(ChinaTime.today().plusYears(1))) {
            problems.add(Problem.ofField("input.heldOn", HELD_ON_INVALID,
                    "heldOn must lie between 2000 and a year ahead."));
        }
        boolean demonstration = Boolean.TRUE.equals(input.demonstration());
        if (demonstration && input.level() != TrainingLevel.CITY) {
            problems.add(Problem.ofField("input.demonstration", DEMONSTRATION_NOT_CITY_LEVEL,
                    "Only a city session is a demonstration training."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.level = input.level();
        session.regionCode = region.orElseThrow().value();
        session.organizer = organizer;
        session.heldOn = input.heldOn();
        session.topic = topic;
        session.demonstration = demonstration;
        store.persist(session);
        audit.event(AuditOperation.TRAINING_SESSION_CREATE).record(session.id).succeeded();
        return view(session, 0);
    }

    /**
     * Records who attended a session: directors and supervisors appointed under the session's region and active on
     * its day. Every id is checked first and reported by position; nothing is written if any is bad.
     */
    @Transactional
    public AttendanceResult recordTrainingAttendance(String sessionId, List<String> appointmentIds) {
        AccessScope scope = currentUser.requireJurisdiction();
        UUID id = Ids.parse("sessionId", sessionId);
        TrainingSession session = store.find(id).orElse(null);
        if (session == null || !scope.coversRegion(session.regionCode)) {
            throw ValidationFailedException.of("sessionId", TRAINING_SESSION_NOT_FOUND,
                    "No training session with this id.");
        }
        List<Problem> problems = new ArrayList<>();
        if (appointmentIds.isEmpty() || appointmentIds.size() > MAX_ATTENDEES_PER_CALL) {
            problems.add(Problem.ofField("appointmentIds", ATTENDEES_REQUIRED,
                    "Give 1 to " + MAX_ATTENDEES_PER_CALL + " appointment ids."));
        }
        Map<Integer, UUID> parsed = new HashMap<>();
        for (int i = 0; i < appointmentIds.size(); i++) {
            try {
                parsed.put(i, Ids.parse("appointmentIds[" + i + "]", appointmentIds.get(i)));
            } catch (ValidationFailedException e) {
                problems.addAll(e.problems());
            }
        }
        Map<UUID, AppointmentView> found = appointments.findAppointments(new LinkedHashSet<>(parsed.values()));
        String sessionPrefix = new RegionCode(session.regionCode).scopePrefix();
        parsed.forEach((index, appointmentId) -> {
            String field = "appointmentIds[" + index + "]";
            AppointmentView appointment = found.get(appointmentId);
            if (appointment == null || !scope.coversRegion(appointment.regionCode())) {
                problems.add(Problem.ofField(field, APPOINTMENT_NOT_FOUND, "No appointment with this id."));
            } else if (!appointment.regionCode().startsWith(sessionPrefix)) {
                problems.add(Problem.ofField(field, APPOINTMENT_OUTSIDE_SESSION_REGION,
                        "The appointment lies outside the session's region."));
            } else if (appointment.startsOn().isAfter(session.heldOn)
                    || (appointment.endsOn() != null && appointment.endsOn().isBefore(session.heldOn))) {
                problems.add(Problem.ofField(field, APPOINTMENT_NOT_ACTIVE,
                        "The appointment did not hold on the session's day."));
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Set<UUID> attendees = new LinkedHashSet<>(parsed.values());
        int added = 0;
        for (UUID appointmentId : attendees) {
            added += store.addAttendee(session.id, appointmentId) ? 1 : 0;
        }
        audit.event(AuditOperation.TRAINING_ATTENDANCE_RECORD).record(session.id).succeeded();
        return new AttendanceResult(view(session, store.countAttendees(session.id)), added, attendees.size() - added);
    }

    /**
     * Coverage in a year of a county, city or the province in the caller's jurisdiction, with a row per region one
     * level down; the demonstration training is the city's (for the province: every city's).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingCoverage trainingCoverage(String regionCode, int year) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        region.filter(code -> code.level() != RegionLevel.PROVINCE && code.level() != RegionLevel.CITY
                && code.level() != RegionLevel.COUNTY)
                .ifPresent(code -> problems.add(Problem.ofField("regionCode", REGION_WRONG_LEVEL,
                        "Training coverage is reported for the province, a city or a county.")));
        if (year < 2000 || year > ChinaTime.today().getYear()) {
            problems.add(Problem.ofField("year", YEAR_INVALID, "year lies between 2000 and this year."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        RegionCode code = region.orElseThrow();
        int groupLength = RegionLevel.values()[code.level().ordinal() + 1].prefixLength();
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, TrainingStore.CoverageCounts> counts = store.coverageByGroup(code.scopePrefix(), groupLength,
                start, end);
        List<TrainingCoverageRow> byRegion = new ArrayList<>();
        for (RegionView subregion : regions.listSubregions(code)) {
            TrainingStore.CoverageCounts group = counts.get(subregion.code().substring(0, groupLength));
            byRegion.add(TrainingCoverageRow.of(subregion.code(), subregion.name(),
                    group == null ? 0 : group.appointed(), group == null ? 0 : group.trained()));
        }
        int cityLength = RegionLevel.CITY.prefixLength();
        Set<String> citiesWithDemonstration = store.citiesWithDemonstration(
                code.value().substring(0, Math.min(cityLength, code.scopePrefix().length())), start, end);
        boolean demonstration = code.level() == RegionLevel.PROVINCE
                ? !byRegion.isEmpty() && byRegion.stream().allMatch(city -> citiesWithDemonstration.contains(
                        city.regionCode()))
                : citiesWithDemonstration.contains(code.value().substring(0, cityLength) + "00000000");
        String name = regions.findRegion(code).map(r -> r.name()).orElse(code.value());
        return new TrainingCoverage(year, TrainingCoverageRow.of(code.value(), name,
                counts.values().stream().mapToInt(TrainingStore.CoverageCounts::appointed).sum(),
                counts.values().stream().mapToInt(TrainingStore.CoverageCounts::trained).sum()), byRegion,
                demonstration);
    }

    private static TrainingSessionView view(TrainingSession session, int attendees) {
        return new TrainingSessionView(session.id.toString(), session.level, session.regionCode, session.organizer,
                session.heldOn, session.topic, session.demonstration, attendees);
    }
}
