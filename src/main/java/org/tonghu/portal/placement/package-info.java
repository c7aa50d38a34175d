/**
 * The portal's temporary custody pages: the placements section of a child's file, the reviews due on a director's
 * home page, and the civil-affairs officers' list of open placements with the forms to review and end one.
 */
package org.tonghu.portal.placement;
