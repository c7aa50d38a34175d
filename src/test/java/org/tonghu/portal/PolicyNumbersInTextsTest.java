package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.policy.CarePolicy;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Texts that state a number of the policy are formatted from its configuration, in both languages. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PolicyNumbersInTextsTest {

    @Inject
    CarePolicy policy;

    @Inject
    PortalErrors chinese;

    @Inject
    @Localized("en")
    PortalErrors english;

    @Test
    void shouldStateTheConfiguredLongestCheckInInterval() {
        int longest = policy.pairing().maxCheckInIntervalDays();
        assertEquals("间隔为1到" + longest + "天。", chinese.error_CHECK_IN_INTERVAL_INVALID());
        assertEquals("Between 1 and " + longest + " days.", english.error_CHECK_IN_INTERVAL_INVALID());
    }
}
