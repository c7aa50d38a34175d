package org.tonghu.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildNotFoundException;
import org.tonghu.child.ChildReferenceInput;
import org.tonghu.child.ChildRelationships;
import org.tonghu.child.ChildService;
import org.tonghu.child.NationalIdNumber;
import org.tonghu.graphql.DomainException;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.guardian.GuardianService;
import org.tonghu.harbor.HarborSiteService;
import org.tonghu.harbor.HarborSiteView;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;
import org.tonghu.volunteer.VolunteerService;
import org.tonghu.webhook.WebhookOutbox;

/**
 * Activities and events of an organization, and who attended. Attendance opens the organization's relationship with
 * each child for a follow-up time; regional staff see a child's activities in the file, partners their own.
 */
@ApplicationScoped
public class ActivityService {

    static final String CURSOR_KIND = "activity";
    static final int MAX_ATTENDEES_PER_CALL = 500;

    static final String SAFETY_TOPIC_REQUIRED = "SAFETY_TOPIC_REQUIRED";
    static final String SAFETY_TOPIC_NOT_APPLICABLE = "SAFETY_TOPIC_NOT_APPLICABLE";
    static final String PLACE_INVALID = "PLACE_INVALID";
    static final String PLACE_OUT_OF_REGION = "PLACE_OUT_OF_REGION";
    static final String PERIOD_INVALID = "PERIOD_INVALID";
    static final String CLASS_HOURS_INVALID = "CLASS_HOURS_INVALID";
    static final String VICE_PRINCIPAL_INVALID = "VICE_PRINCIPAL_INVALID";
    static final String VOLUNTEER_NOT_FOUND = "VOLUNTEER_NOT_FOUND";
    static final String STATUS_CHANGE_INVALID = "STATUS_CHANGE_INVALID";
    static final String REPORT_REQUIRED = "REPORT_REQUIRED";
    static final String REASON_REQUIRED = "REASON_REQUIRED";
    static final String ATTENDANCE_CLOSED = "ATTENDANCE_CLOSED";
    static final String ATTENDEES_INVALID = "ATTENDEES_INVALID";
    static final String GUARDIAN_NOT_FOUND = "GUARDIAN_NOT_FOUND";
    static final String SCHOOL_NOT_FOUND = "SCHOOL_NOT_FOUND";
    static final String STARTS_ON_INVALID = "STARTS_ON_INVALID";

    private final ActivityStore store;
    private final ChildService children;
    private final ChildRelationships relationships;
    private final OrganizationService organizations;
    private final HarborSiteService harborSites;
    private final VolunteerService volunteers;
    private final RegionService regions;
    private final GuardianService guardianService;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final WebhookOutbox webhooks;

    ActivityService(ActivityStore store, ChildService children, ChildRelationships relationships,
            OrganizationService organizations, HarborSiteService harborSites, VolunteerService volunteers,
            RegionService regions, GuardianService guardianService, CurrentUser currentUser, AuditLog audit,
            WebhookOutbox webhooks) {
        this.store = store;
        this.children = children;
        this.guardianService = guardianService;
        this.relationships = relationships;
        this.organizations = organizations;
        this.harborSites = harborSites;
        this.volunteers = volunteers;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.webhooks = webhooks;
    }

    /** Plans an activity of the caller's organization, at a place inside the organization's region. */
    @Transactional
    public ActivityView createActivity(ActivityInput input) {
        OrganizationView organization = organizations.callersOrganization().orElseThrow(currentUser::refused);
        List<Problem> problems = new ArrayList<>();
        String title = TextRules.text("input.title", input.title(), 100, true, problems);
        String placeNote = TextRules.text("input.placeNote", input.placeNote(), 200, false, problems);
        String staffNames = TextRules.text("input.staffNames", input.staffNames(), 500, false, problems);
        List<SafetyTopic> topics = input.safetyTopics() == null ? List.of() : input.safetyTopics();
        if (input.kind() == ActivityKind.SAFETY_EDUCATION && topics.isEmpty()) {
            problems.add(Problem.ofField("input.safetyTopics", SAFETY_TOPIC_REQUIRED,
                    "Name what the safety education covers."));
        } else if (!topics.isEmpty() && input.kind() != ActivityKind.SAFETY_EDUCATION
                && input.kind() != ActivityKind.HOLIDAY_SAFETY_LECTURE) {
            problems.add(Problem.ofField("input.safetyTopics", SAFETY_TOPIC_NOT_APPLICABLE,
                    "Only safety education names safety topics."));
        }
        OffsetDateTime now = ChinaTime.now();
        if (input.endsAt().isBefore(input.startsAt()) || input.startsAt().getYear() < 2000
                || input.startsAt().isAfter(now.plusYears(1))) {
            problems.add(Problem.ofField("input.endsAt", PERIOD_INVALID,
                    "The activity starts between 2000 and a year ahead and ends after it starts."));
        }
        if (input.classHours() < 0.5 || input.classHours() > 100
                || Math.round(input.classHours() * 10) != input.classHours() * 10) {
            problems.add(Problem.ofField("input.classHours", CLASS_HOURS_INVALID,
                    "classHours is 0.5 to 100, in tenths."));
        }
        Place place = place(input, organization, problems);
        UUID vicePrincipal = vicePrincipal(input, place, problems);
        Set<UUID> volunteerIds = volunteers(input.volunteerIds(), UUID.fromString(organization.id()), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.organizationId = UUID.fromString(organization.id());
        activity.kind = input.kind();
        activity.safetyTopics = topics.stream().distinct().map(Enum::name).toArray(String[]::new);
        activity.title = title;
        activity.placeKind = input.placeKind();
        activity.harborSiteId = place.harborSiteId();
        activity.schoolOrganizationId = place.schoolId();
        activity.regionCode = place.regionCode();
        activity.placeNote = placeNote;
        activity.startsAt = input.startsAt();
        activity.endsAt = input.endsAt();
        activity.classHours = BigDecimal.valueOf(input.classHours()).setScale(1, java.math.RoundingMode.HALF_UP);
        activity.vicePrincipalId = vicePrincipal;
        activity.staffNames = staffNames;
        activity.status = ActivityStatus.PLANNED;
        store.persist(activity);
        for (UUID volunteer : volunteerIds) {
            store.addVolunteer(activity.id, volunteer);
        }
        audit.event(AuditOperation.ACTIVITY_CREATE).record(activity.id).succeeded();
        // announced: the organizations that may see an activity through the API are, today, the one that runs it
        webhooks.activityPublished(activity.id, activity.kind.name(), List.of(activity.organizationId));
        return views(List.of(activity)).get(0);
    }

    /** Moves an activity on: PLANNED to HELD (once started) or CANCELLED (with a reason), HELD to REPORTED. */
    @Transactional
    public ActivityView changeActivityStatus(String id, int expectedVersion, ActivityStatus status, String text) {
        Activity activity = requireOwn(id, AuditOperation.ACTIVITY_STATUS_CHANGE);
        if (activity.version != expectedVersion) {
            throw audit.event(AuditOperation.ACTIVITY_STATUS_CHANGE).record(activity.id).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        boolean allowed = switch (status) {
            case HELD -> activity.status == ActivityStatus.PLANNED && !activity.startsAt.isAfter(ChinaTime.now());
            case REPORTED -> activity.status == ActivityStatus.HELD;
            case CANCELLED -> activity.status == ActivityStatus.PLANNED;
            case PLANNED -> false;
        };
        if (!allowed) {
            problems.add(Problem.ofField("status", STATUS_CHANGE_INVALID, "An activity goes from " + activity.status
                    + " to HELD (once started), CANCELLED (while planned) or REPORTED (once held)."));
        }
        String checked = TextRules.text("text", text, status == ActivityStatus.REPORTED ? 2000 : 500, false, problems);
        if (status == ActivityStatus.REPORTED && checked == null) {
            problems.add(Problem.ofField("text", REPORT_REQUIRED, "Give the report of the activity."));
        }
        if (status == ActivityStatus.CANCELLED && checked == null) {
            problems.add(Problem.ofField("text", REASON_REQUIRED, "Say why the activity is cancelled."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        activity.status = status;
        if (status == ActivityStatus.REPORTED) {
            activity.report = checked;
        } else if (status == ActivityStatus.CANCELLED) {
            activity.cancelReason = checked;
        }
        store.flushOrConflict(() -> audit.event(AuditOperation.ACTIVITY_STATUS_CHANGE).record(activity.id).conflict());
        audit.event(AuditOperation.ACTIVITY_STATUS_CHANGE).record(activity.id).succeeded();
        return views(List.of(activity)).get(0);
    }

    /**
     * Records who attended. Every entry is checked first and reported by position (a child named by id outside what
     * the organization may reach, a malformed ID number, a guardian of no attending child); nothing is written if any
     * entry is bad. A child named by ID number and name who matches no registered child the organization may reach is
     * not an error: it is counted as an unregistered attendee (a digest of the number, no file), so that the answer
     * never tells which of the people named are registered children. Those recorded already are skipped.
     */
    @Transactional
    public AttendanceResult recordAttendance(String activityId, AttendanceInput input) {
        Activity activity = requireOwn(activityId, AuditOperation.ACTIVITY_ATTENDANCE_RECORD);
        OrganizationView organization = organizations.callersOrganization().orElseThrow(currentUser::refused);
        List<ChildReferenceInput> entries = input.children() == null ? List.of() : input.children();
        List<String> guardianEntries = input.guardianIds() == null ? List.of() : input.guardianIds();
        List<Problem> problems = new ArrayList<>();
        if (!attendanceOpen(activity.status, activity.startsAt)) {
            problems.add(Problem.ofField("activityId", ATTENDANCE_CLOSED,
                    "Attendance is taken once the activity has started, until it is reported."));
        }
        if (entries.size() + guardianEntries.size() == 0 || entries.size() > MAX_ATTENDEES_PER_CALL
                || guardianEntries.size() > MAX_ATTENDEES_PER_CALL) {
            problems.add(Problem.ofField("input", ATTENDEES_INVALID,
                    "Give 1 to " + MAX_ATTENDEES_PER_CALL + " children or guardians."));
        }
        Map<UUID, ChildAccess> attending = new LinkedHashMap<>();
        Map<String, ChildReferenceInput> namedByNumber = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "input.children[" + i + "]";
            if (entries.get(i).childId() == null) {
                namedByNumber.put(field, entries.get(i));
                continue;
            }
            try {
                attend(field, children.requireAccess(field + ".childId", entries.get(i).childId(),
                        AuditOperation.ACTIVITY_ATTENDANCE_RECORD), attending, problems);
            } catch (ChildNotFoundException e) {
                problems.add(Problem.ofField(field, e.code(), "No such child that your organization may reach."));
            } catch (ValidationFailedException e) {
                problems.addAll(e.problems());
            }
        }
        // Children named by ID number and name are looked up once the rest is valid; a person who matches no child
        // the organization may reach is an unregistered attendee, not an error.
        Set<String> unregistered = new LinkedHashSet<>();
        children.findChildrenByIdNumberForRegistry(namedByNumber, organization.regionCode(), problems)
                .forEach((field, match) -> match.ifPresentOrElse(child -> attend(field, child, attending, problems),
                        () -> unregistered.add(unregisteredDigest(activity.id,
                                NationalIdNumber.normalise(namedByNumber.get(field).idNumber())))));
        Set<UUID> guardians = guardians(activity, attending.keySet(), guardianEntries, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        LocalDate day = activity.startsAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        int childrenAdded = 0;
        for (UUID child : attending.keySet()) {
            childrenAdded += store.addChild(activity.id, child) ? 1 : 0;
            relationships.attended(child, activity.organizationId, activity.id, day);
        }
        for (String digest : unregistered) {
            childrenAdded += store.addUnregistered(activity.id, digest) ? 1 : 0;
        }
        int guardiansAdded = 0;
        for (UUID guardian : guardians) {
            guardiansAdded += store.addGuardian(activity.id, guardian) ? 1 : 0;
        }
        List<UUID> recorded = new ArrayList<>(List.of(activity.id));
        recorded.addAll(attending.keySet());
        audit.event(AuditOperation.ACTIVITY_ATTENDANCE_RECORD).records(recorded).succeeded();
        return new AttendanceResult(views(List.of(activity)).get(0), childrenAdded, guardiansAdded);
    }

    /** Adds a child to those attending, or reports that its file is closed. */
    private static void attend(String field, ChildAccess child, Map<UUID, ChildAccess> attending,
            List<Problem> problems) {
        if (!child.fileOpen()) {
            problems.add(Problem.ofField(field, ChildAccess.CHILD_FILE_CLOSED, "The child's file is closed."));
        }
        attending.put(child.childId(), child);
    }

    /**
     * How an unregistered attendee is kept: a digest of the activity and the ID number, which counts each person once
     * per activity and cannot be turned back into the number without the activity.
     */
    private static String unregisteredDigest(UUID activityId, String idNumber) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((activityId + ":" + idNumber).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether attendance can be taken: once the activity has started, until it is reported (or if it was cancelled,
     * never). The portal shows its attendance form by this rule.
     */
    public boolean attendanceOpen(ActivityView activity) {
        return attendanceOpen(activity.status(), activity.startsAt());
    }

    private static boolean attendanceOpen(ActivityStatus status, OffsetDateTime startsAt) {
        return status != ActivityStatus.CANCELLED && status != ActivityStatus.REPORTED
                && !startsAt.isAfter(ChinaTime.now());
    }

    /**
     * The children recorded at one of the caller's organization's activities, by name, each with the guardians who may
     * be recorded as attending too. Audited as a read of those children.
     */
    @Transactional
    public List<ActivityAttendee> attendeesOf(String activityId) {
        Activity activity = requireOwn(activityId, AuditOperation.ACTIVITY_ATTENDANCE_READ);
        List<UUID> recorded = store.childrenRecorded(activity.id);
        if (recorded.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = children.findNames(recorded);
        // by name then id, as the database orders them (a uuid compares as its text)
        List<UUID> attending = recorded.stream().filter(names::containsKey)
                .sorted(Comparator.comparing((UUID child) -> names.get(child)).thenComparing(UUID::toString))
                .toList();
        Set<UUID> guardiansRecorded = store.guardiansRecorded(activity.id);
        Map<UUID, List<ActivityAttendee.Guardian>> guardiansByChild = new LinkedHashMap<>();
        for (GuardianService.GuardianOfChild guardian : guardianService.findGuardiansOfChildren(attending)) {
            guardiansByChild.computeIfAbsent(guardian.childId(), id -> new ArrayList<>()).add(
                    new ActivityAttendee.Guardian(guardian.guardianId().toString(), guardian.name(),
                            guardian.relationship(), guardiansRecorded.contains(guardian.guardianId())));
        }
        audit.event(AuditOperation.ACTIVITY_ATTENDANCE_READ).records(attending).succeeded();
        return attending.stream().map(child -> new ActivityAttendee(child.toString(), names.get(child),
                guardiansByChild.getOrDefault(child, List.of()))).toList();
    }

    /** An activity of the caller's organization, if there is one with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActivityView> findOwnActivity(String id) {
        return Ids.tryParse(id).flatMap(store::find)
                .filter(activity -> activity.organizationId.equals(currentUser.organizationId().orElse(null)))
                .map(activity -> views(List.of(activity)).get(0));
    }

    /**
     * What another feature needs to know of an activity it links to by id (its kind, place and status: nothing about
     * children), whichever organization runs it; for example a family-education order tied to its guidance.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActivityView> findActivityToLink(UUID id) {
        return store.find(id).map(activity -> views(List.of(activity)).get(0));
    }

    /** Events held in a region and how many attended them (registered children and people named without a file). */
    public record EventTotals(int events, int attendance) {
    }

    /**
     * Activities held (or reported) starting in a period (China time) in regions under a region of a civil-affairs
     * officer's jurisdiction, with their attendance, by the region one level down (its code's leading digits; an
     * activity recorded at a higher level counts in a key of its own, so only in the total): counts for the
     * dashboard's partner totals, nothing of the partners' records. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, EventTotals> countEventsByRegion(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        Map<String, EventTotals> totals = new LinkedHashMap<>();
        store.countHeldByRegion(region.scopePrefix(), region.subregionPrefixLength(),
                from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
                through.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
                .forEach((group, counts) -> totals.put(group, new EventTotals(counts.events(), counts.attendance())));
        return totals;
    }

    /** A page of the caller's organization's activities, the latest first, optionally of a kind and status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityConnection listActivities(ActivityKind kind, ActivityStatus status, Integer first, String after) {
        UUID organization = currentUser.requireOrganizationId();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        return connection(page, CURSOR_KIND, store.pageOfOrganization(organization, kind, status, page));
    }

    /**
     * A page of the activities a child attended that the caller may see, the latest first; for the child's file:
     * all for those who keep the file, their own organization's for partners.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityConnection listActivitiesOfChild(ChildAccess child, Integer first, String after) {
        String kind = CURSOR_KIND + "-child";
        PageRequest page = PageRequest.of(first, after, kind);
        // a partner without an organization sees none (organization_id = null matches nothing)
        Optional<UUID> ownOnly = child.throughJurisdiction() ? Optional.empty()
                : Optional.of(currentUser.organizationId().orElse(new UUID(0, 0)));
        return connection(page, kind, store.pageOfChild(child.childId(), ownOnly, page));
    }

    /** Registers a rule-of-law vice-principal at a school in the caller's jurisdiction or organization's region. */
    @Transactional
    public VicePrincipalView registerVicePrincipal(VicePrincipalInput input) {
        // regional staff serve their jurisdiction; an education bureau its region
        Optional<String> jurisdiction = currentUser.childScope().regionPrefix();
        String servedRegion = (jurisdiction.isPresent() ? jurisdiction : organizations.callersOrganization()
                .filter(organization -> organization.kind() == OrganizationKind.EDUCATION)
                .map(organization -> new RegionCode(organization.regionCode()).scopePrefix()))
                .orElseThrow(currentUser::refused);
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("input.personName", input.personName(), 50, true, problems);
        Optional<OrganizationView> school = organizations
                .findOrganization(Ids.parse("input.schoolId", input.schoolId()))
                .filter(organization -> organization.kind() == OrganizationKind.SCHOOL)
                .filter(organization -> organization.regionCode().startsWith(servedRegion));
        if (school.isEmpty()) {
            problems.add(Problem.ofField("input.schoolId", SCHOOL_NOT_FOUND, "No school with this id in your region."));
        }
        if (input.startsOn().getYear() < 2000 || input.startsOn().isAfter(ChinaTime.today().plusYears(1))
                || (input.endsOn() != null && input.endsOn().isBefore(input.startsOn()))) {
            problems.add(Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                    "The appointment's dates are not valid."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        RuleOfLawVicePrincipal vicePrincipal = new RuleOfLawVicePrincipal();
        vicePrincipal.id = UUID.randomUUID();
        vicePrincipal.schoolOrganizationId = UUID.fromString(school.get().id());
        vicePrincipal.personName = name;
        vicePrincipal.startsOn = input.startsOn();
        vicePrincipal.endsOn = input.endsOn();
        store.persist(vicePrincipal);
        audit.event(AuditOperation.VICE_PRINCIPAL_REGISTER).record(vicePrincipal.id).succeeded();
        return VicePrincipalView.of(vicePrincipal);
    }

    /** Where an activity takes place, checked. */
    private record Place(UUID harborSiteId, UUID schoolId, String regionCode) {
    }

    private Place place(ActivityInput input, OrganizationView organization, List<Problem> problems) {
        String servedPrefix = new RegionCode(organization.regionCode()).scopePrefix();
        Place place = null;
        switch (input.placeKind()) {
            case HARBOR_SITE -> {
                Optional<HarborSiteView> site = input.harborSiteId() == null ? Optional.empty()
                        : harborSites.findHarborSite(Ids.parse("input.harborSiteId", input.harborSiteId()));
                if (site.isEmpty()) {
                    problems.add(Problem.ofField("input.harborSiteId", PLACE_INVALID, "Name an existing harbor site."));
                } else {
                    place = new Place(UUID.fromString(site.get().id()), null, site.get().villageCode());
                }
            }
            case SCHOOL -> {
                Optional<OrganizationView> school = input.schoolId() == null ? Optional.empty()
                        : organizations.findOrganization(Ids.parse("input.schoolId", input.schoolId()))
                                .filter(o -> o.kind() == OrganizationKind.SCHOOL);
                if (school.isEmpty()) {
                    problems.add(Problem.ofField("input.schoolId", PLACE_INVALID, "Name an existing school."));
                } else {
                    place = new Place(null, UUID.fromString(school.get().id()), school.get().regionCode());
                }
            }
            case VILLAGE, OTHER -> {
                Optional<RegionCode> region = input.regionCode() == null ? Optional.empty()
                        : regions.checkKnownRegion("input.regionCode", input.regionCode(), problems);
                if (input.regionCode() == null) {
                    problems.add(Problem.ofField("input.regionCode", PLACE_INVALID, "Name the region."));
                } else if (region.isPresent() && input.placeKind() == PlaceKind.VILLAGE
                        && region.get().level() != RegionLevel.VILLAGE) {
                    problems.add(Problem.ofField("input.regionCode", PLACE_INVALID, "Name a village."));
                } else {
                    place = region.map(code -> new Place(null, null, code.value())).orElse(null);
                }
            }
        }
        if (place != null && !place.regionCode().startsWith(servedPrefix)) {
            problems.add(Problem.ofField("input.placeKind", PLACE_OUT_OF_REGION,
                    "The place lies outside your organization's region."));
        }
        return place == null ? new Place(null, null, null) : place;
    }

    private UUID vicePrincipal(ActivityInput input, Place place, List<Problem> problems) {
        if (input.vicePrincipalId() == null) {
            return null;
        }
        UUID id = Ids.parse("input.vicePrincipalId", input.vicePrincipalId());
        RuleOfLawVicePrincipal vicePrincipal = store.findVicePrincipal(id).orElse(null);
        if (vicePrincipal == null || input.kind() != ActivityKind.LEGAL_EDUCATION
                || !vicePrincipal.schoolOrganizationId.equals(place.schoolId())) {
            problems.add(Problem.ofField("input.vicePrincipalId", VICE_PRINCIPAL_INVALID,
                    "A rule-of-law vice-principal gives LEGAL_EDUCATION at their own school."));
            return null;
        }
        return id;
    }

    private Set<UUID> volunteers(List<String> ids, UUID organization, List<Problem> problems) {
        Set<UUID> found = new LinkedHashSet<>();
        List<String> entries = ids == null ? List.of() : ids;
        for (int i = 0; i < entries.size(); i++) {
            String field = "input.volunteerIds[" + i + "]";
            try {
                UUID id = Ids.parse(field, entries.get(i));
                if (volunteers.findVolunteerOfOrganization(id, organization).isEmpty()) {
                    problems.add(Problem.ofField(field, VOLUNTEER_NOT_FOUND, "No volunteer of your organization."));
                } else {
                    found.add(id);
                }
            } catch (DomainException e) {
                problems.addAll(e.problems());
            }
        }
        return found;
    }

    /** Guardians are recorded when they care for a child attending this activity (now or before). */
    private Set<UUID> guardians(Activity activity, Collection<UUID> attendingNow, List<String> entries,
            List<Problem> problems) {
        Set<UUID> found = new LinkedHashSet<>();
        Map<Integer, UUID> parsed = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                parsed.put(i, Ids.parse("input.guardianIds[" + i + "]", entries.get(i)));
            } catch (ValidationFailedException e) {
                problems.addAll(e.problems());
            }
        }
        if (parsed.isEmpty()) {
            return found;
        }
        Set<UUID> attendingChildren = new LinkedHashSet<>(attendingNow);
        attendingChildren.addAll(store.childrenRecorded(activity.id));
        Set<UUID> linked = guardianService.findGuardiansOfChildren(attendingChildren).stream()
                .map(GuardianService.GuardianOfChild::guardianId).collect(Collectors.toSet());
        parsed.forEach((index, guardian) -> {
            if (linked.contains(guardian)) {
                found.add(guardian);
            } else {
                problems.add(Problem.ofField("input.guardianIds[" + index + "]", GUARDIAN_NOT_FOUND,
                        "No guardian of a child attending this activity."));
            }
        });
        return found;
    }

    private Activity requireOwn(String id, AuditOperation operation) {
        UUID activityId = Ids.parse("id", id);
        Activity activity = store.find(activityId).orElse(null);
        if (activity == null || !activity.organizationId.equals(currentUser.organizationId().orElse(null))) {
            audit.event(operation).on(AuditRecordType.ACTIVITY).record(activityId).notFound();
            throw new ActivityNotFoundException();
        }
        return activity;
    }

    private ActivityConnection connection(PageRequest page, String kind, List<Activity> activities) {
        return page.toConnection(views(activities), kind,
                activity -> ActivityStore.LATEST_FIRST.key(activity.startsAt(), activity.id()), ActivityEdge::new,
                ActivityConnection::new);
    }

    private List<ActivityView> views(List<Activity> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        Map<UUID, ActivityStore.Counts> counts = store.counts(activities.stream().map(a -> a.id).toList());
        return activities.stream().map(a -> new ActivityView(a.id.toString(), a.organizationId.toString(), a.kind,
                Arrays.stream(a.safetyTopics).map(SafetyTopic::valueOf).toList(), a.title, a.placeKind,
                a.harborSiteId == null ? null : a.harborSiteId.toString(),
                a.schoolOrganizationId == null ? null : a.schoolOrganizationId.toString(), a.regionCode, a.placeNote,
                a.startsAt, a.endsAt, a.classHours.doubleValue(),
                a.vicePrincipalId == null ? null : a.vicePrincipalId.toString(), a.staffNames, a.status, a.report,
                a.cancelReason, counts.getOrDefault(a.id, ActivityStore.Counts.NONE).children(),
                counts.getOrDefault(a.id, ActivityStore.Counts.NONE).guardians(), (int) a.version)).toList();
    }
}
