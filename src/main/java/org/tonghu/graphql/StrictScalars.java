package org.tonghu.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Makes the input scalars refuse what SmallRye would let through to the resolvers: an Int that is fractional, out of
 * range or not a number at all (SmallRye passes 0.9 on, to be truncated to 0, and "abc" on, to fail as an internal
 * error), a Float that is not a number, a Date or DateTime that is not a real ISO-8601 date (February 30), has more
 * than four digits of year, or (for a DateTime) no offset, and an ID holding a NUL character (which no text column
 * can store; a String's NUL is refused by {@link GraphQLHttpGuard}). Each refusal is a coercion error that names the
 * expected form, never the value. Output is unchanged: the checks only wrap the input side of SmallRye's own scalars.
 */
final class StrictScalars {

    static final String NUL = "\u0000";
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** What each strict scalar expects: safe to show, as it names the form and never the value. */
    static final String EXPECTED_INT = "expected an Int, a whole number from -2147483648 to 2147483647";
    static final String EXPECTED_FLOAT = "expected a Float, a finite number";
    static final String NO_NUL = "text may not contain a NUL character (U+0000)";
    static final String EXPECTED_DATE = "expected a Date, an ISO-8601 calendar date such as 2026-01-31";
    static final String EXPECTED_DATE_TIME =
            "expected a DateTime, an ISO-8601 date and time with an offset, such as 2026-01-31T09:30:00+08:00";
    static final java.util.List<String> REASONS = java.util.List.of(EXPECTED_INT, EXPECTED_FLOAT, NO_NUL, EXPECTED_DATE,
            EXPECTED_DATE_TIME);

    private StrictScalars() {
    }

    /** The schema with every input scalar made strict; everything else (fetchers, types, SDL) unchanged. */
    static GraphQLSchema apply(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                UnaryOperator<Object> check = checkFor(scalar.getName());
                if (check == null) {
                    return TraversalControl.CONTINUE;
                }
                Coercing<?, ?> strict = new Checked<>(scalar.getCoercing(), check);
                return changeNode(context, scalar.transform(builder -> builder.coercing(strict)));
            }
        });
    }

    private static UnaryOperator<Object> checkFor(String scalar) {
        return switch (scalar) {
            case "Int" -> StrictScalars::int32;
            case "Float" -> StrictScalars::finiteNumber;
            // String stays graphql-java's own: introspection's __type(name: String!) is typed with that very object,
            // and a variable of a replaced String would not match it. NUL in variables is refused by
            // GraphQLHttpGuard, in the document by the parser's check there.
            case "ID" -> StrictScalars::text;
            case "Date" -> StrictScalars::date;
            case "DateTime" -> StrictScalars::dateTime;
            default -> null;
        };
    }

    /** A whole number from -2^31 to 2^31-1, as an Integer. */
    static Object int32(Object input) {
        BigInteger value = null;
        if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
            value = BigInteger.valueOf(((Number) input).longValue());
        } else if (input instanceof BigInteger big) {
            value = big;
        } else if (input instanceof BigDecimal decimal) {
            value = wholeOrNull(decimal);
        } else if ((input instanceof Double || input instanceof Float)
                && Double.isFinite(((Number) input).doubleValue())) {
            value = wholeOrNull(BigDecimal.valueOf(((Number) input).doubleValue()));
        } else if (input instanceof IntValue literal) {
            value = literal.getValue();
        }
        if (value == null || value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
            throw new IllegalArgumentException(EXPECTED_INT);
        }
        return value.intValue();
    }

    private static BigInteger wholeOrNull(BigDecimal value) {
        if (value.precision() - value.scale() > 19) {
            return null; // far out of range: never expanded (1E+999999999 would take the whole heap)
        }
        try {
            return value.toBigIntegerExact();
        } catch (ArithmeticException fractional) {
            return null;
        }
    }

    static Object finiteNumber(Object input) {
        boolean ok = input instanceof Number number ? Double.isFinite(number.doubleValue())
                : input instanceof IntValue || input instanceof FloatValue;
        if (!ok) {
            throw new IllegalArgumentException(EXPECTED_FLOAT);
        }
        return input;
    }

    static Object text(Object input) {
        String text = stringOf(input);
        if (text != null && text.contains(NUL)) {
            throw new IllegalArgumentException(NO_NUL);
        }
        return input;
    }

    static Object date(Object input) {
        String text = stringOf(input);
        try {
            if (text == null || !DATE.matcher(text).matches()) {
                throw new IllegalArgumentException();
            }
            LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(EXPECTED_DATE);
        }
        return input;
    }

    static Object dateTime(Object input) {
        String text = stringOf(input);
        try {
            if (text == null || !DATE_TIME.matcher(text).matches()) {
                throw new IllegalArgumentException();
            }
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(EXPECTED_DATE_TIME);
        }
        return input;
    }

    private static String stringOf(Object input) {
        if (input instanceof String text) {
            return text;
        }
        return input instanceof StringValue literal ? literal.getValue() : null;
    }

    /** SmallRye's coercing with a check (and normalisation) of every input value before it. */
    private record Checked<I, O>(Coercing<I, O> delegate, UnaryOperator<Object> check) implements Coercing<I, O> {

        @Override
        @SuppressWarnings("deprecation")
        public O serialize(Object value) throws CoercingSerializeException {
            return delegate.serialize(value);
        }

        @Override
        public O serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return delegate.serialize(value, context, locale);
        }

        @Override
        @SuppressWarnings("deprecation")
        public I parseValue(Object input) throws CoercingParseValueException {
            return delegate.parseValue(checkedValue(input));
        }

        @Override
        public I parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            return delegate.parseValue(checkedValue(input), context, locale);
        }

        @Override
        @SuppressWarnings("deprecation")
        public I parseLiteral(Object input) throws CoercingParseLiteralException {
            checkedLiteral(input);
            return delegate.parseLiteral(input);
        }

        @Override
        @SuppressWarnings("deprecation")
        public I parseLiteral(Object input, Map<String, Object> variables) throws CoercingParseLiteralException {
            checkedLiteral(input);
            return delegate.parseLiteral(input, variables);
        }

        @Override
        public I parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            checkedLiteral(input);
            return delegate.parseLiteral(input, variables, context, locale);
        }

        @Override
        @SuppressWarnings("deprecation")
        public Value valueToLiteral(Object input) {
            return delegate.valueToLiteral(input);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return delegate.valueToLiteral(input, context, locale);
        }

        private Object checkedValue(Object input) {
            if (input instanceof Value<?>) {
                throw new CoercingParseValueException("expected a plain value");
            }
            try {
                return check.apply(input);
            } catch (IllegalArgumentException e) {
                throw new CoercingParseValueException(e.getMessage());
            }
        }

        private void checkedLiteral(Object input) {
            if (!(input instanceof Value<?>)) {
                return;
            }
            try {
                check.apply(input);
            } catch (IllegalArgumentException e) {
                throw new CoercingParseLiteralException(e.getMessage());
            }
        }
    }
}
