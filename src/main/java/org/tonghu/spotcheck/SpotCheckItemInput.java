package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The checker's verdict on one item. */
@Input("SpotCheckItemInput")
@Description("The checker's verdict on one item. A pre-filled item may be left out (the data's answer stands); "
        + "overriding it needs a note (OVERRIDE_NEEDS_NOTE).")
public record SpotCheckItemInput(
        @NonNull @Description("The item; each at most once (ITEM_REPEATED).") SpotCheckItem item,
        @NonNull @Description("Whether the file passes it; a failed item becomes a rectification task.")
        boolean passed,
        @Description("A note, up to 500 characters; required when overriding a pre-filled item "
                + "(OVERRIDE_NEEDS_NOTE).") String note) {
}
