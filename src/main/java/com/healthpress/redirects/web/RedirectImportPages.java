package com.healthpress.redirects.web;

import com.healthpress.account.AdminView;
import com.healthpress.http.Utf8;
import com.healthpress.redirects.ImportReport;
import com.healthpress.redirects.RedirectCsv;
import com.healthpress.redirects.RedirectService;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Importing redirects from a CSV file (from a previous CMS, a spreadsheet): all of it or, when any line has a
 * problem, none of it, with every problem listed by its line and the file's text in the box to correct it there.
 * And exporting them as such a file.
 */
public final class RedirectImportPages {

    public static final int MAX_FILE_BYTES = 2_000_000;

    private final RedirectService redirects;
    private final AdminView view;

    public RedirectImportPages(RedirectService redirects, SeoPages seo, Views views) {
        this.redirects = redirects;
        this.view = new AdminView(seo, views, Map.of());
    }

    public void showImportForm(Context ctx) {
        render(ctx, "", List.of(), null);
    }

    public void importRedirects(Context ctx) {
        String text;
        try {
            text = csvText(ctx);
        } catch (UnreadableFile e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, pasted(ctx), List.of(), e.getMessage());
            return;
        }
        ImportReport report = redirects.importCsv(text, AdminView.username(ctx));
        if (report.isRefused()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, text, report.problems(), null);
            return;
        }
        ctx.redirect("/admin/redirects?notice=imported&added=" + report.added() + "&updated=" + report.updated(),
                HttpStatus.SEE_OTHER);
    }

    /** Every redirect as a CSV file to download, which the import reads back. */
    public void exportRedirects(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"redirects.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(redirects.exportCsv());
    }

    private void render(Context ctx, String text, List<RedirectCsv.Problem> problems, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("problems", problems);
        model.put("error", error);
        model.put("maxLines", RedirectCsv.MAX_LINES);
        model.put("maxLength", MAX_FILE_BYTES);
        view.render(ctx, "redirects/import", "Import redirects", model);
    }

    /** The uploaded file when there is one, else the pasted text. */
    private static String csvText(Context ctx) throws UnreadableFile {
        UploadedFile file = ctx.uploadedFile("file");
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_FILE_BYTES) {
                throw new UnreadableFile("The file is larger than 2 MB: split it and import the parts one after the "
                        + "other.");
            }
            try (InputStream in = file.content()) {
                return utf8(in.readAllBytes());
            } catch (IOException e) {
                throw new UnreadableFile("The file could not be read.");
            }
        }
        String pasted = pasted(ctx);
        if (pasted.isBlank()) {
            throw new UnreadableFile("Choose a CSV file or paste its lines.");
        }
        if (pasted.length() > MAX_FILE_BYTES) {
            throw new UnreadableFile("The pasted text is longer than 2,000,000 characters: split it.");
        }
        return pasted;
    }

    private static String pasted(Context ctx) {
        String text = ctx.formParam("text");
        return text == null ? "" : text;
    }

    private static String utf8(byte[] bytes) throws UnreadableFile {
        return Utf8.strictly(bytes).orElseThrow(() -> new UnreadableFile(
                "The file is not UTF-8 text: save it as “CSV UTF-8” and import it again."));
    }

    private static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }
}
