/**
 * The portal's file spot check pages (抽查): the officers' checks, results and checklist forms, and the rectification
 * tasks of directors and checkers.
 */
package org.tonghu.portal.spotcheck;
