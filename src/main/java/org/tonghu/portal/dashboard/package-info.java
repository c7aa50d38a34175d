/** The officer's dashboard of a jurisdiction: compliance, staffing, training and duties, as charts and tables. */
package org.tonghu.portal.dashboard;
