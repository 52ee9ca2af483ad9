package com.healthpress.admin;

import com.healthpress.access.Actor;
import com.healthpress.access.NotPermitted;
import com.healthpress.access.Permission;
import com.healthpress.article.Article;
import com.healthpress.article.ChangeNote;
import com.healthpress.article.ArticleListRow;
import com.healthpress.article.HeroImage;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.article.WorkflowState;
import com.healthpress.articles.ArticleRepository;
import com.healthpress.articles.ArticleService;
import com.healthpress.articles.ReviewRecords;
import com.healthpress.image.AltText;
import com.healthpress.image.HeroImages;
import com.healthpress.image.HeroUpload;
import com.healthpress.image.ImageProblem;
import com.healthpress.people.PersonLookup;
import com.healthpress.people.PersonRepository;
import com.healthpress.person.Person;
import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What the editor does to stored articles: each save is one transaction that either stores the whole article
 * with a new revision, its hero image change included, or changes nothing — when someone else saved first, the
 * slug is taken or the chosen image is refused.
 */
public final class ArticleEditor {

    static final int PAGE_SIZE = 20;
    static final Set<String> FILTERS = Set.of("all", "draft", "published", "scheduled", "trash");
    /** The longest text the article list is searched for. */
    public static final int SEARCH_MAX_LENGTH = 200;

    private final Jdbi jdbi;
    private final ArticleService articles;
    private final HeroImages heroImages;
    private final Clock clock;

    public ArticleEditor(Jdbi jdbi, ArticleService articles, HeroImages heroImages, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.heroImages = heroImages;
        this.clock = clock;
    }

    /** What became of a save. */
    public sealed interface Outcome {
    }

    public record Saved(Article article) implements Outcome {
    }

    /** Someone saved a newer version first; {@code current} is what is stored now. */
    public record Conflict(Article current) implements Outcome {
    }

    public record SlugTaken(String slug) implements Outcome {
    }

    public record Missing() implements Outcome {
    }

    /**
     * The save would publish an article that no medical reviewer approved, by an account that may not approve it;
     * nothing was saved.
     */
    public record NotApproved(String message) implements Outcome {
    }

    /** The chosen hero image (or its alternative text) was refused, for the reason of an ImageMessages code. */
    public record ImageRefused(String code) implements Outcome {
    }

    /** One page of the admin list. */
    public record Page(List<ArticleListRow> rows, int page, int pageCount, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pageCount;
        }
    }

    /** The article with its author and reviewer linked to records, or what is wrong with the names, by field. */
    public record PeopleChoice(Article article, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /**
     * Links the author and reviewer the form names to their records. A name without a record is an error unless
     * the form asks for one to be made (the save makes it, in its own transaction); a name that several records
     * have is an error that lists their address names.
     */
    public PeopleChoice choosePeople(Article article, ArticleForm form) {
        return jdbi.withHandle(handle -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Article.Builder chosen = article.toBuilder();
            if (!article.author().isLinked()) {
                PersonLookup author = PersonLookup.find(handle, article.author().name());
                if (author instanceof PersonLookup.Found found) {
                    chosen.author(found.person().byline());
                } else {
                    problem(author, form.createAuthor(), article.author().name(), "person or organisation")
                            .ifPresent(message -> errors.put("authorName", message));
                }
            }
            if (article.hasReview() && !article.review().isLinked()) {
                MedicalReview review = article.review();
                PersonLookup reviewer = PersonLookup.find(handle, review.reviewerName());
                if (reviewer instanceof PersonLookup.Found found && found.person().isOrganization()) {
                    errors.put("reviewerName", "A medical reviewer is a person, and “" + found.person().name()
                            + "” is an organisation.");
                } else if (reviewer instanceof PersonLookup.Found found) {
                    Person person = found.person();
                    chosen.review(new MedicalReview(person.id(), person.slug(), person.name(), person.credentials(),
                            review.lastReviewed()));
                } else {
                    problem(reviewer, form.createReviewer(), review.reviewerName(), "person")
                            .ifPresent(message -> errors.put("reviewerName", message));
                }
            }
            return new PeopleChoice(errors.isEmpty() ? chosen.build() : null, errors);
        });
    }

    private static Optional<String> problem(PersonLookup lookup, boolean create, String name, String what) {
        if (lookup instanceof PersonLookup.Ambiguous ambiguous) {
            return Optional.of("Several records are named “" + name.strip() + "”: type the address name of the one "
                    + "you mean (" + ambiguous.people().stream().map(Person::slug).collect(Collectors.joining(", "))
                    + ").");
        }
        if (create) {
            return Optional.empty();
        }
        return Optional.of("No " + what + " is named “" + name.strip() + "”. Choose one from the list, or tick "
                + "“Create a record for this name”.");
    }

    /** Every person record, by name, for the editor's lists of authors and reviewers. */
    public List<Person> people() {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).listAll());
    }

    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    public boolean isInTrash(long id) {
        return jdbi.withHandle(h -> h.attach(ArticleRepository.class).isInTrash(id).orElse(false));
    }

    /** Stores a new article; a slug the admin typed must be free, a slug made from the title is numbered. */
    public Outcome create(Article article, boolean slugTyped, Actor actor) {
        return create(article, slugTyped, HeroImageChange.KEEP, actor);
    }

    /**
     * Stores a new article with the hero image chosen in the same form, checked before and stored with it. Throws
     * {@link NotPermitted} for a published or scheduled article from an account that may not publish.
     */
    public Outcome create(Article article, boolean slugTyped, HeroImageChange hero, Actor actor) {
        actor.require(Permission.toSave(false, article.isPublished()));
        if (article.isPublished() && !actor.can(Permission.REVIEW)) {
            return notApproved(WorkflowState.DRAFT);
        }
        HeroUpload upload = null;
        if (hero.replaces()) {
            try {
                upload = heroImages.check(hero.file(), hero.alt());
            } catch (ImageProblem problem) {
                return new ImageRefused(problem.code());
            }
        }
        HeroUpload checked = upload;
        return inTransaction(handle -> {
            if (slugTyped && handle.attach(ArticleRepository.class).slugExists(article.slug())) {
                return new SlugTaken(article.slug());
            }
            Article withImage = checked == null ? article
                    : article.toBuilder().heroImage(heroImages.store(handle, checked)).build();
            Article stored = articles.create(handle, withImage, actor.username(), "Created");
            if (stored.isPublished()) {
                approveAndPublish(handle, stored, actor);
            }
            return new Saved(stored);
        }, article.slug());
    }

    /** Saves over the stored article if nobody saved since {@code article.version()}, keeping its hero image. */
    public Outcome update(Article article, Actor actor, String summary) {
        return update(article, HeroImageChange.KEEP, actor, summary);
    }

    /**
     * Saves the article and its hero image change in one step. A new image is checked only once the version is
     * known to be current, and decoded outside the transaction; it is stored in the same transaction as the text.
     * Throws {@link NotPermitted}, saving nothing, when the article is or would be public (published or scheduled)
     * and the account may not publish.
     */
    public Outcome update(Article article, HeroImageChange hero, Actor actor, String summary) {
        return update(article, hero, ChangeNote.MINOR, actor, summary);
    }

    /** As {@link #update(Article, HeroImageChange, Actor, String)}, recording what kind of change it is. */
    public Outcome update(Article article, HeroImageChange hero, ChangeNote change, Actor actor, String summary) {
        HeroUpload upload = null;
        if (hero.replaces()) {
            Optional<Article> current = articles.findById(article.id());
            if (current.isEmpty()) {
                return new Missing();
            }
            if (current.get().version() != article.version()) {
                return new Conflict(current.get());
            }
            mayChange(actor, current.get(), article);
            try {
                upload = heroImages.check(hero.file(), hero.alt());
            } catch (ImageProblem problem) {
                return new ImageRefused(problem.code());
            }
        }
        HeroUpload checked = upload;
        HeroImage kept;
        try {
            kept = hero.keepsImageWithAlt() && article.hasHeroImage() ? article.heroImage().withAlt(AltText.clean(hero.alt()))
                    : article.heroImage();
        } catch (ImageProblem problem) {
            return new ImageRefused(problem.code());
        }
        return inTransaction(handle -> {
            ArticleRepository repository = handle.attach(ArticleRepository.class);
            Optional<Article> current = ArticleService.findById(handle, article.id());
            if (current.isEmpty()) {
                return new Missing();
            }
            if (current.get().version() != article.version()) {
                return new Conflict(current.get());
            }
            mayChange(actor, current.get(), article);
            boolean publishes = !current.get().isPublished() && article.isPublished();
            WorkflowState state = ReviewRecords.stateOf(handle, article.id());
            if (publishes && state != WorkflowState.APPROVED && !actor.can(Permission.REVIEW)) {
                return notApproved(state);
            }
            Optional<Article> other = repository.findBySlug(article.slug());
            if (other.isPresent() && other.get().id() != article.id()) {
                return new SlugTaken(article.slug());
            }
            Article changed = checked != null ? article.toBuilder().heroImage(heroImages.store(handle, checked)).build()
                    : article.toBuilder().heroImage(hero.remove() ? null : kept).build();
            Optional<Article> saved = articles.update(handle, changed, change, actor.username(), summary);
            saved.ifPresent(after -> HeroImages.deletePreviousIfUnused(handle, current.get(), after));
            if (publishes && saved.isPresent()) {
                publishSaved(handle, saved.get(), actor);
            }
            return saved.<Outcome>map(Saved::new)
                    .orElseGet(() -> new Conflict(ArticleService.findById(handle, article.id()).orElseThrow()));
        }, article.slug());
    }

    /**
     * Records the publication of a save that made the article public. When the save left it unapproved (never
     * approved, or its medical content changed in this save) an account that may review approves it first, as an
     * act of its own; any other account's save is undone.
     */
    private void publishSaved(Handle handle, Article saved, Actor actor) {
        WorkflowState state = ReviewRecords.stateOf(handle, saved.id());
        if (state == WorkflowState.APPROVED) {
            ReviewRecords.record(handle, saved, WorkflowEventKind.PUBLISHED, actor.username(), null, clock.instant());
        } else if (actor.can(Permission.REVIEW)) {
            approveAndPublish(handle, saved, actor);
        } else {
            throw new Unapproved(state);
        }
    }

    /** An account that both reviews and publishes does both, recorded as two acts. */
    private void approveAndPublish(Handle handle, Article stored, Actor actor) {
        Instant now = clock.instant();
        ReviewRecords.record(handle, stored, WorkflowEventKind.APPROVED, actor.username(),
                "Approved while publishing from the editor", now);
        ReviewRecords.record(handle, stored, WorkflowEventKind.PUBLISHED, actor.username(), null, now);
    }

    private static NotApproved notApproved(WorkflowState state) {
        return new NotApproved("Only an article a medical reviewer approved can be published, and this one is "
                + state.label().toLowerCase(Locale.ROOT) + ". Submit it for review; nothing was saved.");
    }

    /** Undoes a save that would publish an unapproved article. */
    private static final class Unapproved extends RuntimeException {
        private final WorkflowState state;

        Unapproved(WorkflowState state) {
            super(null, null, false, false);
            this.state = state;
        }
    }

    /** Throws {@link NotPermitted} unless the account may save {@code stored} as {@code changed}. */
    private static void mayChange(Actor actor, Article stored, Article changed) {
        actor.require(Permission.toSave(stored.isPublished(), changed.isPublished()));
    }

    public Page list(String filter, String search, int page) {
        String status = FILTERS.contains(filter) ? filter : "all";
        String query = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            ArticleRepository repository = handle.attach(ArticleRepository.class);
            long total = repository.countForAdmin(status, query, pattern, now);
            int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(1, page), pageCount);
            List<ArticleListRow> rows = repository.listForAdmin(status, query, pattern, now, PAGE_SIZE,
                    (long) (current - 1) * PAGE_SIZE);
            return new Page(rows, current, pageCount, total);
        });
    }

    public boolean moveToTrash(long id, String username) {
        return articles.moveToTrash(id, username);
    }

    public boolean restoreFromTrash(long id, String username) {
        return articles.restoreFromTrash(id, username);
    }

    /** Deletes every article in the trash for good, with its FAQ, references and revisions. */
    public int emptyTrash() {
        return articles.emptyTrash();
    }

    public Instant now() {
        return clock.instant();
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private Outcome inTransaction(org.jdbi.v3.core.HandleCallback<Outcome, RuntimeException> work, String slug) {
        try {
            return jdbi.inTransaction(work);
        } catch (Unapproved e) {
            return notApproved(e.state);
        } catch (UnableToExecuteStatementException e) {
            // A concurrent save took the slug between our check and our write: the unique constraint caught it.
            if (Constraints.isUniqueViolation(e)) {
                return new SlugTaken(slug);
            }
            throw e;
        }
    }
}
