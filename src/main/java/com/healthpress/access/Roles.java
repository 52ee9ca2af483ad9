package com.healthpress.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles one account holds, and so what it may do. */
public record Roles(Set<Role> held) {

    public static final Roles NONE = new Roles(Set.of());

    public Roles {
        held = held.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(held));
    }

    public static Roles of(Role... roles) {
        return new Roles(Set.copyOf(List.of(roles)));
    }

    public static Roles of(Collection<Role> roles) {
        return new Roles(Set.copyOf(roles));
    }

    /** The roles of these stored names; throws {@link IllegalArgumentException} for a name that is no role. */
    public static Roles named(Collection<String> names) {
        return of(names.stream().map(name -> Role.named(name).orElseThrow(() ->
                new IllegalArgumentException("not a role: " + name))).toList());
    }

    public boolean allow(Permission permission) {
        return held.stream().anyMatch(role -> role.grants(permission));
    }

    public boolean contains(Role role) {
        return held.contains(role);
    }

    public boolean isEmpty() {
        return held.isEmpty();
    }

    /** The roles in the order of {@link Role}, for pages and storage. */
    public List<Role> inOrder() {
        return held.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(held));
    }

    /** "editor, writer", or "no roles". */
    public String names() {
        return held.isEmpty() ? "no roles" : inOrder().stream().map(Role::storedName).collect(Collectors.joining(", "));
    }

    /** The roles that grant a permission, in order: whom to ask for when it is missing. */
    public static List<Role> granting(Permission permission) {
        return EnumSet.allOf(Role.class).stream().filter(role -> role.grants(permission)).toList();
    }
}
