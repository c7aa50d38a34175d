/**
 * The portal's pages of children: the search, the child's file (一人一档) with its export and the reveal of the ID
 * number, and editing a child's basic information.
 */
package org.tonghu.portal.child;
