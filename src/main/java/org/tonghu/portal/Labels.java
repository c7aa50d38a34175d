package org.tonghu.portal;

import java.util.Arrays;
import java.util.List;

import org.tonghu.activity.ActivityKind;
import org.tonghu.activity.SafetyTopic;
import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.concern.ConcernStatus;
import org.tonghu.pairing.PairingContactMode;
import org.tonghu.pairing.PairingKind;
import org.tonghu.rehabilitation.FundingSource;
import org.tonghu.rehabilitation.RehabilitationKind;
import org.tonghu.rehabilitation.RehabilitationStatus;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.TemplateExtension;

/** Template helper: the message key of a value's label, e.g. {@code urgency} and OVERDUE give urgency_OVERDUE. */
@TemplateExtension(namespace = "label")
final class Labels {

    private Labels() {
    }

    static String key(String prefix, Object value) {
        return prefix + "_" + value;
    }

    /** A value for a link's query string. */
    static String url(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A share (0 to 1) as a whole percentage, or a dash when there is nothing to share. */
    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    /** A date in the page's language: 2026年11月29日, or Nov 29, 2026; a dash for none. */
    static String date(java.time.LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date == null ? "–" : DATES.withLocale(localeOf(locale)).format(date);
    }

    /** An instant as date and time where the children live (China Standard Time), in the page's language. */
    static String dateTime(java.time.OffsetDateTime instant,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return instant == null ? "–" : DATE_TIMES.withLocale(localeOf(locale))
                .format(instant.atZoneSameInstant(ChinaTime.ZONE));
    }

    private static final java.time.format.DateTimeFormatter DATE_TIMES = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT);

    /** A whole number with the page language's grouping. */
    static String number(Number number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return number == null ? "–" : java.text.NumberFormat.getIntegerInstance(localeOf(locale)).format(number);
    }

    private static final java.time.format.DateTimeFormatter DATES = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM);

    private static java.util.Locale localeOf(Object attribute) {
        if (attribute instanceof java.util.Locale locale) {
            return locale;
        }
        return attribute == null ? PortalLocale.CHINESE : java.util.Locale.forLanguageTag(attribute.toString());
    }

    /** The day of an instant where the children live (China Standard Time). */
    static java.time.LocalDate day(java.time.OffsetDateTime instant) {
        return instant.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    /** The concern categories, in the order the form offers them. */
    static List<String> concernCategories() {
        return names(ConcernCategory.class);
    }

    /** The children's categories, risk levels and school statuses, for the search form. */
    static List<String> childCategories() {
        return names(org.tonghu.child.ChildCategory.class);
    }

    static List<String> riskFactors() {
        return names(org.tonghu.child.RiskFactor.class);
    }

    static List<String> genders() {
        return names(org.tonghu.child.Gender.class);
    }

    static List<String> guardianshipCapacities() {
        return names(org.tonghu.guardian.GuardianshipCapacity.class);
    }

    static List<String> riskLevels() {
        return names(org.tonghu.child.RiskLevel.class);
    }

    static List<String> schoolStatuses() {
        return names(org.tonghu.child.SchoolStatus.class);
    }

    /** The states a concern can be moved to. */
    static List<String> concernStatuses() {
        return names(ConcernStatus.class);
    }

    /** The pairing kinds. */
    static List<String> pairingKinds() {
        return names(PairingKind.class);
    }

    /** How a pairing's check-in happened. */
    static List<String> pairingContactModes() {
        return names(PairingContactMode.class);
    }

    /** The activity kinds. */
    static List<String> activityKinds() {
        return names(ActivityKind.class);
    }

    /** The safety topics. */
    static List<String> safetyTopics() {
        return names(SafetyTopic.class);
    }

    /** The rehabilitation steps, statuses and funding sources. */
    static List<String> rehabilitationKinds() {
        return names(RehabilitationKind.class);
    }

    static List<String> rehabilitationStatuses() {
        return names(RehabilitationStatus.class);
    }

    static List<String> fundingSources() {
        return names(FundingSource.class);
    }

    /** The referrals' kinds of need, urgencies and consent bases. */
    static List<String> needCategories() {
        return names(org.tonghu.referral.NeedCategory.class);
    }

    static List<String> referralUrgencies() {
        return names(org.tonghu.referral.ReferralUrgency.class);
    }

    static List<String> consentBases() {
        return names(org.tonghu.referral.ConsentBasis.class);
    }

    /** The concern severities, mildest first. */
    static List<String> concernSeverities() {
        return names(ConcernSeverity.class);
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
