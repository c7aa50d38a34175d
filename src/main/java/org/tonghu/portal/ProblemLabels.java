package org.tonghu.portal;

import java.util.List;
import java.util.Set;

import org.tonghu.graphql.Problem;

import io.quarkus.qute.TemplateExtension;

/** Template helpers for showing input problems next to their fields, in the user's language. */
@TemplateExtension(namespace = "problem")
final class ProblemLabels {

    /** Codes with a message of their own in the bundle; any other code shows the generic one. */
    static final Set<String> KNOWN = Set.of("REQUIRED", "TOO_LONG", "HAS_CONTROL_CHARACTERS", "CONTACT_MODE_INVALID",
            "VISITED_AT_INVALID", "CHILD_FILE_CLOSED", "RAISED_ON_INVALID", "CHILD_NOT_FOUND", "CHILD_REFERENCE_INCOMPLETE",
            "BACKGROUND_CHECK_EXPIRED", "VOLUNTEER_INACTIVE", "VOLUNTEER_NOT_FOUND", "VOLUNTEER_AT_CAPACITY",
            "CHILD_ALREADY_PAIRED", "KIND_NOT_FOR_ORGANIZATION", "STARTS_ON_INVALID", "CHECK_IN_INTERVAL_INVALID",
            "CONTACTED_ON_INVALID", "PAIRING_NOT_ACTIVE", "PERIOD_INVALID", "CLASS_HOURS_INVALID", "SAFETY_TOPIC_REQUIRED",
            "SAFETY_TOPIC_NOT_APPLICABLE", "PLACE_INVALID", "PLACE_OUT_OF_REGION", "STATUS_CHANGE_INVALID", "REPORT_REQUIRED",
            "REASON_REQUIRED", "ATTENDANCE_CLOSED", "ATTENDEES_INVALID", "REGION_NOT_FOUND", "INVALID_REGION_CODE",
            "DEVICE_REQUIRED", "DEVICE_NOT_APPLICABLE", "FUNDING_SOURCE_REQUIRED", "SESSIONS_INVALID", "OUTCOME_REQUIRED",
            "ENDS_ON_INVALID", "CHILD_NOT_DISABLED", "RESOLUTION_REQUIRED", "RESOLVED_ON_INVALID", "REFERRED_TO_REQUIRED",
            "CONCERN_ALREADY_RESOLVED", "INVALID_CURSOR", "FIRST_OUT_OF_RANGE");

    private ProblemLabels() {
    }

    /** The message key for a code: {@code VISITED_AT_INVALID} becomes {@code error_VISITED_AT_INVALID}. */
    static String key(String code) {
        return KNOWN.contains(code) ? "error_" + code : "error_INVALID";
    }

    /** The first problem of a form field, or null. */
    static Problem of(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> field.equals(problem.field())).findFirst().orElse(null);
    }
}
