/** The portal's rehabilitation pages for the Disabled Persons' Federation and health bodies. */
package org.tonghu.portal.rehabilitation;
