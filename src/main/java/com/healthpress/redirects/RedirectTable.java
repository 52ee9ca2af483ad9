package com.healthpress.redirects;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every redirect by the address it answers, as one immutable snapshot: what requests are looked up in, and what
 * the rules of {@link RedirectEdit} follow chains through, the same way.
 */
public final class RedirectTable {

    public static final RedirectTable EMPTY = new RedirectTable(Map.of(), false);

    private final Map<String, Redirect> byFrom;
    private final boolean anyForOneQuery;

    private RedirectTable(Map<String, Redirect> byFrom, boolean anyForOneQuery) {
        this.byFrom = byFrom;
        this.anyForOneQuery = anyForOneQuery;
    }

    public static RedirectTable of(Collection<Redirect> redirects) {
        Map<String, Redirect> byFrom = new HashMap<>(Math.max(16, redirects.size() * 2));
        boolean anyForOneQuery = false;
        for (Redirect redirect : redirects) {
            byFrom.put(redirect.from(), redirect);
            anyForOneQuery |= redirect.answersOneQuery();
        }
        return new RedirectTable(byFrom, anyForOneQuery);
    }

    public boolean isEmpty() {
        return byFrom.isEmpty();
    }

    public int size() {
        return byFrom.size();
    }

    public List<Redirect> all() {
        return List.copyOf(byFrom.values());
    }

    /**
     * The redirect that answers a request for this path (as sent) and query string (as sent, or null): one for
     * exactly this query first, then one for the path; null when none does. A plain path costs one hash lookup.
     */
    public Redirect find(String rawPath, String rawQuery) {
        String path = RedirectAddresses.pathKey(rawPath);
        return path == null ? null : lookup(byFrom, anyForOneQuery, path, rawQuery);
    }

    /** {@link #find} for a path already made a key, in any map of redirects by the address they answer. */
    static Redirect lookup(Map<String, Redirect> byFrom, boolean anyForOneQuery, String path, String rawQuery) {
        if (anyForOneQuery && rawQuery != null) {
            String query = RedirectAddresses.queryKey(rawQuery);
            if (query != null && !query.isEmpty()) {
                Redirect forQuery = byFrom.get(path + "?" + query);
                if (forQuery != null) {
                    return forQuery;
                }
            }
        }
        return byFrom.get(path);
    }
}
