package com.healthpress.revision;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A line diff by Myers' algorithm (java-diff-utils): the fewest added and removed lines that turn one text into
 * the other, removals before additions where lines are replaced.
 */
final class LineChanges {

    /**
     * Myers' time grows with the square of the number of edits. Past this many edits among the lines both texts
     * have, the stretch between their common start and end is shown as all removed, then all added: still a
     * correct diff, only not the shortest, and such a comparison is a rewrite to read whole anyway.
     */
    private static final int MAX_EDITS = 5_000;

    private LineChanges() {
    }

    static List<DiffLine> between(List<String> before, List<String> after) {
        boolean[] removed = new boolean[before.size()];
        boolean[] added = new boolean[after.size()];
        // A line the other text lacks can only be removed or added. Leaving such lines out keeps the diff the
        // shortest and spares Myers' algorithm the edits of a rewrite, which would otherwise be the most costly.
        int[] sharedBefore = markLinesNotIn(after, before, removed);
        int[] sharedAfter = markLinesNotIn(before, after, added);
        for (Change change : changes(linesAt(before, sharedBefore), linesAt(after, sharedAfter))) {
            for (int i = change.startOriginal; i < change.endOriginal; i++) {
                removed[sharedBefore[i]] = true;
            }
            for (int j = change.startRevised; j < change.endRevised; j++) {
                added[sharedAfter[j]] = true;
            }
        }
        return inOrder(before, after, removed, added);
    }

    /** The lines of a text: none for an empty text; "\r\n" and "\r" count as line breaks too. */
    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\r\n|\r|\n", -1));
    }

    /**
     * Myers' changes from {@code source} to {@code target}, past their common start and end: without the common
     * end, lines removed from a long run of equal lines would count as that many edits.
     */
    private static List<Change> changes(List<String> source, List<String> target) {
        int start = 0;
        while (start < source.size() && start < target.size() && source.get(start).equals(target.get(start))) {
            start++;
        }
        int sourceEnd = source.size();
        int targetEnd = target.size();
        while (sourceEnd > start && targetEnd > start && source.get(sourceEnd - 1).equals(target.get(targetEnd - 1))) {
            sourceEnd--;
            targetEnd--;
        }
        List<String> sourceMiddle = source.subList(start, sourceEnd);
        List<String> targetMiddle = target.subList(start, targetEnd);
        List<Change> changes = new ArrayList<>();
        try {
            for (Change change : new MyersDiff<String>().computeDiff(sourceMiddle, targetMiddle, new EditLimit())) {
                changes.add(shifted(change, start));
            }
        } catch (TooManyEdits tooMany) {
            changes = List.of(new Change(DeltaType.CHANGE, start, sourceEnd, start, targetEnd));
        }
        return changes;
    }

    private static Change shifted(Change change, int by) {
        return new Change(change.deltaType, change.startOriginal + by, change.endOriginal + by,
                change.startRevised + by, change.endRevised + by);
    }

    /** Marks the lines of {@code text} that {@code other} lacks; returns the positions of the rest. */
    private static int[] markLinesNotIn(List<String> other, List<String> text, boolean[] marks) {
        Set<String> present = new HashSet<>(other);
        int[] shared = new int[text.size()];
        int count = 0;
        for (int i = 0; i < text.size(); i++) {
            if (present.contains(text.get(i))) {
                shared[count++] = i;
            } else {
                marks[i] = true;
            }
        }
        return Arrays.copyOf(shared, count);
    }

    private static List<String> linesAt(List<String> text, int[] positions) {
        return Arrays.stream(positions).mapToObj(text::get).toList();
    }

    /** Between two kept lines, every removed line of the old text comes first, then every added line of the new. */
    private static List<DiffLine> inOrder(List<String> before, List<String> after, boolean[] removed, boolean[] added) {
        List<DiffLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && removed[i]) {
                lines.add(DiffLine.removed(before.get(i++)));
            } else if (j < after.size() && added[j]) {
                lines.add(DiffLine.added(after.get(j++)));
            } else {
                lines.add(DiffLine.unchanged(before.get(i++)));
                j++;
            }
        }
        return List.copyOf(lines);
    }

    /** Stops Myers' algorithm once it has looked for more than {@link #MAX_EDITS} edits (it reports each step). */
    private static final class EditLimit implements DiffAlgorithmListener {

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int edits, int most) {
            if (edits > MAX_EDITS) {
                throw new TooManyEdits();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    private static final class TooManyEdits extends RuntimeException {

        TooManyEdits() {
            super("more than " + MAX_EDITS + " edits", null, false, false);
        }
    }
}
