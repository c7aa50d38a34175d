package org.tonghu.portal;

import io.quarkus.qute.TemplateExtension;

/** Template helpers for showing roles. */
@TemplateExtension(namespace = "role")
final class RoleLabels {

    private RoleLabels() {
    }

    /** The message key of a role's label: {@code village-director} becomes {@code role_village_director}. */
    static String key(String role) {
        return "role_" + role.replace('-', '_');
    }
}
