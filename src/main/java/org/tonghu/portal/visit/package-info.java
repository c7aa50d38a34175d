/** The portal's record-a-visit form (a contact or a home visit, with a concern found). */
package org.tonghu.portal.visit;
