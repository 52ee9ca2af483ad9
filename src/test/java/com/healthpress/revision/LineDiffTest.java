package com.healthpress.revision;

import static com.healthpress.revision.DiffLine.added;
import static com.healthpress.revision.DiffLine.removed;
import static com.healthpress.revision.DiffLine.unchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void aLineInsertedInTheMiddleIsTheOnlyAddition() {
        assertEquals(List.of(unchanged("a"), unchanged("b"), added("new"), unchanged("c"), unchanged("d")),
                LineDiff.between(List.of("a", "b", "c", "d"), List.of("a", "b", "new", "c", "d")));
    }

    @Test
    void aLineRemovedFromTheMiddleIsTheOnlyRemoval() {
        assertEquals(List.of(unchanged("a"), removed("b"), unchanged("c")),
                LineDiff.between(List.of("a", "b", "c"), List.of("a", "c")));
    }

    @Test
    void aReplacedLineIsRemovedThenAdded() {
        assertEquals(List.of(unchanged("a"), removed("b"), added("B"), unchanged("c")),
                LineDiff.between(List.of("a", "b", "c"), List.of("a", "B", "c")));
    }

    @Test
    void movedLinesKeepTheLongestCommonRun() {
        assertEquals(List.of(removed("x"), unchanged("a"), unchanged("b"), unchanged("c"), added("x")),
                LineDiff.between(List.of("x", "a", "b", "c"), List.of("a", "b", "c", "x")));
    }

    @Test
    void repeatedLinesAreMatchedInOrder() {
        assertEquals(List.of(unchanged("-"), added("a"), added("-"), unchanged("b"), unchanged("-")),
                LineDiff.between(List.of("-", "b", "-"), List.of("-", "a", "-", "b", "-")));
    }

    @Test
    void fromNothingEveryLineIsAddedAndToNothingEveryLineIsRemoved() {
        assertEquals(List.of(added("a"), added("b")), LineDiff.between(List.of(), List.of("a", "b")));
        assertEquals(List.of(removed("a"), removed("b")), LineDiff.between(List.of("a", "b"), List.of()));
        assertEquals(List.of(), LineDiff.between(List.of(), List.of()));
    }

    @Test
    void textsSplitOnEveryKindOfLineBreakAndAnEmptyTextHasNoLines() {
        assertEquals(List.of("a", "b", "c", "d"), LineDiff.lines("a\nb\r\nc\rd"));
        assertEquals(List.of("a", "", "b"), LineDiff.lines("a\n\nb"));
        assertEquals(List.of(), LineDiff.lines(""));
    }

    @Test
    void randomTextsGiveAShortestDiffThatRebuildsBothSides() {
        Random random = new Random(20260301);
        for (int round = 0; round < 500; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<DiffLine> diff = LineDiff.between(before, after);

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
        assertTrue((long) 4_100 * 4_100 > LineDiff.MAX_CELLS, "the test must exceed the table limit");

        List<DiffLine> diff = LineDiff.between(before, after);

        assertEquals(before, side(diff, false));
        assertEquals(after, side(diff, true));
        assertEquals(unchanged("same start"), diff.get(0));
        assertEquals(unchanged("same end"), diff.get(diff.size() - 1));
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
