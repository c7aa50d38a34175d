/**
 * The portal's annual progress report pages: the reports of a year a county, city or province officer deals with
 * (late and missing ones flagged), and a report with its figures, narrative, versions, review and downloads.
 */
package org.tonghu.portal.progressreport;
