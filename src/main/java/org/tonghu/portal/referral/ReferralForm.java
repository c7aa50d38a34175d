package org.tonghu.portal.referral;

import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.portal.FormValues;
import org.tonghu.referral.ConsentBasis;
import org.tonghu.referral.NeedCategory;
import org.tonghu.referral.ReferralInput;
import org.tonghu.referral.ReferralUrgency;

/** The send-a-referral form as posted; {@link #toInput(String)} builds the API's input, checked by the same rules. */
public class ReferralForm {

    static final Map<String, String> FIELDS = Map.of("input.toOrganizationId", "toOrganizationId",
            "input.needCategory", "needCategory", "input.need", "need", "input.urgency", "urgency",
            "input.consentBasis", "consentBasis", "input.childId", "need");

    @FormParam("toOrganizationId")
    public String toOrganizationId;
    @FormParam("needCategory")
    public String needCategory;
    @FormParam("need")
    public String need;
    @FormParam("urgency")
    public String urgency;
    @FormParam("consentBasis")
    public String consentBasis;

    static ReferralForm defaults() {
        ReferralForm form = new ReferralForm();
        form.urgency = ReferralUrgency.ROUTINE.name();
        form.consentBasis = ConsentBasis.GUARDIAN_CONSENT.name();
        return form;
    }

    ReferralInput toInput(String childId) {
        if (FormValues.blank(toOrganizationId)) {
            throw org.tonghu.graphql.ValidationFailedException.of("input.toOrganizationId", "REQUIRED",
                    "Choose the receiving organization.");
        }
        return new ReferralInput(childId, toOrganizationId,
                FormValues.choice(NeedCategory.class, needCategory, "input.needCategory"), need,
                FormValues.choice(ReferralUrgency.class, urgency, "input.urgency"),
                FormValues.choice(ConsentBasis.class, consentBasis, "input.consentBasis"));
    }
}
