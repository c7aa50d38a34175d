/**
 * The portal's good-practice case pages (优秀案例): the signed-in list, form and case page with the steps of the
 * review, and the public pages of published cases at {@code /cases}, without sign-in.
 */
package org.tonghu.portal.goodpractice;
