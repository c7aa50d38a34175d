package org.tonghu.testing;

import java.util.HashMap;
import java.util.Map;

import org.tonghu.testing.TestChildren.TestChild;

/** A valid referChild input, for tests that need a referral and change one field at most. */
public final class TestReferrals {

    /** The demo's 晋城市残联, a partner that receives referrals. */
    public static final String DISABLED_PERSONS_FEDERATION = "00000000-0000-4000-8000-000000000104";

    private TestReferrals() {
    }

    /** An urgent referral of this child to this organization for a rehabilitation assessment, with consent. */
    public static Map<String, Object> input(TestChild child, String to) {
        Map<String, Object> input = new HashMap<>();
        input.put("childId", child.id());
        input.put("toOrganizationId", to);
        input.put("needCategory", "REHABILITATION");
        input.put("need", "需要康复评估");
        input.put("urgency", "URGENT");
        input.put("consentBasis", "GUARDIAN_CONSENT");
        return input;
    }
}
