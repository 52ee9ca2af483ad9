package com.healthpress.admin;

import com.healthpress.article.HeroImage;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.AltText;
import com.healthpress.image.HeroImages;
import com.healthpress.image.HeroUpload;
import com.healthpress.image.ImageProblem;
import com.healthpress.image.UnusedImages;
import com.healthpress.people.PersonRepository;
import com.healthpress.people.PersonSlugs;
import com.healthpress.person.Person;
import com.healthpress.redirects.OldSlugRepository;
import com.healthpress.redirects.OldSlugs;
import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What the admin does to person records: each save is one transaction that stores the record with its photo change
 * and its linked account, or nothing when someone else saved first, the address name is taken or the photo is
 * refused; a merge moves every article of one record to another and removes the first.
 */
public final class PersonEditor {

    private final Jdbi jdbi;
    private final HeroImages images;
    private final ChangeFeed changes;
    private final Clock clock;

    public PersonEditor(Jdbi jdbi, HeroImages images, ChangeFeed changes, Clock clock) {
        this.jdbi = jdbi;
        this.images = images;
        this.changes = changes;
        this.clock = clock;
    }

    /** What became of a save or a merge. */
    public sealed interface Outcome {
    }

    public record Saved(Person person) implements Outcome {
    }

    /** Someone saved a newer version first; {@code current} is what is stored now. */
    public record Conflict(Person current) implements Outcome {
    }

    public record SlugTaken(String slug) implements Outcome {
    }

    /** The photo (or its alternative text) was refused, for the reason of an ImageMessages code. */
    public record ImageRefused(String code) implements Outcome {
    }

    public record AccountUnknown(String username) implements Outcome {
    }

    public record Missing() implements Outcome {
    }

    /** Two records merged: {@code into} now has {@code moved} more articles (as author or reviewer). */
    public record Merged(Person into, int moved) implements Outcome {
    }

    public Optional<Person> find(long id) {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).findById(id));
    }

    public List<Person> all() {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).listAll());
    }

    /** The username of the account linked to the record; empty when none is. */
    public String accountName(Person person) {
        return person.accountId() == null ? "" : jdbi.withHandle(handle -> handle.attach(PersonRepository.class)
                .findAccountName(person.accountId()).orElse(""));
    }

    /** How many articles name the record as author or reviewer. */
    public long articleCount(long personId) {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).countArticles(personId));
    }

    /** Stores a new record; a blank address name is made from its name, a typed one must be free. */
    public Outcome create(Person person, HeroImageChange photo, String accountName) {
        return save(person, photo, accountName, true);
    }

    /** Saves over the stored record if nobody saved since {@code person.version()}. */
    public Outcome update(Person person, HeroImageChange photo, String accountName) {
        return save(person, photo, accountName, false);
    }

    /** {@code change}: the photo fields of the form, as the article editor's hero image fields. */
    private Outcome save(Person person, HeroImageChange change, String accountName, boolean isNew) {
        HeroUpload upload = null;
        HeroImage kept = person.photo();
        try {
            if (change.replaces()) {
                upload = images.check(change.file(), change.alt());
            } else if (change.keepsImageWithAlt() && person.hasPhoto()) {
                kept = person.photo().withAlt(AltText.clean(change.alt()));
            }
        } catch (ImageProblem problem) {
            return new ImageRefused(problem.code());
        }
        HeroUpload checked = upload;
        HeroImage keptPhoto = change.remove() ? null : kept;
        try {
            return jdbi.inTransaction(handle -> {
                PersonRepository people = handle.attach(PersonRepository.class);
                Long accountId = null;
                if (!accountName.isBlank()) {
                    Optional<Long> account = people.findAccountId(accountName.strip());
                    if (account.isEmpty()) {
                        return new AccountUnknown(accountName.strip());
                    }
                    accountId = account.get();
                }
                Optional<Person> before = isNew ? Optional.empty() : people.findById(person.id());
                if (!isNew && before.isEmpty()) {
                    return new Missing();
                }
                if (before.isPresent() && before.get().version() != person.version()) {
                    return new Conflict(before.get());
                }
                String slug = person.slug().isBlank() ? PersonSlugs.free(people, person.name()) : person.slug();
                Optional<Person> holder = people.findBySlug(slug);
                if (holder.isPresent() && holder.get().id() != person.id()) {
                    return new SlugTaken(slug);
                }
                Person changed = new Person(person.id(), slug, person.name(), person.kind(), person.credentials(),
                        person.jobTitle(), person.bio(), checked != null ? images.store(handle, checked) : keptPhoto,
                        person.sameAs(), person.licenceNumber(), accountId, person.createdAt(), person.updatedAt(),
                        person.version());
                long id;
                if (isNew) {
                    id = people.insert(changed, clock.instant());
                    handle.attach(OldSlugRepository.class).forget(OldSlugs.PERSON, slug);
                } else if (people.update(changed, clock.instant())) {
                    id = person.id();
                    if (!before.get().slug().equals(slug)) {
                        handle.attach(OldSlugRepository.class).remember(OldSlugs.PERSON, before.get().slug(), slug,
                                id, clock.instant());
                    }
                } else {
                    return new Conflict(people.findById(person.id()).orElseThrow());
                }
                before.filter(Person::hasPhoto).ifPresent(old -> UnusedImages.deleteIfUnused(handle,
                        List.of(old.photo().imageId())));
                changes.publish(handle, Set.of(ArticleChanges.person(id), ArticleChanges.CRAWLER_FILES));
                return new Saved(people.findById(id).orElseThrow());
            });
        } catch (UnableToExecuteStatementException e) {
            // Another save took the address name between the check and the write: the unique constraint caught it.
            if (Constraints.isUniqueViolation(e)) {
                return new SlugTaken(person.slug());
            }
            throw e;
        }
    }

    /**
     * Moves every article of {@code fromId} (as author and as reviewer) to {@code intoId} and removes the first
     * record, in one transaction; the second keeps its own details, and takes the first's account when it has none.
     * The first's profile address leads to the second's from then on.
     */
    public Outcome merge(long fromId, long intoId) {
        if (fromId == intoId) {
            return new Missing();
        }
        return jdbi.inTransaction(handle -> {
            PersonRepository people = handle.attach(PersonRepository.class);
            Optional<Person> from = people.findById(fromId);
            Optional<Person> into = people.findById(intoId);
            if (from.isEmpty() || into.isEmpty()) {
                return new Missing();
            }
            int moved = people.moveAuthored(fromId, intoId) + people.moveReviewed(fromId, intoId);
            people.moveReviews(fromId, intoId);
            OldSlugRepository oldSlugs = handle.attach(OldSlugRepository.class);
            oldSlugs.move(OldSlugs.PERSON, fromId, intoId);
            people.delete(fromId);
            oldSlugs.remember(OldSlugs.PERSON, from.get().slug(), into.get().slug(), intoId, clock.instant());
            if (into.get().accountId() == null && from.get().accountId() != null) {
                Person withAccount = withAccount(into.get(), from.get().accountId());
                people.update(withAccount, clock.instant());
            }
            deletePhotoIfUnused(handle, from.get());
            Set<String> tags = new LinkedHashSet<>(List.of(ArticleChanges.person(fromId), ArticleChanges.person(intoId),
                    ArticleChanges.personArticles(fromId), ArticleChanges.personArticles(intoId),
                    ArticleChanges.CRAWLER_FILES));
            changes.publish(handle, tags);
            return new Merged(people.findById(intoId).orElseThrow(), moved);
        });
    }

    private static Person withAccount(Person person, Long accountId) {
        return new Person(person.id(), person.slug(), person.name(), person.kind(), person.credentials(),
                person.jobTitle(), person.bio(), person.photo(), person.sameAs(), person.licenceNumber(), accountId,
                person.createdAt(), person.updatedAt(), person.version());
    }

    private static void deletePhotoIfUnused(Handle handle, Person removed) {
        if (removed.hasPhoto()) {
            UnusedImages.deleteIfUnused(handle, new ArrayList<>(List.of(removed.photo().imageId())));
        }
    }
}
