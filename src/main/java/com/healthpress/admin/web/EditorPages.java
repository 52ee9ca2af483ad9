package com.healthpress.admin.web;

import com.healthpress.access.Actor;
import com.healthpress.access.Permission;
import com.healthpress.account.AdminAuth;
import com.healthpress.account.AdminView;
import com.healthpress.admin.ArticleEditor;
import com.healthpress.admin.ArticleForm;
import com.healthpress.admin.ArticleFormValidator;
import com.healthpress.admin.ChangeNoteForm;
import com.healthpress.admin.EditConflict;
import com.healthpress.admin.EditorLimits;
import com.healthpress.article.Article;
import com.healthpress.article.ChangeNote;
import com.healthpress.articles.ArticlePageModel;
import com.healthpress.articles.WorkflowService;
import com.healthpress.links.LinkSuggestions;
import com.healthpress.person.Person;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.analysis.SeoAnalyzer;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The admin's article list and the editor: create, edit, preview, publish, trash. Handlers stay thin. */
public final class EditorPages {

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("created", "Article created."),
            Map.entry("saved", "Saved."),
            Map.entry("restored", "The earlier version is restored; it is saved as the newest revision."),
            Map.entry("trashed", "Moved to the trash. You can restore it from the trash until the trash is emptied."),
            Map.entry("untrashed", "Restored from the trash."),
            Map.entry("emptied", "The trash is empty."),
            Map.entry("imported", "Imported as a draft. Check it, then publish."),
            Map.entry("submitted", "Submitted for medical review."),
            Map.entry("approved", "Approved."),
            Map.entry("changes-requested", "Changes requested: the writer sees your comment."),
            Map.entry("published", "Published."));

    private static final String SEARCH_TOO_LONG =
            "Search for at most " + ArticleEditor.SEARCH_MAX_LENGTH + " characters.";
    private static final ArticleEditor.Page NOTHING_FOUND = new ArticleEditor.Page(List.of(), 1, 1, 0);

    private final ArticleEditor editor;
    private final WorkflowService workflow;
    private final ArticleFormValidator validator = new ArticleFormValidator();
    private final ArticlePageModel articlePage;
    private final Views views;
    private final AdminView view;
    private final SeoAnalyzer analyzer = new SeoAnalyzer();
    private final LinkSuggestions linkSuggestions;

    public EditorPages(ArticleEditor editor, WorkflowService workflow, LinkSuggestions linkSuggestions, SeoPages seo,
                       ArticlePageModel articlePage, Views views) {
        this.editor = editor;
        this.workflow = workflow;
        this.linkSuggestions = linkSuggestions;
        this.articlePage = articlePage;
        this.views = views;
        this.view = new AdminView(seo, views, NOTICES);
    }

    public void listArticles(Context ctx) {
        String filter = Optional.ofNullable(ctx.queryParam("status")).orElse("all");
        String search = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        boolean tooLong = search.length() > ArticleEditor.SEARCH_MAX_LENGTH;
        ArticleEditor.Page page = tooLong ? NOTHING_FOUND : editor.list(filter, search, pageNumber(ctx));
        if (tooLong) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        view.render(ctx, "admin/list", "Articles", Map.of("page", page, "filter", filter, "search", search,
                "filters", List.of("all", "draft", "published", "scheduled"), "now", editor.now(),
                "today", LocalDate.ofInstant(editor.now(), ZoneOffset.UTC),
                "searchMaxLength", ArticleEditor.SEARCH_MAX_LENGTH,
                "errors", tooLong ? Map.of("q", SEARCH_TOO_LONG) : Map.of()));
    }

    public void showTrash(Context ctx) {
        view.render(ctx, "admin/trash", "Trash", Map.of("page", editor.list("trash", "", pageNumber(ctx)),
                "now", editor.now()));
    }

    public void showNewForm(Context ctx) {
        showEditor(ctx, ArticleForm.blank(), null, Map.of(), null);
    }

    public void showEditForm(Context ctx) {
        Article article = editor.find(PathParams.articleId(ctx)).orElseThrow(NotFoundResponse::new);
        showEditor(ctx, ArticleForm.of(article, editor.now()), article, Map.of(), null);
    }

    public void createArticle(Context ctx) {
        ArticleForm form = ArticleForm.read(ctx.formParamMap());
        String action = ctx.formParam("action");
        if (form.isRowAction(action) || "check".equals(action)) {
            showEditor(ctx, form.apply(action), null, Map.of(), null);
            return;
        }
        ArticleFormValidator.Result result = checked(form, null);
        if (!result.isValid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, null, result.errors(), null);
            return;
        }
        ArticleEditor.Outcome outcome = editor.create(result.article(), !form.slug().isBlank(),
                ImageFields.HERO.change(ctx), AdminAuth.current(ctx).actor());
        if (outcome instanceof ArticleEditor.Saved saved) {
            ctx.redirect("/admin/articles/" + saved.article().id() + "?notice=created", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof ArticleEditor.NotApproved notApproved) {
            ctx.status(HttpStatus.CONFLICT);
            showEditor(ctx, form, null, Map.of("status", notApproved.message()), null);
        } else {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, null, outcome instanceof ArticleEditor.ImageRefused refused
                    ? ImageFields.HERO.refused(refused.code()) : slugTaken(), null);
        }
    }

    public void saveArticle(Context ctx) {
        Article stored = editor.find(PathParams.articleId(ctx)).orElseThrow(NotFoundResponse::new);
        ArticleForm form = ArticleForm.read(ctx.formParamMap());
        String action = ctx.formParam("action");
        if (form.isRowAction(action) || "check".equals(action)) {
            showEditor(ctx, form.apply(action), stored, Map.of(), null);
            return;
        }
        ArticleFormValidator.Result result = checked(form, stored);
        ChangeNoteForm change = ChangeNoteForm.read(ctx.formParamMap());
        if (!result.isValid() || !change.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>(result.errors());
            errors.putAll(change.errors());
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, stored, errors, null);
            return;
        }
        ArticleEditor.Outcome outcome = editor.update(result.article(), ImageFields.HERO.change(ctx),
                change.toChangeNote(), AdminAuth.current(ctx).actor(), "Edited");
        if (outcome instanceof ArticleEditor.Saved saved) {
            ctx.redirect("/admin/articles/" + saved.article().id() + "?notice=saved", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof ArticleEditor.Conflict conflict) {
            ctx.status(HttpStatus.CONFLICT);
            showEditor(ctx, form.withVersion(conflict.current().version()), conflict.current(), Map.of(),
                    new EditConflict(conflict.current(), result.article()));
        } else if (outcome instanceof ArticleEditor.NotApproved notApproved) {
            ctx.status(HttpStatus.CONFLICT);
            showEditor(ctx, form, stored, Map.of("status", notApproved.message()), null);
        } else if (outcome instanceof ArticleEditor.SlugTaken) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, stored, slugTaken(), null);
        } else if (outcome instanceof ArticleEditor.ImageRefused refused) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, stored, ImageFields.HERO.refused(refused.code()), null);
        } else {
            throw new NotFoundResponse();
        }
    }

    /** The page exactly as readers would see it, from the form as typed, for drafts too; nothing is saved. */
    public void preview(Context ctx) {
        ArticleForm form = ArticleForm.read(ctx.formParamMap());
        String id = ctx.formParam("id");
        Article stored = PathParams.id(id).flatMap(editor::find).orElse(null);
        Article article = PreviewArticle.from(form, stored, editor.now());
        ctx.header("Cache-Control", "no-store");
        views.answer(ctx, "article/show", articlePage.forPreview(article));
    }

    public void moveToTrash(Context ctx) {
        long id = PathParams.articleId(ctx);
        if (!editor.moveToTrash(id, AdminView.username(ctx)) && editor.find(id).isEmpty()) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/admin/articles?notice=trashed", HttpStatus.SEE_OTHER);
    }

    public void restoreFromTrash(Context ctx) {
        long id = PathParams.articleId(ctx);
        if (!editor.restoreFromTrash(id, AdminView.username(ctx)) && editor.find(id).isEmpty()) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/admin/articles/" + id + "?notice=untrashed", HttpStatus.SEE_OTHER);
    }

    public void emptyTrash(Context ctx) {
        editor.emptyTrash();
        ctx.redirect("/admin/trash?notice=emptied", HttpStatus.SEE_OTHER);
    }

    /** The form's article with its people linked to their records, or the errors: the form's, then the names'. */
    private ArticleFormValidator.Result checked(ArticleForm form, Article stored) {
        ArticleFormValidator.Result result = validator.validate(form, stored, editor.now());
        if (!result.isValid()) {
            return result;
        }
        ArticleEditor.PeopleChoice people = editor.choosePeople(result.article(), form);
        return new ArticleFormValidator.Result(people.article(), people.errors());
    }

    private void showEditor(Context ctx, ArticleForm form, Article stored, Map<String, String> errors,
                            EditConflict conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("stored", stored);
        model.put("change", ChangeNoteForm.read(ctx.formParamMap()));
        model.put("noteMax", ChangeNote.NOTE_MAX);
        model.put("conflict", conflict);
        model.put("inTrash", stored != null && editor.isInTrash(stored.id()));
        model.put("workflow", stored == null ? null : workflow.status(stored.id()));
        model.put("limits", EditorLimits.INSTANCE);
        List<Person> people = editor.people();
        model.put("people", people);
        model.put("heroImage", stored == null ? null : stored.heroImage());
        model.put("heroAlt", Objects.requireNonNullElse(ctx.formParam(ImageFields.HERO.alt()), currentAlt(stored)));
        model.put("removeHeroImage", ctx.formParam(ImageFields.HERO.remove()) != null);
        Article shown = PreviewArticle.from(form, stored, editor.now());
        model.put("analysis", analyzer.analyze(shown, editor.today(), people));
        model.put("linkSuggestions", linkSuggestions.suggest(shown, stored == null ? 0 : stored.id()));
        Actor actor = AdminAuth.current(ctx).actor();
        model.put("mayPublish", actor.can(Permission.PUBLISH));
        model.put("readOnly", !actor.can(stored == null ? Permission.EDIT_DRAFT
                : Permission.toSave(stored.isPublished(), false)));
        String title = stored == null ? "New article" : "Edit: " + stored.title();
        view.render(ctx, "admin/edit", title, model);
    }


    /** The form shows the current image's alternative text to be changed in place, or nothing. */
    private static String currentAlt(Article stored) {
        return stored != null && stored.hasHeroImage() ? stored.heroImage().alt() : "";
    }

    private static Map<String, String> slugTaken() {
        return Map.of("slug", "Another article already uses this slug; choose a different one.");
    }


    private static int pageNumber(Context ctx) {
        String page = ctx.queryParam("page");
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    }
}
