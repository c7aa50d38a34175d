package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;

/** Where an activity takes place: at a Tongxin Harbor site, a school, in a village, or elsewhere in a region. */
@Description("Where an activity takes place.")
public enum PlaceKind {
    @Description("At a Tongxin Harbor site (童心港湾); harborSiteId names it.")
    HARBOR_SITE,
    @Description("At a school; schoolId names it.")
    SCHOOL,
    @Description("In a village or community; regionCode is the village.")
    VILLAGE,
    @Description("Elsewhere in the region; placeNote says where.")
    OTHER
}
