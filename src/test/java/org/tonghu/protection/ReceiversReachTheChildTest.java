package org.tonghu.protection;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.protection.ProtectionReportTest.aboutChild;
import static org.tonghu.protection.ProtectionReportTest.aboutUnregistered;
import static org.tonghu.protection.ProtectionReportTest.file;
import static org.tonghu.protection.ProtectionReportTest.receiptOf;
import static org.tonghu.testing.GraphQLClient.run;

import org.junit.jupiter.api.Test;
import org.tonghu.child.NationalIdNumber;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The receiving bodies of a mandatory report reach the child it names, to find the child, its guardians and its
 * director, from the report (or the link of a described child) through the day they close their receipt; nobody else
 * does.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ReceiversReachTheChildTest {

    @Test
    void shouldLetAReceiverReachTheChildUntilItClosesItsReceipt() throws Exception {
        TestChild child = TestChildren.register();
        String police = Tokens.of("police.qinshui");
        assertNotReached(police, child);

        var filed = file(Tokens.of("county.officer"), aboutChild(child.id(), false));
        run(police, "child/child", "id", child.id())
                .body("errors", nullValue())
                .body("data.child.name", equalTo(child.name()))
                .body("data.child.idNumber", equalTo(NationalIdNumber.mask(child.idNumber())));
        assertNotReached(Tokens.of("youth.league"), child);

        run(police, "protection/closeProtectionReport", "receiptId",
                receiptOf(filed, "fileProtectionReport", "PUBLIC_SECURITY"), "expectedVersion", 0,
                "outcome", "已核实，孩子由姑母照料")
                .body("errors", nullValue());
        // a day is the unit of access: the day it closes is the police's last day, as with a closed referral
        assertEquals(1L, Database.count("child_organization_relationship where child_id = '" + child.id()
                + "' and kind = 'PROTECTION_REPORT' and organization_id = '" + ProtectionReportTest.QINSHUI_POLICE
                + "' and active_until = current_date"));
        assertEquals(2L, Database.count("child_organization_relationship where child_id = '" + child.id()
                + "' and kind = 'PROTECTION_REPORT' and active_until is null"), "education and civil affairs");
        run(Tokens.of("education.qinshui"), "child/child", "id", child.id())
                .body("errors", nullValue()).body("data.child.name", equalTo(child.name()));
    }

    @Test
    void shouldLetTheReceiversReachAChildLinkedToAReportThatDescribedIt() {
        TestChild child = TestChildren.register();
        var filed = file(Tokens.of("village.director"), aboutUnregistered("140521901202"));
        String reportId = filed.path("data.fileProtectionReport.id");
        String education = Tokens.of("education.qinshui");
        assertNotReached(education, child);

        run(Tokens.of("county.officer"), "protection/linkProtectionReportChild", "reportId", reportId,
                "expectedVersion", 0, "childId", child.id())
                .body("errors", nullValue());
        run(education, "child/child", "id", child.id())
                .body("errors", nullValue()).body("data.child.name", equalTo(child.name()));
    }

    private static void assertNotReached(String token, TestChild child) {
        run(token, "child/child", "id", child.id())
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
    }
}
