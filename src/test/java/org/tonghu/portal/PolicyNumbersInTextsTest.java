package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.policy.CarePolicy;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Texts that state a number of the policy are formatted from its configuration, in both languages; the published
 * contract's descriptions state the configured numbers.
 */
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

    /**
     * The published contract states some of the policy's numbers in its descriptions, which are constants of the
     * schema: a change of those numbers must change the contract too, and this says so.
     */
    @Test
    void shouldStateTheConfiguredNumbersInThePublishedContract() throws IOException {
        String contract = Files.readString(Path.of("schema", "schema.graphql"));
        CarePolicy.Pairing pairing = policy.pairing();
        for (String statement : List.of(
                "with more than " + policy.childrenPerDirector() + " children in care",
                "(1 to " + pairing.maxCheckInIntervalDays() + ", default " + pairing.defaultCheckInIntervalDays() + ")",
                "not more than " + pairing.latestStartDaysAhead() + " days ahead")) {
            assertTrue(contract.contains(statement), "schema/schema.graphql states \"" + statement + "\"");
        }
    }
}
