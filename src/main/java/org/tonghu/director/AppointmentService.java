package org.tonghu.director;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildField;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Appointments of village child directors and township child supervisors. Regional staff see the appointments in
 * their jurisdiction and above it (a director sees their township's supervisor); partners see only the directors of
 * the children in their scope. County, city and province officers appoint and end appointments in their jurisdiction.
 */
@ApplicationScoped
public class AppointmentService {

    static final String CURSOR_KIND = "appointment";
    static final String INVALID_REGION_CODE = "INVALID_REGION_CODE";
    static final String REGION_WRONG_LEVEL = "REGION_WRONG_LEVEL";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";
    static final String STARTS_ON_INVALID = "STARTS_ON_INVALID";
    static final String ENDS_ON_INVALID = "ENDS_ON_INVALID";
    static final String ALREADY_ENDED = "APPOINTMENT_ALREADY_ENDED";

    private static final List<String> APPOINTING_ROLES = List.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER,
            Roles.COUNTY_OFFICER);

    private final AppointmentStore store;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AppointmentService(AppointmentStore store, RegionService regions, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A page of the appointments of a kind the caller may see, optionally under a region and only active ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentConnection listAppointments(AppointmentKind kind, String regionCode, boolean includeEnded,
            Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND + kind);
        Visibility visibility = visibility();
        String prefix = visibility.prefix();
        Collection<String> exact = visibility.exactCodes();
        if (regionCode != null) {
            RegionCode filter = RegionCode.parse(regionCode).orElseThrow(() -> ValidationFailedException.of(
                    "regionCode", INVALID_REGION_CODE, "regionCode must be a 12-digit region code."));
            // narrow, never widen: the filter's subtree intersected with what the caller may see
            if (prefix != null && filter.scopePrefix().startsWith(prefix)) {
                prefix = filter.scopePrefix();
            } else if (prefix == null || !prefix.startsWith(filter.scopePrefix())) {
                prefix = null;
            }
            exact = exact.stream().filter(code -> code.startsWith(filter.scopePrefix())).toList();
        }
        List<AppointmentView> rows = store.page(kind, prefix, exact, includeEnded ? null : ChinaTime.today(), page)
                .stream().map(this::view).toList();
        return page.toConnection(rows, CURSOR_KIND + kind,
                a -> AppointmentStore.BY_REGION.key(a.regionCode(), a.id()), AppointmentEdge::new,
                AppointmentConnection::new);
    }

    /** The directors active today in each child's village, aligned with the children (who are in scope already). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<AppointmentView>> directorsOf(List<ChildView> children) {
        Map<String, List<Appointment>> byVillage = new LinkedHashMap<>();
        Set<String> villages = children.stream().map(ChildView::residenceVillageCode).collect(Collectors.toSet());
        for (Appointment appointment : store.activeIn(AppointmentKind.DIRECTOR, villages, ChinaTime.today())) {
            byVillage.computeIfAbsent(appointment.regionCode, code -> new ArrayList<>()).add(appointment);
        }
        return children.stream().map(child -> byVillage.getOrDefault(child.residenceVillageCode(), List.of()).stream()
                .map(appointment -> view(appointment, child.shows(ChildField.DIRECTOR_PHONE))).toList()).toList();
    }

    /** The appointments of a kind active today in each region the caller may see, aligned with the regions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<AppointmentView>> activeIn(AppointmentKind kind, List<RegionView> regionViews) {
        Visibility visibility = visibility();
        Set<String> visible = regionViews.stream().map(RegionView::code).filter(visibility::covers)
                .collect(Collectors.toSet());
        Map<String, List<AppointmentView>> byRegion = activeByRegion(kind, visible);
        return regionViews.stream().map(region -> byRegion.getOrDefault(region.code(), List.of())).toList();
    }

    /** The appointments with these ids, by id, whoever may see them (for registries that check them); one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, AppointmentView> findAppointments(Collection<UUID> ids) {
        Map<UUID, AppointmentView> found = new LinkedHashMap<>();
        store.findAll(ids).forEach(appointment -> found.put(appointment.id, view(appointment)));
        return found;
    }

    @Transactional
    public AppointmentView appoint(AppointmentKind kind, AppointmentInput input) {
        if (!mayAppoint()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.requireJurisdiction().regionPrefix().orElseThrow();
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("personName", input.personName(), 50, true, problems);
        String phone = TextRules.phone("phone", input.phone(), problems);
        LocalDate startsOn = input.startsOn() == null ? ChinaTime.today() : input.startsOn();
        if (startsOn.isAfter(ChinaTime.today().plusYears(1)) || startsOn.isBefore(LocalDate.of(2000, 1, 1))) {
            problems.add(Problem.ofField("startsOn", STARTS_ON_INVALID,
                    "startsOn must lie between 2000 and a year from now."));
        }
        Optional<RegionCode> region = regions.checkKnownRegion("regionCode", input.regionCode(), problems);
        region.ifPresent(code -> {
            if (code.level() != kind.level()) {
                problems.add(Problem.ofField("regionCode", REGION_WRONG_LEVEL, "A " + kind.name().toLowerCase()
                        + " is appointed to a " + kind.level().name().toLowerCase() + "."));
            } else if (!code.value().startsWith(prefix)) {
                problems.add(Problem.ofField("regionCode", REGION_OUT_OF_SCOPE,
                        "The region lies outside your jurisdiction."));
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.kind = kind;
        appointment.personName = name;
        appointment.phone = phone;
        appointment.regionCode = region.get().value();
        appointment.startsOn = startsOn;
        store.persist(appointment);
        store.flush();
        audit.event(AuditOperation.APPOINTMENT_CREATE).record(appointment.id).succeeded();
        return view(appointment);
    }

    @Transactional
    public AppointmentView endAppointment(String id, int expectedVersion, LocalDate endsOn) {
        if (!mayAppoint()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.requireJurisdiction().regionPrefix().orElseThrow();
        Appointment appointment = store.find(Ids.parse("id", id))
                .filter(found -> found.regionCode.startsWith(prefix))
                .orElseThrow(AppointmentNotFoundException::new);
        if (appointment.version != expectedVersion) {
            throw new ConflictException();
        }
        LocalDate day = endsOn == null ? ChinaTime.today() : endsOn;
        if (appointment.endsOn != null) {
            throw ValidationFailedException.of("id", ALREADY_ENDED, "This appointment has already ended.");
        }
        if (day.isBefore(appointment.startsOn) || day.isAfter(ChinaTime.today().plusYears(1))) {
            throw ValidationFailedException.of("endsOn", ENDS_ON_INVALID, "endsOn must not be before startsOn.");
        }
        appointment.endsOn = day;
        store.flushOrConflict(ConflictException::new);
        audit.event(AuditOperation.APPOINTMENT_END).record(appointment.id).succeeded();
        return view(appointment);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** What part of the appointments a caller sees: a subtree and the regions above it. */
    private record Visibility(String prefix, List<String> exactCodes) {
        boolean covers(String code) {
            return (prefix != null && code.startsWith(prefix)) || exactCodes.contains(code);
        }
    }

    private Visibility visibility() {
        Optional<String> prefix = currentUser.childScope().regionPrefix();
        if (prefix.isEmpty()) {
            return new Visibility(null, List.of());
        }
        List<String> above = currentUser.region().map(RegionCode::ancestors).orElse(List.of()).stream()
                .map(RegionCode::value).toList();
        return new Visibility(prefix.get(), above);
    }

    private Map<String, List<AppointmentView>> activeByRegion(AppointmentKind kind, Set<String> regionCodes) {
        Map<String, List<AppointmentView>> byRegion = new LinkedHashMap<>();
        for (Appointment appointment : store.activeIn(kind, regionCodes, ChinaTime.today())) {
            byRegion.computeIfAbsent(appointment.regionCode, code -> new ArrayList<>()).add(view(appointment));
        }
        return byRegion;
    }

    /** Whether the caller holds a role that appoints (county, city and province officers). */
    private boolean mayAppoint() {
        return APPOINTING_ROLES.stream().anyMatch(currentUser::hasRole);
    }

    /** An appointment seen directly: its phone for those whose jurisdiction covers its region. */
    AppointmentView view(Appointment appointment) {
        AccessScope scope = currentUser.childScope();
        return view(appointment, scope.hasJurisdiction() && scope.coversRegion(appointment.regionCode));
    }

    private static AppointmentView view(Appointment appointment, boolean phone) {
        return new AppointmentView(appointment.id.toString(), appointment.kind, appointment.personName,
                phone ? appointment.phone : null, appointment.regionCode, appointment.startsOn, appointment.endsOn,
                appointment.isActiveOn(ChinaTime.today()), (int) appointment.version);
    }
}
