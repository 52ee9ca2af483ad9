package com.healthpress.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an article a medical review vouches for (lead, body, FAQ, references), and which of them a save
 * changed. Title, meta fields, slug, topic and hero image are not medical content.
 */
public final class MedicalContent {

    private MedicalContent() {
    }

    /** The medical parts that differ between two versions, in the order of the form: "lead", "body", "FAQ", "references". */
    public static List<String> changedBetween(Article before, Article after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.lead(), after.lead())) {
            changed.add("lead");
        }
        if (!Objects.equals(before.body(), after.body())) {
            changed.add("body");
        }
        if (!before.faq().equals(after.faq())) {
            changed.add("FAQ");
        }
        if (!before.references().equals(after.references())) {
            changed.add("references");
        }
        return changed;
    }

    /** "the body changed after approval", "the lead and FAQ changed after approval". */
    public static String returnReason(List<String> changedParts) {
        String parts = changedParts.size() == 1 ? changedParts.get(0)
                : String.join(", ", changedParts.subList(0, changedParts.size() - 1)) + " and "
                        + changedParts.get(changedParts.size() - 1);
        return "The " + parts + " changed after approval.";
    }
}
