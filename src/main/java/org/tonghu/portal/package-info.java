/**
 * The partner portal: server-rendered pages over the features' public services, an adapter like the GraphQL API,
 * never a part of a feature. Pages often show several features at once (a child's file shows visits, pairings,
 * referrals, rehabilitation, activities...), so pages kept inside the feature packages would make the features depend
 * on each other in cycles; instead each kind of page has a sub-package here ({@code child}, {@code visit},
 * {@code concern}, {@code guardian}, {@code pairing}, {@code referral}, {@code rehabilitation}, {@code activity},
 * {@code dashboard}), with its templates in the folder of the same name under {@code portal-templates/portal/}.
 * This package is their shared core, which depends on none of them: the home, landing and language pages, the
 * layout's messages, labels and error texts, the 404 and 403 pages, and reading posted forms.
 */
package org.tonghu.portal;
