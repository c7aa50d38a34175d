package org.tonghu.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** A group's appointments active in a period, and how many of them attended a session held in it. */
    record CoverageCounts(int appointed, int trained) {
    }

    /**
     * Directors' and supervisors' appointments under a prefix active at some time between two days, and those of
     * them that attended a session held between the two days, per group (the first {@code groupLength} digits of the
     * appointment's region), by group; one statement.
     */
    // aggregates the director feature's appointments in one statement: a province has some 30,000 of them, too many
    // to pass around as ids
    Map<String, CoverageCounts> coverageByGroup(String prefix, int groupLength, LocalDate start, LocalDate end) {
        Map<String, CoverageCounts> counts = new HashMap<>();
        NativeSql.of("""
                select substr(a.region_code, 1, :groupLength), count(*), count(*) filter (where exists (
                    select 1 from training_attendance t join training_session s on s.id = t.session_id
                    where t.appointment_id = a.id and s.held_on between :start and :end))
                from appointment a
                where a.region_code like :prefix and a.starts_on <= :end and (a.ends_on is null or a.ends_on >= :start)
                group by 1
                """).bind("groupLength", groupLength).bind("prefix", prefix + "%").bind("start", start)
                .bind("end", end).rows(entityManager)
                .forEach(row -> counts.put((String) row[0], new CoverageCounts(SqlValues.integer(row[1]),
                        SqlValues.integer(row[2]))));
        return counts;
    }

    /** The cities (their codes) under a prefix that held a demonstration training between two days; one query. */
    Set<String> citiesWithDemonstration(String prefix, LocalDate start, LocalDate end) {
        return new HashSet<>(NativeSql.of("select distinct region_code from training_session where level = 'CITY'"
                + " and demonstration and region_code like :prefix and held_on between :start and :end")
                .bind("prefix", prefix + "%").bind("start", start).bind("end", end)
                .column(entityManager, String.class));
    }
}
