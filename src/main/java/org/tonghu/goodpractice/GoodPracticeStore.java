package org.tonghu.goodpractice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The tables of good-practice cases: {@code good_practice_case} with its organizations, results and photos, and
 * {@code good_practice_round}.
 */
@ApplicationScoped
class GoodPracticeStore implements PanacheRepositoryBase<GoodPracticeCase, UUID> {

    /** Lists of cases: the latest changed first ("iso-offset-date-time|uuid" cursors). */
    static final Keyset LATEST_FIRST = Keyset.timestampThenId("g.updated_at", "g.id", Keyset.Order.DESCENDING);
    /** The most rounds listed (one a year). */
    static final int MAX_ROUNDS = 50;

    /**
     * Which cases a caller sees, and which of them a list wants. Visibility: the cases kept by the caller's
     * organization ({@code ownerOrganization}) or office ({@code ownerRegion}), the cases past drafting that took
     * place under {@code reachPrefix}, and published cases ({@code published}); any of them may be absent.
     */
    record Criteria(UUID ownerOrganization, String ownerRegion, String reachPrefix, boolean published,
            Collection<GoodPracticeState> states, Integer year, String regionPrefix) {
    }

    /** A photo without its bytes. */
    record PhotoRow(UUID caseId, int number, String contentType, int byteSize, String caption, String consentGivenBy,
            String consentRelation, LocalDate consentGivenOn) {
    }

    /** A photo's bytes and type. */
    record PhotoContent(String contentType, byte[] content) {
    }

    /**
     * A case loaded for a change of its photos: its row locked until the transaction ends (photos are counted under
     * the lock) and its version incremented at once (a photo added or removed is a change of the case).
     */
    Optional<GoodPracticeCase> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    List<GoodPracticeCase> page(Criteria criteria, PageRequest page) {
        return matching("select g.*", criteria).keysetPage(page, LATEST_FIRST)
                .list(getEntityManager(), GoodPracticeCase.class);
    }

    /** How many cases {@link #page} lists in all. One query. */
    long count(Criteria criteria) {
        return matching("select count(*)", criteria).column(getEntityManager(), Long.class).get(0);
    }

    private static NativeSql matching(String select, Criteria criteria) {
        List<String> visible = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.ownerOrganization() != null) {
            visible.add("g.owner_organization_id = :ownerOrganization");
            parameters.put("ownerOrganization", criteria.ownerOrganization());
        }
        if (criteria.ownerRegion() != null) {
            visible.add("g.owner_region_code = :ownerRegion");
            parameters.put("ownerRegion", criteria.ownerRegion());
        }
        if (criteria.reachPrefix() != null) {
            visible.add("(g.region_code like :reachPrefix and g.state <> 'DRAFT')");
            parameters.put("reachPrefix", criteria.reachPrefix() + "%");
        }
        if (criteria.published()) {
            visible.add("g.state = 'PUBLISHED'");
        }
        NativeSql sql = NativeSql.of(select + " from good_practice_case g where "
                + (visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")")).bindAll(parameters);
        if (criteria.states() != null && !criteria.states().isEmpty()) {
            sql.and("g.state in (:states)", "states", criteria.states().stream().map(Enum::name).toList());
        }
        sql.andIf(criteria.year() != null, "g.year = :year", "year", criteria.year());
        sql.andIf(criteria.regionPrefix() != null, "g.region_code like :regionPrefix", "regionPrefix",
                criteria.regionPrefix() + "%");
        return sql;
    }

    /** The organizations of these cases, by case; one query. */
    Map<UUID, List<UUID>> organizationsOf(Collection<UUID> caseIds) {
        Map<UUID, List<UUID>> byCase = new HashMap<>();
        if (!caseIds.isEmpty()) {
            NativeSql.of("select o.case_id, o.organization_id from good_practice_case_organization o"
                    + " where o.case_id in (:ids) order by o.case_id, o.organization_id").bind("ids", caseIds)
                    .rows(getEntityManager()).forEach(row -> byCase.computeIfAbsent((UUID) row[0],
                            id -> new ArrayList<>()).add((UUID) row[1]));
        }
        return byCase;
    }

    /** The results of these cases, in order, by case; one query. */
    Map<UUID, List<GoodPracticeResultView>> resultsOf(Collection<UUID> caseIds) {
        Map<UUID, List<GoodPracticeResultView>> byCase = new HashMap<>();
        if (!caseIds.isEmpty()) {
            NativeSql.of("select r.case_id, r.label, r.figure, r.unit from good_practice_case_result r"
                    + " where r.case_id in (:ids) order by r.case_id, r.position").bind("ids", caseIds)
                    .rows(getEntityManager()).forEach(row -> byCase.computeIfAbsent((UUID) row[0],
                            id -> new ArrayList<>()).add(new GoodPracticeResultView((String) row[1],
                                    ((BigDecimal) row[2]).doubleValue(), (String) row[3])));
        }
        return byCase;
    }

    /** The photos of these cases without their bytes, in order, by case; one query. */
    Map<UUID, List<PhotoRow>> photosOf(Collection<UUID> caseIds) {
        Map<UUID, List<PhotoRow>> byCase = new HashMap<>();
        if (!caseIds.isEmpty()) {
            NativeSql.of("select p.case_id, p.number, p.content_type, p.byte_size, p.caption, p.consent_given_by,"
                    + " p.consent_relation, p.consent_given_on from good_practice_case_photo p"
                    + " where p.case_id in (:ids) order by p.case_id, p.number").bind("ids", caseIds)
                    .rows(getEntityManager()).forEach(row -> byCase.computeIfAbsent((UUID) row[0],
                            id -> new ArrayList<>()).add(new PhotoRow((UUID) row[0], SqlValues.integer(row[1]),
                                    (String) row[2], SqlValues.integer(row[3]), (String) row[4], (String) row[5],
                                    (String) row[6], SqlValues.date(row[7]))));
        }
        return byCase;
    }

    void replaceOrganizations(UUID caseId, Collection<UUID> organizationIds) {
        NativeSql.of("delete from good_practice_case_organization where case_id = :id").bind("id", caseId)
                .execute(getEntityManager());
        for (UUID organization : organizationIds) {
            NativeSql.of("insert into good_practice_case_organization (case_id, organization_id)"
                    + " values (:id, :organization)").bind("id", caseId).bind("organization", organization)
                    .execute(getEntityManager());
        }
    }

    void replaceResults(UUID caseId, List<GoodPracticeResultView> results) {
        NativeSql.of("delete from good_practice_case_result where case_id = :id").bind("id", caseId)
                .execute(getEntityManager());
        for (int i = 0; i < results.size(); i++) {
            GoodPracticeResultView result = results.get(i);
            NativeSql.of("insert into good_practice_case_result (case_id, position, label, figure, unit)"
                    + " values (:id, :position, :label, :figure, cast(:unit as varchar))").bind("id", caseId)
                    .bind("position", i + 1).bind("label", result.label())
                    .bind("figure", BigDecimal.valueOf(result.figure())).bind("unit", result.unit())
                    .execute(getEntityManager());
        }
    }

    /** How many photos the case has and the next number; read under the case's row lock. */
    int[] photoCountAndNextNumber(UUID caseId) {
        Object[] row = NativeSql.of("select count(*), coalesce(max(p.number), 0) + 1 from good_practice_case_photo p"
                + " where p.case_id = :id").bind("id", caseId).rows(getEntityManager()).get(0);
        return new int[] { SqlValues.integer(row[0]), SqlValues.integer(row[1]) };
    }

    void insertPhoto(PhotoRow photo, byte[] content, String addedByName, OffsetDateTime addedAt) {
        NativeSql.of("insert into good_practice_case_photo (case_id, number, content_type, content, byte_size,"
                + " caption, consent_given_by, consent_relation, consent_given_on, added_by_name, added_at)"
                + " values (:id, :number, :type, :content, :size, cast(:caption as varchar), :givenBy, :relation,"
                + " :givenOn, :addedBy, :addedAt)").bind("id", photo.caseId()).bind("number", photo.number())
                .bind("type", photo.contentType()).bind("content", content).bind("size", photo.byteSize())
                .bind("caption", photo.caption()).bind("givenBy", photo.consentGivenBy())
                .bind("relation", photo.consentRelation()).bind("givenOn", photo.consentGivenOn())
                .bind("addedBy", addedByName).bind("addedAt", addedAt).execute(getEntityManager());
    }

    boolean deletePhoto(UUID caseId, int number) {
        return NativeSql.of("delete from good_practice_case_photo where case_id = :id and number = :number")
                .bind("id", caseId).bind("number", number).execute(getEntityManager()) > 0;
    }

    Optional<PhotoContent> photoContent(UUID caseId, int number) {
        return NativeSql.of("select p.content_type, p.content from good_practice_case_photo p"
                + " where p.case_id = :id and p.number = :number").bind("id", caseId).bind("number", number)
                .rows(getEntityManager()).stream().findFirst()
                .map(row -> new PhotoContent((String) row[0], (byte[]) row[1]));
    }

    /** How many cases of a round took place under a region, by state; one query on the region index. */
    Map<GoodPracticeState, Integer> countByState(String regionPrefix, int year) {
        Map<GoodPracticeState, Integer> counts = new EnumMap<>(GoodPracticeState.class);
        NativeSql.of("select g.state, count(*) from good_practice_case g where g.region_code like :prefix"
                + " and g.year = :year group by g.state").bind("prefix", regionPrefix + "%").bind("year", year)
                .rows(getEntityManager()).forEach(row -> counts.put(GoodPracticeState.valueOf((String) row[0]),
                        SqlValues.integer(row[1])));
        return counts;
    }

    Optional<GoodPracticeRound> findRound(int year) {
        return Optional.ofNullable(getEntityManager().find(GoodPracticeRound.class, (short) year));
    }

    /** The rounds, the latest year first (at most {@link #MAX_ROUNDS}). */
    List<GoodPracticeRound> listRounds() {
        return getEntityManager().createQuery("from GoodPracticeRound r order by r.year desc", GoodPracticeRound.class)
                .setMaxResults(MAX_ROUNDS).getResultList();
    }

    void persistRound(GoodPracticeRound round) {
        getEntityManager().persist(round);
    }

    /** Flushes a new round, turning a concurrent second round of the year into the check's problem. */
    void flushRoundOrTaken(String field, String code, String message, Runnable recordRefusal) {
        Writes.flushOrProblem(getEntityManager(), "good_practice_round_pkey", field, code, message, recordRefusal);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}
