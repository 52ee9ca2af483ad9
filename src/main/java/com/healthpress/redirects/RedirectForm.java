package com.healthpress.redirects;

import java.util.List;
import java.util.Map;

/** The redirect form's fields as typed: checked by {@link RedirectService#save}, shown again as typed when refused. */
public record RedirectForm(String from, String to, String status) {

    public static RedirectForm blank() {
        return new RedirectForm("", "", String.valueOf(RedirectStatus.MOVED_PERMANENTLY.code()));
    }

    /** A new redirect for an address that answered 404 (the log's "create redirect"). */
    public static RedirectForm forAddress(String from) {
        return new RedirectForm(from == null ? "" : from, "", String.valueOf(RedirectStatus.MOVED_PERMANENTLY.code()));
    }

    public static RedirectForm of(StoredRedirect stored) {
        return new RedirectForm(stored.fromPath(), stored.toTarget() == null ? "" : stored.toTarget(),
                String.valueOf(stored.status()));
    }

    public static RedirectForm read(Map<String, List<String>> fields) {
        return new RedirectForm(field(fields, "from"), field(fields, "to"), field(fields, "status"));
    }

    private static String field(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
