/**
 * The portal's section of linked actions on a child's case (policy §6) in the child's file: a tag of its own
 * ({@code tags/linkedCaseActions.html}) reading through {@link org.tonghu.portal.caseaction.CaseActionPortal}, and the
 * form by which the civil-affairs officers over the child record one
 * ({@link org.tonghu.portal.caseaction.CaseActionPagesResource}).
 */
package org.tonghu.portal.caseaction;
