/**
 * The portal's pages of caregiver follow-ups (policy §5): the section of the home page's work list, the section of the
 * child's file with the forms of the three steps, and the follow-up's own page (shown again with a form's problems).
 * Each section is a tag of its own ({@code tags/caregiverFollowUp*.html}) reading through {@link
 * org.tonghu.portal.caregiverfollowup.CaregiverFollowUpPortal}, so a page includes it with one line.
 */
package org.tonghu.portal.caregiverfollowup;
