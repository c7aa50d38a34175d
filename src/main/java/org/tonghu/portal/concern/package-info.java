/** The portal's concern pages: raising one from the child's file and following it up to its resolution. */
package org.tonghu.portal.concern;
