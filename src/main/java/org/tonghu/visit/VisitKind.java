package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;

/** A contact (phone, video or meeting) or a home visit; a home visit also counts as a contact (policy §9). */
@Description("A contact (联系: phone, video or meeting) or a home visit (入户走访); a home visit also counts as a "
        + "contact (policy §9).")
public enum VisitKind {
    @Description("A contact: phone, video or meeting.")
    CONTACT,
    @Description("A home visit.")
    HOME_VISIT
}
