package com.healthpress.redirects.web;

import com.healthpress.AdminClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The admin's redirect form as a browser sends it. */
final class RedirectForms {

    private RedirectForms() {
    }

    static HttpResponse<String> create(AdminClient admin, String from, String to, String status) {
        return admin.post("/admin/redirects", List.of(Map.entry("from", from), Map.entry("to", to),
                Map.entry("status", status)));
    }

    /** Creates the redirect and fails unless it was saved (303 back to the list). */
    static void created(AdminClient admin, String from, String to, String status) {
        HttpResponse<String> response = create(admin, from, to, status);
        if (response.statusCode() != 303) {
            throw new AssertionError("not saved: " + response.statusCode() + " " + response.body());
        }
    }
}
