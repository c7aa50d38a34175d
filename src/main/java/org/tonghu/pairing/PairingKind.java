package org.tonghu.pairing;

/**
 * Kinds of one-to-one pairing: loving mothers of the Women's Federation (爱心妈妈, §8), academic buddies for children
 * with learning difficulties (§11), growth mentors and peer buddies (§18), and general volunteer buddies.
 */
public enum PairingKind {
    LOVING_MOTHER, ACADEMIC_BUDDY, GROWTH_MENTOR, PEER_BUDDY, VOLUNTEER_BUDDY
}
