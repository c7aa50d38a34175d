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
public record ChildReferenceInput(@Id String childId, String idNumber, String name) {
}
