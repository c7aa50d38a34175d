package org.tonghu.worklog;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A work log entry as stored. */
@Entity
@Table(name = "work_log_entry")
public class WorkLogEntry extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "entry_date", nullable = false)
    public LocalDate entryDate;

    @Column(name = "content", nullable = false)
    public String content;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;
}
