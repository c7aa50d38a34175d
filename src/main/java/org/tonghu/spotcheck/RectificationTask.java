package org.tonghu.spotcheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A rectification task (整改) as stored: a failed item sent to the director of the child's village. */
@Entity
@Table(name = "rectification_task")
public class RectificationTask extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "spot_check_id", nullable = false)
    public UUID spotCheckId;

    @Column(name = "file_id", nullable = false)
    public UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false)
    public SpotCheckItem item;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "director_appointment_id")
    public UUID directorAppointmentId;

    @Column(name = "director_name")
    public String directorName;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RectificationTaskStatus status;

    @Column(name = "done_note")
    public String doneNote;

    @Column(name = "done_by_name")
    public String doneByName;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "confirmed_by_name")
    public String confirmedByName;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "reopen_note")
    public String reopenNote;
}
