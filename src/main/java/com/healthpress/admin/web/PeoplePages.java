package com.healthpress.admin.web;

import com.healthpress.account.AdminAuth;
import com.healthpress.account.AdminView;
import com.healthpress.admin.PersonEditor;
import com.healthpress.admin.PersonForm;
import com.healthpress.admin.PersonFormValidator;
import com.healthpress.person.Person;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The admin's people: the list with the merge form, a new record, and the edit form with its photo. */
public final class PeoplePages {

    private static final Map<String, String> NOTICES = Map.of(
            "created", "Created.",
            "saved", "Saved.",
            "merged", "Merged: the articles moved to this record and the other record is gone.");

    private final PersonEditor editor;
    private final PersonFormValidator validator = new PersonFormValidator();
    private final AdminView view;

    public PeoplePages(PersonEditor editor, SeoPages seo, Views views) {
        this.editor = editor;
        this.view = new AdminView(seo, views, NOTICES);
    }

    public void listPeople(Context ctx) {
        view.render(ctx, "admin/people", "People", Map.of("people", editor.all(), "errors", Map.of()));
    }

    public void showNewForm(Context ctx) {
        showForm(ctx, PersonForm.blank(), null, Map.of(), null);
    }

    public void showEditForm(Context ctx) {
        Person person = editor.find(personId(ctx)).orElseThrow(NotFoundResponse::new);
        showForm(ctx, PersonForm.of(person, editor.accountName(person)), person, Map.of(), null);
    }

    public void createPerson(Context ctx) {
        PersonForm form = PersonForm.read(ctx.formParamMap());
        PersonFormValidator.Result result = validator.validate(form, null);
        if (!result.isValid()) {
            refuse(ctx, form, null, result.errors());
            return;
        }
        answer(ctx, form, null, editor.create(result.person(), ImageFields.PHOTO.change(ctx), form.account()),
                "created");
    }

    public void savePerson(Context ctx) {
        Person stored = editor.find(personId(ctx)).orElseThrow(NotFoundResponse::new);
        PersonForm form = PersonForm.read(ctx.formParamMap());
        PersonFormValidator.Result result = validator.validate(form, stored);
        if (!result.isValid()) {
            refuse(ctx, form, stored, result.errors());
            return;
        }
        answer(ctx, form, stored, editor.update(result.person(), ImageFields.PHOTO.change(ctx), form.account()),
                "saved");
    }

    /** Moves the articles of the record chosen first to the second and removes the first. */
    public void mergePeople(Context ctx) {
        long from = PathParams.id(ctx.formParam("from")).orElse(0L);
        long into = PathParams.id(ctx.formParam("into")).orElse(0L);
        PersonEditor.Outcome outcome = editor.merge(from, into);
        if (outcome instanceof PersonEditor.Merged merged) {
            ctx.redirect("/admin/people/" + merged.into().id() + "?notice=merged", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        view.render(ctx, "admin/people", "People", Map.of("people", editor.all(), "errors", Map.of("from",
                "Choose two different records: the first is merged into the second.")));
    }

    private void answer(Context ctx, PersonForm form, Person stored, PersonEditor.Outcome outcome, String notice) {
        if (outcome instanceof PersonEditor.Saved saved) {
            ctx.redirect("/admin/people/" + saved.person().id() + "?notice=" + notice, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof PersonEditor.Conflict conflict) {
            ctx.status(HttpStatus.CONFLICT);
            showForm(ctx, PersonForm.of(conflict.current(), editor.accountName(conflict.current())),
                    conflict.current(), Map.of(), "Someone else saved this record meanwhile: this is their version. "
                            + "Make your changes again on it.");
        } else if (outcome instanceof PersonEditor.SlugTaken) {
            refuse(ctx, form, stored, Map.of("slug", "Another record already uses this address name."));
        } else if (outcome instanceof PersonEditor.ImageRefused refused) {
            refuse(ctx, form, stored, ImageFields.PHOTO.refused(refused.code()));
        } else if (outcome instanceof PersonEditor.AccountUnknown unknown) {
            refuse(ctx, form, stored, Map.of("account", "No account is named “" + unknown.username() + "”."));
        } else {
            throw new NotFoundResponse();
        }
    }

    private void refuse(Context ctx, PersonForm form, Person stored, Map<String, String> errors) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        showForm(ctx, form, stored, errors, null);
    }

    private void showForm(Context ctx, PersonForm form, Person stored, Map<String, String> errors, String conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("stored", stored);
        model.put("conflict", conflict);
        model.put("articleCount", stored == null ? 0L : editor.articleCount(stored.id()));
        model.put("photo", stored == null ? null : stored.photo());
        model.put("photoAlt", Objects.requireNonNullElse(ctx.formParam(ImageFields.PHOTO.alt()),
                stored != null && stored.hasPhoto() ? stored.photo().alt() : ""));
        model.put("removePhoto", ctx.formParam(ImageFields.PHOTO.remove()) != null);
        model.put("limits", Map.of("name", PersonFormValidator.NAME_MAX, "text", PersonFormValidator.TEXT_MAX,
                "bio", PersonFormValidator.BIO_MAX, "licence", PersonFormValidator.LICENCE_MAX));
        view.render(ctx, "admin/person", stored == null ? "New person" : "Edit " + stored.name(), model);
    }

    private static long personId(Context ctx) {
        return PathParams.id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

}
