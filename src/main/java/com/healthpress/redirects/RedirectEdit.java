package com.healthpress.redirects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to the redirect table, checked as they are made. Chains are collapsed, so readers make one hop: a redirect
 * to an address that redirects itself is stored with the chain's end (with B→C, adding A→B stores A→C), and adding
 * B→C turns every A→B into A→C. An article's, profile's or page's old address counts as a redirect to its current
 * one. A redirect that would lead back to its own address is refused, naming the paths of the loop. A chain ends at
 * an address that is gone (410): a redirect to it keeps its target.
 */
final class RedirectEdit {

    private final Map<String, Redirect> before = new HashMap<>();
    private final Map<String, Redirect> table = new HashMap<>();
    /** The addresses of the redirects that lead to each site path, to find those a new redirect moves on. */
    private final Map<String, Set<String>> pointingAt = new HashMap<>();
    private final Map<String, String> oldAddresses;
    private int answeringOneQuery;

    /** {@code oldAddresses}: the old paths of public articles, profiles and pages, each with its current path. */
    RedirectEdit(Collection<Redirect> current, Map<String, String> oldAddresses) {
        for (Redirect redirect : current) {
            before.put(redirect.from(), redirect);
            store(redirect);
        }
        this.oldAddresses = Map.copyOf(oldAddresses);
    }

    /**
     * Adds the redirect, or replaces the one that answers its address (and the one at {@code replacing}, when an
     * edit moves a redirect to another address), and moves the redirects that led to it on to its end. Returns it as
     * stored, its chain collapsed; a refusal changes nothing.
     */
    Redirect put(Redirect wanted, String replacing) throws RedirectRefused {
        Redirect previous = table.get(wanted.from());
        Redirect replaced = replacing == null || replacing.equals(wanted.from()) ? null : table.get(replacing);
        unstore(previous);
        unstore(replaced);
        store(wanted);
        Redirect collapsed;
        try {
            collapsed = collapse(wanted);
        } catch (RedirectRefused refused) {
            unstore(wanted);
            store(previous);
            store(replaced);
            throw refused;
        }
        unstore(wanted);
        store(collapsed);
        if (!collapsed.isGone()) {
            moveOn(collapsed);
        }
        return collapsed;
    }

    void remove(String from) {
        unstore(table.get(from));
    }

    /** The table as the edits left it, by the address each redirect answers. */
    Map<String, Redirect> table() {
        return java.util.Collections.unmodifiableMap(table);
    }

    /** What the edits changed against the table they started from. */
    Changes changes() {
        List<Redirect> added = new ArrayList<>();
        List<Redirect> updated = new ArrayList<>();
        for (Redirect redirect : table.values()) {
            Redirect earlier = before.get(redirect.from());
            if (earlier == null) {
                added.add(redirect);
            } else if (!earlier.equals(redirect)) {
                updated.add(redirect);
            }
        }
        List<String> removed = before.keySet().stream().filter(from -> !table.containsKey(from)).toList();
        return new Changes(added, updated, removed);
    }

    record Changes(List<Redirect> added, List<Redirect> updated, List<String> removed) {

        boolean isEmpty() {
            return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
        }
    }

    /** The redirect with its target moved to the end of the chain it starts. */
    private Redirect collapse(Redirect wanted) throws RedirectRefused {
        if (wanted.isGone()) {
            return wanted;
        }
        List<String> chain = new ArrayList<>(List.of(wanted.from()));
        String to = wanted.to();
        while (true) {
            SitePath target = SitePath.of(to);
            if (target == null) {
                return wanted.withTo(to);
            }
            Redirect next = lookup(target);
            if (next == null) {
                String current = oldAddresses.get(target.path());
                if (current == null) {
                    return wanted.withTo(to);
                }
                next = new Redirect(target.path(), current, RedirectStatus.MOVED_PERMANENTLY);
            }
            if (chain.contains(next.from())) {
                chain.add(next.from());
                throw new RedirectRefused(RedirectAddresses.TO, "This would make a loop: " + String.join(" → ", chain)
                        + ". Change or delete one of them first.");
            }
            if (next.isGone()) {
                return wanted.withTo(to);
            }
            chain.add(next.from());
            to = target.withFragmentOn(next.locationFor(target.query()));
        }
    }

    /** Every redirect that led to the new one's address leads to where it leads now. */
    private void moveOn(Redirect redirect) {
        String path = SitePath.pathOf(redirect.from());
        for (String from : List.copyOf(pointingAt.getOrDefault(path, Set.of()))) {
            Redirect leading = table.get(from);
            if (leading == null || leading == redirect || leading.isGone()) {
                continue;
            }
            SitePath target = SitePath.of(leading.to());
            if (lookup(target) == redirect) {
                unstore(leading);
                store(leading.withTo(target.withFragmentOn(redirect.locationFor(target.query()))));
            }
        }
    }

    private Redirect lookup(SitePath target) {
        return RedirectTable.lookup(table, answeringOneQuery > 0, target.path(), target.query());
    }

    private void store(Redirect redirect) {
        if (redirect == null) {
            return;
        }
        table.put(redirect.from(), redirect);
        if (redirect.answersOneQuery()) {
            answeringOneQuery++;
        }
        SitePath target = SitePath.of(redirect.to());
        if (target != null) {
            pointingAt.computeIfAbsent(target.path(), path -> new HashSet<>()).add(redirect.from());
        }
    }

    private void unstore(Redirect redirect) {
        if (redirect == null || table.get(redirect.from()) != redirect) {
            return;
        }
        table.remove(redirect.from());
        if (redirect.answersOneQuery()) {
            answeringOneQuery--;
        }
        SitePath target = SitePath.of(redirect.to());
        if (target != null) {
            Set<String> froms = pointingAt.get(target.path());
            froms.remove(redirect.from());
            if (froms.isEmpty()) {
                pointingAt.remove(target.path());
            }
        }
    }

    /** A target on this site as the request a browser makes for it: the path's key, the query and the fragment. */
    private record SitePath(String path, String query, String fragment) {

        static SitePath of(String to) {
            if (to == null || !to.startsWith("/")) {
                return null;
            }
            int hash = to.indexOf('#');
            String fragment = hash < 0 ? null : to.substring(hash + 1);
            String request = hash < 0 ? to : to.substring(0, hash);
            int question = request.indexOf('?');
            String path = RedirectAddresses.pathKey(question < 0 ? request : request.substring(0, question));
            return path == null ? null : new SitePath(path, question < 0 ? null : request.substring(question + 1),
                    fragment);
        }

        static String pathOf(String from) {
            int question = from.indexOf('?');
            return question < 0 ? from : from.substring(0, question);
        }

        /** A browser keeps the fragment across a redirect whose Location has none. */
        String withFragmentOn(String location) {
            return fragment == null || location.indexOf('#') >= 0 ? location : location + "#" + fragment;
        }
    }
}
