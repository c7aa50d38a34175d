package org.tonghu.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.SqlValues;

/** All SQL of the training feature: sessions, who attended and the yearly coverage counts. */
@ApplicationScoped
class TrainingStore {

    private final EntityManager entityManager;

    TrainingStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A group's counts: the appointments active in the year, and those trained in it. */
    record CoverageCounts(String groupPrefix, int appointed, int trained) {
    }

    /** A region one level down. */
    record Subregion(String code, String name) {
    }

    Optional<TrainingSession> find(UUID id) {
        return Optional.ofNullable(entityManager.find(TrainingSession.class, id));
    }

    /** Writes a new session now. */
    void persist(TrainingSession session) {
        entityManager.persist(session);
        entityManager.flush();
    }

    /** Records an appointment as attending a session; whether it was not recorded already. */
    boolean addAttendee(UUID sessionId, UUID appointmentId) {
        return NativeSql.of("insert into training_attendance (session_id, appointment_id)"
                + " values (:session, :appointment) on conflict do nothing")
                .bind("session", sessionId).bind("appointment", appointmentId).execute(entityManager) > 0;
    }

    int countAttendees(UUID sessionId) {
        return Math.toIntExact(NativeSql.of("select count(*) from training_attendance where session_id = :id")
                .bind("id", sessionId).column(entityManager, Long.class).get(0));
    }

    /**
     * The directors' and supervisors' appointments under a prefix active between two days, and those trained then,
     * per group (the first {@code groupLength} digits of the region code).
     */
    // reads appointment: the coverage counts join it with the attendance in one statement
    List<CoverageCounts> coverage(String prefix, int groupLength, LocalDate start, LocalDate end) {
        return NativeSql.of("""
                select substr(a.region_code, 1, :groupLength), count(*),
                       count(*) filter (where exists (select 1 from training_attendance t
                           join training_session s on s.id = t.session_id
                           where t.appointment_id = a.id and s.held_on between :start and :end))
                from appointment a
                where a.region_code like :prefix and a.starts_on <= :end and (a.ends_on is null or a.ends_on >= :start)
                group by 1
                """).bind("groupLength", groupLength).bind("prefix", prefix + "%").bind("start", start)
                .bind("end", end).rows(entityManager).stream()
                .map(row -> new CoverageCounts((String) row[0], SqlValues.integer(row[1]), SqlValues.integer(row[2])))
                .toList();
    }

    /** Whether a city held a demonstration training between two days. */
    boolean demonstrationHeld(String cityCode, LocalDate start, LocalDate end) {
        return !NativeSql.of("select 1 from training_session where level = 'CITY'"
                + " and demonstration and region_code = :city and held_on between :start and :end")
                .bind("city", cityCode).bind("start", start).bind("end", end).limit(1)
                .column(entityManager, Integer.class).isEmpty();
    }

    /** The regions one level down from a region, by code. */
    // reads region: needs RegionService.subregionsOf
    List<Subregion> subregions(String code) {
        return NativeSql.of("select code, name from region where parent_code = :code order by code")
                .bind("code", code).rows(entityManager).stream()
                .map(row -> new Subregion((String) row[0], (String) row[1])).toList();
    }
}
