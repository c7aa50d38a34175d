package org.tonghu.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a request's input: which field (and, for files, which line), a stable code, and a message
 * for people. Never echoes the offending value, which may be personal data.
 */
public record Problem(String field, Integer line, String code, String message) {

    public static Problem ofField(String field, String code, String message) {
        return new Problem(field, null, code, message);
    }

    public static Problem ofLine(int line, String field, String code, String message) {
        return new Problem(field, line, code, message);
    }

    Map<String, Object> toSpecification() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (line != null) {
            map.put("line", line);
        }
        map.put("field", field);
        map.put("code", code);
        map.put("message", message);
        return map;
    }
}
