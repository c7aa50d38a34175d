/** The portal's activity pages: planning an organization's activities, moving them on and taking attendance. */
package org.tonghu.portal.activity;
