package org.tonghu.portal;

import java.util.Arrays;
import java.util.List;

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

    /** The concern severities, mildest first. */
    static List<String> concernSeverities() {
        return Arrays.stream(ConcernSeverity.values()).map(Enum::name).toList();
    }
}
