package com.healthpress.admin;

import com.healthpress.person.Person;
import java.util.List;
import java.util.Map;

/**
 * The person editor's form as typed: every value a string, so a form with errors comes back with nothing lost.
 * sameAs holds one link a line; account is the username of a linked account, or empty.
 */
public record PersonForm(String name, String slug, String kind, String credentials, String jobTitle, String bio,
                         String sameAs, String licenceNumber, String account, int version) {

    public static PersonForm blank() {
        return new PersonForm("", "", "Person", "", "", "", "", "", "", 0);
    }

    /** The form showing a stored record; {@code accountName} is its linked account's username, or empty. */
    public static PersonForm of(Person person, String accountName) {
        return new PersonForm(person.name(), person.slug(), person.kind().name(), text(person.credentials()),
                text(person.jobTitle()), text(person.bio()), String.join("\n", person.sameAs()),
                text(person.licenceNumber()), text(accountName), person.version());
    }

    public static PersonForm read(Map<String, List<String>> params) {
        return new PersonForm(one(params, "name"), one(params, "slug"), one(params, "kind"), one(params, "credentials"),
                one(params, "jobTitle"), one(params, "bio"), one(params, "sameAs"), one(params, "licenceNumber"),
                one(params, "account"), parseVersion(one(params, "version")));
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static int parseVersion(String value) {
        return value.matches("\\d{1,9}") ? Integer.parseInt(value) : 0;
    }
}
