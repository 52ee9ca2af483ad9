package com.healthpress.people.web;

import com.healthpress.article.Author;
import com.healthpress.article.Listing;
import com.healthpress.article.PageAt;
import com.healthpress.articles.ArticleService;
import com.healthpress.articles.PersonRole;
import com.healthpress.cache.PageTags;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.people.PeopleService;
import com.healthpress.person.Person;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Profile pages: {@code /people/{slug}} shows who a person or organisation is and the articles they wrote (in keyset
 * pages), with the newest they reviewed; {@code /people/{slug}/reviewed} pages through all they reviewed.
 */
public final class ProfilePages {

    static final int PAGE_SIZE = 10;

    private final PeopleService people;
    private final ArticleService articles;
    private final SeoPages seo;
    private final MarkdownRenderer markdown;
    private final Views views;

    public ProfilePages(PeopleService people, ArticleService articles, SeoPages seo, MarkdownRenderer markdown,
                        Views views) {
        this.people = people;
        this.articles = articles;
        this.seo = seo;
        this.markdown = markdown;
        this.views = views;
    }

    public void showProfile(Context ctx) {
        Person person = findOrRedirect(ctx, "");
        if (person == null) {
            return;
        }
        PageAt at = pageAt(ctx);
        Listing wrote = requireItems(articles.latestByPerson(person.id(), PersonRole.AUTHOR, at, PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.profile(person, wrote));
        model.put("person", person);
        model.put("bio", markdown.render(person.hasBio() ? person.bio() : ""));
        model.put("wrote", wrote);
        if (at.isNewest()) {
            model.put("reviewed", articles.latestByPerson(person.id(), PersonRole.REVIEWER, at, PAGE_SIZE));
        }
        PageTags.declare(ctx, dependencies(person));
        views.answer(ctx, "people/show", model);
    }

    public void showReviewed(Context ctx) {
        Person person = findOrRedirect(ctx, "/reviewed");
        if (person == null) {
            return;
        }
        Listing reviewed = requireItems(articles.latestByPerson(person.id(), PersonRole.REVIEWER, pageAt(ctx),
                PAGE_SIZE));
        PageTags.declare(ctx, dependencies(person));
        views.answer(ctx, "people/reviewed", Map.of("meta", seo.reviewedBy(person, reviewed), "person", person,
                "reviewed", reviewed));
    }

    /**
     * The record at the path's address name; null when the address is an old one, answered with a 301 to the same
     * page (the path after the name, the query) at the record's current address.
     */
    private Person findOrRedirect(Context ctx, String pageAfterName) {
        String slug = ctx.pathParam("slug");
        Optional<Person> person = people.find(slug);
        if (person.isPresent()) {
            return person.get();
        }
        String current = people.findRedirect(slug).orElseThrow(NotFoundResponse::new);
        String query = ctx.queryString();
        ctx.redirect(Author.PROFILES + current + pageAfterName + (query == null ? "" : "?" + query),
                HttpStatus.MOVED_PERMANENTLY);
        return null;
    }

    /** A profile shows the person's record and lists of their articles. */
    private static Set<String> dependencies(Person person) {
        return Set.of(ArticleChanges.person(person.id()), ArticleChanges.personArticles(person.id()));
    }

    private static PageAt pageAt(Context ctx) {
        return PageAt.fromQuery(ctx.queryParam(PageAt.BEFORE), ctx.queryParam(PageAt.AFTER),
                        ctx.queryParam(PageAt.OLDEST))
                .orElseThrow(NotFoundResponse::new);
    }

    /** Past the newest page, a page without articles does not exist. */
    private static Listing requireItems(Listing listing) {
        if (listing.isEmpty() && !listing.isFirst()) {
            throw new NotFoundResponse();
        }
        return listing;
    }
}
