package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The checker's verdict on one item. */
@Input("SpotCheckItemInput")
@Description("The checker's verdict on one item. A pre-filled item may be left out (the data's answer stands); "
        + "overriding it needs a note (OVERRIDE_NEEDS_NOTE).")
public record SpotCheckItemInput(
        @NonNull SpotCheckItem item,
        @NonNull boolean passed,
        String note) {
}
