/** The portal's pairing pages for partners: the list, registering a pairing and recording a check-in. */
package org.tonghu.portal.pairing;
