package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One item of a file's checklist as the graph shows it. */
@Type("SpotCheckItemResult")
@Description("One item of a file's checklist: what the data said (for pre-filled items), and once the file is "
        + "scored, whether it passed and the checker's note (required where the checker overrode the data).")
public record SpotCheckItemView(
        @NonNull @Description("The checklist item.") SpotCheckItem item,
        @NonNull @Description("Whether the data answers this item (pre-filled).") boolean fromData,
        @Description("What the data said when the file was drawn; null for items the checker scores.")
        Boolean prefilled,
        @Description("Null until the file is scored.") Boolean passed,
        @Description("The checker's note, up to 500 characters; null if none.") String note) {
}
