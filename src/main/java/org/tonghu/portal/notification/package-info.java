/** The portal's inbox of alerts (提醒): each alert leads to what it is about, and is marked read there. */
package org.tonghu.portal.notification;
