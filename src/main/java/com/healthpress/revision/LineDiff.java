package com.healthpress.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff by longest common subsequence: the fewest added and removed lines that turn one text into the other,
 * removals before additions where a line is replaced.
 */
final class LineDiff {

    /**
     * The table grows with the product of the changed stretches' lengths; past this many cells (64 MB) the stretch
     * is shown as all removed, then all added, which is still a correct diff, only not the shortest.
     */
    static final long MAX_CELLS = 16_000_000;

    private LineDiff() {
    }

    static List<DiffLine> between(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<DiffLine> lines = new ArrayList<>();
        before.subList(0, prefix).forEach(line -> lines.add(DiffLine.unchanged(line)));
        middle(before.subList(prefix, before.size() - suffix), after.subList(prefix, after.size() - suffix), lines);
        before.subList(before.size() - suffix, before.size()).forEach(line -> lines.add(DiffLine.unchanged(line)));
        return List.copyOf(lines);
    }

    /** The lines of a text: none for an empty text; "\r\n" and "\r" count as line breaks too. */
    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\r\n|\r|\n", -1));
    }

    private static void middle(List<String> before, List<String> after, List<DiffLine> out) {
        if ((long) before.size() * after.size() > MAX_CELLS) {
            before.forEach(line -> out.add(DiffLine.removed(line)));
            after.forEach(line -> out.add(DiffLine.added(line)));
            return;
        }
        int[][] common = commonLengths(before, after);
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                out.add(DiffLine.unchanged(before.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(DiffLine.removed(before.get(i++)));
            } else {
                out.add(DiffLine.added(after.get(j++)));
            }
        }
        before.subList(i, before.size()).forEach(line -> out.add(DiffLine.removed(line)));
        after.subList(j, after.size()).forEach(line -> out.add(DiffLine.added(line)));
    }

    /** common[i][j]: the length of the longest common subsequence of before[i..] and after[j..]. */
    private static int[][] commonLengths(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }
}
