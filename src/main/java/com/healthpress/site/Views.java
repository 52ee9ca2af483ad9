package com.healthpress.site;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates of {@code views/} (packaged on the class path) to HTML strings. Every template
 * also sees {@code site}, {@code assets} (hashed static file paths) and {@code dates} (date formatting).
 */
public final class Views {

    private static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine = new TemplateEngine();
    private final Map<String, Object> shared;

    public Views(Site site, StaticAssets assets) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("views/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        shared = Map.of("site", site, "assets", assets, "dates", new Dates());
    }

    /** Answers the request with the rendered template, as UTF-8 HTML that says so (Javalin's html() names no charset). */
    public void answer(io.javalin.http.Context ctx, String template, Map<String, ?> model) {
        ctx.contentType(HTML).result(render(template, model));
    }

    String render(String template, Map<String, ?> model) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(shared);
        model.forEach(context::setVariable);
        return engine.process(template, context);
    }
}
