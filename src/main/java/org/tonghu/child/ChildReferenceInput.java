package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/**
 * How a registry names the child it registers: by id when the caller already works with the child, or by national
 * ID number together with the child's name for a child the caller's organization meets for the first time (both
 * must match a child living in the organization's region).
 */
@Input("ChildReferenceInput")
@Description("A child: childId, or idNumber together with name.")
public record ChildReferenceInput(
        @Id @Description("The child's ID, for a child you already work with.") String childId,
        @Description("The child's national ID number (18 characters), with name, for a child you meet for the "
                + "first time.") String idNumber,
        @Description("The child's name as on the ID, with idNumber.") String name) {
}
