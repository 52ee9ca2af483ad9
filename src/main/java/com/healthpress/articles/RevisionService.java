package com.healthpress.articles;

import com.healthpress.access.Actor;
import com.healthpress.access.NotPermitted;
import com.healthpress.access.Permission;
import com.healthpress.article.Article;
import com.healthpress.image.ImageRepository;
import com.healthpress.revision.ArticleSnapshots;
import com.healthpress.revision.Comparison;
import com.healthpress.revision.History;
import com.healthpress.revision.HistoryEntry;
import com.healthpress.revision.RestoreOutcome;
import com.healthpress.revision.Revision;
import com.healthpress.revision.RevisionDiff;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.storage.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Reads an article's revisions, compares two of them, and restores one as a new revision. */
public final class RevisionService {

    private final Jdbi jdbi;
    private final ArticleService articles;

    public RevisionService(Jdbi jdbi, ArticleService articles) {
        this.jdbi = jdbi;
        this.articles = articles;
    }

    /** The article with its revisions, newest first; empty when there is no such article. */
    public Optional<History> history(long articleId) {
        return jdbi.withHandle(handle -> ArticleService.findById(handle, articleId).map(article -> {
            List<Revision> revisions = handle.attach(RevisionRepository.class).listFor(articleId);
            List<HistoryEntry> entries = new ArrayList<>();
            for (int i = 0; i < revisions.size(); i++) {
                Integer previous = i + 1 < revisions.size() ? revisions.get(i + 1).version() : null;
                entries.add(HistoryEntry.of(revisions.get(i), previous, revisions.get(i).version() == article.version()));
            }
            return new History(article, entries);
        }));
    }

    /** What changed from version {@code from} to version {@code to}; empty when the article or either is unknown. */
    public Optional<Comparison> compare(long articleId, int from, int to) {
        return jdbi.withHandle(handle -> ArticleService.findById(handle, articleId).flatMap(article -> {
            Optional<Stored> before = stored(handle, articleId, from, article.version());
            Optional<Stored> after = stored(handle, articleId, to, article.version());
            if (before.isEmpty() || after.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Comparison(article, before.get().entry(), after.get().entry(),
                    RevisionDiff.between(before.get().content(), after.get().content(), imageId ->
                            handle.attach(ImageRepository.class).findInfo(imageId).isPresent())));
        }));
    }

    /** The article as it was saved in one revision. */
    public Optional<Article> snapshot(long articleId, int version) {
        return jdbi.withHandle(handle -> handle.attach(RevisionRepository.class).findContent(articleId, version)
                .map(ArticleSnapshots::fromJson));
    }

    /**
     * Makes a revision's content the article's content again, in one transaction, as a new revision that says so:
     * nothing is ever lost. The article keeps its id; its slug, status and hero image are the revision's too (unless
     * that image is no longer stored). Throws {@link NotPermitted}, restoring nothing, when the article is public or
     * the revision would make it so and the account may not publish.
     */
    public RestoreOutcome restore(long articleId, int version, Actor actor) {
        try {
            return jdbi.inTransaction(handle -> restore(handle, articleId, version, actor));
        } catch (JdbiException e) {
            if (Constraints.isUniqueViolation(e) && slugTakenByAnother(articleId, version)) {
                return RestoreOutcome.SLUG_TAKEN;
            }
            throw e;
        }
    }

    private RestoreOutcome restore(Handle handle, long articleId, int version, Actor actor) {
        Optional<Article> current = ArticleService.findById(handle, articleId);
        Optional<String> content = handle.attach(RevisionRepository.class).findContent(articleId, version);
        if (current.isEmpty() || content.isEmpty()) {
            return RestoreOutcome.NOT_FOUND;
        }
        Article snapshot = ArticleSnapshots.fromJson(content.get());
        Article restored = snapshot.toBuilder()
                .id(articleId)
                .version(current.get().version())
                .heroImage(isStillStored(handle, snapshot) ? snapshot.heroImage() : null)
                .build();
        actor.require(Permission.toSave(current.get().isPublished(), restored.isPublished()));
        return articles.update(handle, restored, actor.username(), "Restored version " + version).isPresent()
                ? RestoreOutcome.RESTORED
                : RestoreOutcome.CONFLICT;
    }

    /** A revision saved before images were cleaned up may name one that is gone; the text comes back without it. */
    private static boolean isStillStored(Handle handle, Article snapshot) {
        return snapshot.hasHeroImage()
                && handle.attach(ImageRepository.class).findInfo(snapshot.heroImage().imageId()).isPresent();
    }

    /** Read after the failed transaction rolled back, so the answer is about the database as it is. */
    private boolean slugTakenByAnother(long articleId, int version) {
        return snapshot(articleId, version)
                .flatMap(old -> articles.findBySlug(old.slug()))
                .filter(holder -> holder.id() != articleId)
                .isPresent();
    }

    private static Optional<Stored> stored(Handle handle, long articleId, int version, int currentVersion) {
        RevisionRepository revisions = handle.attach(RevisionRepository.class);
        Optional<Revision> revision = revisions.find(articleId, version);
        Optional<String> content = revisions.findContent(articleId, version);
        if (revision.isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(HistoryEntry.of(revision.get(), null, version == currentVersion),
                ArticleSnapshots.fromJson(content.get())));
    }

    private record Stored(HistoryEntry entry, Article content) {
    }
}
