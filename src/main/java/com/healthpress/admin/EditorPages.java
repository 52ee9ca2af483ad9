package com.healthpress.admin;

import io.javalin.http.Context;

/** The admin's article list and the editor: create, edit, preview, publish, trash. (Being built.) */
public final class EditorPages {

    public void listArticles(Context ctx) {
        ctx.status(501);
    }

    public void showNewForm(Context ctx) {
        ctx.status(501);
    }

    public void createArticle(Context ctx) {
        ctx.status(501);
    }

    public void showEditForm(Context ctx) {
        ctx.status(501);
    }

    public void saveArticle(Context ctx) {
        ctx.status(501);
    }

    public void preview(Context ctx) {
        ctx.status(501);
    }

    public void moveToTrash(Context ctx) {
        ctx.status(501);
    }

    public void restoreFromTrash(Context ctx) {
        ctx.status(501);
    }

    public void showTrash(Context ctx) {
        ctx.status(501);
    }

    public void emptyTrash(Context ctx) {
        ctx.status(501);
    }
}
