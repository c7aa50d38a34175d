/** The portal's guardian form: editing a guardian's details from a child's file. */
package org.tonghu.portal.guardian;
