package org.tonghu.goodpractice;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A yearly collection round (征集) of good-practice cases, as stored. */
@Entity
@Table(name = "good_practice_round")
public class GoodPracticeRound extends VersionedRecord {

    @Id
    @Column(name = "year")
    public short year;

    @Column(name = "deadline", nullable = false)
    public LocalDate deadline;

    @Column(name = "opened_by_name", nullable = false)
    public String openedByName;

    @Column(name = "opened_by_subject", nullable = false)
    public String openedBySubject;
}
