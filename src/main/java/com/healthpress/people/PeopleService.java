package com.healthpress.people;

import com.healthpress.person.Person;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads person records and finds the one a name or address name means. */
public final class PeopleService {

    private final Jdbi jdbi;
    private final Clock clock;

    public PeopleService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<Person> find(String slug) {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).findBySlug(slug));
    }

    /** Every record, by name. */
    /** The current address name of the record whose profile once lived at {@code oldSlug}. */
    public Optional<String> findRedirect(String oldSlug) {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).findCurrentSlug(oldSlug));
    }

    public List<Person> all() {
        return jdbi.withHandle(handle -> handle.attach(PersonRepository.class).listAll());
    }

    /** The record a typed name or address name means (see {@link PersonLookup}). */
    public PersonLookup lookup(String nameOrSlug) {
        return jdbi.withHandle(handle -> PersonLookup.find(handle, nameOrSlug));
    }

    /** Makes the record when no record has its name yet (the new-article form's default author, at start). */
    public void createIfMissing(Person person) {
        jdbi.useTransaction(handle -> {
            if (PersonLookup.find(handle, person.name()) instanceof PersonLookup.Unknown) {
                Bylines.create(handle, person, clock.instant());
            }
        });
    }

    /** A new record with a free address name made from its name, for callers without a transaction of their own. */
    public Person create(Person person) {
        return jdbi.inTransaction(handle -> Bylines.create(handle, person, clock.instant()));
    }
}
