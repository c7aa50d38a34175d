package org.tonghu.portal;

import java.util.Arrays;
import java.util.List;

import org.tonghu.activity.ActivityKind;
import org.tonghu.activity.SafetyTopic;
import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.pairing.PairingContactMode;
import org.tonghu.pairing.PairingKind;

import io.quarkus.qute.TemplateExtension;

/** Template helper: the message key of a value's label, e.g. {@code urgency} and OVERDUE give urgency_OVERDUE. */
@TemplateExtension(namespace = "label")
final class Labels {

    private Labels() {
    }

    static String key(String prefix, Object value) {
        return prefix + "_" + value;
    }

    /** The day of an instant where the children live (China Standard Time). */
    static java.time.LocalDate day(java.time.OffsetDateTime instant) {
        return instant.atZoneSameInstant(org.tonghu.TonghuApplication.ZONE).toLocalDate();
    }

    /** The concern categories, in the order the form offers them. */
    static List<String> concernCategories() {
        return Arrays.stream(ConcernCategory.values()).map(Enum::name).toList();
    }

    /** The pairing kinds. */
    static List<String> pairingKinds() {
        return Arrays.stream(PairingKind.values()).map(Enum::name).toList();
    }

    /** How a pairing's check-in happened. */
    static List<String> pairingContactModes() {
        return Arrays.stream(PairingContactMode.values()).map(Enum::name).toList();
    }

    /** The activity kinds. */
    static List<String> activityKinds() {
        return Arrays.stream(ActivityKind.values()).map(Enum::name).toList();
    }

    /** The safety topics. */
    static List<String> safetyTopics() {
        return Arrays.stream(SafetyTopic.values()).map(Enum::name).toList();
    }

    /** The concern severities, mildest first. */
    static List<String> concernSeverities() {
        return Arrays.stream(ConcernSeverity.values()).map(Enum::name).toList();
    }
}
