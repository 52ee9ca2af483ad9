package com.healthpress.admin.web;

import com.healthpress.account.AdminAuth;
import com.healthpress.http.Utf8;
import com.healthpress.importer.ArticleImporter;
import com.healthpress.importer.ImportException;
import com.healthpress.importer.ImportResult;
import com.healthpress.importer.TakenSlug;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** Importing an article document through the browser, with the importer the command line uses. */
public final class ImportPages {

    public static final int MAX_DOCUMENT_BYTES = 1_000_000;
    static final String NEW_SLUG = "newSlug";

    private final ArticleImporter importer;
    private final SeoPages seo;
    private final Views views;

    public ImportPages(ArticleImporter importer, SeoPages seo, Views views) {
        this.importer = importer;
        this.seo = seo;
        this.views = views;
    }

    public void showImportForm(Context ctx) {
        render(ctx, Map.of("text", "", "newSlug", false));
    }

    /**
     * Stores the uploaded or pasted document as a draft and opens it in the editor. A slug the document gives that
     * is taken is an error unless the "new slug" box is ticked.
     */
    public void importDocument(Context ctx) {
        boolean newSlug = ctx.formParam(NEW_SLUG) != null && !ctx.formParam(NEW_SLUG).isEmpty();
        String text;
        try {
            text = documentText(ctx);
        } catch (UnreadableDocument e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, Map.of("text", "", "newSlug", newSlug, "error", e.getMessage()));
            return;
        }
        try {
            ImportResult result = importer.importDocument(text, false,
                    newSlug ? TakenSlug.NUMBER : TakenSlug.REJECT, AdminAuth.current(ctx).username());
            String editor = "/admin/articles/" + result.article().id();
            if (result.warnings().isEmpty()) {
                ctx.redirect(editor + "?notice=imported", HttpStatus.SEE_OTHER);
            } else {
                render(ctx, Map.of("text", "", "newSlug", false, "imported", result, "editor", editor));
            }
        } catch (ImportException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, Map.of("text", text, "newSlug", newSlug,
                    "error", "The document was not imported: " + e.getMessage()));
        }
    }

    /** The uploaded file when there is one, else the pasted text. */
    private static String documentText(Context ctx) throws UnreadableDocument {
        UploadedFile file = ctx.uploadedFile("document");
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_DOCUMENT_BYTES) {
                throw new UnreadableDocument("The file is larger than 1 MB; an article document is far smaller.");
            }
            try (InputStream in = file.content()) {
                return utf8(in.readAllBytes());
            } catch (IOException e) {
                throw new UnreadableDocument("The file could not be read.");
            }
        }
        String pasted = ctx.formParam("text");
        if (pasted == null || pasted.isBlank()) {
            throw new UnreadableDocument("Choose a document file or paste the document's text.");
        }
        if (pasted.length() > MAX_DOCUMENT_BYTES) {
            throw new UnreadableDocument("The pasted text is longer than 1,000,000 characters.");
        }
        return pasted;
    }

    private static String utf8(byte[] bytes) throws UnreadableDocument {
        return Utf8.strictly(bytes).orElseThrow(() -> new UnreadableDocument(
                "The file is not UTF-8 text; save the document as UTF-8 and try again."));
    }

    private void render(Context ctx, Map<String, ?> pageModel) {
        Map<String, Object> model = new HashMap<>(pageModel);
        model.put("admin", AdminAuth.current(ctx));
        model.put("meta", seo.adminPage("Import a document"));
        model.put("maxLength", MAX_DOCUMENT_BYTES);
        views.answer(ctx, "admin/import", model);
    }

    private static final class UnreadableDocument extends Exception {
        UnreadableDocument(String message) {
            super(message);
        }
    }
}
