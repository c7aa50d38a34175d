package org.tonghu.notification;

import java.util.UUID;

/** Whose inbox a notification goes to: one person, one organization, or whoever holds a role in a region. */
public sealed interface Addressee {

    /** A person, by the subject of their sign-in. */
    record Person(String subject) implements Addressee {
    }

    /** Everyone of an organization (its staff and its apps). */
    record Organization(UUID organizationId) implements Addressee {
    }

    /** Everyone holding a role for exactly this region, e.g. the directors of a village. */
    record RoleInRegion(String role, String regionCode) implements Addressee {
    }

    static Addressee person(String subject) {
        return new Person(subject);
    }

    static Addressee organization(UUID organizationId) {
        return new Organization(organizationId);
    }

    static Addressee roleInRegion(String role, String regionCode) {
        return new RoleInRegion(role, regionCode);
    }
}
