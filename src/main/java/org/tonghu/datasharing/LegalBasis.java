package org.tonghu.datasharing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The legal basis of an app's processing, from those of PIPL art. 13 that fit the care of children. */
@Enum("LegalBasis")
@Description("The legal basis of a data-sharing agreement (PIPL art. 13).")
public enum LegalBasis {
    /** 取得个人（监护人）的同意: the guardian's consent (PIPL art. 13 (1), art. 31 for children under 14). */
    @Description("The guardian's consent (监护人同意; PIPL art. 13 (1), art. 31).")
    GUARDIAN_CONSENT,
    /** 为履行法定职责或者法定义务所必需 (PIPL art. 13 (3)). */
    @Description("Necessary for a statutory duty or obligation (履行法定职责或法定义务; PIPL art. 13 (3)).")
    STATUTORY_DUTY,
    /** 紧急情况下为保护自然人的生命健康和财产安全所必需 (PIPL art. 13 (4)). */
    @Description("Necessary in an emergency to protect a person's life, health or property (PIPL art. 13 (4)).")
    EMERGENCY_PROTECTION,
    /** 法律、行政法规规定的其他情形 (PIPL art. 13 (7)). */
    @Description("Another case provided by law or administrative regulation (PIPL art. 13 (7)).")
    OTHER_LAW_OR_REGULATION
}
