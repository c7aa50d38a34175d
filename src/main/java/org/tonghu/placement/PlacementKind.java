package org.tonghu.placement;

import org.eclipse.microprofile.graphql.Description;

/** Where a child in temporary custody lives (临时监护, policy §6-§7). */
@Description("Where a child in temporary custody (临时监护) lives.")
public enum PlacementKind {
    @Description("Entrusted to relatives or other suitable persons (委托亲属等代为照料).")
    ENTRUSTED_TO_RELATIVES,
    @Description("Family foster care (家庭寄养).")
    FAMILY_FOSTER_CARE,
    @Description("A minors' rescue-protection institution (未成年人救助保护机构).")
    RESCUE_PROTECTION_INSTITUTION,
    @Description("A child-welfare institution (儿童福利机构).")
    CHILD_WELFARE_INSTITUTION;

    /** Whether the child lives with a family (a carer), not in an institution. */
    public boolean withFamily() {
        return this == ENTRUSTED_TO_RELATIVES || this == FAMILY_FOSTER_CARE;
    }
}
