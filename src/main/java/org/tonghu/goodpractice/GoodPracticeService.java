package org.tonghu.goodpractice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
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
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

/**
 * Good-practice cases (优秀案例, plan 四(二)). Civil-affairs offices (county, city and province officers, who keep the
 * drafts of their jurisdiction's office together) and partner organizations (their staff) draft cases; a case is
 * submitted to the city above its region, which recommends it to the province or returns it; the province scores,
 * selects and publishes it, or returns it. Drafts belong to their drafters; officers see the cases past drafting that
 * took place in their jurisdiction; published cases are readable by every signed-in user and on the public pages
 * without sign-in. A case holds no personal data of children: texts with national ID numbers, phone numbers or the
 * names of the children registered in the case's region are refused (on saving and on submitting), and every photo
 * carries a recorded consent. Every change and every signed-in read is audited; anonymous reads of published cases
 * are not (they show nothing about any person).
 */
@ApplicationScoped
public class GoodPracticeService {

    static final String CURSOR_KIND = "goodPracticeCase";
    static final String ROUND_NOT_FOUND = "ROUND_NOT_FOUND";
    static final String ROUND_CLOSED = "ROUND_CLOSED";
    static final String ROUND_EXISTS = "ROUND_EXISTS";
    static final String DEADLINE_INVALID = "DEADLINE_INVALID";
    static final String YEAR_INVALID = "YEAR_INVALID";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";
    static final String TOO_MANY = "TOO_MANY";
    static final String FIGURE_INVALID = "FIGURE_INVALID";
    static final String STATE_INVALID = "STATE_INVALID";
    static final String COMMENT_REQUIRED = "COMMENT_REQUIRED";
    static final String SCORE_INVALID = "SCORE_INVALID";
    static final String CONSENT_DATE_INVALID = "CONSENT_DATE_INVALID";
    static final String PHOTO_INVALID = "PHOTO_INVALID";
    static final String PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE";
    static final String PHOTO_LIMIT_REACHED = "PHOTO_LIMIT_REACHED";
    static final String PHOTO_NOT_FOUND = "PHOTO_NOT_FOUND";
    static final int MAX_RESULTS = 20;
    static final int MAX_ORGANIZATIONS = 20;
    static final BigDecimal MAX_FIGURE = new BigDecimal("999999999999.99");

    /** A photo's bytes and type, for the pages that serve it. */
    public record PhotoContent(String contentType, byte[] content) {
    }

    /** A step a caller may take on a case. */
    enum Step {
        SUBMIT, RECOMMEND, SELECT, PUBLISH, RETURN
    }

    /** Who asks, as far as cases go: the office or organization they draft for and the region they reach. */
    record Caller(UUID organization, String officeRegion, String reachPrefix, boolean city, boolean province) {

        static final Caller NOBODY = new Caller(null, null, null, false, false);

        boolean drafts() {
            return organization != null || officeRegion != null;
        }

        boolean keeps(GoodPracticeCase c) {
            return organization != null && organization.equals(c.ownerOrganizationId)
                    || officeRegion != null && officeRegion.equals(c.ownerRegionCode);
        }

        boolean reaches(GoodPracticeCase c) {
            return keeps(c) || reachPrefix != null && c.regionCode.startsWith(reachPrefix)
                    && c.state != GoodPracticeState.DRAFT;
        }
    }

    private final GoodPracticeStore store;
    private final ChildService children;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final GoodPracticeConfig config;

    GoodPracticeService(GoodPracticeStore store, ChildService children, OrganizationService organizations,
            RegionService regions, CurrentUser currentUser, AuditLog audit, Clock clock, GoodPracticeConfig config) {
        this.store = store;
        this.children = children;
        this.organizations = organizations;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    // --- rounds ---------------------------------------------------------------------------------------------------

    /** Opens the collection round of a year with its deadline (province officers). */
    @Transactional
    public GoodPracticeRoundView createRound(int year, LocalDate deadline) {
        requireProvince(AuditOperation.GOOD_PRACTICE_ROUND_CREATE);
        List<Problem> problems = new ArrayList<>();
        LocalDate today = today();
        if (year < today.getYear() - 1 || year > today.getYear() + 1) {
            problems.add(Problem.ofField("year", YEAR_INVALID, "year is last year, this year or next year."));
        }
        checkDeadline(year, deadline, problems);
        if (problems.isEmpty() && store.findRound(year).isPresent()) {
            problems.add(Problem.ofField("year", ROUND_EXISTS, "The year's round is open already."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        GoodPracticeRound round = new GoodPracticeRound();
        round.year = (short) year;
        round.deadline = deadline;
        round.openedByName = currentUser.displayName();
        round.openedBySubject = currentUser.subject();
        store.persistRound(round);
        store.flushRoundOrTaken("year", ROUND_EXISTS, "The year's round is open already.",
                () -> audit.event(AuditOperation.GOOD_PRACTICE_ROUND_CREATE).record(year).conflict());
        audit.event(AuditOperation.GOOD_PRACTICE_ROUND_CREATE).record(year).succeeded();
        return GoodPracticeRoundView.of(round, today);
    }

    /** Moves a round's deadline (province officers). */
    @Transactional
    public GoodPracticeRoundView changeRoundDeadline(int year, int expectedVersion, LocalDate deadline) {
        requireProvince(AuditOperation.GOOD_PRACTICE_ROUND_CHANGE);
        GoodPracticeRound round = store.findRound(year).orElseThrow(() -> {
            audit.event(AuditOperation.GOOD_PRACTICE_ROUND_CHANGE).record(year).notFound();
            return ValidationFailedException.of("year", ROUND_NOT_FOUND, "No round of this year.");
        });
        if (round.version != expectedVersion) {
            throw audit.event(AuditOperation.GOOD_PRACTICE_ROUND_CHANGE).record(year).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        checkDeadline(year, deadline, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        round.deadline = deadline;
        store.flushOrConflict(() -> audit.event(AuditOperation.GOOD_PRACTICE_ROUND_CHANGE).record(year).conflict());
        audit.event(AuditOperation.GOOD_PRACTICE_ROUND_CHANGE).record(year).succeeded();
        return GoodPracticeRoundView.of(round, today());
    }

    /** The rounds, the latest first: every signed-in user (they say when cases are due). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GoodPracticeRoundView> listRounds() {
        LocalDate today = today();
        return store.listRounds().stream().map(round -> GoodPracticeRoundView.of(round, today)).toList();
    }

    private static void checkDeadline(int year, LocalDate deadline, List<Problem> problems) {
        if (deadline.getYear() != year) {
            problems.add(Problem.ofField("deadline", DEADLINE_INVALID, "The deadline lies in the round's year."));
        }
    }

    private void requireProvince(AuditOperation operation) {
        if (!currentUser.hasRole(Roles.PROVINCE_OFFICER) || currentUser.region().isEmpty()) {
            throw currentUser.refused();
        }
    }

    // --- drafting --------------------------------------------------------------------------------------------------

    /** Drafts a case (civil-affairs officers for their office, partner staff for their organization). */
    @Transactional
    public GoodPracticeCaseView createCase(GoodPracticeCaseInput input) {
        Caller caller = caller();
        if (!caller.drafts()) {
            throw currentUser.refused();
        }
        int year = input.year() == null ? today().getYear() : input.year();
        List<Problem> problems = new ArrayList<>();
        if (store.findRound(year).isEmpty()) {
            problems.add(Problem.ofField("input.year", ROUND_NOT_FOUND, "No collection round of this year."));
        }
        GoodPracticeCase c = new GoodPracticeCase();
        c.id = UUID.randomUUID();
        c.year = (short) year;
        c.state = GoodPracticeState.DRAFT;
        c.ownerOrganizationId = caller.organization();
        c.ownerRegionCode = caller.organization() == null ? caller.officeRegion() : null;
        c.draftedByName = currentUser.displayName();
        c.draftedBySubject = currentUser.subject();
        Content content = apply(c, input, caller, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        store.persist(c);
        store.flushOrConflict(() -> audit.event(AuditOperation.GOOD_PRACTICE_CASE_CREATE).record(c.id).conflict());
        store.replaceOrganizations(c.id, content.organizations());
        store.replaceResults(c.id, content.results());
        audit.event(AuditOperation.GOOD_PRACTICE_CASE_CREATE).record(c.id).succeeded();
        return view(c, caller);
    }

    /** Saves a case again (its drafters, while DRAFT or RETURNED). */
    @Transactional
    public GoodPracticeCaseView updateCase(String id, int expectedVersion, GoodPracticeCaseInput input) {
        Caller caller = caller();
        GoodPracticeCase c = requireKept(id, expectedVersion, AuditOperation.GOOD_PRACTICE_CASE_UPDATE);
        List<Problem> problems = new ArrayList<>();
        if (input.year() != null && input.year() != c.year) {
            problems.add(Problem.ofField("input.year", YEAR_INVALID, "A case stays in the round it was drafted in."));
        }
        Content content = apply(c, input, caller, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        store.flushOrConflict(() -> audit.event(AuditOperation.GOOD_PRACTICE_CASE_UPDATE).record(c.id).conflict());
        store.replaceOrganizations(c.id, content.organizations());
        store.replaceResults(c.id, content.results());
        return save(c, caller, AuditOperation.GOOD_PRACTICE_CASE_UPDATE);
    }

    private record Content(List<UUID> organizations, List<GoodPracticeResultView> results) {
    }

    /** Validates the input into the case (not yet written); the personal-data check included. */
    private Content apply(GoodPracticeCase c, GoodPracticeCaseInput input, Caller caller, List<Problem> problems) {
        c.title = TextRules.text("input.title", input.title(), 100, true, problems);
        c.summary = TextRules.text("input.summary", input.summary(), 500, true, problems);
        c.story = multiline("input.story", input.story(), 10000, problems);
        c.planAction = input.planAction();
        regionOf(input.regionCode(), caller, problems).ifPresent(region -> c.regionCode = region.value());
        List<GoodPracticeResultView> results = new ArrayList<>();
        List<GoodPracticeResultInput> given = input.results() == null ? List.of() : input.results();
        if (given.size() > MAX_RESULTS) {
            problems.add(Problem.ofField("input.results", TOO_MANY, "At most " + MAX_RESULTS + " results."));
        } else {
            for (int i = 0; i < given.size(); i++) {
                String field = "input.results[" + i + "]";
                String label = TextRules.text(field + ".label", given.get(i).label(), 100, true, problems);
                String unit = TextRules.text(field + ".unit", given.get(i).unit(), 20, false, problems);
                BigDecimal figure = BigDecimal.valueOf(given.get(i).figure());
                if (figure.signum() < 0 || figure.compareTo(MAX_FIGURE) > 0
                        || figure.stripTrailingZeros().scale() > 2) {
                    problems.add(Problem.ofField(field + ".figure", FIGURE_INVALID,
                            "A figure is 0 to 999999999999.99 with at most two decimals."));
                }
                results.add(new GoodPracticeResultView(label, figure.doubleValue(), unit));
            }
        }
        List<UUID> organizationIds = organizationsOf(input.organizationIds(), problems);
        if (problems.isEmpty()) {
            checkPersonalData(c.regionCode, texts(c, results), problems);
        }
        return new Content(organizationIds, results);
    }

    private List<UUID> organizationsOf(List<String> ids, List<Problem> problems) {
        Set<UUID> wanted = new LinkedHashSet<>();
        if (ids != null && ids.size() > MAX_ORGANIZATIONS) {
            problems.add(Problem.ofField("input.organizationIds", TOO_MANY,
                    "At most " + MAX_ORGANIZATIONS + " organizations."));
            return List.of();
        }
        if (ids != null) {
            ids.forEach(id -> wanted.add(Ids.parse("input.organizationIds", id)));
        }
        Map<UUID, OrganizationView> found = organizations.findOrganizations(wanted);
        if (found.size() != wanted.size()) {
            problems.add(Problem.ofField("input.organizationIds", ORGANIZATION_NOT_FOUND,
                    "No organization with one of these ids."));
        }
        return List.copyOf(wanted);
    }

    /** The case's region: known, and inside the caller's jurisdiction (officers) or organization's region. */
    private Optional<RegionCode> regionOf(String code, Caller caller, List<Problem> problems) {
        Optional<RegionCode> region = regions.checkKnownRegion("input.regionCode", code, problems);
        if (region.isEmpty()) {
            return region;
        }
        String within = caller.organization() != null ? organizations.findOrganization(caller.organization())
                .flatMap(o -> RegionCode.parse(o.regionCode())).map(RegionCode::scopePrefix).orElse(null)
                : caller.reachPrefix();
        if (within == null || !region.get().value().startsWith(within)) {
            problems.add(Problem.ofField("input.regionCode", REGION_OUT_OF_SCOPE,
                    "The region lies outside your jurisdiction or your organization's region."));
            return Optional.empty();
        }
        return region;
    }

    /** The texts of a case the check reads, each with its field. */
    private static List<String[]> texts(GoodPracticeCase c, List<GoodPracticeResultView> results) {
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] { "input.title", c.title });
        texts.add(new String[] { "input.summary", c.summary });
        texts.add(new String[] { "input.story", c.story });
        for (int i = 0; i < results.size(); i++) {
            texts.add(new String[] { "input.results[" + i + "].label", results.get(i).label() });
        }
        return texts;
    }

    /**
     * Refuses personal data in the texts: national ID numbers and phone numbers by pattern, the names of the children
     * registered in the case's region in one statement over that region's children. A problem names the field and
     * the kind of data, never the data.
     */
    private void checkPersonalData(String regionCode, List<String[]> texts, List<Problem> problems) {
        List<String> bodies = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String[] text : texts) {
            Optional<String> found = PersonalDataCheck.problemOf(text[1]);
            if (found.isPresent()) {
                problems.add(Problem.ofField(text[0], found.get(), PersonalDataCheck.message(text[0], found.get())));
            } else if (text[1] != null) {
                fields.add(text[0]);
                bodies.add(text[1]);
            }
        }
        if (regionCode == null || bodies.isEmpty()) {
            return;
        }
        for (int index : children.findTextsNamingChildren(new RegionCode(regionCode), bodies)) {
            problems.add(Problem.ofField(fields.get(index), PersonalDataCheck.CHILD_NAME_IN_TEXT,
                    PersonalDataCheck.message(fields.get(index), PersonalDataCheck.CHILD_NAME_IN_TEXT)));
        }
    }

    /** A long text: as {@link TextRules#text} but line breaks and tabs are kept. */
    private static String multiline(String field, String value, int maxLength, List<Problem> problems) {
        if (value == null) {
            return TextRules.text(field, null, maxLength, true, problems);
        }
        String normalised = value.replace("\r\n", "\n");
        String flat = normalised.replace('\n', ' ').replace('\t', ' ');
        if (TextRules.text(field, flat, maxLength, true, problems) == null) {
            return null;
        }
        return java.text.Normalizer.normalize(normalised, java.text.Normalizer.Form.NFC).strip();
    }

    // --- photos ----------------------------------------------------------------------------------------------------

    /** Adds a photo with its consent to a case (its drafters, while DRAFT or RETURNED). */
    @Transactional
    public GoodPracticeCaseView addPhoto(String caseId, GoodPracticePhotoInput input) {
        Caller caller = caller();
        GoodPracticeCase c = requireKeptForPhotos(caseId, caller, AuditOperation.GOOD_PRACTICE_PHOTO_ADD);
        List<Problem> problems = new ArrayList<>();
        requireEditable(c, "caseId", problems);
        String givenBy = TextRules.text("input.consentGivenBy", input.consentGivenBy(), 50, true, problems);
        String relation = TextRules.text("input.consentRelation", input.consentRelation(), 30, true, problems);
        if (input.consentGivenOn() == null) {
            problems.add(Problem.ofField("input.consentGivenOn", TextRules.REQUIRED,
                    "The consent's date is required."));
        } else if (input.consentGivenOn().isAfter(today())
                || input.consentGivenOn().isBefore(today().minusYears(5))) {
            problems.add(Problem.ofField("input.consentGivenOn", CONSENT_DATE_INVALID,
                    "The consent was given in the last five years, not in the future."));
        }
        String caption = TextRules.text("input.caption", input.caption(), 200, false, problems);
        if (caption != null) {
            checkPersonalData(c.regionCode, List.<String[]>of(new String[] { "input.caption", caption }), problems);
        }
        byte[] content = decode(input.contentBase64() == null ? "" : input.contentBase64(), problems);
        String type = content == null ? null : imageType(content);
        if (content != null && type == null) {
            problems.add(Problem.ofField("input.contentBase64", PHOTO_INVALID,
                    "A photo is a JPEG, PNG or WebP image."));
        }
        int[] countAndNext = store.photoCountAndNextNumber(c.id);
        if (countAndNext[0] >= config.maxPhotosPerCase()) {
            problems.add(Problem.ofField("caseId", PHOTO_LIMIT_REACHED,
                    "A case has at most " + config.maxPhotosPerCase() + " photos."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        store.insertPhoto(new GoodPracticeStore.PhotoRow(c.id, countAndNext[1], type, content.length, caption, givenBy,
                relation, input.consentGivenOn()), content, currentUser.displayName(), clock.now());
        return save(c, caller, AuditOperation.GOOD_PRACTICE_PHOTO_ADD);
    }

    /** Removes a photo from a case (its drafters, while DRAFT or RETURNED). */
    @Transactional
    public GoodPracticeCaseView removePhoto(String caseId, int number) {
        Caller caller = caller();
        GoodPracticeCase c = requireKeptForPhotos(caseId, caller, AuditOperation.GOOD_PRACTICE_PHOTO_REMOVE);
        List<Problem> problems = new ArrayList<>();
        requireEditable(c, "caseId", problems);
        if (problems.isEmpty() && !store.deletePhoto(c.id, number)) {
            problems.add(Problem.ofField("number", PHOTO_NOT_FOUND, "The case has no photo with this number."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return save(c, caller, AuditOperation.GOOD_PRACTICE_PHOTO_REMOVE);
    }

    private byte[] decode(String base64, List<Problem> problems) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.ofField("input.contentBase64", PHOTO_INVALID, "The photo is not base64."));
            return null;
        }
        if (content.length > config.maxPhotoBytes()) {
            problems.add(Problem.ofField("input.contentBase64", PHOTO_TOO_LARGE,
                    "A photo has at most " + config.maxPhotoBytes() + " bytes."));
            return null;
        }
        return content;
    }

    /** The image type by its first bytes: JPEG, PNG or WebP; null for anything else. */
    static String imageType(byte[] content) {
        if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G') {
            return "image/png";
        }
        if (content.length > 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** A photo's bytes for the portal: of a case the caller sees. */
    @Transactional
    public Optional<PhotoContent> findPhoto(String caseId, int number) {
        Caller caller = caller();
        Optional<GoodPracticeCase> c = Ids.tryParse(caseId).flatMap(store::findByIdOptional)
                .filter(found -> found.state == GoodPracticeState.PUBLISHED || caller.reaches(found));
        if (c.isEmpty()) {
            return Optional.empty();
        }
        audit.event(AuditOperation.GOOD_PRACTICE_CASE_READ).record(c.get().id).because("PHOTO").succeeded();
        return store.photoContent(c.get().id, number).map(p -> new PhotoContent(p.contentType(), p.content()));
    }

    /** A published case's photo, for the public page: nothing for a case not published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PhotoContent> findPublishedPhoto(String caseId, int number) {
        return Ids.tryParse(caseId).flatMap(store::findByIdOptional)
                .filter(c -> c.state == GoodPracticeState.PUBLISHED).flatMap(c -> store.photoContent(c.id, number))
                .map(p -> new PhotoContent(p.contentType(), p.content()));
    }

    // --- steps -----------------------------------------------------------------------------------------------------

    /**
     * Submits a draft or a returned case: to the city above its region (SUBMITTED), or straight to the province
     * (RECOMMENDED) when its drafters are a city's or the province's office or no city lies above its region. The
     * personal-data check runs again: children registered since the last save count.
     */
    @Transactional
    public GoodPracticeCaseView submitCase(String id, int expectedVersion) {
        Caller caller = caller();
        GoodPracticeCase c = requireKept(id, expectedVersion, AuditOperation.GOOD_PRACTICE_CASE_SUBMIT);
        List<Problem> problems = new ArrayList<>();
        Optional<GoodPracticeRound> round = store.findRound(c.year);
        if (round.isEmpty() || today().isAfter(round.get().deadline)) {
            problems.add(Problem.ofField("id", ROUND_CLOSED, "The round's deadline has passed."));
        }
        List<GoodPracticeResultView> results = store.resultsOf(List.of(c.id)).getOrDefault(c.id, List.of());
        checkPersonalData(c.regionCode, texts(c, results), problems);
        store.photosOf(List.of(c.id)).getOrDefault(c.id, List.of()).stream().filter(p -> p.caption() != null)
                .forEach(p -> checkPersonalData(c.regionCode, List.<String[]>of(new String[] {
                    "photos[" + p.number() + "].caption", p.caption() }), problems));
        if (!problems.isEmpty()) {
            audit.event(AuditOperation.GOOD_PRACTICE_CASE_SUBMIT).record(c.id).because("REFUSED").denied();
            throw new ValidationFailedException(problems);
        }
        OffsetDateTime now = clock.now();
        c.submittedAt = now;
        c.recommendedAt = null;
        c.recommendedByName = null;
        c.recommendationComment = null;
        c.score = null;
        c.reviewComment = null;
        c.reviewedByName = null;
        boolean straightToProvince = caller.city() || caller.province()
                || new RegionCode(c.regionCode).level() == RegionLevel.PROVINCE;
        if (straightToProvince) {
            c.state = GoodPracticeState.RECOMMENDED;
            c.recommendedAt = now;
            c.recommendedByName = currentUser.displayName();
        } else {
            c.state = GoodPracticeState.SUBMITTED;
        }
        return save(c, caller, AuditOperation.GOOD_PRACTICE_CASE_SUBMIT);
    }

    /** The city recommends a submitted case of its region to the province. */
    @Transactional
    public GoodPracticeCaseView recommendCase(String id, int expectedVersion, String comment) {
        Caller caller = caller();
        GoodPracticeCase c = requireStep(id, expectedVersion, Step.RECOMMEND,
                AuditOperation.GOOD_PRACTICE_CASE_RECOMMEND);
        List<Problem> problems = new ArrayList<>();
        String text = TextRules.text("comment", comment, 2000, false, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        c.state = GoodPracticeState.RECOMMENDED;
        c.recommendedAt = clock.now();
        c.recommendedByName = currentUser.displayName();
        c.recommendationComment = text;
        return save(c, caller, AuditOperation.GOOD_PRACTICE_CASE_RECOMMEND);
    }

    /** The province scores a recommended case and selects it for publication. */
    @Transactional
    public GoodPracticeCaseView selectCase(String id, int expectedVersion, GoodPracticeSelectionInput input) {
        Caller caller = caller();
        GoodPracticeCase c = requireStep(id, expectedVersion, Step.SELECT, AuditOperation.GOOD_PRACTICE_CASE_SELECT);
        List<Problem> problems = new ArrayList<>();
        if (input.score() < 0 || input.score() > 100) {
            problems.add(Problem.ofField("input.score", SCORE_INVALID, "A score is 0 to 100."));
        }
        String text = TextRules.text("input.comment", input.comment(), 2000, false, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        c.state = GoodPracticeState.SELECTED;
        c.score = (short) input.score();
        c.reviewComment = text;
        c.reviewedByName = currentUser.displayName();
        return save(c, caller, AuditOperation.GOOD_PRACTICE_CASE_SELECT);
    }

    /** The province publishes a selected case: readable by every signed-in user and on the public pages. */
    @Transactional
    public GoodPracticeCaseView publishCase(String id, int expectedVersion) {
        Caller caller = caller();
        GoodPracticeCase c = requireStep(id, expectedVersion, Step.PUBLISH, AuditOperation.GOOD_PRACTICE_CASE_PUBLISH);
        c.state = GoodPracticeState.PUBLISHED;
        c.publishedAt = clock.now();
        return save(c, caller, AuditOperation.GOOD_PRACTICE_CASE_PUBLISH);
    }

    /**
     * Returns a case to its drafters with comments: the city a submitted one, the province a recommended or selected
     * one. The drafters edit it and submit it again.
     */
    @Transactional
    public GoodPracticeCaseView returnCase(String id, int expectedVersion, String comment) {
        Caller caller = caller();
        GoodPracticeCase c = requireStep(id, expectedVersion, Step.RETURN, AuditOperation.GOOD_PRACTICE_CASE_RETURN);
        List<Problem> problems = new ArrayList<>();
        String text = TextRules.text("comment", comment, 2000, true, problems);
        if (text == null && problems.stream().anyMatch(p -> TextRules.REQUIRED.equals(p.code()))) {
            problems.clear();
            problems.add(Problem.ofField("comment", COMMENT_REQUIRED, "Say what to change."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        c.state = GoodPracticeState.RETURNED;
        c.returnedAt = clock.now();
        c.returnComment = text;
        c.returnedByName = currentUser.displayName();
        return save(c, caller, AuditOperation.GOOD_PRACTICE_CASE_RETURN);
    }

    /** The steps a caller may take on a case now. */
    static List<Step> steps(GoodPracticeCase c, Caller caller) {
        List<Step> steps = new ArrayList<>();
        boolean editable = c.state == GoodPracticeState.DRAFT || c.state == GoodPracticeState.RETURNED;
        if (editable && caller.keeps(c)) {
            steps.add(Step.SUBMIT);
        }
        boolean reaches = caller.reachPrefix() != null && c.regionCode.startsWith(caller.reachPrefix());
        if (reaches && caller.city() && c.state == GoodPracticeState.SUBMITTED) {
            steps.add(Step.RECOMMEND);
            steps.add(Step.RETURN);
        }
        if (reaches && caller.province() && c.state == GoodPracticeState.RECOMMENDED) {
            steps.add(Step.SELECT);
            steps.add(Step.RETURN);
        }
        if (reaches && caller.province() && c.state == GoodPracticeState.SELECTED) {
            steps.add(Step.PUBLISH);
            steps.add(Step.RETURN);
        }
        return steps;
    }

    /**
     * A case its caller keeps (drafts), locked for a change of its photos (their count is checked under the lock);
     * unknown and unreachable alike are not found.
     */
    private GoodPracticeCase requireKeptForPhotos(String caseId, Caller caller, AuditOperation operation) {
        UUID id = Ids.parse("caseId", caseId);
        return store.findForUpdate(id).filter(caller::keeps).orElseThrow(() -> {
            audit.event(operation).record(id).notFound();
            return new GoodPracticeCaseNotFoundException();
        });
    }

    private GoodPracticeCase requireStep(String id, int expectedVersion, Step step, AuditOperation operation) {
        Caller caller = caller();
        UUID caseId = Ids.parse("id", id);
        GoodPracticeCase c = store.findByIdOptional(caseId).filter(caller::reaches).orElse(null);
        if (c == null) {
            audit.event(operation).record(caseId).notFound();
            throw new GoodPracticeCaseNotFoundException();
        }
        if (c.version != expectedVersion) {
            throw audit.event(operation).record(caseId).conflict();
        }
        if (!steps(c, caller).contains(step)) {
            boolean reviewer = caller.city() || caller.province();
            if (!reviewer) {
                throw currentUser.refused();
            }
            audit.event(operation).record(caseId).because(STATE_INVALID).denied();
            throw ValidationFailedException.of("id", STATE_INVALID,
                    "The case is not at a step you take (" + c.state + ").");
        }
        return c;
    }

    private GoodPracticeCase requireKept(String id, int expectedVersion, AuditOperation operation) {
        Caller caller = caller();
        UUID caseId = Ids.parse("id", id);
        GoodPracticeCase c = store.findByIdOptional(caseId).filter(caller::reaches).orElse(null);
        if (c == null) {
            audit.event(operation).record(caseId).notFound();
            throw new GoodPracticeCaseNotFoundException();
        }
        if (!caller.keeps(c)) {
            throw currentUser.refused();
        }
        if (c.version != expectedVersion) {
            throw audit.event(operation).record(caseId).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        requireEditable(c, "id", problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return c;
    }

    private static void requireEditable(GoodPracticeCase c, String field, List<Problem> problems) {
        if (c.state != GoodPracticeState.DRAFT && c.state != GoodPracticeState.RETURNED) {
            problems.add(Problem.ofField(field, STATE_INVALID,
                    "Only a draft or a returned case is changed by its drafters (" + c.state + ")."));
        }
    }

    private GoodPracticeCaseView save(GoodPracticeCase c, Caller caller, AuditOperation operation) {
        store.flushOrConflict(() -> audit.event(operation).record(c.id).conflict());
        audit.event(operation).record(c.id).succeeded();
        return view(c, caller);
    }

    // --- reads -----------------------------------------------------------------------------------------------------

    /** A case the caller may see (their own, one past drafting in their jurisdiction, or a published one). */
    @Transactional
    public GoodPracticeCaseView findCase(String id) {
        Caller caller = caller();
        UUID caseId = Ids.parse("id", id);
        GoodPracticeCase c = store.findByIdOptional(caseId)
                .filter(found -> found.state == GoodPracticeState.PUBLISHED || caller.reaches(found)).orElse(null);
        if (c == null) {
            audit.event(AuditOperation.GOOD_PRACTICE_CASE_READ).record(caseId).notFound();
            throw new GoodPracticeCaseNotFoundException();
        }
        audit.event(AuditOperation.GOOD_PRACTICE_CASE_READ).record(caseId).succeeded();
        return view(c, caller);
    }

    /** A page of the cases the caller may see, the latest changed first, filtered. */
    @Transactional
    public GoodPracticeCaseConnection listCases(GoodPracticeListing listing, GoodPracticeState state, Integer year,
            String regionCode, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        Caller caller = caller();
        List<Problem> problems = new ArrayList<>();
        String regionPrefix = RegionService.filterPrefix("regionCode", regionCode, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        GoodPracticeListing wanted = listing == null ? GoodPracticeListing.ALL : listing;
        List<GoodPracticeState> states = state == null ? null : List.of(state);
        GoodPracticeStore.Criteria criteria = switch (wanted) {
            case ALL -> new GoodPracticeStore.Criteria(caller.organization(), caller.officeRegion(),
                    caller.reachPrefix(), true, states, year, regionPrefix);
            case MINE -> new GoodPracticeStore.Criteria(caller.organization(), caller.officeRegion(), null, false,
                    states, year, regionPrefix);
            case TO_REVIEW -> new GoodPracticeStore.Criteria(null, null, caller.reachPrefix(), false,
                    reviewStates(caller, state), year, regionPrefix);
            case PUBLISHED -> new GoodPracticeStore.Criteria(null, null, null, true, states, year, regionPrefix);
        };
        List<GoodPracticeCase> rows = wanted == GoodPracticeListing.TO_REVIEW && criteria.states().isEmpty() ? List.of()
                : store.page(criteria, page);
        return connection(rows, page, caller, wanted.name());
    }

    /** A page of cases with how many there are in all: the list behind a figure. */
    public record CountedCases(long total, GoodPracticeCaseConnection cases) {
    }

    /**
     * A page of the cases of a year's round under a region of an officer's jurisdiction (another region is refused
     * like an unknown one) in some states, the latest changed first, with how many there are in all: the lists behind
     * the annual report's figures ({@link #countCases}).
     */
    @Transactional
    public CountedCases listCasesOfYear(String regionCode, int year, Collection<GoodPracticeState> states,
            Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        Caller caller = caller();
        GoodPracticeStore.Criteria criteria = new GoodPracticeStore.Criteria(caller.organization(),
                caller.officeRegion(), caller.reachPrefix(), true, List.copyOf(states), year, region.scopePrefix());
        return new CountedCases(store.count(criteria), connection(store.page(criteria, page), page, caller,
                "OF_YEAR"));
    }

    private static List<GoodPracticeState> reviewStates(Caller caller, GoodPracticeState state) {
        List<GoodPracticeState> states = new ArrayList<>();
        if (caller.city()) {
            states.add(GoodPracticeState.SUBMITTED);
        }
        if (caller.province()) {
            states.add(GoodPracticeState.RECOMMENDED);
            states.add(GoodPracticeState.SELECTED);
        }
        return state == null ? states : states.stream().filter(s -> s == state).toList();
    }

    private GoodPracticeCaseConnection connection(List<GoodPracticeCase> rows, PageRequest page, Caller caller,
            String list) {
        List<GoodPracticeCaseView> views = views(rows, caller);
        GoodPracticeCaseConnection connection = page.toConnection(views, CURSOR_KIND,
                view -> GoodPracticeStore.LATEST_FIRST.key(updatedAt(rows, view.id()), view.id()),
                GoodPracticeCaseEdge::new, GoodPracticeCaseConnection::new);
        if (!connection.edges().isEmpty() && currentUser.isAuthenticated()) {
            audit.event(AuditOperation.GOOD_PRACTICE_CASE_LIST)
                    .records(connection.edges().stream().map(edge -> edge.node().id()).toList()).because(list)
                    .succeeded();
        }
        return connection;
    }

    private static OffsetDateTime updatedAt(List<GoodPracticeCase> rows, String id) {
        return rows.stream().filter(row -> row.id.toString().equals(id)).findFirst().orElseThrow().updatedAt;
    }

    /** A page of the published cases for the public pages (no sign-in), the latest changed first. Not audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GoodPracticeCaseConnection listPublishedCases(Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<GoodPracticeCase> rows = store.page(new GoodPracticeStore.Criteria(null, null, null, true, null, null,
                null), page);
        return page.toConnection(views(rows, Caller.NOBODY), CURSOR_KIND,
                view -> GoodPracticeStore.LATEST_FIRST.key(updatedAt(rows, view.id()), view.id()),
                GoodPracticeCaseEdge::new, GoodPracticeCaseConnection::new);
    }

    /** A published case for the public pages (no sign-in); empty for any other. Not audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GoodPracticeCaseView> findPublishedCase(String id) {
        return Ids.tryParse(id).flatMap(store::findByIdOptional).filter(c -> c.state == GoodPracticeState.PUBLISHED)
                .map(c -> view(c, Caller.NOBODY));
    }

    /**
     * How many cases of a year's round took place under a region, by state: counts only, for the annual progress
     * report, which checks the caller's reach over the region itself. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GoodPracticeCounts countCases(String regionPrefix, int year) {
        Map<GoodPracticeState, Integer> counts = store.countByState(regionPrefix, year);
        return new GoodPracticeCounts(counts.getOrDefault(GoodPracticeState.DRAFT, 0),
                counts.getOrDefault(GoodPracticeState.SUBMITTED, 0),
                counts.getOrDefault(GoodPracticeState.RECOMMENDED, 0),
                counts.getOrDefault(GoodPracticeState.RETURNED, 0),
                counts.getOrDefault(GoodPracticeState.SELECTED, 0),
                counts.getOrDefault(GoodPracticeState.PUBLISHED, 0));
    }

    // --- views -----------------------------------------------------------------------------------------------------

    /** Who asks: partner staff draft for their organization, officers for their office and review their region. */
    Caller caller() {
        if (!currentUser.isAuthenticated()) {
            return Caller.NOBODY;
        }
        if (currentUser.isCivilAffairsOfficer()) {
            Optional<RegionCode> region = currentUser.region();
            if (region.isEmpty()) {
                return Caller.NOBODY;
            }
            return new Caller(null, region.get().value(), region.get().scopePrefix(),
                    currentUser.hasRole(Roles.CITY_OFFICER), currentUser.hasRole(Roles.PROVINCE_OFFICER));
        }
        if (currentUser.hasRole(Roles.PARTNER_STAFF)) {
            return new Caller(currentUser.organizationId().orElse(null), null, null, false, false);
        }
        return Caller.NOBODY;
    }

    private GoodPracticeCaseView view(GoodPracticeCase c, Caller caller) {
        return views(List.of(c), caller).get(0);
    }

    /** The views of these cases, in order; three queries whatever their number, and one each for the names. */
    private List<GoodPracticeCaseView> views(List<GoodPracticeCase> rows, Caller caller) {
        List<UUID> ids = rows.stream().map(c -> c.id).toList();
        Map<UUID, List<UUID>> organizationIds = store.organizationsOf(ids);
        Map<UUID, List<GoodPracticeResultView>> results = store.resultsOf(ids);
        Map<UUID, List<GoodPracticeStore.PhotoRow>> photos = store.photosOf(ids);
        Set<UUID> allOrganizations = new LinkedHashSet<>();
        organizationIds.values().forEach(allOrganizations::addAll);
        Map<UUID, OrganizationView> names = organizations.findOrganizations(allOrganizations);
        Map<String, RegionView> regionNames = rows.isEmpty() ? Map.of()
                : regions.findRegions(rows.stream().map(c -> c.regionCode).distinct().toList());
        return rows.stream().map(c -> view(c, caller, organizationIds.getOrDefault(c.id, List.of()), names,
                results.getOrDefault(c.id, List.of()), photos.getOrDefault(c.id, List.of()),
                regionNames.containsKey(c.regionCode) ? regionNames.get(c.regionCode).name() : c.regionCode))
                .toList();
    }

    private static GoodPracticeCaseView view(GoodPracticeCase c, Caller caller, Collection<UUID> organizationIds,
            Map<UUID, OrganizationView> names, List<GoodPracticeResultView> results,
            List<GoodPracticeStore.PhotoRow> photos, String regionName) {
        boolean full = caller.reaches(c);
        boolean published = c.state == GoodPracticeState.PUBLISHED;
        boolean editable = caller.keeps(c)
                && (c.state == GoodPracticeState.DRAFT || c.state == GoodPracticeState.RETURNED);
        return new GoodPracticeCaseView(c.id.toString(), c.year, c.title, c.regionCode, regionName, c.planAction,
                c.summary, c.story, results,
                organizationIds.stream().filter(names::containsKey)
                        .map(id -> new GoodPracticeOrganizationView(id.toString(), names.get(id).name())).toList(),
                photos.stream().map(p -> new GoodPracticePhotoView(p.number(), p.contentType(), p.byteSize(),
                        p.caption(), published ? "/cases/" + c.id + "/photos/" + p.number() : null,
                        full ? p.consentGivenBy() : null, full ? p.consentRelation() : null,
                        full ? p.consentGivenOn() : null)).toList(),
                c.state, c.ownerOrganizationId == null ? null : c.ownerOrganizationId.toString(), c.ownerRegionCode,
                full ? c.draftedByName : null, c.submittedAt, c.recommendedAt,
                full ? c.recommendationComment : null, full && c.score != null ? Integer.valueOf(c.score) : null,
                full ? c.reviewComment : null, full ? c.returnComment : null, c.publishedAt, editable,
                steps(c, caller).stream().map(Enum::name).toList(), (int) c.version);
    }

    private LocalDate today() {
        return clock.now().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }
}
