package com.healthpress.pages.web;

import com.healthpress.account.AdminView;
import com.healthpress.admin.HeroImageChange;
import com.healthpress.image.ImageMessages;
import com.healthpress.image.UploadedImage;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.SiteSettings;
import com.healthpress.pages.PageService;
import com.healthpress.pages.SettingsForm;
import com.healthpress.pages.SettingsSave;
import com.healthpress.pages.SiteSettingsService;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The publisher's settings in the admin: name, description, logo, policy pages and the contact point. */
public final class SettingsPages {

    private static final Map<String, String> NOTICES = Map.of("saved", "Settings saved. Every page now shows them.");
    private static final String LOGO = "logo";
    private static final String LOGO_ALT = "logoAlt";
    private static final String REMOVE_LOGO = "removeLogo";

    private final SiteSettingsService settings;
    private final PageService pages;
    private final AdminView view;

    public SettingsPages(SiteSettingsService settings, PageService pages, SeoPages seo, Views views) {
        this.settings = settings;
        this.pages = pages;
        this.view = new AdminView(seo, views, NOTICES);
    }

    public void showSettings(Context ctx) {
        SiteSettings current = settings.current();
        show(ctx, SettingsForm.of(current, settings.configuredName()), current, Map.of(), false);
    }

    public void saveSettings(Context ctx) {
        SettingsForm form = SettingsForm.read(ctx.formParamMap());
        SettingsForm.Result result = form.validate(pages.publishedLinks(), settings.configuredName());
        if (!result.isValid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, form, settings.current(), result.errors(), false);
            return;
        }
        SettingsSave outcome = settings.save(result.values(), logoChange(ctx), form.versionNumber(),
                AdminView.username(ctx));
        if (outcome instanceof SettingsSave.Saved) {
            ctx.redirect("/admin/settings?notice=saved", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SettingsSave.Conflict conflict) {
            ctx.status(HttpStatus.CONFLICT);
            show(ctx, form.withVersion(conflict.current().version()), conflict.current(), Map.of(), true);
        } else if (outcome instanceof SettingsSave.ImageRefused refused) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            boolean aboutAlt = refused.code().equals(ImageMessages.ALT_MISSING)
                    || refused.code().equals(ImageMessages.ALT_TOO_LONG);
            show(ctx, form, settings.current(), Map.of(aboutAlt ? LOGO_ALT : LOGO,
                    ImageMessages.messageFor(refused.code())), false);
        }
    }

    private void show(Context ctx, SettingsForm form, SiteSettings stored, Map<String, String> errors,
                      boolean conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("stored", stored);
        model.put("errors", errors);
        model.put("conflict", conflict);
        model.put("configuredName", settings.configuredName());
        model.put("publishedPages", pages.publishedLinks());
        model.put("roles", List.of(PolicyRole.values()));
        Map<PolicyRole, String> policyFields = new EnumMap<>(PolicyRole.class);
        for (PolicyRole role : PolicyRole.values()) {
            policyFields.put(role, SettingsForm.policyField(role));
        }
        model.put("policyFields", policyFields);
        model.put("removeLogo", ctx.formParam(REMOVE_LOGO) != null);
        model.put("nameMax", SettingsForm.NAME_MAX);
        model.put("descriptionMax", SettingsForm.DESCRIPTION_MAX);
        model.put("emailMax", SettingsForm.EMAIL_MAX);
        model.put("urlMax", SettingsForm.URL_MAX);
        model.put("contactTypeMax", SettingsForm.CONTACT_TYPE_MAX);
        view.render(ctx, "pages/settings", "Site settings", model);
    }

    /** The logo fields; a file part's name and declared type are ignored, the content decides. */
    private static HeroImageChange logoChange(Context ctx) {
        UploadedFile file = ctx.uploadedFile(LOGO);
        byte[] bytes = new byte[0];
        if (file != null && file.size() > 0) {
            try (InputStream content = file.content()) {
                bytes = content.readNBytes(UploadedImage.MAX_BYTES + 1); // one byte more tells "too large"
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HeroImageChange(bytes, ctx.formParam(LOGO_ALT), ctx.formParam(REMOVE_LOGO) != null);
    }
}
