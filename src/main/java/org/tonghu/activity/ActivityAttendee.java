package org.tonghu.activity;

import java.util.List;

import org.tonghu.guardian.GuardianRelationship;

/**
 * A child recorded as attending one of the organization's activities, with the child's guardians and whether each
 * attended too (family education): what the attendance page offers to tick.
 */
public record ActivityAttendee(String childId, String childName, List<Guardian> guardians) {

    /** A guardian of an attending child. */
    public record Guardian(String guardianId, String name, GuardianRelationship relationship, boolean attended) {
    }
}
