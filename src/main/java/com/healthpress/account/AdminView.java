package com.healthpress.account;

import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders an admin page inside the layout, with the session, the page's meta and the notice its query names (from
 * the notices of the room that renders it): one way for every admin room.
 */
public final class AdminView {

    private final SeoPages seo;
    private final Views views;
    private final Map<String, String> notices;

    public AdminView(SeoPages seo, Views views, Map<String, String> notices) {
        this.seo = seo;
        this.views = views;
        this.notices = Map.copyOf(notices);
    }

    public void render(Context ctx, String template, String title, Map<String, ?> pageModel) {
        Map<String, Object> model = new HashMap<>(pageModel);
        model.put("admin", AdminAuth.current(ctx));
        model.put("meta", seo.adminPage(title));
        String notice = ctx.queryParam("notice");
        model.put("notice", notice == null ? null : notices.get(notice));
        views.answer(ctx, template, model);
    }

    public static String username(Context ctx) {
        return AdminAuth.current(ctx).username();
    }
}
