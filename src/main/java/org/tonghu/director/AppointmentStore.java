package org.tonghu.director;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildService;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;
import org.tonghu.regioncode.RegionLevel;

/** All SQL of the director feature: appointments, and the staffing and caseload counts over them. */
@ApplicationScoped
class AppointmentStore {

    /** The keyset of the appointment lists: by region code, then id. */
    static final Keyset BY_REGION = Keyset.textThenId("a.region_code", "a.id");
    /** The cursors of the village staffing list: the village code (the page is cut in DirectorReportService). */
    static final Keyset BY_VILLAGE = Keyset.uniqueText("v.code");
    /** The keyset of the caseload list: by the director's region code, then the appointment's id. */
    static final Keyset BY_DIRECTOR = Keyset.textThenId("x.region_code", "x.id");

    private final EntityManager entityManager;

    AppointmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Appointment> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Appointment.class, id));
    }

    /** The appointments with these ids. */
    List<Appointment> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Appointment a where a.id in :ids", Appointment.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * A page of appointments of a kind whose region starts with the prefix or is one of the exact codes, optionally
     * only those active on a day, by {@link #BY_REGION}.
     */
    List<Appointment> page(AppointmentKind kind, String prefix, Collection<String> exactCodes, LocalDate activeOn,
            PageRequest page) {
        return NativeSql.of("select a.* from appointment a where a.kind = :kind")
                .bind("kind", kind.name())
                .and("(a.region_code like :prefix or a.region_code in (:exact))")
                .bind("prefix", prefix == null ? "-" : prefix + "%")
                .bind("exact", exactCodes.isEmpty() ? List.of("-") : exactCodes)
                .andIf(activeOn != null, "a.starts_on <= :day and (a.ends_on is null or a.ends_on >= :day)", "day",
                        activeOn)
                .keysetPage(page, BY_REGION)
                .list(entityManager, Appointment.class);
    }

    /** The appointments of a kind active on a day in any of these regions. */
    List<Appointment> activeIn(AppointmentKind kind, Collection<String> regionCodes, LocalDate day) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Appointment a where a.kind = :kind and a.regionCode in :codes"
                + " and a.startsOn <= :day and (a.endsOn is null or a.endsOn >= :day) order by a.startsOn, a.id",
                Appointment.class)
                .setParameter("kind", kind).setParameter("codes", regionCodes).setParameter("day", day)
                .getResultList();
    }

    void persist(Appointment appointment) {
        entityManager.persist(appointment);
    }

    void flush() {
        entityManager.flush();
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    /**
     * Children with an open file, all and high-risk, in each village under a prefix (villages without any may be
     * absent), by village code; one query over the per-village counts (village_child_count, migration V22).
     */
    // village_child_count is kept from child by the child triggers: caseloads count villages without reading children
    Map<String, ChildService.VillageChildren> countOpenFilesByVillage(String prefix) {
        Map<String, ChildService.VillageChildren> counts = new HashMap<>();
        NativeSql.of("select v.village_code, v.open_files, v.high_risk from village_child_count v"
                + " where v.village_code like :prefix and v.open_files > 0").bind("prefix", prefix + "%")
                .rows(entityManager).forEach(row -> counts.put((String) row[0], new ChildService.VillageChildren(
                        SqlValues.integer(row[1]), SqlValues.integer(row[2]))));
        return counts;
    }

    /** A village with its children with an open file and its directors active on a day. */
    record VillageCounts(String code, String name, int children, int directors) {
    }

    /**
     * Every village under a prefix, in code order, with its children with an open file and its directors active on a
     * day; one statement (a province has some 23,000 villages).
     */
    // reads region (the villages) and village_child_count (kept from child by the child triggers) beside appointment:
    // staffing counts a province's villages without reading its million children or loading 23,000 region entities
    List<VillageCounts> villageCounts(String prefix, LocalDate day) {
        return NativeSql.of("""
                select v.code, v.name, coalesce(c.open_files, 0), coalesce(d.directors, 0)
                from region v
                left join village_child_count c on c.village_code = v.code
                left join (
                    select a.region_code, count(*) as directors from appointment a
                    where a.kind = 'DIRECTOR' and a.region_code like :prefix and a.starts_on <= :day
                      and (a.ends_on is null or a.ends_on >= :day)
                    group by a.region_code) d on d.region_code = v.code
                where v.code like :prefix and substr(v.code, :villageDigitsFrom) <> :noVillage
                order by v.code
                """).bind("prefix", prefix + "%").bind("day", day)
                .bind("villageDigitsFrom", RegionLevel.TOWNSHIP.prefixLength() + 1)
                .bind("noVillage", "0".repeat(RegionLevel.VILLAGE.prefixLength() - RegionLevel.TOWNSHIP.prefixLength()))
                .rows(entityManager).stream()
                .map(row -> new VillageCounts((String) row[0], (String) row[1], SqlValues.integer(row[2]),
                        SqlValues.integer(row[3])))
                .toList();
    }

    /** A page of the directors active on a day under a prefix, by {@link #BY_DIRECTOR}. */
    List<Appointment> pageOfActiveDirectors(String prefix, LocalDate day, PageRequest page) {
        return NativeSql.of("select x.* from appointment x where x.kind = 'DIRECTOR' and x.region_code like :prefix"
                + " and x.starts_on <= :day and (x.ends_on is null or x.ends_on >= :day)")
                .bind("prefix", prefix + "%").bind("day", day)
                .keysetPage(page, BY_DIRECTOR)
                .list(entityManager, Appointment.class);
    }
}
