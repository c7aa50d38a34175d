package org.tonghu.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Bad values of every shape for every argument (and every field of an input argument) of every mutation and of
 * every query that takes arguments, read from the published schema, and bad request bodies: never a 5xx, every error
 * with a code and none INTERNAL_ERROR, no Java class name in the answer, the bad value never echoed, and a request
 * refused as a whole is answered 400.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class BadInputFuzzTest {

    private static final Logger LOG = Logger.getLogger(BadInputFuzzTest.class);
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|graphql|io\\.smallrye|io\\.quarkus|io\\.vertx|"
            + "org\\.hibernate|org\\.postgresql|org\\.tonghu)\\.[a-z]");
    private static final String NUL = "\u0000";
    private static final String MISSING_ID = "00000000-0000-4000-8000-00000000f001";

    /** The demo third-party app's client (webhooks), a caller of its own. */
    private static final String PARTNER_APP = "demo-partner-app";

    /** Who calls each operation: a role allowed to (province officer unless listed). */
    private static final Map<String, String> CALLER = Map.ofEntries(
            Map.entry("auditEvents", "auditor"), Map.entry("auditChain", "auditor"),
            Map.entry("createPairing", "womens.federation"), Map.entry("endPairing", "womens.federation"),
            Map.entry("recordPairingContact", "womens.federation"), Map.entry("pairings", "womens.federation"),
            Map.entry("pairingReport", "womens.federation"),
            Map.entry("recordRehabilitation", "disabled.federation"),
            Map.entry("updateRehabilitation", "disabled.federation"),
            Map.entry("rehabilitationRecords", "disabled.federation"),
            Map.entry("acceptReferral", "disabled.federation"), Map.entry("declineReferral", "disabled.federation"),
            Map.entry("createActivity", "youth.league"), Map.entry("activities", "youth.league"),
            Map.entry("recordAttendance", "youth.league"), Map.entry("changeActivityStatus", "youth.league"),
            Map.entry("createVolunteer", "womens.federation"), Map.entry("updateVolunteer", "womens.federation"),
            Map.entry("importRegions", "admin"),
            Map.entry("subscribeWebhook", PARTNER_APP), Map.entry("webhookSubscriptions", PARTNER_APP),
            Map.entry("webhookSubscription", PARTNER_APP), Map.entry("webhookDeliveries", PARTNER_APP),
            Map.entry("rotateWebhookSecret", PARTNER_APP), Map.entry("pauseWebhookSubscription", PARTNER_APP),
            Map.entry("resumeWebhookSubscription", PARTNER_APP), Map.entry("deleteWebhookSubscription", PARTNER_APP),
            Map.entry("replayWebhookDelivery", PARTNER_APP), Map.entry("replayWebhookDeliveries", PARTNER_APP));

    private final TypeDefinitionRegistry schema = parseSchema();
    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void shouldAnswerEveryBadArgumentOfEveryOperationWithACodedClientError() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int serverErrors = 0;
        int internalErrors = 0;
        for (var operation : List.of(OperationDefinition.Operation.MUTATION, OperationDefinition.Operation.QUERY)) {
            String rootName = operation == OperationDefinition.Operation.MUTATION ? "Mutation" : "Query";
            ObjectTypeDefinition root = schema.getType(rootName, ObjectTypeDefinition.class).orElseThrow();
            for (FieldDefinition field : root.getFieldDefinitions()) {
                if (field.getInputValueDefinitions().isEmpty()) {
                    continue;
                }
                String document = documentFor(operation, field);
                Map<String, Object> valid = new LinkedHashMap<>();
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    valid.put(argument.getName(), validValue(argument.getName(), argument.getType(), 0));
                }
                for (Case bad : badCases(field)) {
                    requests++;
                    Map<String, Object> variables = bad.applyTo(valid);
                    Response response = send(CALLER.getOrDefault(field.getName(), "province.officer"),
                            Map.of("query", document, "variables", variables));
                    String body = response.asString();
                    if (response.statusCode() >= 500) {
                        serverErrors++;
                    }
                    if (body.contains("INTERNAL_ERROR")) {
                        internalErrors++;
                    }
                    check(field.getName() + " " + bad, response, bad.echo(), true).ifPresent(failures::add);
                }
            }
        }
        LOG.infof("%d bad requests: %d answered 5xx, %d with INTERNAL_ERROR, %d failed checks", requests, serverErrors,
                internalErrors, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " bad requests were answered badly:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void shouldRefuseBadRequestBodiesWithACodedBadRequest() {
        String query = "{ me { username } }";
        String deep = "{\"query\": \"" + query + "\", \"variables\": " + "{\"a\": ".repeat(1_000) + "1"
                + "}".repeat(1_001) + "}";
        List<Object[]> bodies = List.of(
                new Object[] { "variables as a string", Map.of("query", query, "variables", "x7q-vars") },
                new Object[] { "variables as an array", Map.of("query", query, "variables", List.of(1, 2)) },
                new Object[] { "variables as a number", Map.of("query", query, "variables", 42) },
                new Object[] { "variables as a boolean", Map.of("query", query, "variables", true) },
                new Object[] { "operationName as a number", Map.of("query", query, "operationName", 7) },
                new Object[] { "operationName as an object", Map.of("query", query, "operationName", Map.of("a", 1)) },
                new Object[] { "query as a number", Map.of("query", 5) },
                new Object[] { "query missing", Map.of("variables", Map.of()) },
                new Object[] { "extensions as a string", Map.of("query", query, "extensions", "x7q-ext") },
                new Object[] { "variables nested 1,000 deep", deep },
                new Object[] { "an operationName that names no operation",
                        Map.of("query", query, "operationName", "Nope") },
                new Object[] { "two operations and no operationName",
                        Map.of("query", "query A { me { username } } query B { me { username } }") },
                new Object[] { "a NUL byte in the query", Map.of("query", "{ me { username } }" + NUL) },
                new Object[] { "a NUL byte in a string literal",
                        Map.of("query", "{ region(code: \"14\\u0000\") { code } }") },
                new Object[] { "a NUL byte in the operation name", Map.of("query", query, "operationName", "A" + NUL) },
                new Object[] { "a body that is not JSON", "{\"query\": \"{ me { username } }\"" },
                new Object[] { "a body that is an array", "[{\"query\": \"{ me { username } }\"}]" },
                new Object[] { "a body that is a string", "\"x7q-body\"" },
                new Object[] { "an empty body", "" },
                new Object[] { "a document that does not parse", Map.of("query", "query { region(code: ") });
        List<String> failures = new ArrayList<>();
        for (Object[] body : bodies) {
            Response response = send("county.officer", body[1]);
            String echo = body[0].toString().contains("string") ? "x7q" : null;
            check(body[0].toString(), response, echo, false).ifPresent(failures::add);
            if (response.statusCode() != 400) {
                failures.add(body[0] + ": status " + response.statusCode() + " instead of 400");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void shouldRefuseAFractionalIntInsteadOfTruncatingIt() {
        String token = tokens.computeIfAbsent("province.officer", Tokens::of);
        Map<String, Object> before = highRiskPolicy(token);
        int version = (Integer) before.get("version");
        int contact = (Integer) before.get("contactIntervalMonths");
        int homeVisit = (Integer) before.get("homeVisitIntervalMonths");
        // truncated, 0.9 would be the current version 0 and 2.9 a valid interval of 2: both must be refused instead
        List<Map<String, Object>> attempts = List.of(
                Map.of("riskLevel", "HIGH", "expectedVersion", version + 0.9,
                        "contact", contact, "homeVisit", homeVisit),
                Map.of("riskLevel", "HIGH", "expectedVersion", version, "contact", 2.9, "homeVisit", homeVisit));
        for (Map<String, Object> variables : attempts) {
            given().contentType(ContentType.JSON).auth().oauth2(token)
                    .body(Map.of("query", GraphQLClient.document("schedule/updateVisitPolicy"), "variables", variables))
                    .when().post("/graphql")
                    .then().statusCode(400)
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
        }
        assertEquals(before, highRiskPolicy(token));
    }

    private static Map<String, Object> highRiskPolicy(String token) {
        List<Map<String, Object>> policies = GraphQLClient.run(token, "schedule/visitPolicies").extract()
                .path("data.visitPolicies");
        return policies.stream().filter(policy -> "HIGH".equals(policy.get("riskLevel"))).findFirst().orElseThrow();
    }

    private Optional<String> check(String what, Response response, String echo, boolean mustFail) {
        String body = response.asString();
        String prefix = what + " -> " + response.statusCode() + " " + abbreviate(body) + ": ";
        if (response.statusCode() >= 500) {
            return Optional.of(prefix + "a server error");
        }
        JsonPath json;
        try {
            json = JsonPath.from(body);
            json.getMap("$");
        } catch (RuntimeException e) {
            return Optional.of(prefix + "not a JSON object");
        }
        List<Map<String, Object>> errors = json.getList("errors");
        if (errors == null || errors.isEmpty()) {
            return mustFail ? Optional.of(prefix + "accepted") : Optional.of(prefix + "no errors");
        }
        for (Map<String, Object> error : errors) {
            Object extensions = error.get("extensions");
            Object code = extensions instanceof Map<?, ?> map ? map.get("code") : null;
            if (code == null) {
                return Optional.of(prefix + "an error without a code");
            }
            if (ClientErrors.INTERNAL_ERROR.equals(code)) {
                return Optional.of(prefix + "INTERNAL_ERROR");
            }
        }
        if (CLASS_NAME.matcher(body).find()) {
            return Optional.of(prefix + "a Java class name");
        }
        if (echo != null && !echo.isEmpty() && body.contains(echo)) {
            return Optional.of(prefix + "the bad value echoed");
        }
        if (body.contains("\\u0000") || body.contains(NUL)) {
            return Optional.of(prefix + "a NUL byte echoed");
        }
        if (!json.getMap("$").containsKey("data") && response.statusCode() != 400) {
            return Optional.of(prefix + "refused as a whole but not answered 400");
        }
        return Optional.empty();
    }

    private Response send(String user, Object body) {
        String token = tokens.computeIfAbsent(user, name -> PARTNER_APP.equals(name) ? Tokens.partnerApp()
                : Tokens.of(name));
        return given().contentType(ContentType.JSON).auth().oauth2(token).body(body).when().post("/graphql");
    }

    // --- documents and values, from the schema ---------------------------------------------------------------------

    private String documentFor(OperationDefinition.Operation operation, FieldDefinition field) {
        List<VariableDefinition> variables = new ArrayList<>();
        List<Argument> arguments = new ArrayList<>();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            variables.add(new VariableDefinition(argument.getName(), argument.getType()));
            arguments.add(new Argument(argument.getName(), new VariableReference(argument.getName())));
        }
        Field.Builder call = Field.newField(field.getName()).arguments(arguments);
        if (schema.getType(typeName(field.getType()), ObjectTypeDefinition.class).isPresent()) {
            call.selectionSet(SelectionSet.newSelectionSet().selection(new Field("__typename")).build());
        }
        OperationDefinition definition = OperationDefinition.newOperationDefinition().name("Fuzz").operation(operation)
                .variableDefinitions(variables)
                .selectionSet(SelectionSet.newSelectionSet().selection(call.build()).build()).build();
        return AstPrinter.printAst(Document.newDocument().definition(definition).build());
    }

    /** One bad value at one place (an argument or a field of an input argument, by path). */
    private record Case(List<String> path, Object value, String echo, String label) {
        Map<String, Object> applyTo(Map<String, Object> valid) {
            Map<String, Object> copy = deepCopy(valid);
            Map<String, Object> target = copy;
            for (String step : path.subList(0, path.size() - 1)) {
                Object next = target.get(step);
                if (next instanceof List<?> list) {
                    next = list.get(0);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) next;
                target = map;
            }
            target.put(path.get(path.size() - 1), value);
            return copy;
        }

        @Override
        public String toString() {
            return String.join(".", path) + " = " + label;
        }
    }

    /**
     * One bad value for each argument and for each field of an input argument (two levels down): the shapes of each
     * type are dealt out in turn over all the places of that type, so every shape is tried on many operations.
     */
    private List<Case> badCases(FieldDefinition field) {
        List<Case> cases = new ArrayList<>();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            addCases(cases, List.of(argument.getName()), argument.getType(), 0);
        }
        return cases;
    }

    private final Map<String, Integer> turns = new HashMap<>();

    private void addCases(List<Case> cases, List<String> path, Type<?> type, int depth) {
        String name = typeName(type);
        Optional<InputObjectTypeDefinition> input = schema.getType(name, InputObjectTypeDefinition.class);
        List<Case> shapes = new ArrayList<>();
        if (type instanceof NonNullType) {
            shapes.add(new Case(path, null, null, "null for a non-null"));
        }
        Type<?> inner = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        if (inner instanceof ListType) {
            shapes.add(new Case(path, List.of(List.of(List.of())), null, "a nested list"));
            if (input.isEmpty()) {
                for (Case scalar : scalarCases(path, name)) {
                    shapes.add(new Case(path, List.of(scalar.value()), scalar.echo(), "[" + scalar.label() + "]"));
                }
            }
        } else if (input.isPresent()) {
            shapes.add(new Case(path, "x7q-object", "x7q-object", "a string for an object"));
            shapes.add(new Case(path, List.of(42), null, "a list for an object"));
            shapes.add(new Case(path, Map.of("noSuchField7q", 1), "noSuchField7q", "an unknown field"));
            shapes.add(new Case(path, nested(20), null, "20 levels of unknown fields"));
        } else {
            shapes.addAll(scalarCases(path, name));
        }
        String kind = (type instanceof NonNullType ? "!" : "") + (inner instanceof ListType ? "[" : "")
                + (input.isPresent() ? "object" : name);
        int turn = turns.merge(kind, 1, Integer::sum) - 1;
        cases.add(shapes.get(turn % shapes.size()));
        if (input.isPresent() && depth < 2) {
            for (InputValueDefinition field : input.get().getInputValueDefinitions()) {
                List<String> innerPath = new ArrayList<>(path);
                innerPath.add(field.getName());
                addCases(cases, innerPath, field.getType(), depth + 1);
            }
        }
    }

    private List<Case> scalarCases(List<String> path, String type) {
        List<Case> cases = new ArrayList<>();
        switch (type) {
            case "Int" -> {
                cases.add(new Case(path, "x7q-int", "x7q-int", "a string for an Int"));
                cases.add(new Case(path, 1.5, null, "1.5"));
                cases.add(new Case(path, 0.9, null, "0.9"));
                cases.add(new Case(path, 99999999999L, "99999999999", "99999999999"));
                cases.add(new Case(path, true, null, "a boolean for an Int"));
            }
            case "Float" -> {
                cases.add(new Case(path, "x7q-float", "x7q-float", "a string for a Float"));
                cases.add(new Case(path, Map.of("a", 1), null, "an object for a Float"));
            }
            case "Boolean" -> {
                cases.add(new Case(path, "yes7q", "yes7q", "a string for a Boolean"));
                cases.add(new Case(path, 1, null, "a number for a Boolean"));
            }
            case "String", "ID" -> {
                cases.add(new Case(path, "a" + NUL + "b", null, "a NUL byte"));
                cases.add(new Case(path, Map.of("x7q", 1), "x7q", "an object for a " + type));
                cases.add(new Case(path, 1.5, null, "a float for a " + type));
            }
            case "Date" -> {
                cases.add(new Case(path, "2026-02-30", "2026-02-30", "February 30"));
                cases.add(new Case(path, "+99999-01-01", "99999", "year 99999"));
                cases.add(new Case(path, "99999-01-01", "99999", "year 99999 without sign"));
                cases.add(new Case(path, "2026-11-02T10:00:00", "2026-11-02T10", "a date-time for a Date"));
                cases.add(new Case(path, "x7q-date", "x7q-date", "not a date"));
                cases.add(new Case(path, 20261102, null, "a number for a Date"));
            }
            case "DateTime" -> {
                cases.add(new Case(path, "2026-11-02T10:00:00", "2026-11-02T10", "no offset"));
                cases.add(new Case(path, "2026-02-30T10:00:00+08:00", "2026-02-30", "February 30"));
                cases.add(new Case(path, "+99999-01-01T00:00:00Z", "99999", "year 99999"));
                cases.add(new Case(path, "x7q-time", "x7q-time", "not a date-time"));
                cases.add(new Case(path, 1, null, "a number for a DateTime"));
            }
            default -> {
                if (schema.getType(type, EnumTypeDefinition.class).isPresent()) {
                    cases.add(new Case(path, "NO_SUCH_VALUE_7Q", "NO_SUCH_VALUE_7Q", "an unknown enum value"));
                    cases.add(new Case(path, 3, null, "a number for an enum"));
                } else {
                    throw new IllegalStateException("No bad values for " + type);
                }
            }
        }
        return cases;
    }

    private Object validValue(String name, Type<?> type, int depth) {
        if (type instanceof NonNullType nonNull) {
            return validValue(name, nonNull.getType(), depth);
        }
        if (type instanceof ListType list) {
            List<Object> values = new ArrayList<>();
            values.add(validValue(name, list.getType(), depth));
            return values;
        }
        String typeName = typeName(type);
        Optional<InputObjectTypeDefinition> input = schema.getType(typeName, InputObjectTypeDefinition.class);
        if (input.isPresent()) {
            Map<String, Object> value = new LinkedHashMap<>();
            for (InputValueDefinition field : input.get().getInputValueDefinitions()) {
                if (field.getType() instanceof NonNullType || depth == 0) {
                    value.put(field.getName(), validValue(field.getName(), field.getType(), depth + 1));
                }
            }
            return value;
        }
        Optional<EnumTypeDefinition> enumType = schema.getType(typeName, EnumTypeDefinition.class);
        if (enumType.isPresent()) {
            return enumType.get().getEnumValueDefinitions().get(0).getName();
        }
        return switch (typeName) {
            case "Int" -> name.equals("year") ? 2026 : 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            case "ID" -> MISSING_ID;
            case "Date" -> "2026-11-02";
            case "DateTime" -> "2026-11-02T10:00:00+08:00";
            case "String" -> name.toLowerCase().endsWith("code") ? "140521000000" : "测试";
            default -> throw new IllegalStateException("No valid value for " + typeName);
        };
    }

    private static Map<String, Object> nested(int levels) {
        Map<String, Object> top = new HashMap<>();
        Map<String, Object> level = top;
        for (int i = 1; i < levels; i++) {
            Map<String, Object> next = new HashMap<>();
            level.put("a", next);
            level = next;
        }
        return top;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, copyValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return deepCopy((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(copyValue(element)));
            return copy;
        }
        return value;
    }

    private static String typeName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return typeName(list.getType());
        }
        return ((TypeName) type).getName();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static TypeDefinitionRegistry parseSchema() {
        try {
            return new SchemaParser().parse(Files.readString(Path.of("schema", "schema.graphql")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
