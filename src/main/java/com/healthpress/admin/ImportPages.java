package com.healthpress.admin;

import io.javalin.http.Context;

/** Importing an article document through the browser: upload or paste, then edit the new draft. (Being built.) */
public final class ImportPages {

    public void showImportForm(Context ctx) {
        ctx.status(501);
    }

    public void importDocument(Context ctx) {
        ctx.status(501);
    }
}
