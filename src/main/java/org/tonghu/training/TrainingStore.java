package org.tonghu.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.persistence.NativeSql;

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

    /** Those of these appointments that attended a session held between two days; one query. */
    Set<UUID> trainedAmong(Collection<UUID> appointmentIds, LocalDate start, LocalDate end) {
        if (appointmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(NativeSql.of("""
                select distinct t.appointment_id from training_attendance t
                join training_session s on s.id = t.session_id
                where t.appointment_id in (:appointments) and s.held_on between :start and :end
                """).bind("appointments", appointmentIds).bind("start", start).bind("end", end)
                .column(entityManager, UUID.class));
    }

    /** Whether a city held a demonstration training between two days. */
    boolean demonstrationHeld(String cityCode, LocalDate start, LocalDate end) {
        return !NativeSql.of("select 1 from training_session where level = 'CITY'"
                + " and demonstration and region_code = :city and held_on between :start and :end")
                .bind("city", cityCode).bind("start", start).bind("end", end).limit(1)
                .column(entityManager, Integer.class).isEmpty();
    }
}
