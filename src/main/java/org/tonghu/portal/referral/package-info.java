/** The portal's referral pages: sending one from a child's file, the lists received and sent, and the answers. */
package org.tonghu.portal.referral;
