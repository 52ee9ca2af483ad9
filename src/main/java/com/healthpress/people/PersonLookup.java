package com.healthpress.people;

import com.healthpress.person.Person;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What a typed name or address name finds among the person records: its address name exactly, else its name
 * without regard to case or surrounding spaces, which may be one record, several or none.
 */
public sealed interface PersonLookup {

    record Found(Person person) implements PersonLookup {
    }

    /** Several records have the name: the address name tells them apart. */
    record Ambiguous(List<Person> people) implements PersonLookup {
    }

    record Unknown() implements PersonLookup {
    }

    /** Looks the text up inside the caller's transaction. */
    static PersonLookup find(Handle handle, String nameOrSlug) {
        String text = nameOrSlug == null ? "" : nameOrSlug.strip();
        PersonRepository people = handle.attach(PersonRepository.class);
        Optional<Person> bySlug = people.findBySlug(text);
        if (bySlug.isPresent()) {
            return new Found(bySlug.get());
        }
        List<Person> named = people.findByLowerName(Bylines.lowerName(text));
        return switch (named.size()) {
            case 0 -> new Unknown();
            case 1 -> new Found(named.get(0));
            default -> new Ambiguous(named);
        };
    }
}
