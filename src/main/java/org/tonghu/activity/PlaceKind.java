package org.tonghu.activity;

/** Where an activity takes place: at a Tongxin Harbor site, a school, in a village, or elsewhere in a region. */
public enum PlaceKind {
    HARBOR_SITE, SCHOOL, VILLAGE, OTHER
}
