package org.tonghu.idempotency;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The JSON side of idempotency keys: a mutation's result (a view record) to JSON and back, so that a retry's own
 * selection resolves over the first result, and a stable hash of a mutation's arguments.
 */
final class ResultJson implements AutoCloseable {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    String toJson(Object result) {
        return jsonb.toJson(result);
    }

    <T> T fromJson(String json, Type type) {
        return jsonb.fromJson(json, type);
    }

    /** SHA-256 of the arguments in a canonical form (keys sorted), so equal arguments give equal hashes. */
    String hash(Map<String, ?> arguments) {
        try {
            byte[] canonical = jsonb.toJson(canonical(arguments)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object canonical(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number || value instanceof String) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, entry) -> sorted.put(String.valueOf(key), canonical(entry)));
            return sorted;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(entry -> list.add(canonical(entry)));
            return list;
        }
        return value.toString();
    }

    /** The ids a result names: its own {@code id}, or those of the records it holds (a payload's visit, ...). */
    static Set<String> recordIds(Object result) {
        Set<String> ids = new LinkedHashSet<>();
        if (result == null || !result.getClass().isRecord()) {
            return ids;
        }
        Object own = component(result, "id");
        if (own != null) {
            ids.add(own.toString());
            return ids;
        }
        for (RecordComponent component : result.getClass().getRecordComponents()) {
            Object value = component(result, component.getName());
            if (value != null && value.getClass().isRecord() && component(value, "id") != null) {
                ids.add(component(value, "id").toString());
            }
        }
        return ids;
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }
}
