package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;

/** The categories of children the policy covers (DOMAIN.md). */
@Description("The categories of children the policy covers (儿童类别); a child may be in several.")
public enum ChildCategory {
    @Description("Rural left-behind child (农村留守儿童): both parents work away, or one does and the other cannot "
            + "guard; under 16.")
    LEFT_BEHIND,
    @Description("Orphan (孤儿).")
    ORPHAN,
    @Description("De facto unsupported child (事实无人抚养儿童): parents alive but unable to raise the child.")
    DE_FACTO_UNSUPPORTED,
    @Description("Disabled child (残疾儿童).")
    DISABLED,
    @Description("Seriously ill child (重病儿童).")
    SERIOUSLY_ILL,
    @Description("Child of a family on the minimum living allowance (低保家庭儿童).")
    LOW_INCOME_FAMILY,
    @Description("Child under extreme-poverty support (特困供养).")
    EXTREME_POVERTY_SUPPORT,
    @Description("Child of a single-parent family (单亲家庭儿童; added by the Jincheng notice).")
    SINGLE_PARENT_FAMILY
}
