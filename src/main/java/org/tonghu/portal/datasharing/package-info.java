/**
 * The portal's data-sharing agreement pages for the province: the list of third-party apps and their agreements, the
 * registration form, and one agreement with the form revoking it.
 */
package org.tonghu.portal.datasharing;
