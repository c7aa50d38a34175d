package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tonghu.notification.NotificationKind;
import org.tonghu.protection.EscalationLevel;
import org.tonghu.protection.ProtectionReportCategory;
import org.tonghu.protection.ProtectionReportStatus;
import org.tonghu.protection.ReceiptStatus;
import org.tonghu.protection.ReceiverKind;

/**
 * Every value the report pages and the inbox show has a word in {@link PortalReports} (and so, by
 * {@link PortalBundlesTest}, in English): a kind of alert or a category added later without one fails here, not on a
 * page.
 */
class ReportLabelsTest {

    static final Map<String, Class<? extends Enum<?>>> LISTS = Map.of("notice", NotificationKind.class,
            "rcategory", ProtectionReportCategory.class, "rstatus", ProtectionReportStatus.class,
            "receipt", ReceiptStatus.class, "receiver", ReceiverKind.class, "level", EscalationLevel.class);

    @Test
    void shouldHaveAWordForEveryValueShown() {
        Set<String> keys = Arrays.stream(PortalReports.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        List<String> missing = LISTS.entrySet().stream()
                .flatMap(list -> Arrays.stream(list.getValue().getEnumConstants())
                        .map(value -> list.getKey() + "_" + value.name()))
                .filter(key -> !keys.contains(key)).sorted().toList();
        assertEquals(List.of(), missing);
    }
}
