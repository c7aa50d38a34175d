/**
 * The portal's mandatory reports (强制报告): filing one in two taps from home or a child's file (also for a child not
 * registered), the reporter's own list, the receivers' queue, and a report's page with acknowledgment, handling steps
 * and the outcome.
 */
package org.tonghu.portal.protection;
