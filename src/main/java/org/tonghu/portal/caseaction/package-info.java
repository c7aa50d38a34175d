/**
 * The portal's section of linked actions on a child's case (policy §6) in the child's file: a tag of its own
 * ({@code tags/linkedCaseActions.html}) reading through {@link org.tonghu.portal.caseaction.CaseActionPortal}.
 */
package org.tonghu.portal.caseaction;
