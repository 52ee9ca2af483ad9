package com.healthpress.revision;

import static com.healthpress.revision.DiffLine.added;
import static com.healthpress.revision.DiffLine.removed;
import static com.healthpress.revision.DiffLine.unchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.admin.EditorLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineChangesTest {

    @Test
    void aLineInsertedInTheMiddleIsTheOnlyAddition() {
        assertEquals(List.of(unchanged("a"), unchanged("b"), added("new"), unchanged("c"), unchanged("d")),
                LineChanges.between(List.of("a", "b", "c", "d"), List.of("a", "b", "new", "c", "d")));
    }

    @Test
    void aLineRemovedFromTheMiddleIsTheOnlyRemoval() {
        assertEquals(List.of(unchanged("a"), removed("b"), unchanged("c")),
                LineChanges.between(List.of("a", "b", "c"), List.of("a", "c")));
    }

    @Test
    void aReplacedLineIsRemovedThenAdded() {
        assertEquals(List.of(unchanged("a"), removed("b"), added("B"), unchanged("c")),
                LineChanges.between(List.of("a", "b", "c"), List.of("a", "B", "c")));
    }

    @Test
    void movedLinesKeepTheLongestCommonRun() {
        assertEquals(List.of(removed("x"), unchanged("a"), unchanged("b"), unchanged("c"), added("x")),
                LineChanges.between(List.of("x", "a", "b", "c"), List.of("a", "b", "c", "x")));
    }

    @Test
    void repeatedLinesAreMatchedInOrder() {
        assertEquals(List.of(unchanged("-"), added("a"), added("-"), unchanged("b"), unchanged("-")),
                LineChanges.between(List.of("-", "b", "-"), List.of("-", "a", "-", "b", "-")));
    }

    @Test
    void fromNothingEveryLineIsAddedAndToNothingEveryLineIsRemoved() {
        assertEquals(List.of(added("a"), added("b")), LineChanges.between(List.of(), List.of("a", "b")));
        assertEquals(List.of(removed("a"), removed("b")), LineChanges.between(List.of("a", "b"), List.of()));
        assertEquals(List.of(), LineChanges.between(List.of(), List.of()));
    }

    @Test
    void textsSplitOnEveryKindOfLineBreakAndAnEmptyTextHasNoLines() {
        assertEquals(List.of("a", "b", "c", "d"), LineChanges.lines("a\nb\r\nc\rd"));
        assertEquals(List.of("a", "", "b"), LineChanges.lines("a\n\nb"));
        assertEquals(List.of(), LineChanges.lines(""));
    }

    @Test
    void randomTextsGiveAShortestDiffThatRebuildsBothSides() {
        Random random = new Random(20260301);
        for (int round = 0; round < 500; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<DiffLine> diff = LineChanges.between(before, after);

            assertEquals(before, side(diff, false), "before side of " + before + " → " + after);
            assertEquals(after, side(diff, true), "after side of " + before + " → " + after);
            assertEquals(longestCommonSubsequence(before, after),
                    diff.stream().filter(DiffLine::isUnchanged).count(), "kept lines of " + before + " → " + after);
        }
    }

    @Test
    void aHugeRewriteIsStillACorrectDiffKeepingTheSameStartAndEnd() {
        List<String> before = new ArrayList<>(List.of("same start"));
        List<String> after = new ArrayList<>(List.of("same start"));
        IntStream.range(0, 4_100).forEach(i -> before.add("old " + i));
        IntStream.range(0, 4_100).forEach(i -> after.add(i % 2 == 0 ? "old " + i : "new " + i));
        before.add("same end");
        after.add("same end");

        List<DiffLine> diff = LineChanges.between(before, after);

        assertEquals(before, side(diff, false));
        assertEquals(after, side(diff, true));
        assertEquals(unchanged("same start"), diff.get(0));
        assertEquals(unchanged("same end"), diff.get(diff.size() - 1));
    }

    @Test
    void twoCompletelyDifferentBodiesAtTheLimitAreEveryOldLineRemovedThenEveryNewLineAdded() {
        List<String> before = linesFillingTheBodyLimit(i -> "old " + i);
        List<String> after = linesFillingTheBodyLimit(i -> "new " + i);

        List<DiffLine> diff = LineChanges.between(before, after);

        List<DiffLine> expected = new ArrayList<>();
        before.forEach(line -> expected.add(removed(line)));
        after.forEach(line -> expected.add(added(line)));
        assertSameLines(expected, diff);
    }

    @Test
    void aLineChangedInABodyAtTheLimitIsTheOnlyLineRemovedAndAdded() {
        List<String> before = linesFillingTheBodyLimit(i -> "line " + i);
        int middle = before.size() / 2;
        List<String> after = new ArrayList<>(before);
        after.set(middle, "changed");

        List<DiffLine> diff = LineChanges.between(before, after);

        List<DiffLine> expected = new ArrayList<>();
        before.subList(0, middle).forEach(line -> expected.add(unchanged(line)));
        expected.add(removed(before.get(middle)));
        expected.add(added("changed"));
        before.subList(middle + 1, before.size()).forEach(line -> expected.add(unchanged(line)));
        assertSameLines(expected, diff);
    }

    @Test
    void manyRepeatedLinesAtTheLimitAreAllKeptAroundTheLinesThatChanged() {
        List<String> before = linesFillingTheBodyLimit(i -> i % 10_000 == 5_000 ? "a" : "-");
        List<String> after = before.stream().map(line -> line.equals("a") ? "b" : line).toList();

        List<DiffLine> diff = LineChanges.between(before, after);

        List<DiffLine> expected = new ArrayList<>();
        before.forEach(line -> expected.addAll(
                line.equals("a") ? List.of(removed("a"), added("b")) : List.of(unchanged(line))));
        assertSameLines(expected, diff);
    }

    @Test
    void manyEditsToABodyAtTheLimitGiveADiffThatTurnsTheOldTextIntoTheNewAndKeepsEveryUntouchedLine() {
        Random random = new Random(20261206);
        List<String> before = linesFillingTheBodyLimit(i -> markdownLine(random));
        List<Integer> origins = new ArrayList<>(IntStream.range(0, before.size()).boxed().toList());
        List<String> after = new ArrayList<>(before);
        for (int edit = 0; edit < 300; edit++) {
            int at = random.nextInt(after.size());
            int length = Math.min(1 + random.nextInt(20), after.size() - at);
            switch (random.nextInt(3)) {
                case 0 -> {
                    after.subList(at, at + length).clear();
                    origins.subList(at, at + length).clear();
                }
                case 1 -> {
                    for (int i = 0; i < length; i++) {
                        after.add(at, markdownLine(random));
                        origins.add(at, -1);
                    }
                }
                default -> {
                    after.set(at, "rewritten " + edit);
                    origins.set(at, -1);
                }
            }
        }
        long untouched = origins.stream().filter(origin -> origin >= 0).count();

        List<DiffLine> diff = LineChanges.between(before, after);

        assertEquals(after, applied(diff, before));
        assertTrue(diff.stream().filter(DiffLine::isUnchanged).count() >= untouched,
                "a line no edit touched is shown unchanged, or traded for another as good");
    }
    private static final int BODY_MAX = EditorLimits.INSTANCE.bodyMax();

    @Test
    void repeatedLinesRearrangedThroughoutABodyAtTheLimitStillGiveADiffThatTurnsTheOldTextIntoTheNew() {
        List<String> before = linesFillingTheBodyLimit(i -> i % 2 == 0 ? "a" : "b");
        List<String> after = new ArrayList<>(before.stream().filter(line -> line.equals("a")).toList());
        after.addAll(before.stream().filter(line -> line.equals("b")).toList());

        List<DiffLine> diff = LineChanges.between(before, after);

        assertEquals(after, applied(diff, before));
        assertEquals(unchanged("a"), diff.get(0));
        assertEquals(unchanged("b"), diff.get(diff.size() - 1));
    }

    /** As many lines as a body at the editor's limit holds, one line break between each two. */
    private static List<String> linesFillingTheBodyLimit(IntFunction<String> line) {
        List<String> lines = new ArrayList<>();
        int length = 0;
        for (int i = 0; ; i++) {
            String next = line.apply(i);
            length += (lines.isEmpty() ? 0 : 1) + next.length();
            if (length > BODY_MAX) {
                assertTrue(lines.size() > 1_000, "a body at the limit holds many lines");
                return lines;
            }
            lines.add(next);
        }
    }

    /** A line as article bodies have them, repeated often: blank lines, list items, headings, paragraphs. */
    private static String markdownLine(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "- Drink water " + random.nextInt(20);
            case 2 -> "## Section " + random.nextInt(50);
            default -> "A paragraph about sleep, number " + random.nextInt(2_000) + ".";
        };
    }

    /** As assertEquals, but a failure names the first line that differs instead of printing every line. */
    private static void assertSameLines(List<DiffLine> expected, List<DiffLine> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + i + " of the diff");
        }
        assertEquals(expected.size(), actual.size(), "lines in the diff");
    }

    /** The old text with the diff applied: its removed lines taken out and its added lines put in. */
    private static List<String> applied(List<DiffLine> diff, List<String> old) {
        List<String> result = new ArrayList<>();
        int next = 0;
        for (DiffLine line : diff) {
            if (!line.isAdded()) {
                assertEquals(old.get(next++), line.text(), "the diff reads the old text in order");
            }
            if (!line.isRemoved()) {
                result.add(line.text());
            }
        }
        assertEquals(old.size(), next, "the diff accounts for every old line");
        return result;
    }

    private static List<String> randomLines(Random random) {
        return IntStream.range(0, random.nextInt(9)).mapToObj(i -> String.valueOf("abcd".charAt(random.nextInt(4))))
                .toList();
    }

    /** The lines a diff shows for one side: unchanged lines plus the added (after) or removed (before) ones. */
    private static List<String> side(List<DiffLine> diff, boolean after) {
        return diff.stream()
                .filter(line -> line.isUnchanged() || (after ? line.isAdded() : line.isRemoved()))
                .map(DiffLine::text)
                .toList();
    }

    /** Brute force over every subsequence of the shorter list: slow, but obviously right for short lists. */
    private static long longestCommonSubsequence(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        long best = 0;
        for (int mask = 0; mask < 1 << shorter.size(); mask++) {
            List<String> candidate = new ArrayList<>();
            for (int i = 0; i < shorter.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    candidate.add(shorter.get(i));
                }
            }
            if (candidate.size() > best && isSubsequence(candidate, longer)) {
                best = candidate.size();
            }
        }
        return best;
    }

    private static boolean isSubsequence(List<String> candidate, List<String> list) {
        int found = 0;
        for (int i = 0; i < list.size() && found < candidate.size(); i++) {
            if (list.get(i).equals(candidate.get(found))) {
                found++;
            }
        }
        return found == candidate.size();
    }
}
