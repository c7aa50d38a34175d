package org.tonghu.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.activity.ActivityGraphQL;
import org.tonghu.care.CareRecordGraphQL;
import org.tonghu.caregiverfollowup.CaregiverFollowUpGraphQL;
import org.tonghu.caseaction.CaseActionGraphQL;
import org.tonghu.child.ChildGraphQL;
import org.tonghu.concern.ConcernGraphQL;
import org.tonghu.datasharing.DataSharingGraphQL;
import org.tonghu.director.AppointmentGraphQL;
import org.tonghu.goodpractice.GoodPracticeGraphQL;
import org.tonghu.guardian.GuardianGraphQL;
import org.tonghu.harbor.HarborSiteGraphQL;
import org.tonghu.notification.NotificationGraphQL;
import org.tonghu.organization.OrganizationGraphQL;
import org.tonghu.pairing.PairingGraphQL;
import org.tonghu.placement.PlacementGraphQL;
import org.tonghu.progressreport.ProgressReportGraphQL;
import org.tonghu.protection.ProtectionReportGraphQL;
import org.tonghu.referral.ReferralGraphQL;
import org.tonghu.region.RegionGraphQL;
import org.tonghu.rehabilitation.RehabilitationGraphQL;
import org.tonghu.schedule.ScheduleGraphQL;
import org.tonghu.spotcheck.SpotCheckGraphQL;
import org.tonghu.training.TrainingGraphQL;
import org.tonghu.visit.VisitGraphQL;
import org.tonghu.volunteer.VolunteerGraphQL;
import org.tonghu.webhook.WebhookGraphQL;
import org.tonghu.worklog.WorkLogGraphQL;

/**
 * Every result type of an {@link Idempotent} mutation survives the trip to the stored JSON and back unchanged: with
 * every component set (enums, dates, times with offsets and nanoseconds, nested records, lists) and with every
 * nullable component null.
 */
class ResultJsonTest {

    static final List<Class<?>> RESOLVERS = List.of(ActivityGraphQL.class, CareRecordGraphQL.class,
            CaregiverFollowUpGraphQL.class, CaseActionGraphQL.class,
            ChildGraphQL.class, ConcernGraphQL.class, AppointmentGraphQL.class, GuardianGraphQL.class,
            HarborSiteGraphQL.class, NotificationGraphQL.class, OrganizationGraphQL.class, PairingGraphQL.class,
            PlacementGraphQL.class, ReferralGraphQL.class, ProtectionReportGraphQL.class, RegionGraphQL.class,
            RehabilitationGraphQL.class, ScheduleGraphQL.class, TrainingGraphQL.class, VisitGraphQL.class,
            VolunteerGraphQL.class, WorkLogGraphQL.class, GoodPracticeGraphQL.class, SpotCheckGraphQL.class,
            ProgressReportGraphQL.class, WebhookGraphQL.class, DataSharingGraphQL.class);

    private static final ResultJson JSON = new ResultJson();

    static Stream<Arguments> idempotentMutations() {
        List<Arguments> mutations = new ArrayList<>();
        for (Class<?> resolver : RESOLVERS) {
            for (Method method : resolver.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Idempotent.class)) {
                    mutations.add(Arguments.of(method.getName(), method.getGenericReturnType()));
                }
            }
        }
        return mutations.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idempotentMutations")
    void shouldRoundTripEveryComponentSet(String mutation, Type resultType) {
        Object full = sample(resultType, false);
        assertEquals(full, JSON.fromJson(JSON.toJson(full), resultType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idempotentMutations")
    void shouldRoundTripNullComponents(String mutation, Type resultType) {
        Object sparse = sample(resultType, true);
        assertEquals(sparse, JSON.fromJson(JSON.toJson(sparse), resultType));
    }

    @Test
    void shouldHashEqualArgumentsEquallyWhateverTheirOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("childId", "a");
        one.put("input", Map.of("kind", "X", "notes", "y"));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("input", new LinkedHashMap<>(Map.of("notes", "y", "kind", "X")));
        other.put("childId", "a");
        assertEquals(JSON.hash(one), JSON.hash(other));
        assertNotEquals(JSON.hash(one), JSON.hash(Map.of("childId", "a", "input", Map.of("kind", "X", "notes", "z"))));
    }

    @Test
    void shouldNameTheIdsOfAResult() {
        Object payload = sample(returnType(VisitGraphQL.class, "recordVisit"), false);
        Set<String> ids = ResultJson.recordIds(payload);
        assertEquals(1, ids.size());
        assertTrue(ids.iterator().next().startsWith("id-"));
    }

    @AfterAll
    static void close() throws Exception {
        JSON.close();
    }

    private static Type returnType(Class<?> resolver, String name) {
        return Stream.of(resolver.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow().getGenericReturnType();
    }

    /** An instance with a distinct value in every component, or null in every component that may be null. */
    private static Object sample(Type type, boolean nulls) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            return "text 文字";
        }
        if (raw == int.class || raw == Integer.class) {
            return 7;
        }
        if (raw == long.class || raw == Long.class) {
            return 7L;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.5;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("2.5");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 2, 28);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 11, 29, 10, 15, 30, 123_456_000, ZoneOffset.ofHours(8));
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (raw == List.class) {
            return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0], nulls));
        }
        if (raw == Set.class) {
            return Set.of(sample(((ParameterizedType) type).getActualTypeArguments()[0], nulls));
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean nullable = !types[i].isPrimitive() && !components[i].isAnnotationPresent(
                        org.eclipse.microprofile.graphql.NonNull.class);
                values[i] = nulls && nullable ? null : sample(components[i].getGenericType(), nulls);
                if (values[i] instanceof String && "id".equals(components[i].getName())) {
                    values[i] = "id-" + raw.getSimpleName();
                }
            }
            try {
                return raw.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(raw.getName(), e);
            }
        }
        throw new IllegalArgumentException("No sample for " + type);
    }
}
