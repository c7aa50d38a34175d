package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;

/**
 * Kinds of one-to-one pairing: loving mothers of the Women's Federation (爱心妈妈, §8), academic buddies for children
 * with learning difficulties (§11), growth mentors and peer buddies (§18), and general volunteer buddies.
 */
@Description("Kinds of one-to-one pairing (结对帮扶).")
public enum PairingKind {
    @Description("Loving mother (爱心妈妈), Women's Federation (§8).")
    LOVING_MOTHER,
    @Description("One-to-one academic pairing (一对一结对帮扶) for a child with learning difficulties (§11).")
    ACADEMIC_BUDDY,
    @Description("Growth mentor (成长导师, §18).")
    GROWTH_MENTOR,
    @Description("Peer buddy (互助伙伴, §18).")
    PEER_BUDDY,
    @Description("A general volunteer buddy (志愿者结对).")
    VOLUNTEER_BUDDY
}
